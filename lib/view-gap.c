/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view-gap.c: a gap summary (isac-gap -s) as current and target level
 * per capability, for the pips of the HTML report and the targets that
 * a score's grid and the charts mark.
 *
 * A capability's target is found by hashing (strtab.c): a chart asks
 * once per capability, and the first row of a capability answers.  A
 * capability twice in one period is an error, as a capability scored
 * twice is: which target is meant is a guess.  Every column is found
 * through the section's map (kind.c).  An empty current level is a
 * capability with no level (SVIEW_NOLEVEL), an empty target none set.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* Row r's period and capability as one key: NUL between them. */
static const char *
pair_key(struct strbuf *b, const char *period, const char *cap)
{
	sb_reset(b);
	sb_add(b, period);
	sb_addc(b, '\0');
	sb_add(b, cap);
	return sb_failed(b) ? NULL : b->s;
}

/*
 * The level in column col of row r into *l; none when the cell is empty:
 * a capability with no level (every question n/a) and no target set.
 */
static int
level(const struct rsec *s, size_t r, int col, int *l, int none,
    struct diag *d)
{
	unsigned long n;

	if (col >= 0 && *sec_cell(s, r, col) == '\0') {
		*l = none;
		return 0;
	}
	if (sec_number(s, r, col, MODEL_LEVELS_MAX, &n, d))
		return -1;
	*l = (int)n;
	return 0;
}

/* The view of gap summary section s, in s->gv. */
int
gview_build(struct rsec *s, struct diag *d)
{
	struct gview *v;
	struct strtab *pairs;
	struct strbuf key;
	size_t r, npairs = 0, *first = NULL;
	const char *p, *k;
	long i, j;
	int cp = sec_col(s, "period"), cc = sec_col(s, "capability");
	int ccur = sec_col(s, "current"), ctgt = sec_col(s, "target"), rc = -1;

	if ((s->gv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	sb_init(&key);
	pairs = strtab_new(0);
	first = calloc(s->t.nrows + 1, sizeof(*first));
	v->cap = calloc(s->t.nrows + 1, sizeof(*v->cap));
	v->cur = calloc(s->t.nrows + 1, sizeof(*v->cur));
	v->tgt = calloc(s->t.nrows + 1, sizeof(*v->tgt));
	v->row = calloc(s->t.nrows + 1, sizeof(*v->row));
	v->ct = strtab_new(0);
	if (pairs == NULL || first == NULL || v->cap == NULL ||
	    v->cur == NULL || v->tgt == NULL || v->row == NULL ||
	    v->ct == NULL)
		goto nomem;
	for (r = 0; r < s->t.nrows; r++) {
		if (level(s, r, ccur, &v->cur[r], SVIEW_NOLEVEL, d) == -1 ||
		    level(s, r, ctgt, &v->tgt[r], -1, d) == -1)
			goto out;
		v->cap[r] = sec_cell(s, r, cc);
		p = sec_cell(s, r, cp);
		if ((i = strtab_add(v->ct, v->cap[r], strlen(v->cap[r]))) < 0)
			goto nomem;
		if ((size_t)i == v->ncap)
			v->row[v->ncap++] = r;
		if ((k = pair_key(&key, p, v->cap[r])) == NULL ||
		    (j = strtab_add(pairs, k, key.len)) < 0)
			goto nomem;
		if ((size_t)j < npairs) {
			if (*p != '\0')
				diag_set(d, s->t.name, s->t.rows[r].line,
				    "capability '%s' twice in a gap summary in "
				    "period '%s' (first on line %lu)",
				    v->cap[r], p, s->t.rows[first[j]].line);
			else
				diag_set(d, s->t.name, s->t.rows[r].line,
				    "capability '%s' twice in a gap summary "
				    "(first on line %lu)", v->cap[r],
				    s->t.rows[first[j]].line);
			goto out;
		}
		first[npairs++] = r;
	}
	v->n = s->t.nrows;
	rc = 0;
	goto out;
nomem:
	diag_nomem(d, s->t.name);
out:
	sb_free(&key);
	strtab_free(pairs);
	free(first);
	return rc;
}

void
gview_free(struct gview *v)
{
	if (v == NULL)
		return;
	free(v->cap);
	free(v->cur);
	free(v->tgt);
	free(v->row);
	strtab_free(v->ct);
	free(v);
}

/* The target of capability code in v: its first row's; -1 without. */
int
gview_target(const struct gview *v, const char *code)
{
	long k;

	if (v == NULL || (k = strtab_find(v->ct, code, strlen(code))) < 0)
		return -1;
	return v->tgt[v->row[k]];
}
