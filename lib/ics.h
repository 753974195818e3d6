/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * ics.h: RFC 5545 calendars: CRLF, folded lines, escaped text.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ICS_H
#define ISAC_ICS_H

#include <stddef.h>
#include <stdio.h>
#include "strbuf.h"

struct diag;
struct meeting;
struct roster;
struct strbuf;

struct icsevent {			/* an event of the calendar sent before */
	char		*uid;
	char		*stamp;		/* its DTSTAMP */
	char		*body;		/* its other lines, each ending in LF */
	long		 seq;		/* its SEQUENCE */
	unsigned long	 line;
};
struct icsprev {
	struct icsevent	*ev;
	size_t		 n;
};
#define ICS_BYTES_MAX	(16 * 1024 * 1024)	/* a calendar read */
struct icsopt {
	const char	*name;		/* of the ISAC: summary, UID */
	const char	*lang;
	int		 start;		/* minutes after midnight; -1 all day */
	int		 duration;	/* minutes */
	long long	 dtstamp;	/* seconds since 1970-01-01 UTC */
	const char	*location;	/* or NULL */
	int		 year;		/* of the meetings */
	const struct icsprev *prev;	/* the calendar sent before, or NULL */
};
void	 ics_write(FILE *, const char *);
void	 ics_add(struct strbuf *, const char *, const char *);
void	 ics_add_text(struct strbuf *, const char *, const char *);
long	 ics_meetings(FILE *, const struct roster *, const struct meeting *,
	    size_t, const struct icsopt *);
int	 ics_read(struct icsprev *, const char *, struct diag *);
void	 ics_prev_free(struct icsprev *);

#endif
