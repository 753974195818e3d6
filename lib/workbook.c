/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * workbook.c: a workbook's sheet, .xlsx or .ods, as rows of text.
 *
 * A workbook is a zip of XML parts.  The file is read whole into memory
 * (it is small: its parts are compressed), so that standard input does
 * as well as a file, and libzip reads the archive from there; nothing is
 * ever written to disk.  Parts are opened only by the exact names the
 * formats give them, and each is checked before it is read: its size
 * unpacked, the total unpacked so far, and how much it grows, which is
 * where a zip bomb shows.  The count of bytes read is checked again as
 * they come, whatever the archive declared.
 *
 * Each part goes through expat with namespaces, a chunk at a time.  No
 * workbook part has a DOCTYPE, so any is refused before expat reads a
 * declaration in it: no entity is ever defined, let alone expanded.
 * Nesting is limited too.
 *
 * xlsx.c and ods.c turn elements into cells (wb_cell) and rows (wb_row).
 * The sheet's part is parsed a row at a time: at the end of a row that
 * holds something the parser is suspended, the row is given, and the
 * parser resumes when the next is asked for.  Only cells that hold text
 * are kept, with the columns they are in, so that a row of a million
 * empty cells, or a million empty rows, takes no memory; a row is made
 * whole, empty cells as "", up to its last cell that is not empty.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <expat.h>
#include <zip.h>

#include "workbook.h"

#define CHUNK		65536
#define BIG_PART	(1024 * 1024)	/* smaller parts may grow as they like */

struct xpart {
	struct wb	*wb;
	char		*name;
	zip_file_t	*zf;
	XML_Parser	 p;
	const struct xml_handlers *h;
	unsigned long long size, got;
	int		 depth;
	int		 suspended;	/* by wb_pause, to resume */
	int		 final;		/* the last chunk has been fed */
	int		 stopped;	/* by wb_stop: the rest is not wanted */
	int		 ended;
};

/* A cell that is not empty, repeated to the right as ods may. */
struct wbcell {
	unsigned long	 col, repeat;
	size_t		 off, len;
};

struct wb {
	char		*file;		/* as named */
	char		*name;		/* file[sheet], once the sheet is known */
	char		*want;		/* the sheet asked for, or NULL */
	unsigned char	*data;		/* the file */
	size_t		 size;
	zip_t		*za;
	unsigned long long unpacked;	/* declared sizes of the parts opened */

	char		**sheets;	/* names, in order */
	size_t		 nsheets;
	int		 chosen;

	void		*fmt;		/* xlsx.c's or ods.c's */
	void		(*fmt_free)(void *);

	struct xpart	*cur;		/* being parsed */
	struct xpart	*sheet;		/* parsed a row at a time */

	/* the row being made: the cells that are not empty, in order */
	char		*text;
	size_t		 tlen, tcap;
	struct wbcell	*cell;
	size_t		 ncell, ccap;
	unsigned long	 nextcol;
	unsigned long long rowbytes;

	/* the row made, as given */
	const char	**f;
	size_t		*flen;
	size_t		 n, fcap;
	int		 ready;
	unsigned long	 row;		/* the number it is given next with */
	unsigned long	 repeat;	/* times still to give it */
	unsigned long	 lastrow;
	int		 done;
	unsigned long long given;	/* bytes of cell text given */

	int		 failed;
	struct diag	 err;
};

static const char zip_sig[] = "PK\3\4", zip_empty[] = "PK\5\6";
static const unsigned char ole_sig[] = {
	0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1
};

/*
 * What the first bytes of a file say: a zip (a workbook, or meant to
 * be one), an OLE compound file (Excel 97-2003, or a workbook saved
 * with a password), or neither.
 */
int
wb_magic(const unsigned char *s, size_t n)
{
	if (n >= 4 && (memcmp(s, zip_sig, 4) == 0 ||
	    memcmp(s, zip_empty, 4) == 0))
		return WB_ZIP;
	if (n >= sizeof(ole_sig) && memcmp(s, ole_sig, sizeof(ole_sig)) == 0)
		return WB_OLE;
	return WB_NONE;
}

