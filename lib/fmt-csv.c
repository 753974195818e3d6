/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-csv.c: the tables written again as CSV, TSV or for Excel (out.c),
 * canonical: quoted only where needed, the rows left out for their
 * label gone, the cells as written.  Several files make one table, so
 * they must share one header; that is checked on each header before its
 * rows are read.  The header is as written, but for people (--excel
 * -l nl, out.c): then a known kind's columns carry their Dutch titles.
 */
#include <string.h>

#include "render.h"

static int
same_header(const struct table *a, const struct table *b)
{
	size_t i;

	if (a->ncols != b->ncols)
		return 0;
	for (i = 0; i < a->ncols; i++)
		if (strcmp(a->col[i], b->col[i]) != 0)
			return 0;
	return 1;
}

/* Is t's header that of the first table, so that they are one table? */
int
fmt_csv_head(const struct rdoc *doc, const struct table *t, struct diag *d)
{
	if (doc->nsec == 0 || same_header(&doc->sec[0].t, t))
		return 0;
	return diag_set(d, t->name, t->hdrline, "csv writes one table, and "
	    "this header is not that of %s", doc->sec[0].t.name);
}

void
fmt_csv(const struct rdoc *doc, struct out *w)
{
	const struct rsec *s;
	char buf[VOCAB_COL_MAX];
	size_t i, r, c;

	for (c = 0; doc->nsec > 0 && c < doc->sec[0].t.ncols; c++)
		out_field(w, w->nl ? sec_head(doc, &doc->sec[0], c, buf,
		    sizeof(buf)) : doc->sec[0].t.col[c]);
	out_end(w);
	for (i = 0; i < doc->nsec; i++) {
		s = &doc->sec[i];
		for (r = 0; r < s->t.nrows; r++) {
			for (c = 0; c < s->t.ncols; c++)
				out_field(w, sec_cell(s, r, (int)c));
			out_end(w);
		}
	}
}
