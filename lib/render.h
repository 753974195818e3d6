/*
 * render.h: what the writers of isac-render's formats share, inside
 * lib/: a document of sections, one per table read, and the views of a
 * score and a gap summary that the HTML and SVG writers draw.
 */
#ifndef RENDER_H
#define RENDER_H

#include "isac.h"

/* A score table, read: levels per period and capability. */
struct sview {
	size_t		  np, nc;
	int		  nl;		/* levels in the model */
	const char	**period;	/* np, in natural order; "" without */
	const char	**cap;		/* nc codes, in order of appearance */
	int		 *level;	/* np * nc; -1 when not given */
	size_t		 *row;		/* np * nc: the row, or SIZE_MAX */
	int		  cperiod, ccap, clevel, cunans, cmissing;
	int		  cyes[MODEL_LEVELS_MAX + 1], capp[MODEL_LEVELS_MAX + 1];
};

/* A gap summary, read: current and target level per capability. */
struct gview {
	size_t		  n;
	const char	**cap;
	int		 *cur, *tgt;
};

struct rsec {
	struct table	 t;
	int		 kind;		/* enum tkind */
	int		 tlpcol;	/* -1 without */
	unsigned long	 dropped;	/* rows left out for their label */
	struct sview	*sv;		/* a score */
	struct gview	*gv;		/* a gap summary */
};

struct rdoc {
	struct ropt	 o;
	struct rsec	*sec;
	size_t		 nsec, cap;
	struct guide	*g;
	const struct sview *score;	/* the chart's: the first score */
	const struct gview *target;	/* the first gap summary */
};

/* render.c */
const char *tr(const struct rdoc *, const char *);
const char *cap_name(const struct rdoc *, const char *);
const char *sec_title(const struct rdoc *, const struct rsec *, char *,
	    size_t);
const char *doc_title(const struct rdoc *, char *, size_t);
int	 gview_target(const struct gview *, const char *);
size_t	 view_cols(const struct rsec *);
const char *view_head(const struct rdoc *, const struct rsec *, size_t,
	    char *, size_t);
const char *view_cell(const struct rdoc *, const struct rsec *, size_t,
	    size_t, char *, size_t);
int	 sec_col(const struct rsec *, const char *);
const char *sec_value(const struct rsec *, size_t, const char *);

/* fmt-*.c */
void	 fmt_text(const struct rdoc *, FILE *);
void	 fmt_md(const struct rdoc *, FILE *);
void	 fmt_json(const struct rdoc *, FILE *);
void	 fmt_html(const struct rdoc *, FILE *);
void	 fmt_svg(const struct rdoc *, FILE *);
void	 svg_chart(const struct rdoc *, FILE *, int, int);

#endif
