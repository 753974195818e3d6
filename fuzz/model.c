/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/model.c: the model loader, and a blank checklist from the model. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct model m;
	struct diag d;
	struct out w;
	size_t i;

	if (model_load(&m, fuzz_file(data, size), &d) == -1) {
		fuzz_diag(&d);
		return 0;
	}
	for (i = 0; i < m.nq; i++)
		if (model_find(&m, m.q[i].id, strlen(m.q[i].id)) != (long)i ||
		    m.q[i].cap >= m.ncap || m.q[i].level < 1 ||
		    m.q[i].level > m.nlevels)
			abort();
	out_init(&w, fuzz_null(), OUT_EXCEL, OUT_SAFE);
	report_template(&w, &m, NULL, CONS_MAJORITY, "en");
	model_free(&m);
	return 0;
}
