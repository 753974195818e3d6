/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-rules.c: the rules the guides set for the member list, and the
 * checklist evidence the list gives.
 *
 * The rules are data (rules[] below: id, severity) and one function each;
 * roster_check returns the findings in a fixed order: rows in file order,
 * then organisations in roster order, then the group.  Comparisons of
 * names and addresses go through their folded keys (fold.c) in hash
 * tables, so that a check takes time in proportion to the roster.
 *
 * Each finding carries the TLP label of what it was made from: a row's
 * finding its row's label (and that of the earlier row it names), an
 * organisation's the strictest of the organisation's rows, the group's
 * the strictest of the active rows.
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
	[RULE_TOPIC_OWNER] =		{ "topic-owner", 1 },
	[RULE_TOPIC_HOST] =		{ "topic-host", 1 },
	[RULE_TOPIC_MEETING] =		{ "topic-meeting", 1 },
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

/* What check_org needs of every organisation, made in one pass. */
struct orgdom {
	struct strbuf	 list;		/* its mail domains */
	size_t		 n;
};

/* Keys seen, each with the row it first came in. */
struct keyrows {
	struct strtab	*tab;
	size_t		*first;		/* by key number */
	size_t		 n;
};

struct check {
	const struct roster	*r;
	struct findings		*fs;
	struct keyrows		 emails;
	struct keyrows		 names;		/* by organisation and name */
	struct strbuf		 key;
	struct strtab		*domains;
	struct orgdom		*dom;
};

const char *
roster_rule_id(int rule)
{
	return rules[rule].id;
}

static int
ascii_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * Characters no address holds that a line-oriented reader would take
 * for a line end or a control: C1 controls, U+2028 and U+2029.
 */
static int
bad_wide(const char *s, const char *end)
{
	unsigned long cp;

	while (s < end) {
		s += utf8_decode(s, (size_t)(end - s), &cp);
		if (cp >= 0x80 && text_breaking(cp))
			return 1;
	}
	return 0;
}

/*
 * Why an address is not one a mail server would take, or NULL.  The form
 * is local@domain: the local part dot-separated atoms, the domain at
 * least two dot-separated labels of letters, digits and hyphens.
 * Characters above 127 are let through, for internationalised
 * addresses, except controls and line separators.
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
		if ((unsigned char)*p < 0x80 && !ascii_alnum(*p) &&
		    strchr("!#$%&'*+-/=?^_`{|}~.", *p) == NULL)
			return "a space or other character not allowed in an "
			    "address";
	if (bad_wide(s, at))
		return "a space or other character not allowed in an address";
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
		if ((unsigned char)*p < 0x80 && !ascii_alnum(*p) && *p != '-')
			return "a character not allowed in the domain";
		label++;
	}
	if (bad_wide(at + 1, p))
		return "a character not allowed in the domain";
	if (dots == 0)
		return "a domain without a dot";
	return NULL;
}

/* The mailbox name when s is a functional address, else NULL. */
const char *
roster_functional(const char *s)
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

/*
 * Adds a finding of rule about org and name (not copied: they must
 * outlive fs), its message made from fmt and ap.  0, or -1 when out of
 * memory.
 */
static int
vadd(struct findings *fs, int rule, int tlp, const char *org,
    const char *name, const char *fmt, va_list ap)
{
	struct finding *f;
	va_list aq;
	char *msg;
	int n;

	if (fs->n == fs->cap) {
		size_t cap = fs->cap ? 2 * fs->cap : 32;

		if ((f = realloc(fs->f, cap * sizeof(*f))) == NULL)
			return -1;
		fs->f = f;
		fs->cap = cap;
	}
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0 || (msg = malloc((size_t)n + 1)) == NULL)
		return -1;
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	f = &fs->f[fs->n++];
	f->rule = rule;
	f->error = rules[rule].error;
	f->tlp = tlp;
	f->org = org;
	f->name = name;
	f->msg = msg;
	return 0;
}

