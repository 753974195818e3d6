/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * datecalc: a test helper that puts the date functions of lib/date.c on
 * the command line, one command per function, so that the tests can
 * check them against known dates and against GNU date.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

static void
usage(void)
{
	fputs("usage: datecalc parse|days|weekday|holiday DATE\n"
	    "       datecalc add-months DATE N\n"
	    "       datecalc diff|range DATE DATE\n"
	    "       datecalc easter|holidays YEAR\n"
	    "       datecalc today\n", stderr);
	exit(2);
}

static long
date(const char *s)
{
	long z;

	if (date_parse(s, strlen(s), &z) == -1)
		errx(2, "'%s' is not a date YYYY-MM-DD", s);
	return z;
}

static int
year(const char *s)
{
	unsigned long y;

	if (text_uint(s, strlen(s), 9999, &y) == -1 || y < 1)
		errx(2, "'%s' is not a year 1-9999", s);
	return (int)y;
}

static void
print(long z)
{
	char buf[11];

	date_format(z, buf);
	puts(buf);
}

/*
 * Every day from a to b with its ISO weekday, each formatted, parsed
 * back and split and made again on the way: any day that does not come
 * back as itself stops the run.
 */
static void
range(long a, long b)
{
	char buf[11];
	long z, back;
	int y, m, d;

	for (z = a; z <= b; z++) {
		date_format(z, buf);
		date_split(z, &y, &m, &d);
		if (date_parse(buf, strlen(buf), &back) == -1 || back != z ||
		    !date_valid(y, m, d) || date_make(y, m, d) != z)
			errx(1, "day %ld (%s) does not round-trip", z, buf);
		printf("%s %d\n", buf, date_weekday(z));
	}
}

int
main(int argc, char *argv[])
{
	struct diag dg;
	const char *cmd, *name;
	char *end;
	long z, n;
	int y;

	if (argc < 2)
		usage();
	cmd = argv[1];
	if (argc == 2 && strcmp(cmd, "today") == 0) {
		if (date_today(&z, &dg) == -1)
			errx(2, "%s", dg.text);
		print(z);
	} else if (argc == 3 && strcmp(cmd, "parse") == 0)
		print(date(argv[2]));
	else if (argc == 3 && strcmp(cmd, "days") == 0)
		printf("%ld\n", date(argv[2]));
	else if (argc == 3 && strcmp(cmd, "weekday") == 0)
		printf("%d\n", date_weekday(date(argv[2])));
	else if (argc == 3 && strcmp(cmd, "holiday") == 0) {
		if ((name = date_holiday_nl(date(argv[2]))) == NULL)
			return 1;
		puts(name);
	} else if (argc == 3 && strcmp(cmd, "easter") == 0)
		print(date_easter(year(argv[2])));
	else if (argc == 3 && strcmp(cmd, "holidays") == 0) {
		y = year(argv[2]);
		for (z = date_make(y, 1, 1); z <= date_make(y, 12, 31); z++) {
			char buf[11];

			if ((name = date_holiday_nl(z)) == NULL)
				continue;
			date_format(z, buf);
			printf("%s,%s\n", buf, name);
		}
	} else if (argc == 4 && strcmp(cmd, "add-months") == 0) {
		z = date(argv[2]);
		n = strtol(argv[3], &end, 10);
		if (*argv[3] == '\0' || *end != '\0' || n < -120000 ||
		    n > 120000)
			errx(2, "'%s' is not a number of months", argv[3]);
		print(date_add_months(z, (int)n));
	} else if (argc == 4 && strcmp(cmd, "diff") == 0)
		printf("%ld\n", date(argv[3]) - date(argv[2]));
	else if (argc == 4 && strcmp(cmd, "range") == 0)
		range(date(argv[2]), date(argv[3]));
	else
		usage();
	return 0;
}