/* Column col (0 for A) as the spreadsheet names it: A, Z, AA, XFD. */
void
wb_colname(unsigned long col, char buf[8])
{
	char tmp[8];
	size_t n = 0, i;

	col++;
	while (col > 0 && n < sizeof(tmp) - 1) {
		tmp[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
}

const char *
wb_file(const struct wb *w)
{
	return w->file;
}

const char *
wb_name(const struct wb *w)
{
	return w->name != NULL ? w->name : w->file;
}

const char *
wb_want(const struct wb *w)
{
	return w->want;
}

void *
wb_format(const struct wb *w)
{
	return w->fmt;
}

void
wb_set_format(struct wb *w, void *fmt, void (*fmt_free)(void *))
{
	w->fmt = fmt;
	w->fmt_free = fmt_free;
}

int
wb_failed(const struct wb *w)
{
	return w->failed;
}

static int
parsing(const struct wb *w)
{
	XML_ParsingStatus st;

	if (w->cur == NULL || w->cur->p == NULL)
		return 0;
	XML_GetParsingStatus(w->cur->p, &st);
	return st.parsing == XML_PARSING;
}

static void
vfail(struct wb *w, const char *name, unsigned long row, const char *fmt,
    va_list ap)
{
	char msg[DIAG_MAX];

	if (w->failed)
		return;
	vsnprintf(msg, sizeof(msg), _(fmt), ap);
	diag_set(&w->err, name, row, "%s", msg);
	w->failed = 1;
	if (parsing(w))
		XML_StopParser(w->cur->p, XML_FALSE);
}

/*
 * An error in what the sheet holds, at row (0: none), or in a part read
 * for it: kept for the reader, and the parse stops.  Only the first is
 * kept.
 */
void
wb_fail(struct wb *w, unsigned long row, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(w, wb_name(w), row, fmt, ap);
	va_end(ap);
}

static void	 book_fail(struct wb *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* The same, about the workbook as a whole: it names the file alone. */
static void
book_fail(struct wb *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(w, w->file, 0, fmt, ap);
	va_end(ap);
}

/* A row is ready: the parse waits until it has been given. */
void
wb_pause(struct wb *w)
{
	if (parsing(w))
		XML_StopParser(w->cur->p, XML_TRUE);
}

/* The rest of the part is not needed. */
void
wb_stop(struct wb *w)
{
	if (w->cur != NULL)
		w->cur->stopped = 1;
	if (parsing(w))
		XML_StopParser(w->cur->p, XML_FALSE);
}

/* Reads the whole file, head (already read) first, within the limit. */
static int
slurp(struct wb *w, FILE *fp, const unsigned char *head, size_t nhead,
    struct diag *d)
{
	size_t cap = nhead > CHUNK ? nhead : CHUNK, n;
	unsigned char *p;

	if ((w->data = malloc(cap)) == NULL)
		return diag_nomem(d, w->file);
	memcpy(w->data, head, nhead);
	w->size = nhead;
	for (;;) {
		if (w->size == cap) {
			if (cap > WB_FILE_MAX)
				return diag_set(d, w->file, 0, "a workbook "
				    "larger than %lu MiB, the limit",
				    WB_FILE_MAX >> 20);
			cap *= 2;
			if ((p = realloc(w->data, cap)) == NULL)
				return diag_nomem(d, w->file);
			w->data = p;
		}
		n = fread(w->data + w->size, 1, cap - w->size, fp);
		w->size += n;
		if (n == 0)
			break;
	}
	if (ferror(fp))
		return diag_set(d, w->file, 0, "read error");
	if (w->size > WB_FILE_MAX)
		return diag_set(d, w->file, 0, "a workbook larger than %lu "
		    "MiB, the limit", WB_FILE_MAX >> 20);
	return 0;
}

static int
open_zip(struct wb *w, struct diag *d)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_int64_t n;

	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(w->data, w->size, 0, &ze)) ==
	    NULL) {
		zip_error_fini(&ze);
		return diag_nomem(d, w->file);
	}
	if ((w->za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS,
	    &ze)) == NULL) {
		zip_source_free(src);
		diag_set(d, w->file, 0, "not a workbook: a broken zip file "
		    "(%s)", zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return -1;
	}
	zip_error_fini(&ze);
	if ((n = zip_get_num_entries(w->za, 0)) < 0 || n > WB_ENTRIES_MAX)
		return diag_set(d, w->file, 0, "not a workbook: a zip file of "
		    "more than %d parts", WB_ENTRIES_MAX);
	return 0;
}

int
wb_part_exists(const struct wb *w, const char *name)
{
	return zip_name_locate(w->za, name, 0) >= 0;
}

