/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-json.c: tables as JSON, an array of objects keyed by the header
 * with every value a string: the shape of the csv-spectrum suite's
 * expected output, for jq.  Several tables make an object keyed by the
 * file names, in the order given.  The keys stay stable for a program
 * that reads them: a column of a known kind is keyed by its English
 * name, whatever the header's language and the document's; the values
 * are in the document's language, as in every other format.
 */
#include <stdio.h>

#include "render.h"

static void
array(const struct rsec *s, FILE *fp, const char *indent)
{
	char buf[VOCAB_COL_MAX];
	const char *k;
	size_t r, c;

	if (s->t.nrows == 0) {
		fputs("[]", fp);
		return;
	}
	fputs("[\n", fp);
	for (r = 0; r < s->t.nrows; r++) {
		fprintf(fp, "%s  {", indent);
		for (c = 0; c < s->t.ncols; c++) {
			fputs(c ? ", " : "", fp);
			k = sec_name(s, c, buf, sizeof(buf));
			esc_jsons(fp, k != NULL ? k : s->t.col[c]);
			fputs(": ", fp);
			esc_jsons(fp, sec_cell(s, r, (int)c));
		}
		fprintf(fp, "}%s\n", r + 1 < s->t.nrows ? "," : "");
	}
	fprintf(fp, "%s]", indent);
}

void
fmt_json(const struct rdoc *doc, FILE *fp)
{
	size_t i;

	if (doc->nsec == 1) {
		array(&doc->sec[0], fp, "");
		fputc('\n', fp);
		return;
	}
	fputs("{\n", fp);
	for (i = 0; i < doc->nsec; i++) {
		fputs("  ", fp);
		esc_jsons(fp, doc->sec[i].t.name);
		fputs(": ", fp);
		array(&doc->sec[i], fp, "  ");
		fputs(i + 1 < doc->nsec ? ",\n" : "\n", fp);
	}
	fputs("}\n", fp);
}
