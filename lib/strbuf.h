/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * strbuf.h: one growable string, for every text made from data a user
 * wrote (notes joined, mailbox lines, lists of names, calendar text),
 * so that no fixed buffer cuts it.  An allocation that fails marks the
 * buffer, and every later call is a no-op: the caller checks once, at
 * the end, with sb_failed.
 */
#ifndef STRBUF_H
#define STRBUF_H

#include <stddef.h>

struct strbuf {
	char	*s;		/* NUL-terminated; NULL until the first add */
	size_t	 len, cap;
	int	 failed;
};

void	 sb_init(struct strbuf *);
void	 sb_free(struct strbuf *);
void	 sb_reset(struct strbuf *);
void	 sb_addn(struct strbuf *, const char *, size_t);
void	 sb_add(struct strbuf *, const char *);
void	 sb_addc(struct strbuf *, int);
void	 sb_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
const char *sb_str(const struct strbuf *);
int	 sb_failed(const struct strbuf *);

#endif
