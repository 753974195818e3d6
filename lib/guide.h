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
struct model;
struct out;

/* What a row of a guide table is (tables.c TK_GUIDE; vocab.c's words). */
enum gkind {
	GK_NAME,
	GK_DESCRIPTION,
	GK_FEATURE,
	GK_TOOL,
	GK_ATTENTION,
	GK_QUESTION,
	GK_N
};

struct guide *guide_load(const char *, struct diag *);
void	 guide_free(struct guide *);
const char *guide_name(const struct guide *, const char *);
const char *guide_description(const struct guide *, const char *);
const char *guide_item(const struct guide *, const char *, int,
	    const char *, size_t);
size_t	 guide_count(const struct guide *, const char *, int, const char *);
size_t	 guide_nitems(const struct guide *);
const char *guide_item_at(const struct guide *, size_t, const char **,
	    const char **, const char **);
int	 guide_write(struct out *, const struct guide *,
	    const struct model *, const unsigned *, const int *, int,
	    const char *);

#endif
