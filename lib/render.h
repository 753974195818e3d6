/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * render.h: what isac-render's parts share, inside lib/.  Each part
 * calls only the parts below it:
 *
 *	render.c	the dispatcher: a table read into the document with
 *			its header checked for the format, the document
 *			finished (its views made), and handed to the
 *			format's writer
 *	fmt-*.c		the writers (fmt-html.c draws its charts with
 *			fmt-svg.c's svg_chart; fmt-book.c makes workbooks
 *			through wbook.h)
 *	view.c		any section as a header and cells of text
 *	view-*.c	the kinds that are more than rows: a score, a gap
 *			summary, roster findings
 *	view-words.c	the cells of a section in the document's language
 *			(values, findings, dates; view-guide.c the guide's
 *			own texts)
 *	rdoc.c		the document: its sections and their cells, its
 *			column titles and headings, its TLP label and the
 *			rows that label leaves out
 *
 * A section's columns are found only through its column map (kind.c),
 * never by a name looked up in the header, and a cell only through
 * sec_cell, which knows the table's width.  Every word the document
 * itself says is vocab.c's.
 */
#ifndef RENDER_H
#define RENDER_H

#include "isac.h"

/* A score's row for one period and capability. */
/* A score row's empty level: every question of the capability n/a. */
#define SVIEW_NOLEVEL	(-2)

struct scell {
	size_t		 c;		/* index into sview.cap */
	size_t		 p;		/* index into sview.period */
	size_t		 row;		/* in the section's table */
	int		 level;
};

/*
 * A score table, read: its periods and capabilities, and a cell per
 * row, sorted by capability and period, so that a score of many periods
 * and many capabilities takes room for its rows only.
 */
struct sview {
	size_t		  np, nc;
	int		  nl;		/* yes_L,applicable_L pairs */
	const char	**period;	/* natural order; "" without */
	const char	**cap;		/* in order of appearance */
	struct scell	 *cell;		/* one per row */
	size_t		 *first;	/* by capability c, nc + 1: its
					   cells from cell[first[c]] on */
	int		  matrix;	/* periods by capabilities are few
					   cells per row: a trend table */
	struct strtab	 *pt, *ct;	/* periods, capabilities */
};

/* A gap summary, read: current and target level per capability. */
struct gview {
	size_t		  n;		/* rows */
	const char	**cap;		/* by row */
	int		 *cur, *tgt;
	struct strtab	 *ct;		/* capabilities, numbered */
	size_t		 *row;		/* by that number: first row */
	size_t		  ncap;
};

/* Roster findings, read: the rows grouped by severity, errors first. */
struct fgroup {
	const char	*sev;		/* as first written */
	int		 rank;		/* 0 error, 1 warning, 2 other */
	size_t		 n;		/* rows */
	size_t		 start;		/* into fview.rows */
};
struct fview {
	struct fgroup	*g;		/* by rank, then appearance */
	size_t		 ng;
	size_t		*rows;		/* row numbers, group by group */
};

/*
 * A guide table, read (view-guide.c): per capability, its heading, then
 * headings, paragraphs and items in the order a reader reads them.
 */
enum gntype {
	GN_CAP,			/* text: its name; code: its code */
	GN_LEVEL,		/* text: the level, as written */
	GN_KIND,		/* text: the heading of a kind's items */
	GN_PARA,		/* a description */
	GN_ITEM			/* code: a question's id, or "" */
};
struct gnode {
	int		 type;
	int		 depth;		/* 0 capability, 1 level, 2 kind */
	const char	*text;
	const char	*code;
};
struct uview {
	struct gnode	*n;
	size_t		 nn;
};

struct rsec {
	struct table	 t;
	struct tmap	 m;		/* its kind, its columns */
	int		 label;		/* the strictest of its rows */
	unsigned long	 dropped;	/* rows left out for their label */
	char		*title;		/* its heading */
	struct sview	*sv;		/* a score */
	struct gview	*gv;		/* a gap summary */
	struct fview	*fv;		/* roster findings */
	struct uview	*uv;		/* a guide */
};

/*
 * A grid of text the document makes itself (summary.c): row 0 its
 * header; sec per row, the section a row comes from (1 on; 0 none).
 */
struct ygrid {
	size_t		  nrows, ncols;
	const char	**cell;		/* nrows * ncols */
	size_t		 *sec;
};

