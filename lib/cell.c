/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * cell.c: a workbook cell's number, date or time as text.
 *
 * A workbook holds a number as a number and shows it through a format;
 * a CSV export writes what is shown.  The toolkit reads whole numbers,
 * years and dates, so these are written as LibreOffice's export of a
 * sheet in its General format writes them ("2", "2024", "0.5",
 * "1E+016"), and anything a date format shows as an ISO 8601 date, the
 * form every program reads, whatever the format's own order.  Other
 * formats (decimals, percentages, currencies) are not applied.
 * Nothing here depends on the locale: numbers are taken apart and
 * written digit by digit.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "workbook.h"

#define SIG	15	/* significant digits a spreadsheet shows */

/* Is s (len bytes) a decimal number: sign, digits, point, exponent? */
static int
is_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '-' || s[i] == '+'))
			i++;
		if (i == len || s[i] < '0' || s[i] > '9')
			return 0;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	return i == len;
}

/* The number s holds, spaces around it allowed: 0, or -1. */
static int
number(const char *s, size_t len, double *v)
{
	char buf[64];

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0 || len >= sizeof(buf) || !is_number(s, len))
		return -1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*v = strtod(buf, NULL);
	return isfinite(*v) ? 0 : -1;
}

/*
 * v rounded to SIG significant digits: the digits without trailing
 * zeros, and the decimal exponent of the first.
 */
static void
digits_of(double v, char dig[SIG + 1], int *exp10)
{
	char buf[40], *e;
	size_t n = 0, i;

	snprintf(buf, sizeof(buf), "%.*e", SIG - 1, fabs(v));
	e = strchr(buf, 'e');
	*exp10 = atoi(e + 1);
	for (i = 0; buf + i < e; i++)
		if (buf[i] != '.')
			dig[n++] = buf[i];
	while (n > 1 && dig[n - 1] == '0')
		n--;
	dig[n] = '\0';
}

/*
 * The number v as a spreadsheet's General format shows it: 15
 * significant digits, without an exponent from 1E-15 to below 1E+15,
 * and up to 1E+16 for a number that 15 digits hold exactly; else as
 * 1.5E+016, with the exponent's sign and at least three digits.
 */
static void
general(double v, char out[CELL_TEXT_MAX])
{
	char dig[SIG + 1], buf[40], *p = out;
	size_t nd, i;
	int x, k, exact;

	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	digits_of(v, dig, &x);
	nd = strlen(dig);
	snprintf(buf, sizeof(buf), "%.*e", SIG - 1, fabs(v));
	exact = strtod(buf, NULL) == fabs(v);
	if (v < 0)
		*p++ = '-';
	if (x < -15 || x > 15 || (x == 15 && !exact)) {
		*p++ = dig[0];
		if (nd > 1) {
			*p++ = '.';
			memcpy(p, dig + 1, nd - 1);
			p += nd - 1;
		}
		snprintf(p, (size_t)(out + CELL_TEXT_MAX - p), "E%c%03d",
		    x < 0 ? '-' : '+', abs(x));
	} else if (x < 0) {
		*p++ = '0';
		*p++ = '.';
		for (k = -1; k > x; k--)
			*p++ = '0';
		memcpy(p, dig, nd);
		p[nd] = '\0';
	} else {
		for (i = 0; i <= (size_t)x; i++)
			*p++ = i < nd ? dig[i] : '0';
		if (nd > (size_t)x + 1) {
			*p++ = '.';
			memcpy(p, dig + x + 1, nd - (size_t)x - 1);
			p += nd - (size_t)x - 1;
		}
		*p = '\0';
	}
}

/* A number as text (s, len bytes) written as General: 0, or -1. */
int
cell_number(const char *s, size_t len, char out[CELL_TEXT_MAX])
{
	double v;

	if (number(s, len, &v) == -1)
		return -1;
	general(v, out);
	return 0;
}

static void
put(char *p, long v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* day (days since 1970-01-01) and the seconds of its time, in out. */
static int
date_time(long day, long secs, int kind, char *out)
{
	int y, m, d;

	if (kind == CELL_TIME) {
		put(out, secs / 3600, 2);
		out[2] = ':';
		put(out + 3, secs / 60 % 60, 2);
		out[5] = ':';
		put(out + 6, secs % 60, 2);
		out[8] = '\0';
		return 0;
	}
	date_split(day, &y, &m, &d);
	if (y < 1 || y > 9999)
		return -1;
	date_format(day, out);
	if (kind == CELL_DATETIME && secs != 0) {
		out[10] = ' ';
		date_time(day, secs, CELL_TIME, out + 11);
	}
	return 0;
}

/*
 * A spreadsheet's serial number of a day and time (s, len bytes) as
 * kind says: the date of its whole part, counted from 1899-12-30 (or
 * 1904-01-01, date1904) as LibreOffice counts, the time of day of its
 * fraction, to the second.  -1 when it is no such number.
 */
int
cell_serial(const char *s, size_t len, int kind, int date1904,
    char out[CELL_TEXT_MAX])
{
	double v, whole;
	long day, secs;

	if (number(s, len, &v) == -1 || v < 0 || v >= 3000000)
		return -1;
	whole = floor(v);
	day = (long)whole;
	secs = lround((v - whole) * 86400);
	if (secs >= 86400) {
		day++;
		secs -= 86400;
	}
	day += date1904 ? date_make(1904, 1, 1) : date_make(1899, 12, 30);
	return date_time(day, secs, kind, out);
}

/* n digits at s as a number, or -1. */
static long
digits(const char *s, int n)
{
	long v = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = 10 * v + (s[i] - '0');
	}
	return v;
}

