/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tables.c: every table the toolkit writes, declared once.
 *
 * A kind is its columns in order, with English names (the header a
 * program writes), which may be left out and which are numbers.  Their
 * Dutch titles, which a header for people carries (--excel -l nl) and
 * every reader accepts, and each kind's section heading are words of
 * the vocabulary (vocab.c).  Every kind may carry a tlp column: a writer puts it
 * last when a labelled row contributed; a reader finds it anywhere.
 * The writers (report.c, gaptab.c, plantab.c, rostertab.c, respond.c)
 * write their headers from here, kind.c recognises a table by the same
 * lists, and isac-render's views find their columns through kind.c's
 * map.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

static const struct tdecl decls[TK_N] = {
	[TK_TABLE] = { "table", { { NULL, 0 } } },
	[TK_SCORE] = { "score", {
		{ "period", TC_OPT }, { "capability", 0 },
		{ "level", TC_NUM }, { "yes_L", TC_LEVELS | TC_NUM },
		{ "unanswered", TC_NUM }, { "missing", TC_OPT },
		{ NULL, 0 } } },
	[TK_TEMPLATE] = { "template", {
		{ "id", 0 }, { "capability", 0 }, { "level", TC_NUM },
		{ "question", 0 }, { "answer", 0 }, { "respondent", TC_OPT },
		{ "note", TC_OPT }, { "previous", TC_OPT },
		{ "previous_note", TC_OPT }, { "previous_check", TC_OPT },
		{ NULL, 0 } } },
	[TK_ANSWERS] = { "answers", {
		{ "period", TC_ANY | TC_OPT }, { "respondent", TC_ANY | TC_OPT },
		{ "id", TC_ANY }, { "answer", TC_ANY },
		{ "note", TC_ANY | TC_OPT }, { NULL, 0 } } },
	[TK_DISAGREE] = { "disagreements", {
		{ "period", TC_OPT }, { "id", 0 }, { "yes", TC_NUM },
		{ "no", TC_NUM }, { "partial", TC_NUM }, { "n/a", TC_NUM },
		{ "unanswered", TC_NUM }, { "question", 0 },
		{ "notes", TC_OPT }, { NULL, 0 } } },
	[TK_GAP] = { "gap", {
		{ "period", TC_OPT }, { "capability", 0 }, { "level", TC_NUM }, { "id", 0 },
		{ "answer", 0 }, { "question", 0 }, { "note", TC_OPT },
		{ NULL, 0 } } },
	[TK_GAPSUM] = { "gap summary", {
		{ "period", TC_OPT }, { "capability", 0 }, { "current", TC_NUM },
		{ "target", TC_NUM }, { "gap", TC_NUM }, { NULL, 0 } } },
	[TK_CHANGES] = { "changes", {
		{ "capability", 0 }, { "level", TC_NUM }, { "id", 0 },
		{ "from", 0 }, { "to", 0 }, { "question", 0 },
		{ NULL, 0 } } },
	[TK_CHANGESUM] = { "changes summary", {
		{ "capability", 0 }, { "from", TC_NUM }, { "to", TC_NUM },
		{ "change", 0 }, { NULL, 0 } } },
	[TK_PLAN] = { "plan", {
		{ "step", TC_NUM }, { "capability", 0 }, { "level", TC_NUM },
		{ "reaches", TC_NUM }, { "id", 0 }, { "action", 0 },
		{ "guidance", 0 }, { "owner", 0 }, { "status", 0 },
		{ "start", TC_OPT }, { "end", TC_OPT }, { "note", TC_OPT },
		{ NULL, 0 } } },
	[TK_PHASES] = { "phase template", {
		{ "phase", 0 }, { "step", 0 }, { "action", 0 },
		{ "guidance", 0 }, { NULL, 0 } } },
	[TK_ROSTER] = { "roster", {
		{ "org", TC_ANY }, { "name", TC_ANY }, { "email", TC_ANY },
		{ "role", TC_ANY }, { "rep", TC_ANY }, { NULL, 0 } } },
	[TK_FINDINGS] = { "roster findings", {
		{ "severity", 0 }, { "rule", 0 }, { "org", 0 },
		{ "name", 0 }, { "message", 0 }, { NULL, 0 } } },
	[TK_MEETINGS] = { "meetings", {
		{ "date", 0 }, { "agenda_due", 0 }, { "host", 0 },
		{ "venue", TC_OPT }, { "topics", TC_OPT }, { NULL, 0 } } },
	[TK_ATTENDANCE] = { "attendance", {
		{ "org", 0 }, { "meetings", TC_NUM }, { "attended", TC_NUM },
		{ "rate", 0 }, { "longest_absence", TC_NUM },
		{ "flagged", 0 }, { "substitute_present", TC_OPT | TC_NUM },
		{ NULL, 0 } } },
	[TK_REPATT] = { "representatives' attendance", {
		{ "org", 0 }, { "name", 0 }, { "meetings", TC_NUM },
		{ "attended", TC_NUM }, { "rate", 0 },
		{ "below_minimum", TC_OPT }, { NULL, 0 } } },
	[TK_ADMISSION] = { "admission", {
		{ "candidate", 0 }, { "representative", TC_OPT },
		{ "decision", 0 }, { "missing", 0 }, { NULL, 0 } } },
	[TK_TERMS] = { "terms", {
		{ "role", 0 }, { "org", 0 }, { "name", 0 }, { "since", 0 },
		{ "term_end", 0 }, { NULL, 0 } } },
	[TK_MAILING] = { "mailing list", {
		{ "name", 0 }, { "email", 0 }, { NULL, 0 } } },
	[TK_DUE] = { "due", {
		{ "due", 0 }, { "kind", 0 }, { "subject", 0 }, { "who", 0 },
		{ "message", 0 }, { NULL, 0 } } },
	[TK_EVALUATION] = { "evaluation", {
		{ "period", 0 }, { "question", 0 }, { "guidance", 0 },
		{ "answer", 0 }, { "org", 0 }, { "meetings", TC_NUM },
		{ "attended", TC_NUM }, { "rate", 0 }, { "absent", 0 },
		{ "brings", 0 }, { "takes", 0 }, { NULL, 0 } } },
	[TK_RETURNS] = { "checklist returns", {
		{ "period", TC_OPT }, { "org", 0 }, { "name", 0 },
		{ "respondent", 0 }, { "answered", TC_NUM },
		{ "unanswered", TC_NUM }, { "checklist", 0 }, { NULL, 0 } } },
	[TK_DISRESP] = { "disagreements by respondent", {
		{ "period", TC_OPT }, { "id", 0 }, { "respondent", 0 },
		{ "answer", 0 }, { "note", 0 }, { "question", 0 },
		{ NULL, 0 } } },
	[TK_GUIDE] = { "guide", {
		{ "capability", 0 }, { "level", 0 }, { "kind", 0 },
		{ "id", TC_OPT }, { "text", 0 }, { NULL, 0 } } },
	/* Kept by hand: the year's topics (Jaarplanning), any order. */
	[TK_TOPICS] = { "topics", {
		{ "topic", TC_ANY }, { "owner", TC_ANY },
		{ "meeting", TC_ANY | TC_OPT }, { "speaker", TC_ANY | TC_OPT },
		{ "host", TC_ANY | TC_OPT }, { NULL, 0 } } },
	[TK_AGENDA] = { "agenda", {
		{ "meeting", 0 }, { "number", 0 }, { "item", 0 },
		{ "owner", 0 }, { "speaker", 0 }, { "minuted", 0 },
		{ NULL, 0 } } },
	[TK_MINUTES] = { "minutes", {
		{ "meeting", 0 }, { "number", 0 }, { "item", 0 },
		{ "owner", 0 }, { "minutes", 0 }, { NULL, 0 } } },
	/* Kept by hand: the actions agreed at meetings, any order. */
	[TK_ACTIONS] = { "actions", {
		{ "action", TC_ANY }, { "owner", TC_ANY }, { "status", TC_ANY },
		{ "meeting", TC_ANY | TC_OPT }, { "date", TC_ANY | TC_OPT },
		{ "end", TC_ANY | TC_OPT }, { "note", TC_ANY | TC_OPT },
		{ NULL, 0 } } },
};

