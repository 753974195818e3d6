/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csv.c: reading CSV and TSV.
 *
 * Reading is libcsv's strict RFC 4180 parser with what it lacks added
 * here: a file or standard input as a stream of records, converted to
 * UTF-8 on the way in (encoding.c), the delimiter taken from Excel's
 * "sep=" line or guessed from the header line, the line each record
 * starts on, blank rows skipped, records checked against the header's
 * width, and columns found by name.
 *
 * Input is parsed a buffer at a time, and the records a buffer completes
 * wait in a queue; an error found further on waits behind them, so that
 * records come, and errors are reported, in the order of the file.
 * libcsv knows no line numbers: it is told to report every line end
 * outside quotes (CSV_REPALL_NL), the callbacks count those, and the line
 * ends inside a quoted field are counted in its text, which is looked at
 * only when the buffer holds a quote.  libcsv's own test for spaces,
 * which would trim fields, is replaced by one that finds none only for a
 * buffer that holds a space or a TAB: an indirect call per byte costs a
 * third of the parse.  Whole lines without a quote, which is most lines
 * of most files, are split at the delimiter here (split), giving the
 * callbacks what libcsv would: its byte-at-a-time state machine is for
 * the quotes.
 *
 * Limits are checked on every field, and after every buffer on the field
 * libcsv is still collecting as well as on the record so far, so that a
 * file with no line end (/dev/zero) stops at a limit instead of filling
 * memory.
 *
 * A regular file that changes while it is read (a spreadsheet saving
 * over it, a copy still being written) gives rows that are neither the
 * old file's nor the new one's: its size and modification time when the
 * end is reached must be those it had when it was opened, and it must
 * hold at least what was read.  A pipe or a terminal is what it is.
 *
 * A file that starts as a zip does is a workbook (.xlsx, .ods): its
 * sheet's rows (workbook.c) take the place of the parsed lines, each
 * with its row number as its line, through the same queue and limits,
 * and the reader's name becomes "file[sheet]", so that every message
 * names the sheet.  A workbook leaves out the empty cells at the end of
 * a row, so a row shorter than the header is made as wide as it.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "isac.h"
#include "workbook.h"

#define BUFSZ	65536
#define OUTSZ	(3 * BUFSZ)	/* Windows-1252 grows to 3 bytes a byte */

struct csvr {
	FILE		*fp;
	char		*name;
	struct wb	*wb;		/* a workbook's sheet, read instead */
	struct csv_parser p;
	int		 delim;

	/* the input as read, and as converted to UTF-8 */
	struct enc	 enc;
	unsigned char	 raw[BUFSZ];
	size_t		 rpos, rlen;
	int		 raweof;
	uintmax_t	 nread;		/* bytes read from fp */
	int		 regular;	/* fp is a regular file, as st says */
	struct stat	 st;		/* when it was opened */
	int		 badtext;	/* conversion stopped at bad input */
	unsigned char	 buf[OUTSZ];
	size_t		 pos, len;
	int		 eof;		/* nothing follows buf */
	int		 endterm;	/* buf ends in a line end */

	int		 lastcr;	/* the last line end fed was a CR */
	unsigned long	 line;		/* the line of what is fed next */
	int		 scanq;		/* fields may hold line ends */
	int		 spacefn;	/* libcsv is told of nospace */

	/* the fields of the records in the queue, and of the open one */
	char		*text;
	size_t		 tlen, tcap;
	size_t		*off, *flen;
	const char	**fptr;
	size_t		 nf, fcap;
	size_t		 f0, t0;	/* where the open record starts */
	unsigned long	 rowline;	/* the line it starts on */
	int		 fault;		/* a callback hit a limit */
	unsigned long	 faultline;

	/* complete records, and what comes after them */
	struct rec {
		size_t		 f0, nf;
		unsigned long	 line;
	}		*q;
	size_t		 qhead, nq, qcap;
	int		 err;		/* an error waits behind the queue */
	struct diag	 errd;
	int		 done;		/* the input has been parsed */

	/* the header */
	char		**hdr;
	size_t		 nhdr;
	unsigned long	 hdrline;

