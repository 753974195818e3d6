/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * workbook.h: a workbook's sheet, .xlsx or .ods, as rows of UTF-8 text,
 * for the table reader (csv.c) to take as records.
 *
 * workbook.c holds the container (a zip read in memory, with limits on
 * what it unpacks), the XML of its parts (expat, with no DTD), and the
 * rows; xlsx.c and ods.c read the two formats' parts into cells; cell.c
 * writes a cell's number, date or time as text.  Everything below the
 * first group is for these four files only.
 */
#ifndef WORKBOOK_H
#define WORKBOOK_H

#include <stddef.h>
#include <stdio.h>

#include "isac.h"

/* Limits, besides the reader's own on fields and records. */
#define WB_FILE_MAX	(64UL * 1024 * 1024)	/* bytes of a workbook file */
#define WB_ENTRIES_MAX	10000			/* entries in its zip */
#define WB_PART_MAX	(256UL * 1024 * 1024)	/* bytes of a part, unpacked */
#define WB_UNPACK_MAX	(512UL * 1024 * 1024)	/* of all parts read */
#define WB_RATIO_MAX	400	/* unpacked per packed byte, above 1 MiB */
#define WB_ROWS_MAX	1048576UL		/* rows of a sheet */
#define WB_TEXT_MAX	(256UL * 1024 * 1024)	/* bytes of all cell text */
#define WB_STRINGS_MAX	(4UL * 1024 * 1024)	/* shared strings */
#define WB_STYLES_MAX	65536			/* cell formats */
#define WB_SHEETS_MAX	4096			/* sheets */
#define WB_DEPTH_MAX	256			/* elements nested */

enum { WB_NONE, WB_ZIP, WB_OLE };

struct wb;
struct wbrow {
	size_t		 n;		/* up to the last cell that is not empty */
	const char	**f;		/* NUL-terminated, "" for an empty cell */
	const size_t	*len;
	unsigned long	 row;		/* as the spreadsheet numbers it */
};
int	 wb_magic(const unsigned char *, size_t);
struct wb *wb_open(FILE *, const unsigned char *, size_t, const char *,
	    const char *, struct diag *);
const char *wb_name(const struct wb *);
int	 wb_next(struct wb *, struct wbrow *, struct diag *);
void	 wb_close(struct wb *);
void	 wb_colname(unsigned long, char [8]);

/* workbook.c, for xlsx.c and ods.c: parts, their XML, and the rows */
struct xml_handlers {
	void	(*start)(struct wb *, const char *, const char **);
	void	(*end)(struct wb *, const char *);
	void	(*text)(struct wb *, const char *, size_t);
};
int	 wb_part(struct wb *, const char *, const struct xml_handlers *,
	    int, struct diag *);
int	 wb_run(struct wb *, struct diag *);
int	 wb_part_exists(const struct wb *, const char *);
int	 wb_parts_fit(struct wb *, const char *const *, size_t,
	    struct diag *);
int	 wb_part_text(struct wb *, const char *, char *, size_t,
	    struct diag *);
void	 wb_pause(struct wb *);
void	 wb_stop(struct wb *);
void	 wb_fail(struct wb *, unsigned long, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
int	 wb_failed(const struct wb *);
const char *wb_file(const struct wb *);
const char *wb_want(const struct wb *);
int	 wb_sheet_add(struct wb *, const char *);
int	 wb_chosen(const struct wb *);
int	 wb_no_sheet(struct wb *, struct diag *);
void	*wb_format(const struct wb *);
void	 wb_set_format(struct wb *, void *, void (*)(void *));
int	 wb_cell(struct wb *, unsigned long, unsigned long, unsigned long,
	    const char *, size_t);
void	 wb_row(struct wb *, unsigned long, unsigned long);
void	 wb_end(struct wb *);
const char *xml_local(const char *);
int	 xml_is(const char *, const char *, const char *);
const char *xml_attr(const char **, const char *, const char *);
struct wbtext {
	struct strbuf	 b;
	int		 over;		/* longer than a field may be */
};
void	 wbtext_add(struct wbtext *, const char *, size_t);
void	 wbtext_reset(struct wbtext *);
int	 wbtext_check(struct wb *, const struct wbtext *, unsigned long);

/* xlsx.c and ods.c: open the sheet asked for, ready for its rows */
int	 xlsx_open(struct wb *, struct diag *);
int	 ods_open(struct wb *, struct diag *);

/* cell.c: a cell's value as the text the CSV export of a sheet gives */
enum { CELL_NUMBER, CELL_DATE, CELL_TIME, CELL_DATETIME };
#define CELL_TEXT_MAX	48	/* the longest number, date or time */
int	 cell_number(const char *, size_t, char [CELL_TEXT_MAX]);
int	 cell_serial(const char *, size_t, int, int, char [CELL_TEXT_MAX]);
int	 cell_isodate(const char *, char [CELL_TEXT_MAX]);
int	 cell_duration(const char *, char [CELL_TEXT_MAX]);
int	 cell_fmt_kind(const char *);
int	 cell_builtin_kind(unsigned long);

#endif
