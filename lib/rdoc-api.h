/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * rdoc-api.h: tables as one document: text, HTML, SVG, JSON, a workbook.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_RDOC_API_H
#define ISAC_RDOC_API_H

#include <stddef.h>
#include <stdio.h>

struct csvr;
struct diag;
struct out;
struct rdoc;

enum rfmt {
	RF_TEXT,
	RF_CSV,
	RF_MD,
	RF_HTML,
	RF_SVG,
	RF_JSON,
	RF_XLSX,
	RF_ODS
};
enum chart {
	CHART_AUTO,		/* as the tables say */
	CHART_RADAR,
	CHART_BARS,
	CHART_TREND
};
struct ropt {
	int		 fmt;		/* enum rfmt */
	int		 chart;		/* enum chart */
	int		 tlp;		/* enum tlp; TLP_NONE: from the tables */
	int		 colour;	/* text: ANSI colour */
	int		 width;		/* text: columns to fit; 0 any */
	const char	*lang;
	const char	*title;		/* NULL: from the tables */
	int		 year;		/* the annual report's; 0 none */
	const char	*name;		/* the report's ISAC; NULL none */
	const char	*intro;		/* the report's introduction file */
	long		 date;		/* the report's day */
};
struct rdoc;
int	 rfmt_parse(const char *);
int	 chart_parse(const char *);
struct rdoc *rdoc_new(const struct ropt *, struct diag *);
int	 rdoc_read(struct rdoc *, struct csvr *, struct diag *);
int	 rdoc_finish(struct rdoc *, struct diag *);
int	 rdoc_tlp(const struct rdoc *);
size_t	 rdoc_nsec(const struct rdoc *);
unsigned long rdoc_dropped(const struct rdoc *, size_t, const char **);
void	 rdoc_write(const struct rdoc *, FILE *, struct out *);
int	 rdoc_book(const struct rdoc *, FILE *, struct diag *);
void	 rdoc_free(struct rdoc *);

#endif
