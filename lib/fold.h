/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fold.h: names folded (NFC, full case folding) into keys to compare.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_FOLD_H
#define ISAC_FOLD_H

#include <stddef.h>

char	*fold_name(const char *, size_t, size_t *);

#endif
