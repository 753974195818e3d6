/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/answers.c: answers files through the tally to scores and notes. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct model m;
	static int loaded;
	struct capscore cs[64];
	struct csvopt o;
	struct tally *t;
	struct diag d;
	struct out w;
	struct strbuf note;
	size_t p, q;
	char *files[1];

	if (!loaded) {
		if (model_open(&m, NULL, "en", &d) == -1 || m.ncap > 64)
			abort();
		loaded = 1;
	}
	fuzz_opts(&data, &size, &o);
	sb_init(&note);
	if ((t = tally_new(&m)) == NULL)
		abort();
	files[0] = (char *)fuzz_file(data, size);
	if (tally_read_files(t, 1, files, &o, &d) == -1) {
		fuzz_diag(&d);
		tally_free(t);
		sb_free(&note);
		return 0;
	}
	for (p = 0; p < tally_nperiods(t); p++) {
		score_period(&m, t, p, CONS_MAJORITY, cs);
		(void)score_unanswered(&m, t, p, &d);
		for (q = 0; q < m.nq; q++) {
			(void)tally_unanswered(t, p, q);
			tally_note(t, p, q, &note);
			sb_reset(&note);
		}
	}
	out_init(&w, fuzz_null(), OUT_CSV, 0);
	if (report_scores(&w, &m, t, CONS_ALL, 1) == -1)
		abort();
	if (report_disagreements(&w, &m, t) == -1 ||
	    report_template(&w, &m, t, CONS_ANY, "nl") == -1)
		abort();
	sb_free(&note);
	tally_free(t);
	return 0;
}
