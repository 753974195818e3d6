/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * text.c: small string helpers shared by the parsers.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

/* ASCII only: ids and answer words are ASCII, and the locale is not ours. */
int
text_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/*
 * Spaces a spreadsheet may pad a cell with: ASCII blanks, and the
 * no-break spaces (U+00A0, U+2007, U+202F) and zero-width no-break space
 * (U+FEFF) that Excel and copy-paste from a web page leave behind.
 */
static const char *const wide_blank[] = {
	"\xc2\xa0", "\xe2\x80\x87", "\xe2\x80\xaf", "\xef\xbb\xbf"
};

/* The length of the blank that s (n bytes) starts with, or 0. */
static size_t
blank_head(const char *s, size_t n)
{
	size_t i, k;

	if (n > 0 && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		return 1;
	for (i = 0; i < sizeof(wide_blank) / sizeof(wide_blank[0]); i++) {
		k = strlen(wide_blank[i]);
		if (n >= k && memcmp(s, wide_blank[i], k) == 0)
			return k;
	}
	return 0;
}

/* The length of the blank that s (n bytes) ends with, or 0. */
static size_t
blank_tail(const char *s, size_t n)
{
	size_t i, k;

	if (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r' || s[n - 1] == '\n'))
		return 1;
	for (i = 0; i < sizeof(wide_blank) / sizeof(wide_blank[0]); i++) {
		k = strlen(wide_blank[i]);
		if (n >= k && memcmp(s + n - k, wide_blank[i], k) == 0)
			return k;
	}
	return 0;
}

/* Spreadsheets pad cells with spaces; values are compared without them. */
void
text_trim(const char **s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)*s;
	size_t k;

	/* Most values start and end in printable ASCII: nothing to trim. */
	if (*len > 0 && u[0] > ' ' && u[0] < 0x80 && u[*len - 1] > ' ' &&
	    u[*len - 1] < 0x80)
		return;

	while ((k = blank_head(*s, *len)) > 0) {
		*s += k;
		*len -= k;
	}
	while ((k = blank_tail(*s, *len)) > 0)
		*len -= k;
}

/* Is s (of len bytes) equal to the lower-case word w, ignoring case? */
int
text_ieq(const char *s, size_t len, const char *w)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (w[i] == '\0' || text_lower((unsigned char)s[i]) != w[i])
			return 0;
	return w[len] == '\0';
}

/*
 * Natural order: runs of digits compare by value, so that periods such
 * as "2025-Q2" and "2025-Q10" sort as a person expects.
 */
int
text_natcmp(const char *a, const char *b)
{
	while (*a != '\0' && *b != '\0') {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			size_t la, lb;
			int c;

			while (*a == '0' && a[1] >= '0' && a[1] <= '9')
				a++;
			while (*b == '0' && b[1] >= '0' && b[1] <= '9')
				b++;
			la = strspn(a, "0123456789");
			lb = strspn(b, "0123456789");
			if (la != lb)
				return la < lb ? -1 : 1;
			if ((c = strncmp(a, b, la)) != 0)
				return c;
			a += la;
			b += lb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	if (*a == *b)
		return 0;
	return *a == '\0' ? -1 : 1;
}

/*
 * A whole number from 0 to max, spaces around it allowed: 0, or -1.
 * A digit above max is refused before max - digit is taken, which would
 * wrap and let any number through.
 */
int
text_uint(const char *s, size_t len, unsigned long max, unsigned long *out)
{
	unsigned long v = 0, dig;
	size_t i;

	text_trim(&s, &len);
	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		dig = (unsigned long)(s[i] - '0');
		if (dig > max || v > (max - dig) / 10)
			return -1;
		v = 10 * v + dig;
	}
	*out = v;
	return 0;
}

/* Code points that print nothing, or reorder or hide what follows. */
static int
invisible(unsigned long c)
{
	return (c >= 0x80 && c <= 0x9f) || c == 0xad ||
	    (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) ||
	    (c >= 0x2060 && c <= 0x206f) || c == 0xfeff ||
	    (c >= 0xfff9 && c <= 0xfffb);
}

/*
 * Copies s (len bytes) to dst as text safe to show on a terminal, in the
 * manner of vis(3) with VIS_CSTYLE | VIS_OCTAL: \t, \n, \r, a backslash
 * doubled, other control bytes and bytes that are not UTF-8 as \ooo, and
 * invisible or reordering characters (a BOM, bidi controls) as \uXXXX.
 * Printable UTF-8, Dutch accents included, is kept.  dst is always
 * terminated; the result is cut at a whole escape.  Returns its length.
 */
size_t
text_vis(char *dst, size_t size, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	char esc[24];		/* the longest escape, \uXXXXXX */
	size_t i = 0, o = 0, k, n;
	unsigned long cp;

	if (size == 0)
		return 0;
	while (i < len) {
		k = utf8_decode(s + i, len - i, &cp);
		if (k == 1 && cp == 0xfffd)	/* a byte that is not UTF-8 */
			snprintf(esc, sizeof(esc), "\\%03o", u[i]);
		else if (cp == '\\')
			snprintf(esc, sizeof(esc), "\\\\");
		else if (cp == '\t' || cp == '\n' || cp == '\r')
			snprintf(esc, sizeof(esc), "\\%c",
			    cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
		else if (cp < 0x20 || cp == 0x7f)
			snprintf(esc, sizeof(esc), "\\%03lo", cp);
		else if (invisible(cp))
			snprintf(esc, sizeof(esc), "\\u%04lX", cp);
		else {
			memcpy(esc, u + i, k);
			esc[k] = '\0';
		}
		n = strlen(esc);
		if (o + n + 1 > size)
			break;
		memcpy(dst + o, esc, n);
		o += n;
		i += k;
	}
	dst[o] = '\0';
	return o;
}

/* Code points that end a line for some reader, or control one. */
int
text_breaking(unsigned long c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 ||
	    c == 0x2029;
}

/*
 * Adds s (len bytes of UTF-8) to b as one line, for writers whose reader
 * goes by lines (a mailbox, a calendar): every C0 and C1 control, TAB, CR
 * and LF among them, NEL (U+0085), DEL and the separators U+2028 and
 * U+2029 become one space each, as does a byte that is not UTF-8, which
 * some readers take for a Latin-1 NEL.
 */
void
text_oneline(struct strbuf *b, const char *s, size_t len)
{
	size_t k;
	unsigned long cp;

	for (; len > 0; s += k, len -= k) {
		k = utf8_decode(s, len, &cp);
		if ((k == 1 && cp == 0xfffd) || text_breaking(cp))
			sb_addc(b, ' ');
		else
			sb_addn(b, s, k);
	}
}
