/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * score.h: levels per capability, by the toolkit's reading of the guide.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_SCORE_H
#define ISAC_SCORE_H

#include <stddef.h>
#include "model.h"
#include "answers.h"

struct diag;
struct tally;

/* The level of a capability whose questions are all n/a: none. */
#define SCORE_NOLEVEL	(-1)

struct capscore {
	int		level;		/* or SCORE_NOLEVEL */
	unsigned long	yes[MODEL_LEVELS_MAX + 1];
	unsigned long	applicable[MODEL_LEVELS_MAX + 1];
	unsigned long	unanswered;
};
void	 score_period(const struct model *, const struct tally *, size_t,
	    enum consensus, struct capscore *);
size_t	 score_unanswered(const struct model *, const struct tally *, size_t,
	    struct diag *);
int	 score_disputed(const unsigned long[ANS_N]);
int	 score_met(enum answer);
size_t	 score_missing(const struct model *, const struct tally *, size_t,
	    enum consensus, size_t, int, size_t *);
int	 score_overdue(const char *, long);

#endif
