/*
 * isac-roster: the member list of an ISAC checked against the guides,
 * and what follows from it: the mailing list, the year's meetings,
 * attendance, admission votes, terms of office, checklist evidence.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common.h"

enum { CMD_CHECK, CMD_MAILING_LIST, CMD_MEETINGS, CMD_ATTENDANCE, CMD_ADMIT,
    CMD_TERMS, CMD_EVIDENCE };

enum {
	OPT_DATE = OPT_FIRST_OWN, OPT_DTSTAMP, OPT_DURATION, OPT_FIRST_HOST,
	OPT_ICS, OPT_MAX_ABSENT, OPT_MAX_ORGS, OPT_MAX_YEARS, OPT_NAME,
	OPT_TIME, OPT_WARN_ORGS
};

static const char	*cmd;		/* the subcommand */
static int		 format = -1;	/* mailing-list: enum mailfmt */
static int		 icsflag;
static int		 sflag;		/* attendance per substitute */
static long		 year = -1, count = 6, weekday = 2, agenda = 3;
static long		 start = -1, duration = 180, max_absent = 2;
static long		 max_years = 2, warn_orgs = 20, max_orgs = 25;
static long		 dtstamp = ROSTER_NODATE, today = ROSTER_NODATE;
static const char	*first_host, *name = "ISAC";
static struct opts	 o;

static const struct option longopts[] = {
	{ "agenda-weeks",	required_argument,	NULL,	'a' },
	{ "count",		required_argument,	NULL,	'n' },
	{ "date",		required_argument,	NULL,	OPT_DATE },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "dtstamp",		required_argument,	NULL,	OPT_DTSTAMP },
	{ "duration",		required_argument,	NULL,	OPT_DURATION },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "first-host",		required_argument,	NULL,	OPT_FIRST_HOST },
	{ "format",		required_argument,	NULL,	'f' },
	{ "help",		no_argument,		NULL,	'h' },
	{ "ics",		no_argument,		NULL,	OPT_ICS },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "max-absent",		required_argument,	NULL,	OPT_MAX_ABSENT },
	{ "max-orgs",		required_argument,	NULL,	OPT_MAX_ORGS },
	{ "max-years",		required_argument,	NULL,	OPT_MAX_YEARS },
	{ "name",		required_argument,	NULL,	OPT_NAME },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "substitutes",	no_argument,		NULL,	's' },
	{ "time",		required_argument,	NULL,	OPT_TIME },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "version",		no_argument,		NULL,	'V' },
	{ "warn-orgs",		required_argument,	NULL,	OPT_WARN_ORGS },
	{ "weekday",		required_argument,	NULL,	'w' },
	{ "year",		required_argument,	NULL,	'y' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] =
    "usage: isac-roster check [--warn-orgs n] [--max-orgs n] roster\n"
    "       isac-roster mailing-list [-f format] roster\n"
    "       isac-roster meetings -y year [-n count] [-w weekday] "
    "[-a weeks]\n"
    "                   [--first-host org] [--ics [--name name] "
    "[--time hh:mm]\n"
    "                   [--duration min] [--dtstamp date]] roster\n"
    "       isac-roster attendance [-s] [--max-absent n] roster "
    "attendance\n"
    "       isac-roster admit roster votes\n"
    "       isac-roster terms [--max-years y] [--date date] roster\n"
    "       isac-roster evidence roster\n"
    "   all take [-t] [-d delim] [-l lang] [--encoding enc] [--excel]\n";

static const char helptext[] = "\n"
    "  -a, --agenda-weeks W   meetings: agenda due W weeks before "
    "(default 3)\n"
    "      --date DATE        terms: the day to judge on (default today)\n"
    "  -d, --delimiter C      read with delimiter C (, ; tab); "
    "default: guess\n"
    "      --dtstamp DATE     meetings --ics: DTSTAMP (default 1 January)\n"
    "      --duration MIN     meetings --ics --time: length (default 180)\n"
    "      --encoding ENC     read as utf-8, windows-1252 or utf-16\n"
    "      --sheet NAME       read the sheet NAME of a workbook; "
    "default: the first\n"
    "      --excel            write for Dutch Excel (; BOM CRLF)\n"
    "  -f, --format F         mailing-list: plain, mailman, sympa or csv\n"
    "      --first-host ORG   meetings: the rotation starts at ORG\n"
    "      --ics              meetings: an iCalendar file instead of CSV\n"
    "  -l, --lang LANG        en or nl (the calendar's words)\n"
    "      --max-absent N     attendance: flag more than N absences in a "
    "row (2)\n"
    "      --max-orgs N       check: error above N organisations (25)\n"
    "      --max-years Y      terms: the longest term in years (2)\n"
    "  -n, --count N          meetings: how many (default 6)\n"
    "      --name NAME        meetings --ics: the ISAC's name (ISAC)\n"
    "  -s, --substitutes      attendance: per substitute instead\n"
    "      --time HH:MM       meetings --ics: timed, Dutch time\n"
    "  -t, --tsv              write TSV instead of CSV\n"
    "      --warn-orgs N      check: warning above N organisations (20)\n"
    "  -w, --weekday D        meetings: the day of the week (tuesday)\n"
    "  -y, --year Y           meetings: the year to plan\n"
    "  -h, --help             this help\n"
    "  -V, --version          the version\n";

