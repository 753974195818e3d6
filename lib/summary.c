/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * summary.c: the annual report's summary of the year (isac-render
 * --report), computed from the tables the document holds, and nothing
 * else: the meetings held and the attendance (an attendance report),
 * the meetings planned (meetings), the topics of the annual planning (a
 * table of kind "topics", when the toolkit has one), the organisations
 * and representatives that joined and left in the year (the roster),
 * the levels now and a year ago (a score) beside the target (a gap
 * summary), the plan's steps done, the admissions, the terms ended and
 * the roster's findings.  A figure whose table is not in the document
 * says which table it needs; it is never guessed.
 *
 * The summary is two grids of text, the figures and the levels, which
 * every writer shows as a table: a figure's value, a number, aligned
 * right.  Its cells are kept in the document's strings (doc_said).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* The first section of kind k, or NULL. */
static const struct rsec *
find(const struct rdoc *doc, int k)
{
	size_t i;

	for (i = 0; i < doc->nsec; i++)
		if (doc->sec[i].m.kind == k)
			return &doc->sec[i];
	return NULL;
}

/* The first section whose kind is called name (tables.c), or NULL. */
static const struct rsec *
find_named(const struct rdoc *doc, const char *name)
{
	size_t i;

	for (i = 0; i < doc->nsec; i++)
		if (doc->sec[i].m.kind != TK_TABLE &&
		    strcmp(kind_name(doc->sec[i].m.kind), name) == 0)
			return &doc->sec[i];
	return NULL;
}

/*
 * Adds a row of g->ncols cells to g, from section sec (1 on; 0 none);
 * -1 when out of memory.
 */
static int
grid_row(struct ygrid *g, const char *const *cell, size_t sec)
{
	const char **c;
	size_t *l;

	if ((l = realloc(g->sec, (g->nrows + 1) * sizeof(*l))) == NULL)
		return -1;
	g->sec = l;
	l[g->nrows] = sec;
	if ((c = realloc(g->cell, (g->nrows + 1) * g->ncols *
	    sizeof(*c))) == NULL)
		return -1;
	g->cell = c;
	memcpy(c + g->nrows * g->ncols, cell, g->ncols * sizeof(*c));
	g->nrows++;
	return 0;
}

/* Text s kept in the document; NULL when out of memory. */
static const char *
keep(struct rdoc *doc, const char *s)
{
	return doc_said(doc, s, strlen(s));
}

/*
 * A figure: what, its value, and the section it comes from (its anchor
 * in the HTML); a value NULL when the document has no table to count
 * it from, need (the heading of that table, in English).
 */
static int
figure(struct rdoc *doc, const char *what, const char *value,
    const struct rsec *from, const char *need)
{
	const char *cell[3];
	char buf[200];

	cell[0] = tr(doc, what);
	if (value == NULL) {
		cell[1] = "\xe2\x80\x93";
		snprintf(buf, sizeof(buf), "%s: %s", tr(doc, "not given"),
		    tr(doc, need));
		cell[2] = keep(doc, buf);
	} else {
		cell[1] = keep(doc, value);
		cell[2] = from->title;
	}
	if (cell[1] == NULL || cell[2] == NULL)
		return -1;
	return grid_row(&doc->ysum.fig, cell, value == NULL ? 0 :
	    (size_t)(from - doc->sec) + 1);
}

/* The English heading of kind k. */
static const char *
need(int k)
{
	return vocab_kind(k, 0);
}

/* "3" or, with of >= 0, "3 of 11", in buf. */
static const char *
count(const struct rdoc *doc, char *buf, size_t size, unsigned long n,
    long of)
{
	if (of < 0)
		snprintf(buf, size, "%lu", n);
	else
		snprintf(buf, size, "%lu %s %ld", n, tr(doc, "of"), of);
	return buf;
}

/* The year of date cell s, or 0. */
static int
year_of(const char *s)
{
	long day;
	int y, m, d;

	if (*s == '\0' || date_parse(s, strlen(s), &day) == -1)
		return 0;
	date_split(day, &y, &m, &d);
	return y;
}

/* The meetings held and the attendance, from an attendance report. */
static int
attendance(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_ATTENDANCE);
	unsigned long held = 0, all = 0, came = 0, n, a;
	char buf[64];
	size_t r;

	if (s == NULL)
		return figure(doc, "Meetings held", NULL, NULL,
		    need(TK_ATTENDANCE)) == -1 || figure(doc, "Average attendance", NULL,
		    NULL, need(TK_ATTENDANCE)) == -1 ? -1 : 0;
	for (r = 0; r < s->t.nrows; r++) {
		if (sec_number(s, r, sec_col(s, "meetings"), 100000, &n,
		    NULL) == -1 || sec_number(s, r, sec_col(s, "attended"),
		    100000, &a, NULL) == -1)
			continue;
		if (n > held)
			held = n;
		all += n;
		came += a;
	}
	if (figure(doc, "Meetings held", count(doc, buf, sizeof(buf), held,
	    -1), s, NULL) == -1)
		return -1;
	if (all > 0)
		snprintf(buf, sizeof(buf), "%lu%%", (came * 100 + all / 2) /
		    all);
	else
		snprintf(buf, sizeof(buf), "\xe2\x80\x93");
	return figure(doc, "Average attendance", buf, s, NULL);
}