static int
add(struct findings *fs, int rule, int tlp, const char *org,
    const char *name, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static int
add(struct findings *fs, int rule, int tlp, const char *org,
    const char *name, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vadd(fs, rule, tlp, org, name, fmt, ap);
	va_end(ap);
	return rc;
}

/* add, for the annual planning's checks (agenda.c). */
int
findings_add(struct findings *fs, int rule, int tlp, const char *org,
    const char *name, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vadd(fs, rule, tlp, org, name, fmt, ap);
	va_end(ap);
	return rc;
}

void
findings_free(struct findings *fs)
{
	size_t i;

	for (i = 0; fs->f != NULL && i < fs->n; i++)
		free(fs->f[i].msg);
	free(fs->f);
	memset(fs, 0, sizeof(*fs));
}

/* A bad date is quoted whole: a finding is data, not a message. */
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
		if (add(fs, RULE_BAD_DATE, m->tlp, m->org, m->name, "line %lu: "
		    "bad date '%.*s' in column '%s' (use YYYY-MM-DD or "
		    "DD-MM-YYYY)", m->line, (int)len, s, name[k]) == -1)
			return -1;
	}
	return 0;
}

/*
 * The earlier active row with the same key, or NULL; the key is kept
 * with row i when it is new.  *nomem is set when out of memory.
 */
static const struct member *
earlier(const struct roster *r, size_t i, const char *key,
    struct keyrows *kr, int *nomem)
{
	long k;

	if ((k = strtab_add(kr->tab, key, strlen(key))) == -1) {
		*nomem = 1;
		return NULL;
	}
	if ((size_t)k == kr->n) {
		kr->first[kr->n++] = i;
		return NULL;
	}
	return &r->m[kr->first[k]];
}

/*
 * A person is the same person by address, or by name within one
 * organisation: two people of one name in two organisations, with two
 * addresses, are two people (the guide's members are organisations,
 * and a common name is common).
 */
static int
check_dups(struct check *c, size_t i)
{
	const struct roster *r = c->r;
	const struct member *m = &r->m[i], *e;
	int nomem = 0;

	if (roster_email_problem(m->email) == NULL &&
	    (e = earlier(r, i, m->email_key, &c->emails,
	    &nomem)) != NULL && add(c->fs, RULE_DUP_EMAIL, tlp_max(m->tlp,
	    e->tlp), m->org, m->name, "line %lu: the address of line %lu "
	    "again", m->line, e->line) == -1)
		return -1;
	sb_reset(&c->key);
	sb_printf(&c->key, "%zu:%s", m->org_i, m->name_key);
	if (sb_failed(&c->key))
		return -1;
	if ((e = earlier(r, i, c->key.s, &c->names,
	    &nomem)) != NULL && add(c->fs, RULE_DUP_PERSON, tlp_max(m->tlp,
	    e->tlp), m->org, m->name, "line %lu: the person of line %lu "
	    "again", m->line, e->line) == -1)
		return -1;
	return nomem ? -1 : 0;
}

static int
check_row(struct check *c, size_t i)
{
	const struct roster *r = c->r;
	const struct member *m = &r->m[i];
	const char *why, *box;

	if (bad_dates(r, i, c->fs) == -1)
		return -1;
	if (ROSTER_KNOWN(m->left) && ROSTER_KNOWN(m->joined) &&
	    m->left < m->joined && add(c->fs, RULE_LEFT_BEFORE_JOINED,
	    m->tlp, m->org, m->name, "line %lu: left before joining",
	    m->line) == -1)
		return -1;
	if (!m->active)
		return 0;
	if ((why = roster_email_problem(m->email)) != NULL) {
		if (add(c->fs, RULE_BAD_EMAIL, m->tlp, m->org, m->name,
		    "line %lu: %s", m->line, why) == -1)
			return -1;
	} else if ((box = roster_functional(m->email)) != NULL &&
	    add(c->fs, RULE_FUNCTIONAL, m->tlp, m->org, m->name, "line %lu: "
	    "'%s@' is a functional mailbox, not a personal address", m->line,
	    box) == -1)
		return -1;
	if (m->signed_on == ROSTER_NODATE && add(c->fs, RULE_SIGNED, m->tlp,
	    m->org, m->name, "line %lu: has not signed the membership "
	    "guidelines", m->line) == -1)
		return -1;
	return check_dups(c, i);
}

/*
 * Each organisation's mail domains among its active people with good
 * addresses, in roster order, each once whatever its case: one pass,
 * keyed by organisation and folded domain.
 */
