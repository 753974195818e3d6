/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-book.c: the document as a workbook, .xlsx or .ods (wbook.h): a
 * sheet per table, named from its heading, holding the table as
 * fmt-csv.c writes it, every column, the rows its label leaves out
 * gone.  A column is numbers where the table's kind declares it so
 * (tables.c, through the section's column map), dates where it is named
 * for them; every other cell is text.  The document's label stands in a
 * row of its own above the header, and in every page's header and
 * footer; without a label the header is the sheet's first row.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "wbook.h"

static const char *
cell(const void *arg, size_t r, size_t c)
{
	return sec_cell(arg, r, (int)c);
}

static unsigned long
line(const void *arg, size_t r)
{
	const struct rsec *s = arg;

	return s->t.rows[r].line;
}

/* What column c of section s holds, as its kind declares. */
static int
col_type(const struct rsec *s, size_t c)
{
	const struct tcol *k = tab_decl(s->m.kind)->col;
	int n, l;

	if ((int)c == s->m.tlp)
		return WT_TEXT;
	for (n = 0; k[n].name != NULL; n++)
		if ((k[n].flags & TC_NUM) && !(k[n].flags & TC_LEVELS) &&
		    s->m.col[n] == (int)c)
			return WT_NUM;
	for (l = 1; l <= s->m.nlevels; l++)
		if (s->m.yes[l] == (int)c || s->m.app[l] == (int)c)
			return WT_NUM;
	return wb_date_name(s->t.col[c]) != NULL ? WT_DATE : WT_TEXT;
}

static int
sheet(struct wsheet *sh, const struct rsec *s)
{
	size_t c;

	if ((sh->name = strdup(s->title)) == NULL ||
	    (sh->col = calloc(s->t.ncols + 1, sizeof(*sh->col))) == NULL)
		return -1;
	sh->file = s->t.name;
	sh->nrows = s->t.nrows;
	sh->ncols = s->t.ncols;
	sh->arg = s;
	sh->cell = cell;
	sh->line = line;
	sh->labelrow = 1;
	for (c = 0; c < s->t.ncols; c++) {
		sh->col[c].head = s->t.col[c];
		sh->col[c].type = col_type(s, c);
	}
	return 0;
}

/* The finished document as a workbook of its format, to fp. */
int
fmt_book(const struct rdoc *doc, FILE *fp, struct diag *d)
{
	struct wbook b;
	size_t i;
	int rc = -1;

	memset(&b, 0, sizeof(b));
	b.n = doc->nsec;
	b.title = doc->title;
	b.lang = doc->o.lang;
	b.label = doc->o.tlp;
	if ((b.sheet = calloc(b.n + 1, sizeof(*b.sheet))) == NULL)
		return diag_nomem(d, NULL);
	for (i = 0; i < b.n; i++)
		if (sheet(&b.sheet[i], &doc->sec[i]) == -1) {
			diag_nomem(d, doc->sec[i].t.name);
			goto out;
		}
	if (wb_epoch(&b.epoch, d) == -1 || wb_prepare(&b, d) == -1)
		goto out;
	rc = doc->o.fmt == RF_ODS ? wb_ods(&b, fp, d) : wb_xlsx(&b, fp, d);
out:
	wb_sheets_free(b.sheet, b.n);
	return rc;
}
