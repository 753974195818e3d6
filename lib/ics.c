/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * ics.c: iCalendar (RFC 5545) files, for putting the meetings in
 * everyone's calendar.
 *
 * A content line ends in CRLF and is folded before 75 octets, the next
 * part starting with a space, never inside a UTF-8 sequence (3.1).  TEXT
 * values escape backslash, semicolon and comma, and a line end is
 * written \n (3.3.11).  No text is cut: a line is as long as what it
 * says, folded.
 *
 * A calendar is sent more than once: when the plan changes, members'
 * calendars must move the same events, not add new ones.  So a meeting's
 * UID is its number in its year, and the calendar sent before, read
 * back (ics_read), says which events changed (SEQUENCE one higher, a
 * new DTSTAMP), which did not (kept as they were, so that the same plan
 * gives the same file, fit for git) and which are no more (sent as
 * cancelled).  DTSTAMP is the caller's instant, never in the future.
 *
 * A meeting's topics (agenda.c) are in its description, those labelled
 * TLP:RED left out by the caller: a calendar has no place for a label.
 * A fixed venue is every meeting's LOCATION.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isac.h"

#define ICS_FOLD	75

/* Writes one content line (without its line end), folded, and CRLF. */
static void
fold(FILE *fp, const char *s, size_t len)
{
	size_t at = 0, room = ICS_FOLD, k;

	while (len - at > room) {
		k = room;
		while (k > 1 && ((unsigned char)s[at + k] & 0xc0) == 0x80)
			k--;
		fwrite(s + at, 1, k, fp);
		fputs("\r\n ", fp);
		at += k;
		room = ICS_FOLD - 1;
	}
	fwrite(s + at, 1, len - at, fp);
	fputs("\r\n", fp);
}

/* Writes lines, content lines unfolded each ending in '\n', folded. */
void
ics_write(FILE *fp, const char *lines)
{
	const char *nl;

	for (; (nl = strchr(lines, '\n')) != NULL; lines = nl + 1)
		fold(fp, lines, (size_t)(nl - lines));
}

/* Adds "name:value" and a line end to b. */
void
ics_add(struct strbuf *b, const char *name, const char *value)
{
	sb_printf(b, "%s:%s\n", name, value);
}

/*
 * Adds a TEXT property: \ ; , escaped, a line end as \n.  Other
 * controls, C1 controls, U+2028 and U+2029 (which a line-oriented reader
 * of the file could take for a line end) and bytes that are not UTF-8
 * become spaces.
 */
void
ics_add_text(struct strbuf *b, const char *name, const char *text)
{
	size_t k, len = strlen(text);
	unsigned long cp;

	sb_printf(b, "%s:", name);
	for (; len > 0; text += k, len -= k) {
		k = utf8_decode(text, len, &cp);
		if (cp == '\\' || cp == ';' || cp == ',') {
			sb_addc(b, '\\');
			sb_addc(b, (int)cp);
		} else if (cp == '\n')
			sb_add(b, "\\n");
		else if (cp == '\r' && len > 1 && text[1] == '\n')
			continue;
		else
			text_oneline(b, text, k);
	}
	sb_addc(b, '\n');
}

/* A day, all day (minutes < 0) or at a time, Dutch time. */
static void
local_time(char *buf, size_t size, long day, int minutes)
{
	int y, m, d;

	if (minutes >= 0)
		day += minutes / 1440;
	date_split(day, &y, &m, &d);
	if (minutes < 0)
		snprintf(buf, size, "%04d%02d%02d", y, m, d);
	else
		snprintf(buf, size, "%04d%02d%02dT%02d%02d00", y, m, d,
		    minutes % 1440 / 60, minutes % 60);
}

/* An instant as a DATE-TIME in UTC: YYYYMMDDTHHMMSSZ. */
static void
utc_time(char *buf, size_t size, long long secs)
{
	long long day = secs / 86400, sec = secs % 86400;
	int y, m, d;

	if (sec < 0) {
		sec += 86400;
		day--;
	}
	date_split((long)day, &y, &m, &d);
	snprintf(buf, size, "%04d%02d%02dT%02d%02d%02dZ", y, m, d,
	    (int)(sec / 3600), (int)(sec % 3600 / 60), (int)(sec % 60));
}

/* Is s a DATE-TIME in UTC, as DTSTAMP must be? */
static int
is_utc_time(const char *s)
{
	size_t i;

	for (i = 0; i < 16; i++)
		if (i == 8 ? s[i] != 'T' : i == 15 ? s[i] != 'Z' :
		    s[i] < '0' || s[i] > '9')
			return 0;
	return s[16] == '\0';
}

