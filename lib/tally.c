/*
 * tally.c: answers files read into votes per period and question.
 *
 * Memory grows with the model, the respondents and the periods, never
 * with the number of rows: each row adds one vote and one mark of where
 * it came from, so that a second answer to the same question by the same
 * respondent in the same period can name both lines.  Notes are few, and
 * are kept as a list per period in the order they were read.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

struct loc {
	uint32_t	line;
	uint32_t	file;		/* index + 1; 0 = not answered */
};

struct note {
	size_t		 q;
	size_t		 resp;
	char		*text;
};

struct period {
	unsigned long	(*votes)[ANS_N];	/* per question */
	struct note	*notes;
	size_t		 nnotes;
	struct loc	**seen;		/* per respondent: per question */
	size_t		 nseen;
	unsigned long	 nresp;
};

struct tally {
	const struct model *m;
	struct strtab	*names;		/* period names */
	struct period	*p;
	size_t		*order;		/* periods in natural order */
	size_t		 np, pcap;
	struct strtab	*resp;
	char		**files;
	size_t		 nfiles;
	int		 periods;	/* -1 until the first file is read */
	int		 hasnotes;
};

struct cols {
	int	id, answer, resp, period, note;
};

struct tally *
tally_new(const struct model *m)
{
	struct tally *t;

	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	t->m = m;
	t->periods = -1;
	if ((t->names = strtab_new(0)) == NULL ||
	    (t->resp = strtab_new(0)) == NULL) {
		tally_free(t);
		return NULL;
	}
	return t;
}