/*
 * What part i, called name, declares, checked against the limits on one
 * part: its size unpacked, and how much it grows.
 */
static int
part_stat(struct wb *w, zip_int64_t i, const char *name, zip_stat_t *st,
    struct diag *d)
{
	const zip_uint64_t need = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE;

	zip_stat_init(st);
	if (zip_stat_index(w->za, (zip_uint64_t)i, 0, st) == -1 ||
	    (st->valid & need) != need)
		return diag_set(d, w->file, 0, "%s: %s", name,
		    zip_strerror(w->za));
	if ((st->valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st->encryption_method != ZIP_EM_NONE)
		return diag_set(d, w->file, 0, "%s is encrypted: save the "
		    "workbook without a password", name);
	if (st->size > WB_PART_MAX)
		return diag_set(d, w->file, 0, "%s unpacks to %llu bytes, "
		    "more than the limit of %lu MiB", name,
		    (unsigned long long)st->size, WB_PART_MAX >> 20);
	if (st->size > BIG_PART && st->size / WB_RATIO_MAX >
	    (st->comp_size > 0 ? st->comp_size : 1))
		return diag_set(d, w->file, 0, "%s unpacks %llu bytes from "
		    "%llu, more than %d to 1: a zip bomb", name,
		    (unsigned long long)st->size,
		    (unsigned long long)st->comp_size, WB_RATIO_MAX);
	return 0;
}

static int
too_much(struct wb *w, struct diag *d)
{
	return diag_set(d, w->file, 0, "its parts unpack to more than the "
	    "limit of %lu MiB", WB_UNPACK_MAX >> 20);
}

/*
 * Do the parts named (NULL for none), with those read so far, fit the
 * limit on all that is unpacked?  Asked before the first is read.
 */
int
wb_parts_fit(struct wb *w, const char *const *names, size_t n,
    struct diag *d)
{
	unsigned long long total = w->unpacked;
	zip_stat_t st;
	zip_int64_t i;
	size_t k;

	for (k = 0; k < n; k++) {
		if (names[k] == NULL ||
		    (i = zip_name_locate(w->za, names[k], 0)) < 0)
			continue;
		if (part_stat(w, i, names[k], &st, d) == -1)
			return -1;
		total += st.size;
	}
	return total > WB_UNPACK_MAX ? too_much(w, d) : 0;
}

/*
 * Opens part name for reading after checking what it declares: 0, 1 if
 * the workbook has no such part, -1.
 */
static int
part_open(struct wb *w, struct xpart *x, const char *name, struct diag *d)
{
	zip_stat_t st;
	zip_int64_t i;

	memset(x, 0, sizeof(*x));
	x->wb = w;
	if ((i = zip_name_locate(w->za, name, 0)) < 0)
		return 1;
	if ((x->name = strdup(name)) == NULL)
		return diag_nomem(d, w->file);
	if (part_stat(w, i, name, &st, d) == -1)
		return -1;
	if (w->unpacked + st.size > WB_UNPACK_MAX)
		return too_much(w, d);
	w->unpacked += st.size;
	x->size = st.size;
	if ((x->zf = zip_fopen_index(w->za, (zip_uint64_t)i, 0)) == NULL)
		return diag_set(d, w->file, 0, "%s: %s", name,
		    zip_strerror(w->za));
	return 0;
}

/* Up to n bytes of x: how many, 0 at its end, -1. */
static zip_int64_t
part_read(struct xpart *x, void *buf, size_t n, struct diag *d)
{
	struct wb *w = x->wb;
	zip_int64_t got;

	if ((got = zip_fread(x->zf, buf, n)) < 0)
		return diag_set(d, w->file, 0, "%s: %s", x->name,
		    zip_file_strerror(x->zf));
	x->got += (unsigned long long)got;
	if (x->got > x->size || (got == 0 && x->got != x->size))
		return diag_set(d, w->file, 0, "%s unpacks to other than "
		    "the %llu bytes it declares", x->name, x->size);
	return got;
}

static void
part_close(struct xpart *x)
{
	if (x->wb != NULL && x->wb->cur == x)
		x->wb->cur = NULL;
	if (x->p != NULL)
		XML_ParserFree(x->p);
	if (x->zf != NULL)
		zip_fclose(x->zf);
	free(x->name);
	memset(x, 0, sizeof(*x));
}

/*
 * The text of a small part that is not XML (an ODF mimetype), in buf;
 * "" for a part the workbook lacks or one that does not fit.
 */
int
wb_part_text(struct wb *w, const char *name, char *buf, size_t size,
    struct diag *d)
{
	struct xpart x;
	zip_int64_t n;
	size_t len = 0;
	int rc;

