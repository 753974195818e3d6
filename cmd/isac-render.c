/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac-render: the toolkit's tables as documents: text, Markdown, HTML,
 * SVG charts, JSON, CSV and workbooks (.xlsx, .ods), labelled with the
 * Traffic Light Protocol.
 */
#include <sys/ioctl.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

enum {
	OPT_TLP = OPT_FIRST_OWN,
	OPT_TITLE,
	OPT_CHART,
	OPT_REPORT,
	OPT_NAME,
	OPT_INTRO,
	OPT_DATE
};

static const char	*format;	/* as given */
static const char	*chart;
static const char	*label;
static const char	*year;		/* --report */
static const char	*date;
static int		 tflag;
static struct ropt	 ro;
static struct opts	 o;

static const struct option longopts[] = {
	{ "chart",		required_argument,	NULL,	OPT_CHART },
	{ "date",		required_argument,	NULL,	OPT_DATE },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "format",		required_argument,	NULL,	'f' },
	{ "help",		no_argument,		NULL,	'h' },
	{ "intro",		required_argument,	NULL,	OPT_INTRO },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "name",		required_argument,	NULL,	OPT_NAME },
	{ "no-spreadsheet-safe", no_argument,		NULL,	OPT_NOSAFE },
	{ "report",		required_argument,	NULL,	OPT_REPORT },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "spreadsheet-safe",	no_argument,		NULL,	OPT_SAFE },
	{ "title",		required_argument,	NULL,	OPT_TITLE },
	{ "tlp",		required_argument,	NULL,	OPT_TLP },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] = N_(
    "usage: isac-render [-d delim] [-f format] [-l lang] [--chart chart] "
    "[--encoding enc]\n"
    "                   [--title title] [--tlp label] [file ...]\n"
    "       isac-render --report year [-f text | md | html] [-l lang] "
    "[--date date]\n"
    "                   [--intro file] [--name name] [--title title] "
    "[--tlp label]\n"
    "                   [file ...]\n"
    "       isac-render -f csv [-t | --excel] [--[no-]spreadsheet-safe] "
    "[--tlp label]\n"
    "                   [file ...]\n");

static const char *const helptext[] = {
	N_("  -f, --format F         text (default), md, html, svg, json, "
	    "csv,\n"
	    "                         xlsx or ods (a workbook: not to a "
	    "terminal)\n"),
	N_("      --tlp LABEL        clear, green, amber, amber+strict or "
	    "red\n"),
	N_("  -l, --lang LANG        en or nl; default from the locale\n"),
	N_("      --title T          the document's title\n"),
	N_("      --chart C          svg, html: radar, bars or trend\n"),
	N_("      --report YEAR      the annual report of YEAR: a title "
	    "page,\n"
	    "                         contents, the year in brief, the "
	    "sections\n"),
	N_("      --name NAME        report: the ISAC's name on the title "
	    "page\n"),
	N_("      --intro FILE       report: the chair's introduction "
	    "(Markdown)\n"),
	N_("      --date DATE        report: its day; default today\n"),
	HELP_DELIM,
	HELP_ENCODING,
	HELP_SHEET,
	N_("  -t, --tsv              csv: write TSV\n"),
	N_("      --excel            csv: write for Dutch Excel (; BOM "
	    "CRLF), spreadsheet-safe\n"),
	N_("      --spreadsheet-safe csv: a ' before what a spreadsheet "
	    "would run\n"),
	N_("      --no-spreadsheet-safe  csv: not even with --excel\n"),
	N_("  -h, --help             this help\n"),
	N_("  -V, --version          the version\n"),
	NULL
};

static int
add(struct csvr *r, void *arg, struct diag *d)
{
	return rdoc_read(arg, r, d);
}

/*
 * The columns text output fits in: COLUMNS when it is set (to a file
 * too), else the terminal's width, else 80.
 */
