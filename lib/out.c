/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * out.c: tables written as CSV, as TSV, or for Dutch Excel.
 *
 * A field is quoted only when it holds the delimiter, a double quote, CR
 * or LF, for every dialect alike, so any output reads back unchanged.
 * The Excel dialect is what Dutch Excel opens by a double click without
 * an import wizard: ';' (its list separator), a UTF-8 byte-order mark (or
 * it reads Windows-1252) and CRLF.  The spreadsheet-safe flag neutralises
 * what a spreadsheet would run as a formula (OWASP's advice on CSV
 * injection): a field that starts with = + - @ TAB CR or LF, or with
 * = + - @ CR or LF after spaces and tabs (which LibreOffice's "trim
 * spaces" drops), gets a leading apostrophe, unless it is a plain signed
 * whole number.  That changes the data, so it is asked for.
 *
 * A header is written in English, the names the tools read first; a
 * handle for people (--excel with -l nl) has nl set, and tab_header
 * (tables.c) then writes the Dutch titles, which every reader takes as
 * the same columns (colname.c).
 *
 * Write errors are left in the stream's error state and reported once,
 * by out_flush, at the end: a full disk or a closed pipe is an error, not
 * a silent success.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

int
out_fmt_parse(const char *s)
{
	if (strcmp(s, "csv") == 0)
		return OUT_CSV;
	if (strcmp(s, "tsv") == 0)
		return OUT_TSV;
	if (strcmp(s, "excel") == 0)
		return OUT_EXCEL;
	return -1;
}

void
out_init(struct out *o, FILE *fp, enum outfmt fmt, int flags)
{
	o->fp = fp;
	o->delim = fmt == OUT_TSV ? '\t' : fmt == OUT_EXCEL ? ';' : ',';
	o->crlf = fmt == OUT_EXCEL;
	o->bom = fmt == OUT_EXCEL;
	o->safe = (flags & OUT_SAFE) != 0;
	o->nfield = 0;
	o->nl = 0;
}

/*
 * Would a spreadsheet take this field for a formula?  Leading spaces and
 * tabs do not stop it: a spreadsheet that trims them, as LibreOffice's
 * import may, then sees the trigger.  A plain signed number ("-1", the
 * change of a level, " -1" too) is a number to it, not a formula, and is
 * left alone; a field that starts with a TAB is neutralised all the same,
 * as it always was.
 */
static int
formula(const char *s, size_t len)
{
	size_t i = 0;

	if (len > 0 && s[0] == '\t')
		return 1;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == len || strchr("=+-@\r\n", s[i]) == NULL)
		return 0;
	if (s[i] != '-' && s[i] != '+')
		return 1;
	if (++i == len)
		return 1;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	return i != len;
}

void
out_fieldn(struct out *o, const char *s, size_t len)
{
	size_t i;
	int quote = 0;

	if (o->bom) {
		fputs("\xef\xbb\xbf", o->fp);
		o->bom = 0;
	}
	if (o->nfield++ > 0)
		putc(o->delim, o->fp);
	for (i = 0; i < len && !quote; i++)
		quote = s[i] == o->delim || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n';
	if (quote)
		putc('"', o->fp);
	if (o->safe && formula(s, len))
		putc('\'', o->fp);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			putc('"', o->fp);
		putc(s[i], o->fp);
	}
	if (quote)
		putc('"', o->fp);
}

void
out_field(struct out *o, const char *s)
{
	out_fieldn(o, s, strlen(s));
}

/* A header row from its names separated by commas: "id,answer". */
void
out_header(struct out *o, const char *names)
{
	const char *e;

	for (; (e = strchr(names, ',')) != NULL; names = e + 1)
		out_fieldn(o, names, (size_t)(e - names));
	out_field(o, names);
	out_end(o);
}

void
out_num(struct out *o, unsigned long n)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lu", n);
	out_field(o, buf);
}

void
out_int(struct out *o, long n)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", n);
	out_field(o, buf);
}

void
out_end(struct out *o)
{
	if (o->crlf)
		putc('\r', o->fp);
	putc('\n', o->fp);
	o->nfield = 0;
}

/* 0, or -1 when anything written was lost. */
int
out_flush(struct out *o)
{
	if (fflush(o->fp) == EOF || ferror(o->fp))
		return -1;
	return 0;
}
