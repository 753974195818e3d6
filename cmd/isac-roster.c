/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac-roster: the member list of an ISAC checked against the guides,
 * and what follows from it: the mailing list, the year's meetings,
 * attendance, admission votes, terms of office, checklist evidence,
 * what is due, the form of the two-yearly evaluation, who has returned
 * the checklist, and the meeting cycle: the year's topics, a meeting's
 * agenda and its minutes form.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common.h"

enum { CMD_CHECK, CMD_MAILING_LIST, CMD_MEETINGS, CMD_ATTENDANCE, CMD_ADMIT,
    CMD_TERMS, CMD_EVIDENCE, CMD_DUE, CMD_EVALUATION, CMD_ANSWERED,
    CMD_TOPICS, CMD_AGENDA, CMD_MINUTES };

enum {
	OPT_ACTIONS = OPT_FIRST_OWN, OPT_ALL, OPT_ANSWERS, OPT_AVOID, OPT_DATE,
	OPT_DAYS, OPT_DTSTAMP, OPT_DURATION, OPT_EVALUATIONS, OPT_FIRST_HOST,
	OPT_FROM, OPT_TO,
	OPT_ICS, OPT_LOCATION, OPT_MAX_ABSENT, OPT_MAX_ORGS, OPT_MAX_YEARS,
	OPT_MEETING, OPT_MEETINGS, OPT_MIN_SUBSTITUTE, OPT_NAME,
	OPT_NO_CARNIVAL, OPT_PLAN, OPT_PREVIOUS, OPT_SUBSTITUTES, OPT_TIME,
	OPT_TOPICS, OPT_VENUE, OPT_WARN_ORGS
};

static const char	*cmd;		/* the subcommand */
static int		 format = -1;	/* mailing-list: enum mailfmt */
static int		 allflag;	/* mailing-list: nobody left off */
static int		 icsflag;
static int		 carnival = 1;	/* meetings avoid carnival */
static int		 sflag;		/* attendance per substitute */
static int		 nflag;		/* -n given */
static long		 year = -1, count = 6, weekday = 2, agenda = 3;
static long		 start = -1, duration = 180, max_absent = 2;
static long		 max_years = 2, warn_orgs = 20, max_orgs = 25;
static long		 days = 14, min_sub = -1;
static long		 meeting_day = MEET_NONE;
static int		 dflag;		/* --duration given */
static long		 dtstamp = ROSTER_NODATE, today = ROSTER_NODATE;
static const char	*first_host, *name = "ISAC", *location;
static const char	*avoid_path, *previous, *meetings_path, *plan_path;
static const char	*evals_path;	/* due, evaluation: --evaluations */
static long		 from = ROSTER_NODATE, to = ROSTER_NODATE;
static const char	*topics_path, *actions_path, *venue;
static char		**answers;	/* due --answers, nanswers of them */
static int		 nanswers;
static const char	*period;	/* answered: the period, or the latest */
static struct opts	 o;

static const struct option longopts[] = {
	{ "actions",		required_argument,	NULL,	OPT_ACTIONS },
	{ "agenda-weeks",	required_argument,	NULL,	'a' },
	{ "all",		no_argument,		NULL,	OPT_ALL },
	{ "answers",		required_argument,	NULL,	OPT_ANSWERS },
	{ "avoid",		required_argument,	NULL,	OPT_AVOID },
	{ "count",		required_argument,	NULL,	'n' },
	{ "date",		required_argument,	NULL,	OPT_DATE },
	{ "days",		required_argument,	NULL,	OPT_DAYS },
	{ "delimiter",		required_argument,	NULL,	'd' },
	{ "dtstamp",		required_argument,	NULL,	OPT_DTSTAMP },
	{ "duration",		required_argument,	NULL,	OPT_DURATION },
	{ "encoding",		required_argument,	NULL,	OPT_ENCODING },
	{ "evaluations",	required_argument,	NULL,	OPT_EVALUATIONS },
	{ "excel",		no_argument,		NULL,	OPT_EXCEL },
	{ "first-host",		required_argument,	NULL,	OPT_FIRST_HOST },
	{ "format",		required_argument,	NULL,	'f' },
	{ "from",		required_argument,	NULL,	OPT_FROM },
	{ "help",		no_argument,		NULL,	'h' },
	{ "ics",		no_argument,		NULL,	OPT_ICS },
	{ "lang",		required_argument,	NULL,	'l' },
	{ "location",		required_argument,	NULL,	OPT_LOCATION },
	{ "max-absent",		required_argument,	NULL,	OPT_MAX_ABSENT },
	{ "max-orgs",		required_argument,	NULL,	OPT_MAX_ORGS },
	{ "max-years",		required_argument,	NULL,	OPT_MAX_YEARS },
	{ "meeting",		required_argument,	NULL,	OPT_MEETING },
	{ "meetings",		required_argument,	NULL,	OPT_MEETINGS },
	{ "model",		required_argument,	NULL,	'm' },
	{ "min-substitute",	required_argument,	NULL,
	    OPT_MIN_SUBSTITUTE },
	{ "name",		required_argument,	NULL,	OPT_NAME },
	{ "no-carnival",	no_argument,		NULL,	OPT_NO_CARNIVAL },
	{ "period",		required_argument,	NULL,	'P' },
	{ "plan",		required_argument,	NULL,	OPT_PLAN },
	{ "previous",		required_argument,	NULL,	OPT_PREVIOUS },
	{ "sheet",		required_argument,	NULL,	OPT_SHEET },
	{ "substitutes",	no_argument,		NULL,	OPT_SUBSTITUTES },
	{ "time",		required_argument,	NULL,	OPT_TIME },
	{ "to",			required_argument,	NULL,	OPT_TO },
	{ "topics",		required_argument,	NULL,	OPT_TOPICS },
	{ "tsv",		no_argument,		NULL,	't' },
	{ "venue",		required_argument,	NULL,	OPT_VENUE },
	{ "version",		no_argument,		NULL,	'V' },
	{ "warn-orgs",		required_argument,	NULL,	OPT_WARN_ORGS },
	{ "weekday",		required_argument,	NULL,	'w' },
	{ "year",		required_argument,	NULL,	'y' },
	{ NULL,			0,			NULL,	0 }
};

