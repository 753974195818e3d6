/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * date.c: calendar dates in one place, as days since 1970-01-01.
 *
 * Plans, rosters and scores speak of days, not instants, so a date here
 * is a count of days in the proleptic Gregorian calendar, computed with
 * integers alone (Howard Hinnant's days_from_civil and civil_from_days).
 * Nothing depends on the locale, the time zone or the C library's idea
 * of either: the same input gives the same date on every machine.
 *
 * The domain is the years 1 to 9999, what YYYY-MM-DD can write.  A day
 * count outside it is taken as the nearest day inside it, so that no
 * caller's arithmetic can overflow here.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "isac.h"

#define DATE_MIN	(-719162L)	/* 0001-01-01 */
#define DATE_MAX	2932896L	/* 9999-12-31 */

static int
leap(long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int
mdays(long y, int m)
{
	static const int n[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && leap(y) ? 29 : n[m - 1];
}

/*
 * Days from 1970-01-01 to y-m-d.  Years start in March here, so that the
 * leap day is the last day of a year and the month lengths before it do
 * not depend on the year; an era is the 400 years after which the
 * Gregorian calendar repeats.
 */
static long
days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static long
clamp(long z)
{
	return z < DATE_MIN ? DATE_MIN : z > DATE_MAX ? DATE_MAX : z;
}

int
date_valid(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12)
		return 0;
	return d >= 1 && d <= mdays(y, m);
}

long
date_make(int y, int m, int d)
{
	return days_from_civil(y, m, d);
}

void
date_split(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp, yy;

	z = clamp(z) + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	yy = yoe + era * 400 + (*m <= 2);
	*y = (int)yy;
}

static int
digits(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = 10 * v + (s[i] - '0');
	}
	return v;
}

/*
 * Splits s into three runs of digits separated by one sep ('-', '/' or
 * '.', the same twice) and returns how many digits each has in n[].
 */
static int
parts(const char *s, size_t len, int v[3], size_t n[3])
{
	size_t i = 0, k;
	char sep = 0;

	for (k = 0; k < 3; k++) {
		n[k] = 0;
		while (i + n[k] < len && s[i + n[k]] >= '0' &&
		    s[i + n[k]] <= '9' && n[k] < 5)
			n[k]++;
		if (n[k] == 0 || n[k] > 4 ||
		    (v[k] = digits(s + i, n[k])) == -1)
			return -1;
		i += n[k];
		if (k == 2)
			break;
		if (i == len || (s[i] != '-' && s[i] != '/' && s[i] != '.') ||
		    (sep != 0 && s[i] != sep))
			return -1;
		sep = s[i++];
	}
	return i == len ? 0 : -1;
}

/*
 * A day as ISO 8601 writes it, YYYY-MM-DD (and YYYY-M-D), or as Dutch
 * spreadsheets do, day first: D-M-YYYY, DD-MM-YYYY, D/M/YYYY, D.M.YYYY.
 * The year has four digits, so which form it is can be told, and a day
 * is never read month first: "3/1/2024" is the 3rd of January.  A
 * two-digit year is refused, since it could be read more than one way.
 */
int
date_parse(const char *s, size_t len, long *out)
{
	int v[3], y, m, d;
	size_t n[3];

	text_trim(&s, &len);
	if (parts(s, len, v, n) == -1)
		return -1;
	if (n[0] == 4 && n[1] <= 2 && n[2] <= 2 && s[4] == '-') {
		y = v[0];
		m = v[1];
		d = v[2];
	} else if (n[0] <= 2 && n[1] <= 2 && n[2] == 4) {
		d = v[0];
		m = v[1];
		y = v[2];
	} else
		return -1;
	if (!date_valid(y, m, d))
		return -1;
	*out = date_make(y, m, d);
	return 0;
}

/* The last day of month m of year y. */
static long
month_end(int y, int m)
{
	return date_add_months(date_make(y, m, 1), 1) - 1;
}

/*
 * The day a period of answers ends, when it says: a date is that day;
 * YYYY-MM the month's last day; YYYY-Qn and YYYY-Hn the quarter's and
 * the half year's; anything else that starts with a year (2026,
 * "2026 najaar") the year's last day.  An evaluation happens some time
 * in its period, so its end is the latest it can have been.  -1 when the
 * period says no date.
 */
int
date_period_end(const char *p, long *day)
{
	size_t len = strlen(p);
	int y, m;

	if (date_parse(p, len, day) == 0)
		return 0;
	if (len < 4 || (y = digits(p, 4)) < 1 || y > 9999 ||
	    (len > 4 && p[4] >= '0' && p[4] <= '9'))
		return -1;
	if (len == 7 && p[4] == '-' && (m = digits(p + 5, 2)) >= 1 &&
	    m <= 12)
		*day = month_end(y, m);
	else if (len == 7 && p[4] == '-' && (p[5] == 'Q' || p[5] == 'q') &&
	    p[6] >= '1' && p[6] <= '4')
		*day = month_end(y, 3 * (p[6] - '0'));
	else if (len == 7 && p[4] == '-' && (p[5] == 'H' || p[5] == 'h') &&
	    p[6] >= '1' && p[6] <= '2')
		*day = month_end(y, 6 * (p[6] - '0'));
	else
		*day = date_make(y, 12, 31);
	return 0;
}

static void
put(char *p, int v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* By hand, not snprintf: a clamped day always fills exactly 10 bytes. */
void
date_format(long z, char buf[11])
{
	int y, m, d;

	date_split(z, &y, &m, &d);
	put(buf, y, 4);
	buf[4] = '-';
	put(buf + 5, m, 2);
	buf[7] = '-';
	put(buf + 8, d, 2);
	buf[10] = '\0';
}

/* 1970-01-01 was a Thursday, ISO day 4. */
int
date_weekday(long z)
{
	long r = clamp(z) % 7;

	if (r < 0)
		r += 7;
	return (int)((r + 3) % 7 + 1);
}

/*
 * A month on from the 31st is the last day of the next month, as a
 * person planning "monthly" means it; the result stays within the
 * years 1 to 9999.
 */
long
date_add_months(long z, int n)
{
	int y, m, d, last;
	long t;

	date_split(z, &y, &m, &d);
	t = (long)y * 12 + (m - 1) + n;
	if (t < 12)
		return DATE_MIN;
	if (t > 9999L * 12 + 11)
		return DATE_MAX;
	y = (int)(t / 12);
	m = (int)(t % 12) + 1;
	if (d > (last = mdays(y, m)))
		d = last;
	return date_make(y, m, d);
}

/* The anonymous Gregorian algorithm (Meeus, Jones, Butcher). */
long
date_easter(int year)
{
	int a, b, c, d, e, f, g, h, i, k, l, m;

	if (year < 1)
		year = 1;
	if (year > 9999)
		year = 9999;
	a = year % 19;
	b = year / 100;
	c = year % 100;
	d = b / 4;
	e = b % 4;
	f = (b + 8) / 25;
	g = (b - f + 1) / 3;
	h = (19 * a + b - d - g + 15) % 30;
	i = c / 4;
	k = c % 4;
	l = (32 + 2 * e + 2 * i - h - k) % 7;
	m = (a + 11 * h + 22 * l) / 451;
	return date_make(year, (h + l - 7 * m + 114) / 31,
	    (h + l - 7 * m + 114) % 31 + 1);
}

/*
 * The King's or Queen's day of a year, as days.  From 2014 Koningsdag is
 * 27 April; Koninginnedag was 30 April from 1949.  When the day falls on
 * a Sunday it moves: to the Saturday before since 1980, to the Monday
 * after under Queen Juliana.  The rule of 1949 is taken back to earlier
 * years, as the calendar itself is.
 */
static long
royal_day(int y, const char **name)
{
	long z;

	if (y >= 2014) {
		*name = "Koningsdag";
		z = date_make(y, 4, 27);
	} else {
		*name = "Koninginnedag";
		z = date_make(y, 4, 30);
	}
	if (date_weekday(z) == 7)
		z += y >= 1980 ? -1 : 1;
	return z;
}

/*
 * The days a Dutch meeting should avoid.  Goede Vrijdag and
 * Bevrijdingsdag are included every year, although the law makes
 * neither a day off for everyone (Bevrijdingsdag is, for many, only
 * every fifth year): many organisations close on them, and a meeting
 * that half the participants cannot attend is a meeting lost.
 *
 * Hemelvaartsdag (30 April to 3 June) is the only movable feast that can
 * fall on a fixed one, 5 May (as in 2016) or Koninginnedag on 30 April;
 * such a day is given both names.
 */
const char *
date_holiday_nl(long z)
{
	const char *royal;
	long easter, off;
	int y, m, d;

	date_split(z, &y, &m, &d);
	z = clamp(z);
	easter = date_easter(y);
	off = z - easter;
	if (z == royal_day(y, &royal))
		return off == 39 ? "Hemelvaartsdag en Koninginnedag" : royal;
	if (m == 5 && d == 5)
		return off == 39 ? "Hemelvaartsdag en Bevrijdingsdag" :
		    "Bevrijdingsdag";
	if (m == 1 && d == 1)
		return "Nieuwjaarsdag";
	if (m == 12 && d == 25)
		return "Eerste Kerstdag";
	if (m == 12 && d == 26)
		return "Tweede Kerstdag";
	switch (off) {
	case -2:
		return "Goede Vrijdag";
	case 0:
		return "Eerste Paasdag";
	case 1:
		return "Tweede Paasdag";
	case 39:
		return "Hemelvaartsdag";
	case 49:
		return "Eerste Pinksterdag";
	case 50:
		return "Tweede Pinksterdag";
	}
	return NULL;
}

/*
 * Carnival as the south of the Netherlands keeps it: the Sunday to the
 * Tuesday before Ash Wednesday, 49 to 47 days before Easter.  Not a
 * public holiday, but in Brabant and Limburg many are away.
 */
int
date_carnival(long z)
{
	int y, m, d;
	long off;

	date_split(z, &y, &m, &d);
	off = clamp(z) - date_easter(y);
	return off >= -49 && off <= -47;
}

/*
 * A day or a range of days, "A..B" (spaces allowed around the dots),
 * each a date as date_parse reads it: *lo and *hi, the same for one
 * day.  -1 when it is neither, -2 when B is before A.
 */
int
date_range_parse(const char *s, size_t len, long *lo, long *hi)
{
	const char *dots;
	size_t at;

	text_trim(&s, &len);
	for (at = 0; at + 1 < len; at++)
		if (s[at] == '.' && s[at + 1] == '.')
			break;
	if (at + 1 >= len)
		return date_parse(s, len, lo) == -1 ? -1 : (*hi = *lo, 0);
	dots = s + at;
	if (date_parse(s, at, lo) == -1 ||
	    date_parse(dots + 2, len - at - 2, hi) == -1)
		return -1;
	return *hi < *lo ? -2 : 0;
}

/* The latest instant a stamp may name: the year 9999's last second. */
#define STAMP_MAX	253402300799LL

/* Decimal seconds, up to STAMP_MAX, into *t: 0, or -1. */
static int
seconds(const char *v, long long *t)
{
	size_t i;

	for (*t = 0, i = 0; v[i] != '\0'; i++)
		if (v[i] < '0' || v[i] > '9' || i >= 12 ||
		    (*t = 10 * *t + (v[i] - '0')) > STAMP_MAX)
			return -1;
	return 0;
}

/*
 * The moment a file says it was made (an iCalendar DTSTAMP), in seconds
 * since 1970-01-01 UTC: want when it is not -1, else SOURCE_DATE_EPOCH
 * (the reproducible-builds convention) when set, else the clock; and
 * never later than the clock, since a stamp in the future is a lie a
 * calendar would believe.  A malformed SOURCE_DATE_EPOCH is an error,
 * as the convention asks.
 */
int
date_stamp(long long want, long long *out, struct diag *d)
{
	const char *v;
	long long now, t;
	time_t c;

	if ((c = time(NULL)) == (time_t)-1)
		return diag_set(d, NULL, 0, "cannot read the system clock");
	now = (long long)c;
	t = now;
	if (want != -1)
		t = want;
	else if ((v = getenv("SOURCE_DATE_EPOCH")) != NULL && *v != '\0' &&
	    seconds(v, &t) == -1)
		return diag_set(d, NULL, 0, "SOURCE_DATE_EPOCH: '%s' is not a "
		    "number of seconds since 1970-01-01", v);
	*out = t < now ? t : now;
	return 0;
}

/*
 * Today in UTC, from the seconds since the epoch by integer division:
 * localtime would bring in the time zone, and a date that depends on
 * where the program runs is not reproducible.  ISAC_TODAY fixes the day
 * for tests and for runs that must give the same output later; set but
 * empty, it counts as unset, as an assignment cleared for one command.
 */
int
date_today(long *out, struct diag *d)
{
	const char *v;
	time_t t;
	long days;

	if ((v = getenv("ISAC_TODAY")) != NULL && *v != '\0') {
		if (date_parse(v, strlen(v), out) == -1)
			return diag_set(d, NULL, 0,
			    "ISAC_TODAY: '%s' is not a date YYYY-MM-DD", v);
		return 0;
	}
	if ((t = time(NULL)) == (time_t)-1)
		return diag_set(d, NULL, 0, "cannot read the system clock");
	days = (long)(t / 86400);
	if (t % 86400 < 0)
		days--;
	*out = clamp(days);
	return 0;
}
