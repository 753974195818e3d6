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

/* How many items the guidance has, in its order. */
size_t
guide_nitems(const struct guide *g)
{
	return g->items.nrows;
}

/*
 * Item i's text, and its capability, level (as written, empty for every
 * level) and kind; NULL past the last.
 */
const char *
guide_item_at(const struct guide *g, size_t i, const char **code,
    const char **level, const char **kind)
{
	size_t len;

	if (i >= g->items.nrows)
		return NULL;
	*code = table_value(&g->items, i, g->icap, &len);
	*level = table_value(&g->items, i, g->ilevel, &len);
	*kind = table_value(&g->items, i, g->ikind, &len);
	return g->items.rows[i].f[g->itext];
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

/* The words of the bundled guidance's kind column, by enum gkind. */
static const char *const gkey[GK_N] = { "name", "description", "feature",
    "tool", "attention", "question" };

/* How guide_write writes a row. */
struct grow {
	struct out	*w;
	int		 nl;		/* kind words in Dutch */
	int		 idcol;		/* the id column is there */
	int		 lab;		/* the tlp column is there */
	int		 label;		/* of the capability's rows */
};

static void
grow_out(const struct grow *r, const char *code, int level, int kind,
    const char *id, const char *text)
{
	out_field(r->w, code);
	if (level > 0)
		out_num(r->w, (unsigned long)level);
	else
		out_field(r->w, "");
	out_field(r->w, vocab_word(VW_GUIDE, kind, r->nl));
	if (r->idcol)
		out_field(r->w, id != NULL ? id : "");
	out_field(r->w, text);
	tab_tlp(r->w, r->lab, r->label);
	out_end(r->w);
}

/* The guide's texts of one kind for code at level (0: every level). */
static void
grow_items(const struct grow *r, const struct guide *g, const char *code,
    int level, int kind)
{
	const char *s;
	size_t n;

	for (n = 0; (s = guide_item(g, code, level, gkey[kind], n)) != NULL;
	    n++)
		grow_out(r, code, level, kind, NULL, s);
}

/* Capability c of m, the levels in pick as guide_write says. */
static void
grow_cap(struct grow *r, const struct guide *g, const struct model *m,
    size_t c, unsigned pick, int whole)
{
	const char *code = m->cap[c].code, *s;
	size_t i;
	int l;

	if ((s = guide_name(g, code)) != NULL && *s != '\0')
		grow_out(r, code, 0, GK_NAME, NULL, s);
	if (whole && (s = guide_description(g, code)) != NULL && *s != '\0')
		grow_out(r, code, 0, GK_DESCRIPTION, NULL, s);
	grow_items(r, g, code, 0, GK_ATTENTION);
	for (l = 1; l <= MODEL_LEVELS_MAX; l++) {
		if (!(pick & (1u << l)))
			continue;
		grow_items(r, g, code, l, GK_FEATURE);
		grow_items(r, g, code, l, GK_TOOL);
		grow_items(r, g, code, l, GK_ATTENTION);
		for (i = 0; whole && i < m->nq; i++)
			if (m->q[i].cap == c && m->q[i].level == l)
				grow_out(r, code, l, GK_QUESTION, m->q[i].id,
				    m->q[i].text);
	}
}

/*
 * The guide table (tables.c) of model m, in the language of g: per
 * capability, in the model's order, its name, its description (whole),
 * its points for attention, then per level in pick[c] (bit 1 << level)
 * its features, tools and strategies, points for attention, and (whole)
 * its questions with their ids.  A capability with no level picked is
 * left out.  label, when not NULL, is each capability's TLP label, and
 * the table has a tlp column when any is set.  Returns 1 if it wrote a
 * row, else 0.
 */
int
guide_write(struct out *w, const struct guide *g, const struct model *m,
    const unsigned *pick, const int *label, int whole, const char *lang)
{
	struct grow r;
	size_t c;
	int any = 0;

	r.w = w;
	r.nl = vocab_nl(lang);
	r.idcol = whole;
	r.lab = 0;
	for (c = 0; label != NULL && c < m->ncap; c++)
		if (pick[c] != 0 && label[c] != TLP_NONE)
			r.lab = 1;
	tab_header(w, TK_GUIDE, whole ? tab_with(TK_GUIDE, "id") : 0, 0,
	    r.lab);
	for (c = 0; c < m->ncap; c++) {
		if (pick[c] == 0)
			continue;
		r.label = label != NULL ? label[c] : TLP_NONE;
		grow_cap(&r, g, m, c, pick[c], whole);
		any = 1;
	}
	return any;
}