static const char synopsis[] = N_(
    "usage: isac-roster check [--warn-orgs n] [--max-orgs n] roster\n"
    "       isac-roster mailing-list [-f format] [--all] roster\n"
    "       isac-roster meetings -y year [-n count] [-w weekday] "
    "[-a weeks]\n"
    "                   [--first-host org | --venue place] [--no-carnival]\n"
    "                   [--avoid file] [--topics file]\n"
    "                   [--ics [--name name] [--time hh:mm] "
    "[--duration min]\n"
    "                   [--location place] [--previous file.ics] "
    "[--dtstamp date]]\n"
    "                   roster\n"
    "       isac-roster attendance [--substitutes [--min-substitute n]] "
    "[--max-absent n]\n"
    "                   roster attendance\n"
    "       isac-roster admit roster votes\n"
    "       isac-roster terms [--max-years y] [--date date] roster\n"
    "       isac-roster evidence roster\n"
    "       isac-roster due [--date date] [--days n] [--evaluations file]\n"
    "                   [--answers file]... [--meetings file] [--plan file]\n"
    "                   [--actions file] [--max-years y] roster\n"
    "       isac-roster evaluation [--from date] [--to date] "
    "[--evaluations file]\n"
    "                   roster attendance\n"
    "       isac-roster answered [-m model] [-P period] roster answers "
    "...\n"
    "       isac-roster topics [--meetings file] roster topics\n"
    "       isac-roster agenda | minutes --meetings file [--topics file] "
    "[--actions file]\n"
    "                   [--meeting date | --date date] [--duration min] "
    "roster\n"
    "   all take [-t] [-d delim] [-l lang] [--encoding enc] [--excel]\n");

