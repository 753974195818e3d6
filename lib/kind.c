/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * kind.c: which of the toolkit's tables a table is, by its header.
 *
 * Each kind is declared once in tables.c.  Most kinds are rows of fixed
 * columns in order, and two of them hold the same set of names (a
 * template is id,capability,level,question,answer; a gap is
 * capability,level,id,answer,question), so a table is of a kind when
 * its columns follow the declaration in order, optional ones left out
 * or not.  Names are matched through colname_is, so a Dutch header is
 * recognised too.  A tlp column may stand anywhere and columns after the
 * declared ones are allowed: a secretary adds a column of remarks, and
 * the table stays what it was.  Answers and a roster are sets of
 * columns in any order.  Anything else is a plain table.
 *
 * The header has no column named twice (csv.c refuses one), so the map
 * that recognising fills in is the one place a view finds its columns.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

/* Kinds tried in this order: the first that fits wins. */
static const int order[] = {
	TK_SCORE, TK_TEMPLATE, TK_DISAGREE, TK_GAP, TK_GAPSUM, TK_CHANGES,
	TK_CHANGESUM, TK_PLAN, TK_PHASES, TK_FINDINGS, TK_MEETINGS,
	TK_ATTENDANCE, TK_REPATT, TK_ADMISSION, TK_TERMS, TK_DUE, TK_GUIDE,
	TK_EVALUATION, TK_RETURNS, TK_DISRESP, TK_AGENDA, TK_MINUTES,
	TK_TOPICS, TK_ACTIONS, TK_ANSWERS, TK_ROSTER
};

static int
is(const struct table *t, size_t i, const char *name)
{
	const char *h = t->col[i];
	size_t len = strlen(h);

	text_trim(&h, &len);
	return colname_is(h, len, name);
}

/* Column i of t, skipping the tlp column: the next one to match, or n. */
static size_t
skip_tlp(const struct tmap *m, size_t i)
{
	return m->tlp >= 0 && i == (size_t)m->tlp ? i + 1 : i;
}

/* yes_L,applicable_L for L = 1, 2, ... from column *i on. */
static int
levels(const struct table *t, struct tmap *m, size_t *i)
{
	char yes[32], app[32];
	size_t a, b;
	int l;

	for (l = 1; l <= MODEL_LEVELS_MAX; l++) {
		a = skip_tlp(m, *i);
		b = a < t->ncols ? skip_tlp(m, a + 1) : a;
		if (b >= t->ncols)
			break;
		snprintf(yes, sizeof(yes), "yes_%d", l);
		snprintf(app, sizeof(app), "applicable_%d", l);
		if (!is(t, a, yes) || !is(t, b, app))
			break;
		m->yes[l] = (int)a;
		m->app[l] = (int)b;
		*i = b + 1;
	}
	return m->nlevels = l - 1;
}

/* Does t hold kind k's columns in order?  Fills m if so. */
static int
in_order(const struct table *t, int k, struct tmap *m)
{
	const struct tcol *c = tab_decl(k)->col;
	size_t i = 0, j;
	int n;

	for (n = 0; c[n].name != NULL; n++) {
		j = skip_tlp(m, i);
		if (c[n].flags & TC_LEVELS) {
			if (levels(t, m, &i) == 0)
				return 0;
			continue;
		}
		if (j < t->ncols && is(t, j, c[n].name)) {
			m->col[n] = (int)j;
			i = j + 1;
		} else if (!(c[n].flags & TC_OPT))
			return 0;
	}
	return 1;
}

/* Does t hold kind k's columns, in any order? */
static int
any_order(const struct table *t, int k, struct tmap *m)
{
	const struct tcol *c = tab_decl(k)->col;
	size_t i;
	int n;

	for (n = 0; c[n].name != NULL; n++) {
		for (i = 0; i < t->ncols && !is(t, i, c[n].name); i++)
			;
		if (i < t->ncols)
			m->col[n] = (int)i;
		else if (!(c[n].flags & TC_OPT))
			return 0;
	}
	return 1;
}

static void
clear(const struct table *t, struct tmap *m, int kind)
{
	size_t i;

	memset(m, 0, sizeof(*m));
	m->kind = kind;
	m->tlp = -1;
	for (i = 0; i < TAB_COLS; i++)
		m->col[i] = -1;
	for (i = 0; i < t->ncols; i++)
		if (is(t, i, "tlp"))
			m->tlp = (int)i;
}

/*
 * The kind of table t, and where its columns are, in m: every declared
 * column found, or -1 for one left out.
 */
int
kind_map(const struct table *t, struct tmap *m)
{
	const struct tdecl *d;
	size_t i;
	int ok;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		clear(t, m, order[i]);
		d = tab_decl(order[i]);
		ok = d->col[0].flags & TC_ANY ? any_order(t, order[i], m) :
		    in_order(t, order[i], m);
		if (ok)
			return m->kind;
	}
	clear(t, m, TK_TABLE);
	return TK_TABLE;
}

/* The kind of table t: a value of enum tkind. */
int
kind_of(const struct table *t)
{
	struct tmap m;

	return kind_map(t, &m);
}

/* The name of a kind, as the manual writes it: "gap summary". */
const char *
kind_name(int k)
{
	return tab_decl(k)->name;
}

/* How many levels a score table has: its yes_L,applicable_L pairs. */
int
kind_levels(const struct table *t)
{
	struct tmap m;

	return kind_map(t, &m) == TK_SCORE ? m.nlevels : 0;
}

/* The column of the map's kind called name, or -1. */
int
tmap_col(const struct tmap *m, const char *name)
{
	int n = tab_colno(m->kind, name);

	return n < 0 ? -1 : m->col[n];
}
