/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-text.c: tables for a terminal, in columns aligned by display
 * width, so that Dutch accents and wide characters line up, and fitted
 * to the terminal's width (the document's: COLUMNS, else the terminal,
 * else 80) by wrapping long cells at their words.  A blank checklist is
 * a list of questions with a box each, the questions wrapped likewise; a
 * guide is headings with its texts and lists wrapped under them.
 * Colour, when asked for, is the TLP label in its colour and the
 * headers in bold; control characters in the data never reach the
 * terminal.
 */
#include <stdint.h>
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

/* Is c a space between words (a line end in a field shows as one)? */
static int
blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The length of the character at s (n bytes); *w the columns it takes. */
static size_t
char_width(const char *s, size_t n, size_t *w)
{
	unsigned long cp;
	size_t k = utf8_decode(s, n, &cp);

	*w = esc_term_width(s, k);
	return k;
}

/* The widest word of s: the narrowest its column should be. */
static size_t
widest_word(const char *s)
{
	size_t i = 0, cw, w = 0, max = 0, len = strlen(s);

	while (i < len) {
		if (blank((unsigned char)s[i])) {
			w = 0;
			i++;
			continue;
		}
		i += char_width(s + i, len - i, &cw);
		if ((w += cw) > max)
			max = w;
	}
	return max;
}

/*
 * The next line of s (len bytes) from byte from, at most width columns:
 * whole words while they fit, or as much of a word wider than a line
 * as fits, one character at least.  The spaces where it breaks are left
 * out.  Returns where the line starts; it ends at *end.
 */
static size_t
next_line(const char *s, size_t len, size_t from, size_t width, size_t *end)
{
	size_t start = from, i, j, k, n, cw, col = 0, word, space, room;

	while (start < len && blank((unsigned char)s[start]))
		start++;
	*end = start;
	for (i = start; i < len; i = j) {
		for (space = 0, k = i; k < len && blank((unsigned char)s[k]);
		    k++)
			space++;
		if (k == len)
			break;
		room = *end == start ? width : col + space < width ?
		    width - col - space : 0;
		/* the word, as far as it fits: never more than a line */
		for (word = 0, j = k; j < len && !blank((unsigned char)s[j]);
		    j += n) {
			n = char_width(s + j, len - j, &cw);
			if (word + cw > room)
				break;
			word += cw;
		}
		if (j < len && !blank((unsigned char)s[j])) {
			/* it does not: a word wider than a line is cut */
			if (*end == start)
				*end = j > k ? j : k + char_width(s + k,
				    len - k, &cw);
			break;
		}
		col += (*end != start ? space : 0) + word;
		*end = j;
	}
	return start;
}

