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
 * costs a lookup per row.  The HTML report shows a plan's guidance once
 * per capability and level: at its first step, or not at all when a
 * guide section of the report explains that level (gt_once).
 *
 * A guide table (isac-plan --guide, isac-gap --explain) is read as a
 * guide: per capability its name, description and points for attention,
 * then per level its features, tools and strategies, points for
 * attention and questions (uview_build), whatever the order of its
 * rows, which are sorted once.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
	struct strtab	*items;		/* an item's text, either language */
	size_t		*itemof;	/* -> the item's place in the guide */
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
	strtab_free(gt->items);
	free(gt->itemof);
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

static int	 items_index(struct gtexts *);

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
	if (items_index(gt) == -1) {
		gt_free(gt);
		return diag_nomem(d, NULL);
	}
	doc->gt = gt;
	return 0;
}

/*
 * The items of the guidance by their text in either language, each to
 * its place: the two files hold the same items in the same order, and
 * an item whose capability, level or kind differ between them is left
 * out.  Made once, so that a row costs a lookup.
 */
static int
items_index(struct gtexts *gt)
{
	const char *t[2], *c[2], *lv[2], *k[2];
	size_t i, n = guide_nitems(gt->g[0]);
	long at;
	int l;

	if ((gt->items = strtab_new(0)) == NULL ||
	    (gt->itemof = calloc(2 * n + 1, sizeof(*gt->itemof))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		for (l = 0; l < 2; l++)
			if ((t[l] = guide_item_at(gt->g[l], i, &c[l], &lv[l],
			    &k[l])) == NULL)
				return 0;
		if (strcmp(c[0], c[1]) != 0 || strcmp(lv[0], lv[1]) != 0 ||
		    strcasecmp(k[0], k[1]) != 0)
			continue;
		for (l = 0; l < 2; l++) {
			if ((at = strtab_add(gt->items, t[l], strlen(t[l]))) <
			    0)
				return -1;
			gt->itemof[at] = i;
		}
	}
	return 0;
}

/*
 * The text of a row of a guide table in the document's language, when
 * it is the bundled guide's text in either language: a capability's
 * name or description by its code, a question by its id, a feature, tool
 * or point for attention by its place in the guidance; else NULL.
 */
const char *
gt_guide_text(const struct rdoc *doc, const char *code, const char *kind,
    const char *id, const char *cell)
{
	const char *(*of)(const struct guide *, const char *);
	const struct gtexts *gt = doc->gt;
	const char *t, *c, *lv, *kd;
	long at;
	int k, l;

	if (gt == NULL || *cell == '\0')
		return NULL;
	switch (k = vocab_value(VW_GUIDE, kind, strlen(kind))) {
	case GK_NAME:
	case GK_DESCRIPTION:
		of = k == GK_NAME ? guide_name : guide_description;
		for (l = 0; l < 2; l++)
			if ((t = of(gt->g[l], code)) != NULL &&
			    strcmp(t, cell) == 0)
				return of(gt->g[doc->nl], code);
		return NULL;
	case GK_QUESTION:
		return gt_question(doc, id, cell);
	default:
		if (gt->items == NULL || (at = strtab_find(gt->items, cell,
		    strlen(cell))) < 0)
			return NULL;
		return guide_item_at(gt->g[doc->nl], gt->itemof[at], &c, &lv,
		    &kd);
	}
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

/* Capability and level as one key, and more after a NUL when given. */
static int
cl_key(struct strbuf *b, const char *cap, const char *level,
    const char *more)
{
	sb_reset(b);
	sb_add(b, cap);
	sb_addc(b, '\0');
	sb_add(b, level);
	if (more != NULL) {
		sb_addc(b, '\0');
		sb_add(b, more);
	}
	return sb_failed(b) ? -1 : 0;
}

/* The capabilities and levels the document's guide sections explain. */
static int
guide_covers(const struct rdoc *doc, struct strtab *t, struct strbuf *b)
{
	const struct rsec *g;
	size_t i, r;

	for (i = 0; i < doc->nsec; i++) {
		g = &doc->sec[i];
		for (r = 0; g->m.kind == TK_GUIDE && r < g->t.nrows; r++)
			if (cl_key(b, sec_value(g, r, "capability"),
			    sec_value(g, r, "level"), NULL) == -1 ||
			    strtab_add(t, b->s, b->len) < 0)
				return -1;
	}
	return 0;
}

/*
 * Leaves out, in a plan, the guidance of a capability and level that a
 * guide section of the document explains, or that a step before showed:
 * the HTML report shows it once.
 */
int
gt_once(const struct rdoc *doc, struct rsec *s, struct diag *d)
{
	struct strtab *seen, *covered;
	struct strbuf key;
	const char *cap, *lv;
	size_t r, n = 0;
	long i;
	int cg = sec_col(s, "guidance"), rc = 0;

	if (cg < 0)
		return 0;
	seen = strtab_new(0);
	covered = strtab_new(0);
	sb_init(&key);
	if (seen == NULL || covered == NULL ||
	    guide_covers(doc, covered, &key) == -1)
		rc = -1;
	for (r = 0; r < s->t.nrows && rc == 0; r++) {
		if (*sec_cell(s, r, cg) == '\0')
			continue;
		cap = sec_value(s, r, "capability");
		lv = sec_value(s, r, "level");
		if (cl_key(&key, cap, lv, NULL) == -1)
			rc = -1;
		else if (strtab_find(covered, key.s, key.len) >= 0)
			s->t.rows[r].f[cg] = "";
		else if (cl_key(&key, cap, lv, sec_cell(s, r, cg)) == -1 ||
		    (i = strtab_add(seen, key.s, key.len)) < 0)
			rc = -1;
		else if ((size_t)i < n)
			s->t.rows[r].f[cg] = "";
		else
			n++;
	}
	sb_free(&key);
	strtab_free(seen);
	strtab_free(covered);
	return rc == 0 ? 0 : diag_nomem(d, s->t.name);
}

/* Where a guide's row goes: its capability, level and kind, in order. */
struct gsort {
	size_t		 cap;		/* by appearance */
	const char	*level;		/* "" first: all the capability */
	int		 rank;		/* enum gkind, its order; GK_N
					   for another word */
	const char	*kind;		/* as written */
	size_t		 row;
};

static int
gsort_cmp(const void *a, const void *b)
{
	const struct gsort *x = a, *y = b;
	int c;

	if (x->cap != y->cap)
		return x->cap < y->cap ? -1 : 1;
	if ((*x->level == '\0') != (*y->level == '\0'))
		return *x->level == '\0' ? -1 : 1;
	if ((c = text_natcmp(x->level, y->level)) != 0)
		return c;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->rank == GK_N && (c = strcmp(x->kind, y->kind)) != 0)
		return c;
	return x->row < y->row ? -1 : x->row > y->row;
}

/* The heading of a kind's items, in the document's language. */
static const char *
kind_head(const struct rdoc *doc, const struct gsort *k)
{
	static const char *const head[GK_N] = { NULL, NULL, "Features",
	    "Tools and strategies", "Points for attention", "Questions" };

	return k->rank < GK_N && head[k->rank] != NULL ?
	    tr(doc, head[k->rank]) : k->kind;
}

static void
node(struct uview *v, int type, int depth, const char *text,
    const char *code)
{
	struct gnode *g = &v->n[v->nn++];

	g->type = type;
	g->depth = depth;
	g->text = text;
	g->code = code;
}

/* The rank of row r's kind: enum gkind by its word, else GK_N. */
static int
row_rank(const struct rsec *s, size_t r)
{
	const char *k = sec_value(s, r, "kind");
	int v = vocab_value(VW_GUIDE, k, strlen(k));

	return v >= 0 && v < GK_N ? v : GK_N;
}

/* The nodes of the rows sorted in k (n of them) into v: 4 a row at most. */
static void
nodes(const struct rdoc *doc, const struct rsec *s, const struct gsort *k,
    size_t n, struct uview *v)
{
	const struct gsort *p = NULL;
	const char *code, *id;
	size_t i;
	int newcap, newlevel;

	for (i = 0; i < n; p = &k[i++]) {
		newcap = p == NULL || p->cap != k[i].cap;
		code = sec_value(s, k[i].row, "capability");
		if (newcap)
			node(v, GN_CAP, 0, *k[i].level == '\0' &&
			    k[i].rank == GK_NAME ? sec_value(s, k[i].row,
			    "text") : cap_name(doc, code), code);
		if (*k[i].level == '\0' && k[i].rank == GK_NAME)
			continue;
		newlevel = newcap || strcmp(p->level, k[i].level) != 0;
		if (newlevel && *k[i].level != '\0')
			node(v, GN_LEVEL, 1, k[i].level, "");
		if (k[i].rank == GK_DESCRIPTION) {
			node(v, GN_PARA, 2, sec_value(s, k[i].row, "text"), "");
			continue;
		}
		if (newlevel || p->rank != k[i].rank ||
		    p->rank == GK_DESCRIPTION ||
		    (k[i].rank == GK_N && strcmp(p->kind, k[i].kind) != 0))
			node(v, GN_KIND, *k[i].level != '\0' ? 2 : 1,
			    kind_head(doc, &k[i]), "");
		id = sec_col(s, "id") >= 0 ? sec_value(s, k[i].row, "id") : "";
		node(v, GN_ITEM, 3, sec_value(s, k[i].row, "text"), id);
	}
}

/* The view of guide section s, in s->uv. */
int
uview_build(const struct rdoc *doc, struct rsec *s, struct diag *d)
{
	struct strtab *caps;
	struct gsort *k;
	const char *c;
	size_t r;
	long i;

	if ((s->uv = calloc(1, sizeof(*s->uv))) == NULL)
		return diag_nomem(d, s->t.name);
	caps = strtab_new(0);
	k = calloc(s->t.nrows + 1, sizeof(*k));
	s->uv->n = calloc(4 * s->t.nrows + 1, sizeof(*s->uv->n));
	if (caps == NULL || k == NULL || s->uv->n == NULL)
		goto nomem;
	for (r = 0; r < s->t.nrows; r++) {
		c = sec_value(s, r, "capability");
		if ((i = strtab_add(caps, c, strlen(c))) < 0)
			goto nomem;
		k[r].cap = (size_t)i;
		k[r].level = sec_value(s, r, "level");
		k[r].rank = row_rank(s, r);
		k[r].kind = sec_value(s, r, "kind");
		k[r].row = r;
	}
	qsort(k, s->t.nrows, sizeof(*k), gsort_cmp);
	nodes(doc, s, k, s->t.nrows, s->uv);
	free(k);
	strtab_free(caps);
	return 0;
nomem:
	free(k);
	strtab_free(caps);
	return diag_nomem(d, s->t.name);
}

void
uview_free(struct uview *v)
{
	if (v == NULL)
		return;
	free(v->n);
	free(v);
}
