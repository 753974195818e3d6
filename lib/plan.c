/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * plan.c: a development plan from the gap between answers and target.
 *
 * The guide: "tackling no more than two capabilities at a time is
 * recommended", "use the model from the top down", and "start at and
 * complete level 1 before moving on to level 2".  So a step takes at
 * most a few capabilities and, for each, every missing item of its next
 * level; a capability stays until its gap is closed, and then the next
 * takes its place.  "Start een ISAC" adds an owner per theme ("koppel
 * een eigenaar aan deze punten"); last year's plan, the action register,
 * is carried forward rather than retyped.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/*
 * The status a word names, in English or Dutch, any case (the words are
 * vocab.c's); empty: open.
 */
int
plan_status_parse(const char *s, size_t len)
{
	if (len == 0)
		return PLAN_OPEN;
	return vocab_value(VW_STATUS, s, len);
}

const char *
plan_status_word(int st, const char *lang)
{
	return st < 0 || st >= PLAN_ST_N ? "" :
	    vocab_word(VW_STATUS, st, vocab_nl(lang));
}

/* Every row of a gap is of one period: the evaluation it was made from. */
static int
one_period(const struct table *g, size_t i, int col, const char **period,
    struct diag *d)
{
	const char *s = g->rows[i].f[col];

	if (*period == NULL)
		*period = s;
	else if (strcmp(*period, s) != 0)
		return diag_set(d, g->name, g->rows[i].line, "period '%.60s', "
		    "but the gap is of period '%.60s': a gap is made from one "
		    "evaluation", s, *period);
	return 0;
}

/*
 * Reads the items of a gap (capability, level, id, and note if present),
 * each checked against the model, into *items; *n of them.
 */
int
plan_read_gap(const struct model *m, const struct table *g,
    struct planitem **items, size_t *n, int *hasnote, int *labelled,
    const char **period, struct diag *d)
{
	struct planitem *it;
	unsigned long *seen, lv;
	const char *s;
	size_t i, len;
	int ccap, clev, cid, cnote, ctlp, cper;
	long q;

	*items = NULL;
	*n = 0;
	if (table_need(g, "capability", &ccap, d) == -1 ||
	    table_need(g, "level", &clev, d) == -1 ||
	    table_need(g, "id", &cid, d) == -1)
		return -1;
	cnote = table_col(g, "note");
	ctlp = table_col(g, "tlp");
	cper = table_col(g, "period");
	*period = NULL;
	*hasnote = cnote >= 0;
	*labelled = ctlp >= 0;
	it = calloc(g->nrows ? g->nrows : 1, sizeof(*it));
	seen = calloc(m->nq ? m->nq : 1, sizeof(*seen));
	if (it == NULL || seen == NULL)
		goto nomem;
	for (i = 0; i < g->nrows; i++) {
		unsigned long line = g->rows[i].line;
		const struct question *qq;

		s = table_value(g, i, cid, &len);
		if (len == 0) {
			diag_set(d, g->name, line, "no question id");
			goto fail;
		}
		if ((q = model_find(m, s, len)) == -1) {
			diag_set(d, g->name, line, "unknown question id '%.*s'",
			    (int)len, s);
			goto fail;
		}
		qq = &m->q[q];
		if (seen[q] != 0) {
			diag_set(d, g->name, line, "%s listed twice (first on "
			    "line %lu)", qq->id, seen[q]);
			goto fail;
		}
		seen[q] = line;
		s = table_value(g, i, ccap, &len);
		if (model_cap_find(m, s, len) != (long)qq->cap) {
			diag_set(d, g->name, line, "%s is in capability %s, "
			    "not '%.*s'", qq->id, m->cap[qq->cap].code,
			    (int)len, s);
			goto fail;
		}
		s = table_value(g, i, clev, &len);
		if (text_uint(s, len, 1000, &lv) == -1 ||
		    lv != (unsigned long)qq->level) {
			diag_set(d, g->name, line, "%s is at level %d, not "
			    "'%.*s'", qq->id, qq->level, (int)len, s);
			goto fail;
		}
		s = table_value(g, i, ctlp, &len);
		if ((it[i].label = tlp_value(s, len, g->name, line, d)) == -2)
			goto fail;
		if (cper >= 0 && one_period(g, i, cper, period, d) == -1)
			goto fail;
		it[i].q = (size_t)q;
		it[i].line = line;
		it[i].was = -1;
		it[i].status = PLAN_OPEN;
		it[i].day = it[i].start = it[i].end = -1;
		if (cnote >= 0)
			it[i].note = table_value(g, i, cnote, &it[i].notelen);
	}
	free(seen);
	*items = it;
	*n = g->nrows;
	return 0;
nomem:
	diag_nomem(d, g->name);
fail:
	free(seen);
	free(it);
	return -1;
}

/* Plan order: step, then the order capabilities entered, then level. */
static int
by_plan(const void *a, const void *b)
{
	const struct planitem *x = a, *y = b;

	if (x->step != y->step)
		return x->step < y->step ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->level != y->level)
		return x->level < y->level ? -1 : 1;
	return x->q < y->q ? -1 : x->q > y->q;
}

