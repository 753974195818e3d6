/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac-plan: a development plan from the output of isac-gap, or the
 * phase plan of a new ISAC or regional collaboration.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum { OPT_ORDER = OPT_FIRST_OWN, OPT_PARALLEL, OPT_LGUIDE, OPT_GUIDE };

static int		 bygap;		/* --order gap */
static int		 parallel = 2;	/* the guide: at most two */
static int		 months = 3;	/* --step-months */
static int		 qflag;
static int		 lguide;	/* what the steps' levels mean */
static int		 gflag;		/* --guide: the whole model */
static long		 start = -1;	/* --start, days */
static const char	*roster;	/* --owners */
static const char	*reg;		/* --register */
static long		 evaluation = -1;	/* --evaluated, days */
static const char	*template;	/* --template */
static struct opts	 o;

static const struct option longopts[] = {
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "evaluated",		required_argument,	NULL,	'e' },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "level-guide", no_argument,		NULL,	OPT_LGUIDE },
	{ "guide",		no_argument,		NULL,	OPT_GUIDE },
	{ "help",		no_argument,		NULL,	'h' },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "model",		required_argument,	NULL,	'm' },
	{ "order",		required_argument,	NULL,	OPT_ORDER },
	{ "owners",		required_argument,	NULL,	'o' },
	{ "parallel",		required_argument,	NULL,	OPT_PARALLEL },
	{ "previous",		required_argument,	NULL,	'p' },
	{ "register",		required_argument,	NULL,	'r' },
	{ "quiet",		no_argument,		NULL,	'q' },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "start",		required_argument,	NULL,	'S' },
	{ "step-months",	required_argument,	NULL,	'M' },
	{ "template",		required_argument,	NULL,	'T' },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] = N_(
    "usage: isac-plan [-qt] [-d delim] [-l lang] [-M months] [-m model] "
    "[--parallel n]\n"
    "                 [-o roster] [-r register [-e date]] [-S start] "
    "[--order order]\n"
    "                 [--encoding enc] [--excel] [--level-guide] [gap]\n"
    "       isac-plan --guide [-t] [-l lang] [-m model] [--excel]\n"
    "       isac-plan -T start | regional [-t] [-l lang] [--excel]\n");

static const char *const helptext[] = {
	HELP_DELIM,
	N_("  -e, --evaluated DATE   the evaluation ended on DATE (when "
	    "the gap has no period)\n"),
	HELP_ENCODING,
	HELP_SHEET,
	HELP_EXCEL,
	N_("      --level-guide      what each level of the steps means: "
	    "the guide's features,\n"
	    "                         tools and points for attention\n"),
	N_("      --guide            the whole model as a guide: every "
	    "capability and level\n"),
	N_("  -l, --lang LANG        en or nl; default from the locale\n"),
	N_("  -M, --step-months M    with -S: months per step (default "
	    "3)\n"),
	N_("  -m, --model FILE       another model\n"),
	N_("      --parallel N       capabilities at a time (default 2)\n"),
	N_("  -o, --owners ROSTER    owners from the roster's fixed "
	    "representatives\n"),
	N_("      --order ORDER      model (default) or gap: the largest "
	    "first\n"),
	N_("  -r, --register FILE    the action register the owners keep: "
	    "status, owner,\n"
	    "                         dates and notes per item (-p, "
	    "--previous: the same)\n"),
	N_("  -q, --quiet            no counts or warnings about the "
	    "register plan\n"),
	N_("  -S, --start DATE       date the steps from DATE "
	    "(YYYY-MM-DD)\n"),
	N_("  -T, --template WHICH   the phase plan to start an ISAC "
	    "(start) or a regional\n"
	    "                         collaboration (regional)\n"),
	N_("  -t, --tsv              write TSV instead of CSV\n"),
	N_("  -h, --help             this help\n"),
	N_("  -V, --version          the version\n"),
	NULL
};

/* The phase plan of "Start een ISAC" or "Start een regionale ...". */
static void
phases(struct out *w)
{
	struct table t;
	struct diag d;
	char path[4096], name[64];

	snprintf(name, sizeof(name), "template-%s", template);
	if (data_file(name, o.lang, path, sizeof(path), &d) == -1 ||
	    table_read(&t, path, NULL, &d) == -1)
		fail(&d);
	if (plantab_phases(w, &t, &d) == -1) {
		table_free(&t);
		fail(&d);
	}
	table_free(&t);
}

/*
 * The whole model as a guide (--guide): every capability and level, its
 * description, features, tools, points for attention and questions.
 */
static void
whole_guide(struct out *w)
{
	struct model m;
	struct guide *g;
	struct diag d;
	unsigned *pick;
	size_t c;
	int l;

	if (model_open(&m, o.model, o.lang, &d) == -1)
		fail(&d);
	if ((g = guide_load(o.lang, &d)) == NULL) {
		model_free(&m);
		fail(&d);
	}
	if ((pick = calloc(m.ncap + 1, sizeof(*pick))) == NULL)
		nomem();
	for (c = 0; c < m.ncap; c++)
		for (l = 1; l <= m.cap[c].top; l++)
			pick[c] |= 1u << l;
	guide_write(w, g, &m, pick, NULL, 1, o.lang);
	free(pick);
	guide_free(g);
	model_free(&m);
}

/* The day the gap's evaluation ended, or -1 when nothing says. */
static long
evaluated(const char *period)
{
	long day;

	if (evaluation >= 0)
		return evaluation;
	if (period == NULL || date_period_end(period, &day) == -1)
		return -1;
	return day;
}

