/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-svg.c: charts of where the ISAC stands, as SVG.
 *
 * A radar (spider) chart, the way SOC-CMM and CSET show maturity: an
 * axis per capability, a ring per level, the current levels as a filled
 * shape and the targets of a gap summary as a dashed one.  Bars show the
 * same per capability; a trend shows the levels of each capability over
 * the periods of a score.  A chart stands alone (a file, with its title
 * and TLP label) or sits inside the HTML report.  Text comes from the
 * data or the guide, so it all goes through esc_xml; nothing else in the
 * chart is data.  No script, no external font, no timestamp.  A
 * capability with no level (every question n/a) is drawn at 0 and
 * labelled "no level"; a trend leaves its point out.
 */
#include <stdio.h>
#include <string.h>

#include "render.h"

#define FONT	"system-ui, -apple-system, 'Segoe UI', Roboto, " \
		"'Noto Sans', 'Liberation Sans', Arial, sans-serif"
#define INK	"#17212b"
#define MUTED	"#5b6873"
#define GRID	"#d9dee3"
#define FILL	"#1f5f99"
#define TARGET	"#d97706"

#define PI	3.14159265358979323846

/*
 * Sine and cosine for placing points on a circle, to well under a pixel:
 * the library's would need libm, for a dozen angles.
 */
static double
sine(double x)
{
	double t, r = 0;
	int k;

	while (x > PI)
		x -= 2 * PI;
	while (x < -PI)
		x += 2 * PI;
	t = x;
	for (k = 1; k < 20; k += 2) {
		r += t;
		t *= -x * x / ((k + 1) * (k + 2));
	}
	return r;
}

static double
cosine(double x)
{
	return sine(x + PI / 2);
}

static double
absval(double x)
{
	return x < 0 ? -x : x;
}

/* Colours for the lines of a trend, told apart also by the colour-blind. */
static const char *const palette[] = {
	"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
	"#000000", "#8C564B"
};

/* What a chart draws: per capability its code, level and target. */
static size_t
ncaps(const struct rdoc *doc)
{
	return doc->score ? doc->score->nc : doc->target->n;
}

static const char *
code(const struct rdoc *doc, size_t i)
{
	return doc->score ? doc->score->cap[i] : doc->target->cap[i];
}

static int
current(const struct rdoc *doc, size_t i)
{
	const struct sview *v = doc->score;
	int l;

	if (v == NULL)
		return doc->target->cur[i];
	l = v->np > 0 ? sview_level(v, v->np - 1, i) : -1;
	return l < 0 ? 0 : l;
}

/* Has capability i no level (every question n/a)?  Drawn at 0, said. */
static int
nolevel(const struct rdoc *doc, size_t i)
{
	const struct sview *v = doc->score;

	if (v == NULL)
		return doc->target->cur[i] == SVIEW_NOLEVEL;
	return v->np > 0 && sview_level(v, v->np - 1, i) == SVIEW_NOLEVEL;
}

/* Capability i's level as a chart labels it: a number, or "no level". */
static const char *
level_word(const struct rdoc *doc, size_t i, char *buf, size_t size)
{
	if (nolevel(doc, i))
		return tr(doc, "no level");
	snprintf(buf, size, "%s %d", tr(doc, "level"), current(doc, i));
	return buf;
}

static int
target(const struct rdoc *doc, size_t i)
{
	return gview_target(doc->target, code(doc, i));
}

static int
levels(const struct rdoc *doc)
{
	size_t i;
	int n = doc->score ? doc->score->nl : 3;

	for (i = 0; i < ncaps(doc); i++) {
		if (current(doc, i) > n)
			n = current(doc, i);
		if (target(doc, i) > n)
			n = target(doc, i);
	}
	return n < 1 ? 1 : n;
}

