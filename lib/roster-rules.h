/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * roster-rules.h: the rules the guides set, and checklist evidence.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ROSTER_RULES_H
#define ISAC_ROSTER_RULES_H

#include <stddef.h>

struct diag;
struct roster;

enum rule {
	RULE_BAD_DATE, RULE_BAD_EMAIL, RULE_LEFT_BEFORE_JOINED,
	RULE_FUNCTIONAL, RULE_SIGNED, RULE_DUP_EMAIL, RULE_DUP_PERSON,
	RULE_FIXED, RULE_SUBSTITUTE, RULE_MIXED, RULE_CHAIR, RULE_VICE,
	RULE_SECRETARY, RULE_SIZE, RULE_TOPIC_OWNER, RULE_TOPIC_HOST,
	RULE_TOPIC_MEETING
};
struct finding {
	int		 rule;		/* enum rule */
	int		 error;		/* else a warning */
	int		 tlp;		/* of the rows it was made from */
	const char	*org, *name;	/* "" when not about one */
	char		*msg;
};
struct findings {
	struct finding	*f;
	size_t		 n, cap;
};
struct evidence {
	const char	*id;
	int		 answer;	/* enum answer */
	int		 tlp;
	char		*note;
};
const char *roster_rule_id(int);
const char *roster_email_problem(const char *);
const char *roster_functional(const char *);
long	 roster_check(const struct roster *, unsigned long, unsigned long,
	    struct findings *, struct diag *);
int	 findings_add(struct findings *, int, int, const char *,
	    const char *, const char *, ...)
	    __attribute__((format(printf, 6, 7)));
void	 findings_free(struct findings *);
int	 roster_evidence(const struct roster *, struct evidence [2]);
void	 evidence_free(struct evidence [2]);
long	 roster_term_end(long, int);

#endif
