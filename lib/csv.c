/*
 * csv.c: reading CSV and TSV.
 *
 * Reading is libcsv's strict RFC 4180 parser with what it lacks added
 * here: a file or standard input as a stream of records, converted to
 * UTF-8 on the way in (encoding.c), the delimiter taken from Excel's
 * "sep=" line or guessed from the header line, the line each record
 * starts on, blank rows skipped, records checked against the header's
 * width, and columns found by name.  libcsv knows no line numbers, so
 * input is fed to it one physical line at a time: a callback that ends a
 * record then fires while the line it ends on is known.
 *
 * Limits are checked after every piece fed to libcsv, on the field it is
 * still collecting as well as on the record so far, so that a file with
 * no line end (/dev/zero) stops at a limit instead of filling memory.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "isac.h"

#define BUFSZ	65536
#define OUTSZ	(3 * BUFSZ)	/* Windows-1252 grows to 3 bytes a byte */

struct csvr {
	FILE		*fp;
	char		*name;
	struct csv_parser p;
	int		 delim;

	/* the input as read, and as converted to UTF-8 */
	struct enc	 enc;
	unsigned char	 raw[BUFSZ];
	size_t		 rpos, rlen;
	int		 raweof;
	int		 badtext;	/* conversion stopped at bad input */
	unsigned char	 buf[OUTSZ];
	size_t		 pos, len;
	int		 eof;		/* nothing follows buf */

	int		 prevcr;	/* last byte fed was CR */
	unsigned long	 line;		/* the physical line being fed */
	unsigned long	 recline;	/* where the open record began, or 0 */

	/* the record being assembled */
	char		*text;
	size_t		 tlen, tcap;
	size_t		*off, *flen;
	const char	**fptr;
	size_t		 nf, fcap;
	unsigned long	 rowline;
	int		 ready;
	int		 fault;		/* a callback hit a limit */

	/* the header */
	char		**hdr;
	size_t		 nhdr;
	unsigned long	 hdrline;
};

enum {
	FAULT_NONE,
	FAULT_NOMEM,
	FAULT_FIELD,
	FAULT_COLS,
	FAULT_RECORD,
	FAULT_NUL
};

/* Text is kept as written: libcsv would otherwise trim spaces and tabs. */
static int
nospace(unsigned char c)
{
	(void)c;
	return 0;
}

static int
isterm(unsigned char c)
{
	return c == '\r' || c == '\n';
}

int
csv_delim_parse(const char *s)
{
	if (strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0)
		return '\t';
	if (strcmp(s, "comma") == 0)
		return ',';
	if (strcmp(s, "semicolon") == 0)
		return ';';
	if (s[0] != '\0' && s[1] == '\0' && s[0] != '"' && !isterm(s[0]))
		return (unsigned char)s[0];
	return -1;
}

static int
text_append(struct csvr *r, const char *s, size_t len)
{
	if (r->tlen + len + 1 > r->tcap) {
		size_t cap = r->tcap ? r->tcap : 1024;
		char *t;

		while (r->tlen + len + 1 > cap)
			cap *= 2;
		if ((t = realloc(r->text, cap)) == NULL)
			return -1;
		r->text = t;
		r->tcap = cap;
	}
	memcpy(r->text + r->tlen, s, len);
	r->tlen += len;
	r->text[r->tlen++] = '\0';
	return 0;
}

static int
field_slot(struct csvr *r)
{
	if (r->nf == r->fcap) {
		size_t cap = r->fcap ? 2 * r->fcap : 32;
		size_t *off, *flen;
		const char **fptr;

		if ((off = realloc(r->off, cap * sizeof(*off))) == NULL)
			return -1;
		r->off = off;
		if ((flen = realloc(r->flen, cap * sizeof(*flen))) == NULL)
			return -1;
		r->flen = flen;
		if ((fptr = realloc(r->fptr, cap * sizeof(*fptr))) == NULL)
			return -1;
		r->fptr = fptr;
		r->fcap = cap;
	}
	return 0;
}

static void
on_field(void *s, size_t len, void *data)
{
	struct csvr *r = data;

	if (r->fault)
		return;
	if (len > CSV_FIELD_MAX)
		r->fault = FAULT_FIELD;
	else if (r->tlen - r->nf + len > CSV_RECORD_MAX)
		r->fault = FAULT_RECORD;
	else if (r->nf >= CSV_COLS_MAX)
		r->fault = FAULT_COLS;
	else if (len > 0 && memchr(s, '\0', len) != NULL)
		r->fault = FAULT_NUL;
	else if (field_slot(r) == -1)
		r->fault = FAULT_NOMEM;
	else {
		r->off[r->nf] = r->tlen;
		r->flen[r->nf] = len;
		if (text_append(r, len ? s : "", len) == -1)
			r->fault = FAULT_NOMEM;
		else
			r->nf++;
	}
}

