/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/csv.c: the CSV reader, every record, every column lookup. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvopt o;
	struct csvr *r;
	struct diag d;
	int idx;

	fuzz_opts(&data, &size, &o);
	if ((r = csvr_open(fuzz_file(data, size), &o, &d)) == NULL) {
		fuzz_diag(&d);
		return 0;
	}
	(void)csvr_col(r, "id", 0, &idx, &d);
	(void)csvr_col(r, "answer", 1, &idx, &d);
	fuzz_rows(r, (unsigned long)-1);
	return 0;
}
