/*
 * report.c: isac-score's tables written to an output handle: the blank
 * (or re-assessment) checklist, the scores, the disagreements.  What
 * they hold is the model's and the tally's; here is only their shape,
 * so that another program can write the same table.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isac.h"

#define NOTE_MAX 4096

/*
 * The blank checklist in the model's order; with previous answers (may
 * be NULL), the latest period's consensus answer in lang's words and its
 * notes beside the empty answer.
 */
void
report_template(struct out *w, const struct model *m,
    const struct tally *prev, enum consensus rule, const char *lang)
{
	size_t i, last = prev ? tally_nperiods(prev) - 1 : 0;
	char note[NOTE_MAX];

	out_field(w, "id");
	out_field(w, "capability");
	out_field(w, "level");
	out_field(w, "question");
	out_field(w, "answer");
	if (prev != NULL) {
		out_field(w, "previous");
		out_field(w, "previous_note");
	}
	out_end(w);
	for (i = 0; i < m->nq; i++) {
		out_field(w, m->q[i].id);
		out_field(w, m->cap[m->q[i].cap].code);
		out_num(w, (unsigned long)m->q[i].level);
		out_field(w, m->q[i].text);
		out_field(w, "");
		if (prev != NULL) {
			out_field(w, answer_word(consensus(tally_votes(prev,
			    last, i), rule), lang));
			tally_note(prev, last, i, note, sizeof(note));
			out_field(w, note);
		}
		out_end(w);
	}
}

static void
score_header(struct out *w, const struct model *m, const struct tally *t,
    int explain)
{
	char name[32];
	int l;

	if (tally_has_periods(t))
		out_field(w, "period");
	out_field(w, "capability");
	out_field(w, "level");
	for (l = 1; l <= m->nlevels; l++) {
		snprintf(name, sizeof(name), "yes_%d", l);
		out_field(w, name);
		snprintf(name, sizeof(name), "applicable_%d", l);
		out_field(w, name);
	}
	out_field(w, "unanswered");
	if (explain)
		out_field(w, "missing");
	out_end(w);
}

/* The ids that keep capability c from the level above the one it has. */
static void
missing(struct out *w, const struct model *m, const struct tally *t,
    size_t p, enum consensus rule, size_t c, int level, size_t *ids)
{
	char buf[NOTE_MAX];
	size_t n = 0, k, used = 0;

	if (level < m->cap[c].top)
		n = score_missing(m, t, p, rule, c, level + 1, ids);
	buf[0] = '\0';
	for (k = 0; k < n && used < sizeof(buf); k++)
		used += (size_t)snprintf(buf + used, sizeof(buf) - used,
		    "%s%s", k ? " " : "", m->q[ids[k]].id);
	out_field(w, buf);
}

/*
 * A row per capability per period: the level and the counts behind it,
 * and with explain the ids missing for the next level.  -1 when out of
 * memory, before anything is written.
 */
int
report_scores(struct out *w, const struct model *m, const struct tally *t,
    enum consensus rule, int explain)
{
	struct capscore *sc;
	size_t p, c, *ids;
	int l;

	sc = calloc(m->ncap, sizeof(*sc));
	ids = calloc(m->nq, sizeof(*ids));
	if (sc == NULL || ids == NULL) {
		free(sc);
		free(ids);
		return -1;
	}
	score_header(w, m, t, explain);
	for (p = 0; p < tally_nperiods(t); p++) {
		score_period(m, t, p, rule, sc);
		for (c = 0; c < m->ncap; c++) {
			if (tally_has_periods(t))
				out_field(w, tally_period(t, p));
			out_field(w, m->cap[c].code);
			out_num(w, (unsigned long)sc[c].level);
			for (l = 1; l <= m->nlevels; l++) {
				out_num(w, sc[c].yes[l]);
				out_num(w, sc[c].applicable[l]);
			}
			out_num(w, sc[c].unanswered);
			if (explain)
				missing(w, m, t, p, rule, c, sc[c].level, ids);
			out_end(w);
		}
	}
	free(ids);
	free(sc);
	return 0;
}

/* The questions answered differently, with the counts and the notes. */
void
report_disagreements(struct out *w, const struct model *m,
    const struct tally *t)
{
	const unsigned long *v;
	char note[NOTE_MAX];
	size_t p, q;
	int a;

	if (tally_has_periods(t))
		out_field(w, "period");
	out_field(w, "id");
	for (a = ANS_YES; a < ANS_N; a++)
		out_field(w, answer_name(a));
	out_field(w, "unanswered");
	out_field(w, "question");
	out_field(w, "notes");
	out_end(w);
	for (p = 0; p < tally_nperiods(t); p++)
		for (q = 0; q < m->nq; q++) {
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
			tally_note(t, p, q, note, sizeof(note));
			out_field(w, note);
			out_end(w);
		}
}
