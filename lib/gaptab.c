/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * gaptab.c: isac-gap's tables written to an output handle: the items
 * missing for a target, the levels now and aimed at, and what changed
 * between two periods, each declared in tables.c.  A row carries the
 * strictest TLP label of the answers (and the target) it was made from.
 * A capability with no level (score.c) has an empty level cell.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isac.h"

static void
answer_out(struct out *w, const struct gapw *g, size_t p, size_t q)
{
	out_field(w, answer_word(consensus(tally_votes(g->t, p, q), g->rule),
	    g->lang));
}

/* The strictest label of capability c: its answers in p, its target. */
static int
cap_label(const struct gapw *g, size_t p, size_t c)
{
	int l = tally_cap_label(g->t, p, c);

	return g->tlabel != NULL ? tlp_max(l, g->tlabel[c]) : l;
}

/* Is anything labelled: the answers' column, or a target's row? */
static int
labelled(const struct gapw *g)
{
	size_t c;

	if (tally_labelled(g->t))
		return 1;
	for (c = 0; g->tlabel != NULL && c < g->m->ncap; c++)
		if (g->tlabel[c] != TLP_NONE)
			return 1;
	return 0;
}

/*
 * The items to become yes in period p for the targets tgt, in the
 * model's order; 1 if any, -1 when out of memory.
 */
int
gaptab_items(struct out *w, const struct gapw *g, size_t p, const int *tgt)
{
	const struct model *m = g->m;
	const struct question *q;
	struct strbuf note;
	size_t *ids, n, k;
	int notes = tally_has_notes(g->t), lab = labelled(g), rc = 0;

	if ((ids = calloc(m->nq + 1, sizeof(*ids))) == NULL)
		return -1;
	sb_init(&note);
	n = gap_items(m, g->t, p, g->rule, tgt, ids);
	tab_header(w, TK_GAP, (notes ? tab_with(TK_GAP, "note") : 0) |
	    (tally_has_periods(g->t) ? tab_with(TK_GAP, "period") : 0), 0,
	    lab);
	for (k = 0; k < n && !sb_failed(&note); k++) {
		q = &m->q[ids[k]];
		if (tally_has_periods(g->t))
			out_field(w, tally_period(g->t, p));
		out_field(w, m->cap[q->cap].code);
		out_num(w, (unsigned long)q->level);
		out_field(w, q->id);
		answer_out(w, g, p, ids[k]);
		out_field(w, q->text);
		if (notes) {
			tally_note(g->t, p, ids[k], &note);
			out_fieldn(w, sb_str(&note), note.len);
			sb_reset(&note);
		}
		tab_tlp(w, lab, tlp_max(tally_label(g->t, p, ids[k]),
		    g->tlabel != NULL ? g->tlabel[q->cap] : TLP_NONE));
		out_end(w);
	}
	rc = sb_failed(&note) ? -1 : n > 0;
	sb_free(&note);
	free(ids);
	return rc;
}

/* A level, or an empty cell for none (SCORE_NOLEVEL: every question n/a). */
static void
level_out(struct out *w, int level)
{
	if (level < 0)
		out_field(w, "");
	else
		out_num(w, (unsigned long)level);
}

/*
 * What each level means that the items of period p miss for the targets
 * tgt: the guide's features, tools and points for attention (guide.c),
 * a capability's rows with its label; 1 if any, -1 when out of memory.
 */
int
gaptab_explain(struct out *w, const struct gapw *g, const struct guide *gd,
    size_t p, const int *tgt)
{
	const struct model *m = g->m;
	size_t *ids, n, k, c;
	unsigned *pick;
	int *label, rc;

	ids = calloc(m->nq + 1, sizeof(*ids));
	pick = calloc(m->ncap + 1, sizeof(*pick));
	label = calloc(m->ncap + 1, sizeof(*label));
	if (ids == NULL || pick == NULL || label == NULL) {
		rc = -1;
		goto out;
	}
	n = gap_items(m, g->t, p, g->rule, tgt, ids);
	for (k = 0; k < n; k++)
		pick[m->q[ids[k]].cap] |= 1u << m->q[ids[k]].level;
	for (c = 0; c < m->ncap; c++)
		label[c] = cap_label(g, p, c);
	guide_write(w, gd, m, pick, labelled(g) ? label : NULL, 0, g->lang);
	rc = n > 0;
out:
	free(ids);
	free(pick);
	free(label);
	return rc;
}