/*
 * An ODF date value, 2026-02-03 or 2026-02-03T10:30:00 with perhaps a
 * fraction of a second, as YYYY-MM-DD, with " HH:MM:SS" when the time
 * is not midnight.  -1 when it is no such date.
 */
int
cell_isodate(const char *s, char out[CELL_TEXT_MAX])
{
	long y, m, d, hh = 0, mm = 0, ss = 0;

	if (strlen(s) < 10 || s[4] != '-' || s[7] != '-' ||
	    (y = digits(s, 4)) < 0 || (m = digits(s + 5, 2)) < 0 ||
	    (d = digits(s + 8, 2)) < 0 || !date_valid((int)y, (int)m, (int)d))
		return -1;
	s += 10;
	if (*s == 'T') {
		if (strlen(s) < 9 || s[3] != ':' || s[6] != ':' ||
		    (hh = digits(s + 1, 2)) < 0 || hh > 23 ||
		    (mm = digits(s + 4, 2)) < 0 || mm > 59 ||
		    (ss = digits(s + 7, 2)) < 0 || ss > 59)
			return -1;
		s += 9;
		if (*s == '.' || *s == ',')
			for (s++; *s >= '0' && *s <= '9'; s++)
				;
	}
	if (*s != '\0')
		return -1;
	return date_time(date_make((int)y, (int)m, (int)d),
	    hh * 3600 + mm * 60 + ss, CELL_DATETIME, out);
}

/*
 * An ODF time value, a duration such as PT10H30M00S (days, a fraction
 * of a second allowed), as HH:MM:SS, the hours counting on past 24.
 * -1 when it is no such duration, or one of more than 9999 hours.
 */
int
cell_duration(const char *s, char out[CELL_TEXT_MAX])
{
	double part[4] = { 0, 0, 0, 0 }, v, secs;
	static const char unit[] = "DHMS";
	const char *u;
	char *end;
	int time = 0, last = -1;

	if (*s == '-')
		return -1;
	if (*s++ != 'P')
		return -1;
	while (*s != '\0') {
		if (*s == 'T' && !time) {
			time = 1;
			s++;
			continue;
		}
		if (*s < '0' || *s > '9')
			return -1;
		v = strtod(s, &end);
		if (end == s || (u = strchr(unit, *end)) == NULL ||
		    *end == '\0' || (u - unit > 0) != time ||
		    u - unit <= last)
			return -1;
		last = (int)(u - unit);
		part[last] = v;
		s = end + 1;
	}
	secs = floor(((part[0] * 24 + part[1]) * 60 + part[2]) * 60 +
	    part[3] + 0.5);
	if (last < 0 || !(secs >= 0 && secs < 9999.0 * 3600))
		return -1;
	snprintf(out, CELL_TEXT_MAX, "%02ld:%02ld:%02ld", (long)secs / 3600,
	    (long)secs / 60 % 60, (long)secs % 60);
	return 0;
}

/*
 * What an Excel number format shows of a number: a date, a time, both,
 * or a plain number.  Only its first section counts; text in quotes,
 * characters escaped with a backslash or following _ or *, and
 * brackets (colours, conditions, locales) are passed over, but [h],
 * [mm] and [ss] are elapsed time.  y and d are parts of a date, h
 * and s of a time, and m a month unless a time is shown, as in Excel.
 */
int
cell_fmt_kind(const char *f)
{
	int date = 0, time = 0, month = 0;
	const char *e;

	for (; *f != '\0' && *f != ';'; f++) {
		switch (*f) {
		case '"':
			if ((e = strchr(f + 1, '"')) == NULL)
				return CELL_NUMBER;
			f = e;
			break;
		case '\\':
		case '_':
		case '*':
			if (f[1] == '\0')
				return CELL_NUMBER;
			f++;
			break;
		case '[':
			if ((e = strchr(f + 1, ']')) == NULL)
				return CELL_NUMBER;
			if (strspn(f + 1, "hHmMsS") == (size_t)(e - f - 1) &&
			    e > f + 1)
				time = 1;
			f = e;
			break;
		case 'y': case 'Y': case 'd': case 'D':
			date = 1;
			break;
		case 'h': case 'H': case 's': case 'S':
			time = 1;
			break;
		case 'm': case 'M':
			month = 1;
			break;
		case 'G':
			/* "General", and "G/Standard", are no date */
			if (strncmp(f, "General", 7) == 0)
				f += 6;
			else if (strncmp(f, "G/Standard", 10) == 0)
				f += 9;
			break;
		}
	}
	if (month && !time)
		date = 1;
	if (date && time)
		return CELL_DATETIME;
	return date ? CELL_DATE : time ? CELL_TIME : CELL_NUMBER;
}

/* What Excel's built-in number format id shows. */
int
cell_builtin_kind(unsigned long id)
{
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) ||
	    (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
		return CELL_DATE;
	if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) ||
	    (id >= 45 && id <= 47))
		return CELL_TIME;
	if (id == 22)
		return CELL_DATETIME;
	return CELL_NUMBER;
}
