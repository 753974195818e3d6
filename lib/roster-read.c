/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-read.c: the member list of an ISAC read from its table, with its
 * organisations and the TLP label of each row.
 *
 * The secretary keeps the list ("ledenadministratie", Start een ISAC,
 * Rollen) as a table of people: organisation, name, address, role in the
 * ISAC, kind of representative, and the dates of signing, joining and
 * leaving.  A row with a date in 'left' is history, not a member.  An
 * organisation is a member organisation while one of its people is an
 * active fixed or substitute representative; people without a 'rep'
 * (a secretary lent by a sector body) are on the list but represent no
 * one.
 *
 * Organisations and people are found by their folded names (fold.c)
 * through hash tables, so that two spellings of one name are one, and
 * a roster of many thousands is read in one pass.  A row may carry a
 * TLP label (a 'tlp' column, anywhere); an organisation carries the
 * strictest label of its rows, for what is said about it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

static const char *const role_en[] = {
	"member", "chair", "vice-chair", "secretary"
};

const char *
roster_role_name(int role)
{
	return role >= 0 && role <= ROLE_SECRETARY ? role_en[role] : "";
}

/* Letters only, lower case: "Vice-Voorzitter" and "vicevoorzitter" meet. */
static int
word_is(const char *s, size_t len, const char *const *words)
{
	char buf[32];
	size_t i, n = 0;

	for (i = 0; i < len && n < sizeof(buf) - 1; i++)
		if (s[i] != '-' && s[i] != ' ' && s[i] != '_' && s[i] != '.')
			buf[n++] = (char)text_lower((unsigned char)s[i]);
	if (i < len)
		return 0;	/* longer than any word: none of them */
	buf[n] = '\0';
	for (; *words != NULL; words++)
		if (strcmp(buf, *words) == 0)
			return 1;
	return 0;
}

int
roster_role_parse(const char *s, size_t len)
{
	static const char *const member[] = { "", "member", "lid", NULL };
	static const char *const chair[] = { "chair", "chairman",
	    "chairperson", "chairwoman", "voorzitter", "vz", NULL };
	static const char *const vice[] = { "vicechair", "vicechairman",
	    "vicechairperson", "vicevoorzitter", "vvz", NULL };
	static const char *const secr[] = { "secretary", "secretaris",
	    "secr", NULL };

	if (word_is(s, len, member))
		return ROLE_MEMBER;
	if (word_is(s, len, chair))
		return ROLE_CHAIR;
	if (word_is(s, len, vice))
		return ROLE_VICE;
	if (word_is(s, len, secr))
		return ROLE_SECRETARY;
	return -1;
}

int
roster_rep_parse(const char *s, size_t len)
{
	static const char *const none[] = { "", "none", "geen", NULL };
	static const char *const fixed[] = { "primary", "fixed", "vast",
	    "vaste", NULL };
	static const char *const sub[] = { "substitute", "backup", "vervanger",
	    "plaatsvervanger", "reserve", NULL };

	if (word_is(s, len, none))
		return REP_NONE;
	if (word_is(s, len, fixed))
		return REP_FIXED;
	if (word_is(s, len, sub))
		return REP_SUBSTITUTE;
	return -1;
}

/*
 * Reads the table in path, checking that it has the columns named in
 * need (NULL-terminated) before it reads a row: the wrong file, or an
 * endless one, is refused at its header.
 */
int
roster_table_read(struct table *t, const char *path,
    const struct csvopt *opt, const char *const *need, struct diag *d)
{
	struct csvr *r;
	int col, rc = -1;

	memset(t, 0, sizeof(*t));
	if ((r = csvr_open(path, opt, d)) == NULL)
		return -1;
	if (table_head(t, r, d) == -1)
		goto out;
	for (; *need != NULL; need++)
		if (table_need(t, *need, &col, d) == -1) {
			table_free(t);
			goto out;
		}
	rc = table_body(t, r, d);
out:
	csvr_close(r);
	return rc;
}

