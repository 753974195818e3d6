/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * ods.c: an OpenDocument spreadsheet (.ods, LibreOffice's) read into
 * cells (workbook.c).
 *
 * All of it is in content.xml: the sheets are its table:table elements,
 * in order.  The parse stops, to wait, at the start of the sheet to be
 * read, and at the end of each of its rows that holds something.
 *
 * A cell's value is in its attributes by its value type: a number,
 * date, time or boolean there is written as cell.c says; any other
 * cell is the text of its paragraphs, joined with line ends, with ODF's
 * rules for white space, text:s, text:tab and text:line-break.
 * Annotations, drawings and anything else in a cell are not its text.
 * LibreOffice writes the empty rest of a sheet as a row repeated a
 * million times, and the rest of a row as a cell repeated a thousand:
 * empty cells and rows are only counted, and a cell or row that is not
 * empty is kept once with its count.
 */
#include <stdlib.h>
#include <string.h>

#include "workbook.h"

#define NS_OFFICE	"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TABLE	"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT		"urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define COUNT_MAX	(1UL << 30)

struct ods {
	int		 in_sheet;	/* the table to read has begun */
	unsigned long	 skip;		/* in an element not read, this deep */
	int		 in_row, in_cell;
	unsigned long	 row, rowrep;	/* the row, and its repeat */
	unsigned long	 col, colrep;
	int		 typed;		/* the value is in value */
	char		 value[CELL_TEXT_MAX];
	struct wbtext	 t;		/* or in the paragraphs, here */
	unsigned long	 np;		/* paragraphs in the cell so far */
	unsigned long	 in_p;		/* depth in a paragraph */
	int		 space;		/* a space ends t: spaces collapse */
};

static void
ods_free(void *p)
{
	struct ods *o = p;

	if (o == NULL)
		return;
	sb_free(&o->t.b);
	free(o);
}

/* A repeat count: 1 when absent or not a number; at most COUNT_MAX. */
static unsigned long
count(const char *s)
{
	unsigned long v = 0;

	if (s == NULL || *s == '\0')
		return 1;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((v = 10 * v + (unsigned long)(*s - '0')) > COUNT_MAX)
			v = COUNT_MAX;
	return *s != '\0' || v == 0 ? 1 : v;
}

static unsigned long
add(unsigned long a, unsigned long b)
{
	return a + b > COUNT_MAX ? COUNT_MAX : a + b;
}

/* The value a cell's attributes hold, when its type says they do. */
static void
cell_value(struct ods *o, const char **atts)
{
	const char *type = xml_attr(atts, NS_OFFICE, "value-type");
	const char *v;

	o->typed = 0;
	if (type == NULL)
		return;
	if (strcmp(type, "float") == 0 || strcmp(type, "percentage") == 0 ||
	    strcmp(type, "currency") == 0) {
		v = xml_attr(atts, NS_OFFICE, "value");
		o->typed = v != NULL &&
		    cell_number(v, strlen(v), o->value) == 0;
	} else if (strcmp(type, "date") == 0) {
		v = xml_attr(atts, NS_OFFICE, "date-value");
		o->typed = v != NULL && cell_isodate(v, o->value) == 0;
	} else if (strcmp(type, "time") == 0) {
		v = xml_attr(atts, NS_OFFICE, "time-value");
		o->typed = v != NULL && cell_duration(v, o->value) == 0;
	} else if (strcmp(type, "boolean") == 0) {
		v = xml_attr(atts, NS_OFFICE, "boolean-value");
		if (v != NULL && (strcmp(v, "true") == 0 ||
		    strcmp(v, "false") == 0)) {
			strcpy(o->value, v[0] == 't' ? "TRUE" : "FALSE");
			o->typed = 1;
		}
	}
}

/* Paragraph text, white space collapsed as ODF says. */
static void
para_text(struct ods *o, const char *s, size_t len)
{
	size_t i, run;

	for (i = 0; i < len; i += run) {
		for (run = 0; i + run < len && s[i + run] != ' ' &&
		    s[i + run] != '\t' && s[i + run] != '\n' &&
		    s[i + run] != '\r'; run++)
			;
		if (run > 0) {
			wbtext_add(&o->t, s + i, run);
			o->space = 0;
			continue;
		}
		if (!o->space)
			wbtext_add(&o->t, " ", 1);
		o->space = 1;
		run = 1;
	}
}

/* text:s: c spaces, kept as they are. */
static void
spaces(struct ods *o, const char **atts)
{
	unsigned long n = count(xml_attr(atts, NS_TEXT, "c"));
	static const char sp[] = "                ";

	for (; n > 0 && !o->t.over; n -= n > 16 ? 16 : n)
		wbtext_add(&o->t, sp, n > 16 ? 16 : n);
	o->space = 1;
}

/* An element inside a cell: a paragraph, part of one, or not text. */
static void
in_cell_start(struct ods *o, const char *name, const char **atts)
{
	if (o->in_p == 0) {
		if (xml_is(name, NS_TEXT, "p") || xml_is(name, NS_TEXT, "h")) {
			if (o->np++ > 0)
				wbtext_add(&o->t, "\n", 1);
			o->in_p = 1;
			o->space = 1;
		} else
			o->skip = 1;
		return;
	}
	if (xml_is(name, NS_TEXT, "s"))
		spaces(o, atts);
	else if (xml_is(name, NS_TEXT, "tab"))
		wbtext_add(&o->t, "\t", 1);
	else if (xml_is(name, NS_TEXT, "line-break"))
		wbtext_add(&o->t, "\n", 1);
	else if (strncmp(name, NS_TEXT "|", sizeof(NS_TEXT)) == 0 &&
	    !xml_is(name, NS_TEXT, "note") &&
	    !xml_is(name, NS_TEXT, "ruby-text")) {
		o->in_p++;	/* a span, a link, a field: its text counts */
		return;
	}
	o->skip = 1;
}

static void
sheet_start(struct wb *w, const char *name, const char **atts)
{
	struct ods *o = wb_format(w);
	const char *s;

	if (o->skip > 0) {
		o->skip++;
		return;
	}
	if (!o->in_sheet) {
		if (!xml_is(name, NS_TABLE, "table"))
			return;
		s = xml_attr(atts, NS_TABLE, "name");
		if (wb_sheet_add(w, s != NULL ? s : "") == 1) {
			o->in_sheet = 1;
			o->row = 1;
			wb_pause(w);
		} else
			o->skip = 1;
	} else if (o->in_cell)
		in_cell_start(o, name, atts);
	else if (o->in_row) {
		if (xml_is(name, NS_TABLE, "table-cell") ||
		    xml_is(name, NS_TABLE, "covered-table-cell")) {
			o->in_cell = 1;
			o->colrep = count(xml_attr(atts, NS_TABLE,
			    "number-columns-repeated"));
			cell_value(o, atts);
			wbtext_reset(&o->t);
			o->np = o->in_p = 0;
		} else
			o->skip = 1;
	} else if (xml_is(name, NS_TABLE, "table-row")) {
		o->in_row = 1;
		o->rowrep = count(xml_attr(atts, NS_TABLE,
		    "number-rows-repeated"));
		o->col = 0;
	} else if (!xml_is(name, NS_TABLE, "table-header-rows") &&
	    !xml_is(name, NS_TABLE, "table-rows") &&
	    !xml_is(name, NS_TABLE, "table-row-group"))
		o->skip = 1;
}

static void
cell_end(struct wb *w, struct ods *o)
{
	const char *s = o->t.b.s != NULL ? o->t.b.s : "";
	size_t len = o->t.b.len;

	o->in_cell = 0;
	if (wbtext_check(w, &o->t, o->row) == -1)
		return;
	if (o->typed) {
		s = o->value;
		len = strlen(s);
	}
	if (len > 0)
		wb_cell(w, o->row, o->col, o->colrep, s, len);
	o->col = add(o->col, o->colrep);
}

static void
sheet_end(struct wb *w, const char *name)
{
	struct ods *o = wb_format(w);

	if (o->skip > 0)
		o->skip--;
	else if (!o->in_sheet)
		return;
	else if (o->in_cell) {
		if (o->in_p > 0)
			o->in_p--;
		else
			cell_end(w, o);
	} else if (o->in_row) {
		o->in_row = 0;
		wb_row(w, o->row, o->rowrep);
		o->row = add(o->row, o->rowrep);
	} else if (xml_is(name, NS_TABLE, "table"))
		wb_end(w);
}

static void
sheet_text(struct wb *w, const char *s, size_t len)
{
	struct ods *o = wb_format(w);

	if (o->skip == 0 && o->in_p > 0)
		para_text(o, s, len);
}

static const struct xml_handlers content = {
	sheet_start, sheet_end, sheet_text
};

int
ods_open(struct wb *w, struct diag *d)
{
	struct ods *o;

	if ((o = calloc(1, sizeof(*o))) == NULL)
		return diag_nomem(d, wb_file(w));
	wb_set_format(w, o, ods_free);
	if (wb_part(w, "content.xml", &content, 1, d) != 0 ||
	    wb_run(w, d) == -1)
		return -1;
	if (!wb_chosen(w))
		return wb_no_sheet(w, d);
	return 0;
}
