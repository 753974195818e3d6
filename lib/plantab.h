/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * plantab.h: isac-plan's tables, written to an output handle.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_PLANTAB_H
#define ISAC_PLANTAB_H

#include <stddef.h>
#include "table.h"
#include "plan.h"
#include "model.h"

struct diag;
struct guide;
struct out;

struct plan {
	struct model	 m;
	struct table	 gap, roster, prev, actions;
	struct planitem	*it;
	size_t		 n;
	int		*rank;		/* per capability: its order */
	const char	**act;		/* per question: its action, or NULL */
	struct owners	 own;
	struct guide	*g;
	int		 hasnote;
	int		 labelled;	/* the gap or the register */
	const char	*period;	/* of the gap's evaluation, or NULL */
};
void	 plan_free(struct plan *);
int	 plantab_write(struct out *, const struct plan *, long, int,
	    const char *);
int	 plantab_explain(struct out *, const struct plan *, const char *);
int	 plantab_phases(struct out *, const struct table *, struct diag *);

#endif