static const char *const helptext[] = {
	N_("      --actions FILE     agenda, minutes, due: the actions "
	    "register\n"),
	N_("  -a, --agenda-weeks W   meetings: agenda due W weeks before "
	    "(default 3)\n"),
	N_("      --all              mailing-list: keep functional "
	    "addresses and unsigned\n"),
	N_("      --answers FILE     due: an answers file, for the "
	    "evaluation when no\n"
	    "                         record of evaluations says (repeat)\n"),
	N_("      --avoid FILE       meetings: days to avoid instead of "
	    "the summer\n"),
	N_("      --date DATE        terms, due: the day to judge on; "
	    "agenda, minutes:\n"
	    "                         the first meeting from it (default "
	    "today)\n"),
	N_("      --days N           due: how far ahead an agenda is soon "
	    "(14)\n"),
	HELP_DELIM,
	N_("      --dtstamp DATE     meetings --ics: DTSTAMP (default "
	    "now)\n"),
	N_("      --duration MIN     meetings --ics --time: length "
	    "(default 180); agenda too\n"),
	N_("      --encoding ENC     read as utf-8, windows-1252 or "
	    "utf-16\n"),
	N_("      --evaluations FILE due, evaluation: the record of "
	    "evaluations held\n"),
	HELP_SHEET,
	HELP_EXCEL,
	N_("  -f, --format F         mailing-list: plain, mailman, sympa "
	    "or csv\n"),
	N_("      --first-host ORG   meetings: the rotation starts at "
	    "ORG\n"),
	N_("      --from DATE        evaluation: the period's first day\n"),
	N_("      --ics              meetings: an iCalendar file instead "
	    "of CSV\n"),
	N_("  -l, --lang LANG        en or nl (the calendar's words)\n"),
	N_("  -m, --model FILE       answered: the model the answers are "
	    "to\n"),
	N_("      --location PLACE   meetings --ics: where the meetings "
	    "are\n"),
	N_("      --max-absent N     attendance: flag more than N "
	    "absences in a row (2)\n"),
	N_("      --max-orgs N       check: error above N organisations "
	    "(25)\n"),
	N_("      --max-years Y      terms, due: the longest term in "
	    "years (2)\n"),
	N_("      --meeting DATE     agenda, minutes: the meeting on "
	    "DATE\n"),
	N_("      --meetings FILE    due, topics, agenda, minutes: the "
	    "meetings table\n"),
	N_("      --min-substitute N attendance --substitutes: flag fewer "
	    "than N meetings\n"),
	N_("  -n, --count N          meetings: how many (default 6)\n"),
	N_("      --name NAME        meetings --ics: the ISAC's name "
	    "(ISAC)\n"),
	N_("      --no-carnival      meetings: meetings may fall in "
	    "carnival\n"),
	N_("  -P, --period PERIOD    answered: this period, not the "
	    "latest\n"),
	N_("      --plan FILE        due: the plan, for steps past their "
	    "end\n"),
	N_("      --previous FILE    meetings --ics: the calendar sent "
	    "before\n"),
	N_("      --substitutes      attendance: per substitute instead\n"),
	N_("      --time HH:MM       meetings --ics: timed, Dutch time\n"),
	N_("      --to DATE          evaluation: the period's last day\n"),
	N_("      --topics FILE      meetings, agenda, minutes: the "
	    "year's topics\n"),
	N_("  -t, --tsv              write TSV instead of CSV\n"),
	N_("      --warn-orgs N      check: warning above N organisations "
	    "(20)\n"),
	N_("      --venue PLACE      meetings: a fixed venue, no host "
	    "rotation\n"),
	N_("  -w, --weekday D        meetings: the day of the week "
	    "(tuesday)\n"),
	N_("  -y, --year Y           meetings: the year to plan\n"),
	N_("  -h, --help             this help\n"),
	N_("  -V, --version          the version\n"),
	NULL
};

/* Is path the standard input? */
static int
is_stdin(const char *path)
{
	return path != NULL && strcmp(path, "-") == 0;
}

static void
read_roster(struct roster *r, const char *path, int lenient)
{
	struct diag d;

	if (roster_read(r, path, &o.in, lenient, &d) == -1)
		fail(&d);
}

/* The host to start at, from --first-host; -1 for the first. */
static long
first_org(const struct roster *r)
{
	struct diag d;
	long first = -1;

	if (first_host != NULL && (first = roster_org_find(r, first_host,
	    strlen(first_host))) == -2)
		nomem();
	if (first_host != NULL && (first == -1 || !r->org[first].member)) {
		diag_set(&d, NULL, 0, "--first-host: '%s' is not an active "
		    "member organisation of %s", first_host, r->t.name);
		fail(&d);
	}
	return first;
}

static void
calendar(const struct roster *r, const struct meeting *mt)
{
	struct icsprev prev;
	struct icsopt io = { name, o.lang, (int)start, (int)duration, 0,
	    location, (int)year, NULL };
	struct diag d;
	long matched;

	memset(&prev, 0, sizeof(prev));
	if (date_stamp(dtstamp == ROSTER_NODATE ? -1 : 86400LL * dtstamp,
	    &io.dtstamp, &d) == -1)
		fail(&d);
	if (previous != NULL) {
		if (ics_read(&prev, previous, &d) == -1)
			fail(&d);
		io.prev = &prev;
	}
	if ((matched = ics_meetings(stdout, r, mt, (size_t)count, &io)) == -1)
		nomem();
	if (previous != NULL && matched == 0)
		warning("%s: no meeting of %ld for '%s' in it: nothing to "
		    "update or cancel", strcmp(previous, "-") ? previous :
		    CSV_STDIN, year, name);
	ics_prev_free(&prev);
}

/* The table in path, its columns need checked at its header. */
static void
read_table(struct table *t, const char *path, const char *const *need)
{
	struct diag d;

	if (roster_table_read(t, path, &o.in, need, &d) == -1)
		fail(&d);
}