/* The rules of Dutch time since 1996, for timed meetings. */
static void
amsterdam(struct strbuf *b)
{
	static const char *const tz[] = {
		"BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
		"BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
		"TZNAME:CEST", "DTSTART:19810329T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
		"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
		"TZNAME:CET", "DTSTART:19961027T030000",
		"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
		"END:VTIMEZONE",
	};
	size_t i;

	for (i = 0; i < sizeof(tz) / sizeof(tz[0]); i++)
		sb_printf(b, "%s\n", tz[i]);
}

/* The name as a UID domain: letters and digits, the rest hyphens. */
static void
slug(struct strbuf *b, const char *s)
{
	int c;

	for (; *s != '\0'; s++) {
		c = text_lower((unsigned char)*s);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			sb_addc(b, c);
		else if (b->len > 0 && b->s[b->len - 1] != '-')
			sb_addc(b, '-');
	}
	while (b->len > 0 && b->s[b->len - 1] == '-')
		b->s[--b->len] = '\0';
	if (b->len == 0)
		sb_add(b, "isac");
}

/* Summary and description of one meeting, in the language asked for. */
static void
texts(struct strbuf *sum, struct strbuf *desc, const struct icsopt *o,
    const char *due, const char *host, const char *topics)
{
	int nl = o->lang != NULL && strcmp(o->lang, "nl") == 0;

	sb_reset(sum);
	sb_reset(desc);
	if (nl)
		sb_printf(sum, "Bijeenkomst %s", o->name);
	else
		sb_printf(sum, "%s meeting", o->name);
	if (host != NULL)
		sb_printf(sum, " (%s: %s)", nl ? "gastheer" : "host", host);
	if (nl)
		sb_printf(desc, "Agenda uiterlijk %s naar de deelnemers.",
		    due);
	else
		sb_printf(desc, "Agenda to the participants by %s.", due);
	if (host != NULL)
		sb_printf(desc, "\n%s: %s", nl ? "Gastheer" : "Host", host);
	if (topics != NULL && *topics != '\0')
		sb_printf(desc, "\n%s: %s", nl ? "Thema's" : "Topics", topics);
}

/*
 * What a calendar compares of a meeting: its content lines but UID,
 * DTSTAMP and SEQUENCE, into b.
 */
static void
body(struct strbuf *b, const struct roster *r, const struct meeting *mt,
    const struct icsopt *o, struct strbuf *sum, struct strbuf *desc)
{
	char day[11], when[32], end[32];
	const char *host;

	date_format(mt->agenda_due, day);
	host = mt->host >= 0 ? r->org[mt->host].name : NULL;
	texts(sum, desc, o, day, host, mt->ics_topics);
	if (o->start < 0) {
		local_time(when, sizeof(when), mt->date, -1);
		local_time(end, sizeof(end), mt->date + 1, -1);
	} else {
		local_time(when, sizeof(when), mt->date, o->start);
		local_time(end, sizeof(end), mt->date, o->start +
		    o->duration);
	}
	ics_add(b, o->start < 0 ? "DTSTART;VALUE=DATE" :
	    "DTSTART;TZID=Europe/Amsterdam", when);
	ics_add(b, o->start < 0 ? "DTEND;VALUE=DATE" :
	    "DTEND;TZID=Europe/Amsterdam", end);
	ics_add_text(b, "SUMMARY", sb_str(sum));
	ics_add_text(b, "DESCRIPTION", sb_str(desc));
	if (mt->venue != NULL)
		ics_add_text(b, "LOCATION", mt->venue);
	else if (o->location != NULL)
		ics_add_text(b, "LOCATION", o->location);
	ics_add(b, "STATUS", "CONFIRMED");
}

/* A cancelled event's lines: those of ev without STATUS, and CANCELLED. */
static void
cancelled(struct strbuf *b, const struct icsevent *ev)
{
	const char *s, *nl;

	for (s = ev->body; (nl = strchr(s, '\n')) != NULL; s = nl + 1)
		if (strcspn(s, ";:\n") != 6 || strncasecmp(s, "STATUS", 6) != 0)
			sb_addn(b, s, (size_t)(nl - s + 1));
	ics_add(b, "STATUS", "CANCELLED");
}

/*
 * One event, its lines in ev: the same SEQUENCE and DTSTAMP as the one
 * sent before (prev) when nothing changed, else SEQUENCE one higher and
 * DTSTAMP the stamp; a new one SEQUENCE 0.
 */