/*
 * The level now and aimed at per capability; 1 if any falls short.  A
 * capability with no level has a gap of 0: its questions are all n/a,
 * and so met (score_met), whatever its target.
 */
int
gaptab_summary(struct out *w, const struct gapw *g, size_t p,
    const struct capscore *sc, const int *tgt)
{
	const struct model *m = g->m;
	size_t c;
	int d, lab = labelled(g), any = 0;

	tab_header(w, TK_GAPSUM, tally_has_periods(g->t) ?
	    tab_with(TK_GAPSUM, "period") : 0, 0, lab);
	for (c = 0; c < m->ncap; c++) {
		/* no level: every question n/a, so none to become yes */
		d = sc[c].level == SCORE_NOLEVEL ? 0 : tgt[c] - sc[c].level;
		if (tally_has_periods(g->t))
			out_field(w, tally_period(g->t, p));
		out_field(w, m->cap[c].code);
		level_out(w, sc[c].level);
		level_out(w, tgt[c]);
		out_num(w, d > 0 ? (unsigned long)d : 0);
		tab_tlp(w, lab, cap_label(g, p, c));
		out_end(w);
		any |= d > 0;
	}
	return any;
}

/* The answers that differ between periods pf and pt; 1 if any. */
int
gaptab_changes(struct out *w, const struct gapw *g, size_t pf, size_t pt)
{
	const struct model *m = g->m;
	size_t q;
	int lab = labelled(g), changed = 0;

	tab_header(w, TK_CHANGES, 0, 0, lab);
	for (q = 0; q < m->nq; q++) {
		if (consensus(tally_votes(g->t, pf, q), g->rule) ==
		    consensus(tally_votes(g->t, pt, q), g->rule))
			continue;
		out_field(w, m->cap[m->q[q].cap].code);
		out_num(w, (unsigned long)m->q[q].level);
		out_field(w, m->q[q].id);
		answer_out(w, g, pf, q);
		answer_out(w, g, pt, q);
		out_field(w, m->q[q].text);
		tab_tlp(w, lab, tlp_max(tally_label(g->t, pf, q),
		    tally_label(g->t, pt, q)));
		out_end(w);
		changed = 1;
	}
	return changed;
}

/*
 * The level of each capability in periods pf and pt, and the change as
 * a signed number; 1 if any changed, -1 when out of memory.
 */
int
gaptab_changesum(struct out *w, const struct gapw *g, size_t pf, size_t pt)
{
	const struct model *m = g->m;
	struct capscore *a, *b;
	char sign[16];
	size_t c;
	int dl, lab = labelled(g), changed = 0;

	a = calloc(m->ncap, sizeof(*a));
	b = calloc(m->ncap, sizeof(*b));
	if (a == NULL || b == NULL) {
		free(a);
		free(b);
		return -1;
	}
	score_period(m, g->t, pf, g->rule, a);
	score_period(m, g->t, pt, g->rule, b);
	tab_header(w, TK_CHANGESUM, 0, 0, lab);
	for (c = 0; c < m->ncap; c++) {
		dl = b[c].level - a[c].level;
		if (a[c].level == SCORE_NOLEVEL || b[c].level == SCORE_NOLEVEL)
			sign[0] = '\0';	/* no number to subtract */
		else
			snprintf(sign, sizeof(sign), "%s%d", dl > 0 ? "+" : "",
			    dl);
		out_field(w, m->cap[c].code);
		level_out(w, a[c].level);
		level_out(w, b[c].level);
		out_field(w, sign);
		tab_tlp(w, lab, tlp_max(cap_label(g, pf, c),
		    cap_label(g, pt, c)));
		out_end(w);
		changed |= dl != 0;
	}
	free(a);
	free(b);
	return changed;
}