/*
 * The topics of --topics put to the meetings mt: each meeting's in the
 * table, those below TLP:RED in the calendar; a topic of no meeting is
 * for isac-roster topics to find.  Returns whether the topics had a tlp
 * column.
 */
static int
meeting_topics(struct meeting *mt, struct topic **tp, long *nt)
{
	static const char *const need[] = { "topic", "owner", NULL };
	struct strbuf b, c;
	struct table t;
	struct diag d;
	long day[12], i;
	int labelled, tlp;

	read_table(&t, topics_path, need);
	labelled = table_col(&t, "tlp") >= 0;
	if ((*nt = topics_read(&t, tp, &d)) == -1)
		fail(&d);
	for (i = 0; i < count; i++)
		day[i] = mt[i].date;
	topics_link(*tp, (size_t)*nt, day, (size_t)count);
	for (i = 0; i < count; i++) {
		sb_init(&b);
		sb_init(&c);
		tlp = TLP_NONE;
		topics_of(&b, *tp, (size_t)*nt, (size_t)i, TLP_RED, &mt[i].tlp);
		topics_of(&c, *tp, (size_t)*nt, (size_t)i, TLP_AMBER_STRICT,
		    &tlp);
		if (sb_failed(&b) || sb_failed(&c) ||
		    (mt[i].topics = strdup(sb_str(&b))) == NULL ||
		    (mt[i].ics_topics = strdup(sb_str(&c))) == NULL)
			nomem();
		sb_free(&b);
		sb_free(&c);
	}
	table_free(&t);
	return labelled;
}

static void
meetings(struct out *w, struct roster *r)
{
	struct meeting mt[12];
	struct avoid av;
	struct meetplan mp = { (int)year, (int)count, (int)weekday,
	    (int)agenda, -1, carnival, NULL, venue };
	struct topic *tp = NULL;
	struct diag d;
	long nt = 0, i;
	int labelled = 0;

	mp.first = first_org(r);
	if (avoid_path != NULL) {
		if (meetings_avoid_read(&av, avoid_path, &d) == -1)
			fail(&d);
		mp.avoid = &av;
	}
	if (meetings_plan(r, &mp, mt, &d) == -1)
		fail(&d);
	if (avoid_path != NULL)
		meetings_avoid_free(&av);
	if (topics_path != NULL)
		labelled = meeting_topics(mt, &tp, &nt);
	if (icsflag)
		calendar(r, mt);
	else
		rtab_meetings(w, r, mt, (size_t)count, topics_path != NULL,
		    labelled);
	for (i = 0; topics_path != NULL && i < count; i++) {
		free(mt[i].topics);
		free(mt[i].ics_topics);
	}
	topics_free(tp, (size_t)nt);
}

/* Officers whose term cannot be judged, for terms and due. */
static void
no_since(const struct roster *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->m[i].active && r->m[i].role != ROLE_MEMBER &&
		    !ROSTER_KNOWN(r->m[i].since))
			warning("%s:%lu: no 'since' for the %s: the term "
			    "cannot be checked", r->t.name, r->m[i].line,
			    roster_role_name(r->m[i].role));
}

static long
judge_day(void)
{
	struct diag d;

	if (today == ROSTER_NODATE && date_today(&today, &d) == -1)
		fail(&d);
	return today;
}

static int
terms(struct out *w, struct roster *r)
{
	judge_day();
	no_since(r);
	return rtab_terms(w, r, (int)max_years, today);
}

static int
mailing_list(struct out *w, struct roster *r)
{
	const struct member *m;
	struct mailto *list;
	struct diag d;
	size_t i, nleft;
	long n;
	int rc;

	if ((n = roster_mail_list(r, allflag, &list, &nleft, &d)) == -1)
		fail(&d);
	for (i = 0; i < nleft; i++) {
		m = list[n + i].m;
		warning("%s:%lu: %s <%s> left off the list: %s; --all keeps "
		    "it", r->t.name, m->line, m->name, m->email,
		    list[n + i].why);
	}
	rc = rtab_mailing_list(w, r, list, (size_t)n, format, &d);
	free(list);
	if (rc == -1)
		fail(&d);
	return 0;
}

/* The answers, for when the last evaluation was. */
static void
due_evaluated(struct duelist *l, const struct dueopt *dop)
{
	struct dueeval e;
	struct diag d;

	memset(&e, 0, sizeof(e));
	e.end = ROSTER_NODATE;
	if (input_each(nanswers, answers, &o.in, due_answers, &e, &d) == -1 ||
	    due_evaluation(l, &e, dop, &d) == -1)
		fail(&d);
	if (e.nnoperiod > 1)
		warning("%s and others: no column 'period': when they were "
		    "answered cannot be told", e.noperiod);
	else if (e.nnoperiod > 0)
		warning("%s: no column 'period': when it was answered cannot "
		    "be told", e.noperiod);
	else if (e.period == NULL)
		warning("no period of the answers says a date: whether an "
		    "evaluation is due cannot be told");
	dueeval_free(&e);
}

