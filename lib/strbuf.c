/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * strbuf.c: a growable string (strbuf.h).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

void
sb_init(struct strbuf *b)
{
	memset(b, 0, sizeof(*b));
}

void
sb_free(struct strbuf *b)
{
	free(b->s);
	sb_init(b);
}

/* Empties b, keeping its memory (and its failure) for the next text. */
void
sb_reset(struct strbuf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

/* Room for n more bytes and the NUL: 0, or -1 with b marked failed. */
static int
room(struct strbuf *b, size_t n)
{
	size_t cap;
	char *s;

	if (b->failed)
		return -1;
	if (n < b->cap - b->len && b->s != NULL)
		return 0;
	if (n > SIZE_MAX / 2 - b->len - 1) {
		b->failed = 1;
		return -1;
	}
	cap = b->cap ? b->cap : 64;
	while (cap <= b->len + n)
		cap *= 2;
	if ((s = realloc(b->s, cap)) == NULL) {
		b->failed = 1;
		return -1;
	}
	b->s = s;
	b->cap = cap;
	return 0;
}

void
sb_addn(struct strbuf *b, const char *s, size_t n)
{
	if (room(b, n) == -1)
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
sb_add(struct strbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

void
sb_addc(struct strbuf *b, int c)
{
	char ch = (char)c;

	sb_addn(b, &ch, 1);
}

void
sb_printf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = 1;
		return;
	}
	if (room(b, (size_t)n) == -1)
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* The text so far: "" before anything was added. */
const char *
sb_str(const struct strbuf *b)
{
	return b->s != NULL ? b->s : "";
}

int
sb_failed(const struct strbuf *b)
{
	return b->failed;
}
