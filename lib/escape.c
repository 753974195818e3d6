/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * escape.c: text written into a document as text, never as markup.
 *
 * Each format has its own escaping, and each writer here takes a field
 * as the reader gave it (any bytes) and writes it so that the document
 * shows exactly those characters: an organisation called "<script>" is
 * a name in HTML, "a|b" one cell in Markdown, "]]>" text in SVG.  Bytes
 * that are not UTF-8, and control characters XML forbids, become U+FFFD,
 * so the output is always valid UTF-8 and well-formed.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

/* Text for HTML and XML (SVG), in content and in quoted attributes. */
void
esc_xml(FILE *fp, const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, k;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		switch (c) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&#39;", fp);
			break;
		default:
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
			    c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
			    c == 0xfffe || c == 0xffff || c == 0xfffd)
				fputs("\xef\xbf\xbd", fp);
			else
				fwrite(s + i, 1, k, fp);
		}
		i += k;
	}
}

void
esc_xmls(FILE *fp, const char *s)
{
	esc_xml(fp, s, strlen(s));
}

/* HTML text in which a line end is a line break. */
void
esc_html_lines(FILE *fp, const char *s, size_t len)
{
	size_t i = 0, k;

	while (i < len) {
		for (k = i; k < len && s[k] != '\n' && s[k] != '\r'; k++)
			;
		esc_xml(fp, s + i, k - i);
		if (k == len)
			break;
		fputs("<br>", fp);
		if (s[k] == '\r' && k + 1 < len && s[k + 1] == '\n')
			k++;
		i = k + 1;
	}
}

/*
 * Inline Markdown (GitHub's) for a table cell or a heading: the ASCII
 * punctuation that can start emphasis, code, a link, raw HTML, an entity,
 * strikethrough, a new cell or a heading's end backslash-escaped
 * (\ ` * _ [ ] < > & | ~ #),
 * a line end as <br>, other control characters as U+FFFD.  What only
 * counts at the start of a line (# - + > 1.) never stands there.  Spaces
 * around a cell are not kept by GFM.
 */
void
esc_md(FILE *fp, const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, k;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		if (c == '\r' || c == '\n') {
			fputs("<br>", fp);
			if (c == '\r' && i + 1 < len && s[i + 1] == '\n')
				k++;
		} else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
			fputs(c == '\t' ? " " : "\xef\xbf\xbd", fp);
		else if (c < 0x80 && strchr("\\`*_[]<>&|~#", (int)c) != NULL) {
			putc('\\', fp);
			putc((int)c, fp);
		} else
			fwrite(s + i, 1, k, fp);
		i += k;
	}
}

void
esc_mds(FILE *fp, const char *s)
{
	esc_md(fp, s, strlen(s));
}

/* A JSON string, quotes included (RFC 8259). */
void
esc_json(FILE *fp, const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, k;

	putc('"', fp);
	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		if (c == '"' || c == '\\') {
			putc('\\', fp);
			putc((int)c, fp);
		} else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\r')
			fputs("\\r", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\u%04lx", c);
		else if (c == 0xfffd && k == 1)
			fputs("\\ufffd", fp);
		else
			fwrite(s + i, 1, k, fp);
		i += k;
	}
	putc('"', fp);
}

void
esc_jsons(FILE *fp, const char *s)
{
	esc_json(fp, s, strlen(s));
}

/*
 * Text for a terminal: control characters, which could move the cursor
 * or change the colours, and bytes that are not UTF-8 become U+FFFD; a
 * tab or a line end becomes a space, so a row stays on its line.
 * Returns the columns written.
 */
size_t
esc_term(FILE *fp, const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, k, w = 0;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		if (c == '\t' || c == '\n' || c == '\r') {
			putc(' ', fp);
			w++;
		} else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
		    (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069) || (c == 0xfffd && k == 1)) {
			fputs("\xef\xbf\xbd", fp);
			w++;
		} else {
			fwrite(s + i, 1, k, fp);
			w += (size_t)cp_width(c);
		}
		i += k;
	}
	return w;
}

/* The columns esc_term would write for s (len bytes). */
size_t
esc_term_width(const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, k, w = 0;

	while (i < len) {
		k = utf8_decode(s + i, len - i, &c);
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
		    (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069))
			w++;
		else
			w += (size_t)cp_width(c);
		i += k;
	}
	return w;
}