/* Text, split onto two lines at the space nearest its middle if long. */
static void
text2(FILE *fp, double x, double y, const char *anchor, const char *s,
    const char *attr)
{
	size_t len = strlen(s), i, cut = 0, best = len;

	if (text_width(s, len) > 20)
		for (i = 1; i < len; i++)
			if (s[i] == ' ' && (i > len / 2 ? i - len / 2 :
			    len / 2 - i) < best) {
				best = i > len / 2 ? i - len / 2 : len / 2 - i;
				cut = i;
			}
	fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>", x, y,
	    anchor, attr);
	if (cut == 0)
		esc_xml(fp, s, len);
	else {
		fprintf(fp, "<tspan x=\"%.1f\">", x);
		esc_xml(fp, s, cut);
		fprintf(fp, "</tspan><tspan x=\"%.1f\" dy=\"1.2em\">", x);
		esc_xml(fp, s + cut + 1, len - cut - 1);
		fputs("</tspan>", fp);
	}
	fputs("</text>\n", fp);
}

static void
legend_item(FILE *fp, double x, double y, const char *colour, int dashed,
    const char *what)
{
	fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
	    "stroke=\"%s\" stroke-width=\"3\"%s/>\n", x, y - 4, x + 22, y - 4,
	    colour, dashed ? " stroke-dasharray=\"6 4\"" : "");
	fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"14\" fill=\""
	    INK "\">%s</text>\n", x + 28, y, what);
}

#define RW	600.0
#define RH	430.0

static void
radar(const struct rdoc *doc, FILE *fp)
{
	size_t n = ncaps(doc), i;
	int nl = levels(doc), l, any = 0;
	double cx = RW / 2, cy = 232, R = 132, a, x, y, r;
	const char *anchor;
	char attr[64], lv[96], num[64];

	for (l = 1; l <= nl; l++) {
		fputs("<polygon fill=\"none\" stroke=\"" GRID "\" points=\"",
		    fp);
		for (i = 0; i < n; i++) {
			a = -PI / 2 + 2 * PI * (double)i / (double)n;
			fprintf(fp, "%s%.1f,%.1f", i ? " " : "",
			    cx + R * l / nl * cosine(a), cy + R * l / nl * sine(a));
		}
		fputs("\"/>\n", fp);
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
		    "fill=\"" MUTED "\">%d</text>\n", cx + 4,
		    cy - R * l / nl + 12, l);
	}
	for (i = 0; i < n; i++) {
		a = -PI / 2 + 2 * PI * (double)i / (double)n;
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		    "y2=\"%.1f\" stroke=\"" GRID "\"/>\n", cx, cy,
		    cx + R * cosine(a), cy + R * sine(a));
	}
	fputs("<polygon class=\"current\" fill=\"" FILL "\" fill-opacity="
	    "\"0.22\" stroke=\"" FILL "\" stroke-width=\"2.5\" "
	    "stroke-linejoin=\"round\" points=\"", fp);
	for (i = 0; i < n; i++) {
		a = -PI / 2 + 2 * PI * (double)i / (double)n;
		r = R * current(doc, i) / nl;
		fprintf(fp, "%s%.1f,%.1f", i ? " " : "", cx + r * cosine(a),
		    cy + r * sine(a));
	}
	fputs("\"/>\n", fp);
	for (i = 0; i < n; i++)
		any |= target(doc, i) >= 0;
	if (any) {
		fputs("<polygon class=\"target\" fill=\"none\" stroke=\""
		    TARGET "\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\" "
		    "points=\"", fp);
		for (i = 0; i < n; i++) {
			a = -PI / 2 + 2 * PI * (double)i / (double)n;
			l = target(doc, i) < 0 ? current(doc, i) :
			    target(doc, i);
			r = R * l / nl;
			fprintf(fp, "%s%.1f,%.1f", i ? " " : "",
			    cx + r * cosine(a), cy + r * sine(a));
		}
		fputs("\"/>\n", fp);
	}
	for (i = 0; i < n; i++) {
		a = -PI / 2 + 2 * PI * (double)i / (double)n;
		r = R * current(doc, i) / nl;
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\""
		    FILL "\"/>\n", cx + r * cosine(a), cy + r * sine(a));
		x = cx + (R + 16) * cosine(a);
		y = cy + (R + 16) * sine(a);
		anchor = absval(cosine(a)) < 0.3 ? "middle" : cosine(a) > 0 ?
		    "start" : "end";
		if (sine(a) < -0.3)
			y -= 22;
		else if (sine(a) > 0.3)
			y += 12;
		snprintf(attr, sizeof(attr), " font-size=\"14\" "
		    "font-weight=\"600\" fill=\"" INK "\"");
		text2(fp, x, y, anchor, cap_name(doc, code(doc, i)), attr);
		if (target(doc, i) >= 0)
			snprintf(lv, sizeof(lv), "%s \xe2\x86\x92 %d",
			    level_word(doc, i, num, sizeof(num)),
			    target(doc, i));
		else
			snprintf(lv, sizeof(lv), "%s",
			    level_word(doc, i, num, sizeof(num)));
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" "
		    "font-size=\"13\" fill=\"" MUTED "\">%s</text>\n", x,
		    y + (text_width(cap_name(doc, code(doc, i)),
		    strlen(cap_name(doc, code(doc, i)))) > 20 ? 33 : 16),
		    anchor, lv);
	}
	legend_item(fp, 20, 24, FILL, 0, tr(doc, "Current"));
	if (any)
		legend_item(fp, 20, 46, TARGET, 1, tr(doc, "Target"));
}

