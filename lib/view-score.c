/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view-score.c: a score table (isac-score's) as levels per period and
 * capability, for the grid, the trend and the charts.
 *
 * Periods and capabilities are interned by hashing (strtab.c), and each
 * row is one cell, the cells sorted by capability and period: a score
 * of many periods takes n log n time, and a score whose periods and
 * capabilities are many but whose pairs are few takes room for its
 * rows, not for every pair.  A trend table, which has a cell for every
 * pair, is drawn only when they are not many more than the rows
 * (matrix); the HTML writer shows any other score as its rows.
 *
 * An empty level cell is a capability with no level, every question of
 * it n/a (score.c): SVIEW_NOLEVEL, which a writer shows as a word.
 *
 * Every column is found through the section's map (kind.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* A trend table may have this many cells per row read, and a few more. */
#define MATRIX_PER_ROW	4
#define MATRIX_SLACK	64

/* The counts of a score row are numbers of questions or respondents. */
#define COUNT_MAX	100000

struct pname {
	const char	*s;
	size_t		 i;		/* its number in the strtab */
};

/* The row's numbers, each checked; its level up to the levels it has. */
static int
numbers(const struct rsec *s, size_t r, int *level, struct diag *d)
{
	unsigned long n;
	int l;

	for (l = 1; l <= s->m.nlevels; l++)
		if (sec_number(s, r, s->m.yes[l], COUNT_MAX, &n, d) ||
		    sec_number(s, r, s->m.app[l], COUNT_MAX, &n, d))
			return -1;
	if (sec_number(s, r, sec_col(s, "unanswered"), COUNT_MAX, &n, d))
		return -1;
	if (*sec_cell(s, r, sec_col(s, "level")) == '\0') {
		*level = SVIEW_NOLEVEL;	/* every question n/a */
		return 0;
	}
	if (sec_number(s, r, sec_col(s, "level"),
	    (unsigned long)s->m.nlevels, &n, d))
		return -1;
	*level = (int)n;
	return 0;
}

static int
pname_cmp(const void *a, const void *b)
{
	const struct pname *x = a, *y = b;
	int c = text_natcmp(x->s, y->s);

	return c != 0 ? c : strcmp(x->s, y->s);
}

/* By capability, then period, then row: the rows of a pair in order. */
static int
cell_cmp(const void *a, const void *b)
{
	const struct scell *x = a, *y = b;

	if (x->c != y->c)
		return x->c < y->c ? -1 : 1;
	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

/* The periods in natural order: v->period, and each one's place. */
static int
sort_periods(struct sview *v, size_t *place)
{
	struct pname *pn;
	size_t i;

	if ((pn = calloc(v->np + 1, sizeof(*pn))) == NULL)
		return -1;
	for (i = 0; i < v->np; i++) {
		pn[i].s = strtab_get(v->pt, i);
		pn[i].i = i;
	}
	qsort(pn, v->np, sizeof(*pn), pname_cmp);
	for (i = 0; i < v->np; i++) {
		v->period[i] = pn[i].s;
		place[pn[i].i] = i;
	}
	free(pn);
	return 0;
}

/* A capability scored twice in a period: the first such row, in order. */
static int
twice(const struct rsec *s, struct diag *d)
{
	const struct sview *v = s->sv;
	const struct scell *a = NULL, *b;
	const char *p;
	size_t i;

	for (i = 1; i < s->t.nrows; i++) {
		b = &v->cell[i];
		if (b[-1].c == b->c && b[-1].p == b->p &&
		    (a == NULL || b->row < a[1].row))
			a = b - 1;
	}
	if (a == NULL)
		return 0;
	p = v->period[a->p];
	if (*p != '\0')
		return diag_set(d, s->t.name, s->t.rows[a[1].row].line,
		    "capability '%s' scored twice in period '%s' (first on "
		    "line %lu)", v->cap[a->c], p, s->t.rows[a->row].line);
	return diag_set(d, s->t.name, s->t.rows[a[1].row].line, "capability "
	    "'%s' scored twice (first on line %lu)", v->cap[a->c],
	    s->t.rows[a->row].line);
}

/* Capability c's cells start at first[c]. */
static int
index_caps(struct sview *v, size_t n)
{
	size_t i, c;

	if ((v->first = calloc(v->nc + 1, sizeof(*v->first))) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		v->first[v->cell[i].c + 1]++;
	for (c = 0; c < v->nc; c++)
		v->first[c + 1] += v->first[c];
	return 0;
}

/* The view of score section s, in s->sv. */
int
sview_build(struct rsec *s, struct diag *d)
{
	struct sview *v;
	size_t r, n = s->t.nrows, *place = NULL;
	const char *p, *c;
	long pi, ci;
	int cp = sec_col(s, "period"), cc = sec_col(s, "capability"), lv;

	if ((s->sv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	v->nl = s->m.nlevels;
	v->pt = strtab_new(0);
	v->ct = strtab_new(0);
	v->cell = calloc(n + 1, sizeof(*v->cell));
	if (v->pt == NULL || v->ct == NULL || v->cell == NULL)
		return diag_nomem(d, s->t.name);
	for (r = 0; r < n; r++) {
		if (numbers(s, r, &lv, d) == -1)
			return -1;
		p = sec_cell(s, r, cp);
		c = sec_cell(s, r, cc);
		if ((pi = strtab_add(v->pt, p, strlen(p))) < 0 ||
		    (ci = strtab_add(v->ct, c, strlen(c))) < 0)
			return diag_nomem(d, s->t.name);
		v->cell[r].p = (size_t)pi;
		v->cell[r].c = (size_t)ci;
		v->cell[r].row = r;
		v->cell[r].level = lv;
		v->np = (size_t)pi + 1 > v->np ? (size_t)pi + 1 : v->np;
		v->nc = (size_t)ci + 1 > v->nc ? (size_t)ci + 1 : v->nc;
	}
	v->period = calloc(v->np + 1, sizeof(*v->period));
	v->cap = calloc(v->nc + 1, sizeof(*v->cap));
	place = calloc(v->np + 1, sizeof(*place));
	if (v->period == NULL || v->cap == NULL || place == NULL ||
	    sort_periods(v, place) == -1) {
		free(place);
		return diag_nomem(d, s->t.name);
	}
	for (r = 0; r < v->nc; r++)
		v->cap[r] = strtab_get(v->ct, r);
	for (r = 0; r < n; r++)
		v->cell[r].p = place[v->cell[r].p];
	free(place);
	qsort(v->cell, n, sizeof(*v->cell), cell_cmp);
	if (twice(s, d) == -1)
		return -1;
	if (index_caps(v, n) == -1)
		return diag_nomem(d, s->t.name);
	v->matrix = v->nc == 0 ||
	    v->np <= (MATRIX_PER_ROW * n + MATRIX_SLACK) / v->nc;
	return 0;
}

void
sview_free(struct sview *v)
{
	if (v == NULL)
		return;
	free(v->period);
	free(v->cap);
	free(v->cell);
	free(v->first);
	strtab_free(v->pt);
	strtab_free(v->ct);
	free(v);
}

/* The cell of period p and capability c, or NULL. */
static const struct scell *
find(const struct sview *v, size_t p, size_t c)
{
	size_t lo, hi, mid;

	if (c >= v->nc)
		return NULL;
	lo = v->first[c];
	hi = v->first[c + 1];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v->cell[mid].p < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < v->first[c + 1] && v->cell[lo].p == p ? &v->cell[lo] :
	    NULL;
}

/* The row of period p and capability c, or SIZE_MAX. */
size_t
sview_row(const struct sview *v, size_t p, size_t c)
{
	const struct scell *x = find(v, p, c);

	return x != NULL ? x->row : SIZE_MAX;
}

/*
 * The level of capability c in period p, -1 when not scored,
 * SVIEW_NOLEVEL when scored with no level.
 */
int
sview_level(const struct sview *v, size_t p, size_t c)
{
	const struct scell *x = find(v, p, c);

	return x != NULL ? x->level : -1;
}
