/*
 * diag.c: messages that lib/ composes and a program prints.
 *
 * Every message about input starts with the place it is about, "file:line: "
 * (or "file: " when no line applies), so that a program only has to put
 * its own name in front.
 */
#include <stdarg.h>
#include <stdio.h>

#include "isac.h"

int
diag_set(struct diag *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (d == NULL)
		return -1;
	if (file != NULL && line > 0)
		n = snprintf(d->text, sizeof(d->text), "%s:%lu: ", file, line);
	else if (file != NULL)
		n = snprintf(d->text, sizeof(d->text), "%s: ", file);
	if (n < 0 || (size_t)n >= sizeof(d->text))
		n = 0;
	va_start(ap, fmt);
	vsnprintf(d->text + n, sizeof(d->text) - n, fmt, ap);
	va_end(ap);
	return -1;
}

int
diag_nomem(struct diag *d, const char *file)
{
	return diag_set(d, file, 0, "out of memory");
}
