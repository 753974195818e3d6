/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * table.c: a whole table in memory, every column kept.
 *
 * For the programs that keep what they read (plan, roster, render): the
 * header as written, and each row's fields with the line the row starts
 * on, read through the same reader as everything else.  Each row is one
 * allocation: its field pointers followed by its text.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

static int
add_row(struct table *t, const struct csvrow *row)
{
	struct trow *rows;
	size_t i, total = 0;
	char *p;
	const char **f;

	if (t->nrows == t->rcap) {
		size_t cap = t->rcap ? 2 * t->rcap : 64;

		if ((rows = realloc(t->rows, cap * sizeof(*rows))) == NULL)
			return -1;
		t->rows = rows;
		t->rcap = cap;
	}
	for (i = 0; i < row->n; i++)
		total += row->len[i] + 1;
	if ((f = malloc(row->n * sizeof(*f) + total)) == NULL)
		return -1;
	p = (char *)(f + row->n);
	for (i = 0; i < row->n; i++) {
		memcpy(p, row->f[i], row->len[i] + 1);
		f[i] = p;
		p += row->len[i] + 1;
	}
	t->rows[t->nrows].f = f;
	t->rows[t->nrows].line = row->line;
	t->nrows++;
	return 0;
}

/*
 * Reads r's header into t, and no row: a program checks the columns it
 * needs before it reads a row, so that the wrong file is refused at
 * once, however long it is.
 */
int
table_head(struct table *t, struct csvr *r, struct diag *d)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->hdrline = csvr_hdrline(r);
	t->delim = csvr_delim(r);
	t->ncols = csvr_ncols(r);
	if ((t->name = strdup(csvr_name(r))) == NULL ||
	    (t->col = calloc(t->ncols, sizeof(*t->col))) == NULL)
		goto nomem;
	for (i = 0; i < t->ncols; i++)
		if ((t->col[i] = strdup(csvr_colname(r, i))) == NULL)
			goto nomem;
	return 0;
nomem:
	diag_nomem(d, csvr_name(r));
	table_free(t);
	return -1;
}

/* Reads the rest of r into t, whose head table_head read. */
int
table_body(struct table *t, struct csvr *r, struct diag *d)
{
	struct csvrow row;
	int rc;

	while ((rc = csvr_next(r, &row, d)) == 1) {
		if (t->nrows == TABLE_ROWS_MAX) {
			diag_set(d, t->name, row.line, "more than %d rows: "
			    "a table is kept whole, and this is the limit",
			    TABLE_ROWS_MAX);
			break;
		}
		if (add_row(t, &row) == -1) {
			diag_nomem(d, t->name);
			break;
		}
	}
	if (rc == 0)
		return 0;
	table_free(t);
	return -1;
}

/* Reads what is left of r, header included, into t. */
int
table_from(struct table *t, struct csvr *r, struct diag *d)
{
	if (table_head(t, r, d) == -1)
		return -1;
	return table_body(t, r, d);
}

/* Reads the table in path ("-" for standard input). */
int
table_read(struct table *t, const char *path, const struct csvopt *opt,
    struct diag *d)
{
	struct csvr *r;
	int rc;

	memset(t, 0, sizeof(*t));
	if ((r = csvr_open(path, opt, d)) == NULL)
		return -1;
	rc = table_from(t, r, d);
	csvr_close(r);
	return rc;
}

void
table_free(struct table *t)
{
	size_t i;

	for (i = 0; i < t->nrows; i++)
		free(t->rows[i].f);
	for (i = 0; t->col != NULL && i < t->ncols; i++)
		free(t->col[i]);
	free(t->rows);
	free(t->col);
	free(t->name);
	memset(t, 0, sizeof(*t));
}

/* The column with this English name (or one of its others), or -1. */
int
table_col(const struct table *t, const char *name)
{
	int idx;

	return colname_find((const char *const *)t->col, t->ncols, name,
	    &idx) == 1 ? idx : -1;
}

/* Like table_col, but a missing column, or one named twice, is an error. */
int
table_need(const struct table *t, const char *name, int *idx,
    struct diag *d)
{
	switch (colname_find((const char *const *)t->col, t->ncols, name,
	    idx)) {
	case 1:
		return 0;
	case 0:
		return colname_missing(d, t->name, t->hdrline, name,
		    (const char *const *)t->col, t->ncols, t->delim);
	default:
		return diag_set(d, t->name, t->hdrline, "column '%s' occurs "
		    "twice in the header", name);
	}
}

/* Row i's value in column col, trimmed, and its length; "" for col -1. */
const char *
table_value(const struct table *t, size_t i, int col, size_t *len)
{
	const char *s = "";

	*len = 0;
	if (col >= 0 && (size_t)col < t->ncols) {
		s = t->rows[i].f[col];
		*len = strlen(s);
		text_trim(&s, len);
	}
	return s;
}

/*
 * The date in column col (called name in a message) of row i into *day,
 * day first as Dutch spreadsheets write it or ISO: 0; 1 when the cell is
 * empty, *day untouched; -1 with d set when it is no date.
 */
int
table_date(const struct table *t, size_t i, int col, const char *name,
    long *day, struct diag *d)
{
	const char *s;
	size_t len;

	s = table_value(t, i, col, &len);
	if (len == 0)
		return 1;
	if (date_parse(s, len, day) == -1)
		return diag_set(d, t->name, t->rows[i].line, "bad date '%.*s' "
		    "in column '%s' (use YYYY-MM-DD or DD-MM-YYYY)",
		    (int)(len > 60 ? 60 : len), s, name);
	return 0;
}