#define NL	(MODEL_LEVELS_MAX + 1)

/* Does capability a go before b by the size of its gap? */
static int
larger(const size_t *cnt, size_t a, size_t b)
{
	size_t na = 0, nb = 0;
	int l, loa = 0, hia = 0, lob = 0, hib = 0;

	for (l = 1; l < NL; l++) {
		if (cnt[a * NL + (size_t)l] > 0) {
			loa = loa ? loa : l;
			hia = l;
			na += cnt[a * NL + (size_t)l];
		}
		if (cnt[b * NL + (size_t)l] > 0) {
			lob = lob ? lob : l;
			hib = l;
			nb += cnt[b * NL + (size_t)l];
		}
	}
	if (hia - loa != hib - lob)
		return hia - loa > hib - lob;
	return na > nb;
}

/*
 * The capabilities with items, in the order they enter the plan, into
 * queue, and each one's place into rank[] (-1: not in the plan): the
 * model's order, or with bygap the one with the most levels to climb
 * first, then the one with the most items, then the model's order.
 */
static size_t
rank_caps(const struct model *m, const size_t *cnt, int bygap, int *rank,
    size_t *queue)
{
	size_t c, k, nq = 0, tmp;
	int l;

	for (c = 0; c < m->ncap; c++) {
		rank[c] = -1;
		for (l = 1; l < NL; l++)
			if (cnt[c * NL + (size_t)l] > 0) {
				queue[nq++] = c;
				break;
			}
	}
	/* insertion sort, stable: there are a handful */
	for (k = 1; bygap && k < nq; k++)
		for (c = k; c > 0 && larger(cnt, queue[c], queue[c - 1]);
		    c--) {
			tmp = queue[c];
			queue[c] = queue[c - 1];
			queue[c - 1] = tmp;
		}
	for (k = 0; k < nq; k++)
		rank[queue[k]] = (int)k;
	return nq;
}

/*
 * Gives each item its step and the level its capability reaches, and
 * puts the items in the order of the plan.  rank[] (room for the
 * model's capabilities) receives the order the capabilities enter it.
 */
int
plan_schedule(const struct model *m, struct planitem *it, size_t n,
    int parallel, int bygap, int *rank, struct diag *d)
{
	size_t *cnt, *queue, *active, i, c, k, na = 0, nq, qi = 0;
	int *stepof, step = 1, l, next;

	cnt = calloc(m->ncap * NL, sizeof(*cnt));
	stepof = calloc(m->ncap * NL, sizeof(*stepof));
	queue = calloc(m->ncap + 1, sizeof(*queue));
	active = calloc(m->ncap + 1, sizeof(*active));
	if (cnt == NULL || stepof == NULL || queue == NULL || active == NULL) {
		free(cnt);
		free(stepof);
		free(queue);
		free(active);
		return diag_nomem(d, NULL);
	}
	for (i = 0; i < n; i++)
		cnt[m->q[it[i].q].cap * NL + (size_t)m->q[it[i].q].level]++;
	nq = rank_caps(m, cnt, bygap, rank, queue);
	while (na > 0 || qi < nq) {
		while (na < (size_t)parallel && qi < nq)
			active[na++] = queue[qi++];
		for (k = 0; k < na; k++) {
			c = active[k];
			for (l = 1; l < NL; l++)
				if (cnt[c * NL + (size_t)l] > 0 &&
				    stepof[c * NL + (size_t)l] == 0)
					break;
			stepof[c * NL + (size_t)l] = step;
		}
		/* a capability with no level left makes room */
		for (k = i = 0; k < na; k++) {
			c = active[k];
			for (l = 1; l < NL; l++)
				if (cnt[c * NL + (size_t)l] > 0 &&
				    stepof[c * NL + (size_t)l] == 0)
					break;
			if (l < NL)
				active[i++] = c;
		}
		na = i;
		step++;
	}
	for (i = 0; i < n; i++) {
		c = m->q[it[i].q].cap;
		l = m->q[it[i].q].level;
		it[i].step = stepof[c * NL + (size_t)l];
		/* one below its next level in the plan; else this one */
		for (next = l + 1; next < NL; next++)
			if (cnt[c * NL + (size_t)next] > 0)
				break;
		it[i].reaches = next < NL ? next - 1 : l;
		it[i].rank = rank[c];
		it[i].level = l;
	}
	qsort(it, n, sizeof(*it), by_plan);
	free(cnt);
	free(stepof);
	free(queue);
	free(active);
	return 0;
}

