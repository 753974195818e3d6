/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * meetings.h: the year's meetings, attendance, and admission votes.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_MEETINGS_H
#define ISAC_MEETINGS_H

#include <stddef.h>

struct csvopt;
struct diag;
struct roster;
struct table;

struct meeting {
	long	 date;
	long	 agenda_due;
	long	 host;		/* index into roster.org, or -1 */
	const char *venue;	/* the fixed venue, or NULL */
	char	*topics;	/* its topics (agenda.c), or NULL */
	char	*ics_topics;	/* those a calendar may carry, or NULL */
	int	 tlp;		/* of its topics' rows */
};
struct orgatt {
	size_t	 meetings, attended, longest, substitute;
	int	 tlp;		/* its roster rows' and attendance rows' */
};
struct repatt {
	size_t	 meetings, attended;
	int	 tlp;		/* its roster row's and attendance rows' */
};
enum decision { ADMIT_PENDING, ADMIT_YES, ADMIT_NO };
struct admission {
	char		*candidate;	/* as first written */
	char		*rep;		/* the proposed representative, or NULL */
	unsigned long	 rep_line;	/* where it was first named */
	int		 decision;	/* enum decision */
	int		 tlp;		/* the strictest of its vote rows */
	unsigned char	*vote;		/* per organisation: 0, ANS_YES, ANS_NO */
	unsigned long	*line;		/* per organisation: where it voted */
};
/* Days a meeting avoids, sorted, overlapping ones merged. */
struct span {
	long	 lo, hi;
};
struct avoid {
	struct span	*s;
	size_t		 n;
};
#define AVOID_BYTES_MAX	(1024 * 1024)	/* an avoid file's size */
#define MEET_NONE	(-9999999L)	/* no day found */
struct meetplan {
	int		 year, count, weekday, agenda_weeks;
	long		 first;		/* the first host, -1: the first */
	int		 carnival;	/* avoid carnival */
	const struct avoid *avoid;	/* NULL: the default summer */
	const char	*venue;		/* a fixed venue: no host rotation */
};
int	 meetings_weekday(const char *);
int	 meetings_plan(const struct roster *, const struct meetplan *,
	    struct meeting *, struct diag *);
int	 meetings_avoid_read(struct avoid *, const char *, struct diag *);
void	 meetings_avoid_free(struct avoid *);
enum { MEET_ATTENDANCE, MEET_VOTES };	/* what meetings_read reads */
int	 meetings_read(struct table *, const char *, const struct csvopt *,
	    int, struct diag *);
int	 meetings_attendance(const struct roster *, const struct table *,
	    struct orgatt *, struct repatt *, struct diag *);
long	 meetings_admit(const struct roster *, const struct table *,
	    struct admission **, struct diag *);
void	 meetings_admit_free(struct admission *, size_t);
int	 meetings_labelled(const struct roster *, const struct table *);

#endif
