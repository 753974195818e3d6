/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fuzz/tlp_flow.c: labels travel from answers to what a partner sees.
 *
 * Every four bytes are an answer: its period, respondent, question,
 * answer and TLP label.  A note on an answer labelled stricter than
 * CLEAR holds the marker XSECRETX.  The answers are tallied, the scores
 * and the disagreements written (report.c) to memory, and each table is
 * rendered with --tlp clear in every format: no output may hold the
 * marker, nor a label stricter than TLP:CLEAR.
 *
 * The marker is looked for only in a table that has a tlp column: one
 * written before report.c carried labels has none, and shows every note.
 */
#include "fuzz.h"

#define MARKER	"XSECRETX"
#define PERIODS	4
#define RESPONDENTS 8

static const char *const answer[] = { "yes", "no", "partial", "n/a", "" };
static const char *const label[] = { "", "clear", "green", "amber",
	"amber+strict", "red" };

/* A file of this process for table n, holding len bytes of s. */
static const char *
file(int n, const char *s, size_t len)
{
	static char path[4][64];
	FILE *fp;

	if (path[n][0] == '\0')
		snprintf(path[n], sizeof(path[n]),
		    "/tmp/isac-fuzz-flow%d.%ld.csv", n, (long)getpid());
	if ((fp = fopen(path[n], "wb")) == NULL ||
	    fwrite(s, 1, len, fp) != len || fclose(fp) != 0)
		abort();
	return path[n];
}

/* The answers the bytes make, each question once per respondent. */
static char *
answers(const struct model *m, const uint8_t *data, size_t size,
    size_t *len)
{
	unsigned char *seen;
	char *buf = NULL;
	size_t i, q, k;
	int p, r, lab;
	FILE *fp;

	if ((seen = calloc(PERIODS * RESPONDENTS, m->nq)) == NULL ||
	    (fp = open_memstream(&buf, len)) == NULL)
		abort();
	fputs("period,respondent,id,answer,note,tlp\n", fp);
	for (i = 0; i + 4 <= size; i += 4) {
		p = data[i] % PERIODS;
		r = (data[i] >> 2) % RESPONDENTS;
		q = data[i + 1] % m->nq;
		lab = data[i + 3] % 6;
		k = ((size_t)p * RESPONDENTS + (size_t)r) * m->nq + q;
		if (seen[k]++)
			continue;
		fprintf(fp, "p%d,r%d,%s,%s,%s%zu,%s\n", p, r, m->q[q].id,
		    answer[data[i + 2] % 5], lab > 1 ? MARKER : "note",
		    i / 4, label[lab]);
	}
	if (fclose(fp) != 0)
		abort();
	free(seen);
	return buf;
}

/* Does the table in path have a tlp column? */
static int
labelled(const char *path)
{
	struct table t;
	struct diag d;
	int c;

	if (table_read(&t, path, NULL, &d) == -1)
		abort();
	c = table_col(&t, "tlp");
	table_free(&t);
	return c >= 0;
}

/* Renders the table in path with --tlp clear, in every format. */
static void
render(const char *path)
{
	struct ropt ro;
	struct rdoc *doc;
	struct csvr *r;
	struct diag d;
	struct out w;
	char *buf;
	size_t len;
	FILE *fp;
	int fmt, rc, check = labelled(path);

	for (fmt = RF_TEXT; fmt <= RF_JSON; fmt++) {
		memset(&ro, 0, sizeof(ro));
		ro.fmt = fmt;
		ro.tlp = TLP_CLEAR;
		ro.lang = "en";
		if ((doc = rdoc_new(&ro, &d)) == NULL ||
		    (r = csvr_open(path, NULL, &d)) == NULL)
			abort();
		rc = rdoc_read(doc, r, &d);
		csvr_close(r);
		/* a chart of disagreements, say */
		if (rc == -1 || rdoc_finish(doc, &d) == -1) {
			fuzz_diag(&d);
			rdoc_free(doc);
			continue;
		}
		buf = NULL;
		if ((fp = open_memstream(&buf, &len)) == NULL)
			abort();
		out_init(&w, fp, OUT_CSV, 0);
		rdoc_write(doc, fp, &w);
		if (fclose(fp) != 0)
			abort();
		rdoc_free(doc);
		if (strstr(buf, "TLP:GREEN") || strstr(buf, "TLP:AMBER") ||
		    strstr(buf, "TLP:RED"))
			abort();
		if (check && strstr(buf, MARKER))
			abort();
		free(buf);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct model m;
	static int loaded;
	struct tally *t;
	struct diag d;
	struct out w;
	char *buf, *files[1];
	size_t len;
	FILE *fp;
	int n;

	if (!loaded) {
		if (model_open(&m, NULL, "en", &d) == -1)
			abort();
		loaded = 1;
	}
	buf = answers(&m, data, size, &len);
	files[0] = (char *)file(0, buf, len);
	free(buf);
	if ((t = tally_new(&m)) == NULL)
		abort();
	if (tally_read_files(t, 1, files, NULL, &d) == -1) {
		fuzz_diag(&d);
		tally_free(t);
		return 0;
	}
	for (n = 1; n <= 2; n++) {
		buf = NULL;
		if ((fp = open_memstream(&buf, &len)) == NULL)
			abort();
		out_init(&w, fp, OUT_CSV, 0);
		if (n == 1 && report_scores(&w, &m, t, CONS_MAJORITY, 1) == -1)
			abort();
		if (n == 2)
			report_disagreements(&w, &m, t);
		if (fclose(fp) != 0)
			abort();
		render(file(n, buf, len));
		free(buf);
	}
	tally_free(t);
	return 0;
}
