/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * wbook.c: what the two workbook writers (fmt-xlsx.c, fmt-ods.c) decide
 * the same way: the date a workbook carries, sheet names Excel accepts,
 * column widths, which text is a number or a date, and the length of a
 * cell, checked before anything is written.
 *
 * Only a column declared a number (tables.c) or named as a date holds
 * numbers or dates, and only text that a spreadsheet shows back exactly
 * as it was written: "7" is a number, "007" and "7.0" stay text, so that
 * the workbook saved as CSV is the table it was made from.  Every other
 * cell is a string, never a formula, whatever it starts with.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wbook.h"

/* 1980-01-01T00:00:00Z: the earliest a zip entry can be dated. */
#define EPOCH_ZIP	315532800L
/* 9999-12-31T23:59:59Z: the last a document property can say. */
#define EPOCH_MAX	253402300799UL

/* Columns that hold dates, by their English names (colname.c). */
static const char *const datecols[] = { "date", "agenda_due", "start",
    "end", "signed", "joined", "left", "since", "term_end" };

/*
 * The time a workbook says it was made: SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention), else 1980-01-01, so that the same
 * tables make the same bytes.  A zip entry cannot be older than 1980.
 */
int
wb_epoch(time_t *t, struct diag *d)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	unsigned long v;

	*t = EPOCH_ZIP;
	if (s == NULL || *s == '\0')
		return 0;
	if (text_uint(s, strlen(s), EPOCH_MAX, &v) == -1)
		return diag_set(d, NULL, 0, "SOURCE_DATE_EPOCH '%.40s' is not "
		    "a number of seconds since 1970", s);
	if (v > (unsigned long)EPOCH_ZIP)
		*t = (time_t)v;
	return 0;
}

/* The English name of the date column header h, or NULL. */
const char *
wb_date_name(const char *h)
{
	size_t i, len = strlen(h);

	text_trim(&h, &len);
	for (i = 0; i < sizeof(datecols) / sizeof(datecols[0]); i++)
		if (colname_is(h, len, datecols[i]))
			return datecols[i];
	return NULL;
}

/* A whole number a spreadsheet shows as written: no sign but -, no 0s. */
static int
plain_number(const char *s, size_t len, double *num)
{
	unsigned long v;
	int neg = len > 1 && s[0] == '-';

	if (neg) {
		s++;
		len--;
	}
	if (len == 0 || len > 9 || (s[0] == '0' && len > 1) ||
	    text_uint(s, len, 999999999UL, &v) == -1 || (neg && v == 0))
		return 0;
	*num = neg ? -(double)v : (double)v;
	return 1;
}

/* YYYY-MM-DD, as date.c writes it, from 1900-03-01 (Excel's 1900 bug). */
static int
plain_date(const char *s, size_t len, double *num)
{
	char buf[11];
	long day;

	if (len != 10 || date_parse(s, len, &day) == -1)
		return 0;
	date_format(day, buf);
	if (memcmp(buf, s, 10) != 0 || day < date_make(1900, 3, 1))
		return 0;
	*num = (double)day;
	return 1;
}

/*
 * What text s in column col is (WV_*): a number, a date (*num days since
 * 1970-01-01), a string, or nothing.
 */
int
wb_value(const struct wcol *col, const char *s, double *num)
{
	size_t len = strlen(s);

	*num = 0;
	if (len == 0)
		return WV_BLANK;
	if (col->type == WT_NUM && plain_number(s, len, num))
		return WV_NUM;
	if (col->type == WT_DATE && plain_date(s, len, num))
		return WV_DATE;
	return WV_TEXT;
}

/* The row a sheet's header is in: below the label, when it has one. */
size_t
wb_head_row(const struct wbook *b, const struct wsheet *s)
{
	return s->labelrow && b->label != TLP_NONE ? 1 : 0;
}

/* Column c, row r (from 0) as an absolute reference: $F$2. */
void
wb_ref(char buf[16], size_t c, size_t r)
{
	char col[8];
	size_t n = 0, i;

	do {
		col[n++] = (char)('A' + c % 26);
		c = c / 26;
	} while (c-- > 0 && n < sizeof(col));
	buf[0] = '$';
	for (i = 0; i < n; i++)
		buf[1 + i] = col[n - 1 - i];
	snprintf(buf + 1 + n, 16 - 1 - n, "$%zu", r + 1);
}

/*
 * The bytes of s (len) that make at most max UTF-16 units, Excel's
 * measure of a name.
 */
static size_t
fit(const char *s, size_t len, size_t max)
{
	unsigned long c;
	size_t i = 0, n = 0, k;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		n += c > 0xffff ? 2 : 1;
		if (n > max)
			break;
		i += k;
	}
	return i;
}

