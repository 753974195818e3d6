/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-xlsx.c: a workbook (wbook.h) as an Office Open XML spreadsheet,
 * written by libxlsxwriter.
 *
 * libxlsxwriter writes to a file it names, so the workbook is made in a
 * file of its own in $TMPDIR, copied to the stream and removed, whatever
 * happens; its rows are streamed (constant memory), strings inline.
 * The document's date is fixed (wb_epoch), and libxlsxwriter dates the
 * zip entries 1980-01-01, so the same tables give the same bytes.
 *
 * Text is written as strings, never as formulas: "=1+1" is text.  What
 * XML cannot hold becomes U+FFFD, as in every document isac writes, and
 * text that Excel would read as one of its own escapes (_x0041_) is
 * escaped in turn, so that it reads back as written.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "wbook.h"

struct xw {
	lxw_workbook	*wb;
	lxw_format	*style[WS_N];
	lxw_format	*head, *label;
	struct strbuf	 b;		/* a cell's text, made safe */
};

static int
ishex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/* Is s at "_xHHHH_", which Excel reads as the character HHHH? */
static int
excel_escape(const char *s, size_t n)
{
	return n >= 7 && s[0] == '_' && (s[1] == 'x' || s[1] == 'X') &&
	    ishex(s[2]) && ishex(s[3]) && ishex(s[4]) && ishex(s[5]) &&
	    s[6] == '_';
}

/* s as text XML holds and Excel reads back the same, in x->b. */
static const char *
safe(struct xw *x, const char *s)
{
	size_t len = strlen(s), i = 0, k;
	unsigned long c;

	sb_reset(&x->b);
	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0xfffe ||
		    c == 0xffff || c == 0xfffd)
			sb_add(&x->b, "\xef\xbf\xbd");
		else {
			if (excel_escape(s + i, len - i))
				sb_add(&x->b, "_x005F");
			sb_addn(&x->b, s + i, k);
		}
		i += k;
	}
	return sb_failed(&x->b) ? NULL : sb_str(&x->b);
}

/* The format of a cell that looks as bits says; made once. */
static lxw_format *
style(struct xw *x, int bits)
{
	lxw_format *f;

	if (x->style[bits] != NULL)
		return x->style[bits];
	f = x->style[bits] = workbook_add_format(x->wb);
	if (f == NULL)
		return NULL;
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (bits & WS_BOLD)
		format_set_bold(f);
	if (bits & WS_WRAP)
		format_set_text_wrap(f);
	if (bits & WS_OPEN) {
		format_set_unlocked(f);
		format_set_pattern(f, LXW_PATTERN_SOLID);
		format_set_bg_color(f, 0xFFFFCC);
	}
	if (bits & WS_DATE)
		format_set_num_format(f, "yyyy-mm-dd");
	if (bits & WS_GROUP)
		format_set_top(f, LXW_BORDER_MEDIUM);
	else if (bits & WS_LEVEL)
		format_set_top(f, LXW_BORDER_THIN);
	return f;
}

static int
formats(struct xw *x, int label)
{
	if ((x->head = workbook_add_format(x->wb)) == NULL ||
	    (x->label = workbook_add_format(x->wb)) == NULL)
		return -1;
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(x->head);
	/* TLP 2.0: the label in its colour on black */
	format_set_bold(x->label);
	format_set_pattern(x->label, LXW_PATTERN_SOLID);
	format_set_bg_color(x->label, 0x000000);
	format_set_font_color(x->label,
	    (lxw_color_t)strtoul(tlp_colour(label) + 1, NULL, 16));
	return 0;
}

/* Print header and footer: the sheet's name, the label, the page. */
static int
print_setup(lxw_worksheet *ws, const struct wbook *b, size_t head)
{
	char hdr[128], ftr[128];
	const char *l = tlp_label(b->label);

	snprintf(hdr, sizeof(hdr), "&L&A%s%s", *l ? "&C&\"-,Bold\"" : "", l);
	snprintf(ftr, sizeof(ftr), "%s%s&R&P / &N", *l ? "&C&\"-,Bold\"" :
	    "", l);
	if (worksheet_set_header(ws, hdr) != LXW_NO_ERROR ||
	    worksheet_set_footer(ws, ftr) != LXW_NO_ERROR ||
	    worksheet_repeat_rows(ws, 0, (lxw_row_t)head) != LXW_NO_ERROR)
		return -1;
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);			/* A4 */
	worksheet_fit_to_pages(ws, 1, 0);		/* as wide as a page */
	worksheet_freeze_panes(ws, (lxw_row_t)head + 1, 0);
	return 0;
}

