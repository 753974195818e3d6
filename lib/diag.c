/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * diag.c: messages that lib/ composes and a program prints.
 *
 * Every message about input starts with the place it is about, "file:line: "
 * (or "file: " when no line applies), so that a program only has to put
 * its own name in front.  The whole message is escaped (text_vis), so
 * that no byte of hostile input, file names included, reaches a terminal
 * raw.  The format is translated (i18n.h) before the arguments go in,
 * so that a translation never sees input bytes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "isac.h"

static int
vdiag(struct diag *d, const char *file, unsigned long line,
    const char *fmt, va_list ap)
{
	char raw[DIAG_MAX];
	int n = 0;

	if (d == NULL)
		return -1;
	if (file != NULL && line > 0)
		n = snprintf(raw, sizeof(raw), "%s:%lu: ", file, line);
	else if (file != NULL)
		n = snprintf(raw, sizeof(raw), "%s: ", file);
	if (n < 0 || (size_t)n >= sizeof(raw))
		n = 0;
	vsnprintf(raw + n, sizeof(raw) - (size_t)n, fmt, ap);
	text_vis(d->text, sizeof(d->text), raw, strlen(raw));
	return -1;
}

int
diag_set(struct diag *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(d, file, line, _(fmt), ap);
	va_end(ap);
	return -1;
}

/* The same, in the singular or a plural form as the count n asks. */
int
diag_setn(struct diag *d, const char *file, unsigned long line,
    unsigned long n, const char *one, const char *more, ...)
{
	va_list ap;

	va_start(ap, more);
	vdiag(d, file, line, dngettext(ISAC_DOMAIN, one, more, n), ap);
	va_end(ap);
	return -1;
}

int
diag_nomem(struct diag *d, const char *file)
{
	return diag_set(d, file, 0, "out of memory");
}
