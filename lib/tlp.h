/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tlp.h: Traffic Light Protocol 2.0 labels, least restricted first.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_TLP_H
#define ISAC_TLP_H

#include <stddef.h>

struct diag;

enum tlp {
	TLP_NONE = -1,
	TLP_CLEAR,
	TLP_GREEN,
	TLP_AMBER,
	TLP_AMBER_STRICT,
	TLP_RED,
	TLP_N,
	TLP_WHITE = 99		/* TLP 1.0's word for CLEAR: refused */
};
int	 tlp_parse(const char *, size_t);
const char *tlp_label(int);
const char *tlp_colour(int);
int	 tlp_value(const char *, size_t, const char *, unsigned long,
	    struct diag *);
int	 tlp_max(int, int);

#endif