/*
 * The drop-down of column c over the rows of the sheet, and its prompt;
 * or the prompt alone, on the one cell of a column filled in once.
 */
static int
dropdown(lxw_worksheet *ws, const struct wsheet *s, size_t c, size_t head)
{
	const struct wcol *col = &s->col[c];
	lxw_data_validation v;

	if ((col->list == NULL && col->prompt == NULL) || s->nrows == 0)
		return 0;
	memset(&v, 0, sizeof(v));
	v.validate = LXW_VALIDATION_TYPE_ANY;
	if (col->list != NULL) {
		v.validate = LXW_VALIDATION_TYPE_LIST;
		v.value_list = (char **)col->list;
		v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	}
	if (col->prompt != NULL) {
		v.input_title = (char *)col->head;
		v.input_message = (char *)col->prompt;
	}
	return worksheet_data_validation_range(ws, (lxw_row_t)head + 1,
	    (lxw_col_t)c, (lxw_row_t)(head + (col->once ? 1 : s->nrows)),
	    (lxw_col_t)c, &v) == LXW_NO_ERROR ? 0 : -1;
}

/* A row below the first of a column filled in once: it shows that. */
static lxw_error
shown(struct xw *x, lxw_worksheet *ws, const struct wcol *col,
    lxw_row_t row, lxw_col_t c, size_t head, int bits)
{
	char ref[16], formula[32];
	lxw_format *f = NULL;

	bits = (bits | col->style) & ~WS_OPEN;
	if (bits != 0 && (f = style(x, bits)) == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	wb_ref(ref, c, head + 1);
	/* &"": text, "" for an empty cell, where the cell alone shows 0 */
	snprintf(formula, sizeof(formula), "=%s&\"\"", ref);
	/* no result: so LibreOffice computes it on loading */
	return worksheet_write_formula_str(ws, row, c, formula, f, "");
}

static lxw_error
cell(struct xw *x, lxw_worksheet *ws, const struct wcol *col,
    lxw_row_t row, lxw_col_t c, const char *v, int bits)
{
	lxw_format *f = NULL;
	double num;
	int what = wb_value(col, v, &num);

	bits |= col->style | (what == WV_DATE ? WS_DATE : 0);
	if (bits != 0 && (f = style(x, bits)) == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	switch (what) {
	case WV_BLANK:
		return worksheet_write_blank(ws, row, c, f);
	case WV_NUM:
		return worksheet_write_number(ws, row, c, num, f);
	case WV_DATE:
		/* Excel's day 25569 is 1970-01-01 */
		return worksheet_write_number(ws, row, c, num + 25569, f);
	default:
		if ((v = safe(x, v)) == NULL)
			return LXW_ERROR_MEMORY_MALLOC_FAILED;
		return worksheet_write_string(ws, row, c, v, f);
	}
}

static int
sheet(struct xw *x, const struct wbook *b, const struct wsheet *s,
    struct diag *d)
{
	lxw_worksheet *ws;
	size_t head = wb_head_row(b, s), r, c;
	const char *v;
	lxw_error e = LXW_NO_ERROR;
	lxw_protection prot;
	int rule;

	if ((ws = workbook_add_worksheet(x->wb, s->name)) == NULL)
		return diag_set(d, NULL, 0, "xlsx: cannot add sheet '%s'",
		    s->name);
	if (print_setup(ws, b, head) == -1)
		return diag_set(d, NULL, 0, "xlsx: cannot set up printing");
	for (c = 0; c < s->ncols && e == LXW_NO_ERROR; c++)
		e = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
		    s->col[c].width, NULL);
	if (head > 0 && e == LXW_NO_ERROR)
		e = worksheet_write_string(ws, 0, 0, tlp_label(b->label),
		    x->label);
	for (c = 0; c < s->ncols && e == LXW_NO_ERROR; c++)
		if ((v = safe(x, s->col[c].head)) == NULL)
			e = LXW_ERROR_MEMORY_MALLOC_FAILED;
		else
			e = worksheet_write_string(ws, (lxw_row_t)head,
			    (lxw_col_t)c, v, x->head);
	for (r = 0; r < s->nrows && e == LXW_NO_ERROR; r++) {
		rule = s->rule != NULL ? s->rule(s->arg, r) : 0;
		for (c = 0; c < s->ncols && e == LXW_NO_ERROR; c++)
			if (s->col[c].once && r > 0)
				e = shown(x, ws, &s->col[c],
				    (lxw_row_t)(head + 1 + r), (lxw_col_t)c,
				    head, rule);
			else if ((v = s->cell(s->arg, r, c)) == NULL)
				e = LXW_ERROR_MEMORY_MALLOC_FAILED;
			else
				e = cell(x, ws, &s->col[c],
				    (lxw_row_t)(head + 1 + r), (lxw_col_t)c, v,
				    rule);
	}
	for (c = 0; c < s->ncols && e == LXW_NO_ERROR; c++)
		if (dropdown(ws, s, c, head) == -1)
			e = LXW_ERROR_PARAMETER_VALIDATION;
	if (e != LXW_NO_ERROR)
		return diag_set(d, s->file, 0, "xlsx: %s", lxw_strerror(e));
	if (s->protect) {
		memset(&prot, 0, sizeof(prot));
		prot.format_columns = 1;
		prot.format_rows = 1;
		worksheet_protect(ws, NULL, &prot);
	}
	return 0;
}

static int
book(struct xw *x, const struct wbook *b, struct diag *d)
{
	lxw_doc_properties p;
	char *label = (char *)tlp_label(b->label);
	size_t i;

	memset(&p, 0, sizeof(p));
	p.title = (char *)safe(x, b->title);
	p.subject = *label ? label : NULL;
	p.keywords = *label ? label : NULL;
	p.comments = "isac " VERSION;
	p.created = b->epoch;
	if (p.title == NULL || formats(x, b->label) == -1)
		return diag_nomem(d, NULL);
	if (workbook_set_properties(x->wb, &p) != LXW_NO_ERROR)
		return diag_set(d, NULL, 0, "xlsx: cannot set the properties");
	for (i = 0; i < b->n; i++)
		if (sheet(x, b, &b->sheet[i], d) == -1)
			return -1;
	return 0;
}

/* Copies the file at path to fp; what fp cannot take stays in its state. */
static int
copy(const char *path, FILE *fp, struct diag *d)
{
	char buf[65536];
	size_t n;
	FILE *in;
	int rc = 0;

	if ((in = fopen(path, "rb")) == NULL)
		return diag_set(d, path, 0, "%s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			break;
	if (ferror(in))
		rc = diag_set(d, path, 0, "%s", strerror(errno));
	fclose(in);
	return rc;
}

int
wb_xlsx(const struct wbook *b, FILE *fp, struct diag *d)
{
	lxw_workbook_options o;
	struct xw x;
	struct strbuf path;
	const char *tmp = getenv("TMPDIR");
	lxw_error e;
	int fd, rc;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	sb_init(&path);
	sb_printf(&path, "%s/isac-XXXXXX", tmp);
	if (sb_failed(&path))
		return diag_nomem(d, NULL);
	if ((fd = mkstemp(path.s)) == -1) {
		rc = diag_set(d, tmp, 0, "cannot make a temporary file: %s",
		    strerror(errno));
		sb_free(&path);
		return rc;
	}
	close(fd);
	memset(&o, 0, sizeof(o));
	o.constant_memory = 1;
	o.tmpdir = (char *)tmp;
	memset(&x, 0, sizeof(x));
	sb_init(&x.b);
	if ((x.wb = workbook_new_opt(path.s, &o)) == NULL)
		rc = diag_set(d, path.s, 0, "xlsx: cannot make a workbook");
	else {
		rc = book(&x, b, d);
		/* closing writes the file, and frees the workbook */
		if ((e = workbook_close(x.wb)) != LXW_NO_ERROR && rc == 0)
			rc = diag_set(d, path.s, 0, "xlsx: %s",
			    lxw_strerror(e));
	}
	if (rc == 0)
		rc = copy(path.s, fp, d);
	unlink(path.s);
	sb_free(&path);
	sb_free(&x.b);
	return rc;
}
