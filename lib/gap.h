/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * gap.h: the checklist items between the answers and a target level.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_GAP_H
#define ISAC_GAP_H

#include <stddef.h>

struct csvopt;
struct diag;
struct model;
struct tally;

struct model;
struct tally;
int	 gap_target_read(const struct model *, const char *,
	    const struct csvopt *, int, int *, int *, struct diag *);
size_t	 gap_items(const struct model *, const struct tally *, size_t, int,
	    const int *, size_t *);
int	 gap_period(const struct tally *, const char *, size_t *,
	    struct diag *);
int	 gap_periods(const struct tally *, const char *, const char *,
	    size_t *, size_t *, struct diag *);

#endif
