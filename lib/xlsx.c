/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * xlsx.c: an Office Open XML workbook (.xlsx, Excel's and LibreOffice's)
 * read into cells (workbook.c).
 *
 * xl/workbook.xml names the sheets in order and gives each a
 * relationship; xl/_rels/workbook.xml.rels says which part that is, and
 * which parts hold the shared strings and the styles.  Parts are named
 * by those targets, resolved within the archive: a target that climbs
 * out of it is an error, and nothing is ever looked for outside it.
 *
 * Shared strings are kept whole (their part is within the limits), rich
 * text runs joined, phonetic runs left out.  Of the styles only what
 * the number format of each cell format shows is kept: a date, a time,
 * or a number.  Elements are matched by local name, so that the Strict
 * variant of the format, in other namespaces, reads the same.
 */
#include <stdlib.h>
#include <string.h>

#include "workbook.h"

#define RELS_MAX	10000

struct rel {
	char		*id, *type, *target;
};

struct numfmt {
	unsigned long	 id;
	int		 kind;
};

struct xlsx {
	/* xl/workbook.xml */
	int		 date1904;
	char		*rid;		/* the relationship of the sheet read */

	/* xl/_rels/workbook.xml.rels */
	struct rel	*rel;
	size_t		 nrel;

	/* the styles: per cell format, what its number format shows */
	int		 in_fmts, in_xfs;
	struct numfmt	*fmt;
	size_t		 nfmt;
	unsigned long	*xfid;		/* number format ids, then kinds */
	size_t		 nxf;

	/* the shared strings, each followed by a NUL */
	struct strbuf	 ss;
	size_t		*soff;
	size_t		 nss, scap;

	/* the string, or the cell's value, being read */
	struct wbtext	 t;
	int		 in_si, in_t, in_v, in_is, rph;

	/* the sheet */
	int		 in_data, in_row, in_c;
	unsigned long	 row, lastrow, col, nextcol;
	int		 type;		/* 's', 'i'nline, 'f' str, 'b', 'e', 'd', 'n' */
	unsigned long	 style;
};

static void
xlsx_free(void *p)
{
	struct xlsx *x = p;
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < x->nrel; i++) {
		free(x->rel[i].id);
		free(x->rel[i].type);
		free(x->rel[i].target);
	}
	free(x->rel);
	free(x->rid);
	free(x->fmt);
	free(x->xfid);
	sb_free(&x->ss);
	free(x->soff);
	sb_free(&x->t.b);
	free(x);
}

static int
is(const char *name, const char *local)
{
	return xml_is(name, NULL, local);
}

/* A relationship's id, r:id: the attribute id in any namespace. */
static const char *
rel_id(const char **atts)
{
	size_t i;

	for (i = 0; atts[i] != NULL; i += 2)
		if (strchr(atts[i], '|') != NULL &&
		    strcmp(xml_local(atts[i]), "id") == 0)
			return atts[i + 1];
	return NULL;
}

static int
truth(const char *s)
{
	return s != NULL && (strcmp(s, "1") == 0 || strcmp(s, "true") == 0);
}

static void
book_start(struct wb *w, const char *name, const char **atts)
{
	struct xlsx *x = wb_format(w);
	const char *s, *id;

	if (is(name, "workbookPr"))
		x->date1904 = truth(xml_attr(atts, NULL, "date1904"));
	else if (is(name, "sheet")) {
		s = xml_attr(atts, NULL, "name");
		id = rel_id(atts);
		if (wb_sheet_add(w, s != NULL ? s : "") == 1 &&
		    (x->rid = strdup(id != NULL ? id : "")) == NULL)
			wb_fail(w, 0, "out of memory");
	}
}

static const struct xml_handlers book = { book_start, NULL, NULL };

