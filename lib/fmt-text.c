/*
 * fmt-text.c: tables for a terminal, in columns aligned by display
 * width, so that Dutch accents and wide characters line up.  A blank
 * checklist is a list of questions with a box each.  Colour, when asked
 * for, is the TLP label in its colour and the headers in bold; control
 * characters in the data never reach the terminal.
 */
#include <string.h>

#include "render.h"

#define GAP	2

static const char *const ansi[TLP_N] = {
	"\033[1;97;40m", "\033[1;92;40m", "\033[1;93;40m", "\033[1;93;40m",
	"\033[1;91;40m"
};

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

static void
heading(const struct rdoc *doc, FILE *fp, const char *s)
{
	size_t w;

	if (doc->o.colour)
		fputs("\033[1m", fp);
	w = esc_term(fp, s, strlen(s));
	if (doc->o.colour)
		fputs("\033[0m", fp);
	putc('\n', fp);
	while (w-- > 0)
		putc('=', fp);
	putc('\n', fp);
}

static void
table(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	size_t nc = view_cols(s), r, c, w[CSV_COLS_MAX + 8], x;
	char buf[256];
	const char *v;

	for (c = 0; c < nc; c++) {
		v = view_head(doc, s, c, buf, sizeof(buf));
		w[c] = esc_term_width(v, strlen(v));
		for (r = 0; r < s->t.nrows; r++) {
			v = view_cell(doc, s, r, c, buf, sizeof(buf));
			if ((x = esc_term_width(v, strlen(v))) > w[c])
				w[c] = x;
		}
	}
	if (doc->o.colour)
		fputs("\033[1m", fp);
	for (c = 0; c < nc; c++) {
		v = view_head(doc, s, c, buf, sizeof(buf));
		x = esc_term(fp, v, strlen(v));
		if (c + 1 < nc)
			pad(fp, w[c] - x + GAP);
	}
	if (doc->o.colour)
		fputs("\033[0m", fp);
	putc('\n', fp);
	for (r = 0; r < s->t.nrows; r++) {
		for (c = 0; c < nc; c++) {
			v = view_cell(doc, s, r, c, buf, sizeof(buf));
			x = esc_term(fp, v, strlen(v));
			if (c + 1 < nc)
				pad(fp, w[c] - x + GAP);
		}
		putc('\n', fp);
	}
}

/* The blank checklist: per capability and level, a box per question. */
static void
checklist(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const char *cap, *lvl, *last = "", *lastl = "", *ans, *v;
	size_t r, len;
	int a, cans = sec_col(s, "answer");

	for (r = 0; r < s->t.nrows; r++) {
		cap = sec_value(s, r, "capability");
		lvl = sec_value(s, r, "level");
		if (strcmp(cap, last) != 0) {
			fputs(r ? "\n" : "", fp);
			esc_term(fp, cap, strlen(cap));
			fputs("  ", fp);
			v = cap_name(doc, cap);
			esc_term(fp, v, strlen(v));
			putc('\n', fp);
			lastl = "";
		}
		if (strcmp(cap, last) != 0 || strcmp(lvl, lastl) != 0) {
			fprintf(fp, "  %s ", tr(doc, "Level"));
			esc_term(fp, lvl, strlen(lvl));
			putc('\n', fp);
		}
		last = cap;
		lastl = lvl;
		ans = table_value(&s->t, r, cans, &len);
		a = len ? answer_parse(ans, len) : ANS_NONE;
		fputs(a == ANS_YES ? "  [x] " : len ? "  [-] " : "  [ ] ",
		    fp);
		v = sec_value(s, r, "id");
		esc_term(fp, v, strlen(v));
		fputs("  ", fp);
		v = sec_value(s, r, "question");
		esc_term(fp, v, strlen(v));
		if (len > 0) {
			fputs(" (", fp);
			esc_term(fp, ans, len);
			putc(')', fp);
		}
		putc('\n', fp);
	}
}

void
fmt_text(const struct rdoc *doc, FILE *fp)
{
	const struct rsec *s;
	size_t i;
	int t = doc->o.tlp;

	if (t != TLP_NONE) {
		fprintf(fp, "%s%s%s\n\n", doc->o.colour ? ansi[t] : "",
		    tlp_label(t), doc->o.colour ? "\033[0m" : "");
	}
	if (doc->o.title != NULL) {
		heading(doc, fp, doc->o.title);
		putc('\n', fp);
	}
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (i > 0)
			putc('\n', fp);
		if (doc->nsec > 1) {
			heading(doc, fp, s->title);
			putc('\n', fp);
		}
		if (s->m.kind == TK_TEMPLATE)
			checklist(doc, s, fp);
		else
			table(doc, s, fp);
	}
}
