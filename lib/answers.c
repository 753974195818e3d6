/*
 * answers.c: the answer vocabulary, and consensus among respondents.
 *
 * Answers come from people and spreadsheets in English and Dutch, so the
 * words are compared without case and without surrounding spaces, and
 * the forms Excel writes for booleans (TRUE/FALSE, WAAR/ONWAAR) count.
 */
#include <string.h>

#include "isac.h"

static const struct {
	const char	*word;
	enum answer	 a;
} vocab[] = {
	{ "yes", ANS_YES }, { "y", ANS_YES }, { "ja", ANS_YES },
	{ "j", ANS_YES }, { "1", ANS_YES }, { "true", ANS_YES },
	{ "waar", ANS_YES },
	{ "no", ANS_NO }, { "n", ANS_NO }, { "nee", ANS_NO },
	{ "0", ANS_NO }, { "false", ANS_NO }, { "onwaar", ANS_NO },
	{ "partial", ANS_PARTIAL }, { "partially", ANS_PARTIAL },
	{ "partly", ANS_PARTIAL }, { "deels", ANS_PARTIAL },
	{ "gedeeltelijk", ANS_PARTIAL },
	{ "n/a", ANS_NA }, { "na", ANS_NA }, { "n.a.", ANS_NA },
	{ "not applicable", ANS_NA }, { "nvt", ANS_NA },
	{ "n.v.t.", ANS_NA }, { "n.v.t", ANS_NA },
	{ "niet van toepassing", ANS_NA },
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
	for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++)
		if (text_ieq(s, len, vocab[i].word))
			return vocab[i].a;
	return -1;
}

const char *
answer_name(enum answer a)
{
	static const char *name[ANS_N] = { "", "yes", "no", "partial", "n/a" };

	return a < ANS_N ? name[a] : "";
}

/* The answer in the words of a language: ja, nee, deels, nvt in Dutch. */
const char *
answer_word(enum answer a, const char *lang)
{
	static const char *nl[ANS_N] = { "", "ja", "nee", "deels", "nvt" };

	if (lang != NULL && strcmp(lang, "nl") == 0 && a < ANS_N)
		return nl[a];
	return answer_name(a);
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