/* The rows of the first section of kind k, or of the kind called name. */
static int
rows(struct rdoc *doc, const char *what, int k, const char *name)
{
	const struct rsec *s = name ? find_named(doc, name) : find(doc, k);
	char buf[32];

	if (s == NULL)
		return figure(doc, what, NULL, NULL, name ? "Topics" : need(k));
	return figure(doc, what, count(doc, buf, sizeof(buf),
	    (unsigned long)s->t.nrows, -1), s, NULL);
}

/* Who joined and left in the year, and who was a member at its end. */
static int
roster(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_ROSTER);
	static const char *const what[5] = {
	    "Organisations at the end of the year", "Organisations joined",
	    "Organisations left", "Representatives joined",
	    "Representatives left" };
	unsigned long n[5] = { 0 };
	struct strtab *orgs;
	int *first, *last, cj = -1, cl = -1, co, y = doc->o.year, j, l;
	size_t r, c, no = 0, i;
	long o;
	char buf[32], name[VOCAB_COL_MAX];
	const char *cn;

	if (s == NULL) {
		for (i = 0; i < 5; i++)
			if (figure(doc, what[i], NULL, NULL, need(TK_ROSTER)) == -1)
				return -1;
		return 0;
	}
	for (c = 0; c < s->t.ncols; c++)
		if ((cn = sec_name(s, c, name, sizeof(name))) != NULL) {
			if (strcmp(cn, "joined") == 0 && cj < 0)
				cj = (int)c;
			if (strcmp(cn, "left") == 0 && cl < 0)
				cl = (int)c;
		}
	co = sec_col(s, "org");
	orgs = strtab_new(0);
	first = calloc(s->t.nrows + 1, sizeof(*first));
	last = calloc(s->t.nrows + 1, sizeof(*last));
	if (orgs == NULL || first == NULL || last == NULL) {
		strtab_free(orgs);
		free(first);
		free(last);
		return -1;
	}
	/* per organisation: the first year joined; the last year left, or
	   -1 while one of its people stays */
	for (r = 0; r < s->t.nrows; r++) {
		cn = sec_cell(s, r, co);
		if ((o = strtab_add(orgs, cn, strlen(cn))) < 0)
			break;
		if ((size_t)o + 1 > no)
			no = (size_t)o + 1;
		j = year_of(sec_cell(s, r, cj));
		l = year_of(sec_cell(s, r, cl));
		n[3] += j == y;
		n[4] += l == y;
		if (first[o] == 0 || (j != 0 && j < first[o]))
			first[o] = j != 0 ? j : -1;
		if (l == 0)
			last[o] = -1;
		else if (last[o] != -1 && l > last[o])
			last[o] = l;
	}
	for (i = 0; i < no; i++) {
		n[0] += first[i] <= y && (last[i] == -1 || last[i] > y);
		n[1] += first[i] == y;
		n[2] += last[i] == y;
	}
	strtab_free(orgs);
	free(first);
	free(last);
	for (i = 0; i < 5; i++) {
		if (((i == 1 || i == 3) && cj < 0) ||
		    ((i == 2 || i == 4) && cl < 0)) {
			if (figure(doc, what[i], NULL, NULL, need(TK_ROSTER)) == -1)
				return -1;
		} else if (figure(doc, what[i], count(doc, buf, sizeof(buf),
		    n[i], -1), s, NULL) == -1)
			return -1;
	}
	return 0;
}

/* The capabilities at their target, from a gap summary. */
static int
targets(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_GAPSUM);
	const struct gview *v;
	unsigned long at = 0;
	size_t i;
	char buf[64];

	if (s == NULL || s->gv == NULL)
		return figure(doc, "Capabilities at their target", NULL, NULL,
		    need(TK_GAPSUM));
	v = s->gv;
	for (i = 0; i < v->n; i++)
		at += v->cur[i] >= v->tgt[i];
	return figure(doc, "Capabilities at their target", count(doc, buf,
	    sizeof(buf), at, (long)v->n), s, NULL);
}

/* The plan's steps done and dropped. */
static int
plan(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_PLAN);
	unsigned long done = 0, dropped = 0;
	const char *v;
	size_t r;
	char buf[64];
	int st;

	if (s == NULL)
		return figure(doc, "Plan steps done", NULL, NULL, need(TK_PLAN)) ==
		    -1 || figure(doc, "Plan steps dropped", NULL, NULL,
		    need(TK_PLAN)) == -1 ? -1 : 0;
	for (r = 0; r < s->t.nrows; r++) {
		v = sec_value(s, r, "status");
		st = plan_status_parse(v, strlen(v));
		done += st == PLAN_DONE;
		dropped += st == PLAN_DROPPED;
	}
	if (figure(doc, "Plan steps done", count(doc, buf, sizeof(buf), done,
	    (long)s->t.nrows), s, NULL) == -1)
		return -1;
	return figure(doc, "Plan steps dropped", count(doc, buf, sizeof(buf),
	    dropped, -1), s, NULL);
}