static int
collect_domains(struct check *c)
{
	const struct roster *r = c->r;
	const struct member *m;
	struct strbuf key;
	struct orgdom *od;
	size_t i, had = 0;
	long k;

	sb_init(&key);
	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (!m->active || roster_email_problem(m->email) != NULL)
			continue;
		sb_reset(&key);
		sb_printf(&key, "%zu:%s", m->org_i,
		    strchr(m->email_key, '@') + 1);
		if (sb_failed(&key) || (k = strtab_add(c->domains, key.s,
		    key.len)) == -1)
			break;
		if ((size_t)k < had)
			continue;
		had++;
		od = &c->dom[m->org_i];
		sb_printf(&od->list, "%s%s", od->n ? ", " : "",
		    strchr(m->email, '@') + 1);
		if (sb_failed(&od->list))
			break;
		od->n++;
	}
	sb_free(&key);
	return i < r->n ? -1 : 0;
}

static int
check_org(struct check *c, size_t k)
{
	const struct rorg *o = &c->r->org[k];
	const struct orgdom *od = &c->dom[k];

	if (!o->member)
		return 0;
	if (o->nfixed == 0 && add(c->fs, RULE_FIXED, o->tlp, o->name, "",
	    "no fixed representative: the guide asks for one or at most "
	    "two") == -1)
		return -1;
	if (o->nfixed > 2 && add(c->fs, RULE_FIXED, o->tlp, o->name, "",
	    "%zu fixed representatives: the guide asks for one or at most "
	    "two", o->nfixed) == -1)
		return -1;
	if (o->nsub == 0 && add(c->fs, RULE_SUBSTITUTE, o->tlp, o->name, "",
	    "no standard substitute") == -1)
		return -1;
	if (od->n > 1 && add(c->fs, RULE_MIXED, o->tlp, o->name, "",
	    "people on %zu mail domains: %s", od->n, sb_str(&od->list)) == -1)
		return -1;
	return 0;
}

static int
check_role(const struct roster *r, int role, int rule, struct findings *fs)
{
	const struct member *first = NULL, *m;
	size_t i;

	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (!m->active || m->role != role)
			continue;
		if (first == NULL)
			first = m;
		else if (add(fs, rule, tlp_max(m->tlp, first->tlp), m->org,
		    m->name, "line %lu: a second %s; the first is on line %lu",
		    m->line, roster_role_name(role), first->line) == -1)
			return -1;
	}
	if (first == NULL && add(fs, rule, r->tlp_active, "", "", "no active "
	    "%s", roster_role_name(role)) == -1)
		return -1;
	return 0;
}

static int
check_size(const struct roster *r, unsigned long warn_orgs,
    unsigned long max_orgs, struct findings *fs)
{
	if (r->nmember > max_orgs)
		return add(fs, RULE_SIZE, r->tlp_active, "", "", "%zu active "
		    "organisations: more than %lu", r->nmember, max_orgs);
	if (r->nmember <= warn_orgs)
		return 0;
	if (add(fs, RULE_SIZE, r->tlp_active, "", "", "%zu active "
	    "organisations: more than %lu", r->nmember, warn_orgs) == -1)
		return -1;
	fs->f[fs->n - 1].error = 0;
	return 0;
}

static int
check_init(struct check *c, const struct roster *r, struct findings *fs)
{
	size_t n = r->n ? r->n : 1;

	memset(c, 0, sizeof(*c));
	sb_init(&c->key);
	c->r = r;
	c->fs = fs;
	if ((c->emails.tab = strtab_new(0)) == NULL ||
	    (c->names.tab = strtab_new(0)) == NULL ||
	    (c->domains = strtab_new(0)) == NULL ||
	    (c->emails.first = calloc(n, sizeof(size_t))) == NULL ||
	    (c->names.first = calloc(n, sizeof(size_t))) == NULL ||
	    (c->dom = calloc(r->norg + 1, sizeof(*c->dom))) == NULL)
		return -1;
	return 0;
}

static void
check_free(struct check *c)
{
	size_t i;

	strtab_free(c->emails.tab);
	strtab_free(c->names.tab);
	strtab_free(c->domains);
	sb_free(&c->key);
	free(c->emails.first);
	free(c->names.first);
	for (i = 0; c->dom != NULL && i < c->r->norg; i++)
		sb_free(&c->dom[i].list);
	free(c->dom);
}

/*
 * Every finding of the rules, in the order described above; the number
 * of findings, or -1 when out of memory.
 */
