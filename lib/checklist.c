/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * checklist.c: the blank checklist as a workbook to fill in, .xlsx or
 * .ods (isac-score -T -f xlsx): the template's columns (tables.c) with
 * a respondent and a note, titled in the form's language, one row per
 * question in the model's order, a thick line where a capability begins
 * and a thin one where a level does.
 *
 * The sheet stays a plain table, its header the first row, so that a
 * filled copy reads back as the same answers in CSV would: the title
 * and the TLP label are in the document's properties and on every
 * printed page, not in rows above the header.  Every cell is locked but
 * those a member fills in (answer, respondent, note, and the label when
 * there is a tlp column); the answer has a drop-down of the four answers
 * in the form's language.  An answers file names the respondent on
 * every row or on none (tally.c), and a person would rather type it
 * once: so it is typed in the first row, and every row below shows it
 * through a formula, whose value the spreadsheet saves with the file.
 * Left empty, it is empty on every row, and the file is the respondent.
 *
 * With previous answers, the latest period's answer and notes stand
 * beside (locked), and the tlp column the CSV template has carries each
 * row's label.  The form's label is the strictest of that and the label
 * asked for.
 */
#include <stdlib.h>
#include <string.h>

#include "wbook.h"

enum { K_ID, K_CAP, K_LEVEL, K_QUESTION, K_ANSWER, K_RESP, K_NOTE, K_PREV,
    K_PREVNOTE, K_TLP, K_N };

/* Titles a person reads, which colname.c reads back as the columns. */
static const char *const title[K_N][2] = {
	{ "Id", "Nr" }, { "Capability", "Capaciteit" }, { "Level", "Niveau" },
	{ "Question", "Vraag" }, { "Answer", "Antwoord" },
	{ "Respondent", "Deelnemer" }, { "Note", "Toelichting" },
	{ "Previous", "Vorig" }, { "Previous note", "Vorige toelichting" },
	{ "tlp", "tlp" },
};
static const double width[K_N] = { 10, 12, 8, 60, 11, 22, 40, 11, 40, 18 };

static const char *const answers[2][ANS_N] = {
	{ "yes", "no", "partial", "n/a", NULL },
	{ "ja", "nee", "deels", "n.v.t.", NULL },
};
static const char *const prompt[2] = { "yes, no, partial or n/a",
    "ja, nee, deels of n.v.t." };
static const char *const who[2] = {
    "Your organisation, once: the rows below show it.",
    "Uw organisatie, eenmaal: de rijen eronder nemen die over." };
static const char *const labels[] = { "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER",
    "TLP:AMBER+STRICT", "TLP:RED", NULL };

struct form {
	const struct model *m;
	const struct tally *prev;	/* or NULL */
	size_t		 last;		/* its latest period */
	enum consensus	 rule;
	int		 nl;
	int		 tlp;		/* asked for */
	int		 kind[K_N];	/* by the sheet's column */
	struct strbuf	*b;		/* a cell's text */
	char		*num;
};

/* The answer in the form's words, those of its drop-down. */
static const char *
word(const struct form *f, enum answer a)
{
	return a == ANS_NONE ? "" : answers[f->nl][a - 1];
}

static const char *
cell(const void *arg, size_t r, size_t c)
{
	const struct form *f = arg;
	const struct question *q = &f->m->q[r];

	switch (f->kind[c]) {
	case K_ID:
		return q->id;
	case K_CAP:
		return f->m->cap[q->cap].code;
	case K_LEVEL:
		snprintf(f->num, 16, "%d", q->level);
		return f->num;
	case K_QUESTION:
		return q->text;
	case K_PREV:
		return word(f, consensus(tally_votes(f->prev, f->last, r),
		    f->rule));
	case K_PREVNOTE:
		sb_reset(f->b);
		tally_note(f->prev, f->last, r, f->b);
		return sb_failed(f->b) ? NULL : sb_str(f->b);
	case K_TLP:
		return tlp_label(tlp_max(f->tlp, f->prev == NULL ? TLP_NONE :
		    tally_label(f->prev, f->last, r)));
	default:
		return "";
	}
}