static int
columns(void)
{
	struct winsize ws;
	const char *c = getenv("COLUMNS");
	unsigned long n;

	if (c != NULL && text_uint(c, strlen(c), 100000, &n) == 0 && n > 0)
		return (int)n;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

static void
checks(void)
{
	int csvonly = tflag || o.out == OUT_EXCEL || o.safe != -1;

	if (format == NULL)
		ro.fmt = csvonly ? RF_CSV : RF_TEXT;
	else if ((ro.fmt = rfmt_parse(format)) == -1)
		usage("unknown format '%s': use text, md, html, svg, json, "
		    "csv, xlsx or ods", format);
	if (csvonly && ro.fmt != RF_CSV)
		usage("-t, --excel and --[no-]spreadsheet-safe go with "
		    "--format csv");
	if (tflag && o.out == OUT_EXCEL)
		usage("-t and --excel exclude each other");
	if (chart != NULL && (ro.chart = chart_parse(chart)) == -1)
		usage("unknown chart '%s': use radar, bars or trend", chart);
	if (chart != NULL && ro.fmt != RF_SVG && ro.fmt != RF_HTML)
		usage("--chart goes with --format svg or html");
	if (label != NULL)
		ro.tlp = opt_tlp(label);
	if (year == NULL && (ro.name != NULL || ro.intro != NULL ||
	    date != NULL))
		usage("--name, --intro and --date go with --report");
	if (year != NULL)
		ro.year = (int)opt_number("--report", year, 1000, 9999);
	if (year != NULL && ro.fmt != RF_TEXT && ro.fmt != RF_MD &&
	    ro.fmt != RF_HTML)
		usage("--report goes with --format text, md or html");
	if (date != NULL)
		ro.date = opt_date("--date", date);
	/* like gzip: a binary file is not for a terminal */
	if ((ro.fmt == RF_XLSX || ro.fmt == RF_ODS) && isatty(STDOUT_FILENO))
		usage("-f %s writes a workbook, not for a terminal: redirect "
		    "standard output to a file", format);
}

int
main(int argc, char *argv[])
{
	struct rdoc *doc;
	struct diag d;
	struct out w;
	const char *name, *nc;
	unsigned long n;
	size_t i;
	int ch;

	prog_init(argv, "isac-render", synopsis, helptext);
	opts_init(&o);
	ro.tlp = TLP_NONE;
	while ((ch = getopt_long(argc, argv, "d:f:hl:tV", longopts,
	    NULL)) != -1)
		switch (ch) {
		case OPT_CHART:
			chart = optarg;
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
		case OPT_NOSAFE:
			o.safe = 0;
			break;
		case OPT_SAFE:
			o.safe = 1;
			break;
		case 't':
			tflag = 1;
			o.out = OUT_TSV;
			break;
		case OPT_REPORT:
			year = optarg;
			break;
		case OPT_NAME:
			ro.name = optarg;
			break;
		case OPT_INTRO:
			ro.intro = optarg;
			break;
		case OPT_DATE:
			date = optarg;
			break;
		case OPT_TITLE:
			ro.title = optarg;
			break;
		case OPT_TLP:
			label = optarg;
			break;
		case 'V':
			version();
		default:
			usage(NULL);
		}
	argc -= optind;
	argv += optind;
	checks();
	opts_done(&o);
	ro.lang = o.lang;
	nc = getenv("NO_COLOR");
	ro.colour = ro.fmt == RF_TEXT && isatty(STDOUT_FILENO) &&
	    (nc == NULL || *nc == '\0');
	ro.width = columns();
	if (year != NULL && date == NULL && date_today(&ro.date, &d) == -1)
		fail(&d);

	if ((doc = rdoc_new(&ro, &d)) == NULL)
		fail(&d);
	if (input_each(argc, argv, &o.in, add, doc, &d) == -1 ||
	    rdoc_finish(doc, &d) == -1) {
		rdoc_free(doc);
		fail(&d);
	}
	for (i = 0; i < rdoc_nsec(doc); i++)
		if ((n = rdoc_dropped(doc, i, &name)) > 0)
			warning(P_("%s: %lu row labelled stricter than %s "
			    "left out", "%s: %lu rows labelled stricter than "
			    "%s left out", n), name, n,
			    tlp_label(rdoc_tlp(doc)));
	if (rdoc_tlp(doc) == TLP_NONE && (ro.fmt == RF_HTML ||
	    ro.fmt == RF_SVG || ro.fmt == RF_MD || ro.fmt == RF_XLSX ||
	    ro.fmt == RF_ODS))
		warning("no TLP label: give one with --tlp");
	out_start(&w, &o);
	if ((ro.fmt == RF_XLSX || ro.fmt == RF_ODS) &&
	    rdoc_book(doc, stdout, &d) == -1) {
		rdoc_free(doc);
		fail(&d);
	}
	rdoc_write(doc, stdout, &w);
	rdoc_free(doc);
	finish(&w, 0);
}
