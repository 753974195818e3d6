/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/render.c: one table in, every format out. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ropt ro;
	struct csvopt o;
	struct csvr *r;
	struct rdoc *doc;
	struct diag d;
	struct out w;
	const char *name, *path;
	size_t i;
	int fmt, chart, rc;

	chart = size > 0 ? (data[0] >> 6) : 0;
	fuzz_opts(&data, &size, &o);
	path = fuzz_file(data, size);
	for (fmt = RF_TEXT; fmt <= RF_JSON; fmt++) {
		memset(&ro, 0, sizeof(ro));
		ro.fmt = fmt;
		ro.chart = chart;
		ro.tlp = TLP_NONE;
		ro.colour = fmt == RF_TEXT;
		ro.lang = fmt % 2 ? "nl" : "en";
		if ((doc = rdoc_new(&ro, &d)) == NULL)
			abort();
		if ((r = csvr_open(path, &o, &d)) == NULL) {
			fuzz_diag(&d);
			rdoc_free(doc);
			return 0;
		}
		rc = rdoc_read(doc, r, &d);
		csvr_close(r);
		if (rc == -1 || rdoc_finish(doc, &d) == -1) {
			fuzz_diag(&d);
			rdoc_free(doc);
			continue;
		}
		for (i = 0; i < rdoc_nsec(doc); i++)
			(void)rdoc_dropped(doc, i, &name);
		out_init(&w, fuzz_null(), OUT_CSV, OUT_SAFE);
		rdoc_write(doc, fuzz_null(), &w);
		rdoc_free(doc);
	}
	return 0;
}
