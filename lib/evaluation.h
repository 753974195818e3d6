/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * evaluation.h: the two-yearly evaluation of an ISAC: its form, and the
 * hand-kept record of the evaluations held.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_EVALUATION_H
#define ISAC_EVALUATION_H

#include <stddef.h>

struct diag;
struct out;
struct roster;
struct table;

struct evallast {		/* the latest evaluation held, by a record */
	long	 date;		/* ROSTER_NODATE: none recorded */
	int	 tlp;		/* the strictest of its rows */
	int	 labelled;	/* the record has a tlp column */
};
struct evalform {
	long	 from, to;	/* the period, ROSTER_NODATE where open */
	size_t	 meetings;	/* written: the meetings in the period */
	size_t	 absent;	/* written: members at none of them */
};
int	 eval_last(const struct table *, long, struct evallast *,
	    struct diag *);
int	 eval_questions(struct table *, const char *, struct diag *);
int	 eval_form(struct out *, const struct roster *, const struct table *,
	    const struct table *, struct evalform *, struct diag *);

#endif
