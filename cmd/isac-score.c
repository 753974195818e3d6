/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac-score: checklist answers to a level per capability; the blank
 * checklist as CSV or as a workbook to fill in.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

enum { OPT_EXPLAIN = OPT_FIRST_OWN, OPT_TLP, OPT_BY_RESPONDENT };

static int		 Dflag;		/* disagreements instead of levels */
static int		 byresp;	/* -D: who answered what */
static int		 qflag;		/* no warnings */
static int		 Tflag;		/* the blank checklist */
static int		 xflag;		/* explain: the missing ids */
static const char	*previous;	/* answers to show in the template */
static const char	*format;	/* of the template, as given */
static const char	*label;		/* of the template workbook */
static int		 tlp = TLP_NONE;	/* label, read */
static struct opts	 o;

static const struct option longopts[] = {
	{ "by-respondent",	no_argument,		NULL,	OPT_BY_RESPONDENT },
	{ "consensus",		required_argument,	NULL,	'c' },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "disagreements",	no_argument,		NULL,	'D' },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "explain",		no_argument,		NULL,	'x' },
	{ "format",		required_argument,	NULL,	'f' },
	{ "help",		no_argument,		NULL,	'h' },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "model",		required_argument,	NULL,	'm' },
	{ "previous",		required_argument,	NULL,	'p' },
	{ "quiet",		no_argument,		NULL,	'q' },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "template",		no_argument,		NULL,	'T' },
	{ "tlp",		required_argument,	NULL,	OPT_TLP },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] = N_(
    "usage: isac-score [-qtx] [-c rule] [-d delim] [-l lang] [-m model] "
    "[--encoding enc]\n"
    "                  [--excel] [file ...]\n"
    "       isac-score -D [-qt] [--by-respondent] [-c rule] [-d delim] "
    "[-l lang]\n"
    "                  [-m model] [file ...]\n"
    "       isac-score -T [-t] [-l lang] [-m model] [-p answers]\n"
    "       isac-score -T -f xlsx|ods [-l lang] [-m model] [-p answers] "
    "[--tlp label]\n");

static const char *const helptext[] = {
	N_("      --by-respondent    with -D: a row per respondent, with "
	    "the answer and note\n"),
	N_("  -c, --consensus RULE   majority (default), all or any\n"),
	N_("  -D, --disagreements    the questions respondents answer "
	    "differently\n"),
	HELP_DELIM,
	HELP_ENCODING,
	HELP_SHEET,
	HELP_EXCEL,
	N_("  -f, --format F         with -T: csv (default), or a "
	    "workbook to fill in,\n"
	    "                         xlsx or ods (not to a terminal)\n"),
	N_("  -l, --lang LANG        en or nl; default from the locale\n"),
	N_("  -m, --model FILE       score against another model\n"),
	N_("  -p, --previous FILE    with -T: last answers beside the "
	    "blank ones\n"),
	N_("  -q, --quiet            no warnings\n"),
	N_("  -T, --template         print the blank checklist\n"),
	N_("  -t, --tsv              write TSV instead of CSV\n"),
	N_("      --tlp LABEL        -T -f xlsx|ods: the label on every "
	    "page\n"),
	N_("  -x, --explain          add the ids that hold each level "
	    "back\n"),
	N_("  -h, --help             this help\n"),
	N_("  -V, --version          the version\n"),
	NULL
};

static struct tally *
read_answers(const struct model *m, int argc, char *argv[])
{
	struct tally *t;
	struct diag d;

	if ((t = tally_new(m)) == NULL)
		nomem();
	if (tally_read_files(t, argc, argv, &o.in, &d) == -1) {
		tally_free(t);
		fail(&d);
	}
	if (!qflag)
		warnings(tally_warnings(t));
	return t;
}

/* Warns of the questions nobody answered, per period. */
static void
unanswered(const struct model *m, const struct tally *t)
{
	struct diag warn;
	size_t p;

	for (p = 0; p < tally_nperiods(t) && !qflag; p++)
		if (score_unanswered(m, t, p, &warn) > 0)
			warning("%s", warn.text);
}

/*
 * Warns of the capabilities with no level, per period: every question
 * n/a.  An empty level cell is easily read past; the warning is not.
 */
static void
nolevel(const struct model *m, const struct tally *t)
{
	struct capscore *sc;
	size_t p, c;

	if (qflag)
		return;
	if ((sc = calloc(m->ncap, sizeof(*sc))) == NULL)
		nomem();
	for (p = 0; p < tally_nperiods(t); p++) {
		score_period(m, t, p, o.rule, sc);
		for (c = 0; c < m->ncap; c++) {
			if (sc[c].level != SCORE_NOLEVEL)
				continue;
			if (tally_has_periods(t))
				warning("period '%s': capability %s has no "
				    "level: every question of it is n/a",
				    tally_period(t, p), m->cap[c].code);
			else
				warning("capability %s has no level: every "
				    "question of it is n/a", m->cap[c].code);
		}
	}
	free(sc);
}

