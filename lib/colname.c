/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * colname.c: the names a column may have, in English and in Dutch.
 *
 * Every format names its columns in English; a member who fills in a
 * sheet in Dutch writes "antwoord" or "Toelichting", so each column is
 * also known by its Dutch title (vocab.c: what the tools write for
 * people with --excel -l nl, so that every such header reads back) and
 * by the Dutch names and common variants below.  Names are compared
 * without case, and a space, a hyphen and an underscore count as the
 * same character ("Previous note", "previous-note", "ja 1").
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "isac.h"

static const struct {
	const char	*name;		/* the English name, as written */
	const char	*alias[6];	/* others, NULL-terminated */
} names[] = {
	/* answers and the model */
	{ "id",		{ "nr", "nummer", "vraagnummer", NULL } },
	{ "answer",	{ "antwoord", NULL } },
	{ "respondent",	{ "deelnemer", "respondent", NULL } },
	{ "period",	{ "periode", NULL } },
	{ "note",	{ "notes", "comment", "comments", "toelichting",
			  "opmerking", "opmerkingen" } },
	{ "question",	{ "vraag", NULL } },
	{ "capability",	{ "capaciteit", NULL } },
	{ "level",	{ "niveau", NULL } },
	{ "previous",	{ "vorig", "vorige", NULL } },
	{ "previous_note", { "vorige_toelichting", NULL } },
	{ "previous_check", { NULL } },
	/* targets, gaps and plans */
	{ "target",	{ "doel", "ambitie", "streefniveau", NULL } },
	{ "current",	{ "huidig", NULL } },
	{ "step",	{ "stap", NULL } },
	{ "reaches",	{ "bereikt", NULL } },
	{ "action",	{ "actie", NULL } },
	{ "guidance",	{ "handreiking", NULL } },
	{ "owner",	{ "eigenaar", NULL } },
	{ "status",	{ NULL } },
	{ "start",	{ "begin", NULL } },
	{ "end",	{ "eind", "einde", NULL } },
	{ "phase",	{ "fase", NULL } },
	/* the roster */
	{ "org",	{ "organisatie", "organisation", "organization",
			  NULL } },
	{ "name",	{ "naam", NULL } },
	{ "email",	{ "e-mail", "mail", "e-mailadres", "emailadres",
			  NULL } },
	{ "role",	{ "rol", "functie", NULL } },
	{ "rep",	{ "vertegenwoordiger", "representative", NULL } },
	{ "signed",	{ "getekend", "ondertekend", NULL } },
	{ "joined",	{ "toegetreden", "lid_sinds", NULL } },
	{ "left",	{ "vertrokken", "uitgetreden", NULL } },
	{ "phone",	{ "telefoon", NULL } },
	{ "since",	{ "sinds", NULL } },
	/* meetings, attendance and admission */
	{ "date",	{ "datum", NULL } },
	{ "present",	{ "aanwezig", NULL } },
	{ "candidate",	{ "kandidaat", NULL } },
	{ "vote",	{ "stem", NULL } },
	{ "host",	{ "gastheer", "gastvrouw", NULL } },
	{ "tlp",	{ NULL } },
};

static int
fold(int c)
{
	if (c == ' ' || c == '-')
		return '_';
	return text_lower(c);
}

/* Is s (len bytes, trimmed) the name w, folded as above? */
static int
same(const char *s, size_t len, const char *w)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (w[i] == '\0' || fold((unsigned char)s[i]) !=
		    fold((unsigned char)w[i]))
			return 0;
	return w[len] == '\0';
}

static int
lookup(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i].name, name) == 0)
			return (int)i;
	return -1;
}

/*
 * Is the header text s (len bytes, trimmed) a name of the column whose
 * English name is name: that name, its Dutch title, or another name?
 */
int
colname_is(const char *s, size_t len, const char *name)
{
	char buf[VOCAB_COL_MAX];
	int k = lookup(name);
	size_t i;

	if (same(s, len, name) ||
	    same(s, len, vocab_col(name, 1, buf, sizeof(buf))))
		return 1;
	if (k < 0)
		return 0;
	for (i = 0; i < 6 && names[k].alias[i] != NULL; i++)
		if (same(s, len, names[k].alias[i]))
			return 1;
	return 0;
}

/*
 * The first other name of a column ("antwoord" for "answer"), for
 * messages that say what was looked for; NULL when it has none.
 */
const char *
colname_aliases(const char *name)
{
	int k = lookup(name);

	return k < 0 ? NULL : names[k].alias[0];
}

/*
 * Finds the column called name (or one of its others) among the n header
 * texts hdr, sets *idx to the first, and returns how many match: 0, 1,
 * or 2 for a name given twice.
 */
int
colname_find(const char *const *hdr, size_t n, const char *name, int *idx)
{
	size_t i, len;
	const char *h;
	int found = 0;

	*idx = -1;
	for (i = 0; i < n && found < 2; i++) {
		h = hdr[i];
		len = strlen(h);
		text_trim(&h, &len);
		if (!colname_is(h, len, name))
			continue;
		if (found++ == 0)
			*idx = (int)i;
	}
	return found;
}

/*
 * The message for a missing column: what was looked for, and what the
 * header held with which delimiter, since a wrong delimiter or a stray
 * byte-order mark is the usual cause.
 */
