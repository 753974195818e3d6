/*
 * roster.c: the member list of an ISAC, and the rules the guides set
 * for it.
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
 * The rules are data (rules[] below: id, severity) and one function each;
 * roster_check returns the findings in a fixed order: rows in file order,
 * then organisations in roster order, then the group.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

static const struct {
	const char	*id;
	int		 error;		/* else a warning */
} rules[] = {
	[RULE_BAD_DATE] =		{ "bad-date", 1 },
	[RULE_BAD_EMAIL] =		{ "bad-email", 1 },
	[RULE_LEFT_BEFORE_JOINED] =	{ "left-before-joined", 1 },
	[RULE_FUNCTIONAL] =		{ "functional-address", 1 },
	[RULE_SIGNED] =			{ "signed", 1 },
	[RULE_DUP_EMAIL] =		{ "duplicate-email", 1 },
	[RULE_DUP_PERSON] =		{ "duplicate-person", 1 },
	[RULE_FIXED] =			{ "fixed-reps", 1 },
	[RULE_SUBSTITUTE] =		{ "substitute", 0 },
	[RULE_MIXED] =			{ "mixed-domains", 0 },
	[RULE_CHAIR] =			{ "chair", 1 },
	[RULE_VICE] =			{ "vice-chair", 1 },
	[RULE_SECRETARY] =		{ "secretary", 1 },
	[RULE_SIZE] =			{ "size", 1 },
};

/*
 * Mailboxes of a function, not a person (Start een ISAC, Communicatie:
 * "alleen persoonlijke adressen, geen functionele mailboxen").  The part
 * before '@' (and before a '+' tag) is compared without case.
 */
static const char *const functional[] = {
	"abuse", "admin", "administrator", "beveiliging", "cert", "ciso",
	"contact", "csirt", "do-not-reply", "donotreply", "helpdesk", "ict",
	"incident", "incidents", "info", "informatie", "isac", "it", "mail",
	"noc", "no-reply", "noreply", "office", "post", "postmaster",
	"privacy", "psirt", "receptie", "secretariaat", "secretariat",
	"security", "servicedesk", "soc", "support", "team", "webmaster",
};

static const char *const role_en[] = {
	"member", "chair", "vice-chair", "secretary"
};

const char *
roster_rule_id(int rule)
{
	return rules[rule].id;
}

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
		return 0;
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
 * Why an address is not one a mail server would take, or NULL.  The form
 * is local@domain: the local part dot-separated atoms, the domain at
 * least two dot-separated labels of letters, digits and hyphens.  Bytes
 * above 127 are let through, for internationalised addresses.
 */
const char *
roster_email_problem(const char *s)
{
	const char *at = strchr(s, '@'), *p;
	int label = 0, dots = 0;

	if (*s == '\0')
		return "no address";
	if (at == NULL)
		return "no '@' in the address";
	if (strchr(at + 1, '@') != NULL)
		return "more than one '@' in the address";
	if (at == s)
		return "nothing before the '@'";
	for (p = s; p < at; p++)
		if (*p == '.' && (p == s || p + 1 == at || p[1] == '.'))
			return "a dot at the start or end of the part before "
			    "'@', or two dots";
	for (p = s; p < at; p++)
		if ((unsigned char)*p < 0x80 && !(*p >= 'a' && *p <= 'z') &&
		    !(*p >= 'A' && *p <= 'Z') && !(*p >= '0' && *p <= '9') &&
		    strchr("!#$%&'*+-/=?^_`{|}~.", *p) == NULL)
			return "a space or other character not allowed in an "
			    "address";
	for (p = at + 1; ; p++) {
		if (*p == '.' || *p == '\0') {
			if (label == 0)
				return "an empty part in the domain";
			if (p[-1] == '-')
				return "a domain part that ends in a hyphen";
			if (*p == '\0')
				break;
			dots++;
			label = 0;
			continue;
		}
		if (*p == '-' && label == 0)
			return "a domain part that starts with a hyphen";
		if ((unsigned char)*p < 0x80 && !(*p >= 'a' && *p <= 'z') &&
		    !(*p >= 'A' && *p <= 'Z') && !(*p >= '0' && *p <= '9') &&
		    *p != '-')
			return "a character not allowed in the domain";
		label++;
	}
	if (dots == 0)
		return "a domain without a dot";
	return NULL;
}

