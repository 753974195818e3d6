/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * respond.c: the respondents of the answers beside the roster.
 *
 * The guide advises to go through the checklist "met alle deelnemers"
 * (with all participants).  Who is still to return it is the roster
 * against the respondents of a period; how complete each return is, is
 * its answered questions against the model's.  The toolkit's reading:
 * an organisation returns the checklist, through a respondent that names
 * it or names one of its people; its representatives are who to remind
 * when it has not.
 *
 * A respondent is the same as a roster name when their folded keys are
 * equal (fold.c: Unicode full case folding, NFC), nothing else: case
 * and the bytes of an accent do not matter, a hyphen, a space or a
 * letter does.  "Drinkwater zuid" is "Drinkwater Zuid"; "Drinkwater-
 * Zuid" is not, and is a warning that names the roster name it
 * resembles: the same letters and digits once all else is left out, or
 * at most two characters added, left out or changed.  A respondent is
 * first an organisation's name, then a person's; a person's name found
 * in two organisations is ambiguous and a warning too.  Whatever does
 * not match is shown as such, never counted as a return.
 *
 * Who answered what, per question the respondents disagree on, is the
 * tally's byte per respondent and question (tally.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "isac.h"

/* Names longer than this (in characters) are not compared for likeness. */
#define LIKE_MAX	200

/* A respondent of the period, as matched. */
struct resp {
	size_t		 pair;		/* in the tally */
	long		 org;		/* roster organisation, or -1 */
	long		 row;		/* roster row of a person, or -1 */
	unsigned long	 answered;
	int		 tlp;		/* the strictest of its rows */
};

/* A folded name as code points: a key, or only its letters and digits. */
static uint32_t *
codes(const char *s, int loose, size_t *n)
{
	uint32_t *u;
	size_t klen, i, k = 0;
	char *key;

	if ((key = fold_name(s, strlen(s), &klen)) == NULL)
		return NULL;
	u = u8_to_u32((const uint8_t *)key, klen, NULL, n);
	free(key);
	if (u == NULL || !loose)
		return u;
	for (i = 0; i < *n; i++)
		if (uc_is_alnum(u[i]))
			u[k++] = u[i];
	*n = k;
	return u;
}

/*
 * The edit distance of a and b, or 3 for anything above 2: names that
 * resemble are near, and the rest need not be measured.
 */
static size_t
distance(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t prev[LIKE_MAX + 1], cur[LIKE_MAX + 1], i, j, best, c;

	if (na > LIKE_MAX || nb > LIKE_MAX || (na > nb ? na - nb : nb - na) > 2)
		return 3;
	for (j = 0; j <= nb; j++)
		prev[j] = j;
	for (i = 1; i <= na; i++) {
		cur[0] = i;
		best = i;
		for (j = 1; j <= nb; j++) {
			c = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < c)
				c = prev[j] + 1;
			if (cur[j - 1] + 1 < c)
				c = cur[j - 1] + 1;
			cur[j] = c;
			if (c < best)
				best = c;
		}
		if (best > 2)
			return 3;
		memcpy(prev, cur, (nb + 1) * sizeof(*prev));
	}
	return prev[nb] > 2 ? 3 : prev[nb];
}

/*
 * How like name is to who (whose folded and loose codes are given):
 * 0 the same letters and digits, 1 or 2 characters apart, 3 not alike;
 * -1 when out of memory.
 */
static int
likeness(const char *name, const uint32_t *fw, size_t nfw,
    const uint32_t *lw, size_t nlw)
{
	uint32_t *u;
	size_t n, dist;

	if ((u = codes(name, 1, &n)) == NULL)
		return -1;
	dist = n > 0 && n == nlw && memcmp(u, lw, n * sizeof(*u)) == 0 ? 0 : 3;
	free(u);
	if (dist == 0)
		return 0;
	if ((u = codes(name, 0, &n)) == NULL)
		return -1;
	dist = distance(u, n, fw, nfw);
	free(u);
	return (int)dist;
}

