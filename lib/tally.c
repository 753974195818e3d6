/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * tally.c: answers files read into votes per period and question.
 *
 * Memory grows with the model, the respondents and the periods, never
 * with the number of rows: each row adds one vote, and one bit for its
 * respondent in its period and its question, so that a second answer to
 * the same question can be told, and one byte there for what that
 * respondent answered, so that who answered what can be shown.  Where
 * the first one was is kept as runs of rows on consecutive lines
 * answering consecutive questions, which is how a checklist is filled
 * in: a run per respondent and period for the usual file, looked
 * through only to name the first line when an answer comes twice.
 * Notes are few, and are kept as a list per period in the order they
 * were read.
 *
 * Rows nearly always share period and respondent with the row before and
 * follow the model's order; the lookups try that first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isac.h"

/* Far beyond any ISAC, well within memory (isac-formats(5)). */
#define PERIODS_MAX	1000
#define RESP_MAX	100000

/* Rows on consecutive lines answering consecutive questions. */
struct run {
	uint32_t	pair;		/* respondent in a period */
	uint32_t	file;		/* index + 1 */
	uint32_t	line;		/* of question q0 */
	uint32_t	q0, n;
};

/*
 * A respondent's row for a question, in a byte: 0 for none, else its
 * answer (1 + enum answer) and its label (1 + enum tlp) above it, for
 * who answered what (respond.c).
 */
#define CELL(a, l)	((unsigned char)((1 + (a)) | (1 + (l)) << 3))
#define CELL_ANSWER(c)	((int)((c) & 7) - 1)
#define CELL_LABEL(c)	((int)((c) >> 3) - 1)

struct pairkey {
	uint32_t	p, r;
};

struct note {
	size_t		 q;
	size_t		 resp;
	char		*text;
};

struct period {
	unsigned long	(*votes)[ANS_N];	/* per question */
	signed char	*label;		/* per question: strictest; or NULL */
	struct note	*notes;
	size_t		 nnotes;
	unsigned long	 nresp;
};

struct tally {
	const struct model *m;
	struct strtab	*names;		/* period names */
	struct period	*p;
	size_t		*order;		/* periods in natural order */
	size_t		 np, pcap;
	struct strtab	*resp;
	struct strtab	*respkey;	/* period and folded name (fold.c) */
	size_t		*keyfirst;	/* -> the first respondent so named */
	size_t		 nkeys, keycap;	/* names in respkey, room */
	char		**files;
	size_t		 nfiles;
	int		 periods;	/* -1 until the first file is read */
	int		 hasnotes;
	int		 labelled;	/* a file had a tlp column */
	struct strbuf	 warn;		/* warnings, a line each */

	/* respondents in periods: answered questions as bits */
	struct pairkey	*key;
	uint64_t	*bits;		/* words per pair */
	unsigned char	*cell;		/* per pair, nq: answer and label */
	size_t		 words, npair, paircap;
	uint32_t	*slot;		/* hash of key: pair + 1, 0 free */
	size_t		 nslot;
	struct run	*run;
	size_t		 nrun, runcap;

	/* the row before */
	long		 lastp, lastr, lastpair, lastq;
	const char	*lastper, *lastwho;
	size_t		 lastperlen, lastwholen;
};

struct cols {
	int	id, answer, resp, period, note, tlp;
	int	prev[2];		/* previous, previous_note */
	int	check;			/* previous_check: what the form said */
	unsigned long named, unnamed;	/* rows with and without respondent */
	unsigned long namedline, unnamedline;	/* the first of each */
	unsigned long prevline;		/* the first previous* cell filled */
	int	prevcol;
};

static int	 new_respondent(struct tally *, size_t, size_t, const char *,
		    unsigned long);

