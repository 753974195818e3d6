/* SPDX-License-Identifier: EUPL-1.2 */
/* fuzz/date.c: the date parser, and the calendar behind it. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[11];
	long day, again;
	int y, m, d;

	if (date_parse((const char *)data, size, &day) == -1)
		return 0;
	date_format(day, s);
	if (date_parse(s, strlen(s), &again) == -1 || again != day)
		abort();
	date_split(day, &y, &m, &d);
	if (!date_valid(y, m, d) || date_make(y, m, d) != day)
		abort();
	if (date_weekday(day) < 1 || date_weekday(day) > 7)
		abort();
	(void)date_add_months(day, 24);
	(void)date_add_months(day, -1);
	(void)date_holiday_nl(day);
	(void)date_easter(y);
	(void)score_overdue(s, day);
	return 0;
}