	/*
	 * The label of a label row above the header (TLP_NONE without),
	 * the columns the header names (nhdr less the tlp column added
	 * for the label, if one was), the tlp column the label goes in,
	 * and a row with it put there.
	 */
	int		 label;
	size_t		 nreal;
	size_t		 lcol;
	const char	**lrow;
	size_t		*llen;
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
isterm(int c)
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

/* The line ends in a field's text: CR, LF, and CRLF as one. */
static unsigned long
line_ends(const char *s, size_t len)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == '\r' || (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')))
			n++;
	return n;
}

/* The line the open record starts on. */
static unsigned long
open_line(const struct csvr *r)
{
	return r->nf > r->f0 ? r->rowline : r->line;
}

static void
set_fault(struct csvr *r, int f)
{
	r->fault = f;
	r->faultline = open_line(r);
}

/* A field that is long, hits a limit, or needs more room. */
static void __attribute__((noinline))
on_field_slow(struct csvr *r, const char *s, size_t len)
{
	size_t cur = r->nf - r->f0;

	if (len > CSV_FIELD_MAX)
		set_fault(r, FAULT_FIELD);
	else if (r->tlen - r->t0 - cur + len > CSV_RECORD_MAX)
		set_fault(r, FAULT_RECORD);
	else if (cur >= CSV_COLS_MAX)
		set_fault(r, FAULT_COLS);
	else if (field_slot(r) == -1)
		set_fault(r, FAULT_NOMEM);
	else {
		r->off[r->nf] = r->tlen;
		r->flen[r->nf] = len;
		if (text_append(r, len ? s : "", len) == -1)
			set_fault(r, FAULT_NOMEM);
		else {
			r->nf++;
			if (r->scanq && len > 0)
				r->line += line_ends(s, len);
		}
	}
}

/*
 * Adds a field of len bytes at s to the open record; when over16 says
 * that 16 bytes may be read at s, a short one is copied at once.
 */
static inline void
add_field(struct csvr *r, const char *s, size_t len, int over16)
{
	size_t nf = r->nf, tlen = r->tlen;
	char *text = r->text;

	if (r->fault)
		return;
	if (nf == r->f0)
		r->rowline = r->line;
	/* The usual field: short, within every limit, with room for it. */
	if (len <= 16 && over16 &&
	    nf - r->f0 < CSV_COLS_MAX && nf < r->fcap &&
	    tlen + 17 <= r->tcap && tlen - r->t0 <= CSV_RECORD_MAX - 16) {
		memcpy(text + tlen, s, 16);
		text[tlen + len] = '\0';
		r->off[nf] = tlen;
		r->flen[nf] = len;
		r->nf = nf + 1;
		r->tlen = tlen + len + 1;
		if (r->scanq && len > 0)
			r->line += line_ends(s, len);
		return;
	}
	on_field_slow(r, s, len);
}

/*
 * libcsv's field: in its buffer, which grows BUFSZ bytes at a time, so
 * that 16 bytes can be read whatever the field's length.
 */
static void
on_field(void *s, size_t len, void *data)
{
	struct csvr *r = data;

	add_field(r, s, len, s != NULL && r->p.entry_size >= 16);
}

/* Is the open record blank: no field, or only empty or blank ones? */
static int
blank(const struct csvr *r)
{
	size_t i, k;

	for (i = r->f0; i < r->nf; i++)
		for (k = 0; k < r->flen[i]; k++)
			if (r->text[r->off[i] + k] != ' ' &&
			    r->text[r->off[i] + k] != '\t')
				return 0;
	return 1;
}

/*
 * A record ends at c, a line end or -1 at the end of the input; with
 * CSV_REPALL_NL, so does every line end outside a record, such as the LF
 * of a CRLF.
 */
static void
on_record(int c, void *data)
{
	struct csvr *r = data;
	struct rec *q;

	if (r->fault)
		return;
	if (r->nf == r->f0 && c == '\n' && r->lastcr) {
		r->lastcr = 0;
		return;
	}
	if (r->nf > r->f0 && !blank(r)) {
		if (r->nq == r->qcap) {
			size_t cap = r->qcap ? 2 * r->qcap : 64;

			if ((q = realloc(r->q, cap * sizeof(*q))) == NULL) {
				set_fault(r, FAULT_NOMEM);
				return;
			}
			r->q = q;
			r->qcap = cap;
		}
		r->q[r->nq].f0 = r->f0;
		r->q[r->nq].nf = r->nf - r->f0;
		r->q[r->nq].line = r->rowline;
		r->nq++;
		r->f0 = r->nf;
		r->t0 = r->tlen;
	} else {
		r->nf = r->f0;		/* a blank row takes no room */
		r->tlen = r->t0;
	}
	if (isterm(c))
		r->line++;
	r->lastcr = c == '\r';
}

static int
fault(struct csvr *r, struct diag *d)
{
	unsigned long line = r->faultline;

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
			r->nread += n;
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

/* The line of the next byte to feed: line ends in the open field count. */
static unsigned long
byte_line(const struct csvr *r)
{
	return r->line + line_ends((const char *)r->p.entry_buf,
	    r->p.entry_buf != NULL ? r->p.entry_pos : 0);
}

/* libcsv stops at the byte it cannot accept; say what is wrong with it. */
static int
parse_error(struct csvr *r, unsigned char c, struct diag *d)
{
	if (c == '"')
		return diag_set(d, r->name, byte_line(r), "bad quoting: a "
		    "quote inside an unquoted field (quote the field and "
		    "double the quote)");
	return diag_set(d, r->name, byte_line(r),
	    "bad quoting: text after the closing quote of a field");
}

/* Is there a blank other than the delimiter in s? */
static int
has_blank(const struct csvr *r, const unsigned char *s, size_t n)
{
	return (r->delim != ' ' && memchr(s, ' ', n) != NULL) ||
	    (r->delim != '\t' && memchr(s, '\t', n) != NULL);
}

/*
 * Lines without a quote need no parser: fields end at the delimiter and
 * records at a line end, as libcsv would find, and the callbacks get
 * what libcsv would give them.  This splits the whole lines at the start
 * of s (n bytes, no quote in them), libcsv having no record open, and
 * returns how many bytes it took; libcsv is fed the rest a line at a
 * time, until it has no record open again.
 */
static size_t
split(struct csvr *r, const unsigned char *s, size_t n)
{
	const unsigned char *e = s + n, *f = s, *q, *end = r->buf + OUTSZ;
	unsigned char delim = (unsigned char)r->delim;
	int open = 0;

	while (e > s && !isterm(e[-1]))
		e--;
	for (q = s; q < e && !r->fault; q++) {
		if (*q == delim) {
			add_field(r, (const char *)f, (size_t)(q - f),
			    f + 16 <= end);
			f = q + 1;
			open = 1;
		} else if (*q == '\r' || *q == '\n') {
			if (q > f || open)
				add_field(r, (const char *)f, (size_t)(q - f),
				    f + 16 <= end);
			on_record(*q, r);
			f = q + 1;
			open = 0;
		}
	}
	return (size_t)(e - s);
}

#define ROW_NOT_BEGUN	0	/* libcsv's state between records */

/*
 * Feeds libcsv what buf holds, up to a NUL byte, or splits it without
 * libcsv where it can (split).  Returns -1 on a parse error or a fault,
 * which then waits behind the records completed before it.
 */
static int
feed(struct csvr *r, struct diag *d)
{
	unsigned char *s = r->buf + r->pos, *z, *quote;
	size_t n = r->len - r->pos, got, k;
	int nul = 0, sp;

	if (n > 0)
		r->endterm = isterm(r->buf[r->len - 1]);
	if ((z = memchr(s, '\0', n)) != NULL) {
		n = (size_t)(z - s);
		nul = 1;
	}
	if ((sp = has_blank(r, s, n)) != r->spacefn) {
		csv_set_space_func(&r->p, sp ? nospace : NULL);
		r->spacefn = sp;
	}
	quote = memchr(s, '"', n);
	r->scanq = r->p.quoted || quote != NULL;
	while (n > 0) {
		k = 0;
		if (quote != NULL && quote < s)
			quote = memchr(s, '"', n);
		/* the lines before the next quote */
		if (r->p.pstate == ROW_NOT_BEGUN)
			k = split(r, s, quote ? (size_t)(quote - s) : n);
		if (k == 0) {
			/* libcsv: to the first line end */
			for (k = 0; k < n && !isterm(s[k]); k++)
				;
			k = k == n ? n : k + 1;
			got = csv_parse(&r->p, s, k, on_field, on_record, r);
			if (!r->fault && got != k) {
				r->pos += got;
				if (csv_error(&r->p) == CSV_EPARSE)
					return parse_error(r, s[got], d);
				return diag_nomem(d, r->name);
			}
		}
		if (r->fault)
			return fault(r, d);
		s += k;
		n -= k;
		r->pos += k;
	}
	/* The field and record still open count against the limits too. */
	if (nul)
		set_fault(r, FAULT_NUL);
	else if (r->p.entry_pos > CSV_FIELD_MAX)
		set_fault(r, FAULT_FIELD);
	else if (r->tlen - r->t0 - (r->nf - r->f0) + r->p.entry_pos >
	    CSV_RECORD_MAX)
		set_fault(r, FAULT_RECORD);
	if (r->fault)
		return fault(r, d);
	return 0;
}

static int
finish(struct csvr *r, struct diag *d)
{
	r->scanq = 1;
	if (csv_fini(&r->p, on_field, on_record, r) != 0) {
		if (csv_error(&r->p) == CSV_EPARSE)
			return diag_set(d, r->name, open_line(r),
			    "quoted field not closed at end of file");
		return diag_nomem(d, r->name);
	}
	if (r->fault)
		return fault(r, d);
	return 0;
}

/*
 * At the end of a regular file: has it changed since it was opened?
 * The line is the last one read.
 */
static int
changed(const struct csvr *r, struct diag *d)
{
	struct stat st;
	unsigned long line = byte_line(r);

	if (!r->regular)
		return 0;
	if (fstat(fileno(r->fp), &st) == -1)
		return diag_set(d, r->name, 0, "%s", strerror(errno));
	if (st.st_size == r->st.st_size &&
	    st.st_mtim.tv_sec == r->st.st_mtim.tv_sec &&
	    st.st_mtim.tv_nsec == r->st.st_mtim.tv_nsec &&
	    (r->st.st_size == 0 || r->nread <= (uintmax_t)st.st_size))
		return 0;
	return diag_set(d, r->name, line > 1 && r->endterm ? line - 1 : line,
	    "changed while it was read");
}

/* Moves the open record to the front, the queue being used up. */
static void
compact(struct csvr *r)
{
	size_t i, n = r->nf - r->f0;

	for (i = 0; i < n; i++) {
		r->off[i] = r->off[r->f0 + i] - r->t0;
		r->flen[i] = r->flen[r->f0 + i];
	}
	if (r->t0 > 0)
		memmove(r->text, r->text + r->t0, r->tlen - r->t0);
	r->tlen -= r->t0;
	r->t0 = 0;
	r->nf = n;
	r->f0 = 0;
	r->qhead = r->nq = 0;
}

/*
 * A workbook's next row as the open record, with the row's number as its
 * line; once the header is read, a row is as wide as the header, unless
 * a cell beyond it holds something.  A blank row is skipped, as a blank
 * line is.
 */
static int
wb_record(struct csvr *r, struct diag *d)
{
	struct wbrow row;
	size_t i;
	int rc;

	if ((rc = wb_next(r->wb, &row, d)) <= 0) {
		r->done = rc == 0;
		return rc;
	}
	r->line = row.row;
	for (i = 0; i < row.n; i++)
		add_field(r, row.f[i], row.len[i], 0);
	for (; r->hdr != NULL && i < r->nreal; i++)
		add_field(r, "", 0, 0);
	on_record(-1, r);
	if (r->fault)
		return fault(r, d);
	return 0;
}

/*
 * The next non-blank record, whatever its width, as the index of its
 * entry in the queue: 1, 0 at the end, -1.
 */
static int
next_record(struct csvr *r, size_t *k, struct diag *d)
{
	int rc;

	while (r->qhead == r->nq) {
		if (r->err) {
			*d = r->errd;
			return -1;
		}
		if (r->done)
			return 0;
		compact(r);
		if (r->wb != NULL)
			rc = wb_record(r, &r->errd);
		else if (r->pos < r->len)
			rc = feed(r, &r->errd);
		else if (r->badtext)
			rc = enc_error(&r->enc, &r->errd, r->name,
			    byte_line(r));
		else if (r->eof) {
			if ((rc = changed(r, &r->errd)) == 0)
				rc = finish(r, &r->errd);
			r->done = 1;
		} else
			rc = refill(r, &r->errd);
		if (rc == -1)
			r->err = 1;
	}
	*k = r->qhead++;
	return 1;
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

/*
 * A header that names one column twice is refused here, for every
 * reader: which of the two a program would read is a guess, and a
 * guess about a tlp column leaks what it labels.
 */
static int
header_twice(const struct csvr *r, struct diag *d)
{
	size_t a, b;

	switch (colname_twice((const char *const *)r->hdr, r->nhdr, &a,
	    &b)) {
	case 0:
		return 0;
	case 1:
		return diag_set(d, r->name, r->hdrline, "columns %zu '%.60s' "
		    "and %zu '%.60s' name the same column", a + 1, r->hdr[a],
		    b + 1, r->hdr[b]);
	default:
		return diag_nomem(d, r->name);
	}
}

/*
 * The label of a label row, a record whose first field alone holds
 * something, a TLP label written with "TLP:", as isac-render writes
 * above a workbook's table for the people who read it; else TLP_NONE.
 */
static int
label_row(const struct csvr *r, const struct rec *h)
{
	const char *s = r->text + r->off[h->f0];
	size_t i, len = r->flen[h->f0];
	int t;

	for (i = 1; i < h->nf; i++)
		if (r->flen[h->f0 + i] > 0)
			return TLP_NONE;
	text_trim(&s, &len);
	if (len < 4 || !text_ieq(s, 4, "tlp:"))
		return TLP_NONE;
	t = tlp_parse(s, len);
	return t >= 0 && t < TLP_N ? t : TLP_NONE;
}

/*
 * A label row's label goes in every row's tlp column, where it is the
 * stricter: that column, or one added when the header names none.
 */
static int
label_column(struct csvr *r, struct diag *d)
{
	char **hdr;
	int idx;

	switch (colname_find((const char *const *)r->hdr, r->nhdr, "tlp",
	    &idx)) {
	case 0:
		if ((hdr = realloc(r->hdr, (r->nhdr + 1) * sizeof(*hdr))) ==
		    NULL)
			return diag_nomem(d, r->name);
		r->hdr = hdr;
		if ((hdr[r->nhdr] = strdup("tlp")) == NULL)
			return diag_nomem(d, r->name);
		r->lcol = r->nhdr++;
		break;
	case 1:
		r->lcol = (size_t)idx;
		break;
	default:
		return 0;	/* named twice: header_twice says so */
	}
	if ((r->lrow = calloc(r->nhdr, sizeof(*r->lrow))) == NULL ||
	    (r->llen = calloc(r->nhdr, sizeof(*r->llen))) == NULL)
		return diag_nomem(d, r->name);
	return 0;
}

static int
read_header(struct csvr *r, struct diag *d)
{
	const struct rec *h;
	size_t i, k;
	int rc;

	if ((rc = next_record(r, &k, d)) <= 0)
		return rc == 0 ? diag_set(d, r->name, 0,
		    "empty input: no header line") : -1;
	h = &r->q[k];
	if ((r->label = label_row(r, h)) != TLP_NONE) {
		if ((rc = next_record(r, &k, d)) <= 0)
			return rc == 0 ? diag_set(d, r->name, h->line,
			    "a TLP label and no header line") : -1;
		h = &r->q[k];
	}
	r->hdrline = h->line;
	if ((r->hdr = calloc(h->nf, sizeof(*r->hdr))) == NULL)
		return diag_nomem(d, r->name);
	r->nhdr = r->nreal = h->nf;
	for (i = 0; i < h->nf; i++) {
		if ((r->hdr[i] = strdup(r->text + r->off[h->f0 + i])) == NULL)
			return diag_nomem(d, r->name);
	}
	if (header_twice(r, d) == -1)
		return -1;
	return r->label != TLP_NONE ? label_column(r, d) : 0;
}

/*
 * The file is a workbook: its sheet (opt's, or the first) is read, with
 * the bytes read so far, under the name "file[sheet]".  It has no
 * delimiter, and its text is UTF-8.
 */
static int
open_workbook(struct csvr *r, const struct csvopt *opt, struct diag *d)
{
	char *name;

	if ((r->wb = wb_open(r->fp, r->raw, r->rlen, r->name,
	    opt != NULL ? opt->sheet : NULL, d)) == NULL)
		return -1;
	if ((name = strdup(wb_name(r->wb))) == NULL)
		return diag_nomem(d, r->name);
	free(r->name);
	r->name = name;
	r->delim = 0;
	return 0;
}

/*
 * Opens path ("-" or NULL for standard input) and reads its header.
 * opt (NULL for the defaults) sets the delimiter and the encoding of
 * CSV, and the sheet of a workbook.
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
	r->label = TLP_NONE;
	r->name = strdup(stdin_ ? CSV_STDIN : path);
	if (r->name == NULL) {
		free(r);
		diag_nomem(d, path);
		return NULL;
	}
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) !=
	    0) {
		free(r->name);
		free(r);
		diag_nomem(d, path);
		return NULL;
	}
	csv_set_space_func(&r->p, nospace);
	r->spacefn = 1;
	/* libcsv grows its field buffer by this much: 128 bytes by default. */
	csv_set_blk_size(&r->p, BUFSZ);
	enc_init(&r->enc, opt != NULL ? opt->enc : ENC_AUTO);
	r->fp = stdin_ ? stdin : fopen(path, "rb");
	if (r->fp == NULL) {
		diag_set(d, path, 0, "%s", strerror(errno));
		csvr_close(r);
		return NULL;
	}
	r->regular = fstat(fileno(r->fp), &r->st) == 0 &&
	    S_ISREG(r->st.st_mode);
	if (refill(r, d) == -1)
		goto fail;
	switch (wb_magic(r->raw, r->rlen)) {
	case WB_ZIP:
		if (open_workbook(r, opt, d) == -1 || read_header(r, d) == -1)
			goto fail;
		return r;
	case WB_OLE:
		diag_set(d, r->name, 0, "an Excel 97-2003 workbook (.xls) or "
		    "one with a password: save it as .xlsx, .ods or CSV");
		goto fail;
	}
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

/*
 * The row with the label row's label in its tlp column, unless the row's
 * own is stricter.  A word that is no label is kept, for the reader of
 * the column to refuse (tlp_value).
 */
static void
labelled(struct csvr *r, struct csvrow *row)
{
	const char *s;
	size_t len;
	int t = TLP_NONE;

	memcpy(r->lrow, row->f, row->n * sizeof(*r->lrow));
	memcpy(r->llen, row->len, row->n * sizeof(*r->llen));
	if (r->lcol < row->n) {
		s = row->f[r->lcol];
		len = row->len[r->lcol];
		text_trim(&s, &len);
		if (len > 0 && ((t = tlp_parse(s, len)) < 0 || t >= TLP_N))
			t = TLP_N;	/* not a label: keep it */
	}
	if (t == TLP_N || tlp_max(t, r->label) != r->label) {
		/* the row's own, kept */
	} else {
		r->lrow[r->lcol] = tlp_label(r->label);
		r->llen[r->lcol] = strlen(r->lrow[r->lcol]);
	}
	row->f = r->lrow;
	row->len = r->llen;
	row->n = r->nhdr;
}

/* The next record: 1, 0 at the end of input, -1 on an error. */
int
csvr_next(struct csvr *r, struct csvrow *row, struct diag *d)
{
	const struct rec *q;
	size_t i, k;
	int rc;

	if ((rc = next_record(r, &k, d)) <= 0)
		return rc;
	q = &r->q[k];
	if (q->nf != r->nreal && r->wb != NULL) {
		char col[8];

		wb_colname(q->nf - 1, col);
		return diag_setn(d, r->name, q->line, r->nreal,
		    "a value in column %s, but the header names %zu column",
		    "a value in column %s, but the header names %zu columns",
		    col, r->nreal);
	}
	if (q->nf != r->nreal)
		return diag_setn(d, r->name, q->line, q->nf,
		    "%zu field, but the header has %zu",
		    "%zu fields, but the header has %zu", q->nf, r->nreal);
	for (i = q->f0; i < q->f0 + q->nf; i++)
		r->fptr[i] = r->text + r->off[i];
	row->n = q->nf;
	row->f = r->fptr + q->f0;
	row->len = r->flen + q->f0;
	row->line = q->line;
	if (r->label != TLP_NONE)
		labelled(r, row);
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
		if (other != NULL)
			return diag_set(d, r->name, r->hdrline, "column '%s' "
			    "(or '%s') occurs twice in the header", name,
			    other);
		return diag_set(d, r->name, r->hdrline, "column '%s' occurs "
		    "twice in the header", name);
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
	const unsigned char *u;
	const char *s = "";
	size_t n;

	*len = 0;
	if (col >= 0) {
		s = row->f[col];
		*len = n = row->len[col];
		u = (const unsigned char *)s;
		/* Printable ASCII at both ends: nothing to trim (text.c). */
		if (n == 0 || u[0] <= ' ' || u[0] >= 0x80 ||
		    u[n - 1] <= ' ' || u[n - 1] >= 0x80)
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
	if (r->wb != NULL)
		return ENC_UTF8;
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
	wb_close(r->wb);
	csv_free(&r->p);
	for (i = 0; i < r->nhdr; i++)
		free(r->hdr[i]);
	free(r->hdr);
	free(r->lrow);
	free(r->llen);
	free(r->text);
	free(r->off);
	free(r->flen);
	free(r->fptr);
	free(r->q);
	free(r->name);
	free(r);
}