/* The candidates admitted and those still pending. */
static int
admissions(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_ADMISSION);
	unsigned long n[3] = { 0 };
	const char *v;
	size_t r;
	char buf[32];
	int dc;

	if (s == NULL)
		return figure(doc, "Candidates admitted", NULL, NULL,
		    need(TK_ADMISSION));
	for (r = 0; r < s->t.nrows; r++) {
		v = sec_value(s, r, "decision");
		if ((dc = vocab_value(VW_DECISION, v, strlen(v))) >= 0 &&
		    dc < 3)
			n[dc]++;
	}
	if (figure(doc, "Candidates admitted", count(doc, buf, sizeof(buf),
	    n[ADMIT_YES], -1), s, NULL) == -1)
		return -1;
	return figure(doc, "Candidates pending", count(doc, buf, sizeof(buf),
	    n[ADMIT_PENDING], -1), s, NULL);
}

/* The period of score v for year y: the last whose year it is. */
static size_t
period_of(const struct sview *v, int y)
{
	size_t p, found = SIZE_MAX;
	unsigned long py;

	for (p = 0; p < v->np; p++)
		if (strlen(v->period[p]) >= 4 &&
		    text_uint(v->period[p], 4, 9999, &py) == 0 &&
		    (int)py == y)
			found = p;
	return found;
}

/* A level, or a dash for none. */
static const char *
level_cell(struct rdoc *doc, int lv)
{
	char buf[16];

	if (lv < 0)
		return "\xe2\x80\x93";
	snprintf(buf, sizeof(buf), "%d", lv);
	return keep(doc, buf);
}

/* The levels a year ago and now, and the target, per capability. */
static int
levels(struct rdoc *doc)
{
	const struct rsec *s = find(doc, TK_SCORE);
	struct ysum *y = &doc->ysum;
	const struct sview *v;
	const char *cell[4];
	char buf[16];
	size_t c, now, ago;

	y->lev.ncols = 4;
	if (s == NULL || s->sv == NULL)
		return figure(doc, "Levels", NULL, NULL, need(TK_SCORE));
	y->lev_sec = (size_t)(s - doc->sec) + 1;
	v = s->sv;
	now = period_of(v, doc->o.year);
	ago = period_of(v, doc->o.year - 1);
	cell[0] = tr(doc, "Capability");
	snprintf(buf, sizeof(buf), "%d", doc->o.year - 1);
	cell[1] = keep(doc, buf);
	snprintf(buf, sizeof(buf), "%d", doc->o.year);
	cell[2] = keep(doc, buf);
	cell[3] = tr(doc, "Target");
	if (cell[1] == NULL || cell[2] == NULL || grid_row(&y->lev, cell, 0))
		return -1;
	for (c = 0; c < v->nc; c++) {
		cell[0] = cap_name(doc, v->cap[c]);
		cell[1] = level_cell(doc, ago == SIZE_MAX ||
		    sview_row(v, ago, c) == SIZE_MAX ? -1 :
		    sview_level(v, ago, c));
		cell[2] = level_cell(doc, now == SIZE_MAX ||
		    sview_row(v, now, c) == SIZE_MAX ? -1 :
		    sview_level(v, now, c));
		cell[3] = level_cell(doc, gview_target(doc->target,
		    v->cap[c]));
		if (cell[1] == NULL || cell[2] == NULL || cell[3] == NULL ||
		    grid_row(&y->lev, cell, 0))
			return -1;
	}
	return 0;
}

/*
 * The summary of year doc->o.year, from the sections the document
 * holds, made once their rows are settled and their views made.
 */
int
doc_summary(struct rdoc *doc, struct diag *d)
{
	struct ysum *y = &doc->ysum;
	const char *head[3];

	y->fig.ncols = 3;
	head[0] = tr(doc, "What");
	head[1] = tr(doc, "Number");
	head[2] = tr(doc, "Source");
	if (grid_row(&y->fig, head, 0) == -1 || attendance(doc) == -1 ||
	    rows(doc, "Meetings planned", TK_MEETINGS, NULL) == -1 ||
	    rows(doc, "Topics in the annual planning", TK_TABLE,
	    "topics") == -1 || roster(doc) == -1 || levels(doc) == -1 ||
	    targets(doc) == -1 || plan(doc) == -1 || admissions(doc) == -1 ||
	    rows(doc, "Terms ended", TK_TERMS, NULL) == -1 ||
	    rows(doc, "Roster findings", TK_FINDINGS, NULL) == -1)
		return diag_nomem(d, NULL);
	return 0;
}

void
ysum_free(struct ysum *y)
{
	free(y->fig.cell);
	free(y->fig.sec);
	free(y->lev.cell);
	free(y->lev.sec);
}
