/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * score.c: levels per capability, by the toolkit's reading of the guide.
 *
 * The guide gives the checklist and the levels but no formula: the rule
 * here is the toolkit's.  Level L is reached when every applicable
 * question of levels 1 to L is answered yes (top-down: a level counts
 * only on top of the ones below it).  A question answered n/a is left
 * out ("only the ISAC itself can determine whether those questions are
 * necessary"), so a level whose questions are all n/a does not hold a
 * capability back.  Partial is not yes, and an unanswered question
 * counts as not met.  A capability climbs no higher than its own top
 * level, whatever the model's.
 *
 * A capability every one of whose questions is n/a has no level
 * (SCORE_NOLEVEL): the ISAC found none of it applicable, which says
 * nothing about how far it got, so it is not given the top level.
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
		unsigned long any = 0;

		for (l = 1; l <= m->cap[c].top; l++)
			any += out[c].applicable[l];
		for (l = 1; l <= m->cap[c].top; l++)
			if (out[c].yes[l] < out[c].applicable[l])
				break;
		out[c].level = any > 0 ? l - 1 : SCORE_NOLEVEL;
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
		used = (size_t)snprintf(w->text, sizeof(w->text), _("period "
		    "'%.64s': "), tally_period(t, period));
	used += (size_t)snprintf(w->text + used, sizeof(w->text) - used,
	    "%s", _("unanswered, counted as not met:"));
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
		    _(" and %zu more"), more);
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

/* Does this consensus answer meet its question?  Yes does; so does n/a. */
int
score_met(enum answer a)
{
	return a == ANS_YES || a == ANS_NA;
}

/*
 * The questions of capability cap at level that are not met in period p,
 * in model order, into out (room for the model's questions); how many.
 * Why a capability stops below that level.
 */
size_t
score_missing(const struct model *m, const struct tally *t, size_t p,
    enum consensus rule, size_t cap, int level, size_t *out)
{
	size_t i, n = 0;

	for (i = 0; i < m->nq; i++)
		if (m->q[i].cap == cap && m->q[i].level == level &&
		    !score_met(consensus(tally_votes(t, p, i), rule)))
			out[n++] = i;
	return n;
}

/*
 * Is an evaluation overdue?  The NCSC advises one every two years ("Plan
 * elke 2 jaar een evaluatie").  It is due two years after the end of
 * the last period (date_period_end: a date, a month, a quarter, a half
 * year, else the year it starts with), since the evaluation was some
 * time in it.  1 overdue, 0 not, -1 when the period says no date.
 */
int
score_overdue(const char *period, long today)
{
	long day;

	if (date_period_end(period, &day) == -1)
		return -1;
	return date_add_months(day, 24) < today;
}