static void
event(struct strbuf *cal, const char *uid, const struct strbuf *ev,
    const struct icsevent *prev, const struct icsopt *o)
{
	char now[32], seq[32];
	const char *stamp = now;
	long n = 0;

	utc_time(now, sizeof(now), o->dtstamp);
	if (prev != NULL && strcmp(prev->body, sb_str(ev)) == 0) {
		if (is_utc_time(prev->stamp))
			stamp = prev->stamp;
		n = prev->seq;
	} else if (prev != NULL)
		n = prev->seq + 1;
	snprintf(seq, sizeof(seq), "%ld", n);
	ics_add(cal, "BEGIN", "VEVENT");
	ics_add(cal, "UID", uid);
	ics_add(cal, "DTSTAMP", stamp);
	ics_add(cal, "SEQUENCE", seq);
	sb_add(cal, sb_str(ev));
	ics_add(cal, "END", "VEVENT");
}

/*
 * Is ev, in the calendar sent before, a meeting of this year and ISAC?
 * Its UID is isac-meeting-YEAR-N@DOMAIN, or as isac-roster wrote it
 * before meetings were numbered, isac-meeting-YEAR-MM-DD@DOMAIN.
 */
static int
ours(const struct icsevent *ev, const char *prefix, const char *suffix)
{
	size_t lp = strlen(prefix), ls = strlen(suffix), lu;

	lu = strlen(ev->uid);
	return lu > lp + ls && strncmp(ev->uid, prefix, lp) == 0 &&
	    strcmp(ev->uid + lu - ls, suffix) == 0;
}

static const struct icsevent *
find(const struct icsprev *p, const char *uid)
{
	size_t i;

	for (i = 0; p != NULL && i < p->n; i++)
		if (strcmp(p->ev[i].uid, uid) == 0)
			return &p->ev[i];
	return NULL;
}

/*
 * The meetings as a calendar (METHOD:PUBLISH): one VEVENT each, all day
 * or, with a start time, in Dutch time.  The UID is the meeting's number
 * in its year at the ISAC's name, so that a meeting that moves is the
 * same event, updated.  With the calendar sent before (o->prev), an
 * event that changed has its SEQUENCE raised, one that did not keeps its
 * SEQUENCE and DTSTAMP (so that the same plan gives the same file), and
 * a meeting of the year that is no more is sent as a cancellation.
 * Nothing is cut: a long name makes long lines, folded.  A calendar has
 * no place for a TLP label.  The whole file is made before its first
 * byte is written.  Returns how many events of the year the calendar
 * sent before had, or -1 when out of memory.
 */
long
ics_meetings(FILE *fp, const struct roster *r, const struct meeting *mt,
    size_t n, const struct icsopt *o)
{
	const struct icsprev *p = o->prev;
	const struct icsevent *was;
	struct strbuf dom, sum, desc, cal, ev, uid, pre, suf;
	unsigned char *used = NULL;
	size_t i, np = p != NULL ? p->n : 0;
	long matched = 0;
	int tz = o->start >= 0, failed;

	sb_init(&dom);
	sb_init(&sum);
	sb_init(&desc);
	sb_init(&cal);
	sb_init(&ev);
	sb_init(&uid);
	sb_init(&pre);
	sb_init(&suf);
	slug(&dom, o->name);
	sb_printf(&pre, "isac-meeting-%04d-", o->year);
	sb_printf(&suf, "@%s", sb_str(&dom));
	failed = (used = calloc(np + 1, 1)) == NULL;
	for (i = 0; !failed && i < np; i++)
		if (ours(&p->ev[i], sb_str(&pre), sb_str(&suf))) {
			matched++;
			used[i] = 1;
			tz |= strstr(p->ev[i].body, "TZID=Europe/Amsterdam") !=
			    NULL;
		}
	ics_add(&cal, "BEGIN", "VCALENDAR");
	ics_add(&cal, "VERSION", "2.0");
	ics_add(&cal, "PRODID", "-//isac//isac-roster//EN");
	ics_add(&cal, "CALSCALE", "GREGORIAN");
	ics_add(&cal, "METHOD", "PUBLISH");
	if (tz)
		amsterdam(&cal);
	for (i = 0; !failed && i < n; i++) {
		sb_reset(&uid);
		sb_reset(&ev);
		sb_printf(&uid, "%s%zu%s", sb_str(&pre), i + 1, sb_str(&suf));
		body(&ev, r, &mt[i], o, &sum, &desc);
		if ((was = find(p, sb_str(&uid))) != NULL)
			used[was - p->ev] = 2;
		event(&cal, sb_str(&uid), &ev, was, o);
	}
	for (i = 0; !failed && i < np; i++)
		if (used[i] == 1) {
			sb_reset(&ev);
			cancelled(&ev, &p->ev[i]);
			event(&cal, p->ev[i].uid, &ev, &p->ev[i], o);
		}
	ics_add(&cal, "END", "VCALENDAR");
	failed |= sb_failed(&dom) || sb_failed(&sum) || sb_failed(&desc) ||
	    sb_failed(&cal) || sb_failed(&ev) || sb_failed(&uid) ||
	    sb_failed(&pre) || sb_failed(&suf);
	if (!failed)
		ics_write(fp, sb_str(&cal));
	free(used);
	sb_free(&dom);
	sb_free(&sum);
	sb_free(&desc);
	sb_free(&cal);
	sb_free(&ev);
	sb_free(&uid);
	sb_free(&pre);
	sb_free(&suf);
	return failed ? -1 : matched;
}

