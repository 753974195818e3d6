/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * model.h: a checklist model (capabilities, levels, questions).
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_MODEL_H
#define ISAC_MODEL_H

#include <stddef.h>

struct diag;
struct strtab;

#define MODEL_LEVELS_MAX 9
struct question {
	char	*id;
	char	*text;
	size_t	 cap;		/* index into model.cap */
	int	 level;
	unsigned long line;	/* where the model file defines it */
};
struct capability {
	char	*code;
	size_t	 nq;		/* questions in it */
	int	 top;		/* its highest level */
};
struct model {
	struct question	 *q;
	size_t		  nq;
	struct capability *cap;
	size_t		  ncap;
	int		  nlevels;	/* the highest level in the model */
	struct strtab	 *ids;		/* id (any case) -> index into q */
	struct strtab	 *codes;	/* capability code -> index into cap */
};
int	 model_load(struct model *, const char *, struct diag *);
int	 model_open(struct model *, const char *, const char *, struct diag *);
void	 model_free(struct model *);
long	 model_find(const struct model *, const char *, size_t);
long	 model_cap_find(const struct model *, const char *, size_t);

#endif
