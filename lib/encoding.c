/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * encoding.c: input bytes in the encodings spreadsheets write, as UTF-8.
 *
 * Excel saves "CSV" in the Windows code page of its locale (Windows-1252
 * in western Europe), "CSV UTF-8" with a byte-order mark, and "Unicode
 * text" as UTF-16LE with a byte-order mark; LibreOffice and the web
 * tools write UTF-8.  The reader converts whatever it gets to UTF-8 a
 * buffer at a time, so that everything after it sees only UTF-8 and no
 * file is read whole before the first record is parsed.
 *
 * Without an encoding named, a file is UTF-8 for as long as its bytes
 * are valid UTF-8.  The first byte that is not decides: if all before it
 * was ASCII, which reads the same in both, the file is Windows-1252 from
 * there on; if real UTF-8 came before it, the file mixes encodings, and
 * guessing would silently garble one of them, so it is an error.  The
 * other order is the same error: valid multi-byte UTF-8 after the guess
 * of Windows-1252 would read as "Ã©".  In Windows-1252 text such a pair
 * is a capital with an accent (or ß) straight before a typographic
 * quote, dash or sign such as '°', rare enough to refuse; the file can
 * still be read with Windows-1252 named, which checks nothing.
 */
#include <stdint.h>
#include <string.h>

#include "isac.h"

enum {
	EE_NONE,
	EE_UTF8,		/* invalid UTF-8, UTF-8 named */
	EE_MIXED,		/* invalid UTF-8 after valid multi-byte */
	EE_LATE,		/* valid multi-byte after Windows-1252 guessed */
	EE_MARKED,		/* invalid UTF-8 after a UTF-8 BOM */
	EE_CP1252,		/* undefined in Windows-1252, it named */
	EE_NEITHER,		/* undefined in Windows-1252, guessed */
	EE_SURROGATE,		/* unpaired UTF-16 surrogate */
	EE_ODD,			/* UTF-16 that ends in half a unit */
	EE_BOM			/* UTF-16 BOM of the other byte order */
};

/* Windows-1252 0x80-0x9F; 0 where the code page defines nothing. */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

/*
 * The names an encoding is given, in any case.  ISO-8859-1 and Latin-1
 * are read as Windows-1252, as browsers do: files so labelled are nearly
 * always Windows-1252, and the two differ only in 0x80-0x9F, which
 * ISO-8859-1 fills with control codes no one writes.
 */
static const struct {
	const char	*name;
	int		 enc;
} encname[] = {
	{ "auto", ENC_AUTO },
	{ "utf-8", ENC_UTF8 }, { "utf8", ENC_UTF8 },
	{ "windows-1252", ENC_CP1252 }, { "cp1252", ENC_CP1252 },
	{ "iso-8859-1", ENC_CP1252 }, { "latin1", ENC_CP1252 },
	{ "latin-1", ENC_CP1252 },
	{ "utf-16", ENC_UTF16 }, { "utf16", ENC_UTF16 },
	{ "utf-16le", ENC_UTF16LE }, { "utf16le", ENC_UTF16LE },
	{ "utf-16be", ENC_UTF16BE }, { "utf16be", ENC_UTF16BE }
};

/* The encoding called s, or -1. */
int
csv_enc_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(encname) / sizeof(encname[0]); i++)
		if (text_ieq(s, strlen(s), encname[i].name))
			return encname[i].enc;
	return -1;
}

void
enc_init(struct enc *e, int enc)
{
	memset(e, 0, sizeof(*e));
	e->enc = enc >= ENC_AUTO && enc <= ENC_UTF16BE ? enc : ENC_AUTO;
}

/* The encoding the input turned out to be in, as far as read. */
int
enc_found(const struct enc *e)
{
	if (e->enc == ENC_AUTO)
		return ENC_UTF8;
	if (e->enc == ENC_UTF16)
		return ENC_UTF16LE;
	return e->enc;
}

/*
 * The length of the UTF-8 sequence that s (n bytes) starts with: 1 to 4
 * when it is valid, 0 when it is not, -1 when it may be but is cut off
 * by the end of s.  The ranges are those of Unicode's table 3-7, which
 * leave out overlong forms, surrogates and code points above U+10FFFF.
 */
