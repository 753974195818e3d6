/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fuzz.h: what the libFuzzer targets share.  The library reads files by
 * name, so each input is written to a file of this process first.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isac.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The input as a file; its name stays the same for the whole run. */
static inline const char *
fuzz_file(const uint8_t *data, size_t size)
{
	static char path[64];
	FILE *fp;

	if (path[0] == '\0')
		snprintf(path, sizeof(path), "/tmp/isac-fuzz.%ld.csv",
		    (long)getpid());
	if ((fp = fopen(path, "wb")) == NULL ||
	    fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
	return path;
}

/* Where output goes: nowhere, but through stdio as a program's does. */
static inline FILE *
fuzz_null(void)
{
	static FILE *fp;

	if (fp == NULL && (fp = fopen("/dev/null", "w")) == NULL)
		abort();
	return fp;
}

/* The first byte picks the reader's options; the rest is the file. */
static inline void
fuzz_opts(const uint8_t **data, size_t *size, struct csvopt *o)
{
	static const int delim[] = { 0, 0, 0, 0, ',', ';', '\t', '|' };

	o->delim = 0;
	o->enc = ENC_AUTO;
	o->sheet = NULL;
	if (*size == 0)
		return;
	o->delim = delim[**data & 7];
	o->enc = (**data >> 3) % 6;
	(*data)++;
	(*size)--;
}

/* A diag must always hold one line of printable text. */
static inline void
fuzz_diag(const struct diag *d)
{
	const unsigned char *s = (const unsigned char *)d->text;

	for (; *s != '\0'; s++)
		if (*s < 0x20 || *s == 0x7f)
			abort();
}

/*
 * Reads every record of r and checks what the reader promises: as many
 * fields as the header, lines rising and at most maxline, lengths that
 * are the strings'.  Then closes r.
 */
static inline void
fuzz_rows(struct csvr *r, unsigned long maxline)
{
	struct csvrow row;
	struct diag d;
	unsigned long last = 0;
	size_t i, len;
	int rc;

	for (i = 0; i < csvr_ncols(r); i++)
		if (strlen(csvr_colname(r, i)) > CSV_FIELD_MAX)
			abort();
	while ((rc = csvr_next(r, &row, &d)) == 1) {
		if (row.n != csvr_ncols(r) || row.line <= last ||
		    row.line > maxline)
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
}
