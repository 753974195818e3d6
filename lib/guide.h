/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * guide.h: the bundled names and guidance, by capability, level, kind.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_GUIDE_H
#define ISAC_GUIDE_H

#include <stddef.h>

struct diag;
struct guide;

struct guide;
struct guide *guide_load(const char *, struct diag *);
void	 guide_free(struct guide *);
const char *guide_name(const struct guide *, const char *);
const char *guide_description(const struct guide *, const char *);
const char *guide_item(const struct guide *, const char *, int,
	    const char *, size_t);
size_t	 guide_count(const struct guide *, const char *, int, const char *);

#endif
