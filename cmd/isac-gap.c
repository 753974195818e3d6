/*
 * isac-gap: the checklist items between the answers and a target level,
 * or what changed between two periods.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum { OPT_FROM = OPT_FIRST_OWN, OPT_TO };

static int		 Cflag;		/* changes between two periods */
static int		 sflag;		/* one row per capability */
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
	{ "from",		required_argument,	NULL,	OPT_FROM },
	{ "help",		no_argument,		NULL,	'h' },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "model",		required_argument,	NULL,	'm' },
	{ "period",		required_argument,	NULL,	'p' },
	{ "summary",		no_argument,		NULL,	's' },
	{ "target",		required_argument,	NULL,	'T' },
	{ "target-level",	required_argument,	NULL,	'L' },
	{ "to",			required_argument,	NULL,	OPT_TO },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] =
    "usage: isac-gap [-st] [-c rule] [-d delim] [-l lang] [-m model] "
    "[-p period]\n"
    "                {-T target | -L level} [--encoding enc] [--excel] "
    "[file ...]\n"
    "       isac-gap -C [-st] [-c rule] [-d delim] [-l lang] [-m model]\n"
    "                [--from period] [--to period] [file ...]\n";

static const char helptext[] = "\n"
    "  -C, --changes          the answers that changed between two "
    "periods\n"
    "  -c, --consensus RULE   majority (default), all or any\n"
    "  -d, --delimiter C      read with delimiter C (, ; tab); "
    "default: guess\n"
    "      --encoding ENC     read as utf-8, windows-1252 or utf-16; "
    "default: guess\n"
    "      --excel            write for Dutch Excel (; BOM CRLF)\n"
    "      --from PERIOD      with -C: compare from this period\n"
    "  -L, --target-level N   the same target level for every capability\n"
    "  -l, --lang LANG        en or nl; default from the locale\n"
    "  -m, --model FILE       another model\n"
    "  -p, --period PERIOD    compare this period, not the latest\n"
    "  -s, --summary          one row per capability\n"
    "  -T, --target FILE      target levels, or a desired-state "
    "checklist\n"
    "      --to PERIOD        with -C: compare to this period\n"
    "  -t, --tsv              write TSV instead of CSV\n"
    "  -h, --help             this help\n"
    "  -V, --version          the version\n";


static void
answer_out(struct out *w, const struct tally *t, size_t p, size_t q)
{
	out_field(w, answer_word(consensus(tally_votes(t, p, q), o.rule),
	    o.lang));
}

/* The items to become yes, or the levels now and aimed at; 1 if any. */
static int
gap(struct out *w, const struct model *m, const struct tally *t, size_t p,
    const struct capscore *sc, const int *tgt)
{
	size_t *ids, n, k, c;
	int notes = tally_has_notes(t), d;
	char note[4096];

	if ((ids = calloc(m->nq, sizeof(*ids))) == NULL)
		nomem();
	n = gap_items(m, t, p, o.rule, tgt, ids);
	if (sflag) {
		out_header(w, "capability,current,target,gap");
		for (c = 0; c < m->ncap; c++) {
			d = tgt[c] - sc[c].level;
			out_field(w, m->cap[c].code);
			out_num(w, (unsigned long)sc[c].level);
			out_num(w, (unsigned long)tgt[c]);
			out_num(w, d > 0 ? (unsigned long)d : 0);
			out_end(w);
		}
	} else {
		out_header(w, notes ? "capability,level,id,answer,question,note" :
		    "capability,level,id,answer,question");
		for (k = 0; k < n; k++) {
			const struct question *q = &m->q[ids[k]];

			out_field(w, m->cap[q->cap].code);
			out_num(w, (unsigned long)q->level);
			out_field(w, q->id);
			answer_out(w, t, p, ids[k]);
			out_field(w, q->text);
			if (notes) {
				tally_note(t, p, ids[k], note, sizeof(note));
				out_field(w, note);
			}
			out_end(w);
		}
	}
	free(ids);
	return n > 0;
}

