/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * agenda.c: the meeting cycle of Start een ISAC, Fase 3.
 *
 * The guide's Jaarplanning: "Een jaarplanning bevat onderwerpen, thema's
 * en ontwikkelingen die je graag met elkaar wilt bespreken.  Koppel dan
 * ook meteen een 'eigenaar' aan deze punten" and "Ook kunnen deze
 * onderwerpen alvast aan specifieke bijeenkomsten in het jaar worden
 * gekoppeld".  The topics table, kept by hand, holds a row per topic:
 * topic, owner, and the meeting (a day) or the month it is for, a
 * speaker and a host organisation; the checks here say whether the
 * owners are members and the meetings are in the meetings table.
 *
 * The agenda (Agenda): "bepaalde onderwerpen standaard op de agenda" and
 * "ruimte voor actualiteiten en vragen van deelnemers", "een pauze" when
 * time allows, and the Rondje Rood, under TLP:RED, which "mag dus niet
 * genotuleerd of opgeschreven worden".  Which standing items, in which
 * order, and how long a meeting must be for a break (AGENDA_BREAK_MIN)
 * are the toolkit's choices.  The Rondje Rood's row carries TLP:RED, so
 * that isac-render --tlp amber leaves it out, and no form written here
 * has room to write in it: the minutes form's cell for it says that it
 * is not minuted.
 *
 * The actions agreed at meetings are a register kept by hand, as the
 * plan's is: action, owner, status, the meeting that agreed it, an end.
 * The agenda lists those still open under the previous meeting's
 * actions; isac-roster due reminds their owners (due.c).
 *
 * Every row written carries the strictest label of the rows it was made
 * from: the meeting's row, a topic's row, an action's row.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isac.h"

static char *
dup(const char *s, size_t len)
{
	return strndup(s, len);
}

/* A day in column col of row i into *day, MEET_NONE when empty: 0, 1, -1. */
static int
day_cell(const struct table *t, size_t i, int col, const char *name,
    long *day, struct diag *d)
{
	*day = MEET_NONE;
	return table_date(t, i, col, name, day, d);
}

/* Row i's label, or -2 with d set. */
static int
row_tlp(const struct table *t, size_t i, int col, struct diag *d)
{
	const char *s;
	size_t len;

	s = table_value(t, i, col, &len);
	return tlp_value(s, len, t->name, t->rows[i].line, d);
}

void
agenda_meetings_free(struct mrow *m, size_t n)
{
	size_t i;

	for (i = 0; m != NULL && i < n; i++)
		free(m[i].host);
	free(m);
}

static int
cmp_mrow(const void *a, const void *b)
{
	const struct mrow *x = a, *y = b;

	return x->date < y->date ? -1 : x->date > y->date;
}

/*
 * The rows of a meetings table (date, agenda_due, host, tlp), sorted by
 * day.  Returns their number, or -1.
 */
long
agenda_meetings(const struct table *t, struct mrow **out, struct diag *d)
{
	struct mrow *m;
	const char *s;
	size_t i, len;
	int col[4], rc;

	*out = NULL;
	if (table_need(t, "date", &col[0], d) == -1)
		return -1;
	col[1] = table_col(t, "agenda_due");
	col[2] = table_col(t, "host");
	col[3] = table_col(t, "tlp");
	if ((m = calloc(t->nrows + 1, sizeof(*m))) == NULL)
		return diag_nomem(d, t->name);
	for (i = 0; i < t->nrows; i++) {
		m[i].line = t->rows[i].line;
		s = table_value(t, i, col[2], &len);
		if ((m[i].host = dup(s, len)) == NULL) {
			agenda_meetings_free(m, i);
			return diag_nomem(d, t->name);
		}
		if ((rc = day_cell(t, i, col[0], "date", &m[i].date,
		    d)) == 1)
			rc = diag_set(d, t->name, m[i].line, "no date in column "
			    "'date'");
		if (rc == -1 || day_cell(t, i, col[1], "agenda_due",
		    &m[i].agenda_due, d) == -1 ||
		    (m[i].tlp = row_tlp(t, i, col[3], d)) == -2) {
			agenda_meetings_free(m, i + 1);
			return -1;
		}
	}
	qsort(m, t->nrows, sizeof(*m), cmp_mrow);
	*out = m;
	return (long)t->nrows;
}

