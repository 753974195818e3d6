/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * markdown.c: the chair's introduction to the annual report, a short
 * text in a safe subset of Markdown, read once and written as HTML,
 * Markdown or plain text.
 *
 * The subset (isac-render(1), INTRODUCTION): paragraphs, separated by a
 * blank line; headings "#" to "######"; lists, "-", "*" or "+" and
 * "1." or "1)" at the start of a line, a line that follows an item
 * continuing it; emphasis *a* or _a_, strong **a** or __a__, code `a`;
 * links [text](address) to http, https or mailto addresses, or to
 * addresses without a scheme; a backslash before punctuation keeps it
 * as it is.  Anything else is text: HTML, a link to any other scheme
 * (its text is kept, its address left out), an image, a table.  Every
 * character of text goes through esc_xml or esc_md, so that nothing a
 * person writes becomes markup but by the rules above.
 *
 * The headings are put under the heading the document gives the text:
 * the text's largest heading one level below it, and none more than
 * one level below the heading before it, so that a document's headings
 * never jump ("#" then "###").
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

enum { MB_P, MB_H, MB_UL, MB_OL };

struct mblock {
	int		 type;
	int		 level;		/* a heading's, as written */
	char		*text;		/* its lines, joined by a space */
};

struct md {
	struct mblock	*b;
	size_t		 n, cap;
};

enum { MO_HTML, MO_MD, MO_TEXT };

static int
blank(int c)
{
	return c == ' ' || c == '\t';
}

/* Starts a block of type at line; -1 when out of memory. */
static int
open_block(struct md *m, int type, int level)
{
	struct mblock *b;

	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 16;

		if ((b = realloc(m->b, cap * sizeof(*b))) == NULL)
			return -1;
		m->b = b;
		m->cap = cap;
	}
	b = &m->b[m->n++];
	b->type = type;
	b->level = level;
	b->text = NULL;
	return 0;
}

/* Adds s (len) to the last block's text, a space before all but the first. */
static int
add_text(struct md *m, const char *s, size_t len)
{
	struct mblock *b = &m->b[m->n - 1];
	size_t old = b->text ? strlen(b->text) : 0;
	char *t;

	while (len > 0 && blank(*s)) {
		s++;
		len--;
	}
	while (len > 0 && blank(s[len - 1]))
		len--;
	if ((t = realloc(b->text, old + len + 2)) == NULL)
		return -1;
	if (old > 0 && len > 0)
		t[old++] = ' ';
	memcpy(t + old, s, len);
	t[old + len] = '\0';
	b->text = t;
	return 0;
}

/* The length of a list marker and the space after it at s, or 0. */
static size_t
item(const char *s, size_t len, int *type)
{
	size_t i = 0;

	if (len >= 2 && strchr("-*+", s[0]) != NULL && blank(s[1])) {
		*type = MB_UL;
		return 2;
	}
	while (i < len && i < 9 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > 0 && i + 1 < len && (s[i] == '.' || s[i] == ')') &&
	    blank(s[i + 1])) {
		*type = MB_OL;
		return i + 2;
	}
	return 0;
}

/* The level of a heading at s ("## a"), else 0; its text in *t. */
static int
heading(const char *s, size_t len, const char **t, size_t *tlen)
{
	size_t i = 0, hashes;

	while (i < len && i < 7 && s[i] == '#')
		i++;
	if (i == 0 || i > 6 || (i < len && !blank(s[i])))
		return 0;
	hashes = i;
	*t = s + i;
	*tlen = len - i;
	/* a closing sequence of '#', after a space */
	while (*tlen > 0 && blank((*t)[*tlen - 1]))
		(*tlen)--;
	i = *tlen;
	while (i > 0 && (*t)[i - 1] == '#')
		i--;
	if (i == 0 || blank((*t)[i - 1]))
		*tlen = i;
	return (int)hashes;
}

/* One line of the text: a block opened, continued or closed. */
static int
line(struct md *m, const char *s, size_t len, int *open)
{
	const char *t;
	size_t ind = 0, k, tlen;
	int type, lv;

	while (ind < len && blank(s[ind]))
		ind++;
	if (ind == len) {
		*open = 0;
		return 0;
	}
	if (ind < 4 && (lv = heading(s + ind, len - ind, &t, &tlen)) > 0) {
		*open = 0;
		return open_block(m, MB_H, lv) == -1 ? -1 :
		    add_text(m, t, tlen);
	}
	if (ind < 4 && (k = item(s + ind, len - ind, &type)) > 0) {
		*open = 1;
		return open_block(m, type, 0) == -1 ? -1 :
		    add_text(m, s + ind + k, len - ind - k);
	}
	if (!*open) {
		*open = 1;
		if (open_block(m, MB_P, 0) == -1)
			return -1;
	}
	return add_text(m, s + ind, len - ind);
}

