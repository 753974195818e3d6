/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * plan.h: a development plan from a gap: steps, owners, the register.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_PLAN_H
#define ISAC_PLAN_H

#include <stddef.h>
#include "strbuf.h"

struct diag;
struct guide;
struct model;
struct strbuf;
struct table;

enum {
	PLAN_OPEN,
	PLAN_STARTED,
	PLAN_DONE,
	PLAN_DROPPED,
	PLAN_REOPENED,
	PLAN_ST_N
};
struct planitem {
	size_t		 q;		/* index into model.q */
	int		 level, rank;	/* of its question, its capability */
	int		 step, reaches;
	int		 status;
	int		 was;		/* status in the previous plan; -1 */
	unsigned long	 line, prevline;	/* in the gap, previous plan */
	const char	*owner, *note;	/* into a table read, or NULL */
	size_t		 ownerlen, notelen;
	int		 label;		/* strictest of its gap, register rows */
	long		 day;		/* its status was set; -1 not said */
	long		 start, end;	/* as the register has them; -1 */
	int		 undated;	/* done, no day, and still a gap */
};
/* The register's optional columns, and what reading it counted. */
enum { RC_OWNER, RC_NOTE, RC_TLP, RC_DATE, RC_START, RC_END, RC_N };
struct regcount {
	size_t		 met, kept;
};
struct owners {
	const char	**name;		/* into the roster read */
	size_t		 *len;
	int		 *label;
	size_t		  n;
	int		  labelled;	/* the roster has a tlp column */
};
int	 plan_status_parse(const char *, size_t);
const char *plan_status_word(int, const char *);
int	 plan_read_gap(const struct model *, const struct table *,
	    struct planitem **, size_t *, int *, int *, const char **,
	    struct diag *);
int	 plan_schedule(const struct model *, struct planitem *, size_t, int,
	    int, int *, struct diag *);
int	 plan_roster(const struct table *, struct owners *, struct diag *);
void	 owners_free(struct owners *);
int	 plan_register(const struct model *, const struct table *,
	    struct planitem *, size_t, long, struct regcount *, int *, int *,
	    struct diag *);
void	 plan_guidance(const struct guide *, const char *, int,
	    struct strbuf *);
int	 plan_actions(const struct model *, const struct table *,
	    const char **, struct diag *);

#endif