static void
on_record(int c, void *data)
{
	struct csvr *r = data;

	(void)c;
	if (r->fault)
		return;		/* keep recline for the message */
	r->ready = 1;
	r->rowline = r->recline ? r->recline : r->line;
	r->recline = 0;
}

static int
fault(struct csvr *r, struct diag *d)
{
	unsigned long line = r->recline ? r->recline : r->line;

	switch (r->fault) {
	case FAULT_FIELD:
		return diag_set(d, r->name, line,
		    "field longer than %d bytes", CSV_FIELD_MAX);
	case FAULT_COLS:
		return diag_set(d, r->name, line,
		    "more than %d fields in a record", CSV_COLS_MAX);
	case FAULT_RECORD:
		return diag_set(d, r->name, line,
		    "record longer than %d bytes", CSV_RECORD_MAX);
	case FAULT_NUL:
		return diag_set(d, r->name, line,
		    "NUL byte in a field: is this a text file?");
	default:
		return diag_nomem(d, r->name);
	}
}

/*
 * Fills buf, which has been used up, with the next input as UTF-8.  Input
 * that is not in the encoding ends buf just before it, and badtext says
 * so: the error is reported once what precedes it has been parsed, on
 * the line it is on.
 */
static int
refill(struct csvr *r, struct diag *d)
{
	size_t n, used;

	r->pos = r->len = 0;
	for (;;) {
		/* A character may be cut by the end of raw: read on. */
		if (!r->raweof && r->rlen - r->rpos < 4) {
			memmove(r->raw, r->raw + r->rpos, r->rlen - r->rpos);
			r->rlen -= r->rpos;
			r->rpos = 0;
			n = fread(r->raw + r->rlen, 1,
			    sizeof(r->raw) - r->rlen, r->fp);
			r->rlen += n;
			if (r->rlen < sizeof(r->raw)) {
				if (ferror(r->fp))
					return diag_set(d, r->name, 0,
					    "read error: %s", strerror(errno));
				r->raweof = 1;
			}
		}
		if (enc_conv(&r->enc, r->raw + r->rpos, r->rlen - r->rpos,
		    r->raweof, r->buf, sizeof(r->buf), &used, &r->len) == -1)
			r->badtext = 1;
		r->rpos += used;
		if (!r->badtext && r->raweof && r->rpos == r->rlen)
			r->eof = 1;
		if (r->badtext || r->eof || r->len > 0)
			break;
	}
	return 0;
}

/* libcsv stops at the byte it cannot accept; say what is wrong with it. */
static int
parse_error(struct csvr *r, unsigned char c, struct diag *d)
{
	if (c == '"')
		return diag_set(d, r->name, r->line, "bad quoting: a quote "
		    "inside an unquoted field (quote the field and "
		    "double the quote)");
	return diag_set(d, r->name, r->line,
	    "bad quoting: text after the closing quote of a field");
}

/*
 * Feed libcsv up to and including the next line end, or to a NUL byte,
 * or to the end of the buffer.  Returns -1 on a parse error or a fault.
 */
static int
feed_line(struct csvr *r, struct diag *d)
{
	unsigned char *s = r->buf + r->pos;
	size_t n = r->len - r->pos, k, got;
	int term = 0, nul = 0;

	for (k = 0; k < n; k++) {
		if (s[k] == '\0') {
			nul = 1;
			break;
		}
		if (isterm(s[k])) {
			term = 1;
			k++;
			break;
		}
	}
	if (r->recline == 0 && !(k == 1 && term))
		r->recline = r->line;
	got = csv_parse(&r->p, s, k, on_field, on_record, r);
	if (got != k) {
		if (csv_error(&r->p) == CSV_EPARSE)
			return parse_error(r, s[got], d);
		return diag_nomem(d, r->name);
	}
	/* The field and record still open count against the limits too. */
	if (!r->fault && nul)
		r->fault = FAULT_NUL;
	if (!r->fault && r->p.entry_pos > CSV_FIELD_MAX)
		r->fault = FAULT_FIELD;
	if (!r->fault && r->tlen - r->nf + r->p.entry_pos > CSV_RECORD_MAX)
		r->fault = FAULT_RECORD;
	if (r->fault)
		return fault(r, d);
	r->pos += k;
	if (term) {
		if (!(s[k - 1] == '\n' && r->prevcr))
			r->line++;
		r->prevcr = s[k - 1] == '\r';
	} else if (k > 0)
		r->prevcr = 0;
	return 0;
}

