/*
 * isac-score: checklist answers to a level per capability.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "isac.h"

static int		 Dflag;		/* disagreements instead of levels */
static int		 qflag;		/* no warning about unanswered */
static int		 Tflag;		/* the blank checklist */
static int		 tflag;		/* TSV out */
static int		 delim;		/* 0: guess */
static const char	*lang;
static const char	*modelarg;
static int		 rule = CONS_MAJORITY;

static const struct option longopts[] = {
	{ "consensus",		required_argument,	NULL,	'c' },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "disagreements",	no_argument,		NULL,	'D' },
	{ "help",		no_argument,		NULL,	'h' },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "model",		required_argument,	NULL,	'm' },
	{ "quiet",		no_argument,		NULL,	'q' },
	{ "template",		no_argument,		NULL,	'T' },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] =
    "usage: isac-score [-qt] [-c rule] [-d delim] [-l lang] [-m model] "
    "[file ...]\n"
    "       isac-score -D [-t] [-c rule] [-d delim] [-l lang] [-m model] "
    "[file ...]\n"
    "       isac-score -T [-t] [-l lang] [-m model]\n";

static void
usage(void)
{
	fputs(synopsis, stderr);
	exit(2);
}

static void
help(void)
{
	fputs(synopsis, stdout);
	fputs("\n"
	    "  -c, --consensus RULE   majority (default), all or any\n"
	    "  -D, --disagreements    the questions respondents answer "
	    "differently\n"
	    "  -d, --delimiter C      read with delimiter C (, ; tab); "
	    "default: guess\n"
	    "  -l, --lang LANG        en or nl; default from the locale\n"
	    "  -m, --model FILE       score against another model\n"
	    "  -q, --quiet            no warning about unanswered questions\n"
	    "  -T, --template         print the blank checklist\n"
	    "  -t, --tsv              write TSV instead of CSV\n"
	    "  -h, --help             this help\n"
	    "  -V, --version          the version\n", stdout);
	exit(0);
}

static void
template(struct csvw *w, const struct model *m)
{
	size_t i;

	csvw_field(w, "id");
	csvw_field(w, "capability");
	csvw_field(w, "level");
	csvw_field(w, "question");
	csvw_field(w, "answer");
	csvw_end(w);
	for (i = 0; i < m->nq; i++) {
		csvw_field(w, m->q[i].id);
		csvw_field(w, m->cap[m->q[i].cap].code);
		csvw_num(w, (unsigned long)m->q[i].level);
		csvw_field(w, m->q[i].text);
		csvw_field(w, "");
		csvw_end(w);
	}
}

/* The answers in the files named, or on stdin; NULL on an error. */
static struct tally *
read_answers(const struct model *m, int argc, char *argv[], struct diag *d)
{
	static char *stdin_only[] = { "-" };
	struct tally *t;
	struct csvr *r;
	int i, rc;

	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	if ((t = tally_new(m)) == NULL) {
		diag_nomem(d, NULL);
		return NULL;
	}
	for (i = 0; i < argc; i++) {
		r = csvr_open(argv[i], delim, d);
		rc = r == NULL ? -1 : tally_read(t, r, d);
		csvr_close(r);
		if (rc == -1) {
			tally_free(t);
			return NULL;
		}
	}
	return t;
}

static void
score_header(struct csvw *w, const struct model *m, const struct tally *t)
{
	char name[32];
	int l;

	if (tally_has_periods(t))
		csvw_field(w, "period");
	csvw_field(w, "capability");
	csvw_field(w, "level");
	for (l = 1; l <= m->nlevels; l++) {
		snprintf(name, sizeof(name), "yes_%d", l);
		csvw_field(w, name);
		snprintf(name, sizeof(name), "applicable_%d", l);
		csvw_field(w, name);
	}
	csvw_field(w, "unanswered");
	csvw_end(w);
}

