/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-mail.h: the mailing list, and members as import lines.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ROSTER_MAIL_H
#define ISAC_ROSTER_MAIL_H

#include <stddef.h>
#include "strbuf.h"

struct diag;
struct member;
struct roster;
struct strbuf;

struct strbuf;
enum mailfmt { MAIL_PLAIN, MAIL_MAILMAN, MAIL_SYMPA, MAIL_CSV };
struct mailto {
	const struct member *m;		/* the first row of its address */
	int		 tlp;		/* the strictest of those rows */
	const char	*why;		/* left off the list: why */
};
long	 roster_mail_list(const struct roster *, int, struct mailto **,
	    size_t *, struct diag *);
int	 roster_mailbox(struct strbuf *, const char *, const char *, int);

#endif