static double
bars_height(const struct rdoc *doc)
{
	return 70 + 42 * (double)ncaps(doc);
}

static void
bars(const struct rdoc *doc, FILE *fp)
{
	size_t n = ncaps(doc), i;
	int nl = levels(doc), l, t, any = 0;
	double x0 = 230, bw = 290, y, h = bars_height(doc);

	for (l = 0; l <= nl; l++) {
		fprintf(fp, "<line x1=\"%.1f\" y1=\"44\" x2=\"%.1f\" "
		    "y2=\"%.1f\" stroke=\"" GRID "\"/>\n", x0 + bw * l / nl,
		    x0 + bw * l / nl, h - 14);
		fprintf(fp, "<text x=\"%.1f\" y=\"38\" text-anchor=\"middle\" "
		    "font-size=\"11\" fill=\"" MUTED "\">%d</text>\n",
		    x0 + bw * l / nl, l);
	}
	for (i = 0; i < n; i++) {
		y = 56 + 42 * (double)i;
		text2(fp, x0 - 10, y + 14, "end", cap_name(doc, code(doc, i)),
		    " font-size=\"13\" font-weight=\"600\" fill=\"" INK "\"");
		fprintf(fp, "<rect class=\"current\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"18\" rx=\"2\" fill=\"" FILL
		    "\"/>\n", x0, y + 2, bw * current(doc, i) / nl);
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" "
		    "font-weight=\"600\" fill=\"" INK "\">",
		    x0 + bw * current(doc, i) / nl + 6, y + 16);
		if (nolevel(doc, i))
			fputs(tr(doc, "no level"), fp);
		else
			fprintf(fp, "%d", current(doc, i));
		fputs("</text>\n", fp);
		if ((t = target(doc, i)) >= 0) {
			any = 1;
			fprintf(fp, "<line class=\"target\" x1=\"%.1f\" "
			    "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\""
			    TARGET "\" stroke-width=\"3\" stroke-dasharray="
			    "\"4 3\"/>\n", x0 + bw * t / nl, y - 3,
			    x0 + bw * t / nl, y + 25);
		}
	}
	legend_item(fp, 20, 18, FILL, 0, tr(doc, "Current"));
	if (any)
		legend_item(fp, 160, 18, TARGET, 1, tr(doc, "Target"));
}

#define TW	690.0
#define TH	380.0
#define TREND_X0	56.0
#define TREND_X1	(TW - 250)
#define TREND_Y0	30.0
#define TREND_Y1	(TH - 50)

/* Where a trend puts a cell: its period across, its level up. */
static void
trend_xy(const struct sview *v, const struct scell *e, int nl, double off,
    double *x, double *y)
{
	double x0 = TREND_X0, x1 = TREND_X1;

	*x = v->np == 1 ? (x0 + x1) / 2 : x0 + 20 + (x1 - x0 - 40) *
	    (double)e->p / (double)(v->np - 1);
	*y = TREND_Y1 - (TREND_Y1 - TREND_Y0) * e->level / nl + off;
}