static void
scores(struct csvw *w, const struct model *m, const struct tally *t)
{
	struct capscore *sc;
	struct diag warning;
	size_t p, c;
	int l;

	if ((sc = calloc(m->ncap, sizeof(*sc))) == NULL)
		err(2, NULL);
	score_header(w, m, t);
	for (p = 0; p < tally_nperiods(t); p++) {
		score_period(m, t, p, rule, sc);
		if (score_unanswered(m, t, p, &warning) > 0 && !qflag)
			warnx("warning: %s", warning.text);
		for (c = 0; c < m->ncap; c++) {
			if (tally_has_periods(t))
				csvw_field(w, tally_period(t, p));
			csvw_field(w, m->cap[c].code);
			csvw_num(w, (unsigned long)sc[c].level);
			for (l = 1; l <= m->nlevels; l++) {
				csvw_num(w, sc[c].yes[l]);
				csvw_num(w, sc[c].applicable[l]);
			}
			csvw_num(w, sc[c].unanswered);
			csvw_end(w);
		}
	}
	free(sc);
}

static void
disagreements(struct csvw *w, const struct model *m, const struct tally *t)
{
	const unsigned long *v;
	size_t p, q;
	int a;

	if (tally_has_periods(t))
		csvw_field(w, "period");
	csvw_field(w, "id");
	for (a = ANS_YES; a < ANS_N; a++)
		csvw_field(w, answer_name(a));
	csvw_field(w, "unanswered");
	csvw_field(w, "question");
	csvw_end(w);
	for (p = 0; p < tally_nperiods(t); p++)
		for (q = 0; q < m->nq; q++) {
			v = tally_votes(t, p, q);
			if (!score_disputed(v))
				continue;
			if (tally_has_periods(t))
				csvw_field(w, tally_period(t, p));
			csvw_field(w, m->q[q].id);
			for (a = ANS_YES; a < ANS_N; a++)
				csvw_num(w, v[a]);
			csvw_num(w, tally_unanswered(t, p, q));
			csvw_field(w, m->q[q].text);
			csvw_end(w);
		}
}

int
main(int argc, char *argv[])
{
	struct model m;
	struct tally *t = NULL;
	struct csvw w;
	struct diag d;
	char path[4096];
	int ch;

	argv[0] = "isac-score";		/* for getopt's messages */
	while ((ch = getopt_long(argc, argv, "c:Dd:hl:m:qTtV", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'c':
			if ((rule = consensus_parse(optarg)) == -1) {
				warnx("unknown consensus rule '%s': use "
				    "majority, all or any", optarg);
				usage();
			}
			break;
		case 'D':
			Dflag = 1;
			break;
		case 'd':
			if ((delim = csv_delim_parse(optarg)) == -1) {
				warnx("bad delimiter '%s': use one "
				    "character, or tab", optarg);
				usage();
			}
			break;
		case 'h':
			help();
			break;
		case 'l':
			if ((lang = data_lang(optarg)) == NULL) {
				warnx("unknown language '%s': use en or nl",
				    optarg);
				usage();
			}
			break;
		case 'm':
			modelarg = optarg;
			break;
		case 'q':
			qflag = 1;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 't':
			tflag = 1;
			break;
		case 'V':
			puts("isac-score " VERSION);
			return 0;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (Tflag && (Dflag || argc > 0))
		usage();
	if (lang == NULL)
		lang = data_lang_default();

	if (data_model_path(modelarg, lang, path, sizeof(path), &d) == -1 ||
	    model_load(&m, path, &d) == -1)
		errx(2, "%s", d.text);
	if (!Tflag && (t = read_answers(&m, argc, argv, &d)) == NULL) {
		model_free(&m);
		errx(2, "%s", d.text);
	}

	csvw_init(&w, stdout, tflag ? '\t' : ',');
	if (Tflag)
		template(&w, &m);
	else if (Dflag)
		disagreements(&w, &m, t);
	else
		scores(&w, &m, t);
	if (csvw_flush(&w) == -1)
		err(2, "stdout");
	tally_free(t);
	model_free(&m);
	return 0;
}
