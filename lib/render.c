/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * render.c: isac-render's dispatcher: the words that name a format and
 * a chart, a table read into the document with what its format needs
 * checked on the header before any row is read, the document finished,
 * and written by its format's writer (fmt-*.c).
 *
 * Finishing settles the rows (rdoc.c: the label, and the rows it leaves
 * out), then makes the views of the rows kept (view-*.c), the headings,
 * and what the format needs checked.  Writing then cannot fail but for
 * the output stream, so a bad table leaves the output empty; a workbook
 * (rdoc_book) is made whole before its first byte is written.  Nothing
 * below calls up into this file.
 */
#include <stdio.h>
#include <string.h>

#include "render.h"

int
rfmt_parse(const char *s)
{
	static const char *const f[] = { "text", "csv", "md", "html", "svg",
	    "json", "xlsx", "ods" };
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

/* What the format asks of a table's header, before its rows are read. */
static int
head_check(const struct rdoc *doc, const struct table *t, struct diag *d)
{
	struct tmap m;

	switch (doc->o.fmt) {
	case RF_CSV:
		return fmt_csv_head(doc, t, d);
	case RF_SVG:
		return fmt_svg_head(t, kind_map(t, &m), d);
	default:
		return 0;
	}
}

/*
 * Reads what is left of r as the next section: the header, checked for
 * the format, then the rows, up to TABLE_ROWS_MAX (table.c).
 */
int
rdoc_read(struct rdoc *doc, struct csvr *r, struct diag *d)
{
	struct table t;

	if (table_head(&t, r, d) == -1)
		return -1;
	if (head_check(doc, &t, d) == -1) {
		table_free(&t);
		return -1;
	}
	if (table_body(&t, r, d) == -1)
		return -1;
	return rdoc_add(doc, &t, d);
}

/*
 * The views of section s, of the rows kept, in the document's words:
 * but for CSV, which is data (view-words.c).
 */
static int
views(struct rdoc *doc, struct rsec *s, struct diag *d)
{
	if (doc->o.fmt != RF_CSV && sec_words(doc, s, d) == -1)
		return -1;
	switch (s->m.kind) {
	case TK_SCORE:
		if (sview_build(s, d) == -1)
			return -1;
		if (doc->score == NULL)
			doc->score = s->sv;
		return 0;
	case TK_GAPSUM:
		if (gview_build(s, d) == -1)
			return -1;
		if (doc->target == NULL)
			doc->target = s->gv;
		return 0;
	case TK_FINDINGS:
		return doc->o.fmt == RF_HTML ? fview_build(s, d) : 0;
	case TK_PLAN:
		return doc->o.fmt == RF_HTML ? gt_once(doc, s, d) : 0;
	case TK_GUIDE:
		return uview_build(doc, s, d);
	default:
		return 0;
	}
}

/*
 * The annual report's own parts: its day in words, the chair's
 * introduction and the summary of the year.
 */
static int
report(struct rdoc *doc, struct diag *d)
{
	int y, m, dd;

	date_split(doc->o.date, &y, &m, &dd);
	snprintf(doc->date, sizeof(doc->date), "%s %d %s %d",
	    vocab_weekday(date_weekday(doc->o.date), doc->nl), dd,
	    vocab_month(m, doc->nl), y);
	if (doc->o.intro != NULL &&
	    (doc->intro = md_load(doc->o.intro, d)) == NULL)
		return -1;
	return doc_summary(doc, d);
}

/* Fixes the label, leaves out what it does not allow, checks the rest. */
int
rdoc_finish(struct rdoc *doc, struct diag *d)
{
	size_t i;

	doc_label(doc, d);
	for (i = 0; i < doc->nsec; i++)
		if (views(doc, &doc->sec[i], d) == -1)
			return -1;
	if (doc_titles(doc, d) == -1)
		return -1;
	if (doc->o.year != 0 && report(doc, d) == -1)
		return -1;
	if (doc->o.fmt == RF_SVG)
		return fmt_svg_check(doc, d);
	return 0;
}

/* Writes the finished document; errors stay in fp's (or w's) state. */
void
rdoc_write(const struct rdoc *doc, FILE *fp, struct out *w)
{
	switch (doc->o.fmt) {
	case RF_CSV:
		fmt_csv(doc, w);
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
	case RF_XLSX:
	case RF_ODS:
		break;			/* rdoc_book's */
	default:
		fmt_text(doc, fp);
	}
}

/*
 * Writes the finished document as a workbook (fmt-book.c), which can
 * fail but for the output stream too: -1 with d set, nothing written.
 */
int
rdoc_book(const struct rdoc *doc, FILE *fp, struct diag *d)
{
	return fmt_book(doc, fp, d);
}

void
rdoc_free(struct rdoc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nsec; i++) {
		sview_free(doc->sec[i].sv);
		gview_free(doc->sec[i].gv);
		fview_free(doc->sec[i].fv);
		uview_free(doc->sec[i].uv);
	}
	ysum_free(&doc->ysum);
	md_free(doc->intro);
	doc_free(doc);
}