	buf[0] = '\0';
	if ((rc = part_open(w, &x, name, d)) != 0 || x.size >= size) {
		part_close(&x);
		return rc == -1 ? -1 : 0;
	}
	while ((n = part_read(&x, buf + len, size - 1 - len, d)) > 0)
		len += (size_t)n;
	part_close(&x);
	if (n == -1)
		return -1;
	buf[len] = '\0';
	return 0;
}

static void XMLCALL
on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xpart *x = ud;

	if (x->wb->failed || x->stopped)
		return;
	if (++x->depth > WB_DEPTH_MAX) {
		wb_fail(x->wb, 0, "%s: elements nested deeper than %d",
		    x->name, WB_DEPTH_MAX);
		return;
	}
	if (x->h->start != NULL)
		x->h->start(x->wb, name, atts);
}

static void XMLCALL
on_end(void *ud, const XML_Char *name)
{
	struct xpart *x = ud;

	x->depth--;
	if (x->wb->failed || x->stopped)
		return;
	if (x->h->end != NULL)
		x->h->end(x->wb, name);
}

static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
	struct xpart *x = ud;

	if (x->wb->failed || x->stopped || len <= 0)
		return;
	if (x->h->text != NULL)
		x->h->text(x->wb, s, (size_t)len);
}

/* No workbook part declares a DTD; one that does is refused unread. */
static void XMLCALL
on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
    const XML_Char *pubid, int internal)
{
	struct xpart *x = ud;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)internal;
	wb_fail(x->wb, 0, "%s: a DOCTYPE, which no workbook part has",
	    x->name);
}

static void XMLCALL
on_entity(void *ud, const XML_Char *name, int param, const XML_Char *value,
    int len, const XML_Char *base, const XML_Char *sysid,
    const XML_Char *pubid, const XML_Char *notation)
{
	struct xpart *x = ud;

	(void)name;
	(void)param;
	(void)value;
	(void)len;
	(void)base;
	(void)sysid;
	(void)pubid;
	(void)notation;
	wb_fail(x->wb, 0, "%s: an entity declaration, which no workbook part "
	    "has", x->name);
}

static int
parser_new(struct xpart *x, const struct xml_handlers *h, struct diag *d)
{
	if ((x->p = XML_ParserCreateNS(NULL, '|')) == NULL)
		return diag_nomem(d, x->wb->file);
	x->h = h;
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, on_start, on_end);
	XML_SetCharacterDataHandler(x->p, on_text);
	XML_SetStartDoctypeDeclHandler(x->p, on_doctype);
	XML_SetEntityDeclHandler(x->p, on_entity);
	XML_SetParamEntityParsing(x->p, XML_PARAM_ENTITY_PARSING_NEVER);
	return 0;
}

static int
xml_error(struct xpart *x, struct diag *d)
{
	enum XML_Error e = XML_GetErrorCode(x->p);

	return diag_set(d, wb_name(x->wb), 0, "%s: bad XML at line %lu, "
	    "column %lu: %s", x->name,
	    (unsigned long)XML_GetCurrentLineNumber(x->p),
	    (unsigned long)XML_GetCurrentColumnNumber(x->p) + 1,
	    XML_ErrorString(e));
}

/* Parses x on: 1 when a handler paused it, 0 at its end, -1. */
static int
part_run(struct xpart *x, struct diag *d)
{
	struct wb *w = x->wb;
	enum XML_Status st;
	zip_int64_t n;
	void *buf;

	w->cur = x;
	for (;;) {
		if (x->ended)
			return 0;
		if (x->suspended) {
			x->suspended = 0;
			st = XML_ResumeParser(x->p);
		} else {
			if ((buf = XML_GetBuffer(x->p, CHUNK)) == NULL)
				return diag_nomem(d, w->file);
			if ((n = part_read(x, buf, CHUNK, d)) == -1)
				return -1;
			x->final = n == 0;
			st = XML_ParseBuffer(x->p, (int)n, x->final);
		}
		if (w->failed) {
			*d = w->err;
			return -1;
		}
		if (st == XML_STATUS_SUSPENDED) {
			x->suspended = 1;
			return 1;
		}
		if (st == XML_STATUS_ERROR && !x->stopped)
			return xml_error(x, d);
		if (st == XML_STATUS_ERROR || x->final)
			x->ended = 1;
	}
}