static void
rels_start(struct wb *w, const char *name, const char **atts)
{
	struct xlsx *x = wb_format(w);
	const char *id, *type, *target, *mode;
	struct rel *r;

	if (!is(name, "Relationship"))
		return;
	id = xml_attr(atts, NULL, "Id");
	type = xml_attr(atts, NULL, "Type");
	target = xml_attr(atts, NULL, "Target");
	mode = xml_attr(atts, NULL, "TargetMode");
	if (id == NULL || type == NULL || target == NULL ||
	    (mode != NULL && strcmp(mode, "Internal") != 0))
		return;
	if (x->nrel == RELS_MAX) {
		wb_fail(w, 0, "xl/_rels/workbook.xml.rels: more than %d "
		    "relationships", RELS_MAX);
		return;
	}
	if ((r = realloc(x->rel, (x->nrel + 1) * sizeof(*r))) == NULL) {
		wb_fail(w, 0, "out of memory");
		return;
	}
	x->rel = r;
	r += x->nrel;
	r->id = strdup(id);
	r->type = strdup(strrchr(type, '/') ? strrchr(type, '/') + 1 : type);
	r->target = strdup(target);
	x->nrel++;
	if (r->id == NULL || r->type == NULL || r->target == NULL)
		wb_fail(w, 0, "out of memory");
}

static const struct xml_handlers rels = { rels_start, NULL, NULL };

/*
 * The part a target of xl/workbook.xml's relationships names: from
 * xl/, or from the top when it starts with /, with . and .. taken.
 * NULL when it leaves the archive (or no memory).
 */
static char *
resolve(const char *target)
{
	char *out, *seg, *save = NULL, *t;
	size_t n = 0;

	if ((t = strdup(target)) == NULL ||
	    (out = malloc(strlen(target) + 4)) == NULL) {
		free(t);
		return NULL;
	}
	if (target[0] != '/') {
		strcpy(out, "xl");
		n = 2;
	}
	for (seg = strtok_r(t, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			if (n == 0)
				goto out;
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			continue;
		}
		if (n > 0)
			out[n++] = '/';
		memcpy(out + n, seg, strlen(seg));
		n += strlen(seg);
	}
	out[n] = '\0';
	free(t);
	if (n == 0) {
		free(out);
		return NULL;
	}
	return out;
out:
	free(t);
	free(out);
	return NULL;
}

/* The first relationship whose id (field 0) or type (1) is s. */
static const struct rel *
rel_find(const struct xlsx *x, int field, const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < x->nrel; i++)
		if (strcmp(field == 0 ? x->rel[i].id : x->rel[i].type, s) == 0)
			return &x->rel[i];
	return NULL;
}

static void
styles_start(struct wb *w, const char *name, const char **atts)
{
	struct xlsx *x = wb_format(w);
	const char *id = xml_attr(atts, NULL, "numFmtId");
	const char *code;
	unsigned long v = 0;

	if (is(name, "numFmts"))
		x->in_fmts = 1;
	else if (is(name, "cellXfs"))
		x->in_xfs = 1;
	else if (x->in_fmts && is(name, "numFmt")) {
		code = xml_attr(atts, NULL, "formatCode");
		if (id == NULL || code == NULL ||
		    text_uint(id, strlen(id), 1000000, &v) == -1)
			return;
		if (x->nfmt % 64 == 0) {
			struct numfmt *f;

			if (x->nfmt == WB_STYLES_MAX ||
			    (f = realloc(x->fmt, (x->nfmt + 64) *
			    sizeof(*f))) == NULL) {
				wb_fail(w, 0, "xl/styles.xml: more than %d "
				    "number formats", WB_STYLES_MAX);
				return;
			}
			x->fmt = f;
		}
		x->fmt[x->nfmt].id = v;
		x->fmt[x->nfmt].kind = cell_fmt_kind(code);
		x->nfmt++;
	} else if (x->in_xfs && is(name, "xf")) {
		if (id == NULL || text_uint(id, strlen(id), 1000000, &v) == -1)
			v = 0;
		if (x->nxf % 64 == 0) {
			unsigned long *f;

			if (x->nxf == WB_STYLES_MAX ||
			    (f = realloc(x->xfid, (x->nxf + 64) *
			    sizeof(*f))) == NULL) {
				wb_fail(w, 0, "xl/styles.xml: more than %d "
				    "cell formats", WB_STYLES_MAX);
				return;
			}
			x->xfid = f;
		}
		x->xfid[x->nxf++] = v;
	}
}

static void
styles_end(struct wb *w, const char *name)
{
	struct xlsx *x = wb_format(w);

	if (is(name, "numFmts"))
		x->in_fmts = 0;
	else if (is(name, "cellXfs"))
		x->in_xfs = 0;
}

static const struct xml_handlers styles = { styles_start, styles_end, NULL };

