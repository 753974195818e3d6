/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csvread.h: CSV, TSV and workbooks (workbook.h) read as numbered records.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_CSVREAD_H
#define ISAC_CSVREAD_H

#include <stddef.h>

struct csvr;
struct diag;

#define CSV_FIELD_MAX	(1024 * 1024)	/* bytes in one field */
#define CSV_COLS_MAX	4096		/* fields in one record */
#define CSV_RECORD_MAX	(16 * 1024 * 1024) /* bytes in one record */
#define CSV_STDIN	"<stdin>"
enum csv_enc {
	ENC_AUTO,		/* BOM, else UTF-8 if valid, else Windows-1252 */
	ENC_UTF8,
	ENC_CP1252,
	ENC_UTF16,		/* by its BOM; little-endian without one */
	ENC_UTF16LE,
	ENC_UTF16BE
};
struct csvopt {
	int	 delim;		/* 0: guess from the header line */
	int	 enc;		/* enum csv_enc */
	const char *sheet;	/* of a workbook; NULL: the first */
};
struct csvr;
struct csvrow {
	size_t		 n;		/* number of fields */
	const char	**f;		/* NUL-terminated field texts */
	const size_t	*len;		/* their lengths */
	unsigned long	 line;		/* line the record starts on */
};
int	 csv_delim_parse(const char *);
int	 csv_enc_parse(const char *);
struct csvr *csvr_open(const char *, const struct csvopt *, struct diag *);
int	 csvr_next(struct csvr *, struct csvrow *, struct diag *);
int	 csvr_col(const struct csvr *, const char *, int, int *,
	    struct diag *);
const char *csvrow_value(const struct csvrow *, int, size_t *);
size_t	 csvr_ncols(const struct csvr *);
const char *csvr_colname(const struct csvr *, size_t);
unsigned long csvr_hdrline(const struct csvr *);
int	 csvr_delim(const struct csvr *);
int	 csvr_enc(const struct csvr *);
const char *csvr_name(const struct csvr *);
void	 csvr_close(struct csvr *);

#endif
