/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * checklist.h: the blank checklist as a workbook to fill in.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_CHECKLIST_H
#define ISAC_CHECKLIST_H

#include <stdio.h>
#include "answers.h"

struct diag;
struct model;
struct tally;

int	 checklist_write(FILE *, int, const struct model *,
	    const struct tally *, enum consensus, const char *, int,
	    struct diag *);

#endif
