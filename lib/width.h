/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * width.h: UTF-8 decoded leniently, and display width on a terminal.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_WIDTH_H
#define ISAC_WIDTH_H

#include <stddef.h>

size_t	 utf8_decode(const char *, size_t, unsigned long *);
int	 cp_width(unsigned long);
size_t	 text_width(const char *, size_t);

#endif