/*
 * The roster name who is most like, the first of the likest, in *like
 * (NULL when none is), with its line; -1 when out of memory.
 */
static int
resembles(const struct roster *r, const char *who, const char **like,
    unsigned long *line)
{
	uint32_t *fw, *lw;
	size_t nfw, nlw, i;
	int best = 3, k, rc = 0;
	const char *name;

	*like = NULL;
	fw = codes(who, 0, &nfw);
	lw = codes(who, 1, &nlw);
	for (i = 0; fw != NULL && lw != NULL && i < 2 * r->n && best > 0;
	    i++) {
		/* the organisations first, then the people */
		name = i < r->n ? r->m[i].org : r->m[i - r->n].name;
		if ((k = likeness(name, fw, nfw, lw, nlw)) == -1)
			break;
		if (k < best) {
			best = k;
			*like = name;
			*line = r->m[i % r->n].line;
		}
	}
	if (fw == NULL || lw == NULL || (i < 2 * r->n && best > 0))
		rc = -1;
	free(fw);
	free(lw);
	return rc;
}

/*
 * The person called who: the organisation, and the row in *row; -1 for
 * none, -2 when out of memory, -3 when people of two organisations are
 * called so (the second in *other).
 */
static long
person(const struct roster *r, const char *who, long *row, long *other)
{
	long org = -1, k;
	size_t o;

	for (o = 0; o < r->norg; o++) {
		if ((k = roster_person_find(r, o, who, strlen(who))) == -2)
			return -2;
		if (k < 0)
			continue;
		if (org >= 0) {
			*other = (long)o;
			return -3;
		}
		org = (long)o;
		*row = k;
	}
	return org;
}

/* A warning, a line of warn. */
static void
warn_add(struct strbuf *warn, const struct diag *w)
{
	sb_add(warn, w->text);
	sb_addc(warn, '\n');
}

/* A respondent not on the roster: a warning, with what it resembles. */
static int
unknown(const struct roster *r, const struct tally *t, const struct resp *x,
    struct strbuf *warn)
{
	const char *who = tally_pair_who(t, x->pair), *file, *like;
	unsigned long line, rline = 0;
	struct diag w;

	tally_pair_where(t, x->pair, &file, &line);
	if (resembles(r, who, &like, &rline) == -1)
		return -1;
	if (like != NULL)
		diag_set(&w, file, line, "respondent '%s' is not on the "
		    "roster, not counted as a return: it resembles '%s' "
		    "(%s:%lu)", who, like, r->t.name, rline);
	else
		diag_set(&w, file, line, "respondent '%s' is not on the "
		    "roster, not counted as a return", who);
	warn_add(warn, &w);
	return 0;
}

/*
 * A respondent the roster knows by another spelling (Drinkwater zuid for
 * Drinkwater Zuid): matched, but a warning, for isac-score counts each
 * spelling as a respondent of its own.
 */
static void
spelt(const struct roster *r, const struct tally *t, const struct resp *x,
    const char *as, struct strbuf *warn)
{
	const char *who = tally_pair_who(t, x->pair), *file;
	unsigned long line;
	struct diag w;

	if (strcmp(who, as) == 0)
		return;
	tally_pair_where(t, x->pair, &file, &line);
	diag_set(&w, file, line, "respondent '%s' is written '%s' on the "
	    "roster (%s): isac-score counts each spelling as a respondent of "
	    "its own", who, as, r->t.name);
	warn_add(warn, &w);
}

/* Matches respondent x to the roster; -1 when out of memory. */
static int
match(const struct roster *r, const struct tally *t, struct resp *x,
    struct strbuf *warn)
{
	const char *who = tally_pair_who(t, x->pair), *file;
	unsigned long line;
	struct diag w;
	long other = -1;