void
topics_free(struct topic *tp, size_t n)
{
	size_t i;

	for (i = 0; tp != NULL && i < n; i++) {
		free(tp[i].topic);
		free(tp[i].owner);
		free(tp[i].speaker);
		free(tp[i].host);
		free(tp[i].when);
	}
	free(tp);
}

/*
 * The meeting a topic is for, s (len bytes): empty (not planned yet), a
 * day, a month as YYYY-MM, or a month's name in English or Dutch (in
 * any year).  0, or -1 when it is none of these.
 */
static int
when(struct topic *tp, const char *s, size_t len)
{
	unsigned long y, m;
	int k;

	tp->date = MEET_NONE;
	if (len == 0)
		return 0;
	if (len == 7 && s[4] == '-' && text_uint(s, 4, 9999, &y) == 0 &&
	    text_uint(s + 5, 2, 12, &m) == 0 && y > 0 && m > 0) {
		tp->year = (int)y;
		tp->month = (int)m;
		return 0;
	}
	for (k = 1; k <= 12; k++)
		if ((strlen(vocab_month(k, 0)) == len &&
		    strncasecmp(s, vocab_month(k, 0), len) == 0) ||
		    text_ieq(s, len, vocab_month(k, 1))) {
			tp->month = k;
			return 0;
		}
	return date_parse(s, len, &tp->date);
}

static int
topic_row(const struct table *t, size_t i, const int *col,
    struct topic *tp, struct diag *d)
{
	const char *s;
	size_t len;