/*
 * Reads text s (len bytes), named name for messages; NULL with d set
 * when it is not text or too long.
 */
struct md *
md_parse(const char *s, size_t len, const char *name, struct diag *d)
{
	struct md *m;
	const char *e, *end = s + len;
	size_t n;
	int open = 0;

	if (len > MD_MAX) {
		diag_set(d, name, 0, "longer than %d bytes", MD_MAX);
		return NULL;
	}
	if (memchr(s, '\0', len) != NULL) {
		diag_set(d, name, 0, "a NUL byte: not a text");
		return NULL;
	}
	if ((m = calloc(1, sizeof(*m))) == NULL) {
		diag_nomem(d, name);
		return NULL;
	}
	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	for (; s < end; s = e + 1) {
		if ((e = memchr(s, '\n', (size_t)(end - s))) == NULL)
			e = end;
		n = (size_t)(e - s);
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (line(m, s, n, &open) == -1) {
			md_free(m);
			diag_nomem(d, name);
			return NULL;
		}
	}
	return m;
}

/* Reads the file path; NULL with d set when it cannot. */
struct md *
md_load(const char *path, struct diag *d)
{
	struct md *m;
	FILE *fp;
	char *buf;
	size_t n;

	if ((fp = fopen(path, "rb")) == NULL) {
		diag_set(d, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if ((buf = malloc(MD_MAX + 1)) == NULL) {
		fclose(fp);
		diag_nomem(d, path);
		return NULL;
	}
	n = fread(buf, 1, MD_MAX + 1, fp);
	if (ferror(fp)) {
		diag_set(d, path, 0, "cannot read: %s", strerror(errno));
		m = NULL;
	} else
		m = md_parse(buf, n, path, d);
	fclose(fp);
	free(buf);
	return m;
}

size_t
md_nblocks(const struct md *m)
{
	return m != NULL ? m->n : 0;
}

void
md_free(struct md *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->n; i++)
		free(m->b[i].text);
	free(m->b);
	free(m);
}

/* May an address be a link: http, https, mailto, or no scheme at all? */
static int
safe_url(const char *u, size_t len)
{
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++) {
		if (u[i] == ':')
			break;
		if (u[i] == '/' || u[i] == '?' || u[i] == '#')
			return 1;
	}
	if (i == len)
		return 1;
	return (i == 4 && text_ieq(u, 4, "http")) ||
	    (i == 5 && text_ieq(u, 5, "https")) ||
	    (i == 6 && text_ieq(u, 6, "mailto"));
}

/* Literal text in mode o. */
static void
lit(FILE *fp, int o, const char *s, size_t len)
{
	if (len == 0)
		return;
	if (o == MO_HTML)
		esc_xml(fp, s, len);
	else if (o == MO_MD)
		esc_md(fp, s, len);
	else
		esc_term(fp, s, len);
}

static int
alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || (c & 0x80);
}

/*
 * The end of a span opened by delim (dlen bytes) at s[i], its closing
 * delimiter's offset, or 0: not empty, not starting or ending with a
 * space, and an '_' not inside a word.
 */
static size_t
closing(const char *s, size_t len, size_t i, const char *delim, size_t dlen)
{
	size_t j;

	if (i + dlen >= len || blank(s[i + dlen]))
		return 0;
	if (*delim == '_' && i > 0 && alnum((unsigned char)s[i - 1]))
		return 0;
	for (j = i + dlen + 1; j + dlen <= len; j++) {
		if (s[j] == '\\') {
			j++;
			continue;
		}
		if (memcmp(s + j, delim, dlen) != 0 || blank(s[j - 1]))
			continue;
		if (dlen == 1 && j + 1 < len && s[j + 1] == *delim)
			continue;	/* the start of a strong span */
		if (*delim == '_' && j + dlen < len &&
		    alnum((unsigned char)s[j + dlen]))
			continue;
		return j;
	}
	return 0;
}

static void inline_text(FILE *, int, const char *, size_t);

