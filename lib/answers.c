/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * answers.c: the answer vocabulary, and consensus among respondents.
 *
 * Answers come from people and spreadsheets in English and Dutch, so the
 * words are compared without case and without surrounding spaces, and
 * the forms Excel writes for booleans (TRUE/FALSE, WAAR/ONWAAR) count.
 */
#include <string.h>

#include "isac.h"

#define W(w, a)	{ w, sizeof(w) - 1, a }

static const struct {
	const char	*word;
	size_t		 len;
	enum answer	 a;
} vocab[] = {		/* by length: the search stops at a longer word */
	W("y", ANS_YES), W("j", ANS_YES), W("1", ANS_YES), W("n", ANS_NO),
	W("0", ANS_NO),
	W("ja", ANS_YES), W("no", ANS_NO), W("na", ANS_NA),
	W("yes", ANS_YES), W("nee", ANS_NO), W("n/a", ANS_NA),
	W("nvt", ANS_NA),
	W("true", ANS_YES), W("waar", ANS_YES), W("n.a.", ANS_NA),
	W("false", ANS_NO), W("deels", ANS_PARTIAL), W("n.v.t", ANS_NA),
	W("onwaar", ANS_NO), W("partly", ANS_PARTIAL), W("n.v.t.", ANS_NA),
	W("partial", ANS_PARTIAL),
	W("partially", ANS_PARTIAL),
	W("gedeeltelijk", ANS_PARTIAL),
	W("not applicable", ANS_NA),
	W("niet van toepassing", ANS_NA),
};

/*
 * The answer the trimmed text s spells: ANS_NONE when empty, -1 when it is
 * no answer.
 */
int
answer_parse(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return ANS_NONE;
	/* The words isac writes itself, as it writes them, come first. */
	if (len == 3 && memcmp(s, "yes", 3) == 0)
		return ANS_YES;
	if (len == 2 && memcmp(s, "no", 2) == 0)
		return ANS_NO;
	if (len == 7 && memcmp(s, "partial", 7) == 0)
		return ANS_PARTIAL;
	if (len == 3 && memcmp(s, "n/a", 3) == 0)
		return ANS_NA;
	for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]) &&
	    vocab[i].len <= len; i++)
		if (vocab[i].len == len && text_ieq(s, len, vocab[i].word))
			return vocab[i].a;
	return -1;
}

/* The answer as the tools write it: yes, no, partial, n/a (vocab.c). */
const char *
answer_name(enum answer a)
{
	return vocab_word(VW_ANSWER, (int)a, 0);
}

/* The answer in the words of a language: ja, nee, deels, nvt in Dutch. */
const char *
answer_word(enum answer a, const char *lang)
{
	return vocab_word(VW_ANSWER, (int)a, vocab_nl(lang));
}

int
consensus_parse(const char *s)
{
	if (strcmp(s, "majority") == 0)
		return CONS_MAJORITY;
	if (strcmp(s, "all") == 0)
		return CONS_ALL;
	if (strcmp(s, "any") == 0)
		return CONS_ANY;
	return -1;
}

/*
 * The ISAC's answer from its respondents' votes.  Votes are yes, no and
 * partial; n/a is an abstention, and a question is n/a only when every
 * respondent who answered it said so.  Whether the votes make a yes is
 * the rule's; a question that is not yes is partial when anybody said
 * yes or partial, else no.  A tie under majority is not a yes.
 */
enum answer
consensus(const unsigned long v[ANS_N], enum consensus rule)
{
	unsigned long voters = v[ANS_YES] + v[ANS_NO] + v[ANS_PARTIAL];
	int yes;

	if (voters == 0)
		return v[ANS_NA] > 0 ? ANS_NA : ANS_NONE;
	switch (rule) {
	case CONS_ALL:
		yes = v[ANS_YES] == voters;
		break;
	case CONS_ANY:
		yes = v[ANS_YES] > 0;
		break;
	default:
		yes = v[ANS_YES] > voters - v[ANS_YES];
		break;
	}
	if (yes)
		return ANS_YES;
	return v[ANS_YES] + v[ANS_PARTIAL] > 0 ? ANS_PARTIAL : ANS_NO;
}