/*
 * The active fixed representatives of a roster, in its order, into o:
 * their names (pointers into the table), lengths and TLP labels.
 */
int
plan_roster(const struct table *r, struct owners *o, struct diag *d)
{
	const char *s;
	size_t i, len;
	int corg, cname, crep, cleft, ctlp, rep, label;
	long day;

	memset(o, 0, sizeof(*o));
	if (table_need(r, "org", &corg, d) == -1 ||
	    table_need(r, "name", &cname, d) == -1 ||
	    table_need(r, "rep", &crep, d) == -1)
		return -1;
	cleft = table_col(r, "left");
	ctlp = table_col(r, "tlp");
	o->labelled = ctlp >= 0;
	o->name = calloc(r->nrows + 1, sizeof(*o->name));
	o->len = calloc(r->nrows + 1, sizeof(*o->len));
	o->label = calloc(r->nrows + 1, sizeof(*o->label));
	if (o->name == NULL || o->len == NULL || o->label == NULL) {
		diag_nomem(d, r->name);
		goto fail;
	}
	for (i = 0; i < r->nrows; i++) {
		s = table_value(r, i, crep, &len);
		/* the words of isac-roster, so both read one roster */
		if ((rep = roster_rep_parse(s, len)) == -1) {
			diag_set(d, r->name, r->rows[i].line, "unknown rep "
			    "'%.*s': use primary, substitute or nothing",
			    (int)len, s);
			goto fail;
		}
		s = table_value(r, i, ctlp, &len);
		if ((label = tlp_value(s, len, r->name, r->rows[i].line,
		    d)) == -2)
			goto fail;
		s = table_value(r, i, cleft, &len);
		if (len > 0 && date_parse(s, len, &day) == -1) {
			diag_set(d, r->name, r->rows[i].line, "bad date '%.*s' "
			    "in column 'left'", (int)len, s);
			goto fail;
		}
		if (rep != REP_FIXED || len > 0)
			continue;
		s = table_value(r, i, cname, &len);
		if (len == 0) {
			diag_set(d, r->name, r->rows[i].line, "a fixed "
			    "representative without a name");
			goto fail;
		}
		o->name[o->n] = s;
		o->label[o->n] = label;
		o->len[o->n++] = len;
	}
	if (o->n > 0)
		return 0;
	diag_set(d, r->name, 0, "no active fixed representative to own "
	    "the plan");
fail:
	owners_free(o);
	return -1;
}

void
owners_free(struct owners *o)
{
	free(o->name);
	free(o->len);
	free(o->label);
	memset(o, 0, sizeof(*o));
}

/* A date in column col of row i, or -1 when empty; -2 with d set. */
static long
reg_day(const struct table *t, size_t i, int col, struct diag *d)
{
	const char *s;
	size_t len;
	long day;

	s = table_value(t, i, col, &len);
	if (len == 0)
		return -1;
	if (date_parse(s, len, &day) == 0)
		return day;
	diag_set(d, t->name, t->rows[i].line, "bad date '%.*s' in column "
	    "'%s' (use YYYY-MM-DD or DD-MM-YYYY)", (int)(len > 60 ? 60 : len),
	    s, t->col[col]);
	return -2;
}

/*
 * Item x takes what its register row says: status, owner, note, dates,
 * label.  A step marked done whose question the evaluation still finds
 * missing is reopened only when the evaluation ended after the day the
 * status was set: a step done since then waits for the next one.
 */
static int
reg_row(const struct table *p, size_t i, const int *col, long evaluated,
    struct planitem *x, struct diag *d)
{
	const char *s;
	size_t len;
	int label;

	s = table_value(p, i, col[RC_TLP], &len);
	if ((label = tlp_value(s, len, p->name, p->rows[i].line, d)) == -2 ||
	    (x->day = reg_day(p, i, col[RC_DATE], d)) == -2 ||
	    (x->start = reg_day(p, i, col[RC_START], d)) == -2 ||
	    (x->end = reg_day(p, i, col[RC_END], d)) == -2)
		return -1;
	x->label = tlp_max(x->label, label);
	x->prevline = p->rows[i].line;
	x->status = x->was;
	if (x->was == PLAN_DONE && x->day == -1)
		x->undated = 1;
	else if (x->was == PLAN_DONE && evaluated >= 0 && x->day < evaluated)
		x->status = PLAN_REOPENED;
	s = table_value(p, i, col[RC_OWNER], &len);
	if (len > 0) {
		x->owner = s;
		x->ownerlen = len;
	}
	s = table_value(p, i, col[RC_NOTE], &len);
	if (len > 0) {
		x->note = s;
		x->notelen = len;
	}
	return 0;
}

