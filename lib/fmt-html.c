/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-html.c: the tables as one self-contained HTML page for the members'
 * meeting and the annual report.
 *
 * One file: inline CSS, no script, no external resource (a system font
 * stack), the language set, print styles for A4 with the TLP label in
 * the header and footer of every printed page.  A score is the model's
 * grid, capabilities by levels with the reached levels filled and, when
 * the document holds a gap summary, the target marked, beside its radar
 * chart; several periods add a trend.  A plan is a timeline of steps,
 * the blank checklist a form with tick boxes and a line for notes,
 * roster findings are grouped by severity, a guide is headings, texts
 * and lists (once per capability and level; a plan shows its guidance
 * at the first step of a capability and level); any other table is a
 * table.
 * All data goes through esc_xml.
 */
#include <stdint.h>
#include <string.h>

#include "render.h"

static const char css[] =
":root{--ink:#17212b;--muted:#5b6873;--line:#d9dee3;--head:#eef1f4;"
"--fill:#1f5f99;--off:#f5f7f9;--target:#d97706}\n"
"*{box-sizing:border-box}\n"
"html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"body{margin:0 auto;max-width:62rem;padding:1.5rem 2rem 2rem;color:var(--ink);"
"background:#fff;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,"
"\"Noto Sans\",\"Liberation Sans\",Arial,sans-serif}\n"
"header.doc{display:flex;justify-content:space-between;align-items:center;"
"gap:1rem;border-bottom:3px solid var(--ink);padding-bottom:.6rem}\n"
"h1{font-size:1.7rem;line-height:1.2;margin:0}\n"
"h2{font-size:1.25rem;margin:2rem 0 .7rem;padding-bottom:.2rem;"
"border-bottom:1px solid var(--line);break-after:avoid}\n"
"h3{font-size:1.05rem;margin:1.2rem 0 .4rem;break-after:avoid}\n"
"h4{font-size:.95rem;margin:.9rem 0 .3rem;color:var(--muted);"
"break-after:avoid}\n"
".tlp{display:inline-block;background:#000;padding:.2em .6em;margin:0;"
"font:700 1rem/1.2 ui-monospace,\"DejaVu Sans Mono\",\"Liberation Mono\","
"monospace;letter-spacing:.04em;white-space:nowrap}\n"
".tlp-clear{color:#FFFFFF}.tlp-green{color:#33FF00}.tlp-amber,"
".tlp-amber-strict{color:#FFC000}.tlp-red{color:#FF2B2B}\n"
"table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem;"
"font-size:.93rem}\n"
"th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;"
"text-align:left;vertical-align:top}\n"
"thead th{background:var(--head);font-weight:600}\n"
"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
"tr{break-inside:avoid}\n"
".code{color:var(--muted);font-size:.85em;font-weight:400;"
"margin-left:.35em}\n"
".pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}\n"
".pair>table{flex:1 1 28rem;width:auto}\n"
"svg.chart{display:block;max-width:100%;height:auto;margin:0 auto}\n"
".pair>svg.chart{flex:0 1 27rem;max-width:27rem}\n"
"svg.trend{max-width:40rem;margin:.5rem 0 1rem}\n"
"table.grid td.lv{text-align:center;width:12%;border:2px solid #fff;"
"font-variant-numeric:tabular-nums}\n"
"table.grid td.on{background:var(--fill);color:#fff;font-weight:600}\n"
"table.grid td.off{background:var(--off);color:var(--muted)}\n"
"table.grid td.tgt{box-shadow:inset 0 0 0 3px var(--target)}\n"
"table.grid td.level{text-align:center;font-size:1.15rem;font-weight:700}\n"
".legend{font-size:.85rem;color:var(--muted);margin:.2rem 0 1rem}\n"
".legend span{display:inline-block;width:1.1em;height:1em;"
"vertical-align:-.15em;margin:0 .3em 0 1em}\n"
".legend .k-on{background:var(--fill)}.legend .k-off{background:var(--off);"
"border:1px solid var(--line)}.legend .k-tgt{box-shadow:inset 0 0 0 3px "
"var(--target)}\n"
"table.trend td.lv{text-align:center;font-weight:600}\n"
"td.l0{background:#f5f7f9}td.l1{background:#d6e4f0}td.l2{background:#8fb3d6}"
"td.l3,td.l4,td.l5,td.l6,td.l7,td.l8,td.l9{background:#1f5f99;color:#fff}\n"
".up{color:#15803d}.down{color:#b91c1c}\n"
".pips{white-space:nowrap}.pip{display:inline-block;width:1.4em;"
"height:.8em;margin-right:2px;background:var(--off);border:1px solid "
"var(--line)}.pip.on{background:var(--fill);border-color:var(--fill)}"
".pip.tgt{box-shadow:inset 0 0 0 2px var(--target)}\n"
"ol.timeline{list-style:none;margin:.5rem 0;padding:0 0 0 2.6rem;"
"position:relative}\n"
"ol.timeline::before{content:\"\";position:absolute;left:1.05rem;top:.4rem;"
"bottom:.4rem;width:3px;background:var(--line)}\n"
"ol.timeline>li{position:relative;margin:0 0 1rem;break-inside:avoid}\n"
"ol.timeline .dot{position:absolute;left:-2.6rem;top:0;width:2.2rem;"
"height:2.2rem;border-radius:50%;background:var(--fill);color:#fff;"
"font-weight:700;display:flex;align-items:center;justify-content:center}\n"
"ol.timeline>li.done .dot{background:#15803d}\n"
"ol.timeline .when{font-size:.85rem;color:var(--muted)}\n"
"ol.timeline h3{margin:.1rem 0 .2rem}\n"
"ol.timeline p{margin:.15rem 0}\n"
"ul.guidance{margin:.25rem 0;padding-left:1.2rem;font-size:.9rem}\n"
".gcap+.gcap{margin-top:1.8rem}ul.guide{margin:.2rem 0 .6rem;"
"padding-left:1.3rem}ul.guide li{margin:.15rem 0}\n"
".qid{font-weight:600;margin-right:.4em}\n"
".meta{font-size:.88rem;color:var(--muted)}\n"
".badge{display:inline-block;padding:0 .45em;border-radius:.6em;"
"background:var(--head);font-size:.82rem;font-weight:600;color:var(--ink)}\n"
"table.check td.box{width:3.4rem;text-align:center}\n"
"table.check th.box{text-align:center;font-size:.8rem}\n"
".tick{display:inline-block;width:1.1rem;height:1.1rem;border:1.5px solid "
"var(--ink);border-radius:2px;line-height:1rem;font-weight:700}\n"
".notes{margin-top:.45rem;height:1.5rem;border-bottom:1px dotted "
"var(--muted);font-size:.8rem;color:var(--muted)}\n"
".prev{font-size:.85rem;color:var(--muted);margin-top:.2rem}\n"
"td.id{white-space:nowrap;font-weight:600;width:5.5rem}\n"
".cap+.cap{margin-top:1.5rem}\n"
".sev{border-left:5px solid var(--line);padding-left:.8rem;margin:1rem 0}\n"
".sev-error{border-color:#b91c1c}.sev-warning{border-color:#d97706}\n"
"tr.flag td{background:#fdf0e1}\n"
"footer.doc{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid "
"var(--line);display:flex;justify-content:space-between;font-size:.85rem;"
"color:var(--muted)}\n"
".title-page{padding:3rem 0 1.5rem;border-bottom:3px solid var(--ink)}\n"
".title-page h1{font-size:2.2rem;margin:1.5rem 0 .8rem}\n"
".title-page p{margin:.3rem 0}.title-page .isac{font-size:1.3rem;"
"font-weight:600}\n"
"nav.toc ol{padding-left:1.6rem}nav.toc li{margin:.2rem 0}\n"
"a{color:#1a4f80}\n"
"table.figures td.num,table.levels td.num{width:8rem}\n"
"@page{size:A4;margin:20mm 16mm 18mm}\n"
"@media print{body{max-width:none;padding:0;font-size:10pt}"
"footer.doc{display:none}h2{break-before:auto}"
".cap+.cap{break-before:page}.pair>svg.chart{flex-basis:24rem;max-width:24rem}"
"section{break-inside:auto}.title-page{padding-top:40mm;border:0}"
"nav.toc{break-after:page}}\n";

/* The page margins, per label: fixed text only, no data in CSS. */
static void
page_css(FILE *fp, int t)
{
	static const char box[] = "content:\"%s\";color:%s;background:#000;"
	    "font:700 9pt ui-monospace,\"DejaVu Sans Mono\",monospace;"
	    "padding:0 3mm;width:calc(%zuch + 6mm);height:6mm;margin:%s;"
	    "vertical-align:middle;text-align:center;"
	    "-webkit-print-color-adjust:exact;print-color-adjust:exact";

	if (t == TLP_NONE) {
		fputs("@page{@bottom-right{content:counter(page) \" / \" "
		    "counter(pages);font:9pt sans-serif;color:#5b6873}}\n", fp);
		return;
	}
	fputs("@page{@top-right{", fp);
	fprintf(fp, box, tlp_label(t), tlp_colour(t), strlen(tlp_label(t)),
	    "8mm 0 6mm");
	fputs("}@bottom-right{", fp);
	fprintf(fp, box, tlp_label(t), tlp_colour(t), strlen(tlp_label(t)),
	    "6mm 0 6mm");
	fputs("}@bottom-left{content:counter(page) \" / \" counter(pages);"
	    "font:9pt sans-serif;color:#5b6873}}\n", fp);
}

static const char *
tlp_class(int t)
{
	static const char *const c[TLP_N] = { "tlp-clear", "tlp-green",
	    "tlp-amber", "tlp-amber-strict", "tlp-red" };

	return t >= 0 && t < TLP_N ? c[t] : "";
}

static void
label(const struct rdoc *doc, FILE *fp)
{
	int t = doc->o.tlp;

	if (t != TLP_NONE)
		fprintf(fp, "<p class=\"tlp %s\">%s</p>", tlp_class(t),
		    tlp_label(t));
}

/* Is s a plain number (for right alignment)? */
static int
numeric(const char *s)
{
	size_t n = strspn(s, "0123456789.%-");

	return *s != '\0' && s[n] == '\0' && strcmp(s, "-") != 0;
}

/* A capability's name with its code beside it. */
static void
cap_cell(const struct rdoc *doc, FILE *fp, const char *code)
{
	const char *n = cap_name(doc, code);

	esc_xmls(fp, n);
	if (n != code) {
		fputs("<span class=\"code\">", fp);
		esc_xmls(fp, code);
		fputs("</span>", fp);
	}
}

static int
yeslike(const char *s)
{
	size_t len = strlen(s);
	int a;

	text_trim(&s, &len);
	if (len == 0)
		return 0;
	a = answer_parse(s, len);
	return a == ANS_YES || (a < 0 && !text_ieq(s, len, "ok"));
}

/* Any table: a header and rows, a capability by its name. */
static void
plain(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	int ccap = sec_col(s, "capability");
	int cflag = sec_col(s, "flagged");
	size_t r, c;
	const char *v;
	char buf[VOCAB_COL_MAX];

	fputs("<table class=\"plain\">\n<thead><tr>", fp);
	for (c = 0; c < s->t.ncols; c++) {
		fputs("<th scope=\"col\">", fp);
		esc_xmls(fp, sec_head(doc, s, c, buf, sizeof(buf)));
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (r = 0; r < s->t.nrows; r++) {
		fputs(cflag >= 0 && yeslike(sec_cell(s, r, cflag)) ?
		    "<tr class=\"flag\">" : "<tr>", fp);
		for (c = 0; c < s->t.ncols; c++) {
			v = sec_cell(s, r, (int)c);
			fputs(numeric(v) ? "<td class=\"num\">" : "<td>", fp);
			if ((int)c == ccap)
				cap_cell(doc, fp, v);
			else
				esc_html_lines(fp, v, strlen(v));
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
}

/* A field with the spaces before it left out. */
static const char *
cell(const struct rsec *s, size_t row, int col)
{
	size_t len;

	return table_value(&s->t, row, col, &len);
}

/*
 * The grid of period p: capabilities by levels, reached levels filled;
 * returns whether it marked a target.
 */
static int
grid(const struct rdoc *doc, const struct rsec *s, size_t p, FILE *fp)
{
	const struct sview *v = s->sv;
	size_t c, r;
	int l, lv, tg, cmissing = sec_col(s, "missing"), marked = 0;

	fprintf(fp, "<table class=\"grid\" data-period=\"");
	esc_xmls(fp, v->period[p]);
	fprintf(fp, "\">\n<thead><tr><th scope=\"col\">%s</th>",
	    tr(doc, "Capability"));
	for (l = 1; l <= v->nl; l++)
		fprintf(fp, "<th scope=\"col\" class=\"num\" style=\"text-align:"
		    "center\">%s %d</th>", tr(doc, "Level"), l);
	fprintf(fp, "<th scope=\"col\" style=\"text-align:center\">%s</th>",
	    tr(doc, "Level"));
	if (cmissing >= 0)
		fprintf(fp, "<th scope=\"col\">%s</th>",
		    tr(doc, "Needed for the next level"));
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (c = 0; c < v->nc; c++) {
		if ((r = sview_row(v, p, c)) == SIZE_MAX)
			continue;
		lv = sview_level(v, p, c);
		tg = gview_target(doc->target, v->cap[c]);
		marked |= tg >= 0;
		fputs("<tr data-cap=\"", fp);
		esc_xmls(fp, v->cap[c]);
		if (lv == SVIEW_NOLEVEL)
			fputs("\" data-level=\"\"", fp);
		else
			fprintf(fp, "\" data-level=\"%d\"", lv);
		if (tg >= 0)
			fprintf(fp, " data-target=\"%d\"", tg);
		fputs("><th scope=\"row\">", fp);
		cap_cell(doc, fp, v->cap[c]);
		fputs("</th>", fp);
		for (l = 1; l <= v->nl; l++) {
			fprintf(fp, "<td class=\"lv %s%s\" title=\"%s %d: ",
			    l <= lv ? "on" : "off", l == tg ? " tgt" : "",
			    tr(doc, "Level"), l);
			esc_xmls(fp, cell(s, r, s->m.yes[l]));
			fputs("/", fp);
			esc_xmls(fp, cell(s, r, s->m.app[l]));
			fprintf(fp, " %s%s%s\">", tr(doc, "questions answered yes"),
			    l == tg ? ", " : "", l == tg ? tr(doc, "target") : "");
			esc_xmls(fp, cell(s, r, s->m.yes[l]));
			fputs("/", fp);
			esc_xmls(fp, cell(s, r, s->m.app[l]));
			fputs("</td>", fp);
		}
		if (lv == SVIEW_NOLEVEL)	/* every question n/a */
			fprintf(fp, "<td class=\"level none\" title=\"%s\">"
			    "%s</td>", tr(doc, "no level: every question n/a"),
			    tr(doc, "no level"));
		else
			fprintf(fp, "<td class=\"level\">%d</td>", lv);
		if (cmissing >= 0) {
			fputs("<td>", fp);
			esc_xmls(fp, cell(s, r, cmissing));
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	return marked;
}

/* What the grid's colours mean; the target's only when it marked one. */
static void
legend(const struct rdoc *doc, FILE *fp, int marked)
{
	fprintf(fp, "<p class=\"legend\"><span class=\"k-on\"></span>%s"
	    "<span class=\"k-off\"></span>%s", tr(doc, "reached"),
	    tr(doc, "not reached"));
	if (marked)
		fprintf(fp, "<span class=\"k-tgt\"></span>%s",
		    tr(doc, "target"));
	fprintf(fp, " &#183; 7/8: %s</p>\n",
	    tr(doc, "answered yes / applicable"));
}

/* Several periods: a row per capability, a column per period. */
static void
trend(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct sview *v = s->sv;
	const struct scell *e, *end;
	size_t c, p;
	int lv, prev;

	fprintf(fp, "<h3>%s</h3>\n<table class=\"trend\">"
	    "\n<thead><tr><th scope=\"col\">%s</th>", tr(doc,
	    "Levels over time"), tr(doc, "Capability"));
	for (p = 0; p < v->np; p++) {
		fputs("<th scope=\"col\" style=\"text-align:center\">", fp);
		esc_xmls(fp, v->period[p]);
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (c = 0; c < v->nc; c++) {
		fputs("<tr data-cap=\"", fp);
		esc_xmls(fp, v->cap[c]);
		fputs("\"><th scope=\"row\">", fp);
		cap_cell(doc, fp, v->cap[c]);
		fputs("</th>", fp);
		prev = -1;
		e = v->cell + v->first[c];
		end = v->cell + v->first[c + 1];
		for (p = 0; p < v->np; p++) {
			lv = e < end && e->p == p ? (e++)->level : -1;
			if (lv == SVIEW_NOLEVEL) {
				fprintf(fp, "<td class=\"lv\" title=\"%s\">"
				    "%s</td>", tr(doc, "no level: every "
				    "question n/a"), tr(doc, "no level"));
				prev = -1;
				continue;
			}
			if (lv < 0) {
				fputs("<td class=\"lv\">&#8211;</td>", fp);
				continue;
			}
			fprintf(fp, "<td class=\"lv l%d\">%d", lv, lv);
			if (prev >= 0 && lv > prev)
				fputs(" <span class=\"up\">&#9650;</span>", fp);
			else if (prev >= 0 && lv < prev)
				fputs(" <span class=\"down\">&#9660;</span>",
				    fp);
			fputs("</td>", fp);
			prev = lv;
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	svg_chart(doc, fp, CHART_TREND, 0);
}

static void
score(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct sview *v = s->sv;
	int ch = doc->o.chart == CHART_AUTO || doc->o.chart == CHART_TREND ?
	    CHART_RADAR : doc->o.chart, marked;

	/* no rows, or too few for the trend table of all their periods */
	if (v->np == 0 || (v->np > 1 && !v->matrix)) {
		plain(doc, s, fp);
		return;
	}
	if (v->np > 1) {
		fputs("<h3>", fp);
		esc_xmls(fp, v->period[v->np - 1]);
		fputs("</h3>\n", fp);
	}
	fputs("<div class=\"pair\">\n", fp);
	marked = grid(doc, s, v->np - 1, fp);
	if (s->sv == doc->score)
		svg_chart(doc, fp, ch, 0);
	fputs("</div>\n", fp);
	legend(doc, fp, marked);
	if (v->np > 1 && s->sv == doc->score)
		trend(doc, s, fp);
}

/* Current and target as rows of pips. */
static void
gapsum(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct gview *v = s->gv;
	size_t i;
	int l, top = 3;

	for (i = 0; i < v->n; i++) {
		if (v->cur[i] > top)
			top = v->cur[i];
		if (v->tgt[i] > top)
			top = v->tgt[i];
	}
	fprintf(fp, "<table class=\"gapsum\">\n<thead><tr><th scope=\"col\">%s"
	    "</th><th scope=\"col\" class=\"num\">%s</th><th scope=\"col\" "
	    "class=\"num\">%s</th><th scope=\"col\" class=\"num\">%s</th>"
	    "<th scope=\"col\"></th></tr></thead>\n<tbody>\n",
	    tr(doc, "Capability"), tr(doc, "Current"), tr(doc, "Target"),
	    tr(doc, "Gap"));
	for (i = 0; i < v->n; i++) {
		fputs("<tr data-cap=\"", fp);
		esc_xmls(fp, v->cap[i]);
		fputs("\"><th scope=\"row\">", fp);
		cap_cell(doc, fp, v->cap[i]);
		fputs("</th><td class=\"num\">", fp);
		if (v->cur[i] == SVIEW_NOLEVEL)	/* every question n/a */
			fputs(tr(doc, "no level"), fp);
		else
			fprintf(fp, "%d", v->cur[i]);
		fputs("</td><td class=\"num\">", fp);
		if (v->tgt[i] >= 0)
			fprintf(fp, "%d", v->tgt[i]);
		fputs("</td><td class=\"num\">", fp);
		esc_xmls(fp, sec_value(s, i, "gap"));
		fputs("</td><td class=\"pips\">", fp);
		for (l = 1; l <= top; l++)
			fprintf(fp, "<span class=\"pip%s%s\"></span>",
			    l <= v->cur[i] ? " on" : "",
			    l == v->tgt[i] ? " tgt" : "");
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	if (doc->score == NULL && s->gv == doc->target)
		svg_chart(doc, fp, doc->o.chart == CHART_BARS ? CHART_BARS :
		    CHART_RADAR, 0);
}

/* The blank checklist, as the guide prints it: boxes and a notes line. */
static void
checklist(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	static const int ans[] = { ANS_YES, ANS_NO, ANS_PARTIAL, ANS_NA };
	const char *cap, *lvl, *last = NULL, *lastl = "", *v;
	int cans = sec_col(s, "answer"), cprev = sec_col(s, "previous");
	size_t r, k, len;
	int a;

	for (r = 0; r < s->t.nrows; r++) {
		cap = sec_value(s, r, "capability");
		lvl = sec_value(s, r, "level");
		if (last == NULL || strcmp(cap, last) != 0) {
			if (last != NULL)
				fputs("</tbody></table>\n</div>\n", fp);
			fputs("<div class=\"cap\">\n<h3>", fp);
			cap_cell(doc, fp, cap);
			fputs("</h3>\n", fp);
			lastl = NULL;
		}
		if (lastl == NULL || strcmp(lvl, lastl) != 0) {
			if (lastl != NULL)
				fputs("</tbody></table>\n", fp);
			fprintf(fp, "<h4>%s ", tr(doc, "Level"));
			esc_xmls(fp, lvl);
			fprintf(fp, "</h4>\n<table class=\"check\"><thead><tr>"
			    "<th scope=\"col\">Nr</th><th scope=\"col\">%s</th>",
			    tr(doc, "Question"));
			for (k = 0; k < 4; k++)
				fprintf(fp, "<th scope=\"col\" class=\"box\">%s"
				    "</th>", answer_word(ans[k], doc->o.lang));
			fputs("</tr></thead><tbody>\n", fp);
		}
		last = cap;
		lastl = lvl;
		v = table_value(&s->t, r, cans, &len);
		a = len ? answer_parse(v, len) : ANS_NONE;
		fputs("<tr><td class=\"id\">", fp);
		esc_xmls(fp, sec_value(s, r, "id"));
		fputs("</td><td>", fp);
		v = sec_value(s, r, "question");
		esc_html_lines(fp, v, strlen(v));
		if (cprev >= 0 && *(v = cell(s, r, cprev)) != '\0') {
			fprintf(fp, "<div class=\"prev\">%s: ",
			    tr(doc, "Previous answer"));
			esc_xmls(fp, v);
			v = sec_value(s, r, "previous_note");
			if (*v != '\0') {
				fputs(" &#8212; ", fp);
				esc_html_lines(fp, v, strlen(v));
			}
			fputs("</div>", fp);
		}
		fprintf(fp, "<div class=\"notes\">%s:</div></td>",
		    tr(doc, "Notes"));
		for (k = 0; k < 4; k++)
			fprintf(fp, "<td class=\"box\"><span class=\"tick\" "
			    "role=\"img\" aria-label=\"%s\">%s</span></td>",
			    answer_word(ans[k], doc->o.lang),
			    a == ans[k] ? "&#10003;" : "");
		fputs("</tr>\n", fp);
	}
	if (last != NULL)
		fputs("</tbody></table>\n</div>\n", fp);
}

/* The guidance of a step: its items, written "a | b", as a list. */
static void
guidance(FILE *fp, const char *v)
{
	const char *bar;

	if (*v == '\0')
		return;
	fputs("<ul class=\"guidance\">", fp);
	while ((bar = strstr(v, " | ")) != NULL) {
		fputs("<li>", fp);
		esc_html_lines(fp, v, (size_t)(bar - v));
		fputs("</li>", fp);
		v = bar + 3;
	}
	fputs("<li>", fp);
	esc_html_lines(fp, v, strlen(v));
	fputs("</li></ul>\n", fp);
}

/* A plan: its steps in order on a timeline. */
static void
plan(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const char *v, *st, *en, *reach, *pg = NULL, *pc = NULL, *pl = NULL;
	const char *c, *l;
	size_t r;

	fputs("<ol class=\"timeline\">\n", fp);
	for (r = 0; r < s->t.nrows; r++) {
		v = sec_value(s, r, "status");
		fprintf(fp, "<li class=\"step%s\" data-step=\"",
		    text_ieq(v, strlen(v), "done") ||
		    text_ieq(v, strlen(v), "klaar") ? " done" : "");
		esc_xmls(fp, sec_value(s, r, "step"));
		fputs("\"><div class=\"dot\">", fp);
		esc_xmls(fp, sec_value(s, r, "step"));
		fputs("</div>", fp);
		st = sec_value(s, r, "start");
		en = sec_value(s, r, "end");
		if (*st != '\0' || *en != '\0') {
			fputs("<div class=\"when\">", fp);
			esc_xmls(fp, st);
			fputs(" &#8211; ", fp);
			esc_xmls(fp, en);
			fputs("</div>", fp);
		}
		fputs("<h3>", fp);
		v = sec_value(s, r, "action");
		esc_html_lines(fp, v, strlen(v));
		fputs("</h3>\n<p class=\"meta\">", fp);
		cap_cell(doc, fp, sec_value(s, r, "capability"));
		fprintf(fp, " &#183; %s ", tr(doc, "Level"));
		esc_xmls(fp, sec_value(s, r, "level"));
		reach = sec_value(s, r, "reaches");
		if (*reach != '\0') {
			fprintf(fp, " &#8594; %s ", tr(doc, "reaches level"));
			esc_xmls(fp, reach);
		}
		v = sec_value(s, r, "id");
		if (*v != '\0') {
			fputs(" &#183; ", fp);
			esc_xmls(fp, v);
		}
		v = sec_value(s, r, "owner");
		if (*v != '\0') {
			fprintf(fp, " &#183; %s: ", tr(doc, "Owner"));
			esc_xmls(fp, v);
		}
		v = sec_value(s, r, "status");
		if (*v != '\0') {
			fputs(" <span class=\"badge\">", fp);
			esc_xmls(fp, v);
			fputs("</span>", fp);
		}
		fputs("</p>\n", fp);
		/* a capability's guidance for a level once, not per step */
		v = sec_value(s, r, "guidance");
		c = sec_value(s, r, "capability");
		l = sec_value(s, r, "level");
		if (pg == NULL || strcmp(v, pg) != 0 || strcmp(c, pc) != 0 ||
		    strcmp(l, pl) != 0)
			guidance(fp, v);
		pg = v;
		pc = c;
		pl = l;
		v = sec_value(s, r, "note");
		if (*v != '\0') {
			fputs("<p class=\"meta\">", fp);
			esc_html_lines(fp, v, strlen(v));
			fputs("</p>\n", fp);
		}
		fputs("</li>\n", fp);
	}
	fputs("</ol>\n", fp);
}

/* Roster findings: a table per severity, errors first (view-findings.c). */
static void
findings(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	static const char *const cols[] = { "rule", "org", "name",
	    "message" };
	static const char *const rank[] = { "error", "warning", "other" };
	const struct fview *v = s->fv;
	const struct fgroup *g;
	const char *f;
	size_t i, q, k;

	for (g = v->g; g < v->g + v->ng; g++) {
		fprintf(fp, "<div class=\"sev sev-%s\">\n<h3>", rank[g->rank]);
		esc_xmls(fp, g->sev);
		fprintf(fp, " (%zu)</h3>\n<table>\n<thead><tr>", g->n);
		for (k = 0; k < 4; k++)
			fprintf(fp, "<th scope=\"col\">%s</th>",
			    tr(doc, cols[k]));
		fputs("</tr></thead>\n<tbody>\n", fp);
		for (i = g->start; i < g->start + g->n; i++) {
			q = v->rows[i];
			fputs("<tr>", fp);
			for (k = 0; k < 4; k++) {
				f = sec_value(s, q, cols[k]);
				fputs("<td>", fp);
				esc_html_lines(fp, f, strlen(f));
				fputs("</td>", fp);
			}
			fputs("</tr>\n", fp);
		}
		fputs("</tbody>\n</table>\n</div>\n", fp);
	}
}

/* The opening of a capability in a guide: its name and code. */
static void
gcap(FILE *fp, int h, const struct gnode *g)
{
	fputs("<div class=\"gcap\" data-cap=\"", fp);
	esc_xmls(fp, g->code);
	fprintf(fp, "\">\n<h%d>", h);
	esc_xmls(fp, g->text);
	if (strcmp(g->text, g->code) != 0) {
		fputs("<span class=\"code\">", fp);
		esc_xmls(fp, g->code);
		fputs("</span>", fp);
	}
	fprintf(fp, "</h%d>\n", h);
}

/* An item of a guide's list: a question with its id before it. */
static void
gitem(FILE *fp, const struct gnode *g)
{
	fputs("<li>", fp);
	if (*g->code != '\0') {
		fputs("<span class=\"qid\">", fp);
		esc_xmls(fp, g->code);
		fputs("</span>", fp);
	}
	esc_html_lines(fp, g->text, strlen(g->text));
	fputs("</li>\n", fp);
}

/*
 * A guide: per capability its headings, texts and lists (view-guide.c),
 * the headings one below the section's, none skipped.
 */
static void
guide(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct uview *v = s->uv;
	const struct gnode *g;
	int h = doc->nsec > 1 || doc->o.title != NULL ? 3 : 2;
	int list = 0, open = 0;

	for (g = v->n; g < v->n + v->nn; g++) {
		if (g->type != GN_ITEM && list) {
			fputs("</ul>\n", fp);
			list = 0;
		}
		switch (g->type) {
		case GN_CAP:
			fputs(open ? "</div>\n" : "", fp);
			gcap(fp, h, g);
			open = 1;
			break;
		case GN_LEVEL:
			fprintf(fp, "<h%d>%s ", h + 1, tr(doc, "Level"));
			esc_xmls(fp, g->text);
			fprintf(fp, "</h%d>\n", h + 1);
			break;
		case GN_KIND:
			fprintf(fp, "<h%d>", h + g->depth);
			esc_xmls(fp, g->text);
			fprintf(fp, "</h%d>\n", h + g->depth);
			break;
		case GN_PARA:
			fputs("<p>", fp);
			esc_html_lines(fp, g->text, strlen(g->text));
			fputs("</p>\n", fp);
			break;
		default:
			fputs(list ? "" : "<ul class=\"guide\">\n", fp);
			list = 1;
			gitem(fp, g);
		}
	}
	fputs(list ? "</ul>\n" : "", fp);
	fputs(open ? "</div>\n" : "", fp);
}

/*
 * A grid the document made itself (summary.c): its first column row
 * headings, the columns in num numbers (aligned right), and with link,
 * the last column a link to the section a row comes from.
 */
static void
ygrid(const struct ygrid *g, const char *class, unsigned num, int link,
    FILE *fp)
{
	const char *v;
	size_t r, c;

	if (g->nrows == 0)
		return;
	fprintf(fp, "<table class=\"%s\">\n<thead><tr>", class);
	for (c = 0; c < g->ncols; c++) {
		fprintf(fp, "<th scope=\"col\"%s>", num & (1u << c) ?
		    " class=\"num\"" : "");
		esc_xmls(fp, g->cell[c]);
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (r = 1; r < g->nrows; r++) {
		fputs("<tr>", fp);
		for (c = 0; c < g->ncols; c++) {
			v = g->cell[r * g->ncols + c];
			fputs(c == 0 ? "<th scope=\"row\">" :
			    num & (1u << c) ? "<td class=\"num\">" : "<td>", fp);
			if (link && c == g->ncols - 1 && g->sec[r] > 0)
				fprintf(fp, "<a href=\"#s%zu\">", g->sec[r]);
			esc_xmls(fp, v);
			if (link && c == g->ncols - 1 && g->sec[r] > 0)
				fputs("</a>", fp);
			fputs(c == 0 ? "</th>" : "</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
}

/* The annual report's title page and its contents, linked. */
static void
title_page(const struct rdoc *doc, FILE *fp)
{
	char iso[11];
	size_t i;

	fputs("<header class=\"title-page\">\n", fp);
	label(doc, fp);
	fputs("\n<h1>", fp);
	esc_xmls(fp, doc->title);
	fputs("</h1>\n", fp);
	if (doc->o.name != NULL) {
		fputs("<p class=\"isac\">", fp);
		esc_xmls(fp, doc->o.name);
		fputs("</p>\n", fp);
	}
	date_format(doc->o.date, iso);
	fprintf(fp, "<p class=\"date\"><time datetime=\"%s\">", iso);
	esc_xmls(fp, doc->date);
	fprintf(fp, "</time></p>\n</header>\n<nav class=\"toc\" "
	    "aria-labelledby=\"toc\">\n<h2 id=\"toc\">%s</h2>\n<ol>\n"
	    "<li><a href=\"#summary\">%s</a></li>\n", tr(doc, "Contents"),
	    tr(doc, "The year in brief"));
	if (doc->intro != NULL)
		fprintf(fp, "<li><a href=\"#intro\">%s</a></li>\n",
		    tr(doc, "Introduction"));
	for (i = 0; i < doc->nsec; i++) {
		fprintf(fp, "<li><a href=\"#s%zu\">", i + 1);
		esc_xmls(fp, doc->sec[i].title);
		fputs("</a></li>\n", fp);
	}
	fputs("</ol>\n</nav>\n", fp);
}

/* The year in brief, and the chair's introduction. */
static void
year(const struct rdoc *doc, FILE *fp)
{
	const struct ysum *y = &doc->ysum;

	fprintf(fp, "<section id=\"summary\">\n<h2>%s</h2>\n",
	    tr(doc, "The year in brief"));
	ygrid(&y->fig, "figures", 1u << 1, 1, fp);
	if (y->lev.nrows > 0) {
		fprintf(fp, "<h3>%s</h3>\n", tr(doc,
		    "Levels a year ago and now"));
		ygrid(&y->lev, "levels", 0xeu, 0, fp);
	}
	fputs("</section>\n", fp);
	if (doc->intro == NULL)
		return;
	fprintf(fp, "<section id=\"intro\">\n<h2>%s</h2>\n",
	    tr(doc, "Introduction"));
	md_html(doc->intro, fp, 3);
	fputs("</section>\n", fp);
}

static void
section(const struct rdoc *doc, const struct rsec *s, size_t i, FILE *fp)
{
	const char *k = kind_name(s->m.kind);

	fprintf(fp, "<section id=\"s%zu\" class=\"kind-", i + 1);
	for (; *k != '\0'; k++)
		if (*k == ' ')
			putc('-', fp);
		else if (*k >= 'a' && *k <= 'z')
			putc(*k, fp);
	fputs("\">\n", fp);
	if (doc->nsec > 1 || doc->o.title != NULL) {
		fputs("<h2>", fp);
		esc_xmls(fp, s->title);
		fputs("</h2>\n", fp);
	}
	switch (s->m.kind) {
	case TK_SCORE:
		score(doc, s, fp);
		break;
	case TK_GAPSUM:
		gapsum(doc, s, fp);
		break;
	case TK_TEMPLATE:
		checklist(doc, s, fp);
		break;
	case TK_PLAN:
		plan(doc, s, fp);
		break;
	case TK_FINDINGS:
		findings(doc, s, fp);
		break;
	case TK_GUIDE:
		guide(doc, s, fp);
		break;
	default:
		plain(doc, s, fp);
	}
	fputs("</section>\n", fp);
}

void
fmt_html(const struct rdoc *doc, FILE *fp)
{
	const char *title = doc->title;
	size_t i;

	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\""
	    "width=device-width, initial-scale=1\">\n<title>", doc->o.lang);
	if (doc->o.tlp != TLP_NONE)
		fprintf(fp, "%s \xe2\x80\x94 ", tlp_label(doc->o.tlp));
	esc_xmls(fp, title);
	fprintf(fp, "</title>\n<style>\n%s", css);
	page_css(fp, doc->o.tlp);
	fputs("</style>\n</head>\n<body>\n", fp);
	if (doc->o.year != 0) {
		title_page(doc, fp);
		fputs("<main>\n", fp);
		year(doc, fp);
		for (i = 0; i < doc->nsec; i++)
			section(doc, &doc->sec[i], i, fp);
		fputs("</main>\n</body>\n</html>\n", fp);
		return;
	}
	fputs("<header class=\"doc\">\n<h1>", fp);
	esc_xmls(fp, title);
	fputs("</h1>\n", fp);
	label(doc, fp);
	fputs("\n</header>\n<main>\n", fp);
	for (i = 0; i < doc->nsec; i++)
		section(doc, &doc->sec[i], i, fp);
	fputs("</main>\n<footer class=\"doc\">\n<span>", fp);
	esc_xmls(fp, title);
	fputs("</span>\n", fp);
	label(doc, fp);
	fputs("\n</footer>\n</body>\n</html>\n", fp);
}