static char *
dupn(const char *s, size_t len)
{
	char *p;

	if ((p = malloc(len + 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* A date column: ROSTER_NODATE when empty; bad ones as lenient says. */
static int
read_date(const struct roster *r, size_t i, int col, const char *name,
    int lenient, long *day, struct diag *d)
{
	const char *s;
	size_t len;

	*day = ROSTER_NODATE;
	s = table_value(&r->t, i, col, &len);
	if (len == 0)
		return 0;
	if (date_parse(s, len, day) == 0)
		return 0;
	*day = ROSTER_BADDATE;
	if (lenient)
		return 0;
	return diag_set(d, r->t.name, r->t.rows[i].line, "bad date '%.*s' in "
	    "column '%s' (use YYYY-MM-DD or DD-MM-YYYY)", (int)len, s, name);
}

/*
 * The key of a person: the organisation's number, then the folded name,
 * so that two people of one name in two organisations are two people.
 */
static long
person_add(struct roster *r, size_t i)
{
	struct strbuf key;
	long k;

	sb_init(&key);
	sb_printf(&key, "%zu:%s", r->m[i].org_i, r->m[i].name_key);
	k = sb_failed(&key) ? -1 : strtab_add(r->people, key.s, key.len);
	sb_free(&key);
	return k;
}

/* The organisation of row i, by its folded name: a new one when new. */
static int
org_add(struct roster *r, size_t i, const char *s, size_t len)
{
	struct rorg *o;
	size_t klen;
	char *key;
	long k;

	if ((key = fold_name(s, len, &klen)) == NULL)
		return -1;
	k = strtab_add(r->orgs, key, klen);
	free(key);
	if (k == -1)
		return -1;
	if ((size_t)k == r->norg) {
		if ((o = realloc(r->org, (r->norg + 1) * sizeof(*o))) == NULL)
			return -1;
		r->org = o;
		memset(&o[r->norg], 0, sizeof(*o));
		o[r->norg].name = r->m[i].org;
		o[r->norg].tlp = TLP_NONE;
		r->norg++;
	}
	r->m[i].org_i = (size_t)k;
	return 0;
}

static int
read_names(struct roster *r, size_t i, const int *col, struct diag *d)
{
	struct member *m = &r->m[i];
	const char *s;
	size_t len;
	long k;

	s = table_value(&r->t, i, col[0], &len);
	if (len == 0)
		return diag_set(d, r->t.name, m->line, "no organisation in "
		    "column 'org'");
	if ((m->org = dupn(s, len)) == NULL || org_add(r, i, s, len) == -1)
		return diag_nomem(d, r->t.name);
	s = table_value(&r->t, i, col[1], &len);
	if (len == 0)
		return diag_set(d, r->t.name, m->line, "no name in column "
		    "'name'");
	if ((m->name = dupn(s, len)) == NULL ||
	    (m->name_key = fold_name(s, len, &len)) == NULL)
		return diag_nomem(d, r->t.name);
	s = table_value(&r->t, i, col[2], &len);
	if ((m->email = dupn(s, len)) == NULL ||
	    (m->email_key = fold_name(s, len, &len)) == NULL)
		return diag_nomem(d, r->t.name);
	if ((k = person_add(r, i)) == -1)
		return diag_nomem(d, r->t.name);
	if ((size_t)k == r->npeople)
		r->person[r->npeople++] = i;
	return 0;
}

static int
read_row(struct roster *r, size_t i, const int *col, int lenient,
    struct diag *d)
{
	struct member *m = &r->m[i];
	const char *s;
	size_t len;

	m->line = r->t.rows[i].line;
	s = table_value(&r->t, i, r->col_tlp, &len);
	if ((m->tlp = tlp_value(s, len, r->t.name, m->line, d)) == -2)
		return -1;
	if (read_names(r, i, col, d) == -1)
		return -1;
	s = table_value(&r->t, i, col[3], &len);
	if ((m->role = roster_role_parse(s, len)) == -1)
		return diag_set(d, r->t.name, m->line, "unknown role '%.*s': "
		    "use chair, vice-chair, secretary or member", (int)len, s);
	s = table_value(&r->t, i, col[4], &len);
	if ((m->rep = roster_rep_parse(s, len)) == -1)
		return diag_set(d, r->t.name, m->line, "unknown rep '%.*s': "
		    "use primary, substitute or nothing", (int)len, s);
	if (read_date(r, i, col[5], "signed", lenient, &m->signed_on,
	    d) == -1 ||
	    read_date(r, i, col[6], "joined", lenient, &m->joined, d) == -1 ||
	    read_date(r, i, col[7], "left", lenient, &m->left, d) == -1 ||
	    read_date(r, i, col[8], "since", lenient, &m->since, d) == -1)
		return -1;
	m->active = m->left == ROSTER_NODATE;
	return 0;
}

/* What follows from all rows: member organisations, labels. */
static void
tally_orgs(struct roster *r)
{
	const struct member *m;
	struct rorg *o;
	size_t i;

	r->tlp_active = TLP_NONE;
	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		o = &r->org[m->org_i];
		o->tlp = tlp_max(o->tlp, m->tlp);
		if (m->active)
			r->tlp_active = tlp_max(r->tlp_active, m->tlp);
		if (!m->active || m->rep == REP_NONE)
			continue;
		if (!o->member)
			r->nmember++;
		o->member = 1;
		if (m->rep == REP_FIXED)
			o->nfixed++;
		else
			o->nsub++;
	}
}

/*
 * Reads the roster in path.  Lenient, a date that cannot be read is kept
 * as ROSTER_BADDATE for roster_check to report; otherwise it is an error.
 * A row with a 'left' date, even an unreadable one, is not active.  A
 * label that is not one is an error either way.
 */
int
roster_read(struct roster *r, const char *path, const struct csvopt *opt,
    int lenient, struct diag *d)
{
	static const char *const need[] = { "org", "name", "email", "role",
	    "rep", "signed", "joined", "left", NULL };
	int col[9];
	size_t i, n;

	memset(r, 0, sizeof(*r));
	if (roster_table_read(&r->t, path, opt, need, d) == -1)
		return -1;
	for (i = 0; i < 8; i++)
		col[i] = table_col(&r->t, need[i]);
	col[8] = table_col(&r->t, "since");
	r->col_signed = col[5];
	r->col_joined = col[6];
	r->col_left = col[7];
	r->col_since = col[8];
	r->col_tlp = table_col(&r->t, "tlp");
	r->labelled = r->col_tlp >= 0;
	n = r->t.nrows ? r->t.nrows : 1;
	if ((r->orgs = strtab_new(0)) == NULL ||
	    (r->people = strtab_new(0)) == NULL ||
	    (r->m = calloc(n, sizeof(*r->m))) == NULL ||
	    (r->person = calloc(n, sizeof(*r->person))) == NULL) {
		diag_nomem(d, r->t.name);
		goto fail;
	}
	for (r->n = 0; r->n < r->t.nrows; r->n++)
		if (read_row(r, r->n, col, lenient, d) == -1) {
			r->n++;
			goto fail;
		}
	tally_orgs(r);
	return 0;
fail:
	roster_free(r);
	return -1;
}

void
roster_free(struct roster *r)
{
	size_t i;

	for (i = 0; r->m != NULL && i < r->n; i++) {
		free(r->m[i].org);
		free(r->m[i].name);
		free(r->m[i].email);
		free(r->m[i].name_key);
		free(r->m[i].email_key);
	}
	free(r->m);
	free(r->org);
	free(r->person);
	strtab_free(r->orgs);
	strtab_free(r->people);
	table_free(&r->t);
	memset(r, 0, sizeof(*r));
}

/*
 * The organisation called s (len bytes) in any spelling of its name,
 * -1 when the roster does not know it, -2 when out of memory.
 */
long
roster_org_find(const struct roster *r, const char *s, size_t len)
{
	size_t klen;
	char *key;
	long k;

	if ((key = fold_name(s, len, &klen)) == NULL)
		return -2;
	k = strtab_find(r->orgs, key, klen);
	free(key);
	return k;
}

/*
 * The first row of organisation org whose person is called s (len
 * bytes), -1 when there is none, -2 when out of memory.
 */
long
roster_person_find(const struct roster *r, size_t org, const char *s,
    size_t len)
{
	struct strbuf key;
	size_t klen;
	char *name;
	long k;

	if ((name = fold_name(s, len, &klen)) == NULL)
		return -2;
	sb_init(&key);
	sb_printf(&key, "%zu:%s", org, name);
	free(name);
	if (sb_failed(&key)) {
		sb_free(&key);
		return -2;
	}
	k = strtab_find(r->people, key.s, key.len);
	sb_free(&key);
	return k < 0 ? -1 : (long)r->person[k];
}
