/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * strtab.h: interning strings as small integers, in order of arrival.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_STRTAB_H
#define ISAC_STRTAB_H

#include <stddef.h>

struct strtab;

struct strtab;
struct strtab *strtab_new(int);
void	 strtab_free(struct strtab *);
long	 strtab_find(const struct strtab *, const char *, size_t);
long	 strtab_add(struct strtab *, const char *, size_t);
const char *strtab_get(const struct strtab *, size_t);

#endif
