/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * rdoc.c: isac-render's document: a section per table read, in the
 * order given, each with its kind and column map (kind.c); its column
 * titles and headings in its language (the words are vocab.c's); and
 * its TLP policy.
 *
 * The policy (tlp.md, issue 18): a tlp column may label any row.  The
 * document carries the label given with --tlp; without one, the
 * strictest label of any row, never less.  Every row stricter than the
 * document's label is left out, and counted for the program to say so,
 * before any view is made of the rows: what a view shows, a chart, a
 * title made from a period, comes only from the rows that are kept.
 *
 * Formats are the dispatcher's business (render.c); nothing here knows
 * one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* The phrase en in the document's language (vocab.c). */
const char *
tr(const struct rdoc *doc, const char *en)
{
	return vocab_phrase(en, doc->nl);
}

/* The name of capability code, in the document's language; else code. */
const char *
cap_name(const struct rdoc *doc, const char *code)
{
	const char *n = doc->g ? guide_name(doc->g, code) : NULL;

	return n != NULL && *n != '\0' ? n : code;
}

struct rdoc *
rdoc_new(const struct ropt *o, struct diag *d)
{
	struct rdoc *doc;

	if ((doc = calloc(1, sizeof(*doc))) == NULL) {
		diag_nomem(d, NULL);
		return NULL;
	}
	doc->o = *o;
	doc->nl = vocab_nl(o->lang);
	if ((doc->said = strtab_new(0)) == NULL) {
		diag_nomem(d, NULL);
		free(doc);
		return NULL;
	}
	if ((doc->g = guide_load(o->lang, d)) == NULL) {
		strtab_free(doc->said);
		free(doc);
		return NULL;
	}
	return doc;
}

/* Frees the document and its sections' tables; their views are freed. */
void
doc_free(struct rdoc *doc)
{
	size_t i;

	for (i = 0; i < doc->nsec; i++) {
		table_free(&doc->sec[i].t);
		free(doc->sec[i].title);
	}
	free(doc->sec);
	free(doc->title);
	guide_free(doc->g);
	gt_free(doc->gt);
	strtab_free(doc->said);
	free(doc);
}

/* Row r's label: TLP_NONE without; its cell was checked by rdoc_add. */
static int
row_label(const struct rsec *s, size_t r, struct diag *d)
{
	size_t len;
	const char *v = table_value(&s->t, r, s->m.tlp, &len);

	return tlp_value(v, len, s->t.name, s->t.rows[r].line, d);
}

/*
 * Adds table t, whole, as the next section; t is taken over and left
 * empty.  Every label in its tlp column is checked here, on its line,
 * and spelt the one way in every format: "TLP:RED" for "red".
 */
int
rdoc_add(struct rdoc *doc, struct table *t, struct diag *d)
{
	struct rsec *s;
	size_t r;
	int k;

	if (doc->nsec == doc->cap) {
		size_t cap = doc->cap ? 2 * doc->cap : 4;

		if ((s = realloc(doc->sec, cap * sizeof(*s))) == NULL) {
			table_free(t);
			return diag_nomem(d, NULL);
		}
		doc->sec = s;
		doc->cap = cap;
	}
	s = &doc->sec[doc->nsec++];
	memset(s, 0, sizeof(*s));
	s->t = *t;
	memset(t, 0, sizeof(*t));
	kind_map(&s->t, &s->m);
	s->label = TLP_NONE;
	for (r = 0; s->m.tlp >= 0 && r < s->t.nrows; r++) {
		if ((k = row_label(s, r, d)) == -2)
			return -1;
		s->label = tlp_max(s->label, k);
		/* written as every program writes it: TLP:RED */
		if (k != TLP_NONE)
			s->t.rows[r].f[s->m.tlp] = tlp_label(k);
	}
	return 0;
}

/* Leaves out of s the rows labelled stricter than label. */
static void
drop_rows(struct rsec *s, int label, struct diag *d)
{
	size_t r, n = 0;

	for (r = 0; r < s->t.nrows; r++) {
		if (row_label(s, r, d) > label) {
			free(s->t.rows[r].f);
			s->dropped++;
		} else
			s->t.rows[n++] = s->t.rows[r];
	}
	s->t.nrows = n;
	s->label = label;
}

/*
 * Fixes the document's label, given or else the strictest of its rows,
 * and leaves out every row stricter than it: before any view is made.
 */
void
doc_label(struct rdoc *doc, struct diag *d)
{
	struct rsec *s;
	size_t i;

	if (doc->o.tlp == TLP_NONE)
		for (i = 0; i < doc->nsec; i++)
			doc->o.tlp = tlp_max(doc->o.tlp, doc->sec[i].label);
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (s->m.tlp >= 0 && s->label > doc->o.tlp)
			drop_rows(s, doc->o.tlp, d);
	}
}

/* The heading of a kind's section, in the document's language. */
static const char *
kind_title(const struct rdoc *doc, int k)
{
	return vocab_kind(k, doc->nl);
}

