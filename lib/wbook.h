/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * wbook.h: workbooks written, .xlsx (fmt-xlsx.c) and .ods (fmt-ods.c):
 * sheets of cells as both writers take them, made by isac-render's
 * document (fmt-book.c) and by the fillable checklist (checklist.c).
 *
 * A sheet is a header row and rows of text, asked for a cell at a time,
 * so that a table already in memory is not copied.  What the text is, a
 * number, a date or a string, wbook.c decides by the column's type and
 * the text itself, the same for both formats.  wb_prepare makes what
 * Excel demands of a workbook (sheet names), what a reader wants (column
 * widths), and checks what no workbook can hold (a cell too long), all
 * before the first byte is written.
 */
#ifndef WBOOK_H
#define WBOOK_H

#include <stdio.h>
#include <time.h>

#include "isac.h"

#define WB_CELL_MAX	32767	/* UTF-16 units in a cell: Excel's limit */
#define WB_NAME_MAX	31	/* characters in a sheet's name: Excel's */
#define WB_WIDE		60	/* characters: a wider column wraps */

/* What a column's cells are, when their text says so. */
enum { WT_TEXT, WT_NUM, WT_DATE };

/* What one cell holds, as wb_value reads it. */
enum { WV_BLANK, WV_TEXT, WV_NUM, WV_DATE };

/* A cell's look, as bits: each writer makes one style per combination. */
#define WS_BOLD		0x01
#define WS_WRAP		0x02
#define WS_OPEN		0x04	/* unlocked, shaded: to be filled in */
#define WS_DATE		0x08	/* shown as YYYY-MM-DD */
#define WS_LEVEL	0x10	/* a thin line above: a new level */
#define WS_GROUP	0x20	/* a thick line above: a new capability */
#define WS_N		0x40

struct wcol {
	const char	*head;
	int		 type;		/* WT_* */
	int		 style;		/* WS_WRAP, WS_OPEN */
	double		 width;		/* in characters; 0: from the cells */
	const char *const *list;	/* a drop-down of these; NULL-ended */
	const char	*prompt;	/* shown on a cell to fill in, or NULL */
	int		 once;		/* filled in in the first row only: the
					   rows below show it (a formula) */
};

/*
 * A sheet.  cell() gives row r's text in column c, valid until it is
 * called again, or NULL when out of memory; line() (may be NULL) where
 * row r came from, in file, for messages; rule() (may be NULL) the
 * WS_LEVEL or WS_GROUP line above row r.
 */
struct wsheet {
	char		*name;		/* its title; wb_prepare makes it fit */
	const char	*file;		/* where its rows came from, or NULL */
	size_t		 nrows, ncols;
	struct wcol	*col;
	const void	*arg;
	const char	*(*cell)(const void *, size_t, size_t);
	unsigned long	 (*line)(const void *, size_t);
	int		 (*rule)(const void *, size_t);
	int		 labelrow;	/* the label in a row above the header */
	int		 protect;	/* locked but for WS_OPEN columns */
};

struct wbook {
	struct wsheet	*sheet;
	size_t		 n;
	const char	*title;
	const char	*lang;
	int		 label;		/* enum tlp: on every page */
	time_t		 epoch;		/* its dates: wb_epoch */
};

/* wbook.c */
int	 wb_epoch(time_t *, struct diag *);
int	 wb_prepare(struct wbook *, struct diag *);
int	 wb_value(const struct wcol *, const char *, double *);
size_t	 wb_head_row(const struct wbook *, const struct wsheet *);
void	 wb_ref(char [16], size_t, size_t);
const char *wb_date_name(const char *);
void	 wb_sheets_free(struct wsheet *, size_t);

/* fmt-xlsx.c, fmt-ods.c: the workbook written whole to fp, or -1 */
int	 wb_xlsx(const struct wbook *, FILE *, struct diag *);
int	 wb_ods(const struct wbook *, FILE *, struct diag *);

#endif