/* The NCSC advises an evaluation every two years: is one due? */
static void
evaluation_due(const struct tally *t)
{
	const char *last;
	struct diag d;
	long today;

	if (qflag || !tally_has_periods(t) || tally_nperiods(t) == 0)
		return;
	if (date_today(&today, &d) == -1)
		fail(&d);
	last = tally_period(t, tally_nperiods(t) - 1);
	if (score_overdue(last, today) == 1)
		warning("the latest period, '%s', is more than two years ago: "
		    "the NCSC advises an evaluation every two years", last);
}

/* The template's format: csv, or a workbook (xlsx, ods) with -T. */
static int
checks_format(void)
{
	int f = format == NULL ? RF_CSV : rfmt_parse(format);

	if (f != RF_CSV && f != RF_XLSX && f != RF_ODS)
		usage("unknown format '%s': use csv, xlsx or ods", format);
	if (f != RF_CSV && !Tflag)
		usage("-f %s goes with -T", format);
	if (f != RF_CSV && o.out != OUT_CSV)
		usage("-t and --excel go with -f csv");
	if (label != NULL && f == RF_CSV)
		usage("--tlp goes with -T -f xlsx or ods");
	/* like gzip: a binary file is not for a terminal */
	if (f != RF_CSV && isatty(STDOUT_FILENO))
		usage("-f %s writes a workbook, not for a terminal: redirect "
		    "standard output to a file", format);
	return f;
}

/* The blank checklist as a workbook, labelled, to fill in. */
static void
workbook(int fmt, const struct model *m, const struct tally *t)
{
	struct diag d;

	if (checklist_write(stdout, fmt, m, t, o.rule, o.lang, tlp,
	    &d) == -1)
		fail(&d);
}

int
main(int argc, char *argv[])
{
	struct model m;
	struct tally *t = NULL;
	struct out w;
	int ch, rc, fmt;

	prog_init(argv, "isac-score", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "c:Dd:f:hl:m:p:qTtVx", longopts,
	    NULL)) != -1)
		switch (ch) {
		case OPT_BY_RESPONDENT:
			byresp = 1;
			break;
		case 'c':
			o.rule = opt_consensus(optarg);
			break;
		case 'D':
			Dflag = 1;
			break;
		case 'd':
			o.in.delim = opt_delim(optarg);
			break;
		case OPT_ENCODING:
			o.in.enc = opt_encoding(optarg);
			break;
		case OPT_SHEET:
			o.in.sheet = opt_sheet(optarg);
			break;
		case OPT_EXCEL:
			o.out = OUT_EXCEL;
			break;
		case 'f':
			format = optarg;
			break;
		case 'h':
			help();
		case 'l':
			o.lang = opt_lang(optarg);
			break;
		case 'm':
			o.model = optarg;
			break;
		case 'p':
			previous = optarg;
			break;
		case 'q':
			qflag = 1;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 't':
			o.out = OUT_TSV;
			break;
		case OPT_TLP:
			label = optarg;
			break;
		case 'V':
			version();
		case 'x':
			xflag = 1;
			break;
		default:
			usage(NULL);
		}
	argc -= optind;
	argv += optind;
	if (Tflag && Dflag)
		usage("-T and -D exclude each other");
	if (Tflag && argc > 0)
		usage("-T takes no answers files (did you mean -p FILE?)");
	if (previous != NULL && !Tflag)
		usage("-p goes with -T");
	if (byresp && !Dflag)
		usage("--by-respondent goes with -D");
	if (xflag && (Tflag || Dflag))
		usage("-x goes with scores, not with -T or -D");
	fmt = checks_format();
	if (label != NULL)
		tlp = opt_tlp(label);
	opts_done(&o);

	load_model(&m, &o);
	if (!Tflag)
		t = read_answers(&m, argc, argv);
	else if (previous != NULL)
		t = read_answers(&m, 1, (char **)&previous);

	out_start(&w, &o);
	if (Tflag && fmt != RF_CSV) {
		workbook(fmt, &m, t);
		rc = 0;
	} else if (Tflag)
		rc = report_template(&w, &m, t, o.rule, o.lang);
	else if (Dflag && byresp)
		rc = respond_disagreements(&w, &m, t);
	else if (Dflag)
		rc = report_disagreements(&w, &m, t);
	else {
		unanswered(&m, t);
		nolevel(&m, t);
		rc = report_scores(&w, &m, t, o.rule, xflag);
		evaluation_due(t);
	}
	if (rc == -1)
		nomem();
	tally_free(t);
	model_free(&m);
	finish(&w, 0);
}