/* A link [text](url) at s[0]: its length, or 0 when s is none. */
static size_t
link(FILE *fp, int o, const char *s, size_t len)
{
	const char *u;
	size_t t, e, ulen;
	int depth = 0;

	for (t = 1; t < len; t++) {
		if (s[t] == '\\')
			t++;
		else if (s[t] == '[')
			depth++;
		else if (s[t] == ']' && depth-- == 0)
			break;
	}
	if (t + 1 >= len || s[t + 1] != '(')
		return 0;
	depth = 0;
	/* the address: no space, its parentheses balanced */
	for (e = t + 2; e < len && !blank(s[e]); e++)
		if (s[e] == '(')
			depth++;
		else if (s[e] == ')' && depth-- == 0)
			break;
	if (e >= len || s[e] != ')')
		return 0;
	u = s + t + 2;
	ulen = e - t - 2;
	if (!safe_url(u, ulen) || t == 1) {
		inline_text(fp, o, s + 1, t - 1);
		return e + 1;
	}
	if (o == MO_HTML) {
		fputs("<a href=\"", fp);
		esc_xml(fp, u, ulen);
		fputs("\">", fp);
		inline_text(fp, o, s + 1, t - 1);
		fputs("</a>", fp);
	} else if (o == MO_MD) {
		putc('[', fp);
		inline_text(fp, o, s + 1, t - 1);
		fputs("](", fp);
		fwrite(u, 1, ulen, fp);	/* no space, balanced: see above */
		putc(')', fp);
	} else {
		inline_text(fp, o, s + 1, t - 1);
		fputs(" <", fp);
		esc_term(fp, u, ulen);
		putc('>', fp);
	}
	return e + 1;
}

/* A span of text with its emphasis, code and links, in mode o. */
static void
inline_text(FILE *fp, int o, const char *s, size_t len)
{
	static const char *const tag[3][2] = {
		{ "<em>", "</em>" }, { "<strong>", "</strong>" },
		{ "<code>", "</code>" } };
	static const char *const mdtag[3] = { "*", "**", "`" };
	size_t i = 0, from = 0, j, k, dl;
	int what;
	char delim[3];

	while (i < len) {
		j = 0;
		what = -1;
		dl = 1;
		if (s[i] == '\\' && i + 1 < len && (unsigned char)s[i + 1] <
		    0x80 && strchr("\\`*_[]()#+-.!<>&|~", s[i + 1]) != NULL) {
			lit(fp, o, s + from, i - from);
			lit(fp, o, s + i + 1, 1);
			i += 2;
			from = i;
			continue;
		}
		if (s[i] == '`') {
			const char *q = memchr(s + i + 1, '`', len - i - 1);

			j = q != NULL && q > s + i + 1 ? (size_t)(q - s) : 0;
			what = 2;
		} else if ((s[i] == '*' || s[i] == '_') && i + 1 < len &&
		    s[i + 1] == s[i]) {
			delim[0] = delim[1] = s[i];
			delim[2] = '\0';
			dl = 2;
			j = closing(s, len, i, delim, 2);
			what = 1;
		} else if (s[i] == '*' || s[i] == '_') {
			delim[0] = s[i];
			delim[1] = '\0';
			j = closing(s, len, i, delim, 1);
			what = 0;
		} else if (s[i] == '[') {
			lit(fp, o, s + from, i - from);
			if ((k = link(fp, o, s + i, len - i)) > 0) {
				i += k;
				from = i;
				continue;
			}
			from = i;
		}
		if (j == 0) {
			i += dl;
			continue;
		}
		lit(fp, o, s + from, i - from);
		if (o == MO_HTML)
			fputs(tag[what][0], fp);
		else if (o == MO_MD)
			fputs(mdtag[what], fp);
		if (what == 2 && o == MO_MD)
			fwrite(s + i + 1, 1, j - i - 1, fp);
		else if (what == 2)
			lit(fp, o, s + i + 1, j - i - 1);
		else
			inline_text(fp, o, s + i + dl, j - i - dl);
		if (o == MO_HTML)
			fputs(tag[what][1], fp);
		else if (o == MO_MD)
			fputs(mdtag[what], fp);
		i = j + dl;
		from = i;
	}
	lit(fp, o, s + from, len - from);
}

/*
 * The level each heading is written at: top for the text's largest,
 * and never more than one below the heading before (top - 1 at first).
 */
static int
level(const struct md *m, size_t i, int top, int *prev, int least)
{
	int l = top + m->b[i].level - least;

	if (l > *prev + 1)
		l = *prev + 1;
	if (l > 6)
		l = 6;
	*prev = l;
	return l;
}