/* The heading of a section: its kind's, with the periods of a score. */
static char *
sec_title(const struct rdoc *doc, const struct rsec *s)
{
	const struct sview *v = s->sv;
	struct strbuf b;
	const char *base;

	sb_init(&b);
	if (s->m.kind == TK_TABLE) {
		base = strrchr(s->t.name, '/');
		sb_add(&b, base ? base + 1 : s->t.name);
	} else if (v != NULL && v->np == 1 && *v->period[0])
		sb_printf(&b, "%s %s", kind_title(doc, s->m.kind),
		    v->period[0]);
	else if (v != NULL && v->np > 1)
		sb_printf(&b, "%s %s\xe2\x80\x93%s", kind_title(doc, s->m.kind),
		    v->period[0], v->period[v->np - 1]);
	else
		sb_add(&b, kind_title(doc, s->m.kind));
	if (sb_failed(&b)) {
		sb_free(&b);
		return NULL;
	}
	return b.s != NULL ? b.s : strdup("");
}

/*
 * The headings of the sections, and the document's title: --title,
 * else its first section's.  Made once the rows are settled, from the
 * rows kept only.
 */
int
doc_titles(struct rdoc *doc, struct diag *d)
{
	char buf[128];
	size_t i;

	for (i = 0; i < doc->nsec; i++)
		if ((doc->sec[i].title = sec_title(doc, &doc->sec[i])) == NULL)
			return diag_nomem(d, doc->sec[i].t.name);
	/* the annual report's: "Jaarverslag 2026" */
	snprintf(buf, sizeof(buf), "%s %d", tr(doc, "Annual report"),
	    doc->o.year);
	doc->title = strdup(doc->o.title != NULL ? doc->o.title :
	    doc->o.year != 0 ? buf : doc->nsec > 0 ? doc->sec[0].title :
	    "ISAC");
	return doc->title == NULL ? diag_nomem(d, NULL) : 0;
}

int
rdoc_tlp(const struct rdoc *doc)
{
	return doc->o.tlp;
}

size_t
rdoc_nsec(const struct rdoc *doc)
{
	return doc->nsec;
}

/* The rows section i left out for their label, and its file's name. */
unsigned long
rdoc_dropped(const struct rdoc *doc, size_t i, const char **name)
{
	*name = doc->sec[i].t.name;
	return doc->sec[i].dropped;
}

/* The column of s's kind called name (kind.c's map), or -1. */
int
sec_col(const struct rsec *s, const char *name)
{
	return tmap_col(&s->m, name);
}

/*
 * The English name of table column c of s: the name its kind declares
 * for it ("yes_2" in buf for a score's level), or, in a table of a
 * kind, a column the tools know under any of its names ("signed" for
 * "Ondertekend"); NULL for one the tools do not know, or in a plain
 * table, where a column is what its header says.
 */
const char *
sec_name(const struct rsec *s, size_t c, char *buf, size_t size)
{
	const struct tcol *col = tab_decl(s->m.kind)->col;
	int n, l;

	if (s->m.kind == TK_TABLE || c >= s->t.ncols)
		return NULL;
	if ((int)c == s->m.tlp)
		return "tlp";
	for (n = 0; col[n].name != NULL; n++)
		if (s->m.col[n] == (int)c)
			return col[n].name;
	for (l = 1; l <= s->m.nlevels; l++)
		if (s->m.yes[l] == (int)c || s->m.app[l] == (int)c) {
			snprintf(buf, size, "%s_%d", s->m.yes[l] == (int)c ?
			    "yes" : "applicable", l);
			return buf;
		}
	return colname_known(s->t.col[c], buf, size);
}

/*
 * The title of table column c of s in the document's language: that of
 * its English name (above), else its header as written, a secretary's
 * own column ("budget") for one.
 */
const char *
sec_head(const struct rdoc *doc, const struct rsec *s, size_t c,
    char *buf, size_t size)
{
	char name[VOCAB_COL_MAX];
	const char *n = sec_name(s, c, name, sizeof(name)), *t;

	if (n == NULL)
		return c < s->t.ncols ? s->t.col[c] : "";
	if ((t = vocab_col(n, doc->nl, buf, size)) != name)
		return t;
	snprintf(buf, size, "%s", name);
	return buf;
}

/*
 * Text s (len bytes) kept as long as the document: a cell it says in
 * its own words.  NULL when out of memory.
 */
const char *
doc_said(struct rdoc *doc, const char *s, size_t len)
{
	long i = strtab_add(doc->said, s, len);

	return i < 0 ? NULL : strtab_get(doc->said, (size_t)i);
}

/* Row r's field in column col, as written; "" for a column not there. */
const char *
sec_cell(const struct rsec *s, size_t r, int col)
{
	if (col < 0 || (size_t)col >= s->t.ncols || r >= s->t.nrows)
		return "";
	return s->t.rows[r].f[col];
}

/* Row r's value in its kind's column called name, as written; "" without. */
const char *
sec_value(const struct rsec *s, size_t r, const char *name)
{
	return sec_cell(s, r, sec_col(s, name));
}

/* Row r's whole number in column col, checked against max. */
int
sec_number(const struct rsec *s, size_t r, int col, unsigned long max,
    unsigned long *v, struct diag *d)
{
	const char *p;
	size_t len;

	*v = 0;
	if (col < 0 || (size_t)col >= s->t.ncols)
		return 0;
	p = table_value(&s->t, r, col, &len);
	if (text_uint(p, len, max, v) == -1)
		return diag_set(d, s->t.name, s->t.rows[r].line, "'%.*s' in "
		    "column '%s' is not a whole number from 0 to %lu",
		    (int)(len > 60 ? 60 : len), p, s->t.col[col], max);
	return 0;
}
