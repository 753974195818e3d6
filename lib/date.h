/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * date.h: calendar dates as days since 1970-01-01, no locale, no TZ.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_DATE_H
#define ISAC_DATE_H

#include <stddef.h>

struct diag;

int	 date_parse(const char *, size_t, long *);
int	 date_period_end(const char *, long *);
void	 date_format(long, char [11]);
int	 date_valid(int, int, int);
long	 date_make(int, int, int);
void	 date_split(long, int *, int *, int *);
int	 date_weekday(long);
long	 date_add_months(long, int);
long	 date_easter(int);
const char *date_holiday_nl(long);
int	 date_carnival(long);
int	 date_range_parse(const char *, size_t, long *, long *);
int	 date_stamp(long long, long long *, struct diag *);
int	 date_today(long *, struct diag *);

#endif
