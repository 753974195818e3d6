# SPDX-License-Identifier: EUPL-1.2
# Calendar dates (lib/date.c): what plans and rosters count days with.
# datecalc puts each date function on the command line.
load test_helper

# gnu_days FIRST N: N days from FIRST with their ISO weekday, as GNU date
# counts them, in UTC.
gnu_days() {
	seq 0 $(($2 - 1)) | sed "s/.*/$1 + & days/" |
	    TZ=UTC0 date -f - +'%F %u'
}

@test "date: 29 February exists in 2024 and 2000, not in 2025 or 1900" {
	run -0 datecalc parse 2024-02-29
	assert_output 2024-02-29
	run -0 datecalc parse 2000-02-29
	assert_output 2000-02-29
	run -2 datecalc parse 2025-02-29
	assert_output "datecalc: '2025-02-29' is not a date YYYY-MM-DD"
	run -2 datecalc parse 1900-02-29
	assert_output "datecalc: '1900-02-29' is not a date YYYY-MM-DD"
}

@test "date: only a real date, year first or day first with a four-digit year, is read" {
	for s in 2026-02-30 2026-13-01 2026-00-10 2026-01-00 2026-04-31 \
	    26-01-05 2026-01-05x 2026/01/05 20260105 1-3-24 1-3/2024 \
	    2026-001-05 0000-01-01 +2026-1-05 30-2-2026 13/13/2026 \
	    2024-3-1-1 " " ""; do
		run -2 datecalc parse "$s"
		assert_output "datecalc: '$s' is not a date YYYY-MM-DD"
	done
}

@test "date: Dutch spreadsheets' day-first dates are read, never month first" {
	for s in 1-3-2024 01-03-2024 1/3/2024 01/03/2024 1.3.2024 2024-3-1 \
	    2024-03-1; do
		run -0 datecalc parse "$s"
		assert_output 2024-03-01
	done
	run -0 datecalc parse 3/1/2024
	assert_output 2024-01-03
	run -0 datecalc parse 13/1/2024
	assert_output 2024-01-13
}

@test "date: spaces around a date are allowed, as spreadsheets pad cells" {
	run -0 datecalc parse "  2026-01-05	"
	assert_output 2026-01-05
}

@test "date: years 0001 and 9999 are the first and last" {
	run -0 datecalc days 0001-01-01
	assert_output -719162
	run -0 datecalc days 9999-12-31
	assert_output 2932896
	run -0 datecalc days 1970-01-01
	assert_output 0
}

@test "date: days are counted from 1970-01-01 as the Unix clock counts them" {
	for s in 1969-12-31 2000-02-29 2000-03-01 2026-11-24 2038-01-19 2100-03-01; do
		run -0 datecalc days "$s"
		assert_output $(($(date -u -d "$s" +%s) / 86400))
	done
}

@test "date: days between dates cross a year end, in either direction" {
	run -0 datecalc diff 2025-12-31 2026-01-01
	assert_output 1
	run -0 datecalc diff 2026-01-01 2027-01-01
	assert_output 365
	run -0 datecalc diff 2024-01-01 2025-01-01
	assert_output 366
	run -0 datecalc diff 2027-01-01 2026-12-25
	assert_output -7
	run -0 datecalc diff 1999-12-31 2030-12-31
	assert_output 11323
}

@test "date: every day of 1999-2030 reads back as written, weekday as GNU date says" {
	run -0 datecalc range 1999-01-01 2030-12-31
	[ "${#lines[@]}" -eq 11688 ]
	assert_equal "$output" "$(gnu_days 1999-01-01 11688)"
}

@test "date: around 1900, 2000 and 2100 the century leap rule holds, as GNU date says" {
	run -0 datecalc range 1899-12-01 1900-03-31
	assert_equal "$output" "$(gnu_days 1899-12-01 121)"
	run -0 datecalc range 1999-12-01 2000-03-31
	assert_equal "$output" "$(gnu_days 1999-12-01 122)"
	run -0 datecalc range 2099-12-01 2100-03-31
	assert_equal "$output" "$(gnu_days 2099-12-01 121)"
}

# The driver stops at the first day that does not come back as itself.
@test "date: every day of the years 0001 to 9999 reads back as written" {
	run -0 bash -c 'set -o pipefail
	    datecalc range 0001-01-01 9999-12-31 | sed -n "1p;\$p;\$="'
	assert_output - <<-EOF
	0001-01-01 1
	9999-12-31 5
	3652059
	EOF
}

@test "date: 2026-11-24 is a Tuesday, 1970-01-01 a Thursday, 1969-12-28 a Sunday" {
	run -0 datecalc weekday 2026-11-24
	assert_output 2
	run -0 datecalc weekday 1970-01-01
	assert_output 4
	run -0 datecalc weekday 1969-12-28
	assert_output 7
	run -0 datecalc weekday 2024-01-01
	assert_output 1
}

@test "date: Easter falls on the known Sundays, in March and in April" {
	while read -r y want; do
		run -0 datecalc easter "$y"
		assert_output "$want"
		run -0 datecalc weekday "$want"
		assert_output 7
	done <<-EOF
	1583 1583-04-10
	1818 1818-03-22
	1943 1943-04-25
	1961 1961-04-02
	2000 2000-04-23
	2008 2008-03-23
	2011 2011-04-24
	2016 2016-03-27
	2019 2019-04-21
	2020 2020-04-12
	2021 2021-04-04
	2022 2022-04-17
	2023 2023-04-09
	2024 2024-03-31
	2025 2025-04-20
	2026 2026-04-05
	2027 2027-03-28
	2038 2038-04-25
	2285 2285-03-22
	EOF
}

