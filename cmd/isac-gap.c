/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac-gap: the checklist items between the answers and a target level,
 * or what changed between two periods.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum { OPT_FROM = OPT_FIRST_OWN, OPT_TO, OPT_LGUIDE };

static int		 Cflag;		/* changes between two periods */
static int		 sflag;		/* one row per capability */
static int		 lguide;	/* what each missing level means */
static int		 level = -1;	/* --target-level */
static const char	*target;	/* --target */
static const char	*period;	/* --period */
static const char	*from, *to;	/* --from, --to */
static struct opts	 o;

static const struct option longopts[] = {
	{ "changes",		no_argument,		NULL,	'C' },
	{ "consensus",		required_argument,	NULL,	'c' },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "level-guide", no_argument,		NULL,	OPT_LGUIDE },
	{ "from",		required_argument,	NULL,	OPT_FROM },
	{ "help",		no_argument,		NULL,	'h' },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "model",		required_argument,	NULL,	'm' },
	{ "period",		required_argument,	NULL,	'P' },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "summary",		no_argument,		NULL,	's' },
	{ "target",		required_argument,	NULL,	'g' },
	{ "target-level",	required_argument,	NULL,	'L' },
	{ "to",			required_argument,	NULL,	OPT_TO },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] = N_(
    "usage: isac-gap [-st] [-c rule] [-d delim] [-l lang] [-m model] "
    "[-P period]\n"
    "                {-g target | -L level} [--encoding enc] [--excel] "
    "[--level-guide]\n"
    "                [file ...]\n"
    "       isac-gap -C [-st] [-c rule] [-d delim] [-l lang] [-m model]\n"
    "                [--from period] [--to period] [file ...]\n");

static const char *const helptext[] = {
	N_("  -C, --changes          the answers that changed between two "
	    "periods\n"),
	N_("  -c, --consensus RULE   majority (default), all or any\n"),
	HELP_DELIM,
	HELP_ENCODING,
	HELP_SHEET,
	HELP_EXCEL,
	N_("      --level-guide      what each missing level means: the "
	    "guide's features,\n"
	    "                         tools and points for attention\n"),
	N_("      --from PERIOD      with -C: compare from this period\n"),
	N_("  -L, --target-level N   the same target level for every "
	    "capability\n"),
	N_("  -l, --lang LANG        en or nl; default from the locale\n"),
	N_("  -m, --model FILE       another model\n"),
	N_("  -P, --period PERIOD    compare this period, not the latest\n"),
	N_("  -s, --summary          one row per capability\n"),
	N_("  -g, --target FILE      target levels, or a desired-state "
	    "checklist\n"),
	N_("      --to PERIOD        with -C: compare to this period\n"),
	N_("  -t, --tsv              write TSV instead of CSV\n"),
	N_("  -h, --help             this help\n"),
	N_("  -V, --version          the version\n"),
	NULL
};


/* The target of every capability, from the options, into tgt. */
static int
targets(const struct model *m, const struct capscore *sc, int *tgt,
    int *label, struct diag *d)
{
	size_t c;

	for (c = 0; c < m->ncap; c++)
		label[c] = TLP_NONE;
	if (target != NULL && gap_target_read(m, target, &o.in, o.rule, tgt,
	    label, d) == -1)
		return -1;
	for (c = 0; c < m->ncap; c++)
		if (target == NULL)
			tgt[c] = level < m->cap[c].top ? level : m->cap[c].top;
		else if (tgt[c] < 0)
			tgt[c] = sc[c].level;
	return 0;
}

/* Is the standard input asked for twice, as target and as answers? */
static int
stdin_twice(int argc, char *argv[])
{
	int i;

	if (target == NULL || strcmp(target, "-") != 0)
		return 0;
	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") == 0)
			return 1;
	return argc == 0;
}

int
main(int argc, char *argv[])
{
	struct capscore *sc = NULL;
	struct guide *gd = NULL;
	struct gapw g;
	struct tally *t;
	struct model m;
	struct diag d;
	struct out w;
	size_t p, pt;
	int ch, status, *tgt = NULL, *label = NULL;

	prog_init(argv, "isac-gap", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "Cc:d:g:hL:l:m:P:stV", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'C':
			Cflag = 1;
			break;
		case 'c':
			o.rule = opt_consensus(optarg);
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
		case OPT_LGUIDE:
			lguide = 1;
			break;
		case OPT_FROM:
			from = optarg;
			break;
		case 'h':
			help();
		case 'L':
			level = (int)opt_number("-L", optarg, 0,
			    MODEL_LEVELS_MAX);
			break;
		case 'l':
			o.lang = opt_lang(optarg);
			break;
		case 'm':
			o.model = optarg;
			break;
		case 'P':
			period = optarg;
			break;
		case 's':
			sflag = 1;
			break;
		case 'g':
			target = optarg;
			break;
		case OPT_TO:
			to = optarg;
			break;
		case 't':
			o.out = OUT_TSV;
			break;
		case 'V':
			version();
		default:
			usage(NULL);
		}
	argc -= optind;
	argv += optind;
	if (Cflag && (target != NULL || level >= 0 || period != NULL))
		usage("-C compares two periods: no -g, -L or -P");
	if (lguide && (Cflag || sflag))
		usage("--level-guide goes with a target, without -C or -s");
	if (!Cflag && (from != NULL || to != NULL))
		usage("--from and --to go with -C");
	if (!Cflag && target == NULL && level < 0)
		usage("a target is needed: -g FILE or -L LEVEL");
	if (target != NULL && level >= 0)
		usage("-g and -L exclude each other");
	if (stdin_twice(argc, argv))
		usage("-g - and the answers cannot both be the standard input");
	opts_done(&o);

	load_model(&m, &o);
	if (level > m.nlevels)
		usage("-L %d is not a level of the model: use 0 to %d", level,
		    m.nlevels);
	if ((t = tally_new(&m)) == NULL)
		nomem();
	if (!Cflag && ((sc = calloc(m.ncap, sizeof(*sc))) == NULL ||
	    (tgt = calloc(m.ncap, sizeof(*tgt))) == NULL ||
	    (label = calloc(m.ncap, sizeof(*label))) == NULL))
		nomem();
	if (tally_read_files(t, argc, argv, &o.in, &d) == -1 ||
	    (Cflag ? gap_periods(t, from, to, &p, &pt, &d) :
	    gap_period(t, period, &p, &d)) == -1)
		goto bad;
	if (!Cflag) {
		score_period(&m, t, p, o.rule, sc);
		if (targets(&m, sc, tgt, label, &d) == -1)
			goto bad;
	}
	if (lguide && (gd = guide_load(o.lang, &d)) == NULL)
		goto bad;

	g.m = &m;
	g.t = t;
	g.rule = o.rule;
	g.lang = o.lang;
	g.tlabel = label;
	out_start(&w, &o);
	if (Cflag)
		status = sflag ? gaptab_changesum(&w, &g, p, pt) :
		    gaptab_changes(&w, &g, p, pt);
	else if (lguide)
		status = gaptab_explain(&w, &g, gd, p, tgt);
	else
		status = sflag ? gaptab_summary(&w, &g, p, sc, tgt) :
		    gaptab_items(&w, &g, p, tgt);
	if (status == -1)
		nomem();
	guide_free(gd);
	free(label);
	free(tgt);
	free(sc);
	tally_free(t);
	model_free(&m);
	finish(&w, status);
bad:
	free(label);
	free(tgt);
	free(sc);
	tally_free(t);
	model_free(&m);
	fail(&d);
}