int
colname_missing(struct diag *d, const char *file, unsigned long line,
    const char *name, const char *const *hdr, size_t n, int delim)
{
	char found[512], dl[8];
	const char *other = colname_aliases(name);
	size_t i, used = 0;

	found[0] = '\0';
	for (i = 0; i < n && used < sizeof(found) - 64; i++)
		used += (size_t)snprintf(found + used, sizeof(found) - used,
		    "%s'%.60s'", i > 0 ? ", " : "", hdr[i]);
	if (i < n)
		snprintf(found + used, sizeof(found) - used, _(" and %zu more"),
		    n - i);
	if (delim == 0 && other != NULL)	/* a workbook's sheet */
		return diag_set(d, file, line, "no column '%s' (or '%s') in "
		    "the header; found %s", name, other, found);
	if (delim == 0)
		return diag_set(d, file, line, "no column '%s' in the header; "
		    "found %s", name, found);
	if (delim == '\t')
		snprintf(dl, sizeof(dl), "TAB");
	else
		snprintf(dl, sizeof(dl), "'%c'", delim);
	if (other != NULL)
		return diag_set(d, file, line, "no column '%s' (or '%s') in "
		    "the header; found %s with delimiter %s", name, other,
		    found, dl);
	return diag_set(d, file, line, "no column '%s' in the header; found "
	    "%s with delimiter %s", name, found, dl);
}

/*
 * Is s (len bytes) a level's column of the vocabulary's pattern (name
 * "yes_#", Dutch title "ja #"), in either language?  Then buf holds its
 * English name: "yes_2".
 */
static int
level_col(const char *s, size_t len, const char *name, const char *nl,
    char *buf, size_t size)
{
	const char *hn = strchr(name, '#'), *hl = strchr(nl, '#');
	char title[VOCAB_COL_MAX];
	size_t k = len;

	while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
		k--;
	if (hn == NULL || hl == NULL || k == len || k == 0 ||
	    (size_t)snprintf(buf, size, "%.*s%.*s", (int)(hn - name), name,
	    (int)(len - k), s + k) >= size ||
	    (size_t)snprintf(title, sizeof(title), "%.*s%.*s",
	    (int)(hl - nl), nl, (int)(len - k), s + k) >= sizeof(title))
		return 0;
	return same(s, len, buf) || same(s, len, title);
}

/*
 * The English name of the column header text s is a name of, or NULL;
 * a level's is written in buf.
 */
static const char *
known(const char *s, size_t len, char *buf, size_t size)
{
	const char *en, *nl;
	size_t i, k;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (same(s, len, names[i].name))
			return names[i].name;
		for (k = 0; k < 6 && names[i].alias[k] != NULL; k++)
			if (same(s, len, names[i].alias[k]))
				return names[i].name;
	}
	for (i = 0; (en = vocab_col_at(i, &nl)) != NULL; i++) {
		if (strchr(en, '#') == NULL) {
			if (same(s, len, en) || same(s, len, nl))
				return en;
		} else if (level_col(s, len, en, nl, buf, size))
			return buf;
	}
	return NULL;
}

/*
 * The English name of the column whose name, title or other name the
 * header text s is ("answer" for " Antwoord", "yes_2" for "ja 2", in
 * buf), or NULL for a column the tools do not know.
 */
const char *
colname_known(const char *s, char *buf, size_t size)
{
	size_t len = strlen(s);

	text_trim(&s, &len);
	return known(s, len, buf, size);
}

struct key {
	char	*s;
	size_t	 i;
};

static int
keycmp(const void *a, const void *b)
{
	const struct key *x = a, *y = b;
	int c = strcmp(x->s, y->s);

	return c != 0 ? c : (x->i > y->i) - (x->i < y->i);
}

/* The header text s as one key: its English name, else s folded. */
static char *
key_of(const char *s)
{
	size_t len = strlen(s), i;
	char buf[VOCAB_COL_MAX];
	const char *k;
	char *p;

	text_trim(&s, &len);
	if ((k = known(s, len, buf, sizeof(buf))) != NULL)
		return strdup(k);
	if ((p = malloc(len + 2)) == NULL)
		return NULL;
	p[0] = '~';	/* no English name starts so */
	for (i = 0; i < len; i++)
		p[i + 1] = (char)fold((unsigned char)s[i]);
	p[len + 1] = '\0';
	return p;
}

/*
 * Two of the n header texts that name the same column, in any case or
 * language ("tlp" and "TLP", "answer" and "antwoord"): 1 with *a < *b
 * set to the first such pair in the header's order, 0 when there are
 * none, -1 when out of memory.  Empty names are nobody's, and never the
 * same; a sort keeps this fast for a header of thousands of columns.
 */
int
colname_twice(const char *const *hdr, size_t n, size_t *a, size_t *b)
{
	struct key *k;
	size_t i, m = 0;
	int rc = 0;

	if ((k = calloc(n + 1, sizeof(*k))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (hdr[i][strspn(hdr[i], " \t")] == '\0')
			continue;
		k[m].i = i;
		if ((k[m++].s = key_of(hdr[i])) == NULL) {
			rc = -1;
			goto out;
		}
	}
	qsort(k, m, sizeof(*k), keycmp);
	for (i = 1; i < m; i++)
		if (strcmp(k[i - 1].s, k[i].s) == 0 &&
		    (rc == 0 || k[i].i < *b)) {
			*a = k[i - 1].i;
			*b = k[i].i;
			rc = 1;
		}
out:
	for (i = 0; i < m; i++)
		free(k[i].s);
	free(k);
	return rc;
}