static int
least_level(const struct md *m)
{
	size_t i;
	int least = 7;

	for (i = 0; i < m->n; i++)
		if (m->b[i].type == MB_H && m->b[i].level < least)
			least = m->b[i].level;
	return least;
}

/* The text as HTML, its largest heading an h<top>. */
void
md_html(const struct md *m, FILE *fp, int top)
{
	const struct mblock *b;
	size_t i;
	int least = least_level(m), prev = top - 1, l, list = -1;

	for (i = 0; i < m->n; i++) {
		b = &m->b[i];
		if (list != -1 && b->type != list) {
			fputs(list == MB_UL ? "</ul>\n" : "</ol>\n", fp);
			list = -1;
		}
		switch (b->type) {
		case MB_H:
			l = level(m, i, top, &prev, least);
			fprintf(fp, "<h%d>", l);
			inline_text(fp, MO_HTML, b->text, strlen(b->text));
			fprintf(fp, "</h%d>\n", l);
			break;
		case MB_UL:
		case MB_OL:
			if (list == -1)
				fputs(b->type == MB_UL ? "<ul>\n" : "<ol>\n",
				    fp);
			list = b->type;
			fputs("<li>", fp);
			inline_text(fp, MO_HTML, b->text, strlen(b->text));
			fputs("</li>\n", fp);
			break;
		default:
			fputs("<p>", fp);
			inline_text(fp, MO_HTML, b->text, strlen(b->text));
			fputs("</p>\n", fp);
		}
	}
	if (list != -1)
		fputs(list == MB_UL ? "</ul>\n" : "</ol>\n", fp);
}

/* The text as Markdown again, in the subset, its largest heading top. */
void
md_md(const struct md *m, FILE *fp, int top)
{
	const struct mblock *b;
	size_t i, n = 0;
	int least = least_level(m), prev = top - 1, l, list = -1;

	for (i = 0; i < m->n; i++) {
		b = &m->b[i];
		if (i > 0 && !(b->type == list))
			putc('\n', fp);
		list = -1;
		switch (b->type) {
		case MB_H:
			l = level(m, i, top, &prev, least);
			while (l-- > 0)
				putc('#', fp);
			putc(' ', fp);
			break;
		case MB_UL:
			fputs("- ", fp);
			list = b->type;
			break;
		case MB_OL:
			n = i > 0 && m->b[i - 1].type == MB_OL ? n + 1 : 1;
			fprintf(fp, "%zu. ", n);
			list = b->type;
			break;
		}
		inline_text(fp, MO_MD, b->text, strlen(b->text));
		putc('\n', fp);
	}
}

/* Writes text s as lines of at most width columns, each after lead. */
static void
wrap(FILE *fp, const char *s, size_t len, int width, const char *lead,
    const char *first)
{
	size_t i = 0, j, w, col = 0, lw = strlen(lead);
	int start = 1;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		for (j = i; j < len && s[j] != ' '; j++)
			;
		if (j == i)
			break;
		w = text_width(s + i, j - i);
		if (!start && width > 0 && col + 1 + w > (size_t)width) {
			fputc('\n', fp);
			fputs(lead, fp);
			col = lw;
		} else if (!start) {
			putc(' ', fp);
			col++;
		} else {
			fputs(first, fp);
			col = text_width(first, strlen(first));
		}
		fwrite(s + i, 1, j - i, fp);
		col += w;
		start = 0;
		i = j;
	}
	putc('\n', fp);
}

/* The text as plain text, lines of at most width columns (0: any). */
void
md_text(const struct md *m, FILE *fp, int width)
{
	const struct mblock *b;
	char *buf = NULL, num[24];
	size_t i, len = 0, n = 0;
	FILE *mem;
	int list = -1;

	for (i = 0; i < m->n; i++) {
		b = &m->b[i];
		if (i > 0 && b->type != list)
			putc('\n', fp);
		list = b->type == MB_UL || b->type == MB_OL ? b->type : -1;
		if ((mem = open_memstream(&buf, &len)) == NULL)
			return;
		inline_text(mem, MO_TEXT, b->text, strlen(b->text));
		if (fclose(mem) != 0) {
			free(buf);
			return;
		}
		if (b->type == MB_UL)
			wrap(fp, buf, len, width, "  ", "- ");
		else if (b->type == MB_OL) {
			n = i > 0 && m->b[i - 1].type == MB_OL ? n + 1 : 1;
			snprintf(num, sizeof(num), "%zu. ", n);
			wrap(fp, buf, len, width, "   ", num);
		} else
			wrap(fp, buf, len, width, "", "");
		free(buf);
		buf = NULL;
	}
}
