/*
 * rostertab.c: the tables isac-roster writes, each built from the roster
 * and written through a struct out (or, for the import formats of
 * mailing-list managers, as lines to its stream).
 *
 * Each writer checks everything before its first byte, so that on an
 * error the output is empty; each returns 1 when it found what the
 * command checks for, 0 when not, -1 with d set on an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isac.h"

/* The header row: names separated by commas in one string. */
static void
header(struct out *w, const char *names)
{
	const char *c;

	while ((c = strchr(names, ',')) != NULL) {
		out_fieldn(w, names, (size_t)(c - names));
		names = c + 1;
	}
	out_field(w, names);
	out_end(w);
}

static void
date_field(struct out *w, long day)
{
	char buf[11];

	date_format(day, buf);
	out_field(w, buf);
}

int
rtab_check(struct out *w, const struct roster *r, unsigned long warn_orgs,
    unsigned long max_orgs, struct diag *d)
{
	struct findings fs;
	size_t i;

	if (roster_check(r, warn_orgs, max_orgs, &fs, d) == -1)
		return -1;
	header(w, "severity,rule,org,name,message");
	for (i = 0; i < fs.n; i++) {
		out_field(w, fs.f[i].error ? "error" : "warning");
		out_field(w, roster_rule_id(fs.f[i].rule));
		out_field(w, fs.f[i].org);
		out_field(w, fs.f[i].name);
		out_field(w, fs.f[i].msg);
		out_end(w);
	}
	findings_free(&fs);
	return i > 0;
}

static int
by_email(const void *a, const void *b)
{
	const struct member *x = *(const struct member *const *)a;
	const struct member *y = *(const struct member *const *)b;
	int c = strcasecmp(x->email, y->email);

	return c ? c : x->line < y->line ? -1 : 1;
}

/* fmt is enum mailfmt, or MAIL_CSV for a table of name and email. */
int
rtab_mailing_list(struct out *w, const struct roster *r, int fmt,
    struct diag *d)
{
	const struct member **m;
	const char *why;
	char buf[2048];
	size_t i, n = 0;

	if ((m = calloc(r->n + 1, sizeof(*m))) == NULL)
		return diag_nomem(d, NULL);
	for (i = 0; i < r->n; i++) {
		if (!r->m[i].active)
			continue;
		if ((why = roster_email_problem(r->m[i].email)) != NULL) {
			free(m);
			return diag_set(d, r->t.name, r->m[i].line, "%s", why);
		}
		m[n++] = &r->m[i];
	}
	qsort(m, n, sizeof(*m), by_email);
	if (fmt == MAIL_CSV)
		header(w, "name,email");
	for (i = 0; i < n; i++) {
		if (i > 0 && strcasecmp(m[i]->email, m[i - 1]->email) == 0)
			continue;
		if (fmt == MAIL_CSV) {
			out_field(w, m[i]->name);
			out_field(w, m[i]->email);
			out_end(w);
		} else if (roster_mailbox(buf, sizeof(buf), m[i]->name,
		    m[i]->email, fmt) < sizeof(buf))
			fprintf(w->fp, "%s\n", buf);
	}
	free(m);
	return 0;
}

void
rtab_meetings(struct out *w, const struct roster *r,
    const struct meeting *mt, size_t n)
{
	size_t i;

	header(w, "date,agenda_due,host");
	for (i = 0; i < n; i++) {
		date_field(w, mt[i].date);
		date_field(w, mt[i].agenda_due);
		out_field(w, mt[i].host >= 0 ? r->org[mt[i].host].name : "");
		out_end(w);
	}
}

/* Attended as a whole percentage, rounded half up; empty for none. */
static void
rate(struct out *w, size_t attended, size_t meetings)
{
	if (meetings == 0)
		out_field(w, "");
	else
		out_num(w, (attended * 200 + meetings) / (2 * meetings));
}

int
rtab_attendance(struct out *w, const struct roster *r, const struct table *t,
    int subs, size_t max_absent, struct diag *d)
{
	struct orgatt *oa;
	struct repatt *ra;
	size_t i;
	int flagged = 0;

	oa = calloc(r->norg + 1, sizeof(*oa));
	ra = calloc(r->n + 1, sizeof(*ra));
	if (oa == NULL || ra == NULL) {
		free(oa);
		free(ra);
		return diag_nomem(d, NULL);
	}
	if (meetings_attendance(r, t, oa, ra, d) == -1) {
		free(oa);
		free(ra);
		return -1;
	}
	if (subs)
		header(w, "org,name,meetings,attended,rate");
	else
		header(w, "org,meetings,attended,rate,longest_absence,flagged,"
		    "substitute_present");
	for (i = 0; subs && i < r->n; i++)
		if (r->m[i].active && r->m[i].rep == REP_SUBSTITUTE) {
			out_field(w, r->m[i].org);
			out_field(w, r->m[i].name);
			out_num(w, ra[i].meetings);
			out_num(w, ra[i].attended);
			rate(w, ra[i].attended, ra[i].meetings);
			out_end(w);
		}
	for (i = 0; !subs && i < r->norg; i++)
		if (r->org[i].member) {
			out_field(w, r->org[i].name);
			out_num(w, oa[i].meetings);
			out_num(w, oa[i].attended);
			rate(w, oa[i].attended, oa[i].meetings);
			out_num(w, oa[i].longest);
			out_field(w, oa[i].longest > max_absent ? "yes" : "no");
			flagged |= oa[i].longest > max_absent;
			out_num(w, oa[i].substitute);
			out_end(w);
		}
	free(oa);
	free(ra);
	return flagged;
}

int
rtab_admit(struct out *w, const struct roster *r, const struct table *t,
    struct diag *d)
{
	static const char *const decision[] = { "pending", "admitted",
	    "rejected" };
	struct admission *ad;
	char missing[4096];
	size_t i, k, used;
	long n;

	if ((n = meetings_admit(r, t, &ad, d)) == -1)
		return -1;
	header(w, "candidate,decision,missing");
	for (i = 0; i < (size_t)n; i++) {
		missing[0] = '\0';
		for (used = 0, k = 0; k < r->norg; k++)
			if (r->org[k].member && ad[i].vote[k] == 0 &&
			    used < sizeof(missing))
				used += (size_t)snprintf(missing + used,
				    sizeof(missing) - used, "%s%s",
				    used ? "; " : "", r->org[k].name);
		out_field(w, ad[i].candidate);
		out_field(w, decision[ad[i].decision]);
		out_field(w, missing);
		out_end(w);
	}
	meetings_admit_free(ad, (size_t)n);
	return 0;
}

/* The active officers whose term of years ended on or before today. */
int
rtab_terms(struct out *w, const struct roster *r, int years, long today)
{
	const struct member *m;
	size_t i;
	long end;
	int over = 0;

	header(w, "role,org,name,since,term_end");
	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (!m->active || m->role == ROLE_MEMBER ||
		    !ROSTER_KNOWN(m->since) ||
		    (end = roster_term_end(m->since, years)) > today)
			continue;
		over = 1;
		out_field(w, roster_role_name(m->role));
		out_field(w, m->org);
		out_field(w, m->name);
		date_field(w, m->since);
		date_field(w, end);
		out_end(w);
	}
	return over;
}

void
rtab_evidence(struct out *w, const struct roster *r)
{
	struct evidence ev[2];
	int i;

	roster_evidence(r, ev);
	header(w, "id,answer,note");
	for (i = 0; i < 2; i++) {
		out_field(w, ev[i].id);
		out_field(w, answer_name(ev[i].answer));
		out_field(w, ev[i].note);
		out_end(w);
	}
}
