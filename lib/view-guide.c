/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view-guide.c: the guide's own texts in the document's language.
 *
 * A plan made in English carries the guide's actions and guidance in
 * English, a gap the model's questions; a Dutch document shows the Dutch
 * guide's text in their place, and an English document the English: an
 * action and a question are found by the question's id (actions.LANG.csv
 * and the bundled model), guidance by capability and level (guide.c, as
 * isac-plan joins it).  A cell that is not the guide's text in either
 * language, an action a secretary wrote, is kept as written, and so are
 * the questions of a model other than the bundled one.
 *
 * Both languages are loaded once, when a section first needs them.
 * Guidance is made once per capability and level, and only for a
 * capability the guide names, so that a hostile plan of a million rows
 * costs a lookup per row.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

static const char *const langs[2] = { "en", "nl" };

/* Guidance of one capability and level, as isac-plan writes it. */
struct gdance {
	char		*t[2];		/* en, nl */
};

struct gtexts {
	struct model	 m[2];		/* the bundled model, en and nl */
	struct table	 act[2];	/* actions.LANG.csv */
	const char	**action[2];	/* by question of m[l]; NULL without */
	struct guide	*g[2];
	struct strtab	*keys;		/* "CODE\tLEVEL" -> index into gd */
	struct gdance	*gd;
	size_t		 ngd, cap;
};

void
gt_free(struct gtexts *gt)
{
	size_t i;
	int l;

	if (gt == NULL)
		return;
	for (l = 0; l < 2; l++) {
		model_free(&gt->m[l]);
		table_free(&gt->act[l]);
		free(gt->action[l]);
		guide_free(gt->g[l]);
	}
	for (i = 0; i < gt->ngd; i++) {
		free(gt->gd[i].t[0]);
		free(gt->gd[i].t[1]);
	}
	free(gt->gd);
	strtab_free(gt->keys);
	free(gt);
}

/* The texts of language l. */
static int
load_lang(struct gtexts *gt, int l, struct diag *d)
{
	char path[4096];

	if (model_open(&gt->m[l], NULL, langs[l], d) == -1 ||
	    data_file("actions", langs[l], path, sizeof(path), d) == -1 ||
	    table_read(&gt->act[l], path, NULL, d) == -1)
		return -1;
	if ((gt->action[l] = calloc(gt->m[l].nq + 1,
	    sizeof(*gt->action[l]))) == NULL)
		return diag_nomem(d, path);
	if (plan_actions(&gt->m[l], &gt->act[l], gt->action[l], d) == -1)
		return -1;
	return (gt->g[l] = guide_load(langs[l], d)) == NULL ? -1 : 0;
}

/* The guide's texts in both languages, in doc->gt: once. */
int
gt_load(struct rdoc *doc, struct diag *d)
{
	struct gtexts *gt;

	if (doc->gt != NULL)
		return 0;
	if ((gt = calloc(1, sizeof(*gt))) == NULL ||
	    (gt->keys = strtab_new(0)) == NULL) {
		free(gt);
		return diag_nomem(d, NULL);
	}
	if (load_lang(gt, 0, d) == -1 || load_lang(gt, 1, d) == -1) {
		gt_free(gt);
		return -1;
	}
	doc->gt = gt;
	return 0;
}

/* Question id's number in model l, or -1. */
static long
question(const struct gtexts *gt, int l, const char *id)
{
	return model_find(&gt->m[l], id, strlen(id));
}

/* The model's question id in the document's language, when cell is it. */
const char *
gt_question(const struct rdoc *doc, const char *id, const char *cell)
{
	const struct gtexts *gt = doc->gt;
	long q, n;
	int l;

	if (gt == NULL || (n = question(gt, doc->nl, id)) < 0)
		return NULL;
	for (l = 0; l < 2; l++)
		if ((q = question(gt, l, id)) >= 0 &&
		    strcmp(cell, gt->m[l].q[q].text) == 0)
			return gt->m[doc->nl].q[n].text;
	return NULL;
}

/* Question q's action in language l: the guide's, else the question. */
static const char *
action(const struct gtexts *gt, int l, long q)
{
	const char *a = gt->action[l][q];

	return a != NULL ? a : gt->m[l].q[q].text;
}

/*
 * The action of question id in the document's language, when cell is
 * the guide's action for it, or the question itself, in either.
 */
const char *
gt_action(const struct rdoc *doc, const char *id, const char *cell)
{
	const struct gtexts *gt = doc->gt;
	long q, n;
	int l;

	if (gt == NULL || (n = question(gt, doc->nl, id)) < 0)
		return NULL;
	for (l = 0; l < 2; l++)
		if ((q = question(gt, l, id)) >= 0 &&
		    (strcmp(cell, action(gt, l, q)) == 0 ||
		    strcmp(cell, gt->m[l].q[q].text) == 0))
			return action(gt, doc->nl, n);
	return NULL;
}

/* The guidance of capability code at level lv, both languages: made once. */
static const struct gdance *
guidance(struct gtexts *gt, const char *code, int lv)
{
	struct strbuf key, b;
	struct gdance *g;
	long i;
	int l;

	sb_init(&key);
	sb_printf(&key, "%s\t%d", code, lv);
	if (sb_failed(&key) || (i = strtab_add(gt->keys, key.s,
	    key.len)) < 0) {
		sb_free(&key);
		return NULL;
	}
	sb_free(&key);
	if ((size_t)i < gt->ngd)
		return &gt->gd[i];
	if (gt->ngd == gt->cap) {
		size_t cap = gt->cap ? 2 * gt->cap : 16;

		if ((g = realloc(gt->gd, cap * sizeof(*g))) == NULL)
			return NULL;
		gt->gd = g;
		gt->cap = cap;
	}
	g = &gt->gd[gt->ngd++];
	for (l = 0; l < 2; l++) {
		sb_init(&b);
		plan_guidance(gt->g[l], code, lv, &b);
		g->t[l] = sb_failed(&b) ? NULL : strdup(sb_str(&b));
		sb_free(&b);
	}
	return g->t[0] != NULL && g->t[1] != NULL ? g : NULL;
}

/*
 * Sets *out to the guide's guidance for capability code at level (as
 * written) in the document's language, when cell is that guidance in
 * either language; else to NULL.  -1 when out of memory.
 */
int
gt_guidance(struct rdoc *doc, const char *code, const char *level,
    const char *cell, const char **out)
{
	struct gtexts *gt = doc->gt;
	const struct gdance *g;
	unsigned long lv;
	int l;

	*out = NULL;
	if (gt == NULL || *cell == '\0' ||
	    text_uint(level, strlen(level), MODEL_LEVELS_MAX, &lv) == -1 ||
	    (guide_name(gt->g[0], code) == NULL &&
	    guide_name(gt->g[1], code) == NULL))
		return 0;
	if ((g = guidance(gt, code, (int)lv)) == NULL)
		return -1;
	for (l = 0; l < 2; l++)
		if (strcmp(cell, g->t[l]) == 0 && *g->t[doc->nl] != '\0')
			*out = g->t[doc->nl];
	return 0;
}
