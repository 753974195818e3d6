/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-mail.c: the roster as a mailing list: who is on it, once each,
 * and each member as a line of a mailing-list manager's import.
 *
 * The guide's list is closed and personal (Communicatie: "alleen
 * persoonlijke adressen, geen functionele mailboxen"), for people who
 * signed the membership guidelines, so the rows check rejects for either
 * reason are left off, and returned for the program to name.
 *
 * A line-oriented reader (Mailman's and Sympa's imports, a shell loop)
 * must see one member per line, so whatever it could take for a line
 * end or a control becomes a space: C0 and C1 controls, U+2028 LINE
 * SEPARATOR and U+2029 PARAGRAPH SEPARATOR.  Nothing is cut: a line is
 * as long as the name it holds.
 */
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/* May c stand unquoted in an RFC 5322 phrase (atext or a space)? */
static int
atext(unsigned char c)
{
	return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' &&
	    c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
	    strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/* The name as a Mailman display name: quoted when RFC 5322 asks. */
static void
phrase(struct strbuf *b, const char *name)
{
	const char *p;
	int quote = 0;

	for (p = name; *p != '\0'; p++)
		if (!atext((unsigned char)*p))
			quote = 1;
	if (!quote) {
		sb_add(b, name);
		return;
	}
	sb_addc(b, '"');
	for (p = name; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			sb_addc(b, '\\');
		sb_addc(b, *p);
	}
	sb_addc(b, '"');
}

/*
 * One member as a line of a mailing list's import, without its line
 * end, added to b: the address alone, "Name <address>" for Mailman (the
 * name quoted, with '"' and '\' escaped, when RFC 5322 requires it: a
 * dot or a comma does), or "address Name" for Sympa.  Returns 0, or -1
 * when out of memory.
 */
int
roster_mailbox(struct strbuf *b, const char *name, const char *email,
    int fmt)
{
	struct strbuf n, e;
	int rc;

	sb_init(&n);
	sb_init(&e);
	text_oneline(&n, name, strlen(name));
	text_oneline(&e, email, strlen(email));
	if (fmt == MAIL_PLAIN || (fmt == MAIL_MAILMAN && n.len == 0))
		sb_add(b, sb_str(&e));
	else if (fmt == MAIL_SYMPA) {
		sb_add(b, sb_str(&e));
		if (n.len > 0)
			sb_printf(b, " %s", n.s);
	} else {
		phrase(b, n.s);
		sb_printf(b, " <%s>", sb_str(&e));
	}
	rc = sb_failed(&n) || sb_failed(&e) || sb_failed(b) ? -1 : 0;
	sb_free(&n);
	sb_free(&e);
	return rc;
}

static int
by_email(const void *a, const void *b)
{
	const struct mailto *x = a, *y = b;
	int c = strcmp(x->m->email_key, y->m->email_key);

	return c ? c : x->m->line < y->m->line ? -1 : 1;
}

static int
key_cmp(const void *key, const void *b)
{
	const struct mailto *y = b;

	return strcmp(key, y->m->email_key);
}

/* Why the guide keeps a row off the list, or NULL. */
static const char *
left_off(const struct member *m)
{
	if (roster_functional(m->email) != NULL)
		return "a functional mailbox, not a personal address";
	if (m->signed_on == ROSTER_NODATE)
		return "has not signed the membership guidelines";
	return NULL;
}

/*
 * The mailing list: the active members, sorted by address and each
 * address once (in any case or spelling: its folded key), the first row
 * of an address standing for all, labelled with the strictest of their
 * labels.  The guide's list holds personal addresses of people who
 * signed the membership guidelines, so a functional mailbox and a
 * member who has not signed are left off, unless all; those rows follow
 * the list in *out, in roster order, each with why, *nleft of them
 * (none whose address is on the list through another row).  An active
 * member without a good address is an error.  Returns how many are on
 * the list, with *out to free, or -1.
 */
long
roster_mail_list(const struct roster *r, int all, struct mailto **out,
    size_t *nleft, struct diag *d)
{
	struct mailto *m, *left;
	const char *why;
	size_t i, n = 0, k = 0, nl = 0;

	*out = NULL;
	*nleft = 0;
	if ((m = calloc(r->n + 1, sizeof(*m))) == NULL ||
	    (left = calloc(r->n + 1, sizeof(*left))) == NULL) {
		free(m);
		return diag_nomem(d, r->t.name);
	}
	for (i = 0; i < r->n; i++) {
		if (!r->m[i].active)
			continue;
		if ((why = roster_email_problem(r->m[i].email)) != NULL) {
			free(m);
			free(left);
			return diag_set(d, r->t.name, r->m[i].line, "%s", why);
		}
		why = all ? NULL : left_off(&r->m[i]);
		if (why != NULL) {
			left[nl].m = &r->m[i];
			left[nl].tlp = r->m[i].tlp;
			left[nl++].why = why;
			continue;
		}
		m[n].m = &r->m[i];
		m[n++].tlp = r->m[i].tlp;
	}
	qsort(m, n, sizeof(*m), by_email);
	for (i = 0; i < n; i++) {
		if (k > 0 && strcmp(m[i].m->email_key,
		    m[k - 1].m->email_key) == 0) {
			m[k - 1].tlp = tlp_max(m[k - 1].tlp, m[i].tlp);
			continue;
		}
		m[k++] = m[i];
	}
	for (i = 0; i < nl; i++)
		if (bsearch(left[i].m->email_key, m, k, sizeof(*m),
		    key_cmp) == NULL)
			m[k + (*nleft)++] = left[i];
	free(left);
	*out = m;
	return (long)k;
}
