/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * libtest: a test helper that drives one lib/ module from the command
 * line, so that bats can test the table reader, the output handle and
 * the bundled-data lookups on their own.
 *
 *	libtest table FILE		rows with their lines, as line|f1|f2
 *	libtest col FILE NAME		the column NAME (or its others) is
 *	libtest out FMT [-s] F ... [/ F ...]   records written as FMT
 *	libtest guide LANG CODE LEVEL KIND	the guide's texts
 *	libtest name LANG CODE		a capability's name
 *	libtest uint MAX TEXT		TEXT as a whole number up to MAX
 *	libtest oneline TEXT		TEXT as one line, between '[' ']',
 *					then its length
 *	libtest change FILE HOW		reads FILE's header, changes FILE
 *					(HOW: none, truncate, append, touch),
 *					then reads its rows: their number
 */
#include <sys/stat.h>

#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isac.h"

static int
table(int argc, char *argv[])
{
	struct table t;
	struct diag d;
	size_t i, k;

	if (argc != 1)
		errx(2, "usage: libtest table file");
	if (table_read(&t, argv[0], NULL, &d) == -1)
		errx(2, "%s", d.text);
	printf("%lu", t.hdrline);
	for (k = 0; k < t.ncols; k++)
		printf("|%s", t.col[k]);
	putchar('\n');
	for (i = 0; i < t.nrows; i++) {
		printf("%lu", t.rows[i].line);
		for (k = 0; k < t.ncols; k++)
			printf("|%s", t.rows[i].f[k]);
		putchar('\n');
	}
	table_free(&t);
	return 0;
}

static int
col(int argc, char *argv[])
{
	struct table t;
	struct diag d;
	int idx;

	if (argc != 2)
		errx(2, "usage: libtest col file name");
	if (table_read(&t, argv[0], NULL, &d) == -1)
		errx(2, "%s", d.text);
	if (table_need(&t, argv[1], &idx, &d) == -1) {
		table_free(&t);
		errx(2, "%s", d.text);
	}
	printf("%d\n", idx);
	table_free(&t);
	return 0;
}

static int
out(int argc, char *argv[])
{
	struct out o;
	int fmt, flags = 0, i = 1;

	if (argc < 1 || (fmt = out_fmt_parse(argv[0])) == -1)
		errx(2, "usage: libtest out csv|tsv|excel [-s] field ...");
	if (argc > 1 && strcmp(argv[1], "-s") == 0) {
		flags = OUT_SAFE;
		i++;
	}
	out_init(&o, stdout, fmt, flags);
	for (; i < argc; i++) {
		if (strcmp(argv[i], "/") == 0)
			out_end(&o);
		else
			out_field(&o, argv[i]);
	}
	out_end(&o);
	if (out_flush(&o) == -1)
		err(2, "stdout");
	return 0;
}

static int
guide(int argc, char *argv[])
{
	struct guide *g;
	struct diag d;
	const char *s;
	size_t i;

	if (argc != 4 && argc != 2)
		errx(2, "usage: libtest guide lang code [level kind]");
	if ((g = guide_load(argv[0], &d)) == NULL)
		errx(2, "%s", d.text);
	if (argc == 2) {
		s = guide_name(g, argv[1]);
		printf("%s\n", s ? s : "(none)");
	} else {
		for (i = 0; (s = guide_item(g, argv[1], atoi(argv[2]),
		    argv[3], i)) != NULL; i++)
			printf("%s\n", s);
		printf("%zu\n", guide_count(g, argv[1], atoi(argv[2]),
		    argv[3]));
	}
	guide_free(g);
	return 0;
}

static int
wholenum(int argc, char *argv[])
{
	unsigned long max, v;
	char *end;

	if (argc != 2)
		errx(2, "usage: libtest uint max text");
	max = strtoul(argv[0], &end, 10);
	if (*end != '\0')
		errx(2, "bad max '%s'", argv[0]);
	if (text_uint(argv[1], strlen(argv[1]), max, &v) == -1)
		errx(2, "'%s' is not a whole number from 0 to %lu", argv[1],
		    max);
	printf("%lu\n", v);
	return 0;
}

static int
oneline(int argc, char *argv[])
{
	struct strbuf b;

	if (argc != 1)
		errx(2, "usage: libtest oneline text");
	sb_init(&b);
	text_oneline(&b, argv[0], strlen(argv[0]));
	if (sb_failed(&b))
		err(2, NULL);
	printf("[%s]\n%zu\n", sb_str(&b), b.len);
	sb_free(&b);
	return 0;
}

/* Changes path as how says, between the reader's header and its rows. */
static void
alter(const char *path, const char *how)
{
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 86400, 0 } };
	struct stat st;
	FILE *fp;

	if (strcmp(how, "none") == 0)
		return;
	if (stat(path, &st) == -1)
		err(2, "%s", path);
	if (strcmp(how, "truncate") == 0) {
		if (truncate(path, st.st_size / 2) == -1)
			err(2, "%s", path);
	} else if (strcmp(how, "append") == 0) {
		if ((fp = fopen(path, "a")) == NULL ||
		    fputs("appended,row\n", fp) == EOF || fclose(fp) == EOF)
			err(2, "%s", path);
	} else if (strcmp(how, "touch") == 0) {
		if (utimensat(AT_FDCWD, path, ts, 0) == -1)
			err(2, "%s", path);
	} else
		errx(2, "unknown change '%s'", how);
}

static int
change(int argc, char *argv[])
{
	struct csvrow row;
	struct csvr *r;
	struct diag d;
	unsigned long n = 0;
	int rc;

	if (argc != 2)
		errx(2, "usage: libtest change file "
		    "none|truncate|append|touch");
	if ((r = csvr_open(argv[0], NULL, &d)) == NULL)
		errx(2, "%s", d.text);
	alter(argv[0], argv[1]);
	while ((rc = csvr_next(r, &row, &d)) == 1)
		n++;
	csvr_close(r);
	if (rc == -1)
		errx(2, "%s", d.text);
	printf("%lu\n", n);
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc < 2)
		errx(2, "usage: libtest table|col|out|guide|uint|oneline|change ...");
	if (strcmp(argv[1], "table") == 0)
		return table(argc - 2, argv + 2);
	if (strcmp(argv[1], "col") == 0)
		return col(argc - 2, argv + 2);
	if (strcmp(argv[1], "out") == 0)
		return out(argc - 2, argv + 2);
	if (strcmp(argv[1], "guide") == 0)
		return guide(argc - 2, argv + 2);
	if (strcmp(argv[1], "uint") == 0)
		return wholenum(argc - 2, argv + 2);
	if (strcmp(argv[1], "oneline") == 0)
		return oneline(argc - 2, argv + 2);
	if (strcmp(argv[1], "change") == 0)
		return change(argc - 2, argv + 2);
	errx(2, "unknown command '%s'", argv[1]);
}
