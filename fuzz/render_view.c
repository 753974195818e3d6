/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fuzz/render_view.c: the views of every kind of table.  The first byte
 * picks a kind, whose declared header (tables.c) is written before the
 * rest of the input, so that the fuzzer spends its time in the kind's
 * view rather than finding its header; the second byte puts a tlp
 * column in it, or not; the third picks the optional columns, the levels
 * of a score and a label.  Then every format is rendered, without --tlp
 * and with it.
 */
#include "fuzz.h"

/* The header of kind k: columns as bits choose, tlp at tpos (or not). */
static void
header(FILE *fp, int k, unsigned bits, int nlevels, int tpos)
{
	const struct tcol *c = tab_decl(k)->col;
	char name[2 * MODEL_LEVELS_MAX + TAB_COLS + 2][32];
	int i, l, n = 0;

	for (i = 0; c[i].name != NULL; i++) {
		if ((c[i].flags & TC_OPT) && !(bits & (1u << (i % 4))))
			continue;
		if (!(c[i].flags & TC_LEVELS)) {
			snprintf(name[n++], sizeof(name[0]), "%s", c[i].name);
			continue;
		}
		for (l = 1; l <= nlevels; l++) {
			snprintf(name[n++], sizeof(name[0]), "yes_%d", l);
			snprintf(name[n++], sizeof(name[0]),
			    "applicable_%d", l);
		}
	}
	if (n == 0)
		snprintf(name[n++], sizeof(name[0]), "a");
	for (i = 0; i <= n; i++) {
		if (i == tpos)
			fprintf(fp, "%stlp", i ? "," : "");
		if (i < n)
			fprintf(fp, "%s%s", i || tpos == 0 ? "," : "", name[i]);
	}
	putc('\n', fp);
}

/* Renders path in format fmt with label tlp; what fails must say why. */
static void
render(const char *path, int fmt, int tlp, int chart)
{
	struct ropt ro;
	struct rdoc *doc;
	struct csvr *r;
	struct diag d;
	struct out w;
	const char *name;
	size_t i;
	int rc;

	memset(&ro, 0, sizeof(ro));
	ro.fmt = fmt;
	ro.chart = chart;
	ro.tlp = tlp;
	ro.lang = fmt % 2 ? "nl" : "en";
	if ((doc = rdoc_new(&ro, &d)) == NULL)
		abort();
	if ((r = csvr_open(path, NULL, &d)) == NULL) {
		fuzz_diag(&d);
		rdoc_free(doc);
		return;
	}
	rc = rdoc_read(doc, r, &d);
	csvr_close(r);
	if (rc == -1 || rdoc_finish(doc, &d) == -1) {
		fuzz_diag(&d);
		rdoc_free(doc);
		return;
	}
	if (tlp != TLP_NONE && rdoc_tlp(doc) != tlp)
		abort();
	for (i = 0; i < rdoc_nsec(doc); i++)
		(void)rdoc_dropped(doc, i, &name);
	out_init(&w, fuzz_null(), OUT_CSV, OUT_SAFE);
	rdoc_write(doc, fuzz_null(), &w);
	rdoc_free(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[64];
	FILE *fp;
	int k, tpos, fmt;
	unsigned bits;

	if (size < 3)
		return 0;
	k = data[0] % TK_N;
	tpos = data[1] & 1 ? (data[1] >> 1) % (TAB_COLS + 1) : -1;
	bits = data[2] & 0xf;
	if (path[0] == '\0')
		snprintf(path, sizeof(path), "/tmp/isac-fuzz-view.%ld.csv",
		    (long)getpid());
	if ((fp = fopen(path, "wb")) == NULL)
		abort();
	header(fp, k, bits, (data[2] >> 4) % 4 + 1, tpos);
	if (fwrite(data + 3, 1, size - 3, fp) != size - 3 || fclose(fp) != 0)
		abort();
	for (fmt = RF_TEXT; fmt <= RF_JSON; fmt++) {
		render(path, fmt, TLP_NONE, (data[1] >> 6) & 3);
		render(path, fmt, (data[2] >> 4) % TLP_N, (data[1] >> 6) & 3);
	}
	return 0;
}
