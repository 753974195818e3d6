/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * input.h: the files named, else standard input, each opened once.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_INPUT_H
#define ISAC_INPUT_H

struct csvopt;
struct csvr;
struct diag;

typedef int (*input_fn)(struct csvr *, void *, struct diag *);
int	 input_each(int, char *const [], const struct csvopt *, input_fn,
	    void *, struct diag *);

#endif
