/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * model.c: a checklist model read from its CSV file.
 *
 * A model is the checklist: columns id, capability, level and question,
 * one row per question.  Capabilities are taken in the order they first
 * appear and questions in file order, which is the order of every output.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isac.h"

struct cols {
	int	id, cap, level, text;
};

static int
find_cols(struct csvr *r, struct cols *c, struct diag *d)
{
	if (csvr_col(r, "id", 1, &c->id, d) == -1 ||
	    csvr_col(r, "capability", 1, &c->cap, d) == -1 ||
	    csvr_col(r, "level", 1, &c->level, d) == -1 ||
	    csvr_col(r, "question", 1, &c->text, d) == -1)
		return -1;
	return 0;
}

static int
grow(struct model *m, size_t *cap)
{
	struct question *q;

	if (m->nq < *cap)
		return 0;
	*cap = *cap ? 2 * *cap : 64;
	if ((q = realloc(m->q, *cap * sizeof(*q))) == NULL)
		return -1;
	m->q = q;
	return 0;
}

static long
add_capability(struct model *m, const char *s, size_t len)
{
	struct capability *c;
	long k = strtab_find(m->codes, s, len);

	if (k >= 0)
		return k;
	if ((k = strtab_add(m->codes, s, len)) == -1)
		return -1;
	if ((c = realloc(m->cap, (m->ncap + 1) * sizeof(*c))) == NULL)
		return -1;
	m->cap = c;
	m->cap[m->ncap].code = (char *)strtab_get(m->codes, (size_t)k);
	m->cap[m->ncap].nq = 0;
	m->cap[m->ncap].top = 0;
	return (long)m->ncap++;
}

static int
add_row(struct model *m, const struct csvrow *row, const struct cols *c,
    const char *file, struct diag *d)
{
	struct question *q = &m->q[m->nq];
	const char *id, *cap, *text;
	size_t idlen, caplen, textlen;
	unsigned long level;
	long k;

	id = csvrow_value(row, c->id, &idlen);
	cap = csvrow_value(row, c->cap, &caplen);
	text = csvrow_value(row, c->text, &textlen);
	if (idlen == 0)
		return diag_set(d, file, row->line, "question without an id");
	if (caplen == 0)
		return diag_set(d, file, row->line, "no capability for %.*s",
		    (int)idlen, id);
	if (textlen == 0)
		return diag_set(d, file, row->line, "no question text for "
		    "%.*s", (int)idlen, id);
	if (text_uint(row->f[c->level], row->len[c->level],
	    MODEL_LEVELS_MAX, &level) == -1 || level == 0)
		return diag_set(d, file, row->line, "level '%s' of %.*s is not "
		    "a number from 1 to %d", row->f[c->level], (int)idlen, id,
		    MODEL_LEVELS_MAX);
	if ((k = strtab_find(m->ids, id, idlen)) >= 0)
		return diag_set(d, file, row->line, "%.*s defined twice "
		    "(first on line %lu)", (int)idlen, id, m->q[k].line);
	if ((k = add_capability(m, cap, caplen)) == -1 ||
	    strtab_add(m->ids, id, idlen) == -1 ||
	    (q->text = strndup(text, textlen)) == NULL)
		return diag_nomem(d, file);
	q->id = (char *)strtab_get(m->ids, m->nq);
	q->cap = (size_t)k;
	q->level = (int)level;
	q->line = row->line;
	m->cap[k].nq++;
	if (q->level > m->cap[k].top)
		m->cap[k].top = q->level;
	if (q->level > m->nlevels)
		m->nlevels = q->level;
	m->nq++;
	return 0;
}

/*
 * Every capability must have a question at each level up to its own top:
 * the level rule climbs one level at a time, and an empty level would be
 * passed without a single question answered.
 */
static int
check_levels(const struct model *m, const char *file, struct diag *d)
{
	unsigned char has[MODEL_LEVELS_MAX + 1];
	size_t c, i;
	int l;

	for (c = 0; c < m->ncap; c++) {
		memset(has, 0, sizeof(has));
		for (i = 0; i < m->nq; i++)
			if (m->q[i].cap == c)
				has[m->q[i].level] = 1;
		for (l = 1; l < m->cap[c].top; l++)
			if (!has[l])
				return diag_set(d, file, 0, "capability %s "
				    "has questions at level %d but none at "
				    "level %d", m->cap[c].code, m->cap[c].top,
				    l);
	}
	return 0;
}

static int
read_rows(struct model *m, struct csvr *r, struct diag *d)
{
	struct csvrow row;
	struct cols c;
	size_t cap = 0;
	int rc;

	if (find_cols(r, &c, d) == -1)
		return -1;
	while ((rc = csvr_next(r, &row, d)) == 1) {
		if (grow(m, &cap) == -1)
			return diag_nomem(d, csvr_name(r));
		if (add_row(m, &row, &c, csvr_name(r), d) == -1)
			return -1;
	}
	if (rc == -1)
		return -1;
	if (m->nq == 0)
		return diag_set(d, csvr_name(r), 0, "the model has no "
		    "questions");
	return check_levels(m, csvr_name(r), d);
}

int
model_load(struct model *m, const char *path, struct diag *d)
{
	struct csvr *r;
	int rc = -1;

	memset(m, 0, sizeof(*m));
	if ((m->ids = strtab_new(1)) == NULL ||
	    (m->codes = strtab_new(0)) == NULL) {
		model_free(m);
		return diag_nomem(d, path);
	}
	if ((r = csvr_open(path, NULL, d)) != NULL) {
		rc = read_rows(m, r, d);
		csvr_close(r);
	}
	if (rc == -1)
		model_free(m);
	return rc;
}

void
model_free(struct model *m)
{
	size_t i;

	for (i = 0; i < m->nq; i++)
		free(m->q[i].text);
	free(m->q);
	free(m->cap);
	strtab_free(m->ids);
	strtab_free(m->codes);
	memset(m, 0, sizeof(*m));
}

/*
 * Loads the model arg names (see data_model_path) in lang; when arg is
 * neither a file nor a bundled model, says which bundled models exist.
 */
int
model_open(struct model *m, const char *arg, const char *lang,
    struct diag *d)
{
	char path[4096], list[512];

	if (data_model_path(arg, lang, path, sizeof(path), d) == -1)
		return -1;
	if (arg != NULL && strcmp(path, arg) == 0 &&
	    strchr(arg, '/') == NULL && access(arg, F_OK) == -1) {
		data_models(lang, list, sizeof(list));
		return diag_set(d, NULL, 0, "%s: no such model file, nor a "
		    "bundled model of that name (bundled: %s)", arg, list);
	}
	return model_load(m, path, d);
}

/* The capability with this code, in any case, or -1. */
long
model_cap_find(const struct model *m, const char *s, size_t len)
{
	const char *code;
	size_t c, i;

	for (c = 0; c < m->ncap; c++) {
		code = m->cap[c].code;
		for (i = 0; i < len && code[i] != '\0'; i++)
			if (text_lower((unsigned char)s[i]) !=
			    text_lower((unsigned char)code[i]))
				break;
		if (i == len && code[i] == '\0')
			return (long)c;
	}
	return -1;
}

/* The index of the question with this id (any case, trimmed), or -1. */
long
model_find(const struct model *m, const char *id, size_t len)
{
	return strtab_find(m->ids, id, len);
}
