/*
 * score.c: levels per capability by the guide's top-down rule.
 *
 * Level L is reached when every applicable question of levels 1 to L is
 * answered yes.  A question answered n/a is left out ("only the ISAC
 * itself can determine whether those questions are necessary"), so a
 * level whose questions are all n/a does not hold a capability back.
 * Partial is not yes, and an unanswered question counts as not met.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

void
score_period(const struct model *m, const struct tally *t, size_t period,
    enum consensus rule, struct capscore *out)
{
	size_t i, c;
	int l;

	memset(out, 0, m->ncap * sizeof(*out));
	for (i = 0; i < m->nq; i++) {
		const struct question *q = &m->q[i];
		enum answer a = consensus(tally_votes(t, period, i), rule);

		if (a == ANS_NA)
			continue;
		out[q->cap].applicable[q->level]++;
		if (a == ANS_YES)
			out[q->cap].yes[q->level]++;
		else if (a == ANS_NONE)
			out[q->cap].unanswered++;
	}
	for (c = 0; c < m->ncap; c++) {
		for (l = 1; l <= m->nlevels; l++)
			if (out[c].yes[l] < out[c].applicable[l])
				break;
		out[c].level = l - 1;
	}
}

/*
 * Composes the warning about the questions nobody answered in a period
 * and returns how many there are.
 */
size_t
score_unanswered(const struct model *m, const struct tally *t,
    size_t period, struct diag *w)
{
	size_t i, n = 0, more = 0, used = 0, room = sizeof(w->text) - 32;

	if (tally_has_periods(t))
		used = (size_t)snprintf(w->text, sizeof(w->text), "period "
		    "'%.64s': ", tally_period(t, period));
	used += (size_t)snprintf(w->text + used, sizeof(w->text) - used,
	    "unanswered, counted as not met:");
	for (i = 0; i < m->nq; i++) {
		if (consensus(tally_votes(t, period, i), CONS_MAJORITY) !=
		    ANS_NONE)
			continue;
		n++;
		if (more == 0 && used + strlen(m->q[i].id) + 1 < room)
			used += (size_t)snprintf(w->text + used,
			    sizeof(w->text) - used, " %s", m->q[i].id);
		else
			more++;
	}
	if (more > 0)
		snprintf(w->text + used, sizeof(w->text) - used,
		    " and %zu more", more);
	return n;
}

/* Do the answers given differ?  Unanswered is not an answer. */
int
score_disputed(const unsigned long v[ANS_N])
{
	int kinds = 0, a;

	for (a = ANS_YES; a < ANS_N; a++)
		if (v[a] > 0)
			kinds++;
	return kinds > 1;
}
