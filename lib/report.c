/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * report.c: isac-score's tables written to an output handle: the blank
 * (or re-assessment) checklist, the scores, the disagreements.  What
 * they hold is the model's and the tally's; their columns are declared
 * in tables.c.  Each row carries the strictest TLP label of the answers
 * it was made from, in a last tlp column when any answers had one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/* Writes b as a field and empties it: a failed buffer is out of memory. */
static int
sb_field(struct out *w, struct strbuf *b)
{
	if (sb_failed(b))
		return -1;
	out_fieldn(w, sb_str(b), b->len);
	sb_reset(b);
	return 0;
}

/*
 * Last year's answer to question q and its note, and the check that lets
 * a reader tell them from what a member typed there (tally_check).
 */
static int
previous(struct out *w, const struct tally *prev, size_t p, size_t q,
    enum consensus rule, const char *lang, struct strbuf *note)
{
	char a[TALLY_CHECK], n[TALLY_CHECK];
	const char *word;
	int rc;

	word = answer_word(consensus(tally_votes(prev, p, q), rule), lang);
	out_field(w, word);
	tally_note(prev, p, q, note);
	tally_check(word, strlen(word), a);
	tally_check(sb_str(note), note->len, n);
	rc = sb_field(w, note);
	sb_printf(note, "%s %s", a, n);
	if (sb_field(w, note) == -1)
		rc = -1;
	return rc;
}

/*
 * The blank checklist in the model's order, with empty answer,
 * respondent and note columns to fill in; with previous answers (may be
 * NULL), the latest period's consensus answer in lang's words and its
 * notes beside them.  -1 when out of memory.
 */
int
report_template(struct out *w, const struct model *m,
    const struct tally *prev, enum consensus rule, const char *lang)
{
	size_t i, last = prev ? tally_nperiods(prev) - 1 : 0;
	int labelled = prev != NULL && tally_labelled(prev), rc = 0;
	struct strbuf note;

	sb_init(&note);
	tab_header(w, TK_TEMPLATE, tab_with(TK_TEMPLATE, "respondent") |
	    tab_with(TK_TEMPLATE, "note") | (prev == NULL ? 0 :
	    tab_with(TK_TEMPLATE, "previous") |
	    tab_with(TK_TEMPLATE, "previous_note") |
	    tab_with(TK_TEMPLATE, "previous_check")), 0, labelled);
	for (i = 0; i < m->nq && rc == 0; i++) {
		out_field(w, m->q[i].id);
		out_field(w, m->cap[m->q[i].cap].code);
		out_num(w, (unsigned long)m->q[i].level);
		out_field(w, m->q[i].text);
		out_field(w, "");	/* answer */
		out_field(w, "");	/* respondent */
		out_field(w, "");	/* note */
		if (prev != NULL)
			rc = previous(w, prev, last, i, rule, lang, &note);
		tab_tlp(w, labelled, prev != NULL ? tally_label(prev, last, i) :
		    TLP_NONE);
		out_end(w);
	}
	sb_free(&note);
	return rc;
}

/* The ids that keep capability c from the level above the one it has. */
static int
missing(struct out *w, const struct model *m, const struct tally *t,
    size_t p, enum consensus rule, size_t c, int level, size_t *ids)
{
	struct strbuf b;
	size_t n = 0, k;
	int rc;

	if (level != SCORE_NOLEVEL && level < m->cap[c].top)
		n = score_missing(m, t, p, rule, c, level + 1, ids);
	sb_init(&b);
	for (k = 0; k < n; k++) {
		if (k > 0)
			sb_addc(&b, ' ');
		sb_add(&b, m->q[ids[k]].id);
	}
	rc = sb_field(w, &b);
	sb_free(&b);
	return rc;
}

/*
 * A row per capability per period: the level and the counts behind it,
 * and with explain the ids missing for the next level.  -1 when out of
 * memory.
 */
int
report_scores(struct out *w, const struct model *m, const struct tally *t,
    enum consensus rule, int explain)
{
	struct capscore *sc;
	size_t p, c, *ids;
	int l, rc = 0, labelled = tally_labelled(t);

	sc = calloc(m->ncap, sizeof(*sc));
	ids = calloc(m->nq, sizeof(*ids));
	if (sc == NULL || ids == NULL) {
		free(sc);
		free(ids);
		return -1;
	}
	tab_header(w, TK_SCORE, (tally_has_periods(t) ?
	    tab_with(TK_SCORE, "period") : 0) |
	    (explain ? tab_with(TK_SCORE, "missing") : 0), m->nlevels,
	    labelled);
	for (p = 0; p < tally_nperiods(t) && rc == 0; p++) {
		score_period(m, t, p, rule, sc);
		for (c = 0; c < m->ncap && rc == 0; c++) {
			if (tally_has_periods(t))
				out_field(w, tally_period(t, p));
			out_field(w, m->cap[c].code);
			if (sc[c].level == SCORE_NOLEVEL)
				out_field(w, "");	/* all n/a: no level */
			else
				out_num(w, (unsigned long)sc[c].level);
			for (l = 1; l <= m->nlevels; l++) {
				out_num(w, sc[c].yes[l]);
				out_num(w, sc[c].applicable[l]);
			}
			out_num(w, sc[c].unanswered);
			if (explain)
				rc = missing(w, m, t, p, rule, c, sc[c].level,
				    ids);
			tab_tlp(w, labelled, tally_cap_label(t, p, c));
			out_end(w);
		}
	}
	free(ids);
	free(sc);
	return rc;
}

/*
 * The questions answered differently, with the counts and the notes.
 * -1 when out of memory.
 */
int
report_disagreements(struct out *w, const struct model *m,
    const struct tally *t)
{
	const unsigned long *v;
	struct strbuf note;
	size_t p, q;
	int a, rc = 0, labelled = tally_labelled(t);

	sb_init(&note);
	tab_header(w, TK_DISAGREE, (tally_has_periods(t) ?
	    tab_with(TK_DISAGREE, "period") : 0) |
	    tab_with(TK_DISAGREE, "notes"), 0, labelled);
	for (p = 0; p < tally_nperiods(t) && rc == 0; p++)
		for (q = 0; q < m->nq && rc == 0; q++) {
			v = tally_votes(t, p, q);
			if (!score_disputed(v))
				continue;
			if (tally_has_periods(t))
				out_field(w, tally_period(t, p));
			out_field(w, m->q[q].id);
			for (a = ANS_YES; a < ANS_N; a++)
				out_num(w, v[a]);
			out_num(w, tally_unanswered(t, p, q));
			out_field(w, m->q[q].text);
			tally_note(t, p, q, &note);
			rc = sb_field(w, &note);
			tab_tlp(w, labelled, tally_label(t, p, q));
			out_end(w);
		}
	sb_free(&note);
	return rc;
}