/* Each cell format's number format id becomes what that shows. */
static void
styles_kinds(struct xlsx *x)
{
	size_t i, k;
	unsigned long id;

	for (i = 0; i < x->nxf; i++) {
		id = x->xfid[i];
		x->xfid[i] = (unsigned long)cell_builtin_kind(id);
		for (k = 0; k < x->nfmt; k++)
			if (x->fmt[k].id == id)
				x->xfid[i] = (unsigned long)x->fmt[k].kind;
	}
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Excel writes a character XML cannot hold, such as a CR, as _x000D_
 * (and a "_x" of the text as _x005F_x): decoded in place, UTF-8 being
 * no longer than the escape.  NUL and surrogates stay as written.
 */
static void
unescape(struct strbuf *b)
{
	size_t i, o = 0;
	unsigned long c;
	int k, h;

	for (i = 0; i < b->len; ) {
		c = 0;
		if (b->len - i >= 7 && b->s[i] == '_' && b->s[i + 1] == 'x' &&
		    b->s[i + 6] == '_') {
			for (k = 2; k < 6 && (h = hexval(b->s[i + k])) >= 0;
			    k++)
				c = c << 4 | (unsigned long)h;
			if (k < 6 || c == 0 || (c >= 0xd800 && c <= 0xdfff))
				c = 0;
		}
		if (c == 0) {
			b->s[o++] = b->s[i++];
			continue;
		}
		i += 7;
		if (c < 0x80)
			b->s[o++] = (char)c;
		else if (c < 0x800) {
			b->s[o++] = (char)(0xc0 | c >> 6);
			b->s[o++] = (char)(0x80 | (c & 0x3f));
		} else {
			b->s[o++] = (char)(0xe0 | c >> 12);
			b->s[o++] = (char)(0x80 | (c >> 6 & 0x3f));
			b->s[o++] = (char)(0x80 | (c & 0x3f));
		}
	}
	b->len = o;
	if (b->s != NULL)
		b->s[o] = '\0';
}

/* The text of <t>, in a shared string or an inline one; not phonetic. */
static void
t_start(struct xlsx *x, const char *name)
{
	if (is(name, "rPh"))
		x->rph++;
	else if (is(name, "t") && x->rph == 0)
		x->in_t = 1;
}

static void
t_end(struct xlsx *x, const char *name)
{
	if (is(name, "rPh") && x->rph > 0)
		x->rph--;
	else if (is(name, "t"))
		x->in_t = 0;
}

static void
sst_start(struct wb *w, const char *name, const char **atts)
{
	struct xlsx *x = wb_format(w);

	(void)atts;
	if (is(name, "si")) {
		x->in_si = 1;
		x->rph = 0;
		wbtext_reset(&x->t);
	} else if (x->in_si)
		t_start(x, name);
}

static void
sst_end(struct wb *w, const char *name)
{
	struct xlsx *x = wb_format(w);
	size_t *off;

	if (!is(name, "si")) {
		if (x->in_si)
			t_end(x, name);
		return;
	}
	x->in_si = x->in_t = 0;
	if (x->t.over) {
		wb_fail(w, 0, "xl/sharedStrings.xml: string %zu longer than "
		    "%d bytes", x->nss, CSV_FIELD_MAX);
		return;
	}
	if (x->nss == WB_STRINGS_MAX) {
		wb_fail(w, 0, "xl/sharedStrings.xml: more than %lu strings",
		    WB_STRINGS_MAX);
		return;
	}
	if (x->nss == x->scap) {
		x->scap = x->scap ? 2 * x->scap : 256;
		if ((off = realloc(x->soff, x->scap * sizeof(*off))) == NULL) {
			wb_fail(w, 0, "out of memory");
			return;
		}
		x->soff = off;
	}
	unescape(&x->t.b);
	x->soff[x->nss++] = x->ss.len;
	sb_addn(&x->ss, x->t.b.s != NULL ? x->t.b.s : "", x->t.b.len);
	sb_addc(&x->ss, '\0');
	if (sb_failed(&x->ss) || sb_failed(&x->t.b))
		wb_fail(w, 0, "out of memory");
}

static void
text(struct wb *w, const char *s, size_t len)
{
	struct xlsx *x = wb_format(w);

	if (x->in_v || (x->in_t && x->rph == 0))
		wbtext_add(&x->t, s, len);
}

static const struct xml_handlers sst = { sst_start, sst_end, text };

/* A cell reference such as B12: its column (0 for A), or -1. */
static long
ref_col(const char *s)
{
	long col = 0;
	int n = 0;

	for (; *s >= 'A' && *s <= 'Z' && n < 4; s++, n++)
		col = col * 26 + (*s - 'A' + 1);
	if (n == 0 || n > 3 || col > 16384 || *s < '0' || *s > '9')
		return -1;
	return col - 1;
}

static void
row_start(struct wb *w, struct xlsx *x, const char **atts)
{
	const char *r = xml_attr(atts, NULL, "r");
	unsigned long v;

	if (r == NULL)
		v = x->lastrow + 1;
	else if (text_uint(r, strlen(r), 100000000, &v) == -1 || v == 0) {
		wb_fail(w, x->lastrow + 1, "row number '%.20s' is not a row "
		    "number", r);
		return;
	}
	if (v <= x->lastrow) {
		wb_fail(w, v, "row %lu comes after row %lu", v, x->lastrow);
		return;
	}
	x->row = x->lastrow = v;
	x->in_row = 1;
	x->nextcol = 0;
}

static void
cell_start(struct wb *w, struct xlsx *x, const char **atts)
{
	const char *r = xml_attr(atts, NULL, "r");
	const char *t = xml_attr(atts, NULL, "t");
	const char *s = xml_attr(atts, NULL, "s");
	long col;

	if (r == NULL)
		col = (long)x->nextcol;
	else if ((col = ref_col(r)) < 0) {
		wb_fail(w, x->row, "'%.20s' is not a cell reference", r);
		return;
	}
	if ((unsigned long)col < x->nextcol) {
		wb_fail(w, x->row, "cell %.20s comes after a cell to its right",
		    r);
		return;
	}
	x->col = (unsigned long)col;
	x->nextcol = x->col + 1;
	x->type = 'n';
	if (t != NULL && strcmp(t, "s") == 0)
		x->type = 's';
	else if (t != NULL && strcmp(t, "inlineStr") == 0)
		x->type = 'i';
	else if (t != NULL && strcmp(t, "str") == 0)
		x->type = 'f';
	else if (t != NULL && (strcmp(t, "b") == 0 || strcmp(t, "e") == 0 ||
	    strcmp(t, "d") == 0))
		x->type = t[0];
	else if (t != NULL && strcmp(t, "n") != 0)
		x->type = 'f';	/* unknown: its value as written */
	if (s == NULL || text_uint(s, strlen(s), WB_STYLES_MAX, &x->style) ==
	    -1)
		x->style = 0;
	x->in_c = 1;
	x->rph = 0;
	wbtext_reset(&x->t);
}

static void
sheet_start(struct wb *w, const char *name, const char **atts)
{
	struct xlsx *x = wb_format(w);

	if (is(name, "sheetData"))
		x->in_data = 1;
	else if (!x->in_data)
		return;
	else if (is(name, "row") && !x->in_row)
		row_start(w, x, atts);
	else if (is(name, "c") && x->in_row && !x->in_c)
		cell_start(w, x, atts);
	else if (!x->in_c)
		return;
	else if (is(name, "v"))
		x->in_v = 1;
	else if (is(name, "is"))
		x->in_is = 1;
	else if (x->in_is)
		t_start(x, name);
}

/* The text of the cell read: as the CSV export of the sheet writes it. */
static void
cell_end(struct wb *w, struct xlsx *x)
{
	char buf[CELL_TEXT_MAX];
	const char *s = x->t.b.s != NULL ? x->t.b.s : "";
	size_t len = x->t.b.len;
	unsigned long i;
	int kind;

	x->in_c = x->in_v = x->in_is = x->in_t = 0;
	if (wbtext_check(w, &x->t, x->row) == -1)
		return;
	switch (x->type) {
	case 's':
		if (len == 0)
			return;
		if (text_uint(s, len, ~0UL, &i) == -1 || i >= x->nss) {
			wb_fail(w, x->row, "a cell refers to shared string "
			    "'%.20s', but there are %zu", s, x->nss);
			return;
		}
		s = x->ss.s + x->soff[i];
		len = (i + 1 < x->nss ? x->soff[i + 1] : x->ss.len) -
		    x->soff[i] - 1;
		break;
	case 'i':
	case 'f':
		unescape(&x->t.b);
		len = x->t.b.len;
		break;
	case 'b':
		if (strcmp(s, "1") == 0 || strcmp(s, "0") == 0) {
			s = s[0] == '1' ? "TRUE" : "FALSE";
			len = strlen(s);
		}
		break;
	case 'd':
		if (cell_isodate(s, buf) == 0) {
			s = buf;
			len = strlen(s);
		}
		break;
	case 'n':
		kind = x->style < x->nxf ? (int)x->xfid[x->style] :
		    CELL_NUMBER;
		if ((kind != CELL_NUMBER &&
		    cell_serial(s, len, kind, x->date1904, buf) == 0) ||
		    cell_number(s, len, buf) == 0) {
			s = buf;
			len = strlen(s);
		}
		break;
	}
	if (len > 0)
		wb_cell(w, x->row, x->col, 1, s, len);
}

static void
sheet_end(struct wb *w, const char *name)
{
	struct xlsx *x = wb_format(w);

	if (!x->in_data)
		return;
	if (x->in_c) {
		if (is(name, "c"))
			cell_end(w, x);
		else if (is(name, "v"))
			x->in_v = 0;
		else if (is(name, "is"))
			x->in_is = 0;
		else if (x->in_is)
			t_end(x, name);
	} else if (is(name, "row") && x->in_row) {
		x->in_row = 0;
		wb_row(w, x->row, 1);
	} else if (is(name, "sheetData"))
		wb_end(w);
}

static const struct xml_handlers sheet = { sheet_start, sheet_end, text };

/* A part that a relationship of the workbook names, or NULL. */
static int
rel_part(struct wb *w, const struct rel *r, char **part, struct diag *d)
{
	*part = NULL;
	if (r == NULL)
		return 0;
	if ((*part = resolve(r->target)) == NULL)
		return diag_set(d, wb_file(w), 0, "xl/_rels/workbook.xml.rels: "
		    "'%.100s' is no part of the workbook", r->target);
	return 0;
}

int
xlsx_open(struct wb *w, struct diag *d)
{
	struct xlsx *x;
	const struct rel *r;
	char *part[3] = { NULL, NULL, NULL };
	int rc;

	if ((x = calloc(1, sizeof(*x))) == NULL)
		return diag_nomem(d, wb_file(w));
	wb_set_format(w, x, xlsx_free);
	if (wb_part(w, "xl/workbook.xml", &book, 0, d) == -1)
		return -1;
	if (!wb_chosen(w))
		return wb_no_sheet(w, d);
	if ((rc = wb_part(w, "xl/_rels/workbook.xml.rels", &rels, 0, d)) != 0)
		return rc == -1 ? -1 : diag_set(d, wb_file(w), 0, "an .xlsx "
		    "without xl/_rels/workbook.xml.rels");
	if ((r = rel_find(x, 0, x->rid)) == NULL)
		return diag_set(d, wb_name(w), 0, "xl/workbook.xml: the sheet's "
		    "relationship '%.40s' is not in "
		    "xl/_rels/workbook.xml.rels", x->rid);
	if (strcmp(r->type, "worksheet") != 0)
		return diag_set(d, wb_name(w), 0, "a %.40s, not a sheet of "
		    "cells", r->type);
	if (rel_part(w, rel_find(x, 1, "styles"), &part[0], d) == -1 ||
	    rel_part(w, rel_find(x, 1, "sharedStrings"), &part[1], d) == -1 ||
	    rel_part(w, r, &part[2], d) == -1 ||
	    wb_parts_fit(w, (const char *const *)part, 3, d) == -1)
		goto fail;
	if ((part[0] != NULL && wb_part(w, part[0], &styles, 0, d) == -1) ||
	    (part[1] != NULL && wb_part(w, part[1], &sst, 0, d) == -1))
		goto fail;
	styles_kinds(x);
	if ((rc = wb_part(w, part[2], &sheet, 1, d)) == 1)
		diag_set(d, wb_name(w), 0, "the sheet's part %.100s is not in "
		    "the workbook", part[2]);
	if (rc != 0)
		goto fail;
	free(part[0]);
	free(part[1]);
	free(part[2]);
	return 0;
fail:
	free(part[0]);
	free(part[1]);
	free(part[2]);
	return -1;
}