static int
finish(struct csvr *r, struct diag *d)
{
	if (csv_fini(&r->p, on_field, on_record, r) != 0) {
		if (csv_error(&r->p) == CSV_EPARSE)
			return diag_set(d, r->name, r->recline ? r->recline :
			    r->line, "quoted field not closed at end of file");
		return diag_nomem(d, r->name);
	}
	if (r->fault)
		return fault(r, d);
	return 0;
}

static int
blank(const struct csvr *r)
{
	size_t i, k;

	for (i = 0; i < r->nf; i++)
		for (k = 0; k < r->flen[i]; k++)
			if (r->text[r->off[i] + k] != ' ' &&
			    r->text[r->off[i] + k] != '\t')
				return 0;
	return 1;
}

/* The next non-blank record, whatever its width: 1, 0 at the end, -1. */
static int
next_record(struct csvr *r, struct diag *d)
{
	int done = 0;

	for (;;) {
		r->nf = 0;
		r->tlen = 0;
		r->ready = 0;
		while (!r->ready && !done) {
			if (r->pos == r->len) {
				if (r->badtext)
					return enc_error(&r->enc, d, r->name,
					    r->line);
				if (r->eof) {
					if (finish(r, d) == -1)
						return -1;
					done = 1;
					break;
				}
				if (refill(r, d) == -1)
					return -1;
				continue;
			}
			if (feed_line(r, d) == -1)
				return -1;
		}
		if (!r->ready)
			return 0;
		if (!blank(r))
			return 1;
	}
}

/*
 * The delimiter that occurs most often outside quotes in the header line;
 * comma wins ties, and a line with none of them is one column of CSV.
 */
static int
guess_delim(const unsigned char *s, size_t n)
{
	static const char cand[] = ",;\t";
	size_t count[3] = { 0, 0, 0 }, i;
	int quoted = 0, best = 0, c;

	for (i = 0; i < n && isterm(s[i]); i++)
		;	/* blank lines before the header */
	for (; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && isterm(s[i]))
			break;
		else if (!quoted)
			for (c = 0; c < 3; c++)
				if (s[i] == (unsigned char)cand[c])
					count[c]++;
	}
	for (c = 1; c < 3; c++)
		if (count[c] > count[best])
			best = c;
	return cand[best];
}

/*
 * Excel writes, and reads, a first line "sep=;" that names the delimiter.
 * It is not the header: when the converted input starts with one (any
 * case, one delimiter character, nothing else on the line), it is
 * skipped, still counting as line 1, and its delimiter returned; else 0.
 */
static int
sep_line(struct csvr *r)
{
	const unsigned char *s = r->buf + r->pos;
	size_t n = r->len - r->pos, k = 5;
	int c;

	if (n < 5 || strncasecmp((const char *)s, "sep=", 4) != 0)
		return 0;
	c = s[4];
	if (c == '"' || isterm(c) || (c < ' ' && c != '\t') || c >= 0x7f)
		return 0;
	if (n > 5 ? !isterm(s[5]) : !r->eof)
		return 0;
	if (k < n && s[k] == '\r')
		k++;
	if (k < n && s[k] == '\n')
		k++;
	r->pos += k;
	r->line++;
	return c;
}

static int
read_header(struct csvr *r, struct diag *d)
{
	size_t i;
	int rc;

	if ((rc = next_record(r, d)) <= 0)
		return rc == 0 ? diag_set(d, r->name, 0,
		    "empty input: no header line") : -1;
	r->hdrline = r->rowline;
	if ((r->hdr = calloc(r->nf, sizeof(*r->hdr))) == NULL)
		return diag_nomem(d, r->name);
	r->nhdr = r->nf;
	for (i = 0; i < r->nf; i++) {
		if ((r->hdr[i] = strdup(r->text + r->off[i])) == NULL)
			return diag_nomem(d, r->name);
	}
	return 0;
}

/*
 * Opens path ("-" or NULL for standard input) and reads its header.
 * opt (NULL for the defaults) sets the delimiter and the encoding.
 */
