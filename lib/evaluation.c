/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * evaluation.c: the two-yearly evaluation of an ISAC.
 *
 * The guide ("Start een ISAC", Fase 3) advises it in three places: "Tip:
 * Plan elke 2 jaar een evaluatie in om de ISAC kritisch tegen het licht
 * te houden" (Meerwaarde en grootte van de groep); keep each other sharp
 * on what every participant comes to 'brengen' and 'halen', and look at
 * which organisations are still missing at the table (the same); and see
 * whether the answers to the earlier questions about the collaboration's
 * right to exist still hold (Gemakzucht).  Those earlier questions are
 * Fase 1's, which the bundled evaluation.LANG.csv holds: in Dutch as the
 * guide has them, in English in the toolkit's translation.
 *
 * The form is one table: a row per question, its answer to fill in, then
 * a row per member organisation with its attendance over the period
 * (meetings.c counts it, on the attendance rows of the period only),
 * whether it was at none of those meetings, and what it brings and takes,
 * to fill in.  An organisation's row carries the label of its roster
 * rows and of its attendance rows in the period; a question's row is the
 * guide's public text and carries none.
 *
 * The record of evaluations held is kept by hand (date, and what the
 * secretary adds): the latest date in it, up to a day, is when the last
 * evaluation was, for due.c and for the start of the next form's period.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/* Row i's date in column col: 0 with *day, or -1 with d set. */
static int
row_date(const struct table *t, size_t i, int col, long *day,
    struct diag *d)
{
	switch (table_date(t, i, col, "date", day, d)) {
	case 0:
		return 0;
	case 1:
		return diag_set(d, t->name, t->rows[i].line, "no date in "
		    "column 'date'");
	default:
		return -1;
	}
}

/*
 * The latest evaluation in record t (date; tlp) on or before day
 * (ROSTER_NODATE: any), into e: its date, ROSTER_NODATE for none, and
 * the strictest label of the rows of that date.  Every row must have a
 * date that reads.  0, or -1 with d set.
 */
int
eval_last(const struct table *t, long day, struct evallast *e,
    struct diag *d)
{
	const char *s;
	size_t i, len;
	long date;
	int col, tcol, tlp;

	e->date = ROSTER_NODATE;
	e->tlp = TLP_NONE;
	if (table_need(t, "date", &col, d) == -1)
		return -1;
	tcol = table_col(t, "tlp");
	e->labelled = tcol >= 0;
	for (i = 0; i < t->nrows; i++) {
		s = table_value(t, i, tcol, &len);
		if ((tlp = tlp_value(s, len, t->name, t->rows[i].line,
		    d)) == -2 || row_date(t, i, col, &date, d) == -1)
			return -1;
		if ((day != ROSTER_NODATE && date > day) || date < e->date)
			continue;
		e->tlp = date == e->date ? tlp_max(e->tlp, tlp) : tlp;
		e->date = date;
	}
	return 0;
}

/* The bundled questions in lang (id, question, guidance), into t. */
int
eval_questions(struct table *t, const char *lang, struct diag *d)
{
	char path[4096];
	int col;

	if (data_file("evaluation", lang, path, sizeof(path), d) == -1 ||
	    table_read(t, path, NULL, d) == -1)
		return -1;
	if (table_need(t, "question", &col, d) == -1 ||
	    table_need(t, "guidance", &col, d) == -1) {
		table_free(t);
		return -1;
	}
	return 0;
}

static int
in_period(const struct evalform *f, long day)
{
	return (f->from == ROSTER_NODATE || day >= f->from) &&
	    (f->to == ROSTER_NODATE || day <= f->to);
}

