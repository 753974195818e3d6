/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * rostertab.c: the tables isac-roster writes, each built from the roster
 * and written through a struct out (or, for the import formats of
 * mailing-list managers, as lines to its stream).
 *
 * Each table's header comes from its declaration (tables.c), with a tlp
 * column last when the roster, or the other table read with it, has
 * one; each row then carries the label of what it was made from, as
 * roster-rules.c and meetings.c work it out.
 *
 * Each writer checks everything before its first byte, so that on an
 * error the output is empty; each returns 1 when it found what the
 * command checks for, 0 when not, -1 with d set on an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

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
	tab_header(w, TK_FINDINGS, 0, 0, r->labelled);
	for (i = 0; i < fs.n; i++) {
		out_field(w, fs.f[i].error ? "error" : "warning");
		out_field(w, roster_rule_id(fs.f[i].rule));
		out_field(w, fs.f[i].org);
		out_field(w, fs.f[i].name);
		out_field(w, fs.f[i].msg);
		tab_tlp(w, r->labelled, fs.f[i].tlp);
		out_end(w);
	}
	findings_free(&fs);
	return i > 0;
}

/*
 * The mailing list m (n addresses, roster_mail_list's), in fmt (enum
 * mailfmt): MAIL_CSV a table of name and email (and the label), the
 * others lines for a mailing-list manager, which have no place for a
 * label.
 */
int
rtab_mailing_list(struct out *w, const struct roster *r,
    const struct mailto *m, size_t n, int fmt, struct diag *d)
{
	struct strbuf lines;
	size_t i;
	int rc = 0;

	if (fmt == MAIL_CSV) {
		tab_header(w, TK_MAILING, 0, 0, r->labelled);
		for (i = 0; i < n; i++) {
			out_field(w, m[i].m->name);
			out_field(w, m[i].m->email);
			tab_tlp(w, r->labelled, m[i].tlp);
			out_end(w);
		}
		return 0;
	}
	/* All lines made before the first is written: nothing half. */
	sb_init(&lines);
	for (i = 0; i < n; i++)
		if (roster_mailbox(&lines, m[i].m->name, m[i].m->email,
		    fmt) == 0)
			sb_addc(&lines, '\n');
	if (sb_failed(&lines))
		rc = diag_nomem(d, r->t.name);
	else
		fwrite(sb_str(&lines), 1, lines.len, w->fp);
	sb_free(&lines);
	return rc;
}

/*
 * A meeting carries the label of its host's rows and of its topics'
 * rows.  The venue column is there at a fixed venue, the topics column
 * when topics were given (labelled says whether they had a tlp column).
 */