/* Is there more of s (len bytes) than blanks? */
static int
more(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!blank((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * The narrowest a column may be: its widest word, or all of it when
 * that is narrower, but no more than cap.
 */
static size_t
least(size_t nat, size_t word, size_t cap)
{
	size_t n = word < nat ? word : nat;

	if (n > cap)
		n = cap;
	return n > 0 ? n : 1;
}

/*
 * The most that any column's least width may be for the columns to fit
 * in avail: as much as their widest words when those fit, else only the
 * widest words are cut; and never half the line, so that one word longer
 * than a line (an address, a hash) does not starve the other columns.
 * A binary search, as in fit.
 */
static size_t
least_cap(size_t nc, const size_t *nat, const size_t *word, size_t avail)
{
	size_t c, lo = 1, hi = avail / 2 > 1 ? avail / 2 : 1, mid, sum;

	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		for (sum = 0, c = 0; c < nc; c++)
			sum += least(nat[c], word[c], mid);
		if (sum <= avail)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/*
 * Widths by water: every column as wide as it needs up to a level, no
 * narrower than its least width; the highest level at which all fit.
 */
static void
level(size_t nc, const size_t *nat, const size_t *word, size_t cap,
    size_t *w, size_t avail)
{
	size_t c, sum, lo = 0, hi = avail, mid, n;

	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		for (sum = 0, c = 0; c < nc; c++) {
			n = least(nat[c], word[c], cap);
			sum += nat[c] <= mid ? nat[c] : n > mid ? n : mid;
		}
		if (sum <= avail)
			lo = mid;
		else
			hi = mid - 1;
	}
	for (c = 0; c < nc; c++) {
		n = least(nat[c], word[c], cap);
		w[c] = nat[c] <= lo ? nat[c] : n > lo ? n : lo;
	}
}

/* The part of rem that x of all is, rounded down, without overflow. */
static size_t
part(size_t rem, size_t x, size_t all)
{
	return (size_t)((unsigned long long)rem * x / all);
}

/*
 * Widths in proportion: the columns narrower than an even share keep
 * what they need; the others share the rest in proportion to what they
 * need, so that the longest texts get the most room and the rows the
 * fewest lines, none narrower than its least width.  0 when the least
 * widths of the wide ones do not fit beside the narrow ones.
 */
static int
share(size_t nc, const size_t *nat, const size_t *word, size_t cap,
    size_t *w, size_t avail)
{
	size_t c, rem, k, need, n;
	int changed;

	for (c = 0; c < nc; c++)
		w[c] = 0;		/* 0: wide, its width not yet known */
	do {
		changed = 0;
		for (rem = avail, k = 0, c = 0; c < nc; c++)
			if (w[c] > 0)
				rem -= w[c];
			else
				k++;
		for (c = 0; c < nc; c++)
			if (w[c] == 0 && nat[c] * k <= rem) {
				w[c] = nat[c];
				changed = 1;
			}
	} while (changed);
	/* the wide ones: in proportion, those below their least pinned */
	for (c = 0; c < nc; c++)
		if (w[c] == 0)
			w[c] = SIZE_MAX;	/* wide, not pinned */
	do {
		changed = 0;
		for (rem = avail, need = 0, c = 0; c < nc; c++)
			if (w[c] == SIZE_MAX)
				need += nat[c];
			else if (w[c] > rem)
				return 0;
			else
				rem -= w[c];
		for (c = 0; c < nc && need > 0; c++) {
			if (w[c] != SIZE_MAX)
				continue;
			n = least(nat[c], word[c], cap);
			if (part(rem, nat[c], need) < n) {
				w[c] = n;
				changed = 1;
				break;
			}
		}
	} while (changed);
	for (c = 0; c < nc; c++)
		if (w[c] == SIZE_MAX) {
			n = part(rem, nat[c], need);
			w[c] = n < nat[c] ? n : nat[c];
		}
	return 1;
}

/*
 * The widths of the columns in w: what they need (nat), where the table
 * fits in width (0: any); else narrower, in proportion (share), or else
 * by level, never narrower than a column's widest word (word) while the
 * words fit.  Returns whether any is narrower than it needs.
 */
static int
fit(size_t nc, const size_t *nat, const size_t *word, size_t *w,
    size_t width)
{
	size_t c, sum = 0, avail, cap;

	avail = width > GAP * (nc - 1) + nc ? width - GAP * (nc - 1) : nc;
	for (c = 0; c < nc; c++)
		sum += w[c] = nat[c];
	if (width == 0 || sum <= avail)
		return 0;
	cap = least_cap(nc, nat, word, avail);
	if (!share(nc, nat, word, cap, w, avail))
		level(nc, nat, word, cap, w, avail);
	for (sum = 0, c = 0; c < nc; c++)
		sum += w[c];
	/* what is left over, a column each, to the first that want it */
	for (c = 0; c < nc && sum < avail; c++)
		if (w[c] < nat[c]) {
			w[c]++;
			sum++;
		}
	return 1;
}

/*
 * Row r (SIZE_MAX: the header) as lines of its cells, each column's
 * cell wrapped to its width w[c]; at[c] is where each cell goes on,
 * len[c] its length.  A column is padded only when text follows it on
 * the line: no line ends in spaces.  Each line costs the length of what
 * it shows, so that a huge cell in a narrow column takes linear time.
 */
static void
row(const struct rdoc *doc, const struct rsec *s, size_t r, FILE *fp,
    const size_t *w, size_t *at, size_t *len, size_t nc)
{
	char buf[256];
	const char *v;
	size_t c, x, start, end, pending;
	int again, first = 1;

	do {
		again = 0;
		pending = 0;
		for (c = 0; c < nc; c++) {
			v = r == SIZE_MAX ? view_head(doc, s, c, buf,
			    sizeof(buf)) : view_cell(doc, s, r, c, buf,
			    sizeof(buf));
			if (first) {
				len[c] = strlen(v);
				at[c] = 0;
			}
			if (first && esc_term_width(v, len[c]) <= w[c]) {
				start = 0;
				end = len[c];
			} else
				start = next_line(v, len[c], at[c], w[c], &end);
			if (end > start) {
				pad(fp, pending);
				pending = 0;
			}
			x = esc_term(fp, v + start, end - start);
			if (more(v + end, len[c] - end)) {
				at[c] = end;
				again = 1;
			} else
				at[c] = len[c];
			pending += (w[c] > x ? w[c] - x : 0) + GAP;
		}
		putc('\n', fp);
		first = 0;
	} while (again);
}

static void	 hanging(const struct rdoc *, FILE *, const char *, size_t,
		    size_t);

/*
 * Would the widths w cut the words of a column?  A word up to WORDCUT
 * wide is a word a reader needs whole; a longer one, an address or a
 * compound, may be cut anyway.
 */
#define WORDCUT	12
static int
cuts_words(size_t nc, const size_t *word, const size_t *w)
{
	size_t c;

	for (c = 0; c < nc; c++)
		if (w[c] < (word[c] < WORDCUT ? word[c] : WORDCUT))
			return 1;
	return 0;
}

/*
 * A table too wide for its columns to keep their words, a record at a
 * time: each row a block of lines, a column's title and its value,
 * the values wrapped beside the titles; an empty cell is left out, and
 * a blank line parts the rows.
 */
static void
records(const struct rdoc *doc, const struct rsec *s, FILE *fp, size_t nc)
{
	char buf[256], hb[256];
	const char *v, *h;
	size_t r, c, x, key = 0, width = (size_t)doc->o.width;

	for (c = 0; c < nc; c++) {
		h = view_head(doc, s, c, hb, sizeof(hb));
		if ((x = esc_term_width(h, strlen(h))) > key)
			key = x;
	}
	if (key > width / 3)
		key = width / 3;
	for (r = 0; r < s->t.nrows; r++) {
		fputs(r > 0 ? "\n" : "", fp);
		for (c = 0; c < nc; c++) {
			v = view_cell(doc, s, r, c, buf, sizeof(buf));
			if (*v == '\0')
				continue;
			h = view_head(doc, s, c, hb, sizeof(hb));
			if (doc->o.colour)
				fputs("\033[1m", fp);
			x = esc_term(fp, h, strlen(h));
			if (doc->o.colour)
				fputs("\033[0m", fp);
			if (x > key) {
				putc('\n', fp);
				x = 0;
			}
			pad(fp, key - x + GAP);
			hanging(doc, fp, v, strlen(v), key + GAP);
		}
	}
}

/*
 * A table in columns aligned by display width, fitted to the width of
 * the document (the terminal's) by wrapping long cells at their words:
 * a row is then several lines, and a blank line parts the rows.  Where
 * the columns would be too narrow to keep their words, a record at a
 * time instead (records).
 */
static void
table(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	static size_t nat[CSV_COLS_MAX + 8], word[CSV_COLS_MAX + 8];
	static size_t w[CSV_COLS_MAX + 8], at[CSV_COLS_MAX + 8];
	static size_t len[CSV_COLS_MAX + 8];
	size_t nc = view_cols(s), r, c, x;
	char buf[256];
	const char *v;
	int wrapped;

	for (c = 0; c < nc; c++) {
		v = view_head(doc, s, c, buf, sizeof(buf));
		nat[c] = esc_term_width(v, strlen(v));
		word[c] = widest_word(v);
		for (r = 0; r < s->t.nrows; r++) {
			v = view_cell(doc, s, r, c, buf, sizeof(buf));
			if ((x = esc_term_width(v, strlen(v))) > nat[c])
				nat[c] = x;
			if ((x = widest_word(v)) > word[c])
				word[c] = x;
		}
	}
	wrapped = fit(nc, nat, word, w, (size_t)doc->o.width);
	if (wrapped && cuts_words(nc, word, w) && doc->o.width >= 40) {
		records(doc, s, fp, nc);
		return;
	}
	if (doc->o.colour)
		fputs("\033[1m", fp);
	row(doc, s, SIZE_MAX, fp, w, at, len, nc);
	if (doc->o.colour)
		fputs("\033[0m", fp);
	for (r = 0; r < s->t.nrows; r++) {
		if (wrapped)
			putc('\n', fp);
		row(doc, s, r, fp, w, at, len, nc);
	}
}

/*
 * Text s (len bytes) from column indent on, wrapped at the document's
 * width, each line after the first indented as far; then a line end.
 * Where the width leaves too little room, one line.
 */
static void
hanging(const struct rdoc *doc, FILE *fp, const char *s, size_t len,
    size_t indent)
{
	size_t width = (size_t)doc->o.width, at = 0, start, end;

	if (width == 0 || indent + 20 > width ||
	    indent + esc_term_width(s, len) <= width) {
		esc_term(fp, s, len);
		putc('\n', fp);
		return;
	}
	do {
		start = next_line(s, len, at, width - indent, &end);
		if (at > 0)
			pad(fp, indent);
		esc_term(fp, s + start, end - start);
		putc('\n', fp);
		at = end;
	} while (more(s + at, len - at));
}

/* The blank checklist: per capability and level, a box per question. */
static void
checklist(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const char *cap, *lvl, *last = "", *lastl = "", *ans, *v;
	struct strbuf b;
	size_t r, len, x;
	int a, cans = sec_col(s, "answer");

	sb_init(&b);
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
		x = 6 + esc_term(fp, v, strlen(v)) + 2;
		fputs("  ", fp);
		/* the question and the answer, wrapped as one */
		sb_reset(&b);
		sb_add(&b, sec_value(s, r, "question"));
		if (len > 0) {
			sb_add(&b, " (");
			sb_addn(&b, ans, len);
			sb_addc(&b, ')');
		}
		if (sb_failed(&b)) {
			v = sec_value(s, r, "question");
			esc_term(fp, v, strlen(v));
			putc('\n', fp);
		} else
			hanging(doc, fp, sb_str(&b), b.len, x);
	}
	sb_free(&b);
}

/* A line under a capability's name, as wide as it. */
static void
rule(FILE *fp, size_t w)
{
	putc('\n', fp);
	while (w-- > 0)
		putc('-', fp);
	putc('\n', fp);
}

/*
 * A guide (view-guide.c): a capability's name underlined, its texts
 * wrapped, a level and a kind's heading indented under it, each item a
 * dash with its lines hung after it.
 */
static void
guide(const struct rdoc *doc, const struct rsec *s, FILE *fp)
{
	const struct uview *v = s->uv;
	const struct gnode *g;
	size_t in = 0, x;

	for (g = v->n; g < v->n + v->nn; g++) {
		switch (g->type) {
		case GN_CAP:
			fputs(g == v->n ? "" : "\n", fp);
			x = esc_term(fp, g->text, strlen(g->text));
			if (strcmp(g->text, g->code) != 0) {
				fputs(" (", fp);
				x += 3 + esc_term(fp, g->code, strlen(g->code));
				putc(')', fp);
			}
			rule(fp, x);
			break;
		case GN_LEVEL:
			fprintf(fp, "\n%s ", tr(doc, "Level"));
			esc_term(fp, g->text, strlen(g->text));
			putc('\n', fp);
			break;
		case GN_KIND:
			in = g->depth > 1 ? 2 : 0;
			fputs(in ? "  " : "\n", fp);
			esc_term(fp, g->text, strlen(g->text));
			putc('\n', fp);
			break;
		case GN_PARA:
			hanging(doc, fp, g->text, strlen(g->text), 0);
			break;
		default:
			pad(fp, in + 2);
			fputs("- ", fp);
			x = in + 4;
			if (*g->code != '\0') {
				x += esc_term(fp, g->code, strlen(g->code)) + 2;
				fputs("  ", fp);
			}
			hanging(doc, fp, g->text, strlen(g->text), x);
		}
	}
}

void
fmt_text(const struct rdoc *doc, FILE *fp)
{
	const struct rsec *s;
	size_t i;
	int t = doc->o.tlp;

	if (doc->o.year != 0)
		report_text(doc, fp);	/* the annual report's (fmt-report.c) */
	else if (t != TLP_NONE) {
		fprintf(fp, "%s%s%s\n\n", doc->o.colour ? ansi[t] : "",
		    tlp_label(t), doc->o.colour ? "\033[0m" : "");
	}
	if (doc->o.title != NULL && doc->o.year == 0) {
		heading(doc, fp, doc->o.title);
		putc('\n', fp);
	}
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		if (i > 0)
			putc('\n', fp);
		if (doc->nsec > 1 || doc->o.year != 0) {
			heading(doc, fp, s->title);
			putc('\n', fp);
		}
		if (s->m.kind == TK_TEMPLATE)
			checklist(doc, s, fp);
		else if (s->m.kind == TK_GUIDE)
			guide(doc, s, fp);
		else
			table(doc, s, fp);
	}
}