/* A line above the row where a capability, or a level, begins. */
static int
lines(const void *arg, size_t r)
{
	const struct form *f = arg;
	const struct question *q = &f->m->q[r];

	if (r == 0)
		return 0;
	if (q->cap != q[-1].cap)
		return WS_GROUP;
	return q->level != q[-1].level ? WS_LEVEL : 0;
}

static void
column(struct wsheet *s, struct form *f, int k)
{
	struct wcol *col = &s->col[s->ncols];

	f->kind[s->ncols++] = k;
	col->head = title[k][f->nl];
	col->width = width[k];
	col->type = k == K_LEVEL ? WT_NUM : WT_TEXT;
	if (k == K_QUESTION || k == K_NOTE || k == K_PREVNOTE)
		col->style |= WS_WRAP;
	if (k == K_ANSWER || k == K_RESP || k == K_NOTE || k == K_TLP)
		col->style |= WS_OPEN;
	if (k == K_ANSWER) {
		col->list = answers[f->nl];
		col->prompt = prompt[f->nl];
	} else if (k == K_RESP) {
		col->once = 1;
		col->prompt = who[f->nl];
	} else if (k == K_TLP)
		col->list = labels;
}

/* The form's label: the one asked for, or a stricter one of its rows. */
static int
form_label(const struct form *f)
{
	size_t q;
	int l = f->tlp;

	for (q = 0; f->prev != NULL && q < f->m->nq; q++)
		l = tlp_max(l, tally_label(f->prev, f->last, q));
	return l;
}

/*
 * The fillable checklist of model m, as fmt (RF_XLSX or RF_ODS), to fp;
 * prev (may be NULL) the answers to show beside, tlp the label asked
 * for (TLP_NONE: none).
 */
int
checklist_write(FILE *fp, int fmt, const struct model *m,
    const struct tally *prev, enum consensus rule, const char *lang,
    int tlp, struct diag *d)
{
	struct wcol col[K_N];
	struct wsheet s;
	struct wbook b;
	struct form f;
	struct strbuf sb;
	char num[16];
	int k, rc;

	memset(&f, 0, sizeof(f));
	memset(&s, 0, sizeof(s));
	memset(col, 0, sizeof(col));
	sb_init(&sb);
	f.m = m;
	f.prev = prev;
	f.last = prev != NULL ? tally_nperiods(prev) - 1 : 0;
	f.rule = rule;
	f.nl = strcmp(lang, "nl") == 0;
	f.tlp = tlp;
	f.b = &sb;
	f.num = num;
	s.col = col;
	for (k = K_ID; k <= K_NOTE; k++)
		column(&s, &f, k);
	if (prev != NULL) {
		column(&s, &f, K_PREV);
		column(&s, &f, K_PREVNOTE);
	}
	if (tlp != TLP_NONE || (prev != NULL && tally_labelled(prev)))
		column(&s, &f, K_TLP);
	s.nrows = m->nq;
	s.arg = &f;
	s.cell = cell;
	s.rule = lines;
	s.protect = 1;
	memset(&b, 0, sizeof(b));
	b.sheet = &s;
	b.n = 1;
	b.title = vocab_kind(TK_TEMPLATE, f.nl);
	b.lang = lang;
	b.label = form_label(&f);
	if ((s.name = strdup(b.title)) == NULL)
		return diag_nomem(d, NULL);
	rc = wb_epoch(&b.epoch, d) == -1 || wb_prepare(&b, d) == -1 ? -1 :
	    fmt == RF_ODS ? wb_ods(&b, fp, d) : wb_xlsx(&b, fp, d);
	free(s.name);
	sb_free(&sb);
	return rc;
}
