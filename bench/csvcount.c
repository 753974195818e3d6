/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csvcount: the floor of the benchmark.  Parses CSV with libcsv's
 * defaults, strict, and only counts fields and records: what reading
 * costs before anything is done with what is read.
 *
 *	csvcount [file]
 */
#include <stdio.h>
#include <stdlib.h>

#include <csv.h>

struct count {
	unsigned long	fields, records;
};

static void
on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	((struct count *)data)->fields++;
}

static void
on_record(int c, void *data)
{
	(void)c;
	((struct count *)data)->records++;
}

int
main(int argc, char *argv[])
{
	static char buf[65536];
	struct csv_parser p;
	struct count n = { 0, 0 };
	FILE *fp = stdin;
	size_t len;

	if (argc > 1 && (fp = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return 2;
	while ((len = fread(buf, 1, sizeof(buf), fp)) > 0)
		if (csv_parse(&p, buf, len, on_field, on_record, &n) != len) {
			fprintf(stderr, "csvcount: %s\n",
			    csv_strerror(csv_error(&p)));
			return 2;
		}
	if (csv_fini(&p, on_field, on_record, &n) != 0) {
		fprintf(stderr, "csvcount: %s\n", csv_strerror(csv_error(&p)));
		return 2;
	}
	csv_free(&p);
	printf("%lu fields, %lu records\n", n.fields, n.records);
	return 0;
}
