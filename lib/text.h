/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * text.h: small string helpers shared by the parsers.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_TEXT_H
#define ISAC_TEXT_H

#include <stddef.h>
#include "strbuf.h"

struct strbuf;

int	 text_lower(int);
void	 text_trim(const char **, size_t *);
int	 text_ieq(const char *, size_t, const char *);
int	 text_natcmp(const char *, const char *);
int	 text_uint(const char *, size_t, unsigned long, unsigned long *);
size_t	 text_vis(char *, size_t, const char *, size_t);
int	 text_breaking(unsigned long);
void	 text_oneline(struct strbuf *, const char *, size_t);

#endif
