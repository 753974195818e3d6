/*
 * render.c: the tables read, as one document of sections.
 *
 * Each table read is a section, in the order given, with its kind
 * recognised by its header (kind.c).  Before anything is written the
 * document is finished: its TLP label fixed (given, else the strictest
 * label in the tables' tlp columns), the rows labelled stricter than
 * the document left out, the numbers of scores and gap summaries
 * checked, and what the format needs checked.  Writing then cannot fail
 * but for the output stream, so a bad table leaves the output empty.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* The words of the documents, English and Dutch. */
static const char *const words[][2] = {
	{ "capability", "capaciteit" },
	{ "name", "naam" },
	{ "level", "niveau" },
	{ "Level", "Niveau" },
	{ "period", "periode" },
	{ "unanswered", "onbeantwoord" },
	{ "missing", "ontbreekt" },
	{ "Capability", "Capaciteit" },
	{ "Current", "Huidig" },
	{ "Target", "Doel" },
	{ "Gap", "Verschil" },
	{ "reached", "bereikt" },
	{ "not reached", "niet bereikt" },
	{ "target", "doel" },
	{ "Needed for the next level", "Nodig voor het volgende niveau" },
	{ "Maturity per capability", "Volwassenheid per capaciteit" },
	{ "Levels over time", "Niveaus door de tijd" },
	{ "Checklist", "Checklist" },
	{ "Answers", "Antwoorden" },
	{ "Disagreements", "Verschillen in de antwoorden" },
	{ "Gaps to the target", "Wat ontbreekt voor het doel" },
	{ "Current and target level", "Huidig en gewenst niveau" },
	{ "Changes", "Veranderingen" },
	{ "Changes per capability", "Veranderingen per capaciteit" },
	{ "Action plan", "Actieplan" },
	{ "Phases", "Fasen" },
	{ "Members", "Deelnemers" },
	{ "Roster findings", "Bevindingen over de deelnemers" },
	{ "Meetings", "Bijeenkomsten" },
	{ "Attendance", "Aanwezigheid" },
	{ "Admission", "Toelating" },
	{ "Step", "Stap" },
	{ "Owner", "Eigenaar" },
	{ "Status", "Status" },
	{ "Notes", "Toelichting" },
	{ "Previous answer", "Vorig antwoord" },
	{ "yes", "ja" },
	{ "no", "nee" },
	{ "partial", "deels" },
	{ "n/a", "nvt" },
	{ "reaches level", "bereikt niveau" },
	{ "questions answered yes", "vragen met ja beantwoord" },
	{ "answered yes / applicable",
	    "met ja beantwoord / van toepassing" },
	{ "Questions", "Vragen" },
	{ "Question", "Vraag" },
	{ "Answer", "Antwoord" },
	{ "none", "geen" },
	{ "rows", "rijen" },
	{ "Contents", "Inhoud" },
};

/* The word en in the document's language. */
const char *
tr(const struct rdoc *doc, const char *en)
{
	size_t i;

	if (strcmp(doc->o.lang, "nl") != 0)
		return en;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i][0], en) == 0)
			return words[i][1];
	return en;
}

/* The name of capability code, in the document's language; else code. */
const char *
cap_name(const struct rdoc *doc, const char *code)
{
	const char *n = doc->g ? guide_name(doc->g, code) : NULL;

	return n != NULL && *n != '\0' ? n : code;
}

int
rfmt_parse(const char *s)
{
	static const char *const f[] = { "text", "csv", "md", "html", "svg",
	    "json" };
	size_t i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (strcmp(s, f[i]) == 0)
			return (int)i;
	if (strcmp(s, "markdown") == 0)
		return RF_MD;
	return -1;
}

int
chart_parse(const char *s)
{
	if (strcmp(s, "radar") == 0)
		return CHART_RADAR;
	if (strcmp(s, "bars") == 0)
		return CHART_BARS;
	if (strcmp(s, "trend") == 0)
		return CHART_TREND;
	return -1;
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
	if ((doc->g = guide_load(o->lang, d)) == NULL) {
		free(doc);
		return NULL;
	}
	return doc;
}