/*
 * Parses part name with h: at once and whole, or, for the sheet
 * (stream), later, as rows are asked for.  0, 1 when the workbook
 * has no such part, -1.
 */
int
wb_part(struct wb *w, const char *name, const struct xml_handlers *h,
    int stream, struct diag *d)
{
	struct xpart *x;
	int rc;

	if ((x = calloc(1, sizeof(*x))) == NULL)
		return diag_nomem(d, w->file);
	if ((rc = part_open(w, x, name, d)) == 0)
		rc = parser_new(x, h, d);
	if (rc == 0 && stream) {
		w->sheet = x;
		return 0;
	}
	while (rc == 0 && (rc = part_run(x, d)) == 1)
		;	/* nothing pauses a part read whole */
	part_close(x);
	free(x);
	return rc;
}

/* Runs the sheet's part to its next pause: 1, 0 at its end, -1. */
int
wb_run(struct wb *w, struct diag *d)
{
	if (w->sheet == NULL)
		return 0;
	return part_run(w->sheet, d);
}

/*
 * Another sheet, in the workbook's order: 1 if it is the one to read
 * (the first, or the one asked for, in any case), 0 if not, -1.
 */
int
wb_sheet_add(struct wb *w, const char *name)
{
	char **s;
	size_t n;

	if (w->nsheets == WB_SHEETS_MAX) {
		book_fail(w, "more than %d sheets", WB_SHEETS_MAX);
		return -1;
	}
	if ((s = realloc(w->sheets, (w->nsheets + 1) * sizeof(*s))) == NULL ||
	    (s[w->nsheets] = strdup(name)) == NULL) {
		if (s != NULL)
			w->sheets = s;
		wb_fail(w, 0, "out of memory");
		return -1;
	}
	w->sheets = s;
	w->nsheets++;
	if (w->chosen || (w->want != NULL && strcasecmp(name, w->want) != 0))
		return 0;
	w->chosen = 1;
	n = strlen(w->file) + strlen(name) + 3;
	if ((w->name = malloc(n)) == NULL) {
		wb_fail(w, 0, "out of memory");
		return -1;
	}
	snprintf(w->name, n, "%s[%s]", w->file, name);
	return 1;
}

int
wb_chosen(const struct wb *w)
{
	return w->chosen;
}

/* The sheet asked for is not there: say which are. */
int
wb_no_sheet(struct wb *w, struct diag *d)
{
	char list[600];
	size_t i, used = 0;

	if (w->nsheets == 0)
		return diag_set(d, w->file, 0, "a workbook without a sheet");
	list[0] = '\0';
	for (i = 0; i < w->nsheets && used < sizeof(list) - 80; i++)
		used += (size_t)snprintf(list + used, sizeof(list) - used,
		    "%s'%.60s'", i > 0 ? ", " : "", w->sheets[i]);
	if (i < w->nsheets)
		snprintf(list + used, sizeof(list) - used, " and %zu more",
		    w->nsheets - i);
	return diag_set(d, w->file, 0, "no sheet '%s'; the workbook has %s",
	    w->want, list);
}

/*
 * A cell of row that is not empty, at column col (0 for A), repeated
 * to the right repeat times.  Cells come from left to right.
 */
int
wb_cell(struct wb *w, unsigned long row, unsigned long col,
    unsigned long repeat, const char *s, size_t len)
{
	struct wbcell *c;
	char colname[8];

	if (w->failed || repeat == 0)
		return w->failed ? -1 : 0;
	if (col < w->nextcol) {
		wb_colname(col, colname);
		wb_fail(w, row, "cell %s%lu comes after a cell to its right",
		    colname, row);
		return -1;
	}
	if (col >= CSV_COLS_MAX || repeat > CSV_COLS_MAX - col) {
		wb_fail(w, row, "more than %d fields in a record",
		    CSV_COLS_MAX);
		return -1;
	}
	w->rowbytes += (unsigned long long)(len + 1) * repeat;
	if (w->rowbytes > CSV_RECORD_MAX) {
		wb_fail(w, row, "record longer than %d bytes", CSV_RECORD_MAX);
		return -1;
	}
	if (w->ncell == w->ccap) {
		size_t cap = w->ccap ? 2 * w->ccap : 32;

		if ((c = realloc(w->cell, cap * sizeof(*c))) == NULL)
			goto nomem;
		w->cell = c;
		w->ccap = cap;
	}
	if (w->tlen + len + 1 > w->tcap) {
		size_t cap = w->tcap ? w->tcap : 4096;
		char *t;

		while (cap < w->tlen + len + 1)
			cap *= 2;
		if ((t = realloc(w->text, cap)) == NULL)
			goto nomem;
		w->text = t;
		w->tcap = cap;
	}
	c = &w->cell[w->ncell++];
	c->col = col;
	c->repeat = repeat;
	c->off = w->tlen;
	c->len = len;
	memcpy(w->text + w->tlen, s, len);
	w->tlen += len;
	w->text[w->tlen++] = '\0';
	w->nextcol = col + repeat;
	return 0;
nomem:
	wb_fail(w, row, "out of memory");
	return -1;
}

