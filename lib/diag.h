/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * diag.h: messages composed by lib/ for a program to print.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_DIAG_H
#define ISAC_DIAG_H

#define DIAG_MAX 1024
struct diag {
	char	text[DIAG_MAX];
};
int	 diag_set(struct diag *, const char *, unsigned long, const char *,
	    ...) __attribute__((format(printf, 4, 5)));
int	 diag_setn(struct diag *, const char *, unsigned long, unsigned long,
	    const char *, const char *, ...)
	    __attribute__((format(printf, 5, 7)))
	    __attribute__((format(printf, 6, 7)));
int	 diag_nomem(struct diag *, const char *);

#endif