static void
trend(const struct rdoc *doc, FILE *fp)
{
	const struct sview *v = doc->score;
	size_t p, c, k;
	int nl = v->nl < 1 ? 1 : v->nl, l;
	double x0 = TREND_X0, x1 = TREND_X1, y0 = TREND_Y0, y1 = TREND_Y1;
	double x, y, off;
	const char *sep;

	for (l = 0; l <= nl; l++) {
		y = y1 - (y1 - y0) * l / nl;
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		    "y2=\"%.1f\" stroke=\"" GRID "\"/>\n<text x=\"%.1f\" "
		    "y=\"%.1f\" text-anchor=\"end\" font-size=\"13\" fill=\""
		    MUTED "\">%d</text>\n", x0, y, x1, y, x0 - 8, y + 4, l);
	}
	fprintf(fp, "<text x=\"14\" y=\"%.1f\" font-size=\"13\" fill=\"" MUTED
	    "\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\">%s"
	    "</text>\n", (y0 + y1) / 2, (y0 + y1) / 2, tr(doc, "Level"));
	for (p = 0; p < v->np; p++) {
		x = v->np == 1 ? (x0 + x1) / 2 : x0 + 20 + (x1 - x0 - 40) *
		    (double)p / (double)(v->np - 1);
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
		    "font-size=\"14\" fill=\"" INK "\">", x, y1 + 22);
		esc_xmls(fp, v->period[p]);
		fputs("</text>\n", fp);
	}
	for (c = 0; c < v->nc; c++) {
		const char *col = palette[c % (sizeof(palette) /
		    sizeof(palette[0]))];

		off = ((double)c - (double)(v->nc - 1) / 2) * 2.5;
		fprintf(fp, "<g class=\"series\" data-cap=\"");
		esc_xmls(fp, v->cap[c]);
		fprintf(fp, "\">\n<polyline fill=\"none\" stroke=\"%s\" "
		    "stroke-width=\"2.5\" stroke-linejoin=\"round\" "
		    "points=\"", col);
		sep = "";
		for (k = v->first[c]; k < v->first[c + 1]; k++) {
			if (v->cell[k].level < 0)
				continue;	/* no level: no point */
			trend_xy(v, &v->cell[k], nl, off, &x, &y);
			fprintf(fp, "%s%.1f,%.1f", sep, x, y);
			sep = " ";
		}
		fputs("\"/>\n", fp);
		for (k = v->first[c]; k < v->first[c + 1]; k++) {
			if (v->cell[k].level < 0)
				continue;
			trend_xy(v, &v->cell[k], nl, off, &x, &y);
			fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" "
			    "fill=\"%s\"/>\n", x, y, col);
		}
		y = y0 + 6 + 40 * (double)c;
		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		    "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>\n",
		    x1 + 24, y, x1 + 46, y, col);
		text2(fp, x1 + 52, y + 4, "start", cap_name(doc, v->cap[c]),
		    " font-size=\"14\" fill=\"" INK "\"");
		fputs("</g>\n", fp);
	}
}

static void
size_of(const struct rdoc *doc, int chart, double *w, double *h)
{
	if (chart == CHART_TREND) {
		*w = TW;
		*h = TH;
	} else if (chart == CHART_BARS) {
		*w = RW;
		*h = bars_height(doc);
	} else {
		*w = RW;
		*h = RH;
	}
}

static void
draw(const struct rdoc *doc, FILE *fp, int chart)
{
	if (chart == CHART_TREND)
		trend(doc, fp);
	else if (chart == CHART_BARS)
		bars(doc, fp);
	else
		radar(doc, fp);
}

static const char *
chart_title(const struct rdoc *doc, int chart)
{
	if (chart == CHART_TREND)
		return tr(doc, "Levels over time");
	if (doc->target != NULL && doc->target->n > 0)
		return tr(doc, "Current and target level");
	return tr(doc, "Maturity per capability");
}