/* A sheet's title as a name Excel takes: no []:*?/\, no ' at an end. */
static char *
clean_name(const char *title, const char *lang)
{
	size_t len, i;
	char *s;

	if (*title == '\0')
		title = strcmp(lang, "nl") == 0 ? "Blad" : "Sheet";
	len = fit(title, strlen(title), WB_NAME_MAX);
	if ((s = malloc(len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++) {
		s[i] = title[i];
		if (strchr("[]:*?/\\", s[i]) != NULL ||
		    (unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			s[i] = '-';
	}
	s[len] = '\0';
	if (s[0] == '\'')
		s[0] = '-';
	if (s[len - 1] == '\'')
		s[len - 1] = '-';
	return s;
}

/* Is name taken by one of the n keys (folded), or Excel's own History? */
static int
taken(char *const *key, size_t n, const char *k)
{
	size_t i;

	if (strcmp(k, "history") == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (strcmp(key[i], k) == 0)
			return 1;
	return 0;
}

/*
 * Sheet i's name, made unique among the names before it (compared as
 * Excel does, without case) by " (2)", " (3)" ... within 31 characters.
 */
static int
unique_name(struct wsheet *sh, char **key, size_t i, const char *lang)
{
	char *base, *name, *k, suffix[32] = "";
	size_t n, len, klen;

	if ((base = clean_name(sh[i].name, lang)) == NULL)
		return -1;
	for (n = 1;; n++) {
		if (n > 1)
			snprintf(suffix, sizeof(suffix), " (%zu)", n);
		len = fit(base, strlen(base), WB_NAME_MAX - strlen(suffix));
		if ((name = malloc(len + sizeof(suffix))) == NULL)
			break;
		memcpy(name, base, len);
		strcpy(name + len, suffix);
		if ((k = fold_name(name, strlen(name), &klen)) == NULL) {
			free(name);
			break;
		}
		if (!taken(key, i, k)) {
			free(base);
			free(sh[i].name);
			sh[i].name = name;
			key[i] = k;
			return 0;
		}
		free(k);
		free(name);
	}
	free(base);
	return -1;
}

static int
names(struct wbook *b, struct diag *d)
{
	char **key;
	size_t i;
	int rc = 0;

	if ((key = calloc(b->n, sizeof(*key))) == NULL)
		return diag_nomem(d, NULL);
	for (i = 0; i < b->n && rc == 0; i++)
		if (unique_name(b->sheet, key, i, b->lang) == -1)
			rc = diag_nomem(d, NULL);
	for (i = 0; i < b->n; i++)
		free(key[i]);
	free(key);
	return rc;
}

/*
 * The widest line of s in columns (*w), whether it has more than one
 * line, and its length in UTF-16 units (*u).
 */
static int
measure(const char *s, size_t *w, size_t *u)
{
	size_t len = strlen(s), i = 0, start = 0, k;
	unsigned long c;
	int lines = 0;

	*w = *u = 0;
	while (i <= len) {
		if (i == len || s[i] == '\n' || s[i] == '\r') {
			k = text_width(s + start, i - start);
			*w = k > *w ? k : *w;
			lines += i < len;
			start = ++i;
			continue;
		}
		i += utf8_decode(s + i, len - i, &c);
		*u += c > 0xffff ? 2 : 1;
	}
	*u += (size_t)lines;
	return lines > 0;
}

/* Column c's width, from its cells; and each cell's length checked. */
static int
widths(const struct wbook *b, const struct wsheet *s, size_t c,
    struct diag *d)
{
	struct wcol *col = &s->col[c];
	size_t r, w, u, max;
	const char *v;
	int wrap = 0;

	measure(col->head, &max, &u);
	max += 1;			/* bold */
	for (r = 0; r < s->nrows; r++) {
		if ((v = s->cell(s->arg, r, c)) == NULL)
			return diag_nomem(d, s->file);
		wrap |= measure(v, &w, &u);
		if (u > WB_CELL_MAX && s->line != NULL)
			return diag_set(d, s->file, s->line(s->arg, r),
			    "column '%s' holds %zu characters, more than a "
			    "workbook's cell (%d)", col->head, u, WB_CELL_MAX);
		if (u > WB_CELL_MAX)
			return diag_set(d, s->file, 0, "sheet '%s', row %zu: "
			    "column '%s' holds %zu characters, more than a "
			    "workbook's cell (%d)", s->name,
			    wb_head_row(b, s) + r + 2, col->head, u,
			    WB_CELL_MAX);
		max = w > max ? w : max;
	}
	if (col->width == 0) {
		if (max > WB_WIDE) {
			max = WB_WIDE;
			wrap = 1;
		}
		col->width = (double)(max < 4 ? 4 : max) + 2;
	}
	if (wrap)
		col->style |= WS_WRAP;
	return 0;
}

/*
 * Makes the book fit to be written: Excel's names for its sheets, the
 * widths of their columns; and refuses what a workbook cannot hold.
 */
int
wb_prepare(struct wbook *b, struct diag *d)
{
	size_t i, c;

	if (b->n == 0)
		return diag_set(d, NULL, 0, "no table to write");
	if (names(b, d) == -1)
		return -1;
	for (i = 0; i < b->n; i++)
		for (c = 0; c < b->sheet[i].ncols; c++)
			if (widths(b, &b->sheet[i], c, d) == -1)
				return -1;
	return 0;
}

void
wb_sheets_free(struct wsheet *sh, size_t n)
{
	size_t i;

	for (i = 0; sh != NULL && i < n; i++) {
		free(sh[i].name);
		free(sh[i].col);
	}
	free(sh);
}
