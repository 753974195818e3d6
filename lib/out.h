/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * out.h: tables written as CSV, TSV or for Excel, with the error kept.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_OUT_H
#define ISAC_OUT_H

#include <stddef.h>
#include <stdio.h>

enum outfmt {
	OUT_CSV,
	OUT_TSV,
	OUT_EXCEL		/* ';', UTF-8 BOM, CRLF: Dutch Excel */
};
#define OUT_SAFE	0x1	/* neutralise what a spreadsheet runs */
struct out {
	FILE	*fp;
	int	 delim;
	int	 crlf;
	int	 bom;		/* still to be written */
	int	 safe;
	int	 nfield;
	int	 nl;		/* headers with Dutch titles (--excel -l nl) */
};
int	 out_fmt_parse(const char *);
void	 out_init(struct out *, FILE *, enum outfmt, int);
void	 out_field(struct out *, const char *);
void	 out_fieldn(struct out *, const char *, size_t);
void	 out_header(struct out *, const char *);
void	 out_num(struct out *, unsigned long);
void	 out_int(struct out *, long);
void	 out_end(struct out *);
int	 out_flush(struct out *);

#endif