void
tally_free(struct tally *t)
{
	size_t i, k;

	if (t == NULL)
		return;
	for (i = 0; i < t->np; i++) {
		for (k = 0; k < t->p[i].nseen; k++)
			free(t->p[i].seen[k]);
		free(t->p[i].seen);
		free(t->p[i].votes);
		for (k = 0; k < t->p[i].nnotes; k++)
			free(t->p[i].notes[k].text);
		free(t->p[i].notes);
	}
	for (i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	free(t->p);
	free(t->order);
	strtab_free(t->names);
	strtab_free(t->resp);
	free(t);
}

static int
find_cols(struct tally *t, struct csvr *r, struct cols *c, struct diag *d)
{
	if (csvr_col(r, "id", 1, &c->id, d) == -1 ||
	    csvr_col(r, "answer", 1, &c->answer, d) == -1 ||
	    csvr_col(r, "respondent", 0, &c->resp, d) == -1 ||
	    csvr_col(r, "period", 0, &c->period, d) == -1 ||
	    csvr_col(r, "note", 0, &c->note, d) == -1)
		return -1;
	if (t->periods == -1)
		t->periods = c->period >= 0;
	else if (t->periods != (c->period >= 0))
		return diag_set(d, csvr_name(r), csvr_hdrline(r),
		    "%s column 'period', but %s %s",
		    c->period >= 0 ? "a" : "no", t->files[0],
		    t->periods ? "has one" : "does not");
	return 0;
}

static int
add_file(struct tally *t, const char *name)
{
	char **f;

	if ((f = realloc(t->files, (t->nfiles + 1) * sizeof(*f))) == NULL)
		return -1;
	t->files = f;
	if ((t->files[t->nfiles] = strdup(name)) == NULL)
		return -1;
	t->nfiles++;
	return 0;
}

/* Keeps order[] sorted as periods arrive; there are few of them. */
static void
insert_order(struct tally *t, size_t k)
{
	const char *name = strtab_get(t->names, k);
	size_t i = t->np - 1;

	while (i > 0) {
		const char *prev = strtab_get(t->names, t->order[i - 1]);
		int c = text_natcmp(prev, name);

		if (c < 0 || (c == 0 && strcmp(prev, name) < 0))
			break;
		t->order[i] = t->order[i - 1];
		i--;
	}
	t->order[i] = k;
}

static long
period_index(struct tally *t, const char *s, size_t len)
{
	long k = strtab_find(t->names, s, len);
	struct period *p;
	size_t *o;

	if (k >= 0)
		return k;
	if ((k = strtab_add(t->names, s, len)) == -1)
		return -1;
	if (t->np == t->pcap) {
		t->pcap = t->pcap ? 2 * t->pcap : 8;
		if ((p = realloc(t->p, t->pcap * sizeof(*p))) == NULL)
			return -1;
		t->p = p;
		if ((o = realloc(t->order, t->pcap * sizeof(*o))) == NULL)
			return -1;
		t->order = o;
	}
	p = &t->p[t->np];
	memset(p, 0, sizeof(*p));
	if ((p->votes = calloc(t->m->nq, sizeof(*p->votes))) == NULL)
		return -1;
	t->np++;
	insert_order(t, (size_t)k);
	return k;
}

/* Where respondent r answered each question in period p. */
static struct loc *
seen(struct tally *t, struct period *p, size_t r)
{
	if (r >= p->nseen) {
		size_t n = r + 1 > 2 * p->nseen ? r + 1 : 2 * p->nseen;
		struct loc **s;

		if ((s = realloc(p->seen, n * sizeof(*s))) == NULL)
			return NULL;
		memset(s + p->nseen, 0, (n - p->nseen) * sizeof(*s));
		p->seen = s;
		p->nseen = n;
	}
	if (p->seen[r] == NULL) {
		if ((p->seen[r] = calloc(t->m->nq, sizeof(struct loc))) ==
		    NULL)
			return NULL;
		p->nresp++;
	}
	return p->seen[r];
}

static int
twice(const struct tally *t, const char *file, unsigned long line,
    size_t q, const char *resp, const char *period, struct loc first,
    struct diag *d)
{
	char by[256] = "", in[256] = "", at[512];

	if (*resp != '\0')
		snprintf(by, sizeof(by), " by '%s'", resp);
	if (t->periods)
		snprintf(in, sizeof(in), " in period '%s'", period);
	if (strcmp(t->files[first.file - 1], file) == 0)
		snprintf(at, sizeof(at), "on line %lu",
		    (unsigned long)first.line);
	else
		snprintf(at, sizeof(at), "at %s:%lu", t->files[first.file - 1],
		    (unsigned long)first.line);
	return diag_set(d, file, line, "%s answered twice%s%s (first %s)",
	    t->m->q[q].id, by, in, at);
}

static int
add_note(struct tally *t, struct period *p, size_t q, size_t resp,
    const char *s, size_t len)
{
	struct note *n;

	if ((n = realloc(p->notes, (p->nnotes + 1) * sizeof(*n))) == NULL)
		return -1;
	p->notes = n;
	n += p->nnotes;
	if ((n->text = strndup(s, len)) == NULL)
		return -1;
	n->q = q;
	n->resp = resp;
	p->nnotes++;
	t->hasnotes = 1;
	return 0;
}

/* 1 when the row names a question, 0 for a note, -1 on an error. */
static int
add_row(struct tally *t, const struct csvrow *row, const struct cols *c,
    const char *file, struct diag *d)
{
	const char *id, *ans, *per, *who, *note;
	size_t idlen, anslen, perlen, wholen, notelen;
	long q, p, r;
	int a;
	struct loc *at;

	id = csvrow_value(row, c->id, &idlen);
	ans = csvrow_value(row, c->answer, &anslen);
	per = csvrow_value(row, c->period, &perlen);
	who = csvrow_value(row, c->resp, &wholen);
	note = csvrow_value(row, c->note, &notelen);
	if (c->resp < 0) {
		/* one member's filled-in checklist: the file is the member */
		who = file;
		wholen = strlen(file);
	}
	if (idlen == 0) {
		if (anslen == 0)
			return 0;	/* a note, not an answer */
		return diag_set(d, file, row->line, "answer '%.*s' without "
		    "a question id", (int)anslen, ans);
	}
	if ((q = model_find(t->m, id, idlen)) == -1)
		return diag_set(d, file, row->line, "unknown question id "
		    "'%.*s'", (int)idlen, id);
	if ((a = answer_parse(ans, anslen)) == -1)
		return diag_set(d, file, row->line, "unknown answer '%.*s' "
		    "for %s", (int)anslen, ans, t->m->q[q].id);
	if (t->periods && perlen == 0)
		return diag_set(d, file, row->line, "no period for %s",
		    t->m->q[q].id);
	if (wholen == 0)
		return diag_set(d, file, row->line, "no respondent for %s",
		    t->m->q[q].id);
	if ((p = period_index(t, per, perlen)) == -1 ||
	    (r = strtab_add(t->resp, who, wholen)) == -1 ||
	    (at = seen(t, &t->p[p], (size_t)r)) == NULL)
		return diag_nomem(d, file);
	if (at[q].file != 0)
		return twice(t, file, row->line, (size_t)q,
		    c->resp < 0 ? "" : strtab_get(t->resp, (size_t)r),
		    strtab_get(t->names, (size_t)p), at[q], d);
	at[q].file = (uint32_t)t->nfiles;
	at[q].line = (uint32_t)row->line;
	if (a != ANS_NONE)
		t->p[p].votes[q][a]++;
	if (notelen > 0 && add_note(t, &t->p[p], (size_t)q, (size_t)r, note,
	    notelen) == -1)
		return diag_nomem(d, file);
	return 1;
}

/*
 * Reads the answers in one file into the tally.  A file must name at
 * least one question: a header alone is more likely a mistake than a
 * survey nobody answered.
 */
int
tally_read(struct tally *t, struct csvr *r, struct diag *d)
{
	struct csvrow row;
	struct cols c;
	unsigned long rows = 0;
	int rc, added;

	if (add_file(t, csvr_name(r)) == -1)
		return diag_nomem(d, csvr_name(r));
	if (find_cols(t, r, &c, d) == -1)
		return -1;
	while ((rc = csvr_next(r, &row, d)) == 1) {
		if ((added = add_row(t, &row, &c, csvr_name(r), d)) == -1)
			return -1;
		rows += (unsigned long)added;
	}
	if (rc == -1)
		return -1;
	if (rows == 0)
		return diag_set(d, csvr_name(r), 0, "no answers: no row "
		    "names a question");
	return 0;
}

int
tally_has_periods(const struct tally *t)
{
	return t->periods == 1;
}

size_t
tally_nperiods(const struct tally *t)
{
	return t->np;
}

/* The i-th period in natural order. */
const char *
tally_period(const struct tally *t, size_t i)
{
	return strtab_get(t->names, t->order[i]);
}

const unsigned long *
tally_votes(const struct tally *t, size_t i, size_t q)
{
	return t->p[t->order[i]].votes[q];
}

/* The respondents of period i who gave no answer to question q. */
unsigned long
tally_unanswered(const struct tally *t, size_t i, size_t q)
{
	const struct period *p = &t->p[t->order[i]];
	unsigned long n = p->nresp;
	int a;

	for (a = ANS_YES; a < ANS_N; a++)
		n -= p->votes[q][a];
	return n;
}

static int
read_one(struct csvr *r, void *t, struct diag *d)
{
	return tally_read(t, r, d);
}

/* Reads the answers files named (none: standard input) into the tally. */
int
tally_read_files(struct tally *t, int argc, char *const argv[],
    const struct csvopt *opt, struct diag *d)
{
	return input_each(argc, argv, opt, read_one, t, d);
}

/* The index, in natural order, of the period called name, or -1. */
long
tally_period_find(const struct tally *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->np; i++)
		if (strcmp(tally_period(t, i), name) == 0)
			return (long)i;
	return -1;
}

int
tally_has_notes(const struct tally *t)
{
	return t->hasnotes;
}

/*
 * The notes on question q in period i, joined by " | " and each prefixed
 * "respondent: " when the period has more than one respondent, into buf;
 * returns the length the whole text needs (0: no note), as snprintf.
 */
size_t
tally_note(const struct tally *t, size_t i, size_t q, char *buf,
    size_t size)
{
	const struct period *p = &t->p[t->order[i]];
	size_t k, used = 0;
	int n;

	if (size > 0)
		buf[0] = '\0';
	for (k = 0; k < p->nnotes; k++) {
		if (p->notes[k].q != q)
			continue;
		if (p->nresp > 1)
			n = snprintf(buf + (used < size ? used : size),
			    used < size ? size - used : 0, "%s%s: %s",
			    used ? " | " : "", strtab_get(t->resp,
			    p->notes[k].resp), p->notes[k].text);
		else
			n = snprintf(buf + (used < size ? used : size),
			    used < size ? size - used : 0, "%s%s",
			    used ? " | " : "", p->notes[k].text);
		if (n > 0)
			used += (size_t)n;
	}
	return used;
}
