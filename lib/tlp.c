/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tlp.c: the labels of the Traffic Light Protocol, version 2.0 (FIRST).
 *
 * Five labels, from the least to the most restricted: CLEAR, GREEN,
 * AMBER, AMBER+STRICT and RED.  A label is written "TLP:RED", never
 * translated, in its colour on black.  TLP 2.0 renamed WHITE to CLEAR;
 * the old word is refused with that hint rather than taken silently.
 */
#include <string.h>

#include "isac.h"

static const struct {
	const char	*word;
	const char	*label;
	const char	*colour;
} tlps[] = {
	{ "clear",		"TLP:CLEAR",		"#FFFFFF" },
	{ "green",		"TLP:GREEN",		"#33FF00" },
	{ "amber",		"TLP:AMBER",		"#FFC000" },
	{ "amber+strict",	"TLP:AMBER+STRICT",	"#FFC000" },
	{ "red",		"TLP:RED",		"#FF2B2B" }
};

/*
 * The label s (len bytes) names, with or without "TLP:", in any case and
 * with spaces around it: a value of enum tlp, TLP_WHITE for the word
 * TLP 1.0 used, or -1.
 */
int
tlp_parse(const char *s, size_t len)
{
	size_t i;

	text_trim(&s, &len);
	if (len >= 4 && text_ieq(s, 4, "tlp:")) {
		s += 4;
		len -= 4;
		text_trim(&s, &len);
	}
	for (i = 0; i < sizeof(tlps) / sizeof(tlps[0]); i++)
		if (text_ieq(s, len, tlps[i].word))
			return (int)i;
	if (text_ieq(s, len, "white"))
		return TLP_WHITE;
	return -1;
}

/* "TLP:AMBER" for TLP_AMBER. */
const char *
tlp_label(int t)
{
	return t >= 0 && t < TLP_N ? tlps[t].label : "";
}

/* The colour the label is written in, on black. */
const char *
tlp_colour(int t)
{
	return t >= 0 && t < TLP_N ? tlps[t].colour : "#FFFFFF";
}

/*
 * The label of a row whose tlp cell is s (len bytes), read from file at
 * line: a value of enum tlp, TLP_NONE for an empty cell, or -2 with d
 * set for a word that is not a label.  Every program reads a tlp column
 * through this, so that one spelling means one label everywhere.
 */
int
tlp_value(const char *s, size_t len, const char *file, unsigned long line,
    struct diag *d)
{
	int k;

	text_trim(&s, &len);
	if (len == 0)
		return TLP_NONE;
	if ((k = tlp_parse(s, len)) >= 0 && k != TLP_WHITE)
		return k;
	if (k == TLP_WHITE)
		diag_set(d, file, line, "TLP label '%.*s': TLP 2.0 renamed "
		    "WHITE to CLEAR", (int)(len > 60 ? 60 : len), s);
	else
		diag_set(d, file, line, "unknown TLP label '%.*s': use clear, "
		    "green, amber, amber+strict or red",
		    (int)(len > 60 ? 60 : len), s);
	return -2;
}

/* The stricter of two labels; TLP_NONE is less strict than any. */
int
tlp_max(int a, int b)
{
	return a > b ? a : b;
}