static void
read_roster(struct roster *r, const char *path, int lenient)
{
	struct diag d;

	if (roster_read(r, path, &o.in, lenient, &d) == -1)
		fail(&d);
}

static void
meetings(struct out *w, struct roster *r)
{
	struct meeting mt[12];
	struct icsopt io = { name, o.lang, (int)start, (int)duration,
	    dtstamp };
	struct diag d;
	long first = -1;

	if (first_host != NULL && ((first = roster_org_find(r, first_host,
	    strlen(first_host))) == -1 || !r->org[first].member)) {
		diag_set(&d, NULL, 0, "--first-host: '%s' is not an active "
		    "member organisation of %s", first_host, r->t.name);
		fail(&d);
	}
	if (meetings_plan(r, (int)year, (int)count, (int)weekday,
	    (int)agenda, first, mt, &d) == -1)
		fail(&d);
	if (io.dtstamp == ROSTER_NODATE)
		io.dtstamp = date_make((int)year, 1, 1);
	if (icsflag)
		ics_meetings(stdout, r, mt, (size_t)count, &io);
	else
		rtab_meetings(w, r, mt, (size_t)count);
}

static int
terms(struct out *w, struct roster *r)
{
	struct diag d;
	size_t i;

	if (today == ROSTER_NODATE && date_today(&today, &d) == -1)
		fail(&d);
	for (i = 0; i < r->n; i++)
		if (r->m[i].active && r->m[i].role != ROLE_MEMBER &&
		    !ROSTER_KNOWN(r->m[i].since))
			warning("%s:%lu: no 'since' for the %s: the term "
			    "cannot be checked", r->t.name, r->m[i].line,
			    roster_role_name(r->m[i].role));
	return rtab_terms(w, r, (int)max_years, today);
}

/* The command c on the roster r (and the file path), written to w. */
static int
run(int c, struct out *w, struct roster *r, const char *path)
{
	struct table t;
	struct diag d;
	int rc = 0;

	memset(&t, 0, sizeof(t));
	if (path != NULL && table_read(&t, path, &o.in, &d) == -1)
		fail(&d);
	switch (c) {
	case CMD_CHECK:
		rc = rtab_check(w, r, (unsigned long)warn_orgs,
		    (unsigned long)max_orgs, &d);
		break;
	case CMD_MAILING_LIST:
		rc = rtab_mailing_list(w, r, format, &d);
		break;
	case CMD_MEETINGS:
		meetings(w, r);
		break;
	case CMD_ATTENDANCE:
		rc = rtab_attendance(w, r, &t, sflag, (size_t)max_absent, &d);
		break;
	case CMD_ADMIT:
		rc = rtab_admit(w, r, &t, &d);
		break;
	case CMD_TERMS:
		rc = terms(w, r);
		break;
	case CMD_EVIDENCE:
		rtab_evidence(w, r);
		break;
	}
	table_free(&t);
	if (rc == -1)
		fail(&d);
	return rc;
}

/* An option of one subcommand given with another is a usage error. */
static void
only(const char *opt, int given, const char *with)
{
	if (given && strcmp(cmd, with) != 0)
		usage("%s goes with %s", opt, with);
}

static long
opt_time(const char *arg)
{
	unsigned long h, m;

	if (strlen(arg) != 5 || arg[2] != ':' ||
	    text_uint(arg, 2, 23, &h) == -1 ||
	    text_uint(arg + 3, 2, 59, &m) == -1)
		usage("--time takes a time HH:MM, not '%s'", arg);
	return (long)(h * 60 + m);
}

