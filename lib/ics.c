/*
 * ics.c: iCalendar (RFC 5545) files, for putting the meetings in
 * everyone's calendar.
 *
 * A content line ends in CRLF and is folded before 75 octets, the next
 * part starting with a space, never inside a UTF-8 sequence (3.1).  TEXT
 * values escape backslash, semicolon and comma, and a line end is
 * written \n (3.3.11).  Nothing depends on the clock: DTSTAMP is a day
 * the caller chose, so the same plan gives the same file, fit for git.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

#define ICS_FOLD	75

/* Writes "name:value" as one content line, folded. */
void
ics_line(FILE *fp, const char *name, const char *value)
{
	char buf[4096];
	size_t len, at = 0, room = ICS_FOLD, k;

	snprintf(buf, sizeof(buf), "%s:%s", name, value);
	len = strlen(buf);
	while (len - at > room) {
		k = room;
		while (k > 1 && ((unsigned char)buf[at + k] & 0xc0) == 0x80)
			k--;
		fwrite(buf + at, 1, k, fp);
		fputs("\r\n ", fp);
		at += k;
		room = ICS_FOLD - 1;
	}
	fwrite(buf + at, 1, len - at, fp);
	fputs("\r\n", fp);
}

/* Writes a TEXT property: \ ; , escaped, a line end as \n. */
void
ics_text(FILE *fp, const char *name, const char *text)
{
	char buf[2048];
	size_t n = 0;

	for (; *text != '\0' && n + 3 < sizeof(buf); text++) {
		unsigned char c = (unsigned char)*text;

		if (c == '\\' || c == ';' || c == ',') {
			buf[n++] = '\\';
			buf[n++] = (char)c;
		} else if (c == '\n') {
			buf[n++] = '\\';
			buf[n++] = 'n';
		} else if (c == '\r' && text[1] == '\n')
			continue;
		else
			buf[n++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	}
	buf[n] = '\0';
	ics_line(fp, name, buf);
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
slug(char *buf, size_t size, const char *s)
{
	size_t n = 0;

	for (; *s != '\0' && n + 1 < size; s++) {
		int c = text_lower((unsigned char)*s);

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			buf[n++] = (char)c;
		else if (n > 0 && buf[n - 1] != '-')
			buf[n++] = '-';
	}
	while (n > 0 && buf[n - 1] == '-')
		n--;
	buf[n] = '\0';
	if (n == 0)
		snprintf(buf, size, "isac");
}

/*
 * The meetings as a calendar: one VEVENT each, all day or, with a start
 * time, in Dutch time.  The UID is the date at the ISAC's name, so that
 * a calendar that imports the file again updates the same events.
 */
void
ics_meetings(FILE *fp, const struct roster *r, const struct meeting *mt,
    size_t n, const struct icsopt *o)
{
	int nl = o->lang != NULL && strcmp(o->lang, "nl") == 0;
	char buf[1024], day[11], due[11], dom[128], when[32];
	const char *host;
	size_t i;

	slug(dom, sizeof(dom), o->name);
	ics_line(fp, "BEGIN", "VCALENDAR");
	ics_line(fp, "VERSION", "2.0");
	ics_line(fp, "PRODID", "-//isac//isac-roster//EN");
	ics_line(fp, "CALSCALE", "GREGORIAN");
	if (o->start >= 0)
		amsterdam(fp);
	for (i = 0; i < n; i++) {
		date_format(mt[i].date, day);
		date_format(mt[i].agenda_due, due);
		host = mt[i].host >= 0 ? r->org[mt[i].host].name : NULL;
		ics_line(fp, "BEGIN", "VEVENT");
		snprintf(buf, sizeof(buf), "isac-meeting-%s@%s", day, dom);
		ics_line(fp, "UID", buf);
		stamp(when, sizeof(when), o->dtstamp, 0, 1);
		ics_line(fp, "DTSTAMP", when);
		if (o->start < 0) {
			stamp(when, sizeof(when), mt[i].date, -1, 0);
			ics_line(fp, "DTSTART;VALUE=DATE", when);
			stamp(when, sizeof(when), mt[i].date + 1, -1, 0);
			ics_line(fp, "DTEND;VALUE=DATE", when);
		} else {
			stamp(when, sizeof(when), mt[i].date, o->start, 0);
			ics_line(fp, "DTSTART;TZID=Europe/Amsterdam", when);
			stamp(when, sizeof(when), mt[i].date, o->start +
			    o->duration, 0);
			ics_line(fp, "DTEND;TZID=Europe/Amsterdam", when);
		}
		if (nl)
			snprintf(buf, sizeof(buf), "Bijeenkomst %s%s%s%s",
			    o->name, host ? " (gastheer: " : "",
			    host ? host : "", host ? ")" : "");
		else
			snprintf(buf, sizeof(buf), "%s meeting%s%s%s", o->name,
			    host ? " (host: " : "", host ? host : "",
			    host ? ")" : "");
		ics_text(fp, "SUMMARY", buf);
		snprintf(buf, sizeof(buf), nl ? "Agenda uiterlijk %s naar de "
		    "deelnemers.%s%s" : "Agenda to the participants by %s.%s%s",
		    due, host ? (nl ? "\nGastheer: " : "\nHost: ") : "",
		    host ? host : "");
		ics_text(fp, "DESCRIPTION", buf);
		ics_line(fp, "END", "VEVENT");
	}
	ics_line(fp, "END", "VCALENDAR");
}
