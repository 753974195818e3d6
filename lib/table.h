/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * table.h: a whole table in memory, every column kept.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_TABLE_H
#define ISAC_TABLE_H

#include <stddef.h>

struct csvopt;
struct csvr;
struct diag;

struct trow {
	const char	**f;		/* NUL-terminated, as written */
	unsigned long	 line;
};
struct table {
	char		*name;		/* the file, as named */
	unsigned long	 hdrline;
	int		 delim;
	size_t		 ncols;
	char		**col;		/* the header, as written */
	size_t		 nrows;
	struct trow	*rows;
	size_t		 rcap;
};
int	 table_read(struct table *, const char *, const struct csvopt *,
	    struct diag *);
#define TABLE_ROWS_MAX	1000000	/* rows in a table kept whole */
int	 table_head(struct table *, struct csvr *, struct diag *);
int	 table_body(struct table *, struct csvr *, struct diag *);
int	 table_from(struct table *, struct csvr *, struct diag *);
void	 table_free(struct table *);
int	 table_col(const struct table *, const char *);
int	 table_need(const struct table *, const char *, int *, struct diag *);
const char *table_value(const struct table *, size_t, int, size_t *);
int	 table_date(const struct table *, size_t, int, const char *, long *,
	    struct diag *);

#endif
