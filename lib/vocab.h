/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * vocab.h: the words of the toolkit's documents and spreadsheets, in
 * English and in Dutch, all in one place (vocab.c): column titles,
 * section headings, phrases, value words, weekdays and months, and
 * what a roster finding says.  Reading keeps its own, more lenient word
 * lists (answers.c, plan.c, roster-read.c, colname.c), which accept
 * every word written here.
 */
#ifndef VOCAB_H
#define VOCAB_H

#include <stddef.h>

struct strbuf;

/* The classes of value words; a value is its enum's (isac.h). */
enum vclass {
	VW_ANSWER,		/* enum answer */
	VW_STATUS,		/* PLAN_OPEN ... PLAN_REOPENED */
	VW_SEVERITY,		/* 0 error, 1 warning */
	VW_DECISION,		/* enum decision */
	VW_YESNO,		/* 0 no, 1 yes */
	VW_ROLE,		/* enum role */
	VW_REP,			/* enum rep */
	VW_RETURN,		/* enum rreturn (respond.h) */
	VW_GUIDE,		/* enum gkind (guide.h) */
	VW_DUE,			/* enum duekind (due.h) */
	VW_N
};

/* A column title written in a buffer: "van toepassing 9". */
#define VOCAB_COL_MAX	40

int	 vocab_nl(const char *);
const char *vocab_phrase(const char *, int);
const char *vocab_phrase_any(const char *, size_t, int);
const char *vocab_kind(int, int);
const char *vocab_col(const char *, int, char *, size_t);
const char *vocab_col_at(size_t, const char **);
const char *vocab_word(int, int, int);
int	 vocab_value(int, const char *, size_t);
const char *vocab_weekday(int, int);
const char *vocab_month(int, int);
const char *vocab_rule(const char *, size_t, int);
const char *vocab_rule_says(const char *, size_t, int);
int	 vocab_finding(struct strbuf *, const char *, size_t, const char *,
	    size_t, int);

#endif