int
main(int argc, char *argv[])
{
	static const char *const cmds[] = { "check", "mailing-list",
	    "meetings", "attendance", "admit", "terms", "evidence" };
	struct roster r;
	struct out w;
	int ch, status = 0, nfiles;
	size_t c;

	prog_init(argv, "isac-roster", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "a:d:f:hl:n:stVw:y:", longopts,
	    NULL)) != -1)
		switch (ch) {
		case 'a':
			agenda = (long)opt_number("-a", optarg, 0, 26);
			break;
		case OPT_DATE:
			today = opt_date("--date", optarg);
			break;
		case 'd':
			o.in.delim = opt_delim(optarg);
			break;
		case OPT_DTSTAMP:
			dtstamp = opt_date("--dtstamp", optarg);
			break;
		case OPT_DURATION:
			duration = (long)opt_number("--duration", optarg, 1,
			    1440);
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
			if ((format = strcmp(optarg, "plain") == 0 ? MAIL_PLAIN :
			    strcmp(optarg, "mailman") == 0 ? MAIL_MAILMAN :
			    strcmp(optarg, "sympa") == 0 ? MAIL_SYMPA :
			    strcmp(optarg, "csv") == 0 ? MAIL_CSV : -1) == -1)
				usage("unknown format '%s': use plain, mailman, "
				    "sympa or csv", optarg);
			break;
		case OPT_FIRST_HOST:
			first_host = optarg;
			break;
		case 'h':
			help();
		case OPT_ICS:
			icsflag = 1;
			break;
		case 'l':
			o.lang = opt_lang(optarg);
			break;
		case OPT_MAX_ABSENT:
			max_absent = (long)opt_number("--max-absent", optarg, 0,
			    100);
			break;
		case OPT_MAX_ORGS:
			max_orgs = (long)opt_number("--max-orgs", optarg, 1,
			    10000);
			break;
		case OPT_MAX_YEARS:
			max_years = (long)opt_number("--max-years", optarg, 1,
			    100);
			break;
		case 'n':
			count = (long)opt_number("-n", optarg, 1, 12);
			break;
		case OPT_NAME:
			name = optarg;
			break;
		case 's':
			sflag = 1;
			break;
		case OPT_TIME:
			start = opt_time(optarg);
			break;
		case 't':
			o.out = OUT_TSV;
			break;
		case 'V':
			version();
		case OPT_WARN_ORGS:
			warn_orgs = (long)opt_number("--warn-orgs", optarg, 1,
			    10000);
			break;
		case 'w':
			if ((weekday = meetings_weekday(optarg)) == -1)
				usage("unknown weekday '%s'", optarg);
			break;
		case 'y':
			year = (long)opt_number("-y", optarg, 1, 9998);
			break;
		default:
			usage(NULL);
		}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage("no command: use check, mailing-list, meetings, "
		    "attendance, admit, terms or evidence");
	cmd = *argv++;
	argc--;
	for (c = 0; c < sizeof(cmds) / sizeof(cmds[0]); c++)
		if (strcmp(cmd, cmds[c]) == 0)
			break;
	if (c == sizeof(cmds) / sizeof(cmds[0]))
		usage("unknown command '%s'", cmd);
	nfiles = c == CMD_ATTENDANCE || c == CMD_ADMIT ? 2 : 1;
	if (argc != nfiles)
		usage("%s takes %s", cmd, nfiles == 2 ? "two files" :
		    "one roster file");
	if (nfiles == 2 && strcmp(argv[0], "-") == 0 &&
	    strcmp(argv[1], "-") == 0)
		usage("only one file can be the standard input");
	only("--warn-orgs", warn_orgs != 20, "check");
	only("--max-orgs", max_orgs != 25, "check");
	if (warn_orgs > max_orgs)
		usage("--warn-orgs %ld is above --max-orgs %ld", warn_orgs,
		    max_orgs);
	only("-f", format != -1, "mailing-list");
	if (format == -1)
		format = MAIL_PLAIN;
	if (format != MAIL_CSV && o.out != OUT_CSV &&
	    strcmp(cmd, "mailing-list") == 0)
		usage("-t and --excel go with -f csv");
	only("-y", year != -1, "meetings");
	only("-n", count != 6, "meetings");
	only("-w", weekday != 2, "meetings");
	only("-a", agenda != 3, "meetings");
	only("--first-host", first_host != NULL, "meetings");
	only("--ics", icsflag, "meetings");
	if (strcmp(cmd, "meetings") == 0 && year == -1)
		usage("meetings needs -y year");
	if (!icsflag && (start != -1 || duration != 180 ||
	    dtstamp != ROSTER_NODATE || strcmp(name, "ISAC") != 0))
		usage("--time, --duration, --dtstamp and --name go with --ics");
	if (duration != 180 && start == -1)
		usage("--duration goes with --time");
	if (icsflag && o.out != OUT_CSV)
		usage("--ics writes a calendar: -t and --excel do not apply");
	only("-s", sflag, "attendance");
	only("--max-absent", max_absent != 2, "attendance");
	only("--max-years", max_years != 2, "terms");
	only("--date", today != ROSTER_NODATE, "terms");
	opts_done(&o);
	if (strcmp(cmd, "meetings") == 0 && (count < 4 || count > 8))
		warning("%ld meetings a year: the guide speaks of four to "
		    "eight", count);
	if (strcmp(cmd, "meetings") == 0 && agenda < 2)
		warning("the agenda %ld weeks before: the guide says two to "
		    "three weeks", agenda);

	read_roster(&r, argv[0], c == CMD_CHECK);
	out_start(&w, &o);
	status = run((int)c, &w, &r, nfiles == 2 ? argv[1] : NULL);
	roster_free(&r);
	finish(&w, status);
}