@test "date: a year that is not 1-9999 has no Easter" {
	for y in 0 10000 2026x ""; do
		run -2 datecalc easter "$y"
		assert_output "datecalc: '$y' is not a year 1-9999"
	done
}

@test "date: the Dutch holidays of 2026, Goede Vrijdag and Bevrijdingsdag included" {
	run -0 datecalc holidays 2026
	assert_output - <<-EOF
	2026-01-01,Nieuwjaarsdag
	2026-04-03,Goede Vrijdag
	2026-04-05,Eerste Paasdag
	2026-04-06,Tweede Paasdag
	2026-04-27,Koningsdag
	2026-05-05,Bevrijdingsdag
	2026-05-14,Hemelvaartsdag
	2026-05-24,Eerste Pinksterdag
	2026-05-25,Tweede Pinksterdag
	2026-12-25,Eerste Kerstdag
	2026-12-26,Tweede Kerstdag
	EOF
}

@test "date: Koningsdag 2025 is on Saturday 26 April, the 27th being a Sunday" {
	run -0 datecalc holiday 2025-04-26
	assert_output Koningsdag
	run -1 datecalc holiday 2025-04-27
	assert_output ""
	run -0 datecalc holiday 2014-04-26
	assert_output Koningsdag
	run -0 datecalc holiday 2027-04-27
	assert_output Koningsdag
}

@test "date: before 2014 Koninginnedag is 30 April, or the 29th when the 30th is a Sunday" {
	run -0 datecalc holiday 2013-04-30
	assert_output Koninginnedag
	run -1 datecalc holiday 2013-04-27
	run -0 datecalc holiday 2006-04-29
	assert_output Koninginnedag
	run -1 datecalc holiday 2006-04-30
	assert_output ""
}

@test "date: under Queen Juliana a Sunday Koninginnedag moved to 1 May" {
	run -0 datecalc holiday 1978-05-01
	assert_output Koninginnedag
	run -1 datecalc holiday 1978-04-30
	run -1 datecalc holiday 1978-04-29
}

@test "date: Hemelvaartsdag 2026 is 14 May, Pinksteren 24 and 25 May" {
	run -0 datecalc holiday 2026-05-14
	assert_output Hemelvaartsdag
	run -0 datecalc holiday 2026-05-24
	assert_output "Eerste Pinksterdag"
	run -0 datecalc holiday 2026-05-25
	assert_output "Tweede Pinksterdag"
	run -1 datecalc holiday 2026-05-26
	assert_output ""
}

@test "date: Goede Vrijdag and Bevrijdingsdag are holidays every year" {
	run -0 datecalc holiday 2024-03-29
	assert_output "Goede Vrijdag"
	run -0 datecalc holiday 2027-03-26
	assert_output "Goede Vrijdag"
	run -0 datecalc holiday 2026-05-05
	assert_output Bevrijdingsdag
	run -0 datecalc holiday 2025-05-05
	assert_output Bevrijdingsdag
}

@test "date: Hemelvaartsdag on 5 May (2016) is given both names" {
	run -0 datecalc holiday 2016-05-05
	assert_output "Hemelvaartsdag en Bevrijdingsdag"
	run -0 sh -c 'datecalc holidays 2016 | wc -l'
	assert_output 10
}

@test "date: an ordinary working day is no holiday" {
	run -1 datecalc holiday 2026-11-24
	assert_output ""
	run -1 datecalc holiday 2026-12-24
	assert_output ""
}

@test "date: a month on from the 31st is the end of the next month" {
	run -0 datecalc add-months 2027-01-31 1
	assert_output 2027-02-28
	run -0 datecalc add-months 2028-01-31 1
	assert_output 2028-02-29
	run -0 datecalc add-months 2026-11-30 3
	assert_output 2027-02-28
	run -0 datecalc add-months 2026-01-15 0
	assert_output 2026-01-15
	run -0 datecalc add-months 2024-02-29 12
	assert_output 2025-02-28
}

@test "date: months back cross a year start" {
	run -0 datecalc add-months 2026-01-31 -1
	assert_output 2025-12-31
	run -0 datecalc add-months 2026-03-31 -1
	assert_output 2026-02-28
	run -0 datecalc add-months 2027-01-15 -13
	assert_output 2025-12-15
	run -0 datecalc add-months 2026-02-28 -24
	assert_output 2024-02-28
}

@test "date: adding months stops at the first and the last day there is" {
	run -0 datecalc add-months 9999-12-31 1
	assert_output 9999-12-31
	run -0 datecalc add-months 0001-01-31 -1
	assert_output 0001-01-01
	run -0 datecalc add-months 2026-01-01 120000
	assert_output 9999-12-31
}

@test "date: ISAC_TODAY sets today" {
	ISAC_TODAY=2027-04-27 run -0 datecalc today
	assert_output 2027-04-27
	ISAC_TODAY=" 2024-02-29 " run -0 datecalc today
	assert_output 2024-02-29
}

@test "date: a malformed ISAC_TODAY is refused" {
	for v in x 2025-02-29 27-04-27 2026/1/5; do
		ISAC_TODAY=$v run -2 datecalc today
		assert_output "datecalc: ISAC_TODAY: '$v' is not a date YYYY-MM-DD"
	done
}

@test "date: without ISAC_TODAY today is the system clock's date in UTC" {
	unset ISAC_TODAY
	before=$(date -u +%F)
	run -0 env TZ=Pacific/Kiritimati datecalc today
	after=$(date -u +%F)
	[ "$output" = "$before" ] || [ "$output" = "$after" ]
	ISAC_TODAY= run -0 datecalc today
	[ "$output" = "$before" ] || [ "$output" = "$(date -u +%F)" ]
}