/* Makes the row of the cells kept whole: "" where there are none. */
static int
make_row(struct wb *w)
{
	size_t n = w->nextcol, i, k;
	const struct wbcell *c;

	if (n > w->fcap) {
		const char **f;
		size_t *len;

		if ((f = realloc(w->f, n * sizeof(*f))) == NULL)
			return -1;
		w->f = f;
		if ((len = realloc(w->flen, n * sizeof(*len))) == NULL)
			return -1;
		w->flen = len;
		w->fcap = n;
	}
	for (i = 0; i < n; i++) {
		w->f[i] = "";
		w->flen[i] = 0;
	}
	for (k = 0; k < w->ncell; k++) {
		c = &w->cell[k];
		for (i = c->col; i < c->col + c->repeat; i++) {
			w->f[i] = w->text + c->off;
			w->flen[i] = c->len;
		}
	}
	w->n = n;
	return 0;
}

/*
 * The end of row, repeated downwards repeat times: given, if any cell
 * of it holds something, and then the parse waits.
 */
void
wb_row(struct wb *w, unsigned long row, unsigned long repeat)
{
	if (w->failed || w->ncell == 0 || repeat == 0)
		return;
	if (row <= w->lastrow) {
		wb_fail(w, row, "row %lu comes after row %lu", row,
		    w->lastrow);
		return;
	}
	if (row > WB_ROWS_MAX || repeat > WB_ROWS_MAX - row + 1) {
		wb_fail(w, 0, "cells beyond row %lu, the last row of a sheet",
		    WB_ROWS_MAX);
		return;
	}
	if (make_row(w) == -1) {
		wb_fail(w, row, "out of memory");
		return;
	}
	w->row = row;
	w->repeat = repeat;
	w->lastrow = row + repeat - 1;
	w->ready = 1;
	wb_pause(w);
}

/* The sheet has ended: whatever follows in its part is not read. */
void
wb_end(struct wb *w)
{
	w->done = 1;
	wb_stop(w);
}

/* The next row that holds something: 1, 0 after the last, -1. */
int
wb_next(struct wb *w, struct wbrow *row, struct diag *d)
{
	unsigned long long bytes;
	size_t i;
	int rc;

	if (w->repeat == 0) {
		/* the row given is done with: make the next */
		w->ready = 0;
		w->ncell = 0;
		w->tlen = 0;
		w->nextcol = 0;
		w->rowbytes = 0;
		while (!w->ready) {
			if (w->done)
				return 0;
			if ((rc = wb_run(w, d)) == -1)
				return -1;
			if (rc == 0 && !w->ready)
				w->done = 1;
		}
	}
	for (bytes = w->n, i = 0; i < w->n; i++)
		bytes += w->flen[i];
	w->given += bytes;
	if (w->given > WB_TEXT_MAX)
		return diag_set(d, wb_name(w), w->row, "the cells hold more "
		    "than %lu MiB of text, the limit", WB_TEXT_MAX >> 20);
	row->n = w->n;
	row->f = w->f;
	row->len = w->flen;
	row->row = w->row++;
	w->repeat--;
	return 1;
}

/*
 * Text of a cell as its element gives it, a piece at a time: what goes
 * beyond the longest field is not kept, and the cell is then an error.
 */
void
wbtext_add(struct wbtext *t, const char *s, size_t len)
{
	if (t->over || len > CSV_FIELD_MAX - t->b.len)
		t->over = 1;
	else
		sb_addn(&t->b, s, len);
}

