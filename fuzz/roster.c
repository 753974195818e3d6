/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/roster.c: the roster parser and every table made from a roster. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct roster r;
	struct meeting mt[8];
	struct meetplan mp = { 2026, 6, 3, 2, -1, 1, NULL };
	struct icsopt io = { "ISAC", "en", 600, 120, 1728000000LL, "Hier",
	    2026, NULL };
	struct mailto *m;
	struct diag d;
	struct out w;
	struct csvopt o;
	size_t nleft;
	long n;
	int lenient, f;

	lenient = size > 0 && (data[0] & 0x40);
	fuzz_opts(&data, &size, &o);
	if (roster_read(&r, fuzz_file(data, size), &o, lenient, &d) == -1) {
		fuzz_diag(&d);
		return 0;
	}
	out_init(&w, fuzz_null(), OUT_CSV, OUT_SAFE);
	if (rtab_check(&w, &r, 20, 25, &d) == -1)
		fuzz_diag(&d);
	for (f = MAIL_PLAIN; f <= MAIL_CSV; f++) {
		if ((n = roster_mail_list(&r, f & 1, &m, &nleft, &d)) == -1) {
			fuzz_diag(&d);
			continue;
		}
		if (rtab_mailing_list(&w, &r, m, (size_t)n, f, &d) == -1)
			fuzz_diag(&d);
		free(m);
	}
	(void)rtab_terms(&w, &r, 4, 20500);
	rtab_evidence(&w, &r);
	if (meetings_plan(&r, &mp, mt, &d) == 0) {
		rtab_meetings(&w, &r, mt, 6);
		ics_meetings(fuzz_null(), &r, mt, 6, &io);
	} else
		fuzz_diag(&d);
	roster_free(&r);
	return 0;
}
