/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fold.c: names folded into one key for comparing, whoever typed them.
 *
 * Spreadsheets write the same name in different bytes: "Waterschap Één"
 * and "waterschap één", "é" as one code point (NFC) or as "e" and a
 * combining accent (NFD).  A name's key is its text in Unicode full case
 * folding, normalised to NFC, by libunistring (u8_casefold), so that
 * every spelling of one name gives the same key and the key can be
 * hashed (strtab) or compared byte by byte.  Keys are for comparing
 * only: what is written out is the name as a person wrote it.
 */
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <uninorm.h>

#include "isac.h"

/* Most names are ASCII, where folding is lower case and NFC a no-op. */
static char *
fold_ascii(const char *s, size_t len)
{
	char *p;
	size_t i;

	if ((p = malloc(len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++)
		p[i] = (char)text_lower((unsigned char)s[i]);
	p[len] = '\0';
	return p;
}

/*
 * The key of s (len bytes, UTF-8; a byte that is not UTF-8 folds to
 * U+FFFD) as a NUL-terminated string to free, its length in *outlen;
 * NULL when out of memory.
 */
char *
fold_name(const char *s, size_t len, size_t *outlen)
{
	uint8_t *u;
	char *p;
	size_t i, n = 0;

	for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++)
		;
	*outlen = len;
	if (i == len)
		return fold_ascii(s, len);
	u = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFC, NULL, &n);
	if (u == NULL)
		return NULL;
	if ((p = realloc(u, n + 1)) == NULL) {
		free(u);
		return NULL;
	}
	p[n] = '\0';
	*outlen = n;
	return p;
}