struct csvr *
csvr_open(const char *path, const struct csvopt *opt, struct diag *d)
{
	int delim = opt != NULL ? opt->delim : 0, sep;
	struct csvr *r;
	int stdin_ = path == NULL || strcmp(path, "-") == 0;

	if ((r = calloc(1, sizeof(*r))) == NULL) {
		diag_nomem(d, path);
		return NULL;
	}
	r->line = 1;
	r->name = strdup(stdin_ ? CSV_STDIN : path);
	if (r->name == NULL) {
		free(r);
		diag_nomem(d, path);
		return NULL;
	}
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		free(r->name);
		free(r);
		diag_nomem(d, path);
		return NULL;
	}
	csv_set_space_func(&r->p, nospace);
	csv_set_term_func(&r->p, isterm);
	/* libcsv grows its field buffer by this much: 128 bytes by default. */
	csv_set_blk_size(&r->p, BUFSZ);
	enc_init(&r->enc, opt != NULL ? opt->enc : ENC_AUTO);
	r->fp = stdin_ ? stdin : fopen(path, "rb");
	if (r->fp == NULL) {
		diag_set(d, path, 0, "%s", strerror(errno));
		csvr_close(r);
		return NULL;
	}
	if (refill(r, d) == -1)
		goto fail;
	if ((sep = sep_line(r)) != 0 && delim == 0)
		delim = sep;
	r->delim = delim ? delim : guess_delim(r->buf + r->pos,
	    r->len - r->pos);
	csv_set_delim(&r->p, (unsigned char)r->delim);
	if (read_header(r, d) == -1)
		goto fail;
	return r;
fail:
	csvr_close(r);
	return NULL;
}

/* The next record: 1, 0 at the end of input, -1 on an error. */
int
csvr_next(struct csvr *r, struct csvrow *row, struct diag *d)
{
	size_t i;
	int rc;

	if ((rc = next_record(r, d)) <= 0)
		return rc;
	if (r->nf != r->nhdr)
		return diag_set(d, r->name, r->rowline,
		    "%zu field%s, but the header has %zu", r->nf,
		    r->nf == 1 ? "" : "s", r->nhdr);
	for (i = 0; i < r->nf; i++)
		r->fptr[i] = r->text + r->off[i];
	row->n = r->nf;
	row->f = r->fptr;
	row->len = r->flen;
	row->line = r->rowline;
	return 1;
}

/*
 * Finds the column called name, or one of its other names (colname.c),
 * in any case and with spaces around it ignored, and sets *idx to it, or
 * to -1 when there is none.  A missing column is an error only when
 * required; a column named twice, by any of its names, always is.
 */
int
csvr_col(const struct csvr *r, const char *name, int required, int *idx,
    struct diag *d)
{
	const char *const *hdr = (const char *const *)r->hdr;
	const char *other;
	int n;

	n = colname_find(hdr, r->nhdr, name, idx);
	if (n > 1) {
		other = colname_aliases(name);
		*idx = -1;
		return diag_set(d, r->name, r->hdrline, "column '%s'%s%s%s "
		    "occurs twice in the header", name, other ? " (or '" : "",
		    other ? other : "", other ? "')" : "");
	}
	if (n == 0 && required)
		return colname_missing(d, r->name, r->hdrline, name, hdr,
		    r->nhdr, r->delim);
	return 0;
}

/*
 * The value in column col of a row, without the spaces around it that
 * spreadsheets add, and its length; "" for a column the file lacks (-1).
 */
const char *
csvrow_value(const struct csvrow *row, int col, size_t *len)
{
	const char *s = "";

	*len = 0;
	if (col >= 0) {
		s = row->f[col];
		*len = row->len[col];
		text_trim(&s, len);
	}
	return s;
}

size_t
csvr_ncols(const struct csvr *r)
{
	return r->nhdr;
}

/* The header's text for column i, as written. */
const char *
csvr_colname(const struct csvr *r, size_t i)
{
	return i < r->nhdr ? r->hdr[i] : NULL;
}

unsigned long
csvr_hdrline(const struct csvr *r)
{
	return r->hdrline;
}

int
csvr_delim(const struct csvr *r)
{
	return r->delim;
}

/* The encoding the input was read in, as found so far (enum csv_enc). */
int
csvr_enc(const struct csvr *r)
{
	return enc_found(&r->enc);
}

const char *
csvr_name(const struct csvr *r)
{
	return r->name;
}

void
csvr_close(struct csvr *r)
{
	size_t i;

	if (r == NULL)
		return;
	if (r->fp != NULL && r->fp != stdin)
		fclose(r->fp);
	csv_free(&r->p);
	for (i = 0; i < r->nhdr; i++)
		free(r->hdr[i]);
	free(r->hdr);
	free(r->text);
	free(r->off);
	free(r->flen);
	free(r->fptr);
	free(r->name);
	free(r);
}
