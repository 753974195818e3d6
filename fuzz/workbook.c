/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fuzz/workbook.c: workbooks through the table reader.
 *
 * The first byte picks how the rest is a workbook: as the bytes of a
 * file (which a mutation mostly turns into a broken zip, or a part that
 * fails its CRC), or as the XML of the parts an .xlsx or an .ods reads,
 * separated by "\n==\n" and put into a zip here, so that mutations reach
 * the XML.  fuzz/seeds/workbook-* are such inputs, from cells.xlsx and
 * cells.ods.
 */
#include <zip.h>

#include "fuzz.h"
#include "workbook.h"

#define SEP	"\n==\n"

static const char *const xlsx_parts[] = {
	"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
	"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", NULL
};
static const char *const ods_parts[] = { "content.xml", NULL };

/* The first separator in the n bytes at s, or NULL. */
static const uint8_t *
separator(const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; n >= 4 && i <= n - 4; i++)
		if (memcmp(s + i, SEP, 4) == 0)
			return s + i;
	return NULL;
}

static void
add(zip_t *za, const char *name, const void *data, size_t len)
{
	zip_source_t *src;
	zip_int64_t i;

	if ((src = zip_source_buffer(za, data, len, 0)) == NULL)
		abort();
	if ((i = zip_file_add(za, name, src, ZIP_FL_OVERWRITE)) < 0) {
		zip_source_free(src);
		abort();
	}
	zip_set_file_compression(za, (zip_uint64_t)i, ZIP_CM_STORE, 0);
}

/* The parts in data, in the order of names, as a workbook file. */
static const char *
workbook(const uint8_t *data, size_t size, const char *const *names,
    int ods)
{
	static char path[64];
	const uint8_t *sep;
	size_t n;
	zip_t *za;
	int err, more = 1;

	if (path[0] == '\0')
		snprintf(path, sizeof(path), "/tmp/isac-fuzz.%ld.xlsx",
		    (long)getpid());
	if ((za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err)) == NULL)
		abort();
	if (ods)
		add(za, "mimetype", "application/vnd.oasis.opendocument."
		    "spreadsheet", 46);
	else
		add(za, "[Content_Types].xml", "<Types/>", 8);
	for (; *names != NULL && more; names++) {
		sep = separator(data, size);
		n = sep != NULL ? (size_t)(sep - data) : size;
		add(za, *names, data, n);
		more = sep != NULL;
		if (more) {
			data += n + 4;
			size -= n + 4;
		}
	}
	if (zip_close(za) == -1)
		abort();
	return path;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvopt o = { 0, ENC_AUTO, NULL };
	struct csvr *r;
	struct diag d;
	const char *path;
	int mode = 0;

	if (size > 0) {
		mode = data[0];
		data++;
		size--;
	}
	if (mode & 4)
		o.sheet = "Typen";
	switch (mode & 3) {
	case 1:
		path = workbook(data, size, xlsx_parts, 0);
		break;
	case 2:
		path = workbook(data, size, ods_parts, 1);
		break;
	default:
		path = fuzz_file(data, size);
		break;
	}
	if ((r = csvr_open(path, &o, &d)) == NULL) {
		fuzz_diag(&d);
		return 0;
	}
	fuzz_rows(r, (mode & 3) != 0 ? WB_ROWS_MAX : (unsigned long)-1);
	return 0;
}
