/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/csv.c: the CSV reader, every record, every column lookup. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvopt o;
	struct csvrow row;
	struct csvr *r;
	struct diag d;
	size_t i, len;
	unsigned long last = 0;
	int idx, rc;

	fuzz_opts(&data, &size, &o);
	if ((r = csvr_open(fuzz_file(data, size), &o, &d)) == NULL) {
		fuzz_diag(&d);
		return 0;
	}
	for (i = 0; i < csvr_ncols(r); i++)
		if (strlen(csvr_colname(r, i)) > CSV_FIELD_MAX)
			abort();
	(void)csvr_col(r, "id", 0, &idx, &d);
	(void)csvr_col(r, "answer", 1, &idx, &d);
	while ((rc = csvr_next(r, &row, &d)) == 1) {
		if (row.n != csvr_ncols(r) || row.line <= last)
			abort();
		last = row.line;
		for (i = 0; i < row.n; i++)
			if (strlen(row.f[i]) != row.len[i])
				abort();
		(void)csvrow_value(&row, 0, &len);
	}
	if (rc == -1)
		fuzz_diag(&d);
	csvr_close(r);
	return 0;
}