/*
 * The last evaluation in the record of --evaluations, on or before day
 * (ROSTER_NODATE: any), into e.
 */
static void
last_evaluation(struct evallast *e, long day)
{
	static const char *const need[] = { "date", NULL };
	struct table t;
	struct diag d;

	read_table(&t, evals_path, need);
	if (eval_last(&t, day, e, &d) == -1)
		fail(&d);
	table_free(&t);
}

/*
 * The evaluation due: by the record of evaluations held when there is
 * one that names an evaluation, else by the answers' periods.
 */
static void
due_evaluation_of(struct duelist *l, const struct dueopt *dop)
{
	struct evallast e;
	struct diag d;
	char day[11];

	if (evals_path != NULL) {
		last_evaluation(&e, dop->date);
		if (e.date != ROSTER_NODATE) {
			if (due_last_evaluation(l, &e, dop, &d) == -1)
				fail(&d);
			return;
		}
		l->labelled |= e.labelled;
		date_format(dop->date, day);
		if (nanswers == 0)
			warning("%s: no evaluation held by %s in it: whether "
			    "one is due cannot be told", is_stdin(evals_path) ?
			    CSV_STDIN : evals_path, day);
	}
	if (nanswers > 0)
		due_evaluated(l, dop);
}

static int
due(struct out *w, struct roster *r)
{
	static const char *const mneed[] = { "date", "agenda_due", NULL };
	static const char *const pneed[] = { "status", NULL };
	static const char *const aneed[] = { "action", "owner", "status",
	    NULL };
	struct dueopt dop = { judge_day(), (int)days, (int)max_years };
	struct duelist l;
	struct table t;
	struct diag d;
	int rc;

	memset(&l, 0, sizeof(l));
	no_since(r);
	if (evals_path != NULL || nanswers > 0)
		due_evaluation_of(&l, &dop);
	if (due_roster(&l, r, &dop, &d) == -1)
		fail(&d);
	if (meetings_path != NULL) {
		read_table(&t, meetings_path, mneed);
		if (due_meetings(&l, r, &t, &dop, &d) == -1)
			fail(&d);
		table_free(&t);
	}
	if (plan_path != NULL) {
		read_table(&t, plan_path, pneed);
		if ((rc = due_plan(&l, &t, &dop, &d)) == -1)
			fail(&d);
		if (rc == 1)
			warning("%s: no column 'end': no step of the plan can "
			    "be due", t.name);
		table_free(&t);
	}
	if (actions_path != NULL) {
		read_table(&t, actions_path, aneed);
		if (due_actions(&l, &t, &dop, &d) == -1)
			fail(&d);
		table_free(&t);
	}
	due_sort(&l);
	rc = rtab_due(w, &l);
	due_free(&l);
	return rc;
}

/* admit: a candidate without a representative is a finding. */
static int
admit(struct out *w, struct roster *r, struct table *t, struct diag *d)
{
	char *norep;
	int rc;

	if ((rc = rtab_admit(w, r, t, &norep, d)) == 1)
		warning("%s: no representative proposed for '%s': the guide "
		    "has the organisation and its representative voted on "
		    "together", t->name, norep);
	free(norep);
	return rc;
}

/* topics: the year's topics checked against the roster and meetings. */
static int
topics(struct out *w, struct roster *r, struct table *t, struct diag *d)
{
	static const char *const mneed[] = { "date", NULL };
	struct table mt;
	int rc;

	if (meetings_path != NULL)
		read_table(&mt, meetings_path, mneed);
	rc = atab_topics(w, r, t, meetings_path ? &mt : NULL, d);
	if (meetings_path != NULL)
		table_free(&mt);
	return rc;
}