static int
cmp_day(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

/*
 * The rows of attendance table t in f's period, as table sub, which
 * shares t's cells (free only sub->rows); the meetings, the distinct
 * dates, into f, and the first and last of them into *first, *last.
 */
static int
period_rows(const struct table *t, struct evalform *f, struct table *sub,
    long *first, long *last, struct diag *d)
{
	long *day;
	size_t i, n = 0;
	int col;

	*sub = *t;
	sub->rows = NULL;
	if (table_need(t, "date", &col, d) == -1)
		return -1;
	if ((sub->rows = calloc(t->nrows + 1, sizeof(*sub->rows))) == NULL ||
	    (day = calloc(t->nrows + 1, sizeof(*day))) == NULL) {
		free(sub->rows);
		return diag_nomem(d, t->name);
	}
	for (i = 0; i < t->nrows; i++) {
		if (row_date(t, i, col, &day[n], d) == -1) {
			free(day);
			free(sub->rows);
			return -1;
		}
		if (in_period(f, day[n]))
			sub->rows[n++] = t->rows[i];
	}
	sub->nrows = sub->rcap = n;
	qsort(day, n, sizeof(*day), cmp_day);
	for (f->meetings = 0, i = 0; i < n; i++)
		f->meetings += i == 0 || day[i] != day[i - 1];
	*first = n > 0 ? day[0] : ROSTER_NODATE;
	*last = n > 0 ? day[n - 1] : ROSTER_NODATE;
	free(day);
	return 0;
}

/* The period as written: FROM..TO, its open ends the meetings' days. */
static void
period_field(struct out *w, const struct evalform *f, long first, long last)
{
	char lo[11], hi[11], buf[32];
	long a = f->from != ROSTER_NODATE ? f->from : first;
	long b = f->to != ROSTER_NODATE ? f->to : last;

	if (a == ROSTER_NODATE || b == ROSTER_NODATE) {
		out_field(w, "");
		return;
	}
	date_format(a, lo);
	date_format(b, hi);
	snprintf(buf, sizeof(buf), "%s..%s", lo, hi);
	out_field(w, buf);
}

/* Attended as a whole percentage, rounded half up; empty for none. */
static void
rate(struct out *w, size_t attended, size_t meetings)
{
	if (meetings == 0)
		out_field(w, "");
	else
		out_num(w, (attended * 200 + meetings) / (2 * meetings));
}

/* A question of the guide: its answer to fill in, no organisation. */
static void
question_row(struct out *w, const struct table *q, size_t i,
    const struct evalform *f, long first, long last, int labelled)
{
	const char *s;
	size_t len;
	int k;

	period_field(w, f, first, last);
	s = table_value(q, i, table_col(q, "question"), &len);
	out_fieldn(w, s, len);
	s = table_value(q, i, table_col(q, "guidance"), &len);
	out_fieldn(w, s, len);
	for (k = 0; k < 8; k++)
		out_field(w, "");
	tab_tlp(w, labelled, TLP_NONE);
	out_end(w);
}

/* A member organisation: its attendance, what it brings and takes. */
static void
member_row(struct out *w, const struct roster *r, size_t k,
    const struct orgatt *oa, const struct evalform *f, long first,
    long last, int labelled)
{
	int absent = oa->meetings > 0 && oa->attended == 0;

	period_field(w, f, first, last);
	out_field(w, "");
	out_field(w, "");
	out_field(w, "");
	out_field(w, r->org[k].name);
	out_num(w, oa->meetings);
	out_num(w, oa->attended);
	rate(w, oa->attended, oa->meetings);
	out_field(w, absent ? "yes" : "no");
	out_field(w, "");
	out_field(w, "");
	tab_tlp(w, labelled, oa->tlp);
	out_end(w);
}

/*
 * The evaluation form of roster r over f's period, from the attendance
 * table att and the bundled questions q (eval_questions), written to w;
 * f->meetings and f->absent say what it found.  Everything is counted
 * before the first byte is written.  0, or -1 with d set.
 */
int
eval_form(struct out *w, const struct roster *r, const struct table *att,
    const struct table *q, struct evalform *f, struct diag *d)
{
	struct table sub;
	struct orgatt *oa;
	struct repatt *ra;
	long first = ROSTER_NODATE, last = ROSTER_NODATE;
	size_t i;
	int labelled = meetings_labelled(r, att), rc;

	if (period_rows(att, f, &sub, &first, &last, d) == -1)
		return -1;
	oa = calloc(r->norg + 1, sizeof(*oa));
	ra = calloc(r->n + 1, sizeof(*ra));
	if (oa == NULL || ra == NULL)
		rc = diag_nomem(d, att->name);
	else
		rc = meetings_attendance(r, &sub, oa, ra, d);
	if (rc == 0) {
		tab_header(w, TK_EVALUATION, 0, 0, labelled);
		for (i = 0; i < q->nrows; i++)
			question_row(w, q, i, f, first, last, labelled);
		for (f->absent = 0, i = 0; i < r->norg; i++) {
			if (!r->org[i].member)
				continue;
			member_row(w, r, i, &oa[i], f, first, last, labelled);
			f->absent += oa[i].meetings > 0 && oa[i].attended == 0;
		}
	}
	free(oa);
	free(ra);
	free(sub.rows);
	return rc;
}