static void
sview_free(struct sview *v)
{
	if (v == NULL)
		return;
	free(v->period);
	free(v->cap);
	free(v->level);
	free(v->row);
	free(v);
}

static void
gview_free(struct gview *v)
{
	if (v == NULL)
		return;
	free(v->cap);
	free(v->cur);
	free(v->tgt);
	free(v);
}

void
rdoc_free(struct rdoc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nsec; i++) {
		table_free(&doc->sec[i].t);
		sview_free(doc->sec[i].sv);
		gview_free(doc->sec[i].gv);
	}
	free(doc->sec);
	guide_free(doc->g);
	free(doc);
}

static int
bad_label(const struct table *t, size_t r, const char *v, size_t len,
    int k, struct diag *d)
{
	if (k == TLP_WHITE)
		return diag_set(d, t->name, t->rows[r].line, "TLP label "
		    "'%.*s': TLP 2.0 renamed WHITE to CLEAR", (int)len, v);
	return diag_set(d, t->name, t->rows[r].line, "unknown TLP label "
	    "'%.*s': use clear, green, amber, amber+strict or red",
	    (int)len, v);
}

/* Adds table t as the next section; t is taken over and left empty. */
int
rdoc_add(struct rdoc *doc, struct table *t, struct diag *d)
{
	struct rsec *s;
	const char *v;
	size_t r, len;
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
	s->kind = kind_of(&s->t);
	s->tlpcol = table_col(&s->t, "tlp");
	for (r = 0; s->tlpcol >= 0 && r < s->t.nrows; r++) {
		v = table_value(&s->t, r, s->tlpcol, &len);
		if (len > 0 && ((k = tlp_parse(v, len)) < 0 || k == TLP_WHITE))
			return bad_label(&s->t, r, v, len, k, d);
	}
	return 0;
}

/* The label of row r of s, or TLP_NONE when it has none. */
static int
row_label(const struct rsec *s, size_t r)
{
	const char *v;
	size_t len;

	if (s->tlpcol < 0)
		return TLP_NONE;
	v = table_value(&s->t, r, s->tlpcol, &len);
	return len == 0 ? TLP_NONE : tlp_parse(v, len);
}

/* Leaves out of s the rows labelled stricter than label. */
static void
drop_rows(struct rsec *s, int label)
{
	size_t r, n = 0;

	for (r = 0; r < s->t.nrows; r++) {
		if (row_label(s, r) > label) {
			free(s->t.rows[r].f);
			s->dropped++;
		} else
			s->t.rows[n++] = s->t.rows[r];
	}
	s->t.nrows = n;
}

static int
number(const struct rsec *s, size_t r, int col, unsigned long max,
    unsigned long *v, struct diag *d)
{
	const char *p;
	size_t len;

	p = table_value(&s->t, r, col, &len);
	if (text_uint(p, len, max, v) == -1)
		return diag_set(d, s->t.name, s->t.rows[r].line, "'%.*s' in "
		    "column '%s' is not a whole number from 0 to %lu",
		    (int)(len > 60 ? 60 : len), p, s->t.col[col], max);
	return 0;
}

static int
per_natcmp(const void *a, const void *b)
{
	return text_natcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Index of s among the n strings v, or n. */
static size_t
find(const char **v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n && strcmp(v[i], s) != 0; i++)
		;
	return i;
}

