/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csvdump: a test helper that prints what the CSV reader reads from a
 * file, header first, as a JSON array of arrays, so that the reader can
 * be compared with the expected JSON of the public CSV suites.  -e names
 * the encoding and -d the delimiter, as a program's options would.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "isac.h"

static void
json_string(const char *s)
{
	putchar('"');
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\r')
			fputs("\\r", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
usage(void)
{
	fputs("usage: csvdump [-d delim] [-e enc] [file]\n", stderr);
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct csvopt opt = { 0, ENC_AUTO, NULL };
	struct csvr *r;
	struct csvrow row;
	struct diag d;
	size_t i;
	int c, rc;

	while ((c = getopt(argc, argv, "d:e:")) != -1)
		switch (c) {
		case 'd':
			if ((opt.delim = csv_delim_parse(optarg)) == -1)
				errx(2, "bad delimiter '%s'", optarg);
			break;
		case 'e':
			if ((opt.enc = csv_enc_parse(optarg)) == -1)
				errx(2, "bad encoding '%s'", optarg);
			break;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage();
	if ((r = csvr_open(argc > 0 ? argv[0] : "-", &opt, &d)) == NULL)
		errx(2, "%s", d.text);
	fputs("[[", stdout);
	for (i = 0; i < csvr_ncols(r); i++) {
		if (i > 0)
			putchar(',');
		json_string(csvr_colname(r, i));
	}
	putchar(']');
	while ((rc = csvr_next(r, &row, &d)) == 1) {
		fputs(",[", stdout);
		for (i = 0; i < row.n; i++) {
			if (i > 0)
				putchar(',');
			json_string(row.f[i]);
		}
		putchar(']');
	}
	if (rc == -1) {
		csvr_close(r);
		errx(2, "%s", d.text);
	}
	puts("]");
	csvr_close(r);
	return 0;
}
