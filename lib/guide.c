/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * guide.c: the bundled names and guidance of the development model.
 *
 * capabilities.LANG.csv names and describes each capability;
 * guidance.LANG.csv holds the guide's text per capability, level and
 * kind: "feature" (what a level looks like), "tool" (its tools and
 * strategies) and "attention" (points for attention, level empty, here
 * level 0).  Both are kept as tables and looked up by code: there are a
 * hundred rows, so a scan is cheaper than an index.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

struct guide {
	struct table	 caps, items;
	int		 ccode, cname, cdesc;
	int		 icap, ilevel, ikind, itext;
};

static int
open_table(struct table *t, const char *name, const char *lang,
    struct diag *d)
{
	char path[4096];

	if (data_file(name, lang, path, sizeof(path), d) == -1)
		return -1;
	return table_read(t, path, NULL, d);
}

/* The names and guidance in lang ("en" or "nl"); NULL on an error. */
struct guide *
guide_load(const char *lang, struct diag *d)
{
	struct guide *g;

	if ((g = calloc(1, sizeof(*g))) == NULL) {
		diag_nomem(d, NULL);
		return NULL;
	}
	if (open_table(&g->caps, "capabilities", lang, d) == -1)
		goto fail;
	if (open_table(&g->items, "guidance", lang, d) == -1)
		goto fail;
	if (table_need(&g->caps, "capability", &g->ccode, d) == -1 ||
	    table_need(&g->caps, "name", &g->cname, d) == -1 ||
	    table_need(&g->caps, "description", &g->cdesc, d) == -1 ||
	    table_need(&g->items, "capability", &g->icap, d) == -1 ||
	    table_need(&g->items, "level", &g->ilevel, d) == -1 ||
	    table_need(&g->items, "kind", &g->ikind, d) == -1 ||
	    table_need(&g->items, "text", &g->itext, d) == -1)
		goto fail;
	return g;
fail:
	guide_free(g);
	return NULL;
}

void
guide_free(struct guide *g)
{
	if (g == NULL)
		return;
	table_free(&g->caps);
	table_free(&g->items);
	free(g);
}

static const char *
cap_field(const struct guide *g, const char *code, int col)
{
	size_t i, len;
	const char *s;

	for (i = 0; i < g->caps.nrows; i++) {
		s = table_value(&g->caps, i, g->ccode, &len);
		if (len == strlen(code) && strncmp(s, code, len) == 0)
			return g->caps.rows[i].f[col];
	}
	return NULL;
}

/* The capability's name, "Working method" for "WM"; NULL if unknown. */
const char *
guide_name(const struct guide *g, const char *code)
{
	return cap_field(g, code, g->cname);
}

const char *
guide_description(const struct guide *g, const char *code)
{
	return cap_field(g, code, g->cdesc);
}

static int
item_is(const struct guide *g, size_t i, const char *code, int level,
    const char *kind)
{
	const char *s;
	size_t len;
	unsigned long l = 0;

	s = table_value(&g->items, i, g->icap, &len);
	if (len != strlen(code) || strncmp(s, code, len) != 0)
		return 0;
	s = table_value(&g->items, i, g->ikind, &len);
	if (!text_ieq(s, len, kind))
		return 0;
	s = table_value(&g->items, i, g->ilevel, &len);
	if (len > 0 && text_uint(s, len, MODEL_LEVELS_MAX, &l) == -1)
		return 0;
	return (int)l == level;
}

/*
 * The n-th (from 0) text of this kind for the capability at this level
 * (0: the points for attention that hold for every level), or NULL.
 */
const char *
guide_item(const struct guide *g, const char *code, int level,
    const char *kind, size_t n)
{
	size_t i;

	for (i = 0; i < g->items.nrows; i++)
		if (item_is(g, i, code, level, kind) && n-- == 0)
			return g->items.rows[i].f[g->itext];
	return NULL;
}

size_t
guide_count(const struct guide *g, const char *code, int level,
    const char *kind)
{
	size_t i, n = 0;

	for (i = 0; i < g->items.nrows; i++)
		n += (size_t)item_is(g, i, code, level, kind);
	return n;
}