void
rtab_meetings(struct out *w, const struct roster *r,
    const struct meeting *mt, size_t n, int topics, int labelled)
{
	unsigned with = 0;
	size_t i;

	labelled |= r->labelled;
	if (n > 0 && mt[0].venue != NULL)
		with |= tab_with(TK_MEETINGS, "venue");
	if (topics)
		with |= tab_with(TK_MEETINGS, "topics");
	tab_header(w, TK_MEETINGS, with, 0, labelled);
	for (i = 0; i < n; i++) {
		date_field(w, mt[i].date);
		date_field(w, mt[i].agenda_due);
		out_field(w, mt[i].host >= 0 ? r->org[mt[i].host].name : "");
		if (mt[i].venue != NULL)
			out_field(w, mt[i].venue);
		if (topics)
			out_field(w, mt[i].topics ? mt[i].topics : "");
		tab_tlp(w, labelled, tlp_max(mt[i].tlp, mt[i].host >= 0 ?
		    r->org[mt[i].host].tlp : TLP_NONE));
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

/*
 * Each active substitute's attendance; with a minimum (min >= 0, the
 * meetings a back-up representative attends at least, as the ISAC
 * agreed: Bekende gezichten), whether they came to fewer, and 1 when
 * anyone did.
 */
static int
att_subs(struct out *w, const struct roster *r, const struct repatt *ra,
    long min, int labelled)
{
	size_t i;
	int below, any = 0;

	tab_header(w, TK_REPATT, min >= 0 ? tab_with(TK_REPATT,
	    "below_minimum") : 0, 0, labelled);
	for (i = 0; i < r->n; i++)
		if (r->m[i].active && r->m[i].rep == REP_SUBSTITUTE) {
			out_field(w, r->m[i].org);
			out_field(w, r->m[i].name);
			out_num(w, ra[i].meetings);
			out_num(w, ra[i].attended);
			rate(w, ra[i].attended, ra[i].meetings);
			below = min >= 0 && ra[i].attended < (size_t)min;
			if (min >= 0)
				out_field(w, below ? "yes" : "no");
			any |= below;
			tab_tlp(w, labelled, ra[i].tlp);
			out_end(w);
		}
	return any;
}

static int
att_orgs(struct out *w, const struct roster *r, const struct orgatt *oa,
    size_t max_absent, int labelled)
{
	size_t i;
	int flagged = 0;

	tab_header(w, TK_ATTENDANCE, tab_with(TK_ATTENDANCE,
	    "substitute_present"), 0, labelled);
	for (i = 0; i < r->norg; i++)
		if (r->org[i].member) {
			out_field(w, r->org[i].name);
			out_num(w, oa[i].meetings);
			out_num(w, oa[i].attended);
			rate(w, oa[i].attended, oa[i].meetings);
			out_num(w, oa[i].longest);
			out_field(w, oa[i].longest > max_absent ? "yes" : "no");
			flagged |= oa[i].longest > max_absent;
			out_num(w, oa[i].substitute);
			tab_tlp(w, labelled, oa[i].tlp);
			out_end(w);
		}
	return flagged;
}

int
rtab_attendance(struct out *w, const struct roster *r, const struct table *t,
    int subs, size_t max_absent, long min_sub, struct diag *d)
{
	struct orgatt *oa;
	struct repatt *ra;
	int rc = 0, labelled = meetings_labelled(r, t);

	oa = calloc(r->norg + 1, sizeof(*oa));
	ra = calloc(r->n + 1, sizeof(*ra));
	if (oa == NULL || ra == NULL)
		rc = diag_nomem(d, NULL);
	else if ((rc = meetings_attendance(r, t, oa, ra, d)) == 0) {
		if (subs)
			rc = att_subs(w, r, ra, min_sub, labelled);
		else
			rc = att_orgs(w, r, oa, max_absent, labelled);
	}
	free(oa);
	free(ra);
	return rc;
}

/* A candidate's row: who has not voted yet, and its label. */
struct admrow {
	struct strbuf	 missing;
	int		 tlp;
};

/*
 * The row of candidate ad: its label the strictest of its vote rows and
 * of the roster rows of the organisations named in missing.
 */
static void
adm_row(const struct roster *r, const struct admission *ad,
    struct admrow *row)
{
	size_t k;

	row->tlp = ad->tlp;
	for (k = 0; k < r->norg; k++)
		if (r->org[k].member && ad->vote[k] == 0) {
			sb_printf(&row->missing, "%s%s", row->missing.len ?
			    "; " : "", r->org[k].name);
			row->tlp = tlp_max(row->tlp, r->org[k].tlp);
		}
}

/*
 * The decision on each candidate and its proposed representative; in
 * *norep (to free; NULL when none) the candidates for whom no
 * representative was proposed, for the caller to warn of.
 */
int
rtab_admit(struct out *w, const struct roster *r, const struct table *t,
    char **norep, struct diag *d)
{
	static const char *const decision[] = { "pending", "admitted",
	    "rejected" };
	struct strbuf nr;
	struct admission *ad;
	struct admrow *row;
	int labelled = meetings_labelled(r, t), failed = 0;
	size_t i;
	long n;

	*norep = NULL;
	if ((n = meetings_admit(r, t, &ad, d)) == -1)
		return -1;
	sb_init(&nr);
	for (i = 0; i < (size_t)n; i++)
		if (ad[i].rep == NULL)
			sb_printf(&nr, "%s%s", nr.len ? "', '" : "",
			    ad[i].candidate);
	failed = sb_failed(&nr);
	/* Every row is made before the first is written: nothing half. */
	if ((row = calloc((size_t)n + 1, sizeof(*row))) == NULL)
		failed = 1;
	for (i = 0; !failed && i < (size_t)n; i++) {
		adm_row(r, &ad[i], &row[i]);
		failed = sb_failed(&row[i].missing);
	}
	if (!failed && nr.len > 0 && (*norep = strdup(sb_str(&nr))) == NULL)
		failed = 1;
	sb_free(&nr);
	if (!failed)
		tab_header(w, TK_ADMISSION, tab_with(TK_ADMISSION,
		    "representative"), 0, labelled);
	for (i = 0; !failed && i < (size_t)n; i++) {
		out_field(w, ad[i].candidate);
		out_field(w, ad[i].rep ? ad[i].rep : "");
		out_field(w, decision[ad[i].decision]);
		out_field(w, sb_str(&row[i].missing));
		tab_tlp(w, labelled, row[i].tlp);
		out_end(w);
	}
	for (i = 0; row != NULL && i < (size_t)n; i++)
		sb_free(&row[i].missing);
	free(row);
	meetings_admit_free(ad, (size_t)n);
	if (failed) {
		free(*norep);
		*norep = NULL;
		return diag_nomem(d, t->name);
	}
	return *norep != NULL;
}

/* The active officers whose term of years ended on or before today. */
int
rtab_terms(struct out *w, const struct roster *r, int years, long today)
{
	const struct member *m;
	size_t i;
	long end;
	int over = 0;

	tab_header(w, TK_TERMS, 0, 0, r->labelled);
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
		tab_tlp(w, r->labelled, m->tlp);
		out_end(w);
	}
	return over;
}

/*
 * The evidence as answers (id,answer,note) for isac-score.  Returns 0,
 * or -1 when out of memory, before anything is written.
 */
int
rtab_evidence(struct out *w, const struct roster *r)
{
	struct evidence ev[2];
	int i;

	if (roster_evidence(r, ev) == -1)
		return -1;
	tab_header(w, TK_ANSWERS, tab_with(TK_ANSWERS, "note"), 0,
	    r->labelled);
	for (i = 0; i < 2; i++) {
		out_field(w, ev[i].id);
		out_field(w, answer_name(ev[i].answer));
		out_field(w, ev[i].note);
		tab_tlp(w, r->labelled, ev[i].tlp);
		out_end(w);
	}
	evidence_free(ev);
	return 0;
}

/* What is due, sorted (due.c); 1 when anything is, else 0. */
int
rtab_due(struct out *w, const struct duelist *l)
{
	size_t i;

	tab_header(w, TK_DUE, 0, 0, l->labelled);
	for (i = 0; i < l->n; i++) {
		date_field(w, l->it[i].due);
		out_field(w, due_kind_name(l->it[i].kind));
		out_field(w, l->it[i].subject);
		out_field(w, l->it[i].who);
		out_field(w, l->it[i].msg);
		tab_tlp(w, l->labelled, l->it[i].tlp);
		out_end(w);
	}
	return l->n > 0;
}
