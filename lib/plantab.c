/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * plantab.c: isac-plan's tables written to an output handle: the
 * development plan, and the phase plan of a new ISAC, each declared in
 * tables.c.  A step keeps the strictest TLP label of its gap row, its
 * row in the previous plan and the roster row of its owner.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isac.h"

void
plan_free(struct plan *p)
{
	table_free(&p->gap);
	table_free(&p->roster);
	table_free(&p->prev);
	table_free(&p->actions);
	owners_free(&p->own);
	free(p->it);
	free(p->rank);
	free(p->act);
	guide_free(p->g);
	model_free(&p->m);
}

static void
day_field(struct out *w, long day)
{
	char buf[11];

	date_format(day, buf);
	out_field(w, buf);
}

/* The owner of item it, and the label that comes with it. */
static int
owner_field(struct out *w, const struct plan *p, const struct planitem *it)
{
	size_t k;

	if (it->owner != NULL) {
		out_fieldn(w, it->owner, it->ownerlen);
		return TLP_NONE;
	}
	if (p->own.n == 0) {
		out_field(w, "");
		return TLP_NONE;
	}
	k = (size_t)p->rank[p->m.q[it->q].cap] % p->own.n;
	out_fieldn(w, p->own.name[k], p->own.len[k]);
	return p->own.label[k];
}

/*
 * The plan, a row per item in plan order; with a start day (>= 0), each
 * step's dates, months long.  -1 when out of memory.
 */
int
plantab_write(struct out *w, const struct plan *p, long start, int months,
    const char *lang)
{
	const struct planitem *it;
	const struct question *q;
	struct strbuf b;
	size_t i;
	int label, lab = p->labelled || p->own.labelled, rc;

	sb_init(&b);
	tab_header(w, TK_PLAN, (start >= 0 ? tab_with(TK_PLAN, "start") |
	    tab_with(TK_PLAN, "end") : 0) |
	    (p->hasnote ? tab_with(TK_PLAN, "note") : 0), 0, lab);
	for (i = 0; i < p->n && !sb_failed(&b); i++) {
		it = &p->it[i];
		q = &p->m.q[it->q];
		out_num(w, (unsigned long)it->step);
		out_field(w, p->m.cap[q->cap].code);
		out_num(w, (unsigned long)q->level);
		out_num(w, (unsigned long)it->reaches);
		out_field(w, q->id);
		out_field(w, p->act[it->q] ? p->act[it->q] : q->text);
		plan_guidance(p->g, p->m.cap[q->cap].code, q->level, &b);
		out_fieldn(w, sb_str(&b), b.len);
		sb_reset(&b);
		label = tlp_max(it->label, owner_field(w, p, it));
		out_field(w, plan_status_word(it->status, lang));
		if (start >= 0) {
			day_field(w, it->start >= 0 ? it->start :
			    date_add_months(start, (it->step - 1) * months));
			day_field(w, it->end >= 0 ? it->end :
			    date_add_months(start, it->step * months) - 1);
		}
		if (p->hasnote)
			out_fieldn(w, it->note ? it->note : "", it->notelen);
		tab_tlp(w, lab, label);
		out_end(w);
	}
	rc = sb_failed(&b) ? -1 : 0;
	sb_free(&b);
	return rc;
}

/*
 * What each level of the plan's steps means (guide.c), a capability's
 * rows with the strictest label of its steps.  -1 when out of memory.
 */
int
plantab_explain(struct out *w, const struct plan *p, const char *lang)
{
	const struct question *q;
	unsigned *pick;
	int *label;
	size_t i;

	pick = calloc(p->m.ncap + 1, sizeof(*pick));
	label = calloc(p->m.ncap + 1, sizeof(*label));
	if (pick == NULL || label == NULL) {
		free(pick);
		free(label);
		return -1;
	}
	for (i = 0; i < p->m.ncap; i++)
		label[i] = TLP_NONE;
	for (i = 0; i < p->n; i++) {
		q = &p->m.q[p->it[i].q];
		pick[q->cap] |= 1u << q->level;
		label[q->cap] = tlp_max(label[q->cap], p->it[i].label);
	}
	guide_write(w, p->g, &p->m, pick, p->labelled ? label : NULL, 0,
	    lang);
	free(pick);
	free(label);
	return 0;
}

/*
 * The phase plan in table t (phase, step, action, guidance), as the
 * bundled template has it.
 */
int
plantab_phases(struct out *w, const struct table *t, struct diag *d)
{
	const char *s;
	size_t i, k, len;
	int col[4];

	for (k = 0; k < 4; k++)
		if (table_need(t, tab_decl(TK_PHASES)->col[k].name, &col[k],
		    d) == -1)
			return -1;
	tab_header(w, TK_PHASES, 0, 0, 0);
	for (i = 0; i < t->nrows; i++) {
		for (k = 0; k < 4; k++) {
			s = table_value(t, i, col[k], &len);
			out_fieldn(w, s, len);
		}
		out_end(w);
	}
	return 0;
}