/* --- reading the calendar sent before ------------------------------- */

struct icsread {
	struct icsprev	*p;
	const char	*name;
	int		 started;	/* BEGIN:VCALENDAR seen */
	int		 depth;		/* in an event: 1, in its parts more */
	unsigned long	 evline;	/* where the event began */
	struct strbuf	 body, uid, stamp;
	long		 seq;
	int		 hasuid;
	size_t		 cap;
};

void
ics_prev_free(struct icsprev *p)
{
	size_t i;

	for (i = 0; p->ev != NULL && i < p->n; i++) {
		free(p->ev[i].uid);
		free(p->ev[i].stamp);
		free(p->ev[i].body);
	}
	free(p->ev);
	memset(p, 0, sizeof(*p));
}

/* The value of a content line: after the first ':' outside quotes. */
static const char *
value_of(const char *s)
{
	int quoted = 0;

	for (; *s != '\0'; s++)
		if (*s == '"')
			quoted = !quoted;
		else if (*s == ':' && !quoted)
			return s + 1;
	return s;
}

static char *
take(struct strbuf *b)
{
	char *s = strdup(sb_str(b));

	sb_reset(b);
	return s;
}

/* The event just ended, kept unless one of its UID came before. */
static int
keep_event(struct icsread *st, struct diag *d)
{
	struct icsprev *p = st->p;
	struct icsevent *ev;

	if (!st->hasuid)
		return diag_set(d, st->name, st->evline, "an event without a "
		    "UID");
	if (find(p, sb_str(&st->uid)) != NULL) {
		sb_reset(&st->uid);
		sb_reset(&st->stamp);
		sb_reset(&st->body);
		return 0;
	}
	if (p->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 16;
		if ((ev = realloc(p->ev, st->cap * sizeof(*ev))) == NULL)
			return diag_nomem(d, st->name);
		p->ev = ev;
	}
	ev = &p->ev[p->n];
	memset(ev, 0, sizeof(*ev));
	ev->seq = st->seq;
	ev->line = st->evline;
	p->n++;
	if ((ev->uid = take(&st->uid)) == NULL ||
	    (ev->stamp = take(&st->stamp)) == NULL ||
	    (ev->body = take(&st->body)) == NULL)
		return diag_nomem(d, st->name);
	return 0;
}

/* One property of an event, at its own level (not in an alarm). */
static int
property(struct icsread *st, const char *s, size_t nlen, unsigned long line,
    struct diag *d)
{
	const char *v = value_of(s);
	unsigned long n;

	if (text_ieq(s, nlen, "uid")) {
		st->hasuid = 1;
		sb_reset(&st->uid);
		sb_add(&st->uid, v);
	} else if (text_ieq(s, nlen, "dtstamp")) {
		sb_reset(&st->stamp);
		sb_add(&st->stamp, v);
	}
	else if (text_ieq(s, nlen, "sequence")) {
		if (text_uint(v, strlen(v), 1000000000UL, &n) == -1)
			return diag_set(d, st->name, line, "SEQUENCE '%.40s' "
			    "is not a whole number", v);
		st->seq = (long)n;
	} else
		sb_printf(&st->body, "%s\n", s);
	return 0;
}

/* One content line, unfolded and made one line (text_oneline). */
static int
logical(struct icsread *st, const char *s, unsigned long line,
    struct diag *d)
{
	size_t nlen = strcspn(s, ";:");
	const char *v = value_of(s);
	int begin = text_ieq(s, nlen, "begin"), end = text_ieq(s, nlen, "end");

