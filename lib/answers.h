/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * answers.h: the answer vocabulary, and consensus among respondents.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ANSWERS_H
#define ISAC_ANSWERS_H

#include <stddef.h>

enum answer {
	ANS_NONE,		/* unanswered */
	ANS_YES,
	ANS_NO,
	ANS_PARTIAL,
	ANS_NA,
	ANS_N
};
enum consensus {
	CONS_MAJORITY,
	CONS_ALL,
	CONS_ANY
};
int	 answer_parse(const char *, size_t);
const char *answer_name(enum answer);
const char *answer_word(enum answer, const char *);
int	 consensus_parse(const char *);
enum answer consensus(const unsigned long[ANS_N], enum consensus);

#endif