/* Reads and checks everything; on an error, frees it and fails. */
static void
build(struct plan *p, const char *gapfile)
{
	char path[4096];
	struct regcount rc;
	struct diag d;

	memset(p, 0, sizeof(*p));
	if (model_open(&p->m, o.model, o.lang, &d) == -1)
		fail(&d);
	if (table_read(&p->gap, gapfile, &o.in, &d) == -1 ||
	    plan_read_gap(&p->m, &p->gap, &p->it, &p->n, &p->hasnote,
	    &p->labelled, &p->period, &d) == -1)
		goto bad;
	if ((p->rank = calloc(p->m.ncap, sizeof(*p->rank))) == NULL ||
	    (p->act = calloc(p->m.nq, sizeof(*p->act))) == NULL) {
		diag_nomem(&d, NULL);
		goto bad;
	}
	if (plan_schedule(&p->m, p->it, p->n, parallel, bygap, p->rank,
	    &d) == -1)
		goto bad;
	if (roster != NULL && (table_read(&p->roster, roster, &o.in,
	    &d) == -1 || plan_roster(&p->roster, &p->own, &d) == -1))
		goto bad;
	if (reg != NULL && (table_read(&p->prev, reg, &o.in, &d) == -1 ||
	    plan_register(&p->m, &p->prev, p->it, p->n, evaluated(p->period),
	    &rc, &p->hasnote, &p->labelled, &d) == -1))
		goto bad;
	if (data_file("actions", o.lang, path, sizeof(path), &d) == -1 ||
	    table_read(&p->actions, path, NULL, &d) == -1 ||
	    plan_actions(&p->m, &p->actions, p->act, &d) == -1 ||
	    (p->g = guide_load(o.lang, &d)) == NULL)
		goto bad;
	if (reg != NULL && !qflag)
		notice("%s: %zu items met, %zu still missing, %zu new", reg,
		    rc.met, rc.kept, p->n - rc.kept);
	return;
bad:
	plan_free(p);
	fail(&d);
}

/* What the register says is done but the evaluation still misses. */
static void
still_missing(const struct plan *p)
{
	const struct planitem *it;
	char day[11];
	size_t i;

	for (i = 0; i < p->n && !qflag; i++) {
		it = &p->it[i];
		date_format(it->day, day);
		if (it->status == PLAN_REOPENED && it->was == PLAN_DONE)
			warning("%s:%lu: %s was done on %s, but the "
			    "evaluation after it still finds it missing: "
			    "reopened", reg, it->prevline, p->m.q[it->q].id,
			    day);
		else if (it->undated)
			warning("%s:%lu: %s is done but still missing in this "
			    "gap; give the day it was done (column date) so "
			    "that the next evaluation can tell", reg,
			    it->prevline, p->m.q[it->q].id);
	}
}

int
main(int argc, char *argv[])
{
	struct plan p;
	struct out w;
	int ch, Mflag = 0;

	prog_init(argv, "isac-plan", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "d:e:hl:M:m:o:p:qr:S:T:tV",
	    longopts, NULL)) != -1)
		switch (ch) {
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
		case OPT_GUIDE:
			gflag = 1;
			break;
		case 'e':
			evaluation = opt_date("-e", optarg);
			break;
		case 'h':
			help();
		case 'l':
			o.lang = opt_lang(optarg);
			break;
		case 'M':
			months = (int)opt_number("-M", optarg, 1, 120);
			Mflag = 1;
			break;
		case 'm':
			o.model = optarg;
			break;
		case OPT_PARALLEL:
			parallel = (int)opt_number("--parallel", optarg, 1, 99);
			break;
		case 'o':
			roster = optarg;
			break;
		case OPT_ORDER:
			if (strcmp(optarg, "gap") != 0 &&
			    strcmp(optarg, "model") != 0)
				usage("unknown order '%s': use model or gap",
				    optarg);
			bygap = strcmp(optarg, "gap") == 0;
			break;
		case 'p':
		case 'r':
			reg = optarg;
			break;
		case 'q':
			qflag = 1;
			break;
		case 'S':
			start = opt_date("-S", optarg);
			break;
		case 'T':
			if (strcmp(optarg, "start") != 0 &&
			    strcmp(optarg, "regional") != 0)
				usage("unknown template '%s': use start or "
				    "regional", optarg);
			template = optarg;
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
	if (argc > 1)
		usage("one gap at a time");
	if (template != NULL && (argc > 0 || roster || reg ||
	    start >= 0 || Mflag || o.model))
		usage("-T takes no gap and none of -M, -m, -o, -r, -S");
	if (gflag && (argc > 0 || template || roster || reg || start >= 0 ||
	    Mflag || lguide))
		usage("--guide takes no gap and none of -M, -o, -r, -S, -T, "
		    "--level-guide");
	if (lguide && template != NULL)
		usage("--level-guide goes with a gap, not with -T");
	if (Mflag && start < 0)
		usage("-M goes with -S");
	if (evaluation >= 0 && reg == NULL)
		usage("-e goes with -r");
	if (reg != NULL && strcmp(reg, "-") == 0 &&
	    (argc == 0 || strcmp(argv[0], "-") == 0))
		usage("-r - and the gap cannot both be the standard input");
	if (roster != NULL && strcmp(roster, "-") == 0 &&
	    (argc == 0 || strcmp(argv[0], "-") == 0))
		usage("-o - and the gap cannot both be the standard input");
	opts_done(&o);

	if (template != NULL || gflag) {
		out_start(&w, &o);
		if (gflag)
			whole_guide(&w);
		else
			phases(&w);
		finish(&w, 0);
	}
	build(&p, argc > 0 ? argv[0] : "-");
	still_missing(&p);
	out_start(&w, &o);
	if ((lguide ? plantab_explain(&w, &p, o.lang) :
	    plantab_write(&w, &p, start, months, o.lang)) == -1)
		nomem();
	plan_free(&p);
	finish(&w, 0);
}
