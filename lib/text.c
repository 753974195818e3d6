/*
 * text.c: small string helpers shared by the parsers.
 */
#include <string.h>

#include "isac.h"

/* ASCII only: ids and answer words are ASCII, and the locale is not ours. */
int
text_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
isblank_(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Spreadsheets pad cells with spaces; values are compared without them. */
void
text_trim(const char **s, size_t *len)
{
	while (*len > 0 && isblank_((unsigned char)**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && isblank_((unsigned char)(*s)[*len - 1]))
		(*len)--;
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

/* A whole number from 0 to max, spaces around it allowed: 0, or -1. */
int
text_uint(const char *s, size_t len, unsigned long max, unsigned long *out)
{
	unsigned long v = 0;
	size_t i;

	text_trim(&s, &len);
	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (v > (max - (unsigned long)(s[i] - '0')) / 10)
			return -1;
		v = 10 * v + (unsigned long)(s[i] - '0');
	}
	*out = v;
	return 0;
}
