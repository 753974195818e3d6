/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * gaptab.h: isac-gap's tables, written to an output handle.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_GAPTAB_H
#define ISAC_GAPTAB_H

#include <stddef.h>
#include "answers.h"

struct capscore;
struct guide;
struct model;
struct out;
struct tally;

struct gapw {
	const struct model *m;
	const struct tally *t;
	enum consensus	 rule;
	const char	*lang;		/* of the answer words */
	const int	*tlabel;	/* per capability: its target's label */
};
int	 gaptab_items(struct out *, const struct gapw *, size_t, const int *);
int	 gaptab_summary(struct out *, const struct gapw *, size_t,
	    const struct capscore *, const int *);
int	 gaptab_explain(struct out *, const struct gapw *,
	    const struct guide *, size_t, const int *);
int	 gaptab_changes(struct out *, const struct gapw *, size_t, size_t);
int	 gaptab_changesum(struct out *, const struct gapw *, size_t, size_t);

#endif
