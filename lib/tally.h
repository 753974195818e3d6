/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tally.h: answers files read into votes per period and question.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_TALLY_H
#define ISAC_TALLY_H

#include <stddef.h>
#include "strbuf.h"

struct csvopt;
struct csvr;
struct diag;
struct model;
struct strbuf;
struct tally;

struct tally;
struct tally *tally_new(const struct model *);
void	 tally_free(struct tally *);
int	 tally_read(struct tally *, struct csvr *, struct diag *);
int	 tally_read_files(struct tally *, int, char *const [],
	    const struct csvopt *, struct diag *);
long	 tally_period_find(const struct tally *, const char *);
int	 tally_has_notes(const struct tally *);
const char *tally_files(const struct tally *, char *, size_t);
void	 tally_note(const struct tally *, size_t, size_t, struct strbuf *);
int	 tally_labelled(const struct tally *);
const char *tally_warnings(const struct tally *);
#define TALLY_CHECK	8	/* a previous cell's check, NUL included */
void	 tally_check(const char *, size_t, char [TALLY_CHECK]);
int	 tally_label(const struct tally *, size_t, size_t);
int	 tally_cap_label(const struct tally *, size_t, size_t);
int	 tally_has_periods(const struct tally *);
size_t	 tally_nperiods(const struct tally *);
const char *tally_period(const struct tally *, size_t);
const unsigned long *tally_votes(const struct tally *, size_t, size_t);
unsigned long tally_unanswered(const struct tally *, size_t, size_t);
long	 tally_pair_next(const struct tally *, size_t, long);
const char *tally_pair_who(const struct tally *, size_t);
int	 tally_pair_answer(const struct tally *, size_t, size_t, int *);
void	 tally_pair_where(const struct tally *, size_t, const char **,
	    unsigned long *);
void	 tally_pair_note(const struct tally *, size_t, size_t, size_t,
	    struct strbuf *);

#endif
