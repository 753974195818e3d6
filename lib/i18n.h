/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * i18n.h: the messages' language, by GNU gettext.
 *
 * Messages, usage and help are in the language of the locale
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the catalogue of the
 * "isac" domain; -l chooses the language of data and documents, not of
 * messages.  _() translates a message where it is used, N_() marks one
 * for xgettext where it is defined (a static text), and P_() chooses
 * the singular or a plural form by a count.  lib/ translates
 * the messages it composes (diag_set does), and never prints them.
 */
#ifndef ISAC_I18N_H
#define ISAC_I18N_H

#include <libintl.h>

#define ISAC_DOMAIN	"isac"
#define _(s)		dgettext(ISAC_DOMAIN, (s))
#define N_(s)		s
#define P_(s, p, n)	dngettext(ISAC_DOMAIN, (s), (p), (n))

#endif
