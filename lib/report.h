/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * report.h: isac-score's tables, written to an output handle.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_REPORT_H
#define ISAC_REPORT_H

#include "answers.h"

struct model;
struct out;
struct tally;

int	 report_template(struct out *, const struct model *,
	    const struct tally *, enum consensus, const char *);
int	 report_scores(struct out *, const struct model *,
	    const struct tally *, enum consensus, int);
int	 report_disagreements(struct out *, const struct model *,
	    const struct tally *);

#endif
