/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view-words.c: a section's cells in the document's language.
 *
 * What the tools write in a known column of a known kind is a word of
 * the vocabulary (vocab.c) or a text of the guide: an answer, a plan's
 * status, a finding's severity, rule and message, an admission's
 * decision, yes or no, a role, the kind of a guide's row; an action,
 * guidance, a question.  Such a
 * cell, written by a program in English or typed in either language and
 * in any case, is shown in the document's language.  Anything else, a
 * word the vocabulary does not know, a secretary's own text or column,
 * is kept as written.  A meeting's dates, a plan step's and a term's
 * are shown with their weekday
 * and month in words in the formats people read (text, Markdown, HTML);
 * JSON and the charts keep them as written.
 *
 * The cells are put in the section's rows before any view is made of
 * them, so that every writer shows the same.  The CSV writer, whose
 * output is data to be read again, keeps the rows as written: the
 * dispatcher does not call this for it.
 */
#include <string.h>

#include "render.h"

/* What a cell holds. */
enum {
	W_ANSWER, W_STATUS, W_SEVERITY, W_DECISION, W_YESNO, W_ROLE, W_REP,
	W_RETURN, W_GUIDE, W_DUE, W_PHRASE, W_RULE, W_MESSAGE, W_QUESTION, W_ACTION, W_GUIDANCE,
	W_GUIDETEXT,
	W_DATE
};

/* The columns of words; a finding's message before its rule is changed. */
static const struct {
	int		 kind;
	const char	*col;
	int		 what;
} cols[] = {
	{ TK_TEMPLATE, "answer", W_ANSWER },
	{ TK_TEMPLATE, "previous", W_ANSWER },
	{ TK_TEMPLATE, "question", W_QUESTION },
	{ TK_ANSWERS, "answer", W_ANSWER },
	{ TK_DISAGREE, "question", W_QUESTION },
	{ TK_GAP, "answer", W_ANSWER },
	{ TK_GAP, "question", W_QUESTION },
	{ TK_CHANGES, "from", W_ANSWER },
	{ TK_CHANGES, "to", W_ANSWER },
	{ TK_CHANGES, "question", W_QUESTION },
	{ TK_PLAN, "action", W_ACTION },
	{ TK_PLAN, "guidance", W_GUIDANCE },
	{ TK_PLAN, "status", W_STATUS },
	{ TK_PLAN, "start", W_DATE },
	{ TK_PLAN, "end", W_DATE },
	{ TK_ROSTER, "role", W_ROLE },
	{ TK_ROSTER, "rep", W_REP },
	{ TK_FINDINGS, "message", W_MESSAGE },
	{ TK_FINDINGS, "severity", W_SEVERITY },
	{ TK_FINDINGS, "rule", W_RULE },
	{ TK_MEETINGS, "date", W_DATE },
	{ TK_MEETINGS, "agenda_due", W_DATE },
	{ TK_ATTENDANCE, "flagged", W_YESNO },
	{ TK_EVALUATION, "absent", W_YESNO },
	{ TK_ADMISSION, "decision", W_DECISION },
	{ TK_TERMS, "role", W_ROLE },
	{ TK_RETURNS, "checklist", W_RETURN },
	{ TK_DISRESP, "question", W_QUESTION },
	{ TK_DISRESP, "answer", W_ANSWER },
	{ TK_GUIDE, "kind", W_GUIDE },
	{ TK_GUIDE, "text", W_GUIDETEXT },
	{ TK_TERMS, "since", W_DATE },
	{ TK_TERMS, "term_end", W_DATE },
	{ TK_AGENDA, "meeting", W_DATE },
	{ TK_AGENDA, "minuted", W_YESNO },
	{ TK_MINUTES, "meeting", W_DATE },
	{ TK_AGENDA, "item", W_PHRASE },
	{ TK_MINUTES, "item", W_PHRASE },
	{ TK_MINUTES, "minutes", W_PHRASE },
	{ TK_DUE, "kind", W_DUE },
	{ TK_DUE, "subject", W_ROLE },
	{ TK_DUE, "message", W_MESSAGE },
};

#define NCOLS	(sizeof(cols) / sizeof(cols[0]))

/* The value of class c a cell's word is, by the reader's own lists. */
static int
value(int c, const char *s, size_t len)
{
	int v;

	text_trim(&s, &len);
	if (len == 0)
		return -1;
	switch (c) {
	case VW_ANSWER:
		return (v = answer_parse(s, len)) > ANS_NONE ? v : -1;
	case VW_STATUS:
		return plan_status_parse(s, len);
	case VW_ROLE:
		return roster_role_parse(s, len);
	case VW_REP:
		return (v = roster_rep_parse(s, len)) > REP_NONE ? v : -1;
	default:
		return vocab_value(c, s, len);
	}
}

