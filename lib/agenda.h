/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * agenda.h: the meeting cycle of Start een ISAC, Fase 3: the year's
 * topics (Jaarplanning), the agenda of a meeting, the minutes form, and
 * the actions agreed at meetings.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_AGENDA_H
#define ISAC_AGENDA_H

#include <stddef.h>

struct diag;
struct findings;
struct out;
struct roster;
struct strbuf;
struct table;

/* A row of a meetings table, as isac-roster meetings writes it. */
struct mrow {
	long		 date, agenda_due;	/* agenda_due: MEET_NONE */
	char		*host;			/* "" for none */
	int		 tlp;
	unsigned long	 line;
};

/* A row of the topics table, kept by hand. */
struct topic {
	char		*topic, *owner, *speaker, *host, *when;
	long		 date;		/* the meeting's day, or MEET_NONE */
	int		 year, month;	/* a month: year 0 for any year */
	long		 at;		/* the meeting it falls on, or -1 */
	int		 tlp;
	unsigned long	 line;
};

/* A row of the actions register, kept by hand. */
struct action {
	char		*action, *owner;
	long		 meeting;	/* agreed on; MEET_NONE: not said */
	int		 status;	/* PLAN_OPEN ... */
	int		 tlp;
	unsigned long	 line;
};

#define AGENDA_BREAK_MIN	120	/* a meeting this long has a break */

struct agendaopt {
	long		 meeting;	/* the day asked for, or MEET_NONE */
	long		 from;		/* else the first meeting from here */
	int		 duration;	/* minutes */
	int		 nl;		/* the items' words in Dutch */
	int		 minutes;	/* the minutes form, not the agenda */
};

long	 agenda_meetings(const struct table *, struct mrow **, struct diag *);
void	 agenda_meetings_free(struct mrow *, size_t);
long	 topics_read(const struct table *, struct topic **, struct diag *);
void	 topics_free(struct topic *, size_t);
void	 topics_link(struct topic *, size_t, const long *, size_t);
int	 topics_of(struct strbuf *, const struct topic *, size_t, size_t,
	    int, int *);
long	 topics_check(const struct roster *, const struct topic *, size_t,
	    long, const char *, struct findings *);
long	 actions_read(const struct table *, struct action **, struct diag *);
void	 actions_free(struct action *, size_t);
int	 atab_topics(struct out *, const struct roster *, const struct table *,
	    const struct table *, struct diag *);
int	 atab_agenda(struct out *, const struct roster *, const struct table *,
	    const struct table *, const struct table *,
	    const struct agendaopt *, struct diag *);

#endif