void
wbtext_reset(struct wbtext *t)
{
	sb_reset(&t->b);
	t->over = 0;
}

/* The cell's text was too long (1) or found no memory (-1); else 0. */
int
wbtext_check(struct wb *w, const struct wbtext *t, unsigned long row)
{
	if (t->over)
		wb_fail(w, row, "field longer than %d bytes", CSV_FIELD_MAX);
	else if (sb_failed(&t->b))
		wb_fail(w, row, "out of memory");
	else
		return 0;
	return -1;
}

/* The local part of an element's or attribute's name, "uri|local". */
const char *
xml_local(const char *name)
{
	const char *bar = strrchr(name, '|');

	return bar != NULL ? bar + 1 : name;
}

/* Is name local in namespace ns (any, if NULL)? */
int
xml_is(const char *name, const char *ns, const char *local)
{
	size_t n;

	if (ns == NULL)
		return strcmp(xml_local(name), local) == 0;
	n = strlen(ns);
	return strncmp(name, ns, n) == 0 && name[n] == '|' &&
	    strcmp(name + n + 1, local) == 0;
}

/* The value of attribute local in namespace ns (NULL: none), or NULL. */
const char *
xml_attr(const char **atts, const char *ns, const char *local)
{
	size_t i;

	for (i = 0; atts[i] != NULL; i += 2) {
		if (ns == NULL ? strcmp(atts[i], local) == 0 :
		    xml_is(atts[i], ns, local))
			return atts[i + 1];
	}
	return NULL;
}

/* Which workbook: by the parts each format must have. */
static int
open_format(struct wb *w, struct diag *d)
{
	static const char ods[] = "application/vnd.oasis.opendocument."
	    "spreadsheet";
	char mime[128];

	if (wb_part_text(w, "mimetype", mime, sizeof(mime), d) == -1)
		return -1;
	if (strcmp(mime, ods) == 0 ||
	    strcmp(mime, "application/vnd.oasis.opendocument.spreadsheet-"
	    "template") == 0) {
		if (!wb_part_exists(w, "content.xml"))
			return diag_set(d, w->file, 0, "an OpenDocument "
			    "spreadsheet without its content.xml");
		return ods_open(w, d);
	}
	if (strncmp(mime, ods, 35) == 0)
		return diag_set(d, w->file, 0, "an OpenDocument file, but "
		    "not a spreadsheet (%s)", mime);
	if (wb_part_exists(w, "xl/workbook.xml") &&
	    wb_part_exists(w, "[Content_Types].xml"))
		return xlsx_open(w, d);
	if (wb_part_exists(w, "xl/workbook.bin"))
		return diag_set(d, w->file, 0, "an Excel binary workbook "
		    "(.xlsb): save it as .xlsx, .ods or CSV");
	return diag_set(d, w->file, 0, "a zip file, but neither an .xlsx "
	    "nor an .ods workbook");
}

/*
 * Opens the workbook in fp, whose first nhead bytes, head, have been
 * read already, at its sheet called sheet (NULL: the first).  file
 * names it in messages.
 */
struct wb *
wb_open(FILE *fp, const unsigned char *head, size_t nhead, const char *file,
    const char *sheet, struct diag *d)
{
	struct wb *w;

	if ((w = calloc(1, sizeof(*w))) == NULL ||
	    (w->file = strdup(file)) == NULL ||
	    (sheet != NULL && (w->want = strdup(sheet)) == NULL)) {
		diag_nomem(d, file);
		wb_close(w);
		return NULL;
	}
	if (slurp(w, fp, head, nhead, d) == -1 || open_zip(w, d) == -1 ||
	    open_format(w, d) == -1) {
		wb_close(w);
		return NULL;
	}
	return w;
}

void
wb_close(struct wb *w)
{
	size_t i;

	if (w == NULL)
		return;
	if (w->sheet != NULL) {
		part_close(w->sheet);
		free(w->sheet);
	}
	if (w->fmt_free != NULL)
		w->fmt_free(w->fmt);
	if (w->za != NULL)
		zip_discard(w->za);
	for (i = 0; i < w->nsheets; i++)
		free(w->sheets[i]);
	free(w->sheets);
	free(w->data);
	free(w->text);
	free(w->cell);
	free(w->f);
	free(w->flen);
	free(w->name);
	free(w->want);
	free(w->file);
	free(w);
}
