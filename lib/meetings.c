/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * meetings.c: the year's meetings, who came to them, and the votes on
 * new members.
 *
 * Start een ISAC (Frequentie) has ISACs meet four to eight times a year
 * on dates agreed for the whole year, which here avoid the days members
 * are away (public holidays, the days around New Year, carnival, the
 * school summer holidays or the holidays of an avoid file), with the
 * agenda due on a working day; meetings rotate over the members'
 * premises (Praktische zaken, Kijkje in de keuken); an organisation's
 * absence is a matter for the membership guidelines (Richtlijnen voor het
 * lidmaatschap) and a backup's attendance for the group (Bekende
 * gezichten); a new member needs everyone's yes (Nieuwe leden).
 *
 * Organisations and people named in the attendance and vote tables are
 * found in the roster by their folded names (fold.c), through its hash
 * tables.  Either table may carry a TLP label per row; what is made of
 * its rows carries the strictest of theirs and of the roster rows
 * involved.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isac.h"

/* Monday is 1, as date_weekday counts; -1 for no day. */
int
meetings_weekday(const char *s)
{
	static const char *const en[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday" };
	static const char *const nl[] = { "maandag", "dinsdag", "woensdag",
	    "donderdag", "vrijdag", "zaterdag", "zondag" };
	static const char *const nl2[] = { "ma", "di", "wo", "do", "vr", "za",
	    "zo" };
	size_t i, len = strlen(s);

	text_trim(&s, &len);
	for (i = 0; i < 7; i++)
		if (text_ieq(s, len, en[i]) || text_ieq(s, len, nl[i]) ||
		    text_ieq(s, len, nl2[i]) || (len == 3 &&
		    strncasecmp(s, en[i], 3) == 0))
			return (int)i + 1;
	return -1;
}

/*
 * Between Christmas Eve and New Year's Day, both included: the days
 * between the holidays, when offices are closed or half empty.
 */
static int
year_end(long day)
{
	int y, m, d;

	date_split(day, &y, &m, &d);
	return (m == 12 && d >= 24) || (m == 1 && d == 1);
}

/* Is day in one of the sorted, merged spans of a? */
static int
in_spans(const struct avoid *a, long day)
{
	size_t lo = 0, hi = a->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a->s[mid].hi < day)
			lo = mid + 1;
		else if (a->s[mid].lo > day)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

/*
 * The school summer holidays of the three regions together: from the
 * avoid file when there is one, else 15 July to 31 August, which holds
 * what all three regions share in every year's rotation.
 */
static int
summer(const struct meetplan *p, long day)
{
	int y, m, d;

	if (p->avoid != NULL)
		return in_spans(p->avoid, day);
	date_split(day, &y, &m, &d);
	return (m == 7 && d >= 15) || m == 8;
}

/*
 * May a meeting be on day?  Not on a Dutch public holiday, not between
 * Christmas Eve and New Year, not in carnival unless allowed, and not in
 * the school summer holidays (or the days of the avoid file).
 */
static int
free_day(const struct meetplan *p, long day)
{
	return date_holiday_nl(day) == NULL && !year_end(day) &&
	    !(p->carnival && date_carnival(day)) && !summer(p, day);
}

/*
 * A working day, for an agenda to go out: Monday to Friday, not a
 * public holiday and not between Christmas Eve and New Year.
 */
static int
working_day(long day)
{
	return date_weekday(day) <= 5 && date_holiday_nl(day) == NULL &&
	    !year_end(day);
}

/* The free weekday in lo..hi after prev nearest mid (the earlier of two). */
static long
nearest(const struct meetplan *p, long lo, long hi, long prev, long mid)
{
	long day, best = MEET_NONE;

	for (day = lo; day <= hi; day++)
		if (day > prev && date_weekday(day) == p->weekday &&
		    free_day(p, day) && (best == MEET_NONE ||
		    labs(day - mid) < labs(best - mid)))
			best = day;
	return best;
}

/*
 * The meetings of a year: the year split into count equal parts, in each
 * the weekday nearest its middle that is a free day (the earlier of two
 * as near).  A part with no free day at all (a month of summer holiday,
 * with twelve meetings) takes the free weekday nearest its middle
 * elsewhere in the year, after the meeting before it, so that the
 * meetings stay in order and apart.  The agenda is due agenda_weeks
 * before, on the working day at or before that.  The hosts follow the
 * member organisations in roster order, from first (-1: the first); at
 * a fixed venue, "een vaste, centrale locatie", there is no host.
 */
int
meetings_plan(const struct roster *r, const struct meetplan *p,
    struct meeting *mt, struct diag *d)
{
	long jan1 = date_make(p->year, 1, 1), len, lo, hi, mid, best;
	long prev = jan1 - 1, due;
	size_t k, pos = 0, *host;
	int i;

	if ((host = calloc(r->norg + 1, sizeof(*host))) == NULL)
		return diag_nomem(d, NULL);
	for (pos = 0, i = 0, k = 0; k < r->norg; k++)
		if (r->org[k].member) {
			if ((long)k == p->first)
				pos = (size_t)i;
			host[i++] = k;
		}
	len = date_make(p->year + 1, 1, 1) - jan1;
	for (i = 0; i < p->count; i++) {
		lo = jan1 + i * len / p->count;
		hi = jan1 + (i + 1) * len / p->count - 1;
		mid = jan1 + (2 * i + 1) * len / (2 * p->count);
		if ((best = nearest(p, lo, hi, prev, mid)) == MEET_NONE)
			best = nearest(p, jan1, jan1 + len - 1, prev, mid);
		if (best == MEET_NONE) {
			free(host);
			return diag_set(d, NULL, 0, "meeting %d of %d in %d: "
			    "no free day left in the year", i + 1, p->count,
			    p->year);
		}
		for (due = best - 7L * p->agenda_weeks; !working_day(due);
		    due--)
			;
		mt[i].date = prev = best;
		mt[i].agenda_due = due;
		mt[i].host = r->nmember == 0 || p->venue != NULL ? -1 :
		    (long)host[(pos + (size_t)i) % r->nmember];
		mt[i].venue = p->venue;
		mt[i].topics = mt[i].ics_topics = NULL;
		mt[i].tlp = TLP_NONE;
	}
	free(host);
	return 0;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->lo < y->lo ? -1 : x->lo > y->lo ? 1 :
	    (x->hi > y->hi) - (x->hi < y->hi);
}

static int
add_span(struct avoid *a, size_t *cap, long lo, long hi)
{
	struct span *s;

	if (a->n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		if ((s = realloc(a->s, *cap * sizeof(*s))) == NULL)
			return -1;
		a->s = s;
	}
	a->s[a->n].lo = lo;
	a->s[a->n++].hi = hi;
	return 0;
}

/*
 * One line of an avoid file, without its line end: a comment from '#'
 * on, then nothing, a date or a range of dates.
 */
static int
avoid_line(struct avoid *a, size_t *cap, const char *name,
    unsigned long line, const char *s, size_t len, struct diag *d)
{
	const char *t = s, *hash;
	long lo, hi;
	int rc;

	if ((hash = memchr(s, '#', len)) != NULL)
		len = (size_t)(hash - s);
	text_trim(&t, &len);
	if (len == 0)
		return 0;
	if ((rc = date_range_parse(t, len, &lo, &hi)) == -2)
		return diag_set(d, name, line, "the range '%.*s' ends before "
		    "it starts", (int)len, t);
	if (rc == -1)
		return diag_set(d, name, line, "'%.*s' is not a date or a "
		    "range of dates (use YYYY-MM-DD or DD-MM-YYYY, a range "
		    "as FIRST..LAST)", (int)(len > 60 ? 60 : len), t);
	if (add_span(a, cap, lo, hi) == -1)
		return diag_nomem(d, name);
	return 0;
}

/* Sorted, and overlapping or touching spans made one, for in_spans. */
static void
merge_spans(struct avoid *a)
{
	size_t i, k = 0;

	if (a->n == 0)
		return;
	qsort(a->s, a->n, sizeof(*a->s), cmp_span);
	for (i = 1; i < a->n; i++)
		if (a->s[i].lo <= a->s[k].hi + 1) {
			if (a->s[i].hi > a->s[k].hi)
				a->s[k].hi = a->s[i].hi;
		} else
			a->s[++k] = a->s[i];
	a->n = k + 1;
}

/* The line in b, a byte-order mark and a CR taken off; b emptied. */
static int
avoid_text(struct avoid *a, size_t *cap, const char *name,
    unsigned long lineno, struct strbuf *b, struct diag *d)
{
	const char *s = sb_str(b);
	size_t len = b->len;
	int rc;

	if (sb_failed(b))
		return diag_nomem(d, name);
	if (lineno == 1 && len >= 3 && memcmp(s, "\357\273\277", 3) == 0) {
		s += 3;
		len -= 3;
	}
	if (len > 0 && s[len - 1] == '\r')
		len--;
	rc = avoid_line(a, cap, name, lineno, s, len, d);
	sb_reset(b);
	return rc;
}

/*
 * Reads the days meetings avoid from path ("-": the standard input):
 * one date or range a line, '#' comments, blank lines, in UTF-8 with or
 * without a byte-order mark, LF or CRLF; at most AVOID_BYTES_MAX bytes,
 * read a byte at a time so that no line grows without limit.
 */
int
meetings_avoid_read(struct avoid *a, const char *path, struct diag *d)
{
	const char *name = strcmp(path, "-") == 0 ? CSV_STDIN : path;
	struct strbuf line;
	unsigned long lineno = 1;
	size_t cap = 0, total = 0;
	FILE *fp;
	int c, rc = 0;

	memset(a, 0, sizeof(*a));
	if ((fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r")) == NULL)
		return diag_set(d, name, 0, "%s", strerror(errno));
	sb_init(&line);
	while (rc == 0 && (c = getc(fp)) != EOF) {
		if (++total > AVOID_BYTES_MAX) {
			rc = diag_set(d, name, lineno, "longer than %d bytes: "
			    "not a list of dates", AVOID_BYTES_MAX);
			break;
		}
		if (c != '\n') {
			sb_addc(&line, c);
			continue;
		}
		rc = avoid_text(a, &cap, name, lineno++, &line, d);
	}
	if (rc == 0 && ferror(fp))
		rc = diag_set(d, name, 0, "%s", strerror(errno));
	if (rc == 0 && line.len > 0)
		rc = avoid_text(a, &cap, name, lineno, &line, d);
	if (fp != stdin)
		fclose(fp);
	sb_free(&line);
	if (rc == -1) {
		meetings_avoid_free(a);
		return -1;
	}
	merge_spans(a);
	return 0;
}

void
meetings_avoid_free(struct avoid *a)
{
	free(a->s);
	memset(a, 0, sizeof(*a));
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

/*
 * Reads an attendance table (which is MEET_ATTENDANCE) or a table of
 * votes (MEET_VOTES), its columns checked before its first row.
 */
int
meetings_read(struct table *t, const char *path, const struct csvopt *opt,
    int which, struct diag *d)
{
	static const char *const att[] = { "date", "org", "present", NULL };
	static const char *const votes[] = { "candidate", "org", "vote",
	    NULL };

	return roster_table_read(t, path, opt, which == MEET_VOTES ? votes :
	    att, d);
}

/* Does a table made from r and t get a tlp column? */
int
meetings_labelled(const struct roster *r, const struct table *t)
{
	return r->labelled || table_col(t, "tlp") >= 0;
}

/* Row i's label from column col (-1: none), or -2 with d set. */
static int
row_tlp(const struct table *t, size_t i, int col, struct diag *d)
{
	const char *s;
	size_t len;

	s = table_value(t, i, col, &len);
	return tlp_value(s, len, t->name, t->rows[i].line, d);
}

/* The organisation named s (len bytes) on line of t: 0 with *k, or -1. */
static int
find_org(const struct roster *r, const struct table *t, unsigned long line,
    const char *s, size_t len, long *k, struct diag *d)
{
	if ((*k = roster_org_find(r, s, len)) == -2)
		return diag_nomem(d, t->name);
	if (*k == -1)
		return diag_set(d, t->name, line, "organisation '%.*s' is not "
		    "in the roster", (int)len, s);
	return 0;
}

struct attrow {
	long	 date;
	size_t	 org;
	long	 who;
	int	 present;
	int	 tlp;
};

static int
read_attendance(const struct roster *r, const struct table *t,
    struct attrow *a, struct diag *d)
{
	int col[5];
	const char *s;
	size_t i, len;
	long k;

	if (table_need(t, "date", &col[0], d) == -1 ||
	    table_need(t, "org", &col[1], d) == -1 ||
	    table_need(t, "present", &col[3], d) == -1)
		return -1;
	col[2] = table_col(t, "name");
	col[4] = table_col(t, "tlp");
	for (i = 0; i < t->nrows; i++) {
		unsigned long line = t->rows[i].line;

		if ((a[i].tlp = row_tlp(t, i, col[4], d)) == -2)
			return -1;
		s = table_value(t, i, col[0], &len);
		if (date_parse(s, len, &a[i].date) == -1)
			return diag_set(d, t->name, line, "bad date '%.*s' in "
			    "column 'date' (use YYYY-MM-DD or DD-MM-YYYY)",
			    (int)len, s);
		s = table_value(t, i, col[1], &len);
		if (find_org(r, t, line, s, len, &k, d) == -1)
			return -1;
		a[i].org = (size_t)k;
		s = table_value(t, i, col[2], &len);
		a[i].who = -1;
		if (len > 0 && (a[i].who = roster_person_find(r, a[i].org, s,
		    len)) == -2)
			return diag_nomem(d, t->name);
		if (len > 0 && a[i].who == -1)
			return diag_set(d, t->name, line, "'%.*s' is not in "
			    "the roster for '%s'", (int)len, s,
			    r->org[a[i].org].name);
		s = table_value(t, i, col[3], &len);
		a[i].present = answer_parse(s, len);
		if (a[i].present != ANS_YES && a[i].present != ANS_NO &&
		    a[i].present != ANS_NONE)
			return diag_set(d, t->name, line, "bad value '%.*s' in "
			    "column 'present': use yes or no", (int)len, s);
		a[i].present = a[i].present == ANS_YES;
	}
	return 0;
}

/*
 * Each organisation's meetings from its earliest 'joined' on: since[k]
 * for every organisation, ROSTER_NODATE when a row of it has no known
 * date (then every meeting counts).  One pass over the roster.
 */
static void
org_since(const struct roster *r, long *since, unsigned char *unknown)
{
	const struct member *m;
	size_t i;

	for (i = 0; i < r->norg; i++)
		since[i] = ROSTER_NODATE;
	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (!ROSTER_KNOWN(m->joined))
			unknown[m->org_i] = 1;
		else if (since[m->org_i] == ROSTER_NODATE ||
		    m->joined < since[m->org_i])
			since[m->org_i] = m->joined;
	}
	for (i = 0; i < r->norg; i++)
		if (unknown[i])
			since[i] = ROSTER_NODATE;
}

/* The labels: of the roster rows, then of the attendance rows. */
static void
att_labels(const struct roster *r, const struct attrow *a, size_t na,
    struct orgatt *oa, struct repatt *ra)
{
	size_t i;

	for (i = 0; i < r->norg; i++)
		oa[i].tlp = r->org[i].tlp;
	for (i = 0; i < r->n; i++)
		ra[i].tlp = r->m[i].tlp;
	for (i = 0; i < na; i++) {
		oa[a[i].org].tlp = tlp_max(oa[a[i].org].tlp, a[i].tlp);
		if (a[i].who >= 0)
			ra[a[i].who].tlp = tlp_max(ra[a[i].who].tlp,
			    a[i].tlp);
	}
}

/*
 * For each member organisation, its meetings (the dates in the file from
 * its joining on), those at which any of its people was present, the
 * longest run of absences, and those at which a substitute came; for
 * each active substitute the same two counts.  An organisation's label
 * is the strictest of its roster rows and its attendance rows; a
 * person's of their roster row and the attendance rows naming them.
 */
int
meetings_attendance(const struct roster *r, const struct table *t,
    struct orgatt *oa, struct repatt *ra, struct diag *d)
{
	struct attrow *a;
	unsigned char *op = NULL, *mp = NULL, *sp = NULL, *unknown = NULL;
	long *date = NULL, *since = NULL;
	size_t i, k, nd = 0, run, x;
	int rc = -1;

	memset(oa, 0, r->norg * sizeof(*oa));
	memset(ra, 0, r->n * sizeof(*ra));
	if ((a = calloc(t->nrows + 1, sizeof(*a))) == NULL)
		return diag_nomem(d, t->name);
	if (read_attendance(r, t, a, d) == -1)
		goto out;
	att_labels(r, a, t->nrows, oa, ra);
	if ((date = calloc(t->nrows + 1, sizeof(*date))) == NULL ||
	    (since = calloc(r->norg + 1, sizeof(*since))) == NULL ||
	    (unknown = calloc(r->norg + 1, 1)) == NULL)
		goto nomem;
	org_since(r, since, unknown);
	for (i = 0; i < t->nrows; i++)
		date[i] = a[i].date;
	qsort(date, t->nrows, sizeof(*date), cmp_long);
	for (i = 0; i < t->nrows; i++)
		if (nd == 0 || date[nd - 1] != date[i])
			date[nd++] = date[i];
	if ((op = calloc(r->norg * nd + 1, 1)) == NULL ||
	    (sp = calloc(r->norg * nd + 1, 1)) == NULL ||
	    (mp = calloc(r->n * nd + 1, 1)) == NULL)
		goto nomem;
	for (i = 0; i < t->nrows; i++) {
		if (!a[i].present)
			continue;
		x = (size_t)((long *)bsearch(&a[i].date, date, nd,
		    sizeof(*date), cmp_long) - date);
		op[a[i].org * nd + x] = 1;
		if (a[i].who >= 0) {
			mp[(size_t)a[i].who * nd + x] = 1;
			if (r->m[a[i].who].rep == REP_SUBSTITUTE)
				sp[a[i].org * nd + x] = 1;
		}
	}
	for (k = 0; k < r->norg; k++) {
		for (run = 0, i = 0; i < nd; i++) {
			if (ROSTER_KNOWN(since[k]) && date[i] < since[k])
				continue;
			oa[k].meetings++;
			oa[k].substitute += sp[k * nd + i];
			if (op[k * nd + i]) {
				oa[k].attended++;
				run = 0;
			} else if (++run > oa[k].longest)
				oa[k].longest = run;
		}
	}
	for (k = 0; k < r->n; k++)
		for (i = 0; i < nd; i++) {
			if (ROSTER_KNOWN(r->m[k].joined) &&
			    date[i] < r->m[k].joined)
				continue;
			ra[k].meetings++;
			ra[k].attended += mp[k * nd + i];
		}
	rc = 0;
	goto out;
nomem:
	diag_nomem(d, t->name);
out:
	free(op);
	free(sp);
	free(mp);
	free(date);
	free(since);
	free(unknown);
	free(a);
	return rc;
}

void
meetings_admit_free(struct admission *ad, size_t n)
{
	size_t i;

	for (i = 0; ad != NULL && i < n; i++) {
		free(ad[i].candidate);
		free(ad[i].rep);
		free(ad[i].vote);
		free(ad[i].line);
	}
	free(ad);
}

/*
 * The representative a vote row proposes with its candidate (Nieuwe
 * leden: "of een partij en diens voorgestelde vertegenwoordiger
 * toetreedt"): one per candidate, named on any of its rows; another
 * name on another row is a second proposal, to be voted on apart.
 */
static int
vote_rep(const struct table *t, unsigned long line, int col,
    struct admission *a, size_t i, struct diag *d)
{
	const char *s;
	size_t len;

	s = table_value(t, i, col, &len);
	if (len == 0)
		return 0;
	if (a->rep == NULL) {
		if ((a->rep = strndup(s, len)) == NULL)
			return diag_nomem(d, t->name);
		a->rep_line = line;
		return 0;
	}
	if (strlen(a->rep) != len || strncasecmp(s, a->rep, len) != 0)
		return diag_set(d, t->name, line, "'%.*s' proposed as the "
		    "representative of '%s', '%s' on line %lu: vote on one "
		    "proposal at a time", (int)(len > 60 ? 60 : len), s,
		    a->candidate, a->rep, a->rep_line);
	return 0;
}

static int
vote_row(const struct roster *r, const struct table *t, size_t i,
    const int *col, struct strtab *cand, struct admission **ad, size_t *n,
    struct diag *d)
{
	unsigned long line = t->rows[i].line;
	struct admission *a;
	const char *s;
	char *key;
	size_t len, klen;
	long c, o;
	int v, tlp;

	if ((tlp = row_tlp(t, i, col[3], d)) == -2)
		return -1;
	s = table_value(t, i, col[0], &len);
	if (len == 0)
		return diag_set(d, t->name, line, "no candidate in column "
		    "'candidate'");
	if ((key = fold_name(s, len, &klen)) == NULL)
		return diag_nomem(d, t->name);
	c = strtab_add(cand, key, klen);
	free(key);
	if (c == -1)
		return diag_nomem(d, t->name);
	if ((size_t)c == *n) {
		if ((a = realloc(*ad, (*n + 1) * sizeof(**ad))) == NULL)
			return diag_nomem(d, t->name);
		*ad = a;
		a = &a[(*n)++];
		a->decision = ADMIT_PENDING;
		a->tlp = TLP_NONE;
		a->rep = NULL;
		a->rep_line = 0;
		a->candidate = strndup(s, len);
		a->vote = calloc(r->norg + 1, 1);
		a->line = calloc(r->norg + 1, sizeof(*a->line));
		if (a->candidate == NULL || a->vote == NULL || a->line == NULL)
			return diag_nomem(d, t->name);
	}
	a = &(*ad)[c];
	a->tlp = tlp_max(a->tlp, tlp);
	if (vote_rep(t, line, col[4], a, i, d) == -1)
		return -1;
	s = table_value(t, i, col[1], &len);
	if (find_org(r, t, line, s, len, &o, d) == -1)
		return -1;
	if (!r->org[o].member)
		return diag_set(d, t->name, line, "'%s' is not an active "
		    "member organisation: only members vote", r->org[o].name);
	s = table_value(t, i, col[2], &len);
	v = answer_parse(s, len);
	if (v != ANS_YES && v != ANS_NO && v != ANS_NONE)
		return diag_set(d, t->name, line, "bad vote '%.*s': use yes "
		    "or no", (int)len, s);
	if (v == ANS_NONE)
		return 0;
	if (a->vote[o] != 0)
		return diag_set(d, t->name, line, "'%s' votes on '%s' again "
		    "(first on line %lu)", r->org[o].name, a->candidate,
		    a->line[o]);
	a->vote[o] = (unsigned char)v;
	a->line[o] = line;
	return 0;
}

/*
 * The votes on candidates, each decided by the unanimity the guide asks
 * for: rejected on any no, admitted when every member organisation said
 * yes, else pending.  A candidate is one in any spelling of its name,
 * written as first spelt.  Returns the number of candidates, in order
 * of first appearance, or -1.
 */
long
meetings_admit(const struct roster *r, const struct table *t,
    struct admission **out, struct diag *d)
{
	struct admission *ad = NULL;
	struct strtab *cand;
	size_t i, k, n = 0, yes;
	int col[5];
	long rc = -1;

	*out = NULL;
	if (table_need(t, "candidate", &col[0], d) == -1 ||
	    table_need(t, "org", &col[1], d) == -1 ||
	    table_need(t, "vote", &col[2], d) == -1)
		return -1;
	col[3] = table_col(t, "tlp");
	col[4] = table_col(t, "representative");
	if ((cand = strtab_new(0)) == NULL)
		return diag_nomem(d, t->name);
	for (i = 0; i < t->nrows; i++)
		if (vote_row(r, t, i, col, cand, &ad, &n, d) == -1)
			goto out;
	for (i = 0; i < n; i++) {
		for (yes = 0, k = 0; k < r->norg; k++) {
			if (ad[i].vote[k] == ANS_NO)
				ad[i].decision = ADMIT_NO;
			yes += ad[i].vote[k] == ANS_YES;
		}
		if (ad[i].decision != ADMIT_NO && yes == r->nmember)
			ad[i].decision = ADMIT_YES;
	}
	*out = ad;
	ad = NULL;
	rc = (long)n;
out:
	meetings_admit_free(ad, n);
	strtab_free(cand);
	return rc;
}