/*
 * Reads the action register, the table the owners keep by hand (id and
 * status, and owner, date, start, end, note and columns of their own),
 * into the items of the gap.  The register is only read: what an owner
 * wrote is never written back.  Counts the register's items no longer in
 * the gap (met) and those still in it (kept) into rc.  evaluated is the
 * day the gap's evaluation ended, -1 when it says none.
 */
int
plan_register(const struct model *m, const struct table *p,
    struct planitem *it, size_t n, long evaluated, struct regcount *rc,
    int *hasnote, int *labelled, struct diag *d)
{
	static const char *const names[RC_N] = {
		"owner", "note", "tlp", "date", "start", "end"
	};
	unsigned long *seen;
	long *where, q;
	const char *s;
	size_t i, len;
	int cid, cst, col[RC_N], st, k, ret = -1;

	memset(rc, 0, sizeof(*rc));
	if (table_need(p, "id", &cid, d) == -1 ||
	    table_need(p, "status", &cst, d) == -1)
		return -1;
	for (k = 0; k < RC_N; k++)
		col[k] = table_col(p, names[k]);
	*hasnote |= col[RC_NOTE] >= 0;
	*labelled |= col[RC_TLP] >= 0;
	seen = calloc(m->nq + 1, sizeof(*seen));
	where = calloc(m->nq + 1, sizeof(*where));
	if (seen == NULL || where == NULL) {
		diag_nomem(d, p->name);
		goto done;
	}
	for (i = 0; i < m->nq; i++)
		where[i] = -1;
	for (i = 0; i < n; i++)
		where[it[i].q] = (long)i;
	for (i = 0; i < p->nrows; i++) {
		unsigned long line = p->rows[i].line;

		s = table_value(p, i, cid, &len);
		if (len == 0) {
			diag_set(d, p->name, line, "no question id");
			goto done;
		}
		if ((q = model_find(m, s, len)) == -1) {
			diag_set(d, p->name, line, "unknown question id '%.*s'",
			    (int)len, s);
			goto done;
		}
		if (seen[q] != 0) {
			diag_set(d, p->name, line, "%s listed twice (first on "
			    "line %lu)", m->q[q].id, seen[q]);
			goto done;
		}
		seen[q] = line;
		s = table_value(p, i, cst, &len);
		if ((st = plan_status_parse(s, len)) == -1) {
			diag_set(d, p->name, line, "unknown status '%.*s' for "
			    "%s: use open, started, done, dropped or reopened",
			    (int)len, s, m->q[q].id);
			goto done;
		}
		if (where[q] == -1) {
			/* met, but what the owner wrote must still read */
			if (reg_day(p, i, col[RC_DATE], d) == -2 ||
			    reg_day(p, i, col[RC_START], d) == -2 ||
			    reg_day(p, i, col[RC_END], d) == -2)
				goto done;
			rc->met++;
			continue;
		}
		rc->kept++;
		it[where[q]].was = st;
		if (reg_row(p, i, col, evaluated, &it[where[q]], d) == -1)
			goto done;
	}
	ret = 0;
done:
	free(seen);
	free(where);
	return ret;
}

/*
 * The guidance for a capability at a level: the guide's tools and
 * strategies, joined by " | "; where it names none, the features of the
 * level, what it looks like.  Added to b, whole.
 */
void
plan_guidance(const struct guide *g, const char *code, int level,
    struct strbuf *b)
{
	const char *kind = "tool", *s;
	size_t k;

	if (g == NULL)
		return;
	if (guide_count(g, code, level, kind) == 0)
		kind = "feature";
	for (k = 0; (s = guide_item(g, code, level, kind, k)) != NULL; k++) {
		if (k > 0)
			sb_add(b, " | ");
		sb_add(b, s);
	}
}

/*
 * The action of each question of the model, from a table of id and
 * action, into act[] (NULL where the table has none).
 */
int
plan_actions(const struct model *m, const struct table *t,
    const char **act, struct diag *d)
{
	const char *s;
	size_t i, len;
	int cid, cact;
	long q;

	if (table_need(t, "id", &cid, d) == -1 ||
	    table_need(t, "action", &cact, d) == -1)
		return -1;
	for (i = 0; i < t->nrows; i++) {
		s = table_value(t, i, cid, &len);
		if ((q = model_find(m, s, len)) >= 0)
			act[q] = t->rows[i].f[cact];
	}
	return 0;
}