/* agenda, minutes: of one meeting of --meetings. */
static int
agenda_of(struct out *w, struct roster *r, int minutes, struct diag *d)
{
	static const char *const mneed[] = { "date", NULL };
	static const char *const tneed[] = { "topic", "owner", NULL };
	static const char *const aneed[] = { "action", "owner", "status",
	    NULL };
	struct agendaopt ao = { meeting_day, MEET_NONE, (int)duration,
	    vocab_nl(o.lang), minutes };
	struct table mt, tt, at;
	int rc;

	if (meeting_day == MEET_NONE)
		ao.from = judge_day();
	read_table(&mt, meetings_path, mneed);
	if (topics_path != NULL)
		read_table(&tt, topics_path, tneed);
	if (actions_path != NULL)
		read_table(&at, actions_path, aneed);
	rc = atab_agenda(w, r, &mt, topics_path ? &tt : NULL,
	    actions_path ? &at : NULL, &ao, d);
	table_free(&mt);
	if (topics_path != NULL)
		table_free(&tt);
	if (actions_path != NULL)
		table_free(&at);
	return rc;
}

/*
 * The form of the evaluation over --from to --to, the period starting,
 * with --evaluations, the day after the last evaluation held.
 */
static int
evaluation(struct out *w, const struct roster *r, const struct table *att)
{
	struct evalform f = { from, to, 0, 0 };
	struct evallast e;
	struct table q;
	struct diag d;
	char day[11];

	if (evals_path != NULL) {
		last_evaluation(&e, to);
		if (e.date != ROSTER_NODATE)
			f.from = e.date + 1;
	}
	if (eval_questions(&q, o.lang, &d) == -1)
		fail(&d);
	if (eval_form(w, r, att, &q, &f, &d) == -1)
		fail(&d);
	table_free(&q);
	date_format(f.from, day);
	if (f.meetings == 0 && f.from != ROSTER_NODATE)
		warning("%s: no meeting from %s on in the period: no "
		    "attendance to evaluate", att->name, day);
	else if (f.meetings == 0)
		warning("%s: no meeting in the period: no attendance to "
		    "evaluate", att->name);
	return 0;
}

/*
 * answered: who has returned the checklist in the answers files named,
 * for a period.  1 when a member organisation has not.
 */
static int
answered(struct out *w, const struct roster *r, int argc, char *argv[])
{
	struct strbuf warn;
	struct model m;
	struct tally *t;
	struct diag d;
	size_t p;
	int rc;

	load_model(&m, &o);
	if ((t = tally_new(&m)) == NULL)
		nomem();
	if (tally_read_files(t, argc, argv, &o.in, &d) == -1 ||
	    gap_period(t, period, &p, &d) == -1)
		fail(&d);
	warnings(tally_warnings(t));
	sb_init(&warn);
	if ((rc = respond_returns(w, r, &m, t, p, &warn, &d)) == -1)
		fail(&d);
	warnings(sb_str(&warn));
	sb_free(&warn);
	tally_free(t);
	model_free(&m);
	return rc;
}

/*
 * The command c on the roster r (and the attendance or votes in path),
 * written to w.
 */
static int
run(int c, struct out *w, struct roster *r, const char *path)
{
	struct table t;
	struct diag d;
	int rc = 0;

	static const char *const tneed[] = { "topic", "owner", NULL };

	memset(&t, 0, sizeof(t));
	if (c == CMD_TOPICS)
		read_table(&t, path, tneed);
	else if (path != NULL && meetings_read(&t, path, &o.in,
	    c == CMD_ADMIT ? MEET_VOTES : MEET_ATTENDANCE, &d) == -1)
		fail(&d);
	switch (c) {
	case CMD_CHECK:
		rc = rtab_check(w, r, (unsigned long)warn_orgs,
		    (unsigned long)max_orgs, &d);
		break;
	case CMD_MAILING_LIST:
		rc = mailing_list(w, r);
		break;
	case CMD_MEETINGS:
		meetings(w, r);
		break;
	case CMD_ATTENDANCE:
		rc = rtab_attendance(w, r, &t, sflag, (size_t)max_absent,
		    min_sub, &d);
		break;
	case CMD_ADMIT:
		rc = admit(w, r, &t, &d);
		break;
	case CMD_TERMS:
		rc = terms(w, r);
		break;
	case CMD_EVIDENCE:
		if (rtab_evidence(w, r) == -1)
			nomem();
		break;
	case CMD_DUE:
		rc = due(w, r);
		break;
	case CMD_EVALUATION:
		rc = evaluation(w, r, &t);
		break;
	case CMD_TOPICS:
		rc = topics(w, r, &t, &d);
		break;
	case CMD_AGENDA:
	case CMD_MINUTES:
		rc = agenda_of(w, r, c == CMD_MINUTES, &d);
		break;
	}
	table_free(&t);
	if (rc == -1)
		fail(&d);
	return rc;
}

/*
 * An option of one subcommand given with another is a usage error; with
 * is the commands it goes with, "terms or due".
 */