/* A chart's title, with the period it shows when there is one. */
static void
heading(FILE *fp, const char *title, const char *period)
{
	esc_xmls(fp, title);
	if (*period != '\0') {
		putc(' ', fp);
		esc_xmls(fp, period);
	}
}

/*
 * A chart inside the HTML report (standalone 0), or the chart as a file
 * of its own, with its title and TLP label.
 */
void
svg_chart(const struct rdoc *doc, FILE *fp, int chart, int standalone)
{
	double w, h, top = standalone ? 64 : 0, lw;
	int t = doc->o.tlp;
	const char *title = chart_title(doc, chart), *period = "";

	if (chart == CHART_TREND && doc->score == NULL)
		return;
	size_of(doc, chart, &w, &h);
	if (!standalone) {
		fprintf(fp, "<svg class=\"chart%s\" xmlns=\"http://www.w3.org/"
		    "2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" "
		    "height=\"%.0f\" role=\"img\" aria-label=\"",
		    chart == CHART_TREND ? " trend" : "", w, h, w, h);
		esc_xmls(fp, title);
		fprintf(fp, "\" font-family=\"%s\">\n", FONT);
		draw(doc, fp, chart);
		fputs("</svg>\n", fp);
		return;
	}
	if (doc->o.title != NULL)
		title = doc->o.title;
	else if (doc->score != NULL && doc->score->np > 0 &&
	    chart != CHART_TREND)
		period = doc->score->period[doc->score->np - 1];
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
	    "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
	    "role=\"img\" xml:lang=\"%s\" font-family=\"%s\">\n<title>", w,
	    h + top, w, h + top, doc->o.lang, FONT);
	if (t != TLP_NONE)
		fprintf(fp, "%s \xe2\x80\x94 ", tlp_label(t));
	heading(fp, title, period);
	fprintf(fp, "</title>\n<rect width=\"100%%\" height=\"100%%\" "
	    "fill=\"#ffffff\"/>\n");
	if (t != TLP_NONE) {
		lw = 20 + 9.0 * (double)strlen(tlp_label(t));
		fprintf(fp, "<g class=\"tlp\">\n<rect x=\"%.1f\" y=\"14\" "
		    "width=\"%.1f\" height=\"26\" fill=\"#000000\"/>\n"
		    "<text x=\"%.1f\" y=\"32\" text-anchor=\"middle\" "
		    "font-family=\"ui-monospace, 'DejaVu Sans Mono', "
		    "'Liberation Mono', monospace\" font-size=\"14\" "
		    "font-weight=\"700\" fill=\"%s\">%s</text>\n</g>\n",
		    w - 16 - lw, lw, w - 16 - lw / 2, tlp_colour(t),
		    tlp_label(t));
	}
	fputs("<text x=\"20\" y=\"34\" font-size=\"19\" font-weight=\"700\" "
	    "fill=\"" INK "\">", fp);
	heading(fp, title, period);
	fprintf(fp, "</text>\n<line x1=\"20\" y1=\"50\" x2=\"%.1f\" y2=\"50\" "
	    "stroke=\"" INK "\" stroke-width=\"2\"/>\n<g transform=\""
	    "translate(0 %.0f)\">\n", w - 16, top);
	draw(doc, fp, chart);
	fputs("</g>\n</svg>\n", fp);
}

/* A chart draws a score or a gap summary: known from the header. */
int
fmt_svg_head(const struct table *t, int kind, struct diag *d)
{
	if (kind == TK_SCORE || kind == TK_GAPSUM)
		return 0;
	return diag_set(d, t->name, 0, "a chart draws a score or a gap "
	    "summary, not a %s", kind_name(kind));
}

/* What the chart draws, checked against what the document holds. */
int
fmt_svg_check(struct rdoc *doc, struct diag *d)
{
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

void
fmt_svg(const struct rdoc *doc, FILE *fp)
{
	svg_chart(doc, fp, doc->o.chart, 1);
}