/* A date "2027-02-02" as "Tuesday 2 February 2027", in the document's. */
static const char *
date_words(struct rdoc *doc, const char *s, struct strbuf *b)
{
	long day;
	int y, m, dd;

	if (date_parse(s, strlen(s), &day) == -1)
		return NULL;
	date_split(day, &y, &m, &dd);
	sb_printf(b, "%s %d %s %d", vocab_weekday(date_weekday(day), doc->nl),
	    dd, vocab_month(m, doc->nl), y);
	return sb_str(b);
}

/* Is the document one people read, whose dates may be words? */
static int
human(const struct rdoc *doc)
{
	return doc->o.fmt == RF_TEXT || doc->o.fmt == RF_MD ||
	    doc->o.fmt == RF_HTML;
}

/*
 * Row r's cell v (of a column holding what) in the document's words,
 * in *out, or NULL to keep it; b is room for one made.  -1 when out of
 * memory.
 */
static int
word(struct rdoc *doc, const struct rsec *s, size_t r, int what,
    const char *v, struct strbuf *b, const char **out)
{
	static const int class[] = { VW_ANSWER, VW_STATUS, VW_SEVERITY,
	    VW_DECISION, VW_YESNO, VW_ROLE, VW_REP, VW_RETURN, VW_GUIDE,
	    VW_DUE };
	const char *rule;
	int k;

	*out = NULL;
	sb_reset(b);
	switch (what) {
	case W_RULE:
		*out = vocab_rule(v, strlen(v), doc->nl);
		return 0;
	case W_PHRASE:
		*out = vocab_phrase_any(v, strlen(v), doc->nl);
		return 0;
	case W_MESSAGE:
		rule = sec_value(s, r, "rule");
		if (vocab_finding(b, rule, strlen(rule), v, strlen(v),
		    doc->nl))
			*out = sb_str(b);
		break;
	case W_QUESTION:
		*out = gt_question(doc, sec_value(s, r, "id"), v);
		return 0;
	case W_ACTION:
		*out = gt_action(doc, sec_value(s, r, "id"), v);
		return 0;
	case W_GUIDANCE:
		return gt_guidance(doc, sec_value(s, r, "capability"),
		    sec_value(s, r, "level"), v, out);
	case W_GUIDETEXT:
		*out = gt_guide_text(doc, sec_value(s, r, "capability"),
		    sec_value(s, r, "kind"), sec_col(s, "id") >= 0 ?
		    sec_value(s, r, "id") : "", v);
		return 0;
	case W_DATE:
		if (human(doc))
			*out = date_words(doc, v, b);
		break;
	default:
		if ((k = value(class[what], v, strlen(v))) >= 0)
			*out = vocab_word(class[what], k, doc->nl);
		return 0;
	}
	if (sb_failed(b))
		return -1;
	if (*out != NULL && (*out = doc_said(doc, *out, b->len)) == NULL)
		return -1;
	return 0;
}

/* Does section s have a column the guide's texts are needed for? */
static int
needs_guide(const struct rsec *s)
{
	size_t i;

	for (i = 0; i < NCOLS; i++)
		if (cols[i].kind == s->m.kind && cols[i].what >= W_QUESTION &&
		    cols[i].what <= W_GUIDETEXT && sec_col(s, cols[i].col) >= 0)
			return 1;
	return 0;
}

/* The cells of section s in the document's language. */
int
sec_words(struct rdoc *doc, struct rsec *s, struct diag *d)
{
	struct strbuf b;
	const char *v;
	size_t i, r;
	int c, rc = 0;

	if (needs_guide(s) && gt_load(doc, d) == -1)
		return -1;
	sb_init(&b);
	for (i = 0; i < NCOLS && rc == 0; i++) {
		if (cols[i].kind != s->m.kind ||
		    (c = sec_col(s, cols[i].col)) < 0)
			continue;
		for (r = 0; r < s->t.nrows && rc == 0; r++) {
			if ((rc = word(doc, s, r, cols[i].what,
			    sec_cell(s, r, c), &b, &v)) == 0 && v != NULL)
				s->t.rows[r].f[c] = v;
		}
	}
	sb_free(&b);
	return rc == 0 ? 0 : diag_nomem(d, s->t.name);
}
