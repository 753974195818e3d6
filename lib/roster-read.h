/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-read.h: the member list read, its organisations and labels.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ROSTER_READ_H
#define ISAC_ROSTER_READ_H

#include <stddef.h>
#include "table.h"

struct csvopt;
struct diag;
struct strtab;

enum role { ROLE_MEMBER, ROLE_CHAIR, ROLE_VICE, ROLE_SECRETARY };
enum rep { REP_NONE, REP_FIXED, REP_SUBSTITUTE };
#define ROSTER_NODATE	(-9999999L)	/* an empty date */
#define ROSTER_BADDATE	(-9999998L)	/* one that cannot be read */
#define ROSTER_KNOWN(d)	((d) > -1000000L)
struct member {
	char		*org, *name, *email;	/* trimmed */
	char		*name_key, *email_key;	/* folded (fold.c) */
	size_t		 org_i;		/* index into roster.org */
	int		 role, rep, active;
	int		 tlp;		/* its row's label (enum tlp) */
	long		 signed_on, joined, left, since;
	unsigned long	 line;
};
struct rorg {
	const char	*name;		/* as first written */
	int		 member;	/* has an active representative */
	int		 tlp;		/* the strictest label of its rows */
	size_t		 nfixed, nsub;	/* active ones */
};
struct roster {
	struct table	 t;
	struct member	*m;		/* one per row */
	size_t		 n;
	struct rorg	*org;		/* in order of first appearance */
	size_t		 norg;
	size_t		 nmember;	/* member organisations */
	struct strtab	*orgs;		/* folded name -> index into org */
	struct strtab	*people;	/* org and folded name -> person */
	size_t		*person;	/* person -> its first row */
	size_t		 npeople;
	int		 labelled;	/* the roster has a tlp column */
	int		 tlp_active;	/* the strictest of active rows */
	int		 col_signed, col_joined, col_left, col_since;
	int		 col_tlp;
};
int	 roster_read(struct roster *, const char *, const struct csvopt *,
	    int, struct diag *);
int	 roster_table_read(struct table *, const char *,
	    const struct csvopt *, const char *const *, struct diag *);
void	 roster_free(struct roster *);
long	 roster_org_find(const struct roster *, const char *, size_t);
long	 roster_person_find(const struct roster *, size_t, const char *,
	    size_t);
int	 roster_role_parse(const char *, size_t);
int	 roster_rep_parse(const char *, size_t);
const char *roster_role_name(int);

#endif