long
roster_check(const struct roster *r, unsigned long warn_orgs,
    unsigned long max_orgs, struct findings *fs, struct diag *d)
{
	struct check c;
	size_t i;

	memset(fs, 0, sizeof(*fs));
	if (check_init(&c, r, fs) == -1)
		goto nomem;
	for (i = 0; i < r->n; i++)
		if (check_row(&c, i) == -1)
			goto nomem;
	if (collect_domains(&c) == -1)
		goto nomem;
	for (i = 0; i < r->norg; i++)
		if (check_org(&c, i) == -1)
			goto nomem;
	if (check_role(r, ROLE_CHAIR, RULE_CHAIR, fs) == -1 ||
	    check_role(r, ROLE_VICE, RULE_VICE, fs) == -1 ||
	    check_role(r, ROLE_SECRETARY, RULE_SECRETARY, fs) == -1 ||
	    check_size(r, warn_orgs, max_orgs, fs) == -1)
		goto nomem;
	check_free(&c);
	return (long)fs->n;
nomem:
	check_free(&c);
	findings_free(fs);
	return diag_nomem(d, r->t.name);
}

void
evidence_free(struct evidence ev[2])
{
	free(ev[0].note);
	free(ev[1].note);
	ev[0].note = ev[1].note = NULL;
}

/* WM.1.1: everyone active signed the guidelines, before joining. */
static void
ev_signed(const struct roster *r, struct strbuf *note, int *answer)
{
	size_t i, active = 0, unsigned_ = 0, late = 0;
	const struct member *m;

	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (!m->active)
			continue;
		active++;
		if (m->signed_on == ROSTER_NODATE)
			unsigned_++;
		else if (ROSTER_KNOWN(m->signed_on) &&
		    ROSTER_KNOWN(m->joined) && m->signed_on > m->joined)
			late++;
	}
	*answer = active == 0 || unsigned_ > 0 ? ANS_NO : late > 0 ?
	    ANS_PARTIAL : ANS_YES;
	if (active == 0)
		sb_add(note, "roster: no active members");
	else if (unsigned_ > 0)
		sb_printf(note, "roster: %zu of %zu active members have not "
		    "signed the membership guidelines", unsigned_, active);
	else if (late > 0)
		sb_printf(note, "roster: all %zu active members signed the "
		    "membership guidelines, %zu of them after joining", active,
		    late);
	else
		sb_printf(note, "roster: all %zu active members signed the "
		    "membership guidelines, none after joining", active);
}

/* WM.1.5: one active chair, vice-chair and secretary. */
static void
ev_roles(const struct roster *r, struct strbuf *note, int *answer)
{
	size_t i, have[4] = { 0 }, n = 0;

	for (i = 0; i < r->n; i++)
		if (r->m[i].active)
			have[r->m[i].role]++;
	sb_add(note, "roster: ");
	for (i = ROLE_CHAIR; i <= ROLE_SECRETARY; i++)
		if (have[i] != 1)
			sb_printf(note, "%s%s %s", n++ ? ", " : "",
			    have[i] ? "more than one" : "no",
			    roster_role_name((int)i));
	*answer = n ? ANS_NO : ANS_YES;
	if (n == 0)
		sb_add(note, "one active chair, vice-chair and secretary");
}

/*
 * What the roster proves of the checklist: WM.1.1 (participants sign the
 * guidelines before they take part) and WM.1.5 (chair, vice-chair and
 * secretary assigned).  Each entry gets an answer, a note saying why,
 * and the strictest label of the active rows, which decided both.
 * Returns 0, or -1 when out of memory.
 */
int
roster_evidence(const struct roster *r, struct evidence ev[2])
{
	struct strbuf note[2];
	int i;

	sb_init(&note[0]);
	sb_init(&note[1]);
	ev[0].id = "WM.1.1";
	ev_signed(r, &note[0], &ev[0].answer);
	ev[1].id = "WM.1.5";
	ev_roles(r, &note[1], &ev[1].answer);
	for (i = 0; i < 2; i++) {
		ev[i].tlp = r->tlp_active;
		ev[i].note = note[i].s;
	}
	if (sb_failed(&note[0]) || sb_failed(&note[1])) {
		evidence_free(ev);
		return -1;
	}
	return 0;
}

/* The day a role taken on since ends after years: since, years later. */
long
roster_term_end(long since, int years)
{
	return date_add_months(since, 12 * years);
}
