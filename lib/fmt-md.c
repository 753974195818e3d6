/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-md.c: tables as GitHub-flavoured Markdown, for mail, wikis and
 * issues.  Every cell is escaped (escape.c) so that it parses back, with
 * cmark-gfm, to the text it holds; a line end in a field is a <br>.
 * The blank checklist is a task list per capability and level, a guide
 * headings, paragraphs and lists.
 */
#include <string.h>

#include "render.h"

static void
table(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	size_t nc = view_cols(s), r, c;
	char buf[256];

	putc('|', fp);
	for (c = 0; c < nc; c++) {
		putc(' ', fp);
		esc_mds(fp, view_head(doc, s, c, buf, sizeof(buf)));
		fputs(" |", fp);
	}
	fputs("\n|", fp);
	for (c = 0; c < nc; c++)
		fputs(" --- |", fp);
	putc('\n', fp);
	for (r = 0; r < s->t.nrows; r++) {
		putc('|', fp);
		for (c = 0; c < nc; c++) {
			putc(' ', fp);
			esc_mds(fp, view_cell(doc, s, r, c, buf, sizeof(buf)));
			fputs(" |", fp);
		}
		putc('\n', fp);
	}
}

static void
checklist(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const char *cap, *lvl, *last = "", *lastl = "", *ans;
	size_t r, len;
	int a, cans = sec_col(s, "answer");

	for (r = 0; r < s->t.nrows; r++) {
		cap = sec_value(s, r, "capability");
		lvl = sec_value(s, r, "level");
		if (strcmp(cap, last) != 0) {
			fputs(r ? "\n" : "", fp);
			fputs("### ", fp);
			esc_mds(fp, cap_name(doc, cap));
			fputs(" (", fp);
			esc_mds(fp, cap);
			fputs(")\n", fp);
			lastl = "";
		}
		if (strcmp(cap, last) != 0 || strcmp(lvl, lastl) != 0) {
			fprintf(fp, "\n**%s ", tr(doc, "Level"));
			esc_mds(fp, lvl);
			fputs("**\n\n", fp);
		}
		last = cap;
		lastl = lvl;
		ans = table_value(&s->t, r, cans, &len);
		a = len ? answer_parse(ans, len) : ANS_NONE;
		fputs(a == ANS_YES ? "- [x] " : "- [ ] ", fp);
		esc_mds(fp, sec_value(s, r, "id"));
		putc(' ', fp);
		esc_mds(fp, sec_value(s, r, "question"));
		if (len > 0) {
			fputs(" \xe2\x80\x94 *", fp);
			esc_md(fp, ans, len);
			putc('*', fp);
		}
		putc('\n', fp);
	}
}

/* A guide as headings, paragraphs and lists (view-guide.c). */
static void
guide(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct uview *v = s->uv;
	const struct gnode *g;
	int h = doc->o.title != NULL && doc->nsec > 1 ? 3 : 2, list = 0;

	for (g = v->n; g < v->n + v->nn; g++) {
		if (g->type != GN_ITEM || !list)
			fputs(g == v->n ? "" : "\n", fp);
		list = g->type == GN_ITEM;
		switch (g->type) {
		case GN_CAP:
			fprintf(fp, "%.*s ", h, "#########");
			esc_mds(fp, g->text);
			if (strcmp(g->text, g->code) != 0) {
				fputs(" (", fp);
				esc_mds(fp, g->code);
				putc(')', fp);
			}
			break;
		case GN_LEVEL:
			fprintf(fp, "%.*s %s ", h + 1, "#########",
			    tr(doc, "Level"));
			esc_mds(fp, g->text);
			break;
		case GN_KIND:
			fprintf(fp, "%.*s ", h + g->depth, "#########");
			esc_mds(fp, g->text);
			break;
		case GN_PARA:
			esc_mds(fp, g->text);
			break;
		default:
			fputs("- ", fp);
			if (*g->code != '\0') {
				fputs("**", fp);
				esc_mds(fp, g->code);
				fputs("** ", fp);
			}
			esc_mds(fp, g->text);
		}
		putc('\n', fp);
	}
}

void
fmt_md(const struct rdoc *doc, FILE *fp)
{
	const struct rsec *s;
	size_t i;

	if (doc->o.year != 0)
		report_md(doc, fp);	/* the annual report's (fmt-report.c) */
	else if (doc->o.tlp != TLP_NONE)
		fprintf(fp, "**%s**\n\n", tlp_label(doc->o.tlp));
	if (doc->o.title != NULL && doc->o.year == 0) {
		fputs("# ", fp);
		esc_mds(fp, doc->o.title);
		fputs("\n\n", fp);
	}
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (i > 0)
			putc('\n', fp);
		if (doc->nsec > 1 || doc->o.title == NULL || doc->o.year) {
			fputs(doc->o.title || doc->o.year ? "## " : "# ", fp);
			esc_mds(fp, s->title);
			fputs("\n\n", fp);
		}
		if (s->m.kind == TK_TEMPLATE)
			checklist(doc, s, fp);
		else if (s->m.kind == TK_GUIDE)
			guide(doc, s, fp);
		else
			table(doc, s, fp);
	}
}
