/*
 * view-gap.c: a gap summary (isac-gap -s) as current and target level
 * per capability, for the pips of the HTML report and the targets that
 * a score's grid and the charts mark.
 *
 * A capability's target is found by hashing (strtab.c): a chart asks
 * once per capability.  A capability twice in one summary is an error,
 * as a capability scored twice is: which target is meant is a guess.
 * Every column is found through the section's map (kind.c).
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* The view of gap summary section s, in s->gv. */
int
gview_build(struct rsec *s, struct diag *d)
{
	struct gview *v;
	unsigned long cur, tgt;
	size_t r;
	long k;
	int cc = sec_col(s, "capability"), ccur = sec_col(s, "current");
	int ctgt = sec_col(s, "target");

	if ((s->gv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	v->cap = calloc(s->t.nrows + 1, sizeof(*v->cap));
	v->cur = calloc(s->t.nrows + 1, sizeof(*v->cur));
	v->tgt = calloc(s->t.nrows + 1, sizeof(*v->tgt));
	v->ct = strtab_new(0);
	if (v->cap == NULL || v->cur == NULL || v->tgt == NULL ||
	    v->ct == NULL)
		return diag_nomem(d, s->t.name);
	for (r = 0; r < s->t.nrows; r++) {
		if (sec_number(s, r, ccur, MODEL_LEVELS_MAX, &cur, d) ||
		    sec_number(s, r, ctgt, MODEL_LEVELS_MAX, &tgt, d))
			return -1;
		v->cur[r] = (int)cur;
		v->tgt[r] = (int)tgt;
		v->cap[r] = sec_cell(s, r, cc);
		if ((k = strtab_add(v->ct, v->cap[r], strlen(v->cap[r]))) < 0)
			return diag_nomem(d, s->t.name);
		if ((size_t)k != r)
			return diag_set(d, s->t.name, s->t.rows[r].line,
			    "capability '%s' twice in a gap summary (first on "
			    "line %lu)", v->cap[r], s->t.rows[k].line);
	}
	v->n = s->t.nrows;
	return 0;
}

void
gview_free(struct gview *v)
{
	if (v == NULL)
		return;
	free(v->cap);
	free(v->cur);
	free(v->tgt);
	strtab_free(v->ct);
	free(v);
}

/* The target of capability code in v, or -1. */
int
gview_target(const struct gview *v, const char *code)
{
	long k;

	if (v == NULL || (k = strtab_find(v->ct, code, strlen(code))) < 0)
		return -1;
	return v->tgt[k];
}