static void
only(const char *opt, int given, const char *with)
{
	const char *w = with;
	size_t len;

	if (!given)
		return;
	for (;;) {
		len = strcspn(w, " ");
		if (strlen(cmd) == len && strncmp(cmd, w, len) == 0)
			return;
		if (strncmp(w + len, " or ", 4) != 0)
			break;
		w += len + 4;
	}
	usage("%s goes with %s", opt, with);
}

/* At most one of the files read is the standard input. */
static void
one_stdin(char *const *argv, int nfiles)
{
	int i, n = 0;

	for (i = 0; i < nfiles; i++)
		n += is_stdin(argv[i]);
	for (i = 0; i < nanswers; i++)
		n += is_stdin(answers[i]);
	n += is_stdin(avoid_path) + is_stdin(previous) +
	    is_stdin(meetings_path) + is_stdin(plan_path) +
	    is_stdin(evals_path) + is_stdin(topics_path) +
	    is_stdin(actions_path);
	if (n > 1)
		usage("only one file can be the standard input");
}

static void
add_answers(char *path)
{
	char **a;

	if ((a = realloc(answers, ((size_t)nanswers + 1) *
	    sizeof(*a))) == NULL)
		nomem();
	answers = a;
	answers[nanswers++] = path;
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

/* The combinations of options and commands that make no sense. */
static void
check_options(void)
{
	only("--warn-orgs", warn_orgs != 20, "check");
	only("--max-orgs", max_orgs != 25, "check");
	if (warn_orgs > max_orgs)
		usage("--warn-orgs %ld is above --max-orgs %ld", warn_orgs,
		    max_orgs);
	only("-f", format != -1, "mailing-list");
	only("--all", allflag, "mailing-list");
	if (format == -1)
		format = MAIL_PLAIN;
	if (format != MAIL_CSV && o.out != OUT_CSV &&
	    strcmp(cmd, "mailing-list") == 0)
		usage("-t and --excel go with -f csv");
	only("-y", year != -1, "meetings");
	only("-w", weekday != 2, "meetings");
	only("-a", agenda != 3, "meetings");
	only("--first-host", first_host != NULL, "meetings");
	only("--ics", icsflag, "meetings");
	only("--no-carnival", !carnival, "meetings");
	only("--avoid", avoid_path != NULL, "meetings");
	if (strcmp(cmd, "meetings") == 0 && year == -1)
		usage("meetings needs -y year");
	if (!icsflag && (start != -1 || (dflag && strcmp(cmd, "meetings") ==
	    0) || dtstamp != ROSTER_NODATE || strcmp(name, "ISAC") != 0 ||
	    location != NULL || previous != NULL))
		usage("--time, --duration, --dtstamp, --name, --location and "
		    "--previous go with --ics");
	only("--duration", dflag, "meetings or agenda or minutes");
	if (dflag && strcmp(cmd, "meetings") == 0 && start == -1)
		usage("--duration goes with --time");
	only("--venue", venue != NULL, "meetings");
	if (venue != NULL && (first_host != NULL || location != NULL))
		usage("--venue is where every meeting is: not with "
		    "--first-host or --location");
	only("--topics", topics_path != NULL, "meetings or agenda or minutes");
	only("--actions", actions_path != NULL, "agenda or minutes or due");
	only("--meeting", meeting_day != MEET_NONE, "agenda or minutes");
	if (meeting_day != MEET_NONE && today != ROSTER_NODATE)
		usage("--meeting names the meeting: not with --date");
	if ((strcmp(cmd, "agenda") == 0 || strcmp(cmd, "minutes") == 0) &&
	    meetings_path == NULL)
		usage("%s needs --meetings file", cmd);
	only("--min-substitute", min_sub != -1, "attendance");
	if (min_sub != -1 && !sflag)
		usage("--min-substitute goes with --substitutes");
	if (icsflag && o.out != OUT_CSV)
		usage("--ics writes a calendar: -t and --excel do not apply");
	only("--substitutes", sflag, "attendance");
	only("-n", nflag, "meetings");
	only("--days", days != 14, "due");
	only("--max-absent", max_absent != 2, "attendance");
	only("--max-years", max_years != 2, "terms or due");
	only("--date", today != ROSTER_NODATE,
	    "terms or due or agenda or minutes");
	only("--answers", nanswers > 0, "due");
	only("--meetings", meetings_path != NULL,
	    "due or topics or agenda or minutes");
	only("--plan", plan_path != NULL, "due");
	only("--evaluations", evals_path != NULL, "due or evaluation");
	only("--from", from != ROSTER_NODATE, "evaluation");
	only("--to", to != ROSTER_NODATE, "evaluation");
	if (from != ROSTER_NODATE && evals_path != NULL)
		usage("--from and --evaluations both say where the period "
		    "starts: give one");
	if (from != ROSTER_NODATE && to != ROSTER_NODATE && to < from)
		usage("--to is before --from");
	only("-m", o.model != NULL, "answered");
	only("-P", period != NULL, "answered");
}

int
main(int argc, char *argv[])
{
	static const char *const cmds[] = { "check", "mailing-list",
	    "meetings", "attendance", "admit", "terms", "evidence", "due",
	    "evaluation", "answered", "topics", "agenda", "minutes" };
	struct roster r;
	struct out w;
	int ch, status = 0, nfiles;
	size_t c;

	prog_init(argv, "isac-roster", synopsis, helptext);
	opts_init(&o);
	while ((ch = getopt_long(argc, argv, "a:d:f:hl:m:n:P:tVw:y:", longopts,
	    NULL)) != -1)
		switch (ch) {
		case OPT_ACTIONS:
			actions_path = optarg;
			break;
		case 'a':
			agenda = (long)opt_number("-a", optarg, 0, 26);
			break;
		case OPT_ALL:
			allflag = 1;
			break;
		case OPT_ANSWERS:
			add_answers(optarg);
			break;
		case OPT_AVOID:
			avoid_path = optarg;
			break;
		case OPT_DAYS:
			days = (long)opt_number("--days", optarg, 0, 366);
			break;
		case 'm':
			o.model = optarg;
			break;
		case 'P':
			period = optarg;
			break;
		case 'n':
			count = (long)opt_number("-n", optarg, 1, 12);
			nflag = 1;
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
		case OPT_EVALUATIONS:
			evals_path = optarg;
			break;
		case OPT_FROM:
			from = opt_date("--from", optarg);
			break;
		case OPT_TO:
			to = opt_date("--to", optarg);
			break;
		case OPT_DURATION:
			duration = (long)opt_number("--duration", optarg, 1,
			    1440);
			dflag = 1;
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
		case OPT_LOCATION:
			location = optarg;
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
		case OPT_MEETING:
			meeting_day = opt_date("--meeting", optarg);
			break;
		case OPT_MEETINGS:
			meetings_path = optarg;
			break;
		case OPT_MIN_SUBSTITUTE:
			min_sub = (long)opt_number("--min-substitute", optarg,
			    0, 1000);
			break;
		case OPT_NAME:
			name = optarg;
			break;
		case OPT_NO_CARNIVAL:
			carnival = 0;
			break;
		case OPT_PLAN:
			plan_path = optarg;
			break;
		case OPT_PREVIOUS:
			previous = optarg;
			break;
		case OPT_SUBSTITUTES:
			sflag = 1;
			break;
		case OPT_TIME:
			start = opt_time(optarg);
			break;
		case OPT_TOPICS:
			topics_path = optarg;
			break;
		case OPT_VENUE:
			venue = optarg;
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
		    "attendance, admit, terms, evidence, due, evaluation, "
		    "answered, topics, agenda or minutes");
	cmd = *argv++;
	argc--;
	for (c = 0; c < sizeof(cmds) / sizeof(cmds[0]); c++)
		if (strcmp(cmd, cmds[c]) == 0)
			break;
	if (c == sizeof(cmds) / sizeof(cmds[0]))
		usage("unknown command '%s'", cmd);
	nfiles = c == CMD_ATTENDANCE || c == CMD_ADMIT ||
	    c == CMD_EVALUATION || c == CMD_TOPICS ? 2 : 1;
	if (c == CMD_ANSWERED && argc < 2)
		usage("answered takes the roster and answers files");
	else if (c == CMD_ANSWERED)
		nfiles = argc;
	else if (argc != nfiles && nfiles == 2)
		usage("%s takes two files", cmd);
	else if (argc != nfiles)
		usage("%s takes one roster file", cmd);
	one_stdin(argv, nfiles);
	check_options();
	opts_done(&o);
	/* the guide: four to eight is usual; monthly is its own example */
	if (strcmp(cmd, "meetings") == 0 && (count < 4 || count > 8) &&
	    count != 12)
		warning("%ld meetings a year: the guide speaks of four to "
		    "eight", count);
	if (strcmp(cmd, "meetings") == 0 && agenda < 2)
		warning("the agenda %ld weeks before: the guide says two to "
		    "three weeks", agenda);

	read_roster(&r, argv[0], c == CMD_CHECK);
	out_start(&w, &o);
	status = c == CMD_ANSWERED ? answered(&w, &r, argc - 1, argv + 1) :
	    run((int)c, &w, &r, nfiles == 2 ? argv[1] : NULL);
	roster_free(&r);
	free(answers);
	finish(&w, status);
}