	x->row = -1;
	if ((x->org = roster_org_find(r, who, strlen(who))) == -2)
		return -1;
	if (x->org >= 0) {
		spelt(r, t, x, r->org[x->org].name, warn);
		return 0;
	}
	if ((x->org = person(r, who, &x->row, &other)) == -2)
		return -1;
	if (x->org >= 0) {
		spelt(r, t, x, r->m[x->row].name, warn);
		return 0;
	}
	if (x->org == -1)
		return unknown(r, t, x, warn);
	tally_pair_where(t, x->pair, &file, &line);
	diag_set(&w, file, line, "respondent '%s' names people of two "
	    "organisations, '%s' and '%s': not counted as a return", who,
	    r->org[r->m[x->row].org_i].name, r->org[other].name);
	x->org = x->row = -1;
	warn_add(warn, &w);
	return 0;
}

/* The respondents of period p, matched, answered counted. */
static struct resp *
respondents(const struct roster *r, const struct model *m,
    const struct tally *t, size_t p, size_t *n, struct strbuf *warn)
{
	struct resp *x;
	size_t q, cap = 0;
	long k = -1;
	int a, l;

	for (*n = 0; (k = tally_pair_next(t, p, k)) >= 0; )
		cap++;
	if ((x = calloc(cap ? cap : 1, sizeof(*x))) == NULL)
		return NULL;
	while ((k = tally_pair_next(t, p, k)) >= 0) {
		x[*n].pair = (size_t)k;
		x[*n].tlp = TLP_NONE;
		for (q = 0; q < m->nq; q++) {
			a = tally_pair_answer(t, (size_t)k, q, &l);
			if (a > ANS_NONE)
				x[*n].answered++;
			x[*n].tlp = tlp_max(x[*n].tlp, l);
		}
		if (match(r, t, &x[*n], warn) == -1) {
			free(x);
			return NULL;
		}
		(*n)++;
	}
	return x;
}

/* One row of the returns table. */
static void
row(struct out *w, const struct tally *t, size_t p, const char *org,
    const char *name, const char *who, unsigned long answered,
    unsigned long nq, int ret, int labelled, int tlp)
{
	if (tally_has_periods(t))
		out_field(w, tally_period(t, p));
	out_field(w, org);
	out_field(w, name);
	out_field(w, who);
	out_num(w, answered);
	out_num(w, nq - answered);
	out_field(w, vocab_word(VW_RETURN, ret, 0));
	tab_tlp(w, labelled, tlp);
	out_end(w);
}

/* The respondent x's row: its organisation's, or its person's. */
static void
resp_row(struct out *w, const struct roster *r, const struct tally *t,
    size_t p, const struct resp *x, unsigned long nq, int labelled)
{
	const struct member *mb = x->row >= 0 ? &r->m[x->row] : NULL;
	int tlp = tlp_max(x->tlp, mb != NULL ? mb->tlp : r->org[x->org].tlp);

	row(w, t, p, mb != NULL ? mb->org : r->org[x->org].name,
	    mb != NULL ? mb->name : "", tally_pair_who(t, x->pair),
	    x->answered, nq, x->answered < nq ? RET_INCOMPLETE : RET_RETURNED,
	    labelled, tlp);
}

/*
 * Was mb a representative when the period ended (end; ROSTER_NODATE
 * for a period that says no date, when the roster as it is counts)?
 * Joined by then, or on an unknown day, and not left by then.
 */
static int
asked(const struct member *mb, long end)
{
	if (mb->rep == REP_NONE)
		return 0;
	if (end == ROSTER_NODATE)
		return mb->active;
	if (ROSTER_KNOWN(mb->joined) && mb->joined > end)
		return 0;
	return mb->left == ROSTER_NODATE || (ROSTER_KNOWN(mb->left) &&
	    mb->left > end);
}

/*
 * The representatives of organisation o in the period, who to remind;
 * 1 when it had any, so that it was to return the checklist.
 */
static int
missing(struct out *w, const struct roster *r, const struct tally *t,
    size_t p, size_t o, unsigned long nq, int labelled, long end)
{
	const struct member *mb;
	size_t i;
	int any = 0;

	for (i = 0; i < r->n; i++) {
		mb = &r->m[i];
		if (mb->org_i != o || !asked(mb, end))
			continue;
		row(w, t, p, mb->org, mb->name, "", 0, nq, RET_MISSING,
		    labelled, mb->tlp);
		any = 1;
	}
	return any;
}

