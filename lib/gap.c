/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * gap.c: the checklist items between the answers and a target level.
 *
 * The ISAC sets its own ambition per capability ("reaching the third
 * level should not be viewed as an objective in and of itself"), either
 * as a level per capability or by answering the checklist for the
 * desired situation, the guide's Step 2.  The gap is every question of
 * levels 1 to the target that is not met: not yes and not n/a.  The
 * current level is score_period's, so the gap and isac-score agree.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/*
 * Target levels: capability,target; target[c] stays -1 when unlisted,
 * and label[c] is the label of its row.
 */
static int
target_levels(const struct model *m, struct table *t, int *target,
    int *label, struct diag *d)
{
	unsigned long *seen, v;
	const char *s;
	size_t i, len;
	int ccap, ctgt, ctlp, rc = -1;
	long c;

	if (table_need(t, "capability", &ccap, d) == -1 ||
	    table_need(t, "target", &ctgt, d) == -1)
		return -1;
	ctlp = table_col(t, "tlp");
	if ((seen = calloc(m->ncap, sizeof(*seen))) == NULL)
		return diag_nomem(d, t->name);
	for (i = 0; i < t->nrows; i++) {
		unsigned long line = t->rows[i].line;

		s = table_value(t, i, ccap, &len);
		if (len == 0) {
			diag_set(d, t->name, line, "no capability");
			goto done;
		}
		if ((c = model_cap_find(m, s, len)) == -1) {
			diag_set(d, t->name, line, "unknown capability '%.*s'",
			    (int)len, s);
			goto done;
		}
		if (seen[c] != 0) {
			diag_set(d, t->name, line, "capability %s listed twice "
			    "(first on line %lu)", m->cap[c].code, seen[c]);
			goto done;
		}
		seen[c] = line;
		s = table_value(t, i, ctlp, &len);
		if ((label[c] = tlp_value(s, len, t->name, line, d)) == -2)
			goto done;
		s = table_value(t, i, ctgt, &len);
		if (len == 0)
			continue;	/* no ambition set: keeps its level */
		if (text_uint(s, len, 1000, &v) == -1 ||
		    v > (unsigned long)m->cap[c].top) {
			diag_set(d, t->name, line, "target '%.*s' for %s is "
			    "not a level of the model: use 0 to %d", (int)len,
			    s, m->cap[c].code, m->cap[c].top);
			goto done;
		}
		target[c] = (int)v;
	}
	rc = 0;
done:
	free(seen);
	return rc;
}

/* Does period p of t answer any question of capability c, n/a too? */
static int
answered(const struct model *m, const struct tally *t, size_t p, size_t c)
{
	size_t i;

	for (i = 0; i < m->nq; i++)
		if (m->q[i].cap == c &&
		    consensus(tally_votes(t, p, i), CONS_MAJORITY) != ANS_NONE)
			return 1;
	return 0;
}

/*
 * A desired-state checklist: its score in its latest period.  A
 * capability it does not answer keeps its current level (-1), as a
 * levels file's empty target does: a question left blank in the desired
 * state is no wish to fall back to 0.  One answered all n/a has no
 * level, and keeps its current level too.
 */
static int
target_checklist(const struct model *m, struct csvr *r,
    enum consensus rule, int *target, int *label, struct diag *d)
{
	struct capscore *sc;
	struct tally *t;
	size_t c;
	int rc = -1;

	sc = calloc(m->ncap, sizeof(*sc));
	t = tally_new(m);
	if (sc == NULL || t == NULL)
		diag_nomem(d, csvr_name(r));
	else if (tally_read(t, r, d) == 0) {
		score_period(m, t, tally_nperiods(t) - 1, rule, sc);
		for (c = 0; c < m->ncap; c++) {
			if (answered(m, t, tally_nperiods(t) - 1, c))
				target[c] = sc[c].level;	/* none: -1 */
			label[c] = tally_cap_label(t, tally_nperiods(t) - 1,
			    c);
		}
		rc = 0;
	}
	tally_free(t);
	free(sc);
	return rc;
}

/*
 * Reads the target in path: target levels (a column "target") or a
 * desired-state checklist (columns "id" and "answer").  Sets target[c]
 * for each capability, -1 for one the file leaves at its current level,
 * and label[c] to the TLP label of what set it.
 */
int
gap_target_read(const struct model *m, const char *path,
    const struct csvopt *opt, int rule, int *target, int *label,
    struct diag *d)
{
	const char *hdr[CSV_COLS_MAX];
	struct table t;
	struct csvr *r;
	size_t i, n;
	int idx, rc;

	for (i = 0; i < m->ncap; i++) {
		target[i] = -1;
		label[i] = TLP_NONE;
	}
	if ((r = csvr_open(path, opt, d)) == NULL)
		return -1;
	n = csvr_ncols(r);
	for (i = 0; i < n && i < CSV_COLS_MAX; i++)
		hdr[i] = csvr_colname(r, i);
	if (colname_find(hdr, i, "target", &idx) > 0) {
		if ((rc = table_from(&t, r, d)) == 0) {
			rc = target_levels(m, &t, target, label, d);
			table_free(&t);
		}
	} else if (colname_find(hdr, i, "id", &idx) > 0 &&
	    colname_find(hdr, i, "answer", &idx) > 0)
		rc = target_checklist(m, r, rule, target, label, d);
	else
		rc = diag_set(d, csvr_name(r), csvr_hdrline(r), "neither "
		    "target levels (columns capability, target) nor a "
		    "desired-state checklist (columns id, answer)");
	csvr_close(r);
	return rc;
}

/*
 * The questions that must become yes for each capability to reach its
 * target in period p: levels 1 to target[c], not met, in model order
 * (capabilities, then levels ascending, then questions); into out, room
 * for the model's questions.  Returns how many.
 */
size_t
gap_items(const struct model *m, const struct tally *t, size_t p,
    int rule, const int *target, size_t *out)
{
	size_t c, i, n = 0;
	int l;

	for (c = 0; c < m->ncap; c++)
		for (l = 1; l <= target[c]; l++)
			for (i = 0; i < m->nq; i++)
				if (m->q[i].cap == c && m->q[i].level == l &&
				    !score_met(consensus(tally_votes(t, p, i),
				    rule)))
					out[n++] = i;
	return n;
}

/* The period called name (NULL: the latest) into *p. */
int
gap_period(const struct tally *t, const char *name, size_t *p,
    struct diag *d)
{
	char files[512];
	long k;

	if (name == NULL) {
		*p = tally_nperiods(t) - 1;
		return 0;
	}
	tally_files(t, files, sizeof(files));
	if (!tally_has_periods(t))
		return diag_set(d, files, 0, "no period '%s': the answers "
		    "have no period column", name);
	if ((k = tally_period_find(t, name)) == -1)
		return diag_set(d, files, 0, "no period '%s' in the answers: "
		    "they have '%s' to '%s'", name, tally_period(t, 0),
		    tally_period(t, tally_nperiods(t) - 1));
	*p = (size_t)k;
	return 0;
}

/*
 * The two periods to compare: from and to as named; the one before to
 * when from is NULL; the latest when to is NULL.
 */
int
gap_periods(const struct tally *t, const char *from, const char *to,
    size_t *pf, size_t *pt, struct diag *d)
{
	size_t n = tally_nperiods(t);
	char files[512];

	if (!tally_has_periods(t) || n < 2)
		return diag_set(d, tally_files(t, files, sizeof(files)), 0,
		    "comparing needs two periods; the answers have %zu",
		    tally_has_periods(t) ? n : 1);
	if (gap_period(t, to, pt, d) == -1)
		return -1;
	if (from != NULL)
		return gap_period(t, from, pf, d);
	if (*pt == 0)
		return diag_set(d, tally_files(t, files, sizeof(files)), 0,
		    "no period before '%s' to compare "
		    "it with", tally_period(t, 0));
	*pf = *pt - 1;
	return 0;
}
