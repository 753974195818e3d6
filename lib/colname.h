/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * colname.h: the names a column may have, English and Dutch.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_COLNAME_H
#define ISAC_COLNAME_H

#include <stddef.h>

struct diag;

int	 colname_is(const char *, size_t, const char *);
const char *colname_aliases(const char *);
int	 colname_find(const char *const *, size_t, const char *, int *);
int	 colname_twice(const char *const *, size_t, size_t *, size_t *);
const char *colname_known(const char *, char *, size_t);
int	 colname_missing(struct diag *, const char *, unsigned long,
	    const char *, const char *const *, size_t, int);

#endif
