/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * rostertab.h: the tables isac-roster writes.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ROSTERTAB_H
#define ISAC_ROSTERTAB_H

#include <stddef.h>

struct diag;
struct duelist;
struct mailto;
struct meeting;
struct out;
struct roster;
struct table;

int	 rtab_check(struct out *, const struct roster *, unsigned long,
	    unsigned long, struct diag *);
int	 rtab_mailing_list(struct out *, const struct roster *,
	    const struct mailto *, size_t, int, struct diag *);
void	 rtab_meetings(struct out *, const struct roster *,
	    const struct meeting *, size_t, int, int);
int	 rtab_attendance(struct out *, const struct roster *,
	    const struct table *, int, size_t, long, struct diag *);
int	 rtab_admit(struct out *, const struct roster *, const struct table *,
	    char **, struct diag *);
int	 rtab_terms(struct out *, const struct roster *, int, long);
int	 rtab_evidence(struct out *, const struct roster *);
int	 rtab_due(struct out *, const struct duelist *);

#endif
