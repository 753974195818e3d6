/*
 * ics.c: iCalendar (RFC 5545) files, for putting the meetings in
 * everyone's calendar.
 *
 * A content line ends in CRLF and is folded before 75 octets, the next
 * part starting with a space, never inside a UTF-8 sequence (3.1).  TEXT
 * values escape backslash, semicolon and comma, and a line end is
 * written \n (3.3.11).  Nothing depends on the clock: DTSTAMP is a day
 * the caller chose, so the same plan gives the same file, fit for git.
 * No text is cut: a line is as long as what it says, folded.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

#define ICS_FOLD	75

/*
 * Writes "name:value" as one content line, folded: 0, or -1 when out of
 * memory (nothing written then).
 */
int
ics_line(FILE *fp, const char *name, const char *value)
{
	struct strbuf b;
	size_t at = 0, room = ICS_FOLD, k;

	sb_init(&b);
	sb_printf(&b, "%s:%s", name, value);
	if (sb_failed(&b)) {
		sb_free(&b);
		return -1;
	}
	while (b.len - at > room) {
		k = room;
		while (k > 1 && ((unsigned char)b.s[at + k] & 0xc0) == 0x80)
			k--;
		fwrite(b.s + at, 1, k, fp);
		fputs("\r\n ", fp);
		at += k;
		room = ICS_FOLD - 1;
	}
	fwrite(b.s + at, 1, b.len - at, fp);
	fputs("\r\n", fp);
	sb_free(&b);
	return 0;
}

/*
 * Writes a TEXT property: \ ; , escaped, a line end as \n.  Other
 * controls, C1 controls, U+2028 and U+2029 (which a line-oriented reader
 * of the file could take for a line end) and bytes that are not UTF-8
 * become spaces.  0, or -1 when out of memory.
 */
int
ics_text(FILE *fp, const char *name, const char *text)
{
	struct strbuf b;
	size_t k, len = strlen(text);
	unsigned long cp;
	int rc;

	sb_init(&b);
	for (; len > 0; text += k, len -= k) {
		k = utf8_decode(text, len, &cp);
		if (cp == '\\' || cp == ';' || cp == ',') {
			sb_addc(&b, '\\');
			sb_addc(&b, (int)cp);
		} else if (cp == '\n')
			sb_add(&b, "\\n");
		else if (cp == '\r' && len > 1 && text[1] == '\n')
			continue;
		else
			text_oneline(&b, text, k);
	}
	rc = sb_failed(&b) ? -1 : ics_line(fp, name, sb_str(&b));
	sb_free(&b);
	return rc;
}

static void
stamp(char *buf, size_t size, long day, int minutes, int utc)
{
	int y, m, d;

	day += minutes / 1440;
	minutes %= 1440;
	date_split(day, &y, &m, &d);
	if (minutes < 0)
		snprintf(buf, size, "%04d%02d%02d", y, m, d);
	else
		snprintf(buf, size, "%04d%02d%02dT%02d%02d00%s", y, m, d,
		    minutes / 60, minutes % 60, utc ? "Z" : "");
}

/* The rules of Dutch time since 1996, for timed meetings. */
static void
amsterdam(FILE *fp)
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
		fprintf(fp, "%s\r\n", tz[i]);
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
    const char *due, const char *host)
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
}

/* One meeting as a VEVENT: 0, or -1 when out of memory. */
static int
event(FILE *fp, const struct roster *r, const struct meeting *mt,
    const struct icsopt *o, const char *dom, struct strbuf *sum,
    struct strbuf *desc)
{
	char day[11], due[11], when[32], end[32];
	const char *host;
	struct strbuf uid;
	int bad = 0;

	date_format(mt->date, day);
	date_format(mt->agenda_due, due);
	host = mt->host >= 0 ? r->org[mt->host].name : NULL;
	texts(sum, desc, o, due, host);
	sb_init(&uid);
	sb_printf(&uid, "isac-meeting-%s@%s", day, dom);
	if (sb_failed(sum) || sb_failed(desc) || sb_failed(&uid)) {
		sb_free(&uid);
		return -1;
	}
	bad += ics_line(fp, "BEGIN", "VEVENT") == -1;
	bad += ics_line(fp, "UID", uid.s) == -1;
	sb_free(&uid);
	stamp(when, sizeof(when), o->dtstamp, 0, 1);
	bad += ics_line(fp, "DTSTAMP", when) == -1;
	if (o->start < 0) {
		stamp(when, sizeof(when), mt->date, -1, 0);
		stamp(end, sizeof(end), mt->date + 1, -1, 0);
	} else {
		stamp(when, sizeof(when), mt->date, o->start, 0);
		stamp(end, sizeof(end), mt->date, o->start + o->duration, 0);
	}
	bad += ics_line(fp, o->start < 0 ? "DTSTART;VALUE=DATE" :
	    "DTSTART;TZID=Europe/Amsterdam", when) == -1;
	bad += ics_line(fp, o->start < 0 ? "DTEND;VALUE=DATE" :
	    "DTEND;TZID=Europe/Amsterdam", end) == -1;
	bad += ics_text(fp, "SUMMARY", sum->s) == -1;
	bad += ics_text(fp, "DESCRIPTION", desc->s) == -1;
	bad += ics_line(fp, "END", "VEVENT") == -1;
	return bad ? -1 : 0;
}

/*
 * The meetings as a calendar: one VEVENT each, all day or, with a start
 * time, in Dutch time.  The UID is the date at the ISAC's name, so that
 * a calendar that imports the file again updates the same events.
 * Nothing is cut: a long name makes long lines, folded.  A calendar has
 * no place for a TLP label.  Returns 0, or -1 when out of memory.
 */
int
ics_meetings(FILE *fp, const struct roster *r, const struct meeting *mt,
    size_t n, const struct icsopt *o)
{
	struct strbuf dom, sum, desc;
	size_t i;
	int rc = 0;

	sb_init(&dom);
	sb_init(&sum);
	sb_init(&desc);
	slug(&dom, o->name);
	if (sb_failed(&dom))
		rc = -1;
	if (rc == 0 && (ics_line(fp, "BEGIN", "VCALENDAR") == -1 ||
	    ics_line(fp, "VERSION", "2.0") == -1 ||
	    ics_line(fp, "PRODID", "-//isac//isac-roster//EN") == -1 ||
	    ics_line(fp, "CALSCALE", "GREGORIAN") == -1))
		rc = -1;
	if (rc == 0 && o->start >= 0)
		amsterdam(fp);
	for (i = 0; rc == 0 && i < n; i++)
		rc = event(fp, r, &mt[i], o, dom.s, &sum, &desc);
	if (rc == 0)
		rc = ics_line(fp, "END", "VCALENDAR");
	sb_free(&dom);
	sb_free(&sum);
	sb_free(&desc);
	return rc;
}
