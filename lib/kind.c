/*
 * kind.c: which of the toolkit's tables a table is, by its header.
 *
 * Each program writes its columns in a fixed order, and two of them hold
 * the same set of names (a template is id,capability,level,question,answer;
 * a gap is capability,level,id,answer,question), so most kinds are
 * recognised by their columns in order: a pattern of names, "?" marking
 * one that may be left out.  Names are matched through colname_is, so a
 * Dutch header is recognised too.  A tlp column may stand anywhere and
 * columns after the pattern are allowed: a secretary adds a column of
 * remarks, and the table stays what it was.  Anything else is a plain
 * table.
 */
#include <stdio.h>
#include <string.h>

#include "isac.h"

static const struct {
	int		 kind;
	const char	*pat[14];
} kinds[] = {
	{ TK_TEMPLATE, { "id", "capability", "level", "question",
	    "answer", "?previous", "?previous_note", NULL } },
	{ TK_DISAGREE, { "?period", "id", "yes", "no",
	    "partial", "n/a", "unanswered", "question", "?notes", NULL } },
	{ TK_GAP, { "capability", "level", "id", "answer", "question",
	    "?note", NULL } },
	{ TK_GAPSUM, { "capability", "current", "target",
	    "gap", NULL } },
	{ TK_CHANGES, { "capability", "level", "id", "from", "to",
	    "question", NULL } },
	{ TK_CHANGESUM, { "capability", "from", "to",
	    "change", NULL } },
	{ TK_PLAN, { "step", "capability", "level", "reaches", "id",
	    "action", "guidance", "owner", "status", "?start", "?end",
	    "?note", NULL } },
	{ TK_PHASES, { "phase", "step", "action",
	    "guidance", NULL } },
	{ TK_FINDINGS, { "severity", "rule", "org", "name",
	    "message", NULL } },
	{ TK_MEETINGS, { "date", "agenda_due", "host", NULL } },
	{ TK_ATTENDANCE, { "org", "meetings", "attended",
	    "rate", "longest_absence", "flagged", NULL } },
	{ TK_ADMISSION, { "candidate", "decision", "missing",
	    NULL } },
};

static const char *const names[TK_N] = {
	"table", "score", "template", "answers", "disagreements", "gap",
	"gap summary", "changes", "changes summary", "plan", "phase template",
	"roster", "roster findings", "meetings", "attendance", "admission"
};

static int
is(const struct table *t, size_t i, const char *name)
{
	const char *h = t->col[i];
	size_t len = strlen(h);

	text_trim(&h, &len);
	return colname_is(h, len, name);
}

/* The columns of t, without its tlp column, as indexes into t->col. */
static size_t
columns(const struct table *t, size_t *idx)
{
	size_t i, n = 0;

	for (i = 0; i < t->ncols; i++)
		if (!is(t, i, "tlp"))
			idx[n++] = i;
	return n;
}

static int
match(const struct table *t, const size_t *idx, size_t n,
    const char *const *pat)
{
	size_t i = 0;
	const char *p;

	for (; *pat != NULL; pat++) {
		p = *pat;
		if (*p == '?') {
			if (i < n && is(t, idx[i], p + 1))
				i++;
			continue;
		}
		if (i == n || !is(t, idx[i], p))
			return 0;
		i++;
	}
	return 1;
}

/* yes_L,applicable_L for L = 1, 2, ... from column i on: how many L. */
static int
level_pairs(const struct table *t, const size_t *idx, size_t n, size_t *i)
{
	char yes[32], app[32];
	int l;

	for (l = 1; *i + 1 < n && l <= MODEL_LEVELS_MAX; l++) {
		snprintf(yes, sizeof(yes), "yes_%d", l);
		snprintf(app, sizeof(app), "applicable_%d", l);
		if (!is(t, idx[*i], yes) || !is(t, idx[*i + 1], app))
			break;
		*i += 2;
	}
	return l - 1;
}

static int
score(const struct table *t, const size_t *idx, size_t n)
{
	size_t i = 0;

	if (i < n && is(t, idx[i], "period"))
		i++;
	if (i + 1 >= n || !is(t, idx[i], "capability") ||
	    !is(t, idx[i + 1], "level"))
		return 0;
	i += 2;
	if (level_pairs(t, idx, n, &i) == 0)
		return 0;
	return i < n && is(t, idx[i], "unanswered");
}

/* The kind of table t: a value of enum tkind. */
int
kind_of(const struct table *t)
{
	size_t idx[CSV_COLS_MAX], n, i;
	int id = 0, answer = 0, roster = 0;

	n = columns(t, idx);
	if (score(t, idx, n))
		return TK_SCORE;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (match(t, idx, n, kinds[i].pat))
			return kinds[i].kind;
	for (i = 0; i < n; i++) {
		id |= is(t, idx[i], "id");
		answer |= is(t, idx[i], "answer");
		roster |= is(t, idx[i], "org") << 0 | is(t, idx[i], "name") << 1 |
		    is(t, idx[i], "email") << 2 | is(t, idx[i], "role") << 3 |
		    is(t, idx[i], "rep") << 4;
	}
	if (id && answer)
		return TK_ANSWERS;
	if (roster == 0x1f)
		return TK_ROSTER;
	return TK_TABLE;
}

/* The name of a kind, as the manual writes it: "gap summary". */
const char *
kind_name(int k)
{
	return k >= 0 && k < TK_N ? names[k] : "table";
}

/* How many levels a score table has: its yes_L,applicable_L pairs. */
int
kind_levels(const struct table *t)
{
	size_t idx[CSV_COLS_MAX], n, i = 0;

	n = columns(t, idx);
	if (i < n && is(t, idx[i], "period"))
		i++;
	i += 2;
	return i < n ? level_pairs(t, idx, n, &i) : 0;
}