	tp->line = t->rows[i].line;
	tp->at = -1;
	if ((tp->tlp = row_tlp(t, i, col[5], d)) == -2)
		return -1;
	s = table_value(t, i, col[0], &len);
	if (len == 0)
		return diag_set(d, t->name, tp->line, "no topic in column "
		    "'topic'");
	if ((tp->topic = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	s = table_value(t, i, col[1], &len);
	if ((tp->owner = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	s = table_value(t, i, col[3], &len);
	if ((tp->speaker = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	s = table_value(t, i, col[4], &len);
	if ((tp->host = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	s = table_value(t, i, col[2], &len);
	if ((tp->when = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	if (when(tp, s, len) == -1)
		return diag_set(d, t->name, tp->line, "bad meeting '%.*s' in "
		    "column 'meeting': use its date, a month as YYYY-MM or "
		    "the name of a month", (int)(len > 60 ? 60 : len), s);
	return 0;
}

/*
 * The topics table (topic, owner; meeting, speaker, host and tlp may be
 * left out), in its order.  Returns the number of topics, or -1.
 */
long
topics_read(const struct table *t, struct topic **out, struct diag *d)
{
	struct topic *tp;
	size_t i;
	int col[6];

	*out = NULL;
	if (table_need(t, "topic", &col[0], d) == -1 ||
	    table_need(t, "owner", &col[1], d) == -1)
		return -1;
	col[2] = table_col(t, "meeting");
	col[3] = table_col(t, "speaker");
	col[4] = table_col(t, "host");
	col[5] = table_col(t, "tlp");
	if ((tp = calloc(t->nrows + 1, sizeof(*tp))) == NULL)
		return diag_nomem(d, t->name);
	for (i = 0; i < t->nrows; i++)
		if (topic_row(t, i, col, &tp[i], d) == -1) {
			topics_free(tp, i + 1);
			return -1;
		}
	*out = tp;
	return (long)t->nrows;
}

/*
 * Each topic's meeting among the nd sorted days: the day it names, or
 * the first meeting in the month it names (of any year when it names
 * none); -1 when there is none.
 */
void
topics_link(struct topic *tp, size_t nt, const long *day, size_t nd)
{
	size_t i, k;
	int y, m, dd;

	for (i = 0; i < nt; i++) {
		tp[i].at = -1;
		for (k = 0; k < nd && tp[i].at == -1; k++) {
			date_split(day[k], &y, &m, &dd);
			if (tp[i].date != MEET_NONE ? day[k] == tp[i].date :
			    tp[i].month != 0 && m == tp[i].month &&
			    (tp[i].year == 0 || y == tp[i].year))
				tp[i].at = (long)k;
		}
	}
}

/*
 * The topics of meeting at, as "topic (owner); ...", into b, those
 * labelled stricter than max left out; *tlp the strictest of those put
 * in.  Returns how many were.
 */
int
topics_of(struct strbuf *b, const struct topic *tp, size_t nt, size_t at,
    int max, int *tlp)
{
	size_t i;
	int n = 0;

	for (i = 0; i < nt; i++) {
		if (tp[i].at != (long)at || tp[i].tlp > max)
			continue;
		sb_printf(b, "%s%s", n++ ? "; " : "", tp[i].topic);
		if (tp[i].owner[0] != '\0')
			sb_printf(b, " (%s)", tp[i].owner);
		*tlp = tlp_max(*tlp, tp[i].tlp);
	}
	return n;
}

/* Is name an active person of the roster, in any organisation? */
static int
is_member(const struct roster *r, const char *name, int *tlp)
{
	size_t i, klen;
	char *key;
	int found = 0;

	if ((key = fold_name(name, strlen(name), &klen)) == NULL)
		return -1;
	for (i = 0; i < r->n && !found; i++)
		if (r->m[i].active && strcmp(r->m[i].name_key, key) == 0) {
			found = 1;
			*tlp = tlp_max(*tlp, r->m[i].tlp);
		}
	free(key);
	return found;
}

/* The checks of one topic; -1 when out of memory. */
static int
check_topic(const struct roster *r, const struct topic *tp, long nm, const char *mname, struct findings *fs)
{
	long k;
	int tlp = tp->tlp, found;

	if (tp->owner[0] == '\0') {
		if (findings_add(fs, RULE_TOPIC_OWNER, tp->tlp, tp->host, "",
		    "line %lu: '%s' has no owner", tp->line, tp->topic) == -1)
			return -1;
	} else if ((found = is_member(r, tp->owner, &tlp)) == -1 ||
	    (!found && findings_add(fs, RULE_TOPIC_OWNER, tp->tlp, tp->host,
	    tp->owner, "line %lu: the owner of '%s', %s, is not an active "
	    "member in the roster", tp->line, tp->topic, tp->owner) == -1))
		return -1;
	if (tp->host[0] != '\0') {
		if ((k = roster_org_find(r, tp->host, strlen(tp->host))) == -2)
			return -1;
		if ((k == -1 || !r->org[k].member) && findings_add(fs,
		    RULE_TOPIC_HOST, tp->tlp, tp->host, tp->owner, "line %lu: "
		    "the host of '%s', %s, is not a member organisation",
		    tp->line, tp->topic, tp->host) == -1)
			return -1;
	}
	if (nm < 0 || tp->at >= 0 || (tp->date == MEET_NONE &&
	    tp->month == 0))
		return 0;
	if (tp->date != MEET_NONE)
		return findings_add(fs, RULE_TOPIC_MEETING, tp->tlp, tp->host,
		    tp->owner, "line %lu: no meeting on %s in %s for '%s'",
		    tp->line, tp->when, mname, tp->topic);
	return findings_add(fs, RULE_TOPIC_MEETING, tp->tlp, tp->host,
	    tp->owner, "line %lu: no meeting in %s in %s for '%s'", tp->line,
	    tp->when, mname, tp->topic);
}

/*
 * The annual planning checked: every topic has an owner who is an
 * active member, its host is a member organisation, and the meeting or
 * month it names is in the meetings (nm of them; nm -1: not given,
 * then not checked).  Returns the number of findings, or -1 when out of
 * memory.
 */
long
topics_check(const struct roster *r, const struct topic *tp, size_t nt,
    long nm, const char *mname, struct findings *fs)
{
	size_t i;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < nt; i++)
		if (check_topic(r, &tp[i], nm, mname, fs) == -1) {
			findings_free(fs);
			return -1;
		}
	return (long)fs->n;
}

void
actions_free(struct action *a, size_t n)
{
	size_t i;

	for (i = 0; a != NULL && i < n; i++) {
		free(a[i].action);
		free(a[i].owner);
	}
	free(a);
}

static int
action_row(const struct table *t, size_t i, const int *col,
    struct action *a, struct diag *d)
{
	const char *s;
	size_t len;

	a->line = t->rows[i].line;
	if ((a->tlp = row_tlp(t, i, col[4], d)) == -2 ||
	    day_cell(t, i, col[3], "meeting", &a->meeting, d) == -1)
		return -1;
	s = table_value(t, i, col[2], &len);
	if ((a->status = plan_status_parse(s, len)) == -1)
		return diag_set(d, t->name, a->line, "unknown status '%.*s': "
		    "use open, started, done, dropped or reopened",
		    (int)(len > 60 ? 60 : len), s);
	s = table_value(t, i, col[0], &len);
	if (len == 0)
		return diag_set(d, t->name, a->line, "no action in column "
		    "'action'");
	if ((a->action = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	s = table_value(t, i, col[1], &len);
	if ((a->owner = dup(s, len)) == NULL)
		return diag_nomem(d, t->name);
	return 0;
}

/*
 * The actions register (action, owner, status; meeting and tlp may be
 * left out), in its order.  Returns the number of actions, or -1.
 */
long
actions_read(const struct table *t, struct action **out, struct diag *d)
{
	struct action *a;
	size_t i;
	int col[5];

	*out = NULL;
	if (table_need(t, "action", &col[0], d) == -1 ||
	    table_need(t, "owner", &col[1], d) == -1 ||
	    table_need(t, "status", &col[2], d) == -1)
		return -1;
	col[3] = table_col(t, "meeting");
	col[4] = table_col(t, "tlp");
	if ((a = calloc(t->nrows + 1, sizeof(*a))) == NULL)
		return diag_nomem(d, t->name);
	for (i = 0; i < t->nrows; i++)
		if (action_row(t, i, col, &a[i], d) == -1) {
			actions_free(a, i + 1);
			return -1;
		}
	*out = a;
	return (long)t->nrows;
}

/*
 * The findings of the annual planning in topics, against the roster and
 * (when not NULL) the meetings table mt, as a roster findings table.
 * Returns 1 when there are any, 0 when not, -1 with d set.
 */
int
atab_topics(struct out *w, const struct roster *r, const struct table *tt,
    const struct table *mt, struct diag *d)
{
	struct findings fs;
	struct topic *tp;
	struct mrow *mr = NULL;
	long nt, nm = -1, k;
	long *day = NULL;
	int labelled = r->labelled || table_col(tt, "tlp") >= 0;
	size_t i;

	if ((nt = topics_read(tt, &tp, d)) == -1)
		return -1;
	if (mt != NULL && (nm = agenda_meetings(mt, &mr, d)) == -1) {
		topics_free(tp, (size_t)nt);
		return -1;
	}
	if (nm > 0 && (day = calloc((size_t)nm, sizeof(*day))) == NULL)
		goto nomem;
	for (k = 0; k < nm; k++)
		day[k] = mr[k].date;
	topics_link(tp, (size_t)nt, day, nm < 0 ? 0 : (size_t)nm);
	if (topics_check(r, tp, (size_t)nt, nm, mt ? mt->name : "",
	    &fs) == -1)
		goto nomem;
	tab_header(w, TK_FINDINGS, 0, 0, labelled);
	for (i = 0; i < fs.n; i++) {
		out_field(w, fs.f[i].error ? "error" : "warning");
		out_field(w, roster_rule_id(fs.f[i].rule));
		out_field(w, fs.f[i].org);
		out_field(w, fs.f[i].name);
		out_field(w, fs.f[i].msg);
		tab_tlp(w, labelled, fs.f[i].tlp);
		out_end(w);
	}
	findings_free(&fs);
	free(day);
	topics_free(tp, (size_t)nt);
	agenda_meetings_free(mr, nm < 0 ? 0 : (size_t)nm);
	return i > 0;
nomem:
	free(day);
	topics_free(tp, (size_t)nt);
	agenda_meetings_free(mr, nm < 0 ? 0 : (size_t)nm);
	return diag_nomem(d, tt->name);
}

/* A row of an agenda, before it is written. */
struct arow {
	char		 number[24];
	const char	*item, *owner, *speaker;
	int		 minuted;
	int		 tlp;
};

struct agenda {
	struct arow	*row;
	size_t		 n, cap;
	int		 failed;
};

static struct arow *
arow_add(struct agenda *a, const char *item, const char *owner, int tlp)
{
	struct arow *r;

	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 16;

		if ((r = realloc(a->row, cap * sizeof(*r))) == NULL) {
			a->failed = 1;
			return NULL;
		}
		a->row = r;
		a->cap = cap;
	}
	r = &a->row[a->n++];
	memset(r, 0, sizeof(*r));
	r->item = item;
	r->owner = owner;
	r->speaker = "";
	r->minuted = 1;
	r->tlp = tlp;
	return r;
}

/* A standing item, numbered *no. */
static struct arow *
standing(struct agenda *a, int *no, const char *item, const char *owner,
    int tlp)
{
	struct arow *r;

	if ((r = arow_add(a, item, owner, tlp)) != NULL)
		snprintf(r->number, sizeof(r->number), "%d", ++*no);
	return r;
}

/* The active person of role, for the standing items; "" for none. */
static const char *
officer(const struct roster *r, int role)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->m[i].active && r->m[i].role == role)
			return r->m[i].name;
	return "";
}

/*
 * The actions agreed before meeting day and still to do (not done, not
 * dropped), each a sub-item of item no.
 */
static void
open_actions(struct agenda *a, int no, const struct action *ac, long nac,
    long day, int tlp)
{
	struct arow *r;
	long i;
	int sub = 0;

	for (i = 0; i < nac; i++) {
		if (ac[i].status == PLAN_DONE || ac[i].status == PLAN_DROPPED ||
		    (ac[i].meeting != MEET_NONE && ac[i].meeting >= day))
			continue;
		if ((r = arow_add(a, ac[i].action, ac[i].owner,
		    tlp_max(tlp, ac[i].tlp))) == NULL)
			return;
		snprintf(r->number, sizeof(r->number), "%d.%d", no, ++sub);
	}
}

/* The items of the agenda of meeting m, in order. */
static void
items(struct agenda *a, const struct roster *r, const struct mrow *m,
    const struct topic *tp, long nt, size_t at, const struct action *ac,
    long nac, const struct agendaopt *o)
{
	const char *chair = officer(r, ROLE_CHAIR);
	const char *sec = officer(r, ROLE_SECRETARY);
	struct arow *row;
	long i;
	int no = 0, nl = o->nl;

	standing(a, &no, vocab_phrase("Opening", nl), chair, m->tlp);
	standing(a, &no, vocab_phrase("Actions of the previous meeting", nl),
	    sec, m->tlp);
	open_actions(a, no, ac, nac, m->date, m->tlp);
	for (i = 0; i < nt; i++)
		if (tp[i].at == (long)at && (row = standing(a, &no,
		    tp[i].topic, tp[i].owner, tlp_max(m->tlp, tp[i].tlp))) !=
		    NULL)
			row->speaker = tp[i].speaker;
	standing(a, &no, vocab_phrase("Current affairs and members' "
	    "questions", nl), chair, m->tlp);
	if (o->duration >= AGENDA_BREAK_MIN)
		standing(a, &no, vocab_phrase("Break", nl), "", m->tlp);
	if ((row = standing(a, &no, vocab_phrase("Rondje Rood (TLP:RED, not "
	    "minuted)", nl), chair, TLP_RED)) != NULL)
		row->minuted = 0;
	standing(a, &no, vocab_phrase("Any other business", nl), chair,
	    m->tlp);
	standing(a, &no, vocab_phrase("Closing", nl), chair, m->tlp);
}

/* The meeting asked for in o among the n sorted rows of mr; -1 for none. */
static long
pick(const struct mrow *mr, long n, const struct agendaopt *o)
{
	long i;

	for (i = 0; i < n; i++)
		if (o->meeting != MEET_NONE ? mr[i].date == o->meeting :
		    mr[i].date >= o->from)
			return i;
	return -1;
}

static void
write_agenda(struct out *w, const struct agenda *a, const char *day,
    const struct agendaopt *o)
{
	const struct arow *r;
	size_t i;

	tab_header(w, o->minutes ? TK_MINUTES : TK_AGENDA, 0, 0, 1);
	for (i = 0; i < a->n; i++) {
		r = &a->row[i];
		out_field(w, day);
		out_field(w, r->number);
		out_field(w, r->item);
		out_field(w, r->owner);
		if (!o->minutes) {
			out_field(w, r->speaker);
			out_field(w, vocab_word(VW_YESNO, r->minuted, w->nl));
		} else
			out_field(w, r->minuted ? "" :
			    vocab_phrase("not minuted", o->nl));
		tab_tlp(w, 1, r->tlp);
		out_end(w);
	}
}

/* What atab_agenda has read, freed in one place. */
struct agendain {
	struct mrow	*mr;
	struct topic	*tp;
	struct action	*ac;
	long		 nm, nt, nac;
	long		*day;
};

static void
agendain_free(struct agendain *in)
{
	agenda_meetings_free(in->mr, in->nm < 0 ? 0 : (size_t)in->nm);
	topics_free(in->tp, in->nt < 0 ? 0 : (size_t)in->nt);
	actions_free(in->ac, in->nac < 0 ? 0 : (size_t)in->nac);
	free(in->day);
}

static int
agendain_read(struct agendain *in, const struct table *mt,
    const struct table *tt, const struct table *at, struct diag *d)
{
	long k;

	memset(in, 0, sizeof(*in));
	if ((in->nm = agenda_meetings(mt, &in->mr, d)) == -1 ||
	    (tt != NULL && (in->nt = topics_read(tt, &in->tp, d)) == -1) ||
	    (at != NULL && (in->nac = actions_read(at, &in->ac, d)) == -1))
		return -1;
	if ((in->day = calloc((size_t)in->nm + 1, sizeof(*in->day))) == NULL)
		return diag_nomem(d, mt->name);
	for (k = 0; k < in->nm; k++)
		in->day[k] = in->mr[k].date;
	topics_link(in->tp, (size_t)in->nt, in->day, (size_t)in->nm);
	return 0;
}

/*
 * The agenda (or, with o->minutes, the minutes form) of one meeting of
 * the meetings table mt: that on o->meeting, else the first on or after
 * o->from; its topics from tt and the open actions from at (either may
 * be NULL).  Always labelled: the Rondje Rood is TLP:RED.  Returns 0,
 * or -1 with d set before anything is written.
 */
int
atab_agenda(struct out *w, const struct roster *r, const struct table *mt,
    const struct table *tt, const struct table *at,
    const struct agendaopt *o, struct diag *d)
{
	struct agendain in;
	struct agenda a;
	char day[11];
	long k;
	int rc = -1;

	memset(&a, 0, sizeof(a));
	if (agendain_read(&in, mt, tt, at, d) == -1)
		goto out;
	if ((k = pick(in.mr, in.nm, o)) == -1) {
		date_format(o->meeting != MEET_NONE ? o->meeting : o->from,
		    day);
		if (o->meeting != MEET_NONE)
			diag_set(d, mt->name, 0, "no meeting on %s", day);
		else
			diag_set(d, mt->name, 0, "no meeting on or after %s",
			    day);
		goto out;
	}
	items(&a, r, &in.mr[k], in.tp, in.nt, (size_t)k, in.ac, in.nac, o);
	if (a.failed) {
		diag_nomem(d, mt->name);
		goto out;
	}
	date_format(in.mr[k].date, day);
	write_agenda(w, &a, day, o);
	rc = 0;
out:
	free(a.row);
	agendain_free(&in);
	return rc;
}
