/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * width.c: UTF-8 decoded leniently, and the columns a character takes on
 * a terminal.
 *
 * The programs never call setlocale(3), so wcwidth(3) would answer for
 * the C locale; this is the small part of it that lines up Dutch and
 * other text: combining marks and zero-width characters take no column,
 * East Asian wide and fullwidth characters (and emoji) take two, every
 * other printable character one.
 */
#include <stddef.h>

#include "isac.h"

/*
 * The length of the character at s (n > 0 bytes) and, in *cp, its code
 * point; a byte that does not start valid UTF-8 is one character,
 * U+FFFD, so that no output ever holds invalid UTF-8.
 */
size_t
utf8_decode(const char *s, size_t n, unsigned long *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long c, min;
	size_t len, i;

	*cp = 0xfffd;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xc2 && u[0] <= 0xdf)
		len = 2, c = u[0] & 0x1f, min = 0x80;
	else if (u[0] >= 0xe0 && u[0] <= 0xef)
		len = 3, c = u[0] & 0x0f, min = 0x800;
	else if (u[0] >= 0xf0 && u[0] <= 0xf4)
		len = 4, c = u[0] & 0x07, min = 0x10000;
	else
		return 1;
	if (n < len)
		return 1;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 1;
		c = c << 6 | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 1;
	*cp = c;
	return len;
}

static const unsigned long zero[][2] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
	{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
	{ 0x200b, 0x200f }, { 0x202a, 0x202e }, { 0x2060, 0x2064 },
	{ 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
	{ 0xfeff, 0xfeff }, { 0xe0100, 0xe01ef }
};

static const unsigned long wide[][2] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x2614, 0x2615 }, { 0x26aa, 0x26ab },
	{ 0x2705, 0x2705 }, { 0x274c, 0x274c }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
	{ 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd }
};

static int
in(const unsigned long (*r)[2], size_t n, unsigned long c)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (c < r[mid][0])
			hi = mid;
		else if (c > r[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Columns code point c takes: 0, 1 or 2. */
int
cp_width(unsigned long c)
{
	if (in(zero, sizeof(zero) / sizeof(zero[0]), c))
		return 0;
	if (in(wide, sizeof(wide) / sizeof(wide[0]), c))
		return 2;
	return 1;
}

/* Columns the text s (len bytes) takes on a terminal. */
size_t
text_width(const char *s, size_t len)
{
	unsigned long c;
	size_t i = 0, w = 0;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &c);
		w += (size_t)cp_width(c);
	}
	return w;
}