struct tally *
tally_new(const struct model *m)
{
	struct tally *t;

	if ((t = calloc(1, sizeof(*t))) == NULL)
		return NULL;
	t->m = m;
	t->periods = -1;
	t->words = (m->nq + 63) / 64;
	t->lastp = t->lastr = t->lastpair = t->lastq = -1;
	if ((t->names = strtab_new(0)) == NULL ||
	    (t->resp = strtab_new(0)) == NULL ||
	    (t->respkey = strtab_new(0)) == NULL) {
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
		free(t->p[i].votes);
		free(t->p[i].label);
		for (k = 0; k < t->p[i].nnotes; k++)
			free(t->p[i].notes[k].text);
		free(t->p[i].notes);
	}
	for (i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	free(t->p);
	free(t->order);
	free(t->key);
	free(t->bits);
	free(t->cell);
	free(t->slot);
	free(t->run);
	strtab_free(t->names);
	strtab_free(t->resp);
	strtab_free(t->respkey);
	free(t->keyfirst);
	sb_free(&t->warn);
	free(t);
}

static int
find_cols(struct tally *t, struct csvr *r, struct cols *c, struct diag *d)
{
	if (csvr_col(r, "id", 1, &c->id, d) == -1 ||
	    csvr_col(r, "answer", 1, &c->answer, d) == -1 ||
	    csvr_col(r, "respondent", 0, &c->resp, d) == -1 ||
	    csvr_col(r, "period", 0, &c->period, d) == -1 ||
	    csvr_col(r, "note", 0, &c->note, d) == -1 ||
	    csvr_col(r, "tlp", 0, &c->tlp, d) == -1 ||
	    csvr_col(r, "previous", 0, &c->prev[0], d) == -1 ||
	    csvr_col(r, "previous_note", 0, &c->prev[1], d) == -1 ||
	    csvr_col(r, "previous_check", 0, &c->check, d) == -1)
		return -1;
	c->named = c->unnamed = c->prevline = 0;
	if (c->tlp >= 0)
		t->labelled = 1;
	if (t->periods == -1)
		t->periods = c->period >= 0;
	else if (t->periods != (c->period >= 0))
		return c->period >= 0 ?
		    diag_set(d, csvr_name(r), csvr_hdrline(r), "a column "
		    "'period', but %s has none", t->files[0]) :
		    diag_set(d, csvr_name(r), csvr_hdrline(r), "no column "
		    "'period', but %s has one", t->files[0]);
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
	if (t->np >= PERIODS_MAX)
		return -2;
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

static uint32_t
pair_hash(uint32_t p, uint32_t r)
{
	return (p * 0x9e3779b1u) ^ (r * 0x85ebca77u);
}

static size_t
pair_probe(const struct tally *t, uint32_t p, uint32_t r)
{
	size_t i = pair_hash(p, r) & (t->nslot - 1);

	while (t->slot[i] != 0 && (t->key[t->slot[i] - 1].p != p ||
	    t->key[t->slot[i] - 1].r != r))
		i = (i + 1) & (t->nslot - 1);
	return i;
}

static int
pair_grow(struct tally *t)
{
	size_t n = t->nslot ? 2 * t->nslot : 256, i;

	free(t->slot);
	if ((t->slot = calloc(n, sizeof(*t->slot))) == NULL)
		return -1;
	t->nslot = n;
	for (i = 0; i < t->npair; i++)
		t->slot[pair_probe(t, t->key[i].p, t->key[i].r)] =
		    (uint32_t)i + 1;
	return 0;
}

/* The number of respondent r in period p, new with no answer: -1. */
static long
pair_index(struct tally *t, size_t p, size_t r)
{
	size_t i;

	if (2 * (t->npair + 1) > t->nslot && pair_grow(t) == -1)
		return -1;
	i = pair_probe(t, (uint32_t)p, (uint32_t)r);
	if (t->slot[i] != 0)
		return (long)t->slot[i] - 1;
	if (t->npair == t->paircap) {
		size_t cap = t->paircap ? 2 * t->paircap : 256;
		struct pairkey *k;
		uint64_t *b;
		unsigned char *c;

		if ((k = realloc(t->key, cap * sizeof(*k))) == NULL)
			return -1;
		t->key = k;
		if ((b = realloc(t->bits, cap * t->words * sizeof(*b))) ==
		    NULL)
			return -1;
		t->bits = b;
		if ((c = realloc(t->cell, cap * t->m->nq)) == NULL)
			return -1;
		t->cell = c;
		t->paircap = cap;
	}
	t->key[t->npair].p = (uint32_t)p;
	t->key[t->npair].r = (uint32_t)r;
	memset(t->bits + t->npair * t->words, 0, t->words * sizeof(*t->bits));
	memset(t->cell + t->npair * t->m->nq, 0, t->m->nq);
	t->slot[i] = (uint32_t)++t->npair;
	t->p[p].nresp++;
	return (long)t->npair - 1;
}

/* Notes that pair answered q on line of the current file. */
static int
mark(struct tally *t, size_t pair, size_t q, unsigned long line)
{
	struct run *u = t->nrun ? &t->run[t->nrun - 1] : NULL;

	t->bits[pair * t->words + q / 64] |= (uint64_t)1 << (q % 64);
	if (u != NULL && u->pair == pair && u->file == t->nfiles &&
	    u->line + u->n == line && u->q0 + u->n == q) {
		u->n++;
		return 0;
	}
	if (t->nrun == t->runcap) {
		size_t cap = t->runcap ? 2 * t->runcap : 256;

		if ((u = realloc(t->run, cap * sizeof(*u))) == NULL)
			return -1;
		t->run = u;
		t->runcap = cap;
	}
	u = &t->run[t->nrun++];
	u->pair = (uint32_t)pair;
	u->file = (uint32_t)t->nfiles;
	u->line = (uint32_t)line;
	u->q0 = (uint32_t)q;
	u->n = 1;
	return 0;
}

/* Where pair first answered q: its run. */
static const struct run *
first(const struct tally *t, size_t pair, size_t q, uint32_t *line)
{
	size_t i;

	for (i = 0; i < t->nrun; i++)
		if (t->run[i].pair == pair && q >= t->run[i].q0 &&
		    q < t->run[i].q0 + t->run[i].n) {
			*line = t->run[i].line + (uint32_t)(q - t->run[i].q0);
			return &t->run[i];
		}
	return NULL;
}

static int
twice(const struct tally *t, const char *file, unsigned long line,
    size_t q, const char *resp, const char *period, size_t pair,
    struct diag *d)
{
	char by[256] = "", in[256] = "", at[512] = "";
	const struct run *u;
	uint32_t fline = 0;

	if (*resp != '\0')
		snprintf(by, sizeof(by), _(" by '%s'"), resp);
	if (t->periods)
		snprintf(in, sizeof(in), _(" in period '%s'"), period);
	if ((u = first(t, pair, q, &fline)) == NULL)
		;
	else if (strcmp(t->files[u->file - 1], file) == 0)
		snprintf(at, sizeof(at), _(" (first on line %lu)"),
		    (unsigned long)fline);
	else
		snprintf(at, sizeof(at), _(" (first at %s:%lu)"),
		    t->files[u->file - 1], (unsigned long)fline);
	return diag_set(d, file, line, "%s answered twice%s%s%s",
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

/*
 * Question q of period p takes the label of a row that answered it, if
 * that is stricter: whatever is made from the question's answers later
 * (a score, a gap item, a note shown) carries it.
 */
static int
add_label(struct tally *t, struct period *p, size_t q, int label)
{
	size_t i;

	if (label == TLP_NONE)
		return 0;
	if (p->label == NULL) {
		if ((p->label = malloc(t->m->nq)) == NULL)
			return -1;
		for (i = 0; i < t->m->nq; i++)
			p->label[i] = TLP_NONE;
	}
	if (label > p->label[q])
		p->label[q] = (signed char)label;
	return 0;
}

/* Is s the same len bytes as t?  Short strings, compared here. */
static int
same(const char *s, const char *t, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != t[i])
			return 0;
	return 1;
}

/* Is s (len bytes) the model's id, in any case, as model_find has it? */
static int
same_id(const char *id, const char *s, size_t len)
{
	size_t i;
	int a, b;

	for (i = 0; i < len; i++) {
		a = (unsigned char)id[i];
		b = (unsigned char)s[i];
		if (a != b && (a == '\0' || (a | 0x20) != (b | 0x20) ||
		    (a | 0x20) < 'a' || (a | 0x20) > 'z'))
			return 0;
	}
	return id[len] == '\0';
}

/*
 * The respondent of a row: its respondent cell, else the file, as when
 * there is no such column: a member's filled-in form need not repeat a
 * name on every row.  But a file that names one on some rows and not on
 * others has lost a name: an error.
 */
static int
respondent(struct cols *c, unsigned long line, const char *file,
    const char **who, size_t *len, struct diag *d)
{
	if (*len > 0) {
		if (c->named++ == 0)
			c->namedline = line;
	} else {
		if (c->unnamed++ == 0)
			c->unnamedline = line;
		*who = file;
		*len = strlen(file);
	}
	if (c->named == 0 || c->unnamed == 0)
		return 0;
	if (c->unnamed == 1 && c->unnamedline == line)
		return diag_set(d, file, line, "no respondent, but line %lu "
		    "names one: name the respondent on every row, or on "
		    "none", c->namedline);
	return diag_set(d, file, line, "a respondent, but line %lu names "
	    "none: name the respondent on every row, or on none",
	    c->unnamedline);
}

/*
 * Notes the first previous or previous_note cell a member changed: the
 * form says in previous_check what it wrote there (report.c), so that
 * what a member typed into last year's columns, where nobody reads it,
 * can be told from last year's words.
 */
static void
previous_cell(struct cols *c, const struct csvrow *row)
{
	const char *s, *sum;
	size_t len, sumlen;
	char want[TALLY_CHECK];
	int k;

	if (c->check < 0)
		return;
	sum = csvrow_value(row, c->check, &sumlen);
	for (k = 0; k < 2; k++) {
		if (c->prev[k] < 0)
			continue;
		s = csvrow_value(row, c->prev[k], &len);
		tally_check(s, len, want);
		if (sumlen == 2 * TALLY_CHECK - 1 ? memcmp(sum + k * TALLY_CHECK,
		    want, TALLY_CHECK - 1) == 0 : len == 0)
			continue;
		c->prevline = row->line;
		c->prevcol = c->prev[k];
		return;
	}
}

/*
 * The check of one previous cell, as the form writes it: 7 hex digits
 * of an FNV-1a hash of its trimmed text, NUL-terminated.
 */
void
tally_check(const char *s, size_t len, char out[TALLY_CHECK])
{
	uint32_t h = 2166136261u;
	size_t i;

	text_trim(&s, &len);
	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	snprintf(out, TALLY_CHECK, "%07lx", (unsigned long)(h & 0xfffffff));
}

/* 1 when the row names a question, 0 for a note, -1 on an error. */
static int
add_row(struct tally *t, const struct csvrow *row, struct cols *c,
    const char *file, struct diag *d)
{
	const char *id, *ans, *per, *who, *note, *tl;
	size_t idlen, anslen, perlen, wholen, notelen, tllen, npair;
	long q, p, r, k;
	int a, label;

	id = csvrow_value(row, c->id, &idlen);
	ans = csvrow_value(row, c->answer, &anslen);
	per = csvrow_value(row, c->period, &perlen);
	who = csvrow_value(row, c->resp, &wholen);
	note = csvrow_value(row, c->note, &notelen);
	tl = csvrow_value(row, c->tlp, &tllen);
	if (tllen == 0)
		label = TLP_NONE;
	else if ((label = tlp_value(tl, tllen, file, row->line, d)) == -2)
		return -1;
	if (idlen == 0) {
		if (anslen == 0)
			return 0;	/* a note, not an answer */
		return diag_set(d, file, row->line, "answer '%.*s' without "
		    "a question id", (int)anslen, ans);
	}
	if (respondent(c, row->line, file, &who, &wholen, d) == -1)
		return -1;
	if (c->prevline == 0)
		previous_cell(c, row);
	if (t->lastq + 1 < (long)t->m->nq &&
	    same_id(t->m->q[t->lastq + 1].id, id, idlen))
		q = t->lastq + 1;
	else if ((q = model_find(t->m, id, idlen)) == -1)
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
	if (t->lastp >= 0 && perlen == t->lastperlen &&
	    same(per, t->lastper, perlen))
		p = t->lastp;
	else if ((p = period_index(t, per, perlen)) == -2)
		return diag_set(d, file, row->line, "more than %d periods",
		    PERIODS_MAX);
	else if (p == -1)
		return diag_nomem(d, file);
	if (t->lastr >= 0 && wholen == t->lastwholen &&
	    same(who, t->lastwho, wholen))
		r = t->lastr;
	else if ((r = strtab_add(t->resp, who, wholen)) == -1)
		return diag_nomem(d, file);
	else if (r >= RESP_MAX)
		return diag_set(d, file, row->line, "more than %d "
		    "respondents", RESP_MAX);

	npair = t->npair;
	if (p == t->lastp && r == t->lastr)
		k = t->lastpair;
	else if ((k = pair_index(t, (size_t)p, (size_t)r)) == -1)
		return diag_nomem(d, file);
	if (t->npair > npair && new_respondent(t, (size_t)p, (size_t)r, file,
	    row->line) == -1)
		return diag_nomem(d, file);
	if (p != t->lastp) {
		t->lastp = p;
		t->lastper = strtab_get(t->names, (size_t)p);
		t->lastperlen = perlen;
	}
	if (r != t->lastr) {
		t->lastr = r;
		t->lastwho = strtab_get(t->resp, (size_t)r);
		t->lastwholen = wholen;
	}
	t->lastpair = k;
	t->lastq = q;
	if (t->bits[(size_t)k * t->words + (size_t)q / 64] &
	    (uint64_t)1 << (q % 64))
		return twice(t, file, row->line, (size_t)q,
		    c->resp < 0 ? "" : strtab_get(t->resp, (size_t)r),
		    strtab_get(t->names, (size_t)p), (size_t)k, d);
	if (mark(t, (size_t)k, (size_t)q, row->line) == -1)
		return diag_nomem(d, file);
	t->cell[(size_t)k * t->m->nq + (size_t)q] = CELL(a, label);
	if (a != ANS_NONE)
		t->p[p].votes[q][a]++;
	if (notelen > 0 && add_note(t, &t->p[p], (size_t)q, (size_t)r, note,
	    notelen) == -1)
		return diag_nomem(d, file);
	if (add_label(t, &t->p[p], (size_t)q, label) == -1)
		return diag_nomem(d, file);
	return 1;
}

/*
 * Respondent r, new in period p: a warning when another of the period
 * has the same name but for case or Unicode spelling (Drinkwater zuid,
 * Drinkwater Zuid), for each spelling counts as a respondent of its own.
 * -1 when out of memory.
 */
static int
new_respondent(struct tally *t, size_t p, size_t r, const char *file,
    unsigned long line)
{
	struct strbuf b;
	struct diag w;
	size_t *f, klen;
	char *key;
	long k;

	if ((key = fold_name(strtab_get(t->resp, r),
	    strlen(strtab_get(t->resp, r)), &klen)) == NULL)
		return -1;
	sb_init(&b);
	sb_printf(&b, "%zu\t%s", p, key);
	free(key);
	k = sb_failed(&b) ? -1 : strtab_add(t->respkey, b.s, b.len);
	sb_free(&b);
	if (k < 0)
		return -1;
	if (t->nkeys == t->keycap) {
		/* doubled: a respondent costs no copy of those before */
		if ((f = realloc(t->keyfirst, (t->keycap ? 2 * t->keycap : 64) *
		    sizeof(*f))) == NULL)
			return -1;
		t->keyfirst = f;
		t->keycap = t->keycap ? 2 * t->keycap : 64;
	}
	f = t->keyfirst;
	if ((size_t)k == t->nkeys)
		f[t->nkeys++] = r;
	else {
		diag_set(&w, file, line, "respondent '%s' and respondent '%s' "
		    "are one name but for case or spelling: counted as two "
		    "respondents", strtab_get(t->resp, r),
		    strtab_get(t->resp, f[k]));
		sb_add(&t->warn, w.text);
		sb_addc(&t->warn, '\n');
	}
	return sb_failed(&t->warn) ? -1 : 0;
}

/*
 * A member who typed into the form's previous or previous_note column
 * wrote what nobody reads: last year's, shown beside this year's.  Said
 * once per file, as a warning the program prints.
 */
static int
warn_previous(struct tally *t, struct csvr *r, const struct cols *c,
    struct diag *d)
{
	struct diag w;
	const char *col = csvr_colname(r, (size_t)c->prevcol);

	if (c->prevcol == c->prev[0])
		diag_set(&w, csvr_name(r), c->prevline, "column '%s' holds "
		    "last year's answer and is not read: this year's goes in "
		    "column 'answer'", col);
	else
		diag_set(&w, csvr_name(r), c->prevline, "column '%s' holds "
		    "last year's note and is not read: this year's goes in "
		    "column 'note'", col);
	sb_add(&t->warn, w.text);
	sb_addc(&t->warn, '\n');
	return sb_failed(&t->warn) ? diag_nomem(d, csvr_name(r)) : 0;
}

/* The warnings of the files read, a line each; "" when none. */
const char *
tally_warnings(const struct tally *t)
{
	return sb_str(&t->warn);
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
	if (c.prevline > 0)
		return warn_previous(t, r, &c, d);
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
 * "respondent: " when the period has more than one respondent, added to
 * b whole: a note is never cut.
 */
void
tally_note(const struct tally *t, size_t i, size_t q, struct strbuf *b)
{
	const struct period *p = &t->p[t->order[i]];
	size_t k, n = 0;

	for (k = 0; k < p->nnotes; k++) {
		if (p->notes[k].q != q)
			continue;
		if (n++ > 0)
			sb_add(b, " | ");
		if (p->nresp > 1)
			sb_printf(b, "%s: ", strtab_get(t->resp,
			    p->notes[k].resp));
		sb_add(b, p->notes[k].text);
	}
}

/* Did any answers file have a tlp column? */
int
tally_labelled(const struct tally *t)
{
	return t->labelled;
}

/* The strictest label of the rows that answered q in period i. */
int
tally_label(const struct tally *t, size_t i, size_t q)
{
	const struct period *p = &t->p[t->order[i]];

	return p->label != NULL ? p->label[q] : TLP_NONE;
}

/* The strictest label of the rows that answered capability c in i. */
int
tally_cap_label(const struct tally *t, size_t i, size_t c)
{
	const struct period *p = &t->p[t->order[i]];
	size_t q;
	int l = TLP_NONE;

	for (q = 0; p->label != NULL && q < t->m->nq; q++)
		if (t->m->q[q].cap == c)
			l = tlp_max(l, p->label[q]);
	return l;
}

/*
 * The files read, "a.csv" or "a.csv, b.csv", into buf: where a message
 * about the answers as a whole is about.
 */
const char *
tally_files(const struct tally *t, char *buf, size_t size)
{
	size_t i, used = 0;

	if (size > 0)
		buf[0] = '\0';
	for (i = 0; i < t->nfiles && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
		    i > 0 ? ", " : "", t->files[i]);
	return buf;
}

/*
 * The respondents of period i, one by one in the order they were first
 * read: the pair after prev (-1 for the first), or -1 after the last.
 */
long
tally_pair_next(const struct tally *t, size_t i, long prev)
{
	size_t k;

	for (k = (size_t)(prev + 1); k < t->npair; k++)
		if (t->key[k].p == t->order[i])
			return (long)k;
	return -1;
}

/* The respondent of pair k, as first written. */
const char *
tally_pair_who(const struct tally *t, size_t k)
{
	return strtab_get(t->resp, t->key[k].r);
}

/*
 * Pair k's answer to question q (an enum answer; -1 when it has no row
 * for q), and that row's label in *label.
 */
int
tally_pair_answer(const struct tally *t, size_t k, size_t q, int *label)
{
	unsigned char c = t->cell[k * t->m->nq + q];

	*label = c == 0 ? TLP_NONE : CELL_LABEL(c);
	return c == 0 ? -1 : CELL_ANSWER(c);
}

/* Where pair k's first row is: its file and line. */
void
tally_pair_where(const struct tally *t, size_t k, const char **file,
    unsigned long *line)
{
	size_t i;

	*file = "";
	*line = 0;
	for (i = 0; i < t->nrun; i++)
		if (t->run[i].pair == k) {
			*file = t->files[t->run[i].file - 1];
			*line = t->run[i].line;
			return;
		}
}

/* Pair k's note on question q in period i, added to b. */
void
tally_pair_note(const struct tally *t, size_t i, size_t k, size_t q,
    struct strbuf *b)
{
	const struct period *p = &t->p[t->order[i]];
	size_t n;

	for (n = 0; n < p->nnotes; n++)
		if (p->notes[n].q == q && p->notes[n].resp == t->key[k].r)
			sb_add(b, p->notes[n].text);
}
