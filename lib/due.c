/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * due.c: what needs a person by a date.
 *
 * The records of an ISAC say, between them, when someone must act: the
 * record of the evaluations held when the last evaluation was (the NCSC
 * advises one every two years, "Plan elke 2 jaar een evaluatie"), or,
 * without one, the answers of the latest checklist, the roster whose term of
 * office has run out and who has not signed the membership guidelines,
 * the year's meetings when an agenda must go out and when the next
 * meeting is, the plan which steps are past their end.  Each of these
 * is read from what the caller has already read (a roster, a table) or,
 * for the answers, from the period column alone; each thing due becomes
 * an item of a list, which is sorted once, for a table that a cron job
 * can mail when, and only when, it is not empty.
 *
 * An item carries the TLP label of the rows it was made from: a term or
 * a signature its roster row's, a meeting or an agenda its row in the
 * meetings table's (and the secretary's, when named), a step its plan
 * row's, the evaluation the strictest of the rows of the record's last
 * date, or of the answer rows of its period.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/* The kinds in the order the table sorts them: alphabetical. */
static const char *const kinds[DUE_N] = {
	[DUE_ACTION] = "action",
	[DUE_AGENDA] = "agenda",
	[DUE_EVALUATION] = "evaluation",
	[DUE_MEETING] = "meeting",
	[DUE_SIGNATURE] = "signature",
	[DUE_STEP] = "step",
	[DUE_TERM] = "term",
};

const char *
due_kind_name(int k)
{
	return k >= 0 && k < DUE_N ? kinds[k] : "";
}

void
due_free(struct duelist *l)
{
	size_t i;

	for (i = 0; l->it != NULL && i < l->n; i++) {
		free(l->it[i].subject);
		free(l->it[i].who);
		free(l->it[i].msg);
	}
	free(l->it);
	memset(l, 0, sizeof(*l));
}

/*
 * Adds an item: who is wlen bytes (a cell of a table, trimmed), msg made
 * by the caller.  0, or -1 when out of memory.
 */
static int
add(struct duelist *l, long due, int kind, const char *subject,
    const char *who, size_t wlen, struct strbuf *msg, int tlp)
{
	struct dueitem *it;

	if (sb_failed(msg))
		return -1;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;

		if ((it = realloc(l->it, cap * sizeof(*it))) == NULL)
			return -1;
		l->it = it;
		l->cap = cap;
	}
	it = &l->it[l->n];
	memset(it, 0, sizeof(*it));
	it->due = due;
	it->kind = kind;
	it->tlp = tlp;
	it->seq = l->n;
	l->n++;
	if ((it->subject = strdup(subject)) == NULL ||
	    (it->who = strndup(who, wlen)) == NULL ||
	    (it->msg = strdup(sb_str(msg))) == NULL)
		return -1;
	return 0;
}