/*
 * Who has returned the checklist in period p: per organisation of the
 * roster, in its order, the respondents that name it or its people, or,
 * for a member organisation nobody answered for, its representatives
 * of the period (asked); then the respondents not on the roster.  Warnings,
 * a line each, are added to warn.  1 when a member organisation has
 * not returned it, 0 when all have, -1 with d set on an error.
 */
int
respond_returns(struct out *w, const struct roster *r, const struct model *m,
    const struct tally *t, size_t p, struct strbuf *warn, struct diag *d)
{
	struct resp *x;
	size_t n, o, i, found;
	int labelled, missed = 0;
	long end;

	if ((x = respondents(r, m, t, p, &n, warn)) == NULL)
		return diag_nomem(d, r->t.name);
	if (!tally_has_periods(t) || date_period_end(tally_period(t, p),
	    &end) == -1)
		end = ROSTER_NODATE;
	labelled = r->labelled || tally_labelled(t);
	tab_header(w, TK_RETURNS, tally_has_periods(t) ?
	    tab_with(TK_RETURNS, "period") : 0, 0, labelled);
	for (o = 0; o < r->norg; o++) {
		for (i = found = 0; i < n; i++)
			if (x[i].org == (long)o) {
				resp_row(w, r, t, p, &x[i], m->nq, labelled);
				found++;
			}
		if (found == 0 && missing(w, r, t, p, o, m->nq, labelled,
		    end))
			missed = 1;
	}
	for (i = 0; i < n; i++)
		if (x[i].org < 0)
			row(w, t, p, "", "", tally_pair_who(t, x[i].pair),
			    x[i].answered, m->nq, RET_UNKNOWN, labelled,
			    x[i].tlp);
	free(x);
	return sb_failed(warn) ? diag_nomem(d, r->t.name) : missed;
}

/* Is question q of period p one the respondents answered differently? */
static int
disputed(const struct tally *t, size_t p, size_t q)
{
	return score_disputed(tally_votes(t, p, q));
}

/* Respondent k's row for question q of period p. */
static int
disresp_row(struct out *w, const struct model *m, const struct tally *t,
    size_t p, size_t q, size_t k, int labelled, struct strbuf *note)
{
	int a, l;

	a = tally_pair_answer(t, k, q, &l);
	if (tally_has_periods(t))
		out_field(w, tally_period(t, p));
	out_field(w, m->q[q].id);
	out_field(w, tally_pair_who(t, k));
	out_field(w, a > ANS_NONE ? answer_name(a) : "");
	tally_pair_note(t, p, k, q, note);
	if (sb_failed(note))
		return -1;
	out_fieldn(w, sb_str(note), note->len);
	sb_reset(note);
	out_field(w, m->q[q].text);
	tab_tlp(w, labelled, l);
	out_end(w);
	return 0;
}

/*
 * Who answered what, for the meeting that settles the disagreements:
 * per question answered differently (as -D has it), a row per
 * respondent of the period, in the order read, with the answer (empty
 * for none) and the note; each row carries its own row's label.  -1
 * when out of memory.
 */
int
respond_disagreements(struct out *w, const struct model *m,
    const struct tally *t)
{
	struct strbuf note;
	size_t p, q;
	long k;
	int rc = 0, labelled = tally_labelled(t);

	sb_init(&note);
	tab_header(w, TK_DISRESP, tally_has_periods(t) ?
	    tab_with(TK_DISRESP, "period") : 0, 0, labelled);
	for (p = 0; p < tally_nperiods(t) && rc == 0; p++)
		for (q = 0; q < m->nq && rc == 0; q++) {
			if (!disputed(t, p, q))
				continue;
			for (k = -1; rc == 0 &&
			    (k = tally_pair_next(t, p, k)) >= 0; )
				rc = disresp_row(w, m, t, p, q, (size_t)k,
				    labelled, &note);
		}
	sb_free(&note);
	return rc;
}
