/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * common.h: what every isac program does the same way and only a program
 * may do: parse the options they share, print usage, help, version and
 * messages, and exit (0 done, 1 found something, 2 error).
 */
#ifndef COMMON_H
#define COMMON_H

#include "isac.h"

/* Long options without a short form, shared by the programs. */
enum {
	OPT_ENCODING = 256,
	OPT_EXCEL,
	OPT_SAFE,
	OPT_NOSAFE,
	OPT_SHEET,
	OPT_FIRST_OWN		/* a program's own long-only options */
};

/*
 * The help of the options the programs share, an entry each of their
 * help (prog_init), written once.
 */
#define HELP_DELIM	N_("  -d, --delimiter C      read with delimiter C " \
	    "(, ; tab); default: guess\n")
#define HELP_ENCODING	N_("      --encoding ENC     read as utf-8, " \
	    "windows-1252 or utf-16; default: guess\n")
#define HELP_SHEET	N_("      --sheet NAME       read the sheet NAME of " \
	    "a workbook; default: the first\n")
#define HELP_EXCEL	N_("      --excel            write for Dutch Excel " \
	    "(; BOM CRLF)\n")

/* The options every program has; each program fills what applies. */
struct opts {
	struct csvopt	 in;
	int		 out;		/* enum outfmt */
	int		 safe;		/* -1: as the format says */
	const char	*lang;
	const char	*model;
	int		 rule;		/* enum consensus */
};

void	 prog_init(char *[], const char *, const char *,
	    const char *const *);
void	 opts_init(struct opts *);
void	 opts_done(struct opts *);
int	 opt_delim(const char *);
int	 opt_encoding(const char *);
const char *opt_sheet(const char *);
const char *opt_lang(const char *);
int	 opt_consensus(const char *);
unsigned long opt_number(const char *, const char *, unsigned long,
	    unsigned long);
long	 opt_date(const char *, const char *);

void	 out_start(struct out *, const struct opts *);
void	 load_model(struct model *, const struct opts *);
void	 warning(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 warnings(const char *);
void	 notice(const char *, ...) __attribute__((format(printf, 1, 2)));
int	 opt_tlp(const char *);

__attribute__((noreturn)) void usage(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
__attribute__((noreturn)) void help(void);
__attribute__((noreturn)) void version(void);
__attribute__((noreturn)) void fail(const struct diag *);
__attribute__((noreturn)) void nomem(void);
__attribute__((noreturn)) void finish(struct out *, int);

#endif