static int
utf8_len(const unsigned char *s, size_t n)
{
	unsigned char lo = 0x80, hi = 0xbf;
	int len, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4;
	else
		return 0;
	if (s[0] == 0xe0)
		lo = 0xa0;
	else if (s[0] == 0xed)
		hi = 0x9f;
	else if (s[0] == 0xf0)
		lo = 0x90;
	else if (s[0] == 0xf4)
		hi = 0x8f;
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return -1;
		if (s[i] < lo || s[i] > hi)
			return 0;
		lo = 0x80;
		hi = 0xbf;
	}
	return len;
}

static size_t
put_utf8(unsigned char *o, unsigned long c)
{
	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xc0 | c >> 6);
		o[1] = (unsigned char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xe0 | c >> 12);
		o[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		o[2] = (unsigned char)(0x80 | (c & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | c >> 18);
	o[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
	o[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
	o[3] = (unsigned char)(0x80 | (c & 0x3f));
	return 4;
}

static unsigned long
unit16(const struct enc *e, const unsigned char *s)
{
	if (e->enc == ENC_UTF16BE)
		return (unsigned long)s[0] << 8 | s[1];
	return (unsigned long)s[1] << 8 | s[0];
}

/*
 * Looks at the start of the input for a byte-order mark: how many bytes
 * to skip, or -1 (e->err set) for one that contradicts the encoding
 * named.  A UTF-8 mark is dropped whether asked for or guessed, and
 * counts as UTF-8 text already seen: the file says what it is.
 */
static int
bom(struct enc *e, const unsigned char *s, size_t n)
{
	int le = n >= 2 && s[0] == 0xff && s[1] == 0xfe;
	int be = n >= 2 && s[0] == 0xfe && s[1] == 0xff;

	switch (e->enc) {
	case ENC_AUTO:
	case ENC_UTF16:
		if (le || be) {
			e->enc = le ? ENC_UTF16LE : ENC_UTF16BE;
			return 2;
		}
		if (e->enc == ENC_UTF16) {
			e->enc = ENC_UTF16LE;
			return 0;
		}
		/* FALLTHROUGH */
	case ENC_UTF8:
		if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			e->marked = 1;
			return 3;
		}
		return 0;
	case ENC_UTF16LE:
	case ENC_UTF16BE:
		if ((le && e->enc == ENC_UTF16BE) ||
		    (be && e->enc == ENC_UTF16LE)) {
			e->err = EE_BOM;
			e->bad = be ? 0xfeff : 0xfffe;
			return -1;
		}
		return le || be ? 2 : 0;
	default:
		return 0;
	}
}

/*
 * Copies the ASCII that in (n bytes) starts with to out (room for size),
 * eight bytes at a time while it can: most input is ASCII, and this is
 * the one pass over every byte besides libcsv's.  Adds to *o what it
 * copies, and returns that.
 */
static size_t
ascii_run(const unsigned char *in, size_t n, unsigned char *out,
    size_t size, size_t *o)
{
	size_t k = 0, lim = n < size ? n : size;
	uint64_t w;

	while (k + 8 <= lim) {
		memcpy(&w, in + k, 8);
		if (w & 0x8080808080808080ULL)
			break;
		k += 8;
	}
	while (k < lim && in[k] < 0x80)
		k++;
	memcpy(out, in, k);
	*o += k;
	return k;
}

/*
 * Converts the whole characters of in (n bytes) to UTF-8 in out (size
 * bytes), and says how much of each it used in *used and *outlen.  It
 * stops early when out is nearly full, and at a character cut off by the
 * end of in unless eof says that no more input follows.  Returns 0, or
 * -1 at input that is not in the encoding (enc_error says why), having
 * converted everything before it.
 */
int
enc_conv(struct enc *e, const unsigned char *in, size_t n, int eof,
    unsigned char *out, size_t size, size_t *used, size_t *outlen)
{
	size_t i = 0, o = 0;
	unsigned long c, c2;
	int k;

	*used = *outlen = 0;
	if (e->err != EE_NONE)
		return -1;
	if (!e->begun) {
		if (n < 3 && !eof)
			return 0;	/* a byte-order mark may be cut */
		if ((k = bom(e, in, n)) == -1)
			return -1;
		i = (size_t)k;
		e->begun = 1;
	}
	while (i < n && size - o >= 4) {
		switch (e->enc) {
		case ENC_AUTO:
		case ENC_UTF8:
			if (in[i] < 0x80) {
				i += ascii_run(in + i, n - i, out + o,
				    size - o - 3, &o);
				continue;
			}
			k = utf8_len(in + i, n - i);
			if (k < 0 && !eof)
				goto done;
			if (k > 0) {
				memcpy(out + o, in + i, (size_t)k);
				o += (size_t)k;
				i += (size_t)k;
				e->multi = 1;
				continue;
			}
			e->bad = in[i];
			if (e->enc == ENC_UTF8)
				e->err = EE_UTF8;
			else if (e->marked)
				e->err = EE_MARKED;
			else if (e->multi)
				e->err = EE_MIXED;
			else {
				/* Only ASCII so far: the same in both. */
				e->enc = ENC_CP1252;
				e->guessed = 1;
				continue;
			}
			goto fail;
		case ENC_CP1252:
			c = in[i];
			if (e->guessed && c >= 0xc2 && c <= 0xf4 &&
			    (k = utf8_len(in + i, n - i)) != 0) {
				if (k < 0 && !eof)
					goto done;
				if (k > 0) {
					utf8_decode((const char *)in + i,
					    (size_t)k, &e->bad);
					e->err = EE_LATE;
					goto fail;
				}
			}
			if (c >= 0x80 && c < 0xa0 &&
			    (c = cp1252[c - 0x80]) == 0) {
				e->bad = in[i];
				e->err = e->guessed ? EE_NEITHER : EE_CP1252;
				goto fail;
			}
			o += put_utf8(out + o, c);
			i++;
			continue;
		default:	/* UTF-16, its byte order known */
			if (n - i < 2) {
				if (!eof)
					goto done;
				e->err = EE_ODD;
				goto fail;
			}
			c = unit16(e, in + i);
			if (c >= 0xdc00 && c <= 0xdfff) {
				e->bad = c;
				e->err = EE_SURROGATE;
				goto fail;
			}
			if (c < 0xd800 || c > 0xdbff) {
				o += put_utf8(out + o, c);
				i += 2;
				continue;
			}
			if (n - i < 4 && !eof)
				goto done;
			if (n - i < 4 || (c2 = unit16(e, in + i + 2)) < 0xdc00 ||
			    c2 > 0xdfff) {
				e->bad = c;
				e->err = EE_SURROGATE;
				goto fail;
			}
			c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
			o += put_utf8(out + o, c);
			i += 4;
			continue;
		}
	}
done:
	*used = i;
	*outlen = o;
	return 0;
fail:
	*used = i;
	*outlen = o;
	return -1;
}

/* The message for the input enc_conv stopped at, in file at line. */
int
enc_error(const struct enc *e, struct diag *d, const char *file,
    unsigned long line)
{
	unsigned char u[5];
	char hex[24];
	size_t i, k, o;

	switch (e->err) {
	case EE_UTF8:
		return diag_set(d, file, line, "invalid UTF-8 (byte 0x%02lX)",
		    e->bad);
	case EE_MIXED:
		return diag_set(d, file, line, "mixed encodings: UTF-8 and "
		    "Windows-1252 text in one file (byte 0x%02lX); save it "
		    "as UTF-8", e->bad);
	case EE_LATE:
		k = put_utf8(u, e->bad);
		for (i = 0, o = 0; i < k; i++)
			o += (size_t)snprintf(hex + o, sizeof(hex) - o,
			    "%s0x%02X", i ? " " : "", u[i]);
		return diag_set(d, file, line, "mixed encodings: UTF-8 and "
		    "Windows-1252 text in one file (bytes %s); save it as "
		    "UTF-8", hex);
	case EE_MARKED:
		return diag_set(d, file, line, "invalid UTF-8 (byte 0x%02lX) "
		    "in a file marked as UTF-8 by its byte-order mark",
		    e->bad);
	case EE_CP1252:
		return diag_set(d, file, line, "byte 0x%02lX is not a "
		    "Windows-1252 character", e->bad);
	case EE_NEITHER:
		return diag_set(d, file, line, "byte 0x%02lX is neither UTF-8 "
		    "nor Windows-1252: is this a text file?", e->bad);
	case EE_SURROGATE:
		return diag_set(d, file, line, "invalid UTF-16: unpaired "
		    "surrogate 0x%04lX", e->bad);
	case EE_ODD:
		return diag_set(d, file, line, "invalid UTF-16: the file ends "
		    "in half a character (an odd number of bytes)");
	case EE_BOM:
		return diag_set(d, file, line, "the byte-order mark says "
		    "UTF-16%s, not the UTF-16%s asked for",
		    e->bad == 0xfeff ? "BE" : "LE",
		    e->bad == 0xfeff ? "LE" : "BE");
	default:
		return diag_set(d, file, line, "invalid text");
	}
}