	if (!st->started) {
		if (!begin || strcasecmp(v, "VCALENDAR") != 0)
			return diag_set(d, st->name, line, "not an iCalendar "
			    "file: it does not start with BEGIN:VCALENDAR");
		st->started = 1;
		return 0;
	}
	if (st->depth == 0) {
		if (begin && strcasecmp(v, "VEVENT") == 0) {
			st->depth = 1;
			st->evline = line;
			st->hasuid = 0;
			st->seq = 0;
		}
		return 0;
	}
	if (end && --st->depth == 0)
		return keep_event(st, d);
	if (begin)
		st->depth++;
	if (st->depth == 1 && !end)
		return property(st, s, nlen, line, d);
	sb_printf(&st->body, "%s\n", s);
	return 0;
}

/* The logical line in b (its first physical line at line), then empty. */
static int
flush_line(struct icsread *st, struct strbuf *b, unsigned long line,
    struct diag *d)
{
	struct strbuf one;
	int rc;

	if (b->len == 0 && !sb_failed(b))
		return 0;
	sb_init(&one);
	text_oneline(&one, sb_str(b), b->len);
	if (sb_failed(b) || sb_failed(&one) || sb_failed(&st->body) ||
	    sb_failed(&st->uid) || sb_failed(&st->stamp))
		rc = diag_nomem(d, st->name);
	else
		rc = logical(st, sb_str(&one), line, d);
	sb_free(&one);
	sb_reset(b);
	return rc;
}

/*
 * One physical line (without its LF, a CR before it taken off): the
 * next part of a folded line when it starts with a space or a tab.
 */
static int
physical(struct icsread *st, struct strbuf *logic, unsigned long *start,
    const char *s, size_t len, unsigned long line, struct diag *d)
{
	if (len > 0 && s[len - 1] == '\r')
		len--;
	if (line == 1 && len >= 3 && memcmp(s, "\357\273\277", 3) == 0) {
		s += 3;
		len -= 3;
	}
	if (len > 0 && (s[0] == ' ' || s[0] == '\t') && logic->len > 0) {
		sb_addn(logic, s + 1, len - 1);
		return 0;
	}
	if (flush_line(st, logic, *start, d) == -1)
		return -1;
	*start = line;
	sb_addn(logic, s, len);
	return 0;
}

/*
 * Reads the calendar sent before from path ("-": the standard input):
 * its events' UID, SEQUENCE, DTSTAMP, and the rest of their lines to
 * compare.  Folded lines are unfolded, LF and CRLF ends both read;
 * events other than this ISAC's meetings are read and left for the
 * caller to pass over.  At most ICS_BYTES_MAX bytes.
 */
int
ics_read(struct icsprev *p, const char *path, struct diag *d)
{
	struct icsread st;
	struct strbuf line, logic;
	unsigned long lineno = 1, start = 1;
	size_t total = 0;
	FILE *fp;
	int c, rc = 0;

	memset(p, 0, sizeof(*p));
	memset(&st, 0, sizeof(st));
	st.p = p;
	st.name = strcmp(path, "-") == 0 ? CSV_STDIN : path;
	if ((fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r")) == NULL)
		return diag_set(d, st.name, 0, "%s", strerror(errno));
	sb_init(&line);
	sb_init(&logic);
	sb_init(&st.body);
	sb_init(&st.uid);
	sb_init(&st.stamp);
	while (rc == 0 && (c = getc(fp)) != EOF) {
		if (++total > ICS_BYTES_MAX) {
			rc = diag_set(d, st.name, lineno, "longer than %d "
			    "bytes", ICS_BYTES_MAX);
			break;
		}
		if (c != '\n') {
			sb_addc(&line, c);
			continue;
		}
		rc = physical(&st, &logic, &start, sb_str(&line), line.len,
		    lineno++, d);
		sb_reset(&line);
	}
	if (rc == 0 && ferror(fp))
		rc = diag_set(d, st.name, 0, "%s", strerror(errno));
	if (rc == 0 && line.len > 0)
		rc = physical(&st, &logic, &start, sb_str(&line), line.len,
		    lineno, d);
	if (rc == 0)
		rc = flush_line(&st, &logic, start, d);
	if (rc == 0 && !st.started)
		rc = diag_set(d, st.name, 0, "not an iCalendar file: it does "
		    "not start with BEGIN:VCALENDAR");
	if (rc == 0 && st.depth > 0)
		rc = diag_set(d, st.name, st.evline, "the event begun here "
		    "has no END:VEVENT");
	if (fp != stdin)
		fclose(fp);
	sb_free(&line);
	sb_free(&logic);
	sb_free(&st.body);
	sb_free(&st.uid);
	sb_free(&st.stamp);
	if (rc == -1)
		ics_prev_free(p);
	return rc;
}
