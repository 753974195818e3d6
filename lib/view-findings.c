/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * view-findings.c: roster findings (isac-roster check) grouped by their
 * severity, errors first, then warnings, then any other severity in the
 * order it first appears; the rows of a group in the order they came.
 *
 * Severities are interned by hashing (strtab.c) and the rows placed by
 * counting, so that grouping takes time in proportion to the rows, how
 * many severities there are notwithstanding.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* Severity order: errors, then warnings, then the rest as they come. */
static int
fview_rank(const char *s)
{
	size_t len = strlen(s);

	text_trim(&s, &len);
	if (text_ieq(s, len, "error") || text_ieq(s, len, "fout"))
		return 0;
	if (text_ieq(s, len, "warning") || text_ieq(s, len, "waarschuwing"))
		return 1;
	return 2;
}

/*
 * Puts the groups in order of rank, each rank in order of appearance,
 * and sets at[i] to where the rows of the group first seen i-th go.
 */
static int
order_groups(struct fview *v, size_t *at, struct diag *d, const char *name)
{
	struct fgroup *g;
	size_t i, k = 0, start = 0;
	int rank;

	if ((g = calloc(v->ng + 1, sizeof(*g))) == NULL)
		return diag_nomem(d, name);
	for (rank = 0; rank <= 2; rank++)
		for (i = 0; i < v->ng; i++)
			if (v->g[i].rank == rank) {
				g[k] = v->g[i];
				g[k].start = at[i] = start;
				start += g[k++].n;
			}
	free(v->g);
	v->g = g;
	return 0;
}

/* The view of roster findings section s, in s->fv. */
int
fview_build(struct rsec *s, struct diag *d)
{
	struct fview *v;
	struct strtab *st;
	size_t r, n = s->t.nrows, *gid = NULL, *at = NULL;
	const char *sev;
	long i;
	int csev = sec_col(s, "severity"), rc = -1;

	if ((s->fv = v = calloc(1, sizeof(*v))) == NULL)
		return diag_nomem(d, s->t.name);
	st = strtab_new(0);
	gid = calloc(n + 1, sizeof(*gid));
	v->g = calloc(n + 1, sizeof(*v->g));
	v->rows = calloc(n + 1, sizeof(*v->rows));
	if (st == NULL || gid == NULL || v->g == NULL || v->rows == NULL)
		goto nomem;
	for (r = 0; r < n; r++) {
		sev = sec_cell(s, r, csev);
		if ((i = strtab_add(st, sev, strlen(sev))) < 0)
			goto nomem;
		if ((size_t)i == v->ng) {
			v->g[v->ng].sev = sev;
			v->g[v->ng++].rank = fview_rank(sev);
		}
		v->g[i].n++;
		gid[r] = (size_t)i;
	}
	if ((at = calloc(v->ng + 1, sizeof(*at))) == NULL)
		goto nomem;
	if (order_groups(v, at, d, s->t.name) == -1)
		goto out;
	for (r = 0; r < n; r++)
		v->rows[at[gid[r]]++] = r;
	rc = 0;
	goto out;
nomem:
	diag_nomem(d, s->t.name);
out:
	strtab_free(st);
	free(gid);
	free(at);
	return rc;
}

void
fview_free(struct fview *v)
{
	if (v == NULL)
		return;
	free(v->g);
	free(v->rows);
	free(v);
}