static int
cmp_item(const void *a, const void *b)
{
	const struct dueitem *x = a, *y = b;
	int c;

	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if ((c = text_natcmp(x->subject, y->subject)) != 0 ||
	    (c = strcmp(x->who, y->who)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* By the day due, then the kind, then the subject (natural order). */
void
due_sort(struct duelist *l)
{
	if (l->n > 1)
		qsort(l->it, l->n, sizeof(*l->it), cmp_item);
}

void
dueeval_free(struct dueeval *e)
{
	free(e->period);
	free(e->noperiod);
	memset(e, 0, sizeof(*e));
	e->end = ROSTER_NODATE;
}

/* One row's period: the latest end kept, with the label of its rows. */
static int
eval_row(struct dueeval *e, const char *p, int tlp)
{
	long end;

	if (date_period_end(p, &end) == -1) {
		e->undated++;
		return 0;
	}
	if (e->period != NULL && end < e->end)
		return 0;
	if (e->period != NULL && end == e->end) {
		e->tlp = tlp_max(e->tlp, tlp);
		return 0;
	}
	free(e->period);
	if ((e->period = strdup(p)) == NULL)
		return -1;
	e->end = end;
	e->tlp = tlp;
	return 0;
}

/*
 * Reads one answers file for when it was answered: its period column
 * (and tlp), checked to be an answers file (id, answer) at its header.
 * An input_fn, arg a struct dueeval, which starts zeroed with end
 * ROSTER_NODATE.  The latest period is the one that ends last
 * (date_period_end); a file without a period column is counted, and
 * its name kept, for the caller to say so.
 */
int
due_answers(struct csvr *r, void *arg, struct diag *d)
{
	struct dueeval *e = arg;
	struct csvrow row;
	struct strbuf p;
	const char *s, *t;
	size_t len, tlen;
	int per, id, ans, tlpcol, tlp, rc;

	if (csvr_col(r, "id", 1, &id, d) == -1 ||
	    csvr_col(r, "answer", 1, &ans, d) == -1 ||
	    csvr_col(r, "period", 0, &per, d) == -1 ||
	    csvr_col(r, "tlp", 0, &tlpcol, d) == -1)
		return -1;
	e->labelled |= tlpcol >= 0;
	if (per < 0) {
		if (e->nnoperiod++ == 0 &&
		    (e->noperiod = strdup(csvr_name(r))) == NULL)
			return diag_nomem(d, csvr_name(r));
	}
	sb_init(&p);
	while ((rc = csvr_next(r, &row, d)) == 1) {
		t = csvrow_value(&row, tlpcol, &tlen);
		if ((tlp = tlp_value(t, tlen, csvr_name(r), row.line,
		    d)) == -2) {
			rc = -1;
			break;
		}
		s = csvrow_value(&row, per, &len);
		if (len == 0)
			continue;
		sb_reset(&p);
		sb_addn(&p, s, len);
		if (sb_failed(&p) || eval_row(e, sb_str(&p), tlp) == -1) {
			rc = diag_nomem(d, csvr_name(r));
			break;
		}
	}
	sb_free(&p);
	return rc == -1 ? -1 : 0;
}

/*
 * The evaluation, when the latest period ended more than two years
 * before the day (score_overdue): due two years after that end.
 */
int
due_evaluation(struct duelist *l, const struct dueeval *e,
    const struct dueopt *o, struct diag *d)
{
	struct strbuf msg;
	char end[11];
	long due;
	int rc;

	l->labelled |= e->labelled;
	if (e->period == NULL || score_overdue(e->period, o->date) != 1)
		return 0;
	due = date_add_months(e->end, 24);
	date_format(e->end, end);
	sb_init(&msg);
	sb_printf(&msg, "the latest evaluation, of period '%s', ended on %s: "
	    "the NCSC advises one every two years (\"Plan elke 2 jaar een "
	    "evaluatie\")", e->period, end);
	rc = add(l, due, DUE_EVALUATION, e->period, "", 0, &msg, e->tlp);
	sb_free(&msg);
	return rc == -1 ? diag_nomem(d, NULL) : 0;
}

/*
 * The evaluation, by the record of those held (evaluation.c's eval_last
 * on the day): due two years after the last, from that day on.  An item
 * names the day of the last evaluation.
 */
int
due_last_evaluation(struct duelist *l, const struct evallast *e,
    const struct dueopt *o, struct diag *d)
{
	struct strbuf msg;
	char last[11];
	long due;
	int rc;

	l->labelled |= e->labelled;
	if (e->date == ROSTER_NODATE ||
	    (due = date_add_months(e->date, 24)) > o->date)
		return 0;
	date_format(e->date, last);
	sb_init(&msg);
	sb_printf(&msg, "the last evaluation was held on %s: the NCSC advises "
	    "one every two years (\"Plan elke 2 jaar een evaluatie\")", last);
	rc = add(l, due, DUE_EVALUATION, last, "", 0, &msg, e->tlp);
	sb_free(&msg);
	return rc == -1 ? diag_nomem(d, NULL) : 0;
}

/* An active officer whose term ended on or before the day. */
static int
term(struct duelist *l, const struct member *m, const struct dueopt *o)
{
	struct strbuf msg;
	char since[11], end[11];
	long due;
	int rc;

	if (!m->active || m->role == ROLE_MEMBER || !ROSTER_KNOWN(m->since) ||
	    (due = roster_term_end(m->since, o->max_years)) > o->date)
		return 0;
	date_format(m->since, since);
	date_format(due, end);
	sb_init(&msg);
	sb_printf(&msg, "%s of %s since %s: the term of at most %d year%s "
	    "ended on %s", roster_role_name(m->role), m->org, since,
	    o->max_years, o->max_years == 1 ? "" : "s", end);
	rc = add(l, due, DUE_TERM, roster_role_name(m->role), m->name,
	    strlen(m->name), &msg, m->tlp);
	sb_free(&msg);
	return rc;
}

/* An active member who has not signed: due the day they joined. */
static int
signature(struct duelist *l, const struct member *m,
    const struct dueopt *o)
{
	struct strbuf msg;
	int rc;

	if (!m->active || m->signed_on != ROSTER_NODATE)
		return 0;
	sb_init(&msg);
	sb_printf(&msg, "line %lu: has not signed the membership guidelines",
	    m->line);
	rc = add(l, ROSTER_KNOWN(m->joined) ? m->joined : o->date,
	    DUE_SIGNATURE, m->org, m->name, strlen(m->name), &msg, m->tlp);
	sb_free(&msg);
	return rc;
}

/* Terms that ended and signatures missing, from the roster. */
int
due_roster(struct duelist *l, const struct roster *r,
    const struct dueopt *o, struct diag *d)
{
	size_t i;

	l->labelled |= r->labelled;
	for (i = 0; i < r->n; i++)
		if (term(l, &r->m[i], o) == -1 ||
		    signature(l, &r->m[i], o) == -1)
			return diag_nomem(d, r->t.name);
	return 0;
}

/* The one active secretary, who sends the agenda; NULL for none. */
static const struct member *
secretary(const struct roster *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->m[i].active && r->m[i].role == ROLE_SECRETARY)
			return &r->m[i];
	return NULL;
}

/* The agenda and the meeting of row i of a meetings table. */
static int
meeting(struct duelist *l, const struct member *sec, const struct table *t,
    size_t i, const int *col, const struct dueopt *o, int tlp)
{
	struct strbuf msg;
	char day[11], due[11];
	const char *host;
	size_t len;
	long date = 0, agenda = 0;
	int rc = 0, noagenda;

	if (table_date(t, i, col[0], "date", &date, NULL) != 0)
		return 0;
	noagenda = table_date(t, i, col[1], "agenda_due", &agenda, NULL);
	host = table_value(t, i, col[2], &len);
	date_format(date, day);
	date_format(agenda, due);
	sb_init(&msg);
	if (!noagenda && date >= o->date && agenda <= o->date + o->days) {
		sb_printf(&msg, "the agenda of the meeting on %s %s on %s", day,
		    agenda < o->date ? "was due" : "is due", due);
		rc = add(l, agenda, DUE_AGENDA, day, sec ? sec->name : "",
		    sec ? strlen(sec->name) : 0, &msg, sec ? tlp_max(tlp,
		    sec->tlp) : tlp);
	}
	if (rc == 0 && date >= o->date && date <= o->date + 7) {
		sb_reset(&msg);
		sb_printf(&msg, "the meeting on %s", day);
		if (len > 0)
			sb_printf(&msg, ", hosted by %.*s", (int)len, host);
		rc = add(l, date, DUE_MEETING, day, host, len, &msg, tlp);
	}
	sb_free(&msg);
	return rc;
}

/*
 * From a meetings table (date, agenda_due, host, tlp: what isac-roster
 * meetings writes): an agenda due within the days ahead, or past while
 * its meeting is still to come, and a meeting within seven days.  The
 * agenda is the secretary's to send (Rollen), so it names them.
 */
int
due_meetings(struct duelist *l, const struct roster *r,
    const struct table *t, const struct dueopt *o, struct diag *d)
{
	const struct member *sec = secretary(r);
	const char *s;
	size_t i, len;
	long day;
	int col[4], tlp;

	if (table_need(t, "date", &col[0], d) == -1 ||
	    table_need(t, "agenda_due", &col[1], d) == -1)
		return -1;
	col[2] = table_col(t, "host");
	col[3] = table_col(t, "tlp");
	l->labelled |= col[3] >= 0 || (sec != NULL && r->labelled);
	for (i = 0; i < t->nrows; i++) {
		s = table_value(t, i, col[3], &len);
		if ((tlp = tlp_value(s, len, t->name, t->rows[i].line,
		    d)) == -2 ||
		    table_date(t, i, col[0], "date", &day, d) == -1 ||
		    table_date(t, i, col[1], "agenda_due", &day, d) == -1)
			return -1;
		if (meeting(l, sec, t, i, col, o, tlp) == -1)
			return diag_nomem(d, t->name);
	}
	return 0;
}

/* What a step is called: its id, else its number, else its line. */
static void
step_name(struct strbuf *b, const struct table *t, size_t i, const int *col)
{
	const char *id, *num;
	size_t ilen, nlen;

	id = table_value(t, i, col[2], &ilen);
	num = table_value(t, i, col[3], &nlen);
	if (ilen > 0)
		sb_addn(b, id, ilen);
	else if (nlen > 0)
		sb_printf(b, "step %.*s", (int)nlen, num);
	else
		sb_printf(b, "line %lu", t->rows[i].line);
}

/* Row i of a plan: due when its end has passed and it is not closed. */
static int
step(struct duelist *l, const struct table *t, size_t i, const int *col,
    const struct dueopt *o, int st, long end, int tlp)
{
	struct strbuf name, msg;
	const char *owner, *action;
	size_t olen, alen;
	char day[11];
	int rc;

	if (st == PLAN_DONE || st == PLAN_DROPPED || end >= o->date)
		return 0;
	sb_init(&name);
	sb_init(&msg);
	step_name(&name, t, i, col);
	owner = table_value(t, i, col[4], &olen);
	action = table_value(t, i, col[5], &alen);
	date_format(end, day);
	sb_printf(&msg, "line %lu: ended on %s and is %s", t->rows[i].line,
	    day, plan_status_word(st, "en"));
	if (alen > 0)
		sb_printf(&msg, ": %.*s", (int)alen, action);
	rc = sb_failed(&name) ? -1 : add(l, end, DUE_STEP, sb_str(&name),
	    owner, olen, &msg, tlp);
	sb_free(&name);
	sb_free(&msg);
	return rc;
}

/*
 * From a plan (or a register: any table with status and end): the
 * steps whose end is before the day and whose status is neither done
 * nor dropped, each named by its id (else its step), with its owner.
 * Returns 0, 1 when the table has no column 'end' (no step can be due),
 * or -1.
 */
int
due_plan(struct duelist *l, const struct table *t, const struct dueopt *o,
    struct diag *d)
{
	const char *s;
	size_t i, len;
	long end;
	int col[7], st, tlp, rc;

	if (table_need(t, "status", &col[0], d) == -1)
		return -1;
	col[1] = table_col(t, "end");
	col[2] = table_col(t, "id");
	col[3] = table_col(t, "step");
	col[4] = table_col(t, "owner");
	col[5] = table_col(t, "action");
	col[6] = table_col(t, "tlp");
	l->labelled |= col[6] >= 0;
	for (i = 0; i < t->nrows; i++) {
		s = table_value(t, i, col[6], &len);
		if ((tlp = tlp_value(s, len, t->name, t->rows[i].line,
		    d)) == -2)
			return -1;
		s = table_value(t, i, col[0], &len);
		if ((st = plan_status_parse(s, len)) == -1)
			return diag_set(d, t->name, t->rows[i].line, "unknown "
			    "status '%.*s': use open, started, done, dropped "
			    "or reopened", (int)(len > 60 ? 60 : len), s);
		if ((rc = table_date(t, i, col[1], "end", &end, d)) == -1)
			return -1;
		if (rc == 0 && step(l, t, i, col, o, st, end, tlp) == -1)
			return diag_nomem(d, t->name);
	}
	return col[1] < 0;
}

/*
 * From the actions register (agenda.c reads it): each action not done
 * and not dropped whose end is before the day, for its owner.  An
 * action without an end is never due: the agenda of the next meeting
 * lists it among the previous meeting's actions.
 */
int
due_actions(struct duelist *l, const struct table *t, const struct dueopt *o,
    struct diag *d)
{
	struct action *a;
	struct strbuf msg;
	char day[11], agreed[11];
	long n, i, end;
	int col, rc = 0;

	if ((n = actions_read(t, &a, d)) == -1)
		return -1;
	col = table_col(t, "end");
	l->labelled |= table_col(t, "tlp") >= 0;
	sb_init(&msg);
	for (i = 0; rc == 0 && i < n; i++) {
		if ((rc = table_date(t, (size_t)i, col, "end", &end, d)) == -1)
			break;
		if (rc == 1 || a[i].status == PLAN_DONE ||
		    a[i].status == PLAN_DROPPED || end >= o->date) {
			rc = 0;
			continue;
		}
		sb_reset(&msg);
		date_format(end, day);
		sb_printf(&msg, "line %lu: ", a[i].line);
		if (a[i].meeting != MEET_NONE) {
			date_format(a[i].meeting, agreed);
			sb_printf(&msg, "agreed on %s, ", agreed);
		}
		sb_printf(&msg, "ended on %s and is %s", day,
		    plan_status_word(a[i].status, "en"));
		if (add(l, end, DUE_ACTION, a[i].action, a[i].owner,
		    strlen(a[i].owner), &msg, a[i].tlp) == -1)
			rc = diag_nomem(d, t->name);
	}
	sb_free(&msg);
	actions_free(a, (size_t)n);
	return rc;
}
