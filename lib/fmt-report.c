/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-report.c: the annual report's own parts (isac-render --report) in
 * text and in Markdown: the title page, the contents, the year in brief
 * and the chair's introduction, written before the sections by fmt_text
 * and fmt_md.  The HTML's are fmt-html.c's, with links and print
 * styles.  A number in the summary is aligned right in both: padded in
 * text, a right-aligned column in Markdown.
 */
#include <string.h>

#include "render.h"

/* A heading in text, underlined with c. */
static void
text_heading(FILE *fp, const char *s, int c)
{
	size_t w;

	putc('\n', fp);
	w = esc_term(fp, s, strlen(s));
	putc('\n', fp);
	while (w-- > 0)
		putc(c, fp);
	fputs("\n\n", fp);
}

/* A grid the document made itself, as aligned text: numbers right. */
static void
text_grid(FILE *fp, const struct ygrid *g, unsigned num)
{
	size_t w[8] = { 0 }, r, c, n;
	const char *v;

	for (r = 0; r < g->nrows; r++)
		for (c = 0; c < g->ncols && c < 8; c++) {
			v = g->cell[r * g->ncols + c];
			if ((n = esc_term_width(v, strlen(v))) > w[c])
				w[c] = n;
		}
	for (r = 0; r < g->nrows; r++) {
		for (c = 0; c < g->ncols && c < 8; c++) {
			v = g->cell[r * g->ncols + c];
			n = esc_term_width(v, strlen(v));
			if (c > 0)
				fputs("  ", fp);
			if (num & (1u << c))
				for (; n < w[c]; n++)
					putc(' ', fp);
			esc_term(fp, v, strlen(v));
			if (!(num & (1u << c)) && c + 1 < g->ncols)
				for (; n < w[c]; n++)
					putc(' ', fp);
		}
		putc('\n', fp);
	}
}

/* The title page, contents, summary and introduction, as text. */
void
report_text(const struct rdoc *doc, FILE *fp)
{
	const struct ysum *y = &doc->ysum;
	size_t i, k = 1;

	if (doc->o.tlp != TLP_NONE)
		fprintf(fp, "%s\n\n", tlp_label(doc->o.tlp));
	esc_term(fp, doc->title, strlen(doc->title));
	putc('\n', fp);
	if (doc->o.name != NULL) {
		esc_term(fp, doc->o.name, strlen(doc->o.name));
		putc('\n', fp);
	}
	fprintf(fp, "%s\n", doc->date);
	text_heading(fp, tr(doc, "Contents"), '=');
	fprintf(fp, "%2zu. %s\n", k++, tr(doc, "The year in brief"));
	if (doc->intro != NULL)
		fprintf(fp, "%2zu. %s\n", k++, tr(doc, "Introduction"));
	for (i = 0; i < doc->nsec; i++) {
		fprintf(fp, "%2zu. ", k++);
		esc_term(fp, doc->sec[i].title, strlen(doc->sec[i].title));
		putc('\n', fp);
	}
	text_heading(fp, tr(doc, "The year in brief"), '=');
	text_grid(fp, &y->fig, 1u << 1);
	if (y->lev.nrows > 0) {
		text_heading(fp, tr(doc, "Levels a year ago and now"), '-');
		text_grid(fp, &y->lev, 0xeu);
	}
	if (doc->intro != NULL) {
		text_heading(fp, tr(doc, "Introduction"), '=');
		md_text(doc->intro, fp, doc->o.width);
	}
	putc('\n', fp);
}

/* A grid the document made itself, as a Markdown table: numbers right. */
static void
md_grid(FILE *fp, const struct ygrid *g, unsigned num)
{
	size_t r, c;

	for (r = 0; r < g->nrows; r++) {
		putc('|', fp);
		for (c = 0; c < g->ncols; c++) {
			putc(' ', fp);
			esc_mds(fp, g->cell[r * g->ncols + c]);
			fputs(" |", fp);
		}
		putc('\n', fp);
		if (r > 0)
			continue;
		putc('|', fp);
		for (c = 0; c < g->ncols; c++)
			fputs(num & (1u << c) ? " ---: |" : " --- |", fp);
		putc('\n', fp);
	}
}

/* The title page, contents, summary and introduction, as Markdown. */
void
report_md(const struct rdoc *doc, FILE *fp)
{
	const struct ysum *y = &doc->ysum;
	size_t i, k = 1;

	fputs("# ", fp);
	esc_mds(fp, doc->title);
	fputs("\n\n", fp);
	if (doc->o.tlp != TLP_NONE)
		fprintf(fp, "**%s**\n\n", tlp_label(doc->o.tlp));
	if (doc->o.name != NULL) {
		esc_mds(fp, doc->o.name);
		fputs("\\\n", fp);
	}
	fprintf(fp, "%s\n\n## %s\n\n", doc->date, tr(doc, "Contents"));
	fprintf(fp, "%zu. %s\n", k++, tr(doc, "The year in brief"));
	if (doc->intro != NULL)
		fprintf(fp, "%zu. %s\n", k++, tr(doc, "Introduction"));
	for (i = 0; i < doc->nsec; i++) {
		fprintf(fp, "%zu. ", k++);
		esc_mds(fp, doc->sec[i].title);
		putc('\n', fp);
	}
	fprintf(fp, "\n## %s\n\n", tr(doc, "The year in brief"));
	md_grid(fp, &y->fig, 1u << 1);
	if (y->lev.nrows > 0) {
		fprintf(fp, "\n### %s\n\n", tr(doc,
		    "Levels a year ago and now"));
		md_grid(fp, &y->lev, 0xeu);
	}
	if (doc->intro != NULL) {
		fprintf(fp, "\n## %s\n\n", tr(doc, "Introduction"));
		md_md(doc->intro, fp, 3);
	}
	putc('\n', fp);
}
