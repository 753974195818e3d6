/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * common.c: options, messages and exits shared by the isac programs.
 *
 * Every message starts with the program's name; every message about
 * input was composed by lib/ (file:line, hostile bytes escaped).  A usage
 * error says why before the synopsis.  Help and version go to standard
 * output and are checked like any output: on a full disk they fail.
 *
 * Messages, usage and help speak the locale's language (gettext, by
 * LANGUAGE, LC_ALL, LC_MESSAGES, LANG).  Only LC_MESSAGES is taken from
 * the environment: numbers, character classes and collation stay those
 * of the C locale, so that output never depends on the locale.  The
 * catalogue is read as UTF-8, whatever LC_CTYPE says.
 */
#include <err.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static const char *prog = "isac";
static const char *synopsis = "";
static const char *const *helptext;

/*
 * Names the program (also for getopt's messages) and its usage texts:
 * the synopsis, and the help's lines, an option each, so that each is a
 * message of its own for the translators and a new option leaves the
 * others translated.
 */
void
prog_init(char *argv[], const char *name, const char *syn,
    const char *const *hlp)
{
	char dir[4096];

	setlocale(LC_MESSAGES, "");
	data_localedir(dir, sizeof(dir));
	bindtextdomain(ISAC_DOMAIN, dir);
	bind_textdomain_codeset(ISAC_DOMAIN, "UTF-8");
	argv[0] = (char *)name;
	prog = name;
	synopsis = syn;
	helptext = hlp;
}

void
opts_init(struct opts *o)
{
	memset(o, 0, sizeof(*o));
	o->out = OUT_CSV;
	o->safe = -1;
	o->rule = CONS_MAJORITY;
}

/* After the option loop: what was not set takes its default. */
void
opts_done(struct opts *o)
{
	if (o->lang == NULL)
		o->lang = data_lang_default();
}

static void
vmsg(const char *prefix, const char *fmt, va_list ap)
{
	char raw[DIAG_MAX], safe[DIAG_MAX];

	vsnprintf(raw, sizeof(raw), fmt, ap);
	text_vis(safe, sizeof(safe), raw, strlen(raw));
	fprintf(stderr, "%s: %s%s\n", prog, prefix, safe);
}

void
usage(const char *fmt, ...)
{
	va_list ap;

	if (fmt != NULL) {
		va_start(ap, fmt);
		vmsg("", _(fmt), ap);
		va_end(ap);
	}
	fputs(_(synopsis), stderr);
	exit(2);
}

void
warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(_("warning: "), _(fmt), ap);
	va_end(ap);
}

/* What a program tells of its work, neither a warning nor an error. */
void
notice(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg("", _(fmt), ap);
	va_end(ap);
}

/* The label asked for with --tlp: TLP 2.0's words only. */
int
opt_tlp(const char *arg)
{
	int t = tlp_parse(arg, strlen(arg));

	if (t == TLP_WHITE)
		usage("--tlp %s: TLP 2.0 renamed WHITE to CLEAR: use --tlp "
		    "clear", arg);
	if (t < 0)
		usage("unknown TLP label '%s': use clear, green, amber, "
		    "amber+strict or red", arg);
	return t;
}

/* Each line of text, a warning lib/ composed (escaped already). */
void
warnings(const char *text)
{
	const char *e;

	for (; (e = strchr(text, '\n')) != NULL; text = e + 1)
		fprintf(stderr, "%s: %s%.*s\n", prog, _("warning: "),
		    (int)(e - text), text);
}

void
fail(const struct diag *d)
{
	fprintf(stderr, "%s: %s\n", prog, d->text);
	exit(2);
}

void
nomem(void)
{
	errx(2, "%s", _("out of memory"));
}

static __attribute__((noreturn)) void
stdout_done(int status)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		err(2, "stdout");
	exit(status);
}

void
help(void)
{
	const char *const *h;

	fputs(_(synopsis), stdout);
	putchar('\n');
	for (h = helptext; h != NULL && *h != NULL; h++)
		fputs(_(*h), stdout);
	stdout_done(0);
}

void
version(void)
{
	printf("%s %s\n", prog, VERSION);
	stdout_done(0);
}

/* Ends the program with status, unless what it wrote was lost. */
void
finish(struct out *o, int status)
{
	if (o != NULL && out_flush(o) == -1)
		err(2, "stdout");
	stdout_done(status);
}

int
opt_delim(const char *arg)
{
	int c;

	if ((c = csv_delim_parse(arg)) == -1)
		usage("bad delimiter '%s': use one character, or tab", arg);
	return c;
}

int
opt_encoding(const char *arg)
{
	int e;

	if ((e = csv_enc_parse(arg)) == -1)
		usage("unknown encoding '%s': use utf-8, windows-1252, "
		    "utf-16, utf-16le or utf-16be", arg);
	return e;
}

/* The sheet of every workbook read; CSV has none, and ignores it. */
const char *
opt_sheet(const char *arg)
{
	if (arg[0] == '\0')
		usage("--sheet takes the name of a sheet");
	return arg;
}

const char *
opt_lang(const char *arg)
{
	const char *l;

	if ((l = data_lang(arg)) == NULL)
		usage("unknown language '%s': use en or nl", arg);
	return l;
}

int
opt_consensus(const char *arg)
{
	int r;

	if ((r = consensus_parse(arg)) == -1)
		usage("unknown consensus rule '%s': use majority, all or any",
		    arg);
	return r;
}

/* A whole number from min to max for option name; else a usage error. */
unsigned long
opt_number(const char *name, const char *arg, unsigned long min,
    unsigned long max)
{
	unsigned long v;

	if (text_uint(arg, strlen(arg), max, &v) == -1 || v < min)
		usage("%s takes a whole number from %lu to %lu, not '%s'",
		    name, min, max, arg);
	return v;
}

long
opt_date(const char *name, const char *arg)
{
	long day;

	if (date_parse(arg, strlen(arg), &day) == -1)
		usage("%s takes a date YYYY-MM-DD, not '%s'", name, arg);
	return day;
}

/*
 * Standard output in the format asked for; --excel is spreadsheet-safe,
 * and meant for people: with -l nl its headers are Dutch.
 */
void
out_start(struct out *o, const struct opts *op)
{
	int safe = op->safe == -1 ? op->out == OUT_EXCEL : op->safe;

	out_init(o, stdout, op->out, safe ? OUT_SAFE : 0);
	o->nl = op->out == OUT_EXCEL && vocab_nl(op->lang);
}

void
load_model(struct model *m, const struct opts *o)
{
	struct diag d;

	if (model_open(m, o->model, o->lang, &d) == -1)
		fail(&d);
}
