/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view.c: a section as a header and rows of cells of text, for the
 * writers that draw every kind as a table (text and Markdown): a score
 * with its capabilities named and "yes/applicable" per level, any other
 * table as it is, its columns titled in the document's language.  A score's columns come from its map (kind.c); those
 * a secretary added after the declared ones are not part of its view.
 */
#include <stdio.h>

#include "render.h"

/* What a column of a score's view shows. */
enum {
	V_PERIOD,
	V_CAP,
	V_NAME,
	V_LEVEL,
	V_LEVEL_L,		/* yes_L/applicable_L */
	V_UNANS,
	V_MISSING,
	V_TLP
};

size_t
view_cols(const struct rsec *s)
{
	if (s->sv == NULL)
		return s->t.ncols;
	return (size_t)(sec_col(s, "period") >= 0) + 3 +
	    (size_t)s->m.nlevels + 1 + (size_t)(sec_col(s, "missing") >= 0) +
	    (size_t)(s->m.tlp >= 0);
}

/* What view column c of score s shows; *l is the level of V_LEVEL_L. */
static int
score_col(const struct rsec *s, size_t c, int *l)
{
	size_t k = 0;

	*l = 0;
	if (sec_col(s, "period") >= 0 && c == k++)
		return V_PERIOD;
	if (c == k++)
		return V_CAP;
	if (c == k++)
		return V_NAME;
	if (c == k++)
		return V_LEVEL;
	if (c < k + (size_t)s->m.nlevels) {
		*l = (int)(c - k) + 1;
		return V_LEVEL_L;
	}
	k += (size_t)s->m.nlevels;
	if (c == k++)
		return V_UNANS;
	if (sec_col(s, "missing") >= 0 && c == k++)
		return V_MISSING;
	return V_TLP;
}

/* The table column of score s a view column shows as it is, or -1. */
static int
score_table_col(const struct rsec *s, int what)
{
	switch (what) {
	case V_PERIOD:
		return sec_col(s, "period");
	case V_CAP:
	case V_NAME:
		return sec_col(s, "capability");
	case V_LEVEL:
		return sec_col(s, "level");
	case V_UNANS:
		return sec_col(s, "unanswered");
	case V_MISSING:
		return sec_col(s, "missing");
	case V_TLP:
		return s->m.tlp;
	default:
		return -1;
	}
}

const char *
view_head(const struct rdoc *doc, const struct rsec *s, size_t c,
    char *buf, size_t size)
{
	static const char *const head[] = { "period", "capability", "name",
	    "level", NULL, "unanswered", "missing", NULL };
	int what, l;

	if (s->sv == NULL)
		return sec_head(doc, s, c, buf, size);
	what = score_col(s, c, &l);
	if (what == V_LEVEL_L) {
		snprintf(buf, size, "%s %d", tr(doc, "level"), l);
		return buf;
	}
	return what == V_TLP ? "tlp" : tr(doc, head[what]);
}

const char *
view_cell(const struct rdoc *doc, const struct rsec *s, size_t r, size_t c,
    char *buf, size_t size)
{
	const char *y, *a;
	size_t ly, la;
	int what, l;

	if (s->sv == NULL)
		return sec_cell(s, r, (int)c);
	what = score_col(s, c, &l);
	if (what == V_NAME)
		return cap_name(doc, sec_cell(s, r, score_table_col(s, what)));
	if (what == V_LEVEL && *sec_cell(s, r, score_table_col(s, what)) ==
	    '\0')
		return tr(doc, "no level");	/* every question n/a */
	if (what != V_LEVEL_L)
		return sec_cell(s, r, score_table_col(s, what));
	y = table_value(&s->t, r, s->m.yes[l], &ly);
	a = table_value(&s->t, r, s->m.app[l], &la);
	snprintf(buf, size, "%.*s/%.*s", (int)ly, y, (int)la, a);
	return buf;
}