/* The annual report's summary of the year: its figures and levels. */
struct ysum {
	struct ygrid	 fig;		/* what, number, source */
	struct ygrid	 lev;		/* capability, year ago, now, target */
	size_t		 lev_sec;	/* the score's section, 1 on */
};

struct gtexts;

struct rdoc {
	struct ropt	 o;
	int		 nl;		/* its language is Dutch */
	struct rsec	*sec;
	size_t		 nsec, cap;
	struct guide	*g;
	struct strtab	*said;		/* cells it put in its language */
	struct gtexts	*gt;		/* the guide's texts, both languages */
	char		*title;		/* --title, else section 1's */
	const struct sview *score;	/* the chart's: the first score */
	const struct gview *target;	/* the first gap summary */
	struct ysum	 ysum;		/* --report: the year */
	struct md	*intro;		/* --report: the chair's */
	char		 date[64];	/* --report: the day, in words */
};

/* rdoc.c */
const char *tr(const struct rdoc *, const char *);
const char *cap_name(const struct rdoc *, const char *);
int	 rdoc_add(struct rdoc *, struct table *, struct diag *);
void	 doc_label(struct rdoc *, struct diag *);
int	 doc_titles(struct rdoc *, struct diag *);
void	 doc_free(struct rdoc *);
int	 sec_col(const struct rsec *, const char *);
const char *sec_name(const struct rsec *, size_t, char *, size_t);
const char *sec_head(const struct rdoc *, const struct rsec *, size_t,
	    char *, size_t);
const char *doc_said(struct rdoc *, const char *, size_t);
const char *sec_cell(const struct rsec *, size_t, int);
const char *sec_value(const struct rsec *, size_t, const char *);
int	 sec_number(const struct rsec *, size_t, int, unsigned long,
	    unsigned long *, struct diag *);

/* summary.c */
int	 doc_summary(struct rdoc *, struct diag *);
void	 ysum_free(struct ysum *);

/* view.c */
size_t	 view_cols(const struct rsec *);
const char *view_head(const struct rdoc *, const struct rsec *, size_t,
	    char *, size_t);
const char *view_cell(const struct rdoc *, const struct rsec *, size_t,
	    size_t, char *, size_t);

/* view-words.c */
int	 sec_words(struct rdoc *, struct rsec *, struct diag *);

/* view-guide.c */
int	 gt_load(struct rdoc *, struct diag *);
void	 gt_free(struct gtexts *);
const char *gt_question(const struct rdoc *, const char *, const char *);
const char *gt_action(const struct rdoc *, const char *, const char *);
const char *gt_guide_text(const struct rdoc *, const char *, const char *,
	    const char *, const char *);
int	 gt_guidance(struct rdoc *, const char *, const char *, const char *,
	    const char **);
int	 gt_once(const struct rdoc *, struct rsec *, struct diag *);
int	 uview_build(const struct rdoc *, struct rsec *, struct diag *);
void	 uview_free(struct uview *);

/* view-score.c */
int	 sview_build(struct rsec *, struct diag *);
void	 sview_free(struct sview *);
size_t	 sview_row(const struct sview *, size_t, size_t);
int	 sview_level(const struct sview *, size_t, size_t);

/* view-gap.c */
int	 gview_build(struct rsec *, struct diag *);
void	 gview_free(struct gview *);
int	 gview_target(const struct gview *, const char *);

/* view-findings.c */
int	 fview_build(struct rsec *, struct diag *);
void	 fview_free(struct fview *);

/* fmt-*.c */
void	 fmt_text(const struct rdoc *, FILE *);
void	 fmt_md(const struct rdoc *, FILE *);
void	 fmt_json(const struct rdoc *, FILE *);
void	 fmt_html(const struct rdoc *, FILE *);
int	 fmt_csv_head(const struct rdoc *, const struct table *,
	    struct diag *);
void	 fmt_csv(const struct rdoc *, struct out *);
int	 fmt_svg_head(const struct table *, int, struct diag *);
int	 fmt_svg_check(struct rdoc *, struct diag *);
void	 fmt_svg(const struct rdoc *, FILE *);
void	 svg_chart(const struct rdoc *, FILE *, int, int);
int	 fmt_book(const struct rdoc *, FILE *, struct diag *);
void	 report_text(const struct rdoc *, FILE *);
void	 report_md(const struct rdoc *, FILE *);

#endif