static int
score_view(struct rsec *s, struct diag *d)
{
	struct sview *v;
	const char *p, *c;
	unsigned long n;
	size_t r, i, pi, ci, len;
	char name[32];
	int l;

	if ((s->sv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	v->nl = kind_levels(&s->t);
	v->cperiod = table_col(&s->t, "period");
	v->ccap = table_col(&s->t, "capability");
	v->clevel = table_col(&s->t, "level");
	v->cunans = table_col(&s->t, "unanswered");
	v->cmissing = table_col(&s->t, "missing");
	for (l = 1; l <= v->nl; l++) {
		snprintf(name, sizeof(name), "yes_%d", l);
		v->cyes[l] = table_col(&s->t, name);
		snprintf(name, sizeof(name), "applicable_%d", l);
		v->capp[l] = table_col(&s->t, name);
	}
	v->period = calloc(s->t.nrows + 1, sizeof(*v->period));
	v->cap = calloc(s->t.nrows + 1, sizeof(*v->cap));
	if (v->period == NULL || v->cap == NULL)
		return diag_nomem(d, s->t.name);
	for (r = 0; r < s->t.nrows; r++) {
		if (number(s, r, v->clevel, (unsigned long)v->nl, &n, d) ||
		    number(s, r, v->cunans, 100000, &n, d))
			return -1;
		for (l = 1; l <= v->nl; l++)
			if (number(s, r, v->cyes[l], 100000, &n, d) ||
			    number(s, r, v->capp[l], 100000, &n, d))
				return -1;
		p = v->cperiod >= 0 ? s->t.rows[r].f[v->cperiod] : "";
		c = s->t.rows[r].f[v->ccap];
		if (find(v->period, v->np, p) == v->np)
			v->period[v->np++] = p;
		if (find(v->cap, v->nc, c) == v->nc)
			v->cap[v->nc++] = c;
	}
	qsort(v->period, v->np, sizeof(*v->period), per_natcmp);
	len = v->np * v->nc;
	v->level = malloc((len ? len : 1) * sizeof(*v->level));
	v->row = malloc((len ? len : 1) * sizeof(*v->row));
	if (v->level == NULL || v->row == NULL)
		return diag_nomem(d, s->t.name);
	for (i = 0; i < len; i++) {
		v->level[i] = -1;
		v->row[i] = SIZE_MAX;
	}
	for (r = 0; r < s->t.nrows; r++) {
		p = v->cperiod >= 0 ? s->t.rows[r].f[v->cperiod] : "";
		pi = find(v->period, v->np, p);
		ci = find(v->cap, v->nc, s->t.rows[r].f[v->ccap]);
		if (v->row[pi * v->nc + ci] != SIZE_MAX)
			return diag_set(d, s->t.name, s->t.rows[r].line,
			    "capability '%s' scored twice%s%s%s (first on line "
			    "%lu)", v->cap[ci], *p ? " in period '" : "", p,
			    *p ? "'" : "", s->t.rows[v->row[pi * v->nc +
			    ci]].line);
		number(s, r, v->clevel, (unsigned long)v->nl, &n, d);
		v->level[pi * v->nc + ci] = (int)n;
		v->row[pi * v->nc + ci] = r;
	}
	return 0;
}

static int
gap_view(struct rsec *s, struct diag *d)
{
	struct gview *v;
	unsigned long n;
	size_t r;
	int cc, ccur, ctgt;

	if ((s->gv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	cc = table_col(&s->t, "capability");
	ccur = table_col(&s->t, "current");
	ctgt = table_col(&s->t, "target");
	v->cap = calloc(s->t.nrows + 1, sizeof(*v->cap));
	v->cur = calloc(s->t.nrows + 1, sizeof(*v->cur));
	v->tgt = calloc(s->t.nrows + 1, sizeof(*v->tgt));
	if (v->cap == NULL || v->cur == NULL || v->tgt == NULL)
		return diag_nomem(d, s->t.name);
	for (r = 0; r < s->t.nrows; r++) {
		if (number(s, r, ccur, MODEL_LEVELS_MAX, &n, d))
			return -1;
		v->cur[r] = (int)n;
		if (number(s, r, ctgt, MODEL_LEVELS_MAX, &n, d))
			return -1;
		v->tgt[r] = (int)n;
		v->cap[r] = s->t.rows[r].f[cc];
	}
	v->n = s->t.nrows;
	return 0;
}

/* The target of capability code in v, or -1. */
int
gview_target(const struct gview *v, const char *code)
{
	size_t i;

	for (i = 0; v != NULL && i < v->n; i++)
		if (strcmp(v->cap[i], code) == 0)
			return v->tgt[i];
	return -1;
}

static int
same_header(const struct table *a, const struct table *b)
{
	size_t i;

	if (a->ncols != b->ncols)
		return 0;
	for (i = 0; i < a->ncols; i++)
		if (strcmp(a->col[i], b->col[i]) != 0)
			return 0;
	return 1;
}

/* What an SVG chart draws, checked against what the tables hold. */
static int
chart_check(struct rdoc *doc, struct diag *d)
{
	size_t i;
	struct rsec *s;

	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (s->kind != TK_SCORE && s->kind != TK_GAPSUM)
			return diag_set(d, s->t.name, 0, "a chart draws a "
			    "score or a gap summary, not a %s",
			    kind_name(s->kind));
	}
	if (doc->score == NULL && doc->target == NULL)
		return diag_set(d, NULL, 0, "a chart needs a score or a gap "
		    "summary");
	if (doc->o.chart == CHART_AUTO)
		doc->o.chart = doc->score != NULL && doc->score->np > 1 ?
		    CHART_TREND : CHART_RADAR;
	if (doc->o.chart == CHART_TREND && doc->score == NULL)
		return diag_set(d, NULL, 0, "a trend needs a score, with a "
		    "period column");
	return 0;
}

/* Fixes the label, leaves out what it does not allow, checks the rest. */
int
rdoc_finish(struct rdoc *doc, struct diag *d)
{
	struct rsec *s;
	size_t i, r;
	int k;

	if (doc->o.tlp == TLP_NONE)
		for (i = 0; i < doc->nsec; i++)
			for (r = 0; r < doc->sec[i].t.nrows; r++)
				if ((k = row_label(&doc->sec[i], r)) >
				    doc->o.tlp)
					doc->o.tlp = k;
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (s->tlpcol >= 0 && doc->o.tlp != TLP_NONE)
			drop_rows(s, doc->o.tlp);
		if (s->kind == TK_SCORE && score_view(s, d) == -1)
			return -1;
		if (s->kind == TK_GAPSUM && gap_view(s, d) == -1)
			return -1;
		if (s->sv != NULL && doc->score == NULL)
			doc->score = s->sv;
		if (s->gv != NULL && doc->target == NULL)
			doc->target = s->gv;
		if (doc->o.fmt == RF_CSV && i > 0 &&
		    !same_header(&doc->sec[0].t, &s->t))
			return diag_set(d, s->t.name, s->t.hdrline, "csv "
			    "writes one table, and this header is not that "
			    "of %s", doc->sec[0].t.name);
	}
	if (doc->o.fmt == RF_SVG)
		return chart_check(doc, d);
	return 0;
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

/* The heading of a kind's section, in the document's language. */
static const char *
kind_title(const struct rdoc *doc, int k)
{
	return tab_decl(k)->title[strcmp(doc->o.lang, "nl") == 0];
}

/* The heading of a section: its kind's, with the period of a score. */
const char *
sec_title(const struct rdoc *doc, const struct rsec *s, char *buf,
    size_t size)
{
	const char *base;

	if (s->kind == TK_TABLE) {
		base = strrchr(s->t.name, '/');
		snprintf(buf, size, "%s", base ? base + 1 : s->t.name);
	} else if (s->sv != NULL && s->sv->np == 1 && *s->sv->period[0])
		snprintf(buf, size, "%s %s", kind_title(doc, s->kind),
		    s->sv->period[0]);
	else if (s->sv != NULL && s->sv->np > 1)
		snprintf(buf, size, "%s %s\xe2\x80\x93%s",
		    kind_title(doc, s->kind), s->sv->period[0],
		    s->sv->period[s->sv->np - 1]);
	else
		snprintf(buf, size, "%s", kind_title(doc, s->kind));
	return buf;
}

/* The document's title: --title, else that of its first section. */
const char *
doc_title(const struct rdoc *doc, char *buf, size_t size)
{
	if (doc->o.title != NULL)
		return doc->o.title;
	if (doc->nsec == 0)
		return "ISAC";
	return sec_title(doc, &doc->sec[0], buf, size);
}

/* The column of s called name (English or other), or -1. */
int
sec_col(const struct rsec *s, const char *name)
{
	return table_col(&s->t, name);
}

/* Row r's value in the column called name, as written; "" without. */
const char *
sec_value(const struct rsec *s, size_t r, const char *name)
{
	int c = table_col(&s->t, name);

	return c < 0 ? "" : s->t.rows[r].f[c];
}

/*
 * A section as rows and columns of text, for text and Markdown: a
 * score with the names of its capabilities and "yes/applicable" per
 * level; any other table as it is.
 */
size_t
view_cols(const struct rsec *s)
{
	const struct sview *v = s->sv;

	if (v == NULL)
		return s->t.ncols;
	return (size_t)(v->cperiod >= 0) + 3 + (size_t)v->nl + 1 +
	    (size_t)(v->cmissing >= 0) + (size_t)(s->tlpcol >= 0);
}

/* Which of the score's columns view column c is; level L is -L. */
static int
score_col(const struct rsec *s, size_t c, int *named)
{
	const struct sview *v = s->sv;
	size_t k = 0;

	*named = 0;
	if (v->cperiod >= 0 && c == k++)
		return v->cperiod;
	if (c == k++)
		return v->ccap;
	if (c == k++) {
		*named = 1;
		return v->ccap;
	}
	if (c == k++)
		return v->clevel;
	if (c < k + (size_t)v->nl)
		return -(int)(c - k + 1);
	k += (size_t)v->nl;
	if (c == k++)
		return v->cunans;
	if (v->cmissing >= 0 && c == k++)
		return v->cmissing;
	return s->tlpcol;
}

const char *
view_head(const struct rdoc *doc, const struct rsec *s, size_t c,
    char *buf, size_t size)
{
	int col, named;

	if (s->sv == NULL)
		return s->t.col[c];
	col = score_col(s, c, &named);
	if (named)
		return tr(doc, "name");
	if (col < 0) {
		snprintf(buf, size, "%s %d", tr(doc, "level"), -col);
		return buf;
	}
	if (col == s->tlpcol)
		return "tlp";
	if (col == s->sv->cperiod)
		return tr(doc, "period");
	if (col == s->sv->ccap)
		return tr(doc, "capability");
	if (col == s->sv->clevel)
		return tr(doc, "level");
	if (col == s->sv->cunans)
		return tr(doc, "unanswered");
	return tr(doc, "missing");
}

const char *
view_cell(const struct rdoc *doc, const struct rsec *s, size_t r, size_t c,
    char *buf, size_t size)
{
	const struct trow *row = &s->t.rows[r];
	size_t ly, la;
	const char *y, *a;
	int col, named;

	if (s->sv == NULL)
		return row->f[c];
	col = score_col(s, c, &named);
	if (named)
		return cap_name(doc, row->f[col]);
	if (col >= 0)
		return row->f[col];
	y = table_value(&s->t, r, s->sv->cyes[-col], &ly);
	a = table_value(&s->t, r, s->sv->capp[-col], &la);
	snprintf(buf, size, "%.*s/%.*s", (int)ly, y, (int)la, a);
	return buf;
}

static void
write_csv(const struct rdoc *doc, struct out *w)
{
	size_t i, r, c;

	for (c = 0; doc->nsec > 0 && c < doc->sec[0].t.ncols; c++)
		out_field(w, doc->sec[0].t.col[c]);
	out_end(w);
	for (i = 0; i < doc->nsec; i++)
		for (r = 0; r < doc->sec[i].t.nrows; r++) {
			for (c = 0; c < doc->sec[i].t.ncols; c++)
				out_field(w, doc->sec[i].t.rows[r].f[c]);
			out_end(w);
		}
}

/* Writes the finished document; errors stay in fp's (or w's) state. */
void
rdoc_write(const struct rdoc *doc, FILE *fp, struct out *w)
{
	switch (doc->o.fmt) {
	case RF_CSV:
		write_csv(doc, w);
		break;
	case RF_MD:
		fmt_md(doc, fp);
		break;
	case RF_HTML:
		fmt_html(doc, fp);
		break;
	case RF_SVG:
		fmt_svg(doc, fp);
		break;
	case RF_JSON:
		fmt_json(doc, fp);
		break;
	default:
		fmt_text(doc, fp);
	}
}