/* The answers, or levels, that differ between two periods; 1 if any. */
static int
changes(struct out *w, const struct model *m, const struct tally *t,
    size_t pf, size_t pt)
{
	struct capscore *a, *b;
	enum answer x, y;
	size_t q, c;
	int changed = 0;

	if (sflag) {
		a = calloc(m->ncap, sizeof(*a));
		b = calloc(m->ncap, sizeof(*b));
		if (a == NULL || b == NULL)
			nomem();
		score_period(m, t, pf, o.rule, a);
		score_period(m, t, pt, o.rule, b);
		out_header(w, "capability,from,to,change");
		for (c = 0; c < m->ncap; c++) {
			char sign[16];
			int dl = b[c].level - a[c].level;

			snprintf(sign, sizeof(sign), "%s%d", dl > 0 ? "+" : "",
			    dl);
			out_field(w, m->cap[c].code);
			out_num(w, (unsigned long)a[c].level);
			out_num(w, (unsigned long)b[c].level);
			out_field(w, sign);
			out_end(w);
			changed |= dl != 0;
		}
		free(a);
		free(b);
		return changed;
	}
	out_header(w, "capability,level,id,from,to,question");
	for (q = 0; q < m->nq; q++) {
		x = consensus(tally_votes(t, pf, q), o.rule);
		y = consensus(tally_votes(t, pt, q), o.rule);
		if (x == y)
			continue;
		out_field(w, m->cap[m->q[q].cap].code);
		out_num(w, (unsigned long)m->q[q].level);
		out_field(w, m->q[q].id);
		answer_out(w, t, pf, q);
		answer_out(w, t, pt, q);
		out_field(w, m->q[q].text);
		out_end(w);
		changed = 1;
	}
	return changed;
}

/* The target of every capability, from the options, into tgt. */
static int
targets(const struct model *m, const struct capscore *sc, int *tgt,
    struct diag *d)
{
	size_t c;

	if (target != NULL && gap_target_read(m, target, &o.in, o.rule, tgt,
	    d) == -1)
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
	struct tally *t;
	struct model m;
	struct diag d;
	struct out w;
	size_t p, pt;
	int ch, status, *tgt = NULL;

	prog_init(argv, "isac-gap", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "Cc:d:hL:l:m:p:sT:tV", longopts,
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
		case OPT_EXCEL:
			o.out = OUT_EXCEL;
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
		case 'p':
			period = optarg;
			break;
		case 's':
			sflag = 1;
			break;
		case 'T':
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
		usage("-C compares two periods: no -T, -L or -p");
	if (!Cflag && (from != NULL || to != NULL))
		usage("--from and --to go with -C");
	if (!Cflag && target == NULL && level < 0)
		usage("a target is needed: -T FILE or -L LEVEL");
	if (target != NULL && level >= 0)
		usage("-T and -L exclude each other");
	if (stdin_twice(argc, argv))
		usage("-T - and the answers cannot both be the standard input");
	opts_done(&o);

	load_model(&m, &o);
	if (level > m.nlevels)
		usage("-L %d is not a level of the model: use 0 to %d", level,
		    m.nlevels);
	if ((t = tally_new(&m)) == NULL)
		nomem();
	if (!Cflag && ((sc = calloc(m.ncap, sizeof(*sc))) == NULL ||
	    (tgt = calloc(m.ncap, sizeof(*tgt))) == NULL))
		nomem();
	if (tally_read_files(t, argc, argv, &o.in, &d) == -1 ||
	    (Cflag ? gap_periods(t, from, to, &p, &pt, &d) :
	    gap_period(t, period, &p, &d)) == -1)
		goto bad;
	if (!Cflag) {
		score_period(&m, t, p, o.rule, sc);
		if (targets(&m, sc, tgt, &d) == -1)
			goto bad;
	}

	out_start(&w, &o);
	if (Cflag)
		status = changes(&w, &m, t, p, pt);
	else
		status = gap(&w, &m, t, p, sc, tgt);
	free(tgt);
	free(sc);
	tally_free(t);
	model_free(&m);
	finish(&w, status);
bad:
	free(tgt);
	free(sc);
	tally_free(t);
	model_free(&m);
	fail(&d);
}
