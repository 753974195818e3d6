/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tables.h: the toolkit's table kinds, each declared once (tables.c),
 * and the recogniser that finds a table's kind and columns by that
 * declaration (kind.c).  Writers, the recogniser and isac-render's
 * views all go through these declarations, so that they cannot disagree.
 */
#ifndef TABLES_H
#define TABLES_H

#include <stddef.h>

struct out;
struct table;

enum tkind {
	TK_TABLE,		/* none: a plain table */
	TK_SCORE,
	TK_TEMPLATE,
	TK_ANSWERS,
	TK_DISAGREE,
	TK_GAP,
	TK_GAPSUM,
	TK_CHANGES,
	TK_CHANGESUM,
	TK_PLAN,
	TK_PHASES,
	TK_ROSTER,
	TK_FINDINGS,
	TK_MEETINGS,
	TK_ATTENDANCE,
	TK_REPATT,
	TK_ADMISSION,
	TK_TERMS,
	TK_MAILING,
	TK_DUE,
	TK_EVALUATION,
	TK_RETURNS,		/* who has returned the checklist */
	TK_DISRESP,		/* disagreements by respondent */
	TK_GUIDE,
	TK_TOPICS,
	TK_AGENDA,
	TK_MINUTES,
	TK_ACTIONS,
	TK_N
};

/* A column's flags. */
#define TC_OPT		0x1	/* may be left out */
#define TC_NUM		0x2	/* a whole number */
#define TC_LEVELS	0x4	/* yes_L,applicable_L for L = 1, 2, ... */
#define TC_ANY		0x8	/* anywhere: the kind is a set, not a row */

/* The most columns a kind declares, and the slots a map has for them. */
#define TAB_COLS	16

struct tcol {
	const char	*name;		/* English, as written in a header */
	int		 flags;
};

struct tdecl {
	const char	*name;		/* "gap summary", as the manual says */
	struct tcol	 col[TAB_COLS];	/* ended by a NULL name */
};

/*
 * Where a table holds its kind's columns: col[i] for the kind's column
 * i (-1 when an optional one is left out), the levels of a score, and
 * the tlp column (-1 without).
 */
struct tmap {
	int		 kind;
	int		 col[TAB_COLS];
	int		 nlevels;
	int		 yes[10], app[10];	/* by level, 1 on */
	int		 tlp;
};

/* tables.c */
const struct tdecl *tab_decl(int);
int	 tab_colno(int, const char *);
void	 tab_header(struct out *, int, unsigned, int, int);
unsigned tab_with(int, const char *);
void	 tab_tlp(struct out *, int, int);

/* kind.c */
int	 kind_of(const struct table *);
int	 kind_map(const struct table *, struct tmap *);
const char *kind_name(int);
int	 kind_levels(const struct table *);
int	 tmap_col(const struct tmap *, const char *);

#endif