/* The mailbox name when s is a functional address, else NULL. */
static const char *
functional_box(const char *s)
{
	const char *at = strchr(s, '@'), *plus;
	size_t i, len;

	if (at == NULL)
		return NULL;
	len = (size_t)(at - s);
	if ((plus = memchr(s, '+', len)) != NULL)
		len = (size_t)(plus - s);
	for (i = 0; i < sizeof(functional) / sizeof(functional[0]); i++)
		if (text_ieq(s, len, functional[i]))
			return functional[i];
	return NULL;
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
	    "column '%s' (use YYYY-MM-DD)", (int)len, s, name);
}

static int
read_row(struct roster *r, size_t i, const int *col, int lenient,
    struct diag *d)
{
	struct member *m = &r->m[i];
	unsigned long line = r->t.rows[i].line;
	const char *s;
	size_t len;
	long k;

	m->line = line;
	s = table_value(&r->t, i, col[0], &len);
	if (len == 0)
		return diag_set(d, r->t.name, line, "no organisation in "
		    "column 'org'");
	if ((k = strtab_add(r->orgs, s, len)) == -1 ||
	    (m->org = dupn(s, len)) == NULL)
		return diag_nomem(d, r->t.name);
	m->org_i = (size_t)k;
	s = table_value(&r->t, i, col[1], &len);
	if (len == 0)
		return diag_set(d, r->t.name, line, "no name in column 'name'");
	if ((m->name = dupn(s, len)) == NULL)
		return diag_nomem(d, r->t.name);
	s = table_value(&r->t, i, col[2], &len);
	if ((m->email = dupn(s, len)) == NULL)
		return diag_nomem(d, r->t.name);
	s = table_value(&r->t, i, col[3], &len);
	if ((m->role = roster_role_parse(s, len)) == -1)
		return diag_set(d, r->t.name, line, "unknown role '%.*s': use "
		    "chair, vice-chair, secretary or member", (int)len, s);
	s = table_value(&r->t, i, col[4], &len);
	if ((m->rep = roster_rep_parse(s, len)) == -1)
		return diag_set(d, r->t.name, line, "unknown rep '%.*s': use "
		    "primary, substitute or nothing", (int)len, s);
	if (read_date(r, i, col[5], "signed", lenient, &m->signed_on,
	    d) == -1 ||
	    read_date(r, i, col[6], "joined", lenient, &m->joined, d) == -1 ||
	    read_date(r, i, col[7], "left", lenient, &m->left, d) == -1 ||
	    read_date(r, i, col[8], "since", lenient, &m->since, d) == -1)
		return -1;
	m->active = m->left == ROSTER_NODATE;
	return 0;
}

/*
 * Reads the roster in path.  Lenient, a date that cannot be read is kept
 * as ROSTER_BADDATE for roster_check to report; otherwise it is an error.
 * A row with a 'left' date, even an unreadable one, is not active.
 */
int
roster_read(struct roster *r, const char *path, const struct csvopt *opt,
    int lenient, struct diag *d)
{
	static const char *const need[] = { "org", "name", "email", "role",
	    "rep", "signed", "joined", "left" };
	int col[9];
	size_t i;

	memset(r, 0, sizeof(*r));
	if (table_read(&r->t, path, opt, d) == -1)
		return -1;
	for (i = 0; i < 8; i++)
		if (table_need(&r->t, need[i], &col[i], d) == -1)
			goto fail;
	col[8] = table_col(&r->t, "since");
	r->col_signed = col[5];
	r->col_joined = col[6];
	r->col_left = col[7];
	r->col_since = col[8];
	if ((r->orgs = strtab_new(1)) == NULL ||
	    (r->m = calloc(r->t.nrows ? r->t.nrows : 1, sizeof(*r->m))) ==
	    NULL) {
		diag_nomem(d, r->t.name);
		goto fail;
	}
	for (r->n = 0; r->n < r->t.nrows; r->n++)
		if (read_row(r, r->n, col, lenient, d) == -1) {
			r->n++;
			goto fail;
		}
	for (r->norg = 0; strtab_get(r->orgs, r->norg) != NULL; r->norg++)
		;
	if ((r->org = calloc(r->norg ? r->norg : 1, sizeof(*r->org))) ==
	    NULL) {
		diag_nomem(d, r->t.name);
		goto fail;
	}
	for (i = 0; i < r->norg; i++)
		r->org[i].name = strtab_get(r->orgs, i);
	for (i = 0; i < r->n; i++) {
		struct rorg *o = &r->org[r->m[i].org_i];

		if (!r->m[i].active || r->m[i].rep == REP_NONE)
			continue;
		if (!o->member)
			r->nmember++;
		o->member = 1;
		if (r->m[i].rep == REP_FIXED)
			o->nfixed++;
		else
			o->nsub++;
	}
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
	}
	free(r->m);
	free(r->org);
	strtab_free(r->orgs);
	table_free(&r->t);
	memset(r, 0, sizeof(*r));
}

