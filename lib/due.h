/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * due.h: what needs a person by a date, from the records.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_DUE_H
#define ISAC_DUE_H

#include <stddef.h>

struct csvr;
struct diag;
struct evallast;
struct roster;
struct table;

enum duekind {			/* in the order the table sorts them */
	DUE_ACTION, DUE_AGENDA, DUE_EVALUATION, DUE_MEETING, DUE_SIGNATURE, DUE_STEP,
	DUE_TERM, DUE_N
};
struct dueitem {
	long		 due;		/* the day */
	int		 kind;		/* enum duekind */
	char		*subject, *who, *msg;
	int		 tlp;		/* of the rows it was made from */
	size_t		 seq;		/* order of arrival */
};
struct duelist {
	struct dueitem	*it;
	size_t		 n, cap;
	int		 labelled;	/* an input had a tlp column */
};
struct dueopt {
	long		 date;		/* the day to look from */
	int		 days;		/* how far ahead an agenda is soon */
	int		 max_years;	/* the longest term of office */
};
struct dueeval {			/* the answers, as far as due reads them */
	char		*period;	/* the latest, as written; or NULL */
	long		 end;		/* its last day */
	int		 tlp;		/* the strictest of its rows */
	int		 labelled;
	size_t		 undated;	/* rows whose period says no date */
	size_t		 nnoperiod;	/* files without a period column */
	char		*noperiod;	/* the first of them */
};
const char *due_kind_name(int);
int	 due_answers(struct csvr *, void *, struct diag *);
int	 due_evaluation(struct duelist *, const struct dueeval *,
	    const struct dueopt *, struct diag *);
int	 due_last_evaluation(struct duelist *, const struct evallast *,
	    const struct dueopt *, struct diag *);
int	 due_roster(struct duelist *, const struct roster *,
	    const struct dueopt *, struct diag *);
int	 due_meetings(struct duelist *, const struct roster *,
	    const struct table *, const struct dueopt *, struct diag *);
int	 due_plan(struct duelist *, const struct table *,
	    const struct dueopt *, struct diag *);
int	 due_actions(struct duelist *, const struct table *,
	    const struct dueopt *, struct diag *);
void	 due_sort(struct duelist *);
void	 due_free(struct duelist *);
void	 dueeval_free(struct dueeval *);

#endif