/* The declaration of kind k; that of a plain table for anything else. */
const struct tdecl *
tab_decl(int k)
{
	return &decls[k >= 0 && k < TK_N ? k : TK_TABLE];
}

/* The number of kind k's column called name, or -1. */
int
tab_colno(int k, const char *name)
{
	const struct tcol *c = tab_decl(k)->col;
	int i;

	for (i = 0; c[i].name != NULL; i++)
		if (strcmp(c[i].name, name) == 0)
			return i;
	return -1;
}

/* The bit that says, to tab_header, that kind k's column name is there. */
unsigned
tab_with(int k, const char *name)
{
	int i = tab_colno(k, name);

	return i < 0 ? 0 : 1u << i;
}

/* Column name's title in w's header: the name, or its Dutch title. */
static void
title(struct out *w, const char *name)
{
	char buf[VOCAB_COL_MAX];

	out_field(w, vocab_col(name, w->nl, buf, sizeof(buf)));
}

/*
 * The header of a table of kind k: its columns in order, the optional
 * ones only when their bit is in with, nlevels pairs for a score's
 * levels, and tlp last when labelled; in English, or with the Dutch
 * titles when w is for people who read Dutch.
 */
void
tab_header(struct out *w, int k, unsigned with, int nlevels, int labelled)
{
	const struct tcol *c = tab_decl(k)->col;
	char name[32];
	int i, l;

	for (i = 0; c[i].name != NULL; i++) {
		if ((c[i].flags & TC_OPT) && !(with & (1u << i)))
			continue;
		if (!(c[i].flags & TC_LEVELS)) {
			title(w, c[i].name);
			continue;
		}
		for (l = 1; l <= nlevels; l++) {
			snprintf(name, sizeof(name), "yes_%d", l);
			title(w, name);
			snprintf(name, sizeof(name), "applicable_%d", l);
			title(w, name);
		}
	}
	if (labelled)
		title(w, "tlp");
	out_end(w);
}

/* A row's tlp field, when the table has that column: "" for no label. */
void
tab_tlp(struct out *w, int labelled, int label)
{
	if (labelled)
		out_field(w, label == TLP_NONE ? "" : tlp_label(label));
}