/* The organisation's index, or -1 when the roster does not know it. */
long
roster_org_find(const struct roster *r, const char *s, size_t len)
{
	return strtab_find(r->orgs, s, len);
}

static int
add(struct findings *fs, int rule, const char *org, const char *name,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int
add(struct findings *fs, int rule, const char *org, const char *name,
    const char *fmt, ...)
{
	struct finding *f;
	va_list ap;

	if (fs->n == fs->cap) {
		size_t cap = fs->cap ? 2 * fs->cap : 32;

		if ((f = realloc(fs->f, cap * sizeof(*f))) == NULL)
			return -1;
		fs->f = f;
		fs->cap = cap;
	}
	f = &fs->f[fs->n++];
	f->rule = rule;
	f->error = rules[rule].error;
	f->org = org;
	f->name = name;
	va_start(ap, fmt);
	vsnprintf(f->msg, sizeof(f->msg), fmt, ap);
	va_end(ap);
	return 0;
}

void
findings_free(struct findings *fs)
{
	free(fs->f);
	memset(fs, 0, sizeof(*fs));
}

static int
bad_dates(const struct roster *r, size_t i, struct findings *fs)
{
	static const char *const name[] = { "signed", "joined", "left",
	    "since" };
	const struct member *m = &r->m[i];
	const long day[] = { m->signed_on, m->joined, m->left, m->since };
	const int col[] = { r->col_signed, r->col_joined, r->col_left,
	    r->col_since };
	const char *s;
	size_t k, len;

	for (k = 0; k < 4; k++) {
		if (day[k] != ROSTER_BADDATE)
			continue;
		s = table_value(&r->t, i, col[k], &len);
		if (add(fs, RULE_BAD_DATE, m->org, m->name, "line %lu: bad "
		    "date '%.*s' in column '%s' (use YYYY-MM-DD)", m->line,
		    (int)(len > 40 ? 40 : len), s, name[k]) == -1)
			return -1;
	}
	return 0;
}

static int
same_ci(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++)
		if (text_lower((unsigned char)*a) != text_lower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/* The earlier active row with the same address (or name), or NULL. */
static const struct member *
earlier(const struct roster *r, size_t i, int byname)
{
	const char *s = byname ? r->m[i].name : r->m[i].email;
	size_t k;

	if (!byname && roster_email_problem(s) != NULL)
		return NULL;
	for (k = 0; k < i; k++)
		if (r->m[k].active && same_ci(s, byname ? r->m[k].name :
		    r->m[k].email))
			return &r->m[k];
	return NULL;
}

static int
check_row(const struct roster *r, size_t i, struct findings *fs)
{
	const struct member *m = &r->m[i], *e;
	const char *why, *box;

	if (bad_dates(r, i, fs) == -1)
		return -1;
	if (ROSTER_KNOWN(m->left) && ROSTER_KNOWN(m->joined) &&
	    m->left < m->joined && add(fs, RULE_LEFT_BEFORE_JOINED, m->org,
	    m->name, "line %lu: left before joining", m->line) == -1)
		return -1;
	if (!m->active)
		return 0;
	if ((why = roster_email_problem(m->email)) != NULL) {
		if (add(fs, RULE_BAD_EMAIL, m->org, m->name, "line %lu: %s",
		    m->line, why) == -1)
			return -1;
	} else if ((box = functional_box(m->email)) != NULL &&
	    add(fs, RULE_FUNCTIONAL, m->org, m->name, "line %lu: '%s@' is a "
	    "functional mailbox, not a personal address", m->line, box) == -1)
		return -1;
	if (m->signed_on == ROSTER_NODATE && add(fs, RULE_SIGNED, m->org,
	    m->name, "line %lu: has not signed the membership guidelines",
	    m->line) == -1)
		return -1;
	if ((e = earlier(r, i, 0)) != NULL &&
	    add(fs, RULE_DUP_EMAIL, m->org, m->name, "line %lu: the address "
	    "of line %lu again", m->line, e->line) == -1)
		return -1;
	if ((e = earlier(r, i, 1)) != NULL &&
	    add(fs, RULE_DUP_PERSON, m->org, m->name, "line %lu: the person "
	    "of line %lu again", m->line, e->line) == -1)
		return -1;
	return 0;
}

/* The mail domains of an organisation's active people, as one text. */
static size_t
domains(const struct roster *r, size_t org, char *buf, size_t size)
{
	const char *at, *prev;
	size_t i, k, n = 0, used = 0;
	int seen;

	buf[0] = '\0';
	for (i = 0; i < r->n; i++) {
		if (r->m[i].org_i != org || !r->m[i].active ||
		    (at = strchr(r->m[i].email, '@')) == NULL ||
		    roster_email_problem(r->m[i].email) != NULL)
			continue;
		for (seen = 0, k = 0; k < i && !seen; k++)
			seen = r->m[k].org_i == org && r->m[k].active &&
			    (prev = strchr(r->m[k].email, '@')) != NULL &&
			    same_ci(prev, at);
		if (seen)
			continue;
		if (used < size)
			used += (size_t)snprintf(buf + used, size - used,
			    "%s%s", n ? ", " : "", at + 1);
		n++;
	}
	return n;
}

static int
check_org(const struct roster *r, size_t k, struct findings *fs)
{
	const struct rorg *o = &r->org[k];
	char dom[120];
	size_t n;

	if (!o->member)
		return 0;
	if (o->nfixed == 0 && add(fs, RULE_FIXED, o->name, "", "no fixed "
	    "representative: the guide asks for one or at most two") == -1)
		return -1;
	if (o->nfixed > 2 && add(fs, RULE_FIXED, o->name, "", "%zu fixed "
	    "representatives: the guide asks for one or at most two",
	    o->nfixed) == -1)
		return -1;
	if (o->nsub == 0 && add(fs, RULE_SUBSTITUTE, o->name, "", "no "
	    "standard substitute") == -1)
		return -1;
	if ((n = domains(r, k, dom, sizeof(dom))) > 1 && add(fs, RULE_MIXED,
	    o->name, "", "people on %zu mail domains: %s", n, dom) == -1)
		return -1;
	return 0;
}

static int
check_role(const struct roster *r, int role, int rule, struct findings *fs)
{
	const struct member *first = NULL;
	size_t i;

	for (i = 0; i < r->n; i++) {
		if (!r->m[i].active || r->m[i].role != role)
			continue;
		if (first == NULL)
			first = &r->m[i];
		else if (add(fs, rule, r->m[i].org, r->m[i].name, "line %lu: "
		    "a second %s; the first is on line %lu", r->m[i].line,
		    role_en[role], first->line) == -1)
			return -1;
	}
	if (first == NULL && add(fs, rule, "", "", "no active %s",
	    role_en[role]) == -1)
		return -1;
	return 0;
}

/*
 * Every finding of the rules, in the order described above; the number
 * of findings, or -1 when out of memory.
 */
long
roster_check(const struct roster *r, unsigned long warn_orgs,
    unsigned long max_orgs, struct findings *fs, struct diag *d)
{
	size_t i;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < r->n; i++)
		if (check_row(r, i, fs) == -1)
			goto nomem;
	for (i = 0; i < r->norg; i++)
		if (check_org(r, i, fs) == -1)
			goto nomem;
	if (check_role(r, ROLE_CHAIR, RULE_CHAIR, fs) == -1 ||
	    check_role(r, ROLE_VICE, RULE_VICE, fs) == -1 ||
	    check_role(r, ROLE_SECRETARY, RULE_SECRETARY, fs) == -1)
		goto nomem;
	if (r->nmember > max_orgs) {
		if (add(fs, RULE_SIZE, "", "", "%zu active organisations: "
		    "more than %lu", r->nmember, max_orgs) == -1)
			goto nomem;
	} else if (r->nmember > warn_orgs) {
		if (add(fs, RULE_SIZE, "", "", "%zu active organisations: "
		    "more than %lu", r->nmember, warn_orgs) == -1)
			goto nomem;
		fs->f[fs->n - 1].error = 0;
	}
	return (long)fs->n;
nomem:
	findings_free(fs);
	return diag_nomem(d, r->t.name);
}

/*
 * What the roster proves of the checklist: WM.1.1 (participants sign the
 * guidelines before they take part) and WM.1.5 (chair, vice-chair and
 * secretary assigned).  Each entry gets an answer and a note saying why.
 */
void
roster_evidence(const struct roster *r, struct evidence ev[2])
{
	size_t i, active = 0, unsigned_ = 0, late = 0, have[4] = { 0 };
	char missing[64] = "";

	for (i = 0; i < r->n; i++) {
		const struct member *m = &r->m[i];

		if (!m->active)
			continue;
		active++;
		if (m->signed_on == ROSTER_NODATE)
			unsigned_++;
		else if (ROSTER_KNOWN(m->signed_on) &&
		    ROSTER_KNOWN(m->joined) && m->signed_on > m->joined)
			late++;
		have[m->role]++;
	}
	ev[0].id = "WM.1.1";
	if (active == 0) {
		ev[0].answer = ANS_NO;
		snprintf(ev[0].note, sizeof(ev[0].note), "roster: no active "
		    "members");
	} else if (unsigned_ > 0) {
		ev[0].answer = ANS_NO;
		snprintf(ev[0].note, sizeof(ev[0].note), "roster: %zu of %zu "
		    "active members have not signed the membership guidelines",
		    unsigned_, active);
	} else if (late > 0) {
		ev[0].answer = ANS_PARTIAL;
		snprintf(ev[0].note, sizeof(ev[0].note), "roster: all %zu "
		    "active members signed the membership guidelines, %zu of "
		    "them after joining", active, late);
	} else {
		ev[0].answer = ANS_YES;
		snprintf(ev[0].note, sizeof(ev[0].note), "roster: all %zu "
		    "active members signed the membership guidelines, none "
		    "after joining", active);
	}
	ev[1].id = "WM.1.5";
	for (i = ROLE_CHAIR; i <= ROLE_SECRETARY; i++)
		if (have[i] != 1)
			snprintf(missing + strlen(missing), sizeof(missing) -
			    strlen(missing), "%s%s %s", missing[0] ? ", " : "",
			    have[i] ? "more than one" : "no", role_en[i]);
	ev[1].answer = missing[0] ? ANS_NO : ANS_YES;
	if (missing[0])
		snprintf(ev[1].note, sizeof(ev[1].note), "roster: %s",
		    missing);
	else
		snprintf(ev[1].note, sizeof(ev[1].note), "roster: one active "
		    "chair, vice-chair and secretary");
}

/* May c stand unquoted in an RFC 5322 phrase (atext or a space)? */
static int
atext(unsigned char c)
{
	return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' &&
	    c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
	    strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/*
 * One member as a line of a mailing list's import: the address alone,
 * "Name <address>" for Mailman (the name quoted, with '"' and '\'
 * escaped, when RFC 5322 requires it: a dot or a comma does), or
 * "address Name" for Sympa.  Control characters in the name become
 * spaces.  Returns the length, as snprintf does.
 */
size_t
roster_mailbox(char *buf, size_t size, const char *name, const char *email,
    int fmt)
{
	size_t i, n = 0;
	int quote = 0;

#define PUT(c) do { if (n + 1 < size) buf[n] = (c); n++; } while (0)
	for (i = 0; name[i] != '\0'; i++)
		if (!atext((unsigned char)name[i]))
			quote = 1;
	if (fmt == MAIL_SYMPA || (fmt == MAIL_MAILMAN && *name == '\0'))
		for (i = 0; email[i] != '\0'; i++)
			PUT(email[i]);
	if (fmt == MAIL_SYMPA && *name != '\0')
		PUT(' ');
	if (fmt != MAIL_PLAIN && *name != '\0') {
		if (fmt == MAIL_MAILMAN && quote)
			PUT('"');
		for (i = 0; name[i] != '\0'; i++) {
			unsigned char c = (unsigned char)name[i];

			if (fmt == MAIL_MAILMAN && quote && (c == '"' ||
			    c == '\\'))
				PUT('\\');
			PUT(c < 0x20 || c == 0x7f ? ' ' : (char)c);
		}
		if (fmt == MAIL_MAILMAN && quote)
			PUT('"');
	}
	if (fmt == MAIL_MAILMAN && *name != '\0') {
		PUT(' ');
		PUT('<');
		for (i = 0; email[i] != '\0'; i++)
			PUT(email[i]);
		PUT('>');
	}
	if (fmt == MAIL_PLAIN)
		for (i = 0; email[i] != '\0'; i++)
			PUT(email[i]);
#undef PUT
	if (size > 0)
		buf[n < size ? n : size - 1] = '\0';
	return n;
}

/* The day a role taken on since ends after years: since, years later. */
long
roster_term_end(long since, int years)
{
	return date_add_months(since, 12 * years);
}
