/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * respond.h: the respondents of the answers beside the roster: who has
 * returned the checklist, and who answered what.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_RESPOND_H
#define ISAC_RESPOND_H

#include <stddef.h>

struct diag;
struct model;
struct out;
struct roster;
struct strbuf;
struct tally;

/* A row's return, as the checklist column says it (vocab.c VW_RETURN). */
enum rreturn {
	RET_RETURNED,		/* every question answered */
	RET_INCOMPLETE,		/* some left unanswered */
	RET_MISSING,		/* nobody of the organisation answered */
	RET_UNKNOWN		/* a respondent not on the roster */
};

int	 respond_returns(struct out *, const struct roster *,
	    const struct model *, const struct tally *, size_t,
	    struct strbuf *, struct diag *);
int	 respond_disagreements(struct out *, const struct model *,
	    const struct tally *);

#endif
