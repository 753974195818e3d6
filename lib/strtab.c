/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * strtab.c: interning strings as small integers.
 *
 * Respondents, periods, question ids and capability codes are looked up
 * once per input row; a table numbers each distinct string in order of
 * arrival, so that the rest of the program works with array indexes.
 * A table made with fold set compares ASCII letters without case.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

struct strtab {
	int	  fold;
	char	**str;		/* by number */
	size_t	 *len;
	size_t	  n, cap;
	long	 *slot;		/* hash slots: number + 1, or 0 when free */
	size_t	  nslot;	/* a power of two, at least twice n */
};

static uint32_t
hash(const struct strtab *t, const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)(t->fold ? text_lower((unsigned char)s[i]) :
		    s[i]);
		h *= 16777619u;
	}
	return h;
}

static int
same(const struct strtab *t, size_t i, const char *s, size_t len)
{
	size_t k;

	if (t->len[i] != len)
		return 0;
	if (!t->fold)
		return memcmp(t->str[i], s, len) == 0;
	for (k = 0; k < len; k++)
		if (text_lower((unsigned char)t->str[i][k]) !=
		    text_lower((unsigned char)s[k]))
			return 0;
	return 1;
}

struct strtab *
strtab_new(int fold)
{
	struct strtab *t;

	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	t->fold = fold;
	t->nslot = 64;
	if ((t->slot = calloc(t->nslot, sizeof(*t->slot))) == NULL) {
		free(t);
		return NULL;
	}
	return t;
}

void
strtab_free(struct strtab *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++)
		free(t->str[i]);
	free(t->str);
	free(t->len);
	free(t->slot);
	free(t);
}

/* The slot where s is, or where it would go. */
static size_t
probe(const struct strtab *t, const char *s, size_t len)
{
	size_t i = hash(t, s, len) & (t->nslot - 1);

	while (t->slot[i] != 0 && !same(t, t->slot[i] - 1, s, len))
		i = (i + 1) & (t->nslot - 1);
	return i;
}

long
strtab_find(const struct strtab *t, const char *s, size_t len)
{
	return t->slot[probe(t, s, len)] - 1;
}

static int
grow(struct strtab *t)
{
	long *old = t->slot;
	size_t i, nold = t->nslot;

	t->nslot *= 2;
	if ((t->slot = calloc(t->nslot, sizeof(*t->slot))) == NULL) {
		t->slot = old;
		t->nslot = nold;
		return -1;
	}
	for (i = 0; i < nold; i++)
		if (old[i] != 0)
			t->slot[probe(t, t->str[old[i] - 1],
			    t->len[old[i] - 1])] = old[i];
	free(old);
	return 0;
}

/* Returns the number of s, adding it when new; -1 when out of memory. */
long
strtab_add(struct strtab *t, const char *s, size_t len)
{
	size_t i = probe(t, s, len);
	char **str;
	size_t *lens;

	if (t->slot[i] != 0)
		return t->slot[i] - 1;
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 16;

		if ((str = realloc(t->str, cap * sizeof(*str))) == NULL)
			return -1;
		t->str = str;
		if ((lens = realloc(t->len, cap * sizeof(*lens))) == NULL)
			return -1;
		t->len = lens;
		t->cap = cap;
	}
	if ((t->str[t->n] = malloc(len + 1)) == NULL)
		return -1;
	memcpy(t->str[t->n], s, len);
	t->str[t->n][len] = '\0';
	t->len[t->n] = len;
	t->slot[i] = (long)++t->n;
	if (2 * t->n > t->nslot && grow(t) == -1)
		return -1;
	return (long)t->n - 1;
}

const char *
strtab_get(const struct strtab *t, size_t i)
{
	return i < t->n ? t->str[i] : NULL;
}
