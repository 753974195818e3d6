# SPDX-License-Identifier: EUPL-1.2
# isac-roster: the member list checked, and the year planned from it.
load test_helper

setup() {
	G="$DATA/roster/good.csv"
	R="$BATS_TEST_TMPDIR/roster.csv"
	HDR="severity,rule,org,name,message"
}

# err0 TEXT: the first line of standard error of the last run.
err0() {
	assert_equal "${stderr_lines[0]}" "$1"
}

# edit SEDSCRIPT: the good roster changed by sed into $R.
edit() {
	sed "$1" "$G" >"$R"
}

# orgs N: a roster of N organisations, each with a fixed representative
# and a substitute; the first holds the three roles.
orgs() {
	awk -v n="$1" 'BEGIN {
		print "org,name,email,role,rep,signed,joined,left"
		for (i = 1; i <= n; i++) {
			r = i == 1 ? "chair" : "member"
			printf "Org %d,Fixed %d,fixed%d@org%d.nl,%s,primary,2024-01-01,2024-01-01,\n", i, i, i, i, r
			r = i == 1 ? "secretary" : "member"
			printf "Org %d,Sub %d,sub%d@org%d.nl,%s,substitute,2024-01-01,2024-01-01,\n", i, i, i, i, r
		}
		print "Org 1,Vice,vice@org1.nl,vice-chair,,2024-01-01,2024-01-01,"
	}' >"$R"
}

# --- check: every rule ------------------------------------------------------

@test "roster: a roster that keeps every rule has no findings and exits 0" {
	run -0 --separate-stderr isac-roster check "$G"
	assert_output "$HDR"
	[ -z "$stderr" ]
}

@test "roster: no active chair is an error" {
	edit '2s/,chair,/,member,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,chair,,,no active chair"
}

@test "roster: a chair who left does not count as the chair" {
	edit '2s/,chair,/,member,/'
	echo "Waterschap Noord,Oud Voorzitter,oud@wsnoord.nl,chair,,2020-01-01,2020-01-01,2023-12-31,," >>"$R"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,chair,,,no active chair"
}

@test "roster: a second chair is an error naming the second" {
	edit '6s/,secretary,/,chair,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,chair,\"Hoogheemraadschap Oost, afdeling IV\",Eva Smit,line 6: a second chair; the first is on line 2
error,secretary,,,no active secretary"
}

@test "roster: no vice-chair is an error" {
	edit '4s/,vice-chair,/,member,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,vice-chair,,,no active vice-chair"
}

@test "roster: two secretaries are an error" {
	edit '7s/,member,/,secretaris,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,secretary,\"Hoogheemraadschap Oost, afdeling IV\",Frank Mulder,line 7: a second secretary; the first is on line 6"
}

@test "roster: an organisation without a fixed representative is an error" {
	edit '4s/,primary,/,substitute,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,fixed-reps,Drinkwater Zuid,,no fixed representative: the guide asks for one or at most two"
}

@test "roster: three fixed representatives are an error" {
	edit '8s/,substitute,/,primary,/'
	echo '"Hoogheemraadschap Oost, afdeling IV",Kees Vos,kees.vos@hhoost.nl,member,substitute,2024-02-01,2024-02-01,,,' >>"$R"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,fixed-reps,\"Hoogheemraadschap Oost, afdeling IV\",,3 fixed representatives: the guide asks for one or at most two"
}

@test "roster: an organisation without a substitute is a warning, and check exits 1" {
	edit '3s/,substitute,/,,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
warning,substitute,Waterschap Noord,,no standard substitute"
}

@test "roster: an active member who has not signed is an error naming them" {
	edit '5s/2024-01-12,2024-01-12/,2024-01-12/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,signed,Drinkwater Zuid,Dirk Visser,line 5: has not signed the membership guidelines"
}

@test "roster: someone who left need not have signed" {
	edit '9s/2024-01-10,2024-01-10,2025-06-30/,2024-01-10,2025-06-30/'
	run -0 isac-roster check "$R"
	assert_output "$HDR"
}

@test "roster: functional mailboxes are errors, in any case and with a +tag" {
	for box in info Info+isac SOC security cert helpdesk noreply; do
		edit "5s/d.visser@/$box@/"
		run -1 isac-roster check "$R"
		lower=$(echo "${box%%+*}" | tr A-Z a-z)
		assert_output "$HDR
error,functional-address,Drinkwater Zuid,Dirk Visser,\"line 5: '$lower@' is a functional mailbox, not a personal address\""
	done
}

@test "roster: a personal address that starts like a functional one is fine" {
	edit '5s/d.visser@/info.visser@/'
	run -0 isac-roster check "$R"
}

@test "roster: the same address twice among active members is an error, without case" {
	edit '5s/d.visser@dwzuid.nl/C.Bakker@DWZUID.nl/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,duplicate-email,Drinkwater Zuid,Dirk Visser,line 5: the address of line 4 again"
}

@test "roster: the same person twice among active members is an error" {
	edit '5s/Dirk Visser/chantal bakker/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,duplicate-person,Drinkwater Zuid,chantal bakker,line 5: the person of line 4 again"
}

@test "roster: two people of one name in two organisations, with two addresses, are two people" {
	cp "$G" "$R"
	echo "Waterschap Noord,Jan de Vries,jan.devries@wsnoord.nl,member,,2024-01-10,2024-01-10,,," >>"$R"
	echo "Havenbedrijf West,Jan de Vries,j.devries@havenwest.nl,member,,2025-06-01,2025-07-01,,," >>"$R"
	run -0 isac-roster check "$R"
	assert_output "$HDR"
	echo "Havenbedrijf West,JAN DE VRIES,jan.devries@wsnoord.nl,member,,2025-06-01,2025-07-01,,," >>"$R"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,duplicate-email,Havenbedrijf West,JAN DE VRIES,line 14: the address of line 12 again
error,duplicate-person,Havenbedrijf West,JAN DE VRIES,line 14: the person of line 13 again
warning,mixed-domains,Havenbedrijf West,,\"people on 2 mail domains: havenwest.nl, wsnoord.nl\""
}

@test "roster: dates written day first, as Dutch Excel writes them, are read" {
	edit '2s/2024-01-10,2024-01-10,,+31 6 1234 5678,2024-01-10/10-1-2024,10\/01\/2024,,+31 6 1234 5678,10.1.2024/;
	    9s/2024-01-10,2024-01-10,2025-06-30/10-01-2024,2024-1-10,30-6-2025/'
	run -0 isac-roster check "$R"
	assert_output "$HDR"
	run -1 isac-roster terms --date 2026-11-24 "$R"
	assert_line --index 1 "chair,Waterschap Noord,Anna de Vries,2024-01-10,2026-01-10"
	edit '5s/2024-01-12,2024-01-12/3\/13\/2024,2024-01-12/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,bad-date,Drinkwater Zuid,Dirk Visser,line 5: bad date '3/13/2024' in column 'signed' (use YYYY-MM-DD or DD-MM-YYYY)"
}

@test "roster: a person who left and came back is not a duplicate" {
	cp "$G" "$R"
	echo "Waterschap Noord,Anna de Vries,anna.devries@wsnoord.nl,member,primary,2020-01-01,2020-01-01,2021-01-01,," >>"$R"
	run -0 isac-roster check "$R"
}

@test "roster: malformed addresses are errors saying what is wrong" {
	for case in 'd.visser.dwzuid.nl|no '"'"'@'"'"' in the address' \
	    'd visser@dwzuid.nl|a space or other character not allowed in an address' \
	    'd.visser@dwzuid|a domain without a dot' \
	    'd..visser@dwzuid.nl|a dot at the start or end of the part before '"'"'@'"'"', or two dots' \
	    '@dwzuid.nl|nothing before the '"'"'@'"'"'' \
	    'd@v@dwzuid.nl|more than one '"'"'@'"'"' in the address' \
	    'd.visser@-dwzuid.nl|a domain part that starts with a hyphen' \
	    'd.visser@dwzuid..nl|an empty part in the domain' \
	    '|no address'; do
		edit "5s/d.visser@dwzuid.nl/${case%%|*}/"
		run -1 isac-roster check "$R"
		assert_output --partial "error,bad-email,Drinkwater Zuid,Dirk Visser,"
		assert_output --partial "line 5: ${case#*|}"
	done
}

@test "roster: bad dates are findings of check, naming column and line" {
	edit '5s/2024-01-12,2024-01-12/2024-02-30,01-12-24/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,bad-date,Drinkwater Zuid,Dirk Visser,line 5: bad date '2024-02-30' in column 'signed' (use YYYY-MM-DD or DD-MM-YYYY)
error,bad-date,Drinkwater Zuid,Dirk Visser,line 5: bad date '01-12-24' in column 'joined' (use YYYY-MM-DD or DD-MM-YYYY)"
}

@test "roster: leaving before joining is an error" {
	edit '9s/2025-06-30/2023-12-31/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,left-before-joined,Havenbedrijf West,Henk Bos,line 9: left before joining"
}

@test "roster: an organisation's people on two mail domains is a warning naming no one" {
	edit '5s/d.visser@dwzuid.nl/dirk.visser@gmail.com/'
	run -1 isac-roster check "$R"
	assert_output "$HDR
warning,mixed-domains,Drinkwater Zuid,,\"people on 2 mail domains: dwzuid.nl, gmail.com\""
}

@test "roster: 20 organisations are fine, 21 a warning, 26 an error" {
	orgs 20
	run -0 isac-roster check "$R"
	orgs 21
	run -1 isac-roster check "$R"
	assert_output "$HDR
warning,size,,,21 active organisations: more than 20"
	orgs 26
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,size,,,26 active organisations: more than 25"
}

@test "roster: --warn-orgs and --max-orgs move the size limits" {
	run -1 isac-roster check --warn-orgs 3 "$G"
	assert_output "$HDR
warning,size,,,4 active organisations: more than 3"
	run -1 isac-roster check --warn-orgs 2 --max-orgs 3 "$G"
	assert_output "$HDR
error,size,,,4 active organisations: more than 3"
	run -2 --separate-stderr isac-roster check --warn-orgs 5 --max-orgs 4 "$G"
	err0 "isac-roster: --warn-orgs 5 is above --max-orgs 4"
}

@test "roster: Dutch column names and Dutch role and rep words are read" {
	sed '1s/.*/organisatie,naam,e-mail,rol,vertegenwoordiger,getekend,toegetreden,vertrokken,telefoon,sinds/;
	    s/,chair,/,Voorzitter,/; s/,vice-chair,/,vicevoorzitter,/;
	    s/,secretary,/,SECRETARIS,/; s/,member,/,lid,/;
	    s/,primary,/,vast,/; s/,substitute,/,vervanger,/' "$G" >"$R"
	run -0 isac-roster check "$R"
	assert_output "$HDR"
	run -0 isac-roster evidence "$R"
	assert_line --index 2 "WM.1.5,yes,\"roster: one active chair, vice-chair and secretary\""
}

@test "roster: check reads a Dutch Excel export (semicolons, BOM, CRLF)" {
	printf '\357\273\277' >"$R"
	sed 's/"Hoogheemraadschap Oost, afdeling IV"/Hoogheemraadschap Oost/; s/,/;/g; s/$/\r/' "$G" >>"$R"
	run -0 isac-roster check "$R"
	assert_output "$HDR"
}

# --- bad input ---------------------------------------------------------------

@test "roster: a missing column is an error with file and line, exit 2, nothing written" {
	edit '1s/,signed,/,x,/'
	run -2 --separate-stderr isac-roster check "$R"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $R:1: no column 'signed' (or 'getekend') in the header; found 'org', 'name', 'email', 'role', 'rep', 'x', 'joined', 'left', 'phone', 'since' with delimiter ','"
}

@test "roster: an unknown role or rep word is an input error with its line" {
	edit '4s/vice-chair/vicar/'
	run -2 --separate-stderr isac-roster check "$R"
	assert_equal "$stderr" "isac-roster: $R:4: unknown role 'vicar': use chair, vice-chair, secretary or member"
	edit '5s/substitute/maybe/'
	run -2 --separate-stderr isac-roster mailing-list "$R"
	assert_equal "$stderr" "isac-roster: $R:5: unknown rep 'maybe': use primary, substitute or nothing"
}

@test "roster: an empty organisation or name is an input error" {
	edit '3s/^Waterschap Noord//'
	run -2 --separate-stderr isac-roster check "$R"
	assert_equal "$stderr" "isac-roster: $R:3: no organisation in column 'org'"
	edit '3s/Bram Jansen//'
	run -2 --separate-stderr isac-roster check "$R"
	assert_equal "$stderr" "isac-roster: $R:3: no name in column 'name'"
}

@test "roster: outside check, a bad date is an input error with file:line" {
	edit '9s/2025-06-30/2025-06-31/'
	for c in mailing-list evidence "terms --date 2026-01-01" "meetings -y 2027" due; do
		run -2 --separate-stderr isac-roster $c "$R"
		[ -z "$output" ]
		assert_equal "$stderr" "isac-roster: $R:9: bad date '2025-06-31' in column 'left' (use YYYY-MM-DD or DD-MM-YYYY)"
	done
}

@test "roster: usage errors say why and exit 2" {
	run -2 --separate-stderr isac-roster
	err0 "isac-roster: no command: use check, mailing-list, meetings, attendance, admit, terms, evidence, due, evaluation, answered, topics, agenda or minutes"
	run -2 --separate-stderr isac-roster frobnicate "$G"
	err0 "isac-roster: unknown command 'frobnicate'"
	run -2 --separate-stderr isac-roster check
	err0 "isac-roster: check takes one roster file"
	run -2 --separate-stderr isac-roster attendance "$G"
	err0 "isac-roster: attendance takes two files"
	run -2 --separate-stderr isac-roster meetings "$G"
	err0 "isac-roster: meetings needs -y year"
	run -2 --separate-stderr isac-roster check -y 2027 "$G"
	err0 "isac-roster: -y goes with meetings"
	run -2 --separate-stderr isac-roster meetings -y 2027 --time 14:00 "$G"
	err0 "isac-roster: --time, --duration, --dtstamp, --name, --location and --previous go with --ics"
	for o in "--location Utrecht" "--previous x.ics"; do
		run -2 --separate-stderr isac-roster meetings -y 2027 $o "$G"
		err0 "isac-roster: --time, --duration, --dtstamp, --name, --location and --previous go with --ics"
	done
	run -2 --separate-stderr isac-roster check --no-carnival "$G"
	err0 "isac-roster: --no-carnival goes with meetings"
	run -2 --separate-stderr isac-roster terms --avoid x.txt "$G"
	err0 "isac-roster: --avoid goes with meetings"
	run -2 --separate-stderr isac-roster meetings -y 2027 --all "$G"
	err0 "isac-roster: --all goes with mailing-list"
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics --time 25:00 "$G"
	err0 "isac-roster: --time takes a time HH:MM, not '25:00'"
	run -2 --separate-stderr isac-roster meetings -y 2027 -n 13 "$G"
	err0 "isac-roster: -n takes a whole number from 1 to 12, not '13'"
	run -2 --separate-stderr isac-roster meetings -y 2027 -w someday "$G"
	err0 "isac-roster: unknown weekday 'someday'"
	run -2 --separate-stderr isac-roster mailing-list -f mutt "$G"
	err0 "isac-roster: unknown format 'mutt': use plain, mailman, sympa or csv"
	run -2 --separate-stderr isac-roster mailing-list -t "$G"
	err0 "isac-roster: -t and --excel go with -f csv"
}

# --- mailing-list ------------------------------------------------------------

@test "mailing-list: the active members' addresses, sorted, those who left left out" {
	run -0 isac-roster mailing-list "$G"
	assert_output "anna.devries@wsnoord.nl
bram.jansen@wsnoord.nl
c.bakker@dwzuid.nl
d.visser@dwzuid.nl
eva.smit@hhoost.nl
frank.mulder@hhoost.nl
g.deboer@hhoost.nl
ingrid.peters@havenwest.nl
jan.hendriks@havenwest.nl"
	refute_output --partial henk.bos
}

@test "mailing-list: -f mailman writes Name <address>, quoting names as RFC 5322 requires" {
	edit '2s/Anna de Vries/A. de Vries/; 3s/Bram Jansen/"Jansen, Bram"/;
	    4s/Chantal Bakker/"Chantal ""CB"" Bakker"/; 5s/Dirk Visser/Dirk \\ Visser/;
	    6s/Eva Smit/Éva Smit/'
	run -0 isac-roster mailing-list -f mailman "$R"
	assert_line --index 0 '"A. de Vries" <anna.devries@wsnoord.nl>'
	assert_line --index 1 '"Jansen, Bram" <bram.jansen@wsnoord.nl>'
	assert_line --index 2 '"Chantal \"CB\" Bakker" <c.bakker@dwzuid.nl>'
	assert_line --index 3 '"Dirk \\ Visser" <d.visser@dwzuid.nl>'
	assert_line --index 4 'Éva Smit <eva.smit@hhoost.nl>'
	assert_line --index 5 'Frank Mulder <frank.mulder@hhoost.nl>'
}

@test "mailing-list: -f sympa writes address Name" {
	run -0 isac-roster mailing-list -f sympa "$G"
	assert_line --index 0 "anna.devries@wsnoord.nl Anna de Vries"
	assert_line --index 8 "jan.hendriks@havenwest.nl Jan Hendriks"
	[ "${#lines[@]}" -eq 9 ]
}

@test "mailing-list: -f csv writes name,email and goes with --excel" {
	run -0 isac-roster mailing-list -f csv "$G"
	assert_line --index 0 "name,email"
	assert_line --index 1 "Anna de Vries,anna.devries@wsnoord.nl"
	run -0 isac-roster mailing-list -f csv --excel "$G"
	assert_line --index 1 $'Anna de Vries;anna.devries@wsnoord.nl\r'
}

@test "mailing-list: an address twice is written once" {
	cp "$G" "$R"
	echo "Waterschap Noord,Anna de Vries (2),ANNA.DEVRIES@wsnoord.nl,member,,2024-01-10,2024-01-10,,," >>"$R"
	run -0 isac-roster mailing-list "$R"
	[ "${#lines[@]}" -eq 9 ]
}

@test "mailing-list: a functional address and an unsigned member are left off and named on stderr, exit 0" {
	edit '5s/2024-01-12,2024-01-12/,2024-01-12/; 6s/eva.smit@hhoost.nl/Secretariaat+isac@hhoost.nl/'
	run -0 --separate-stderr isac-roster mailing-list "$R"
	assert_output "anna.devries@wsnoord.nl
bram.jansen@wsnoord.nl
c.bakker@dwzuid.nl
frank.mulder@hhoost.nl
g.deboer@hhoost.nl
ingrid.peters@havenwest.nl
jan.hendriks@havenwest.nl"
	assert_equal "$stderr" "isac-roster: warning: $R:5: Dirk Visser <d.visser@dwzuid.nl> left off the list: has not signed the membership guidelines; --all keeps it
isac-roster: warning: $R:6: Eva Smit <Secretariaat+isac@hhoost.nl> left off the list: a functional mailbox, not a personal address; --all keeps it"
	run -0 --separate-stderr isac-roster mailing-list -f csv "$R"
	refute_output --partial "Dirk Visser"
	[ "${#lines[@]}" -eq 8 ]
	[ "${#stderr_lines[@]}" -eq 2 ]
}

@test "mailing-list --all keeps functional addresses and unsigned members, silently" {
	edit '5s/2024-01-12,2024-01-12/,2024-01-12/; 6s/eva.smit@hhoost.nl/info@hhoost.nl/'
	run -0 --separate-stderr isac-roster mailing-list --all -f mailman "$R"
	assert_line --index 3 "Dirk Visser <d.visser@dwzuid.nl>"
	assert_line --index 6 "Eva Smit <info@hhoost.nl>"
	[ "${#lines[@]}" -eq 9 ]
	[ -z "$stderr" ]
}

@test "mailing-list: an unsigned row whose address is on the list through a signed one is not warned about" {
	cp "$G" "$R"
	echo "Waterschap Noord,A. de Vries,Anna.deVries@wsnoord.nl,member,,,2024-01-10,,," >>"$R"
	run -0 --separate-stderr isac-roster mailing-list "$R"
	[ "${#lines[@]}" -eq 9 ]
	[ -z "$stderr" ]
}

@test "mailing-list: an active member without a good address is an input error" {
	edit '5s/d.visser@dwzuid.nl//'
	run -2 --separate-stderr isac-roster mailing-list "$R"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $R:5: no address"
}

# --- meetings ----------------------------------------------------------------

@test "meetings: six Tuesdays spread over the year, agenda three weeks before, hosts in turn" {
	run -0 --separate-stderr isac-roster meetings -y 2027 "$G"
	assert_output 'date,agenda_due,host
2027-02-02,2027-01-12,Waterschap Noord
2027-03-30,2027-03-09,Drinkwater Zuid
2027-06-01,2027-05-11,"Hoogheemraadschap Oost, afdeling IV"
2027-07-13,2027-06-22,Havenbedrijf West
2027-09-28,2027-09-07,Waterschap Noord
2027-11-30,2027-11-09,Drinkwater Zuid'
	[ -z "$stderr" ]
}

@test "meetings: the EXAMPLES plan on Thursdays" {
	run -0 isac-roster meetings -y 2027 -w thursday "$G"
	assert_output 'date,agenda_due,host
2027-01-28,2027-01-07,Waterschap Noord
2027-04-01,2027-03-11,Drinkwater Zuid
2027-06-03,2027-05-13,"Hoogheemraadschap Oost, afdeling IV"
2027-07-08,2027-06-17,Havenbedrijf West
2027-09-30,2027-09-09,Waterschap Noord
2027-12-02,2027-11-11,Drinkwater Zuid'
}

# holidays YEAR: the Dutch holidays of a year, computed apart from isac.
holidays() {
	/usr/bin/python3 - "$1" <<'EOF'
import datetime as dt, sys
from dateutil.easter import easter
y = int(sys.argv[1]); e = easter(y); D = dt.timedelta
k = dt.date(y, 4, 27)
if k.weekday() == 6: k -= D(1)
for d in sorted({dt.date(y, 1, 1), e - D(2), e, e + D(1), k, dt.date(y, 5, 5),
    e + D(39), e + D(49), e + D(50), dt.date(y, 12, 25), dt.date(y, 12, 26)}):
	print(d)
EOF
}

@test "meetings: Easter in March (2024): Easter Monday and Good Friday are skipped" {
	/usr/bin/python3 -c 'import dateutil' 2>/dev/null || skip "no python3-dateutil"
	[ "$(holidays 2024 | sed -n 3p)" = 2024-03-31 ]
	run -0 isac-roster meetings -y 2024 -w monday "$G"
	assert_line --index 2 "2024-03-25,2024-03-04,Drinkwater Zuid"
	refute_output --partial 2024-04-01
	run -0 isac-roster meetings -y 2024 -w friday "$G"
	assert_line --index 2 "2024-04-05,2024-03-15,Drinkwater Zuid"
	for w in monday tuesday wednesday thursday friday; do
		for n in 4 5 6 7 8 12; do
			run -0 isac-roster meetings -y 2024 -w $w -n $n "$G"
			for h in $(holidays 2024); do refute_line --regexp "^$h,"; done
		done
	done
}

@test "meetings: Easter in April (2026, 2025): Good Friday, Ascension, Koningsdag, Easter Monday are skipped" {
	/usr/bin/python3 -c 'import dateutil' 2>/dev/null || skip "no python3-dateutil"
	[ "$(holidays 2026 | sed -n 3p)" = 2026-04-05 ]
	run -0 isac-roster meetings -y 2026 -w friday "$G"
	assert_line --index 2 "2026-03-27,2026-03-06,Drinkwater Zuid"
	run -0 --separate-stderr isac-roster meetings -y 2026 -w thursday -n 4 "$G"
	assert_line --index 2 "2026-05-21,2026-04-30,Drinkwater Zuid"
	run -0 --separate-stderr isac-roster meetings -y 2025 -w maandag -n 5 "$G"
	assert_line --index 2 "2025-04-14,2025-03-24,Drinkwater Zuid"
	run -0 isac-roster meetings -y 2027 -n 8 "$G"
	assert_line --index 3 "2027-04-20,2027-03-30,\"Hoogheemraadschap Oost, afdeling IV\""
	for y in 2025 2026; do
		for w in monday thursday friday; do
			for n in 4 6 8 10; do
				run -0 --separate-stderr isac-roster meetings -y $y -w $w -n $n "$G"
				for h in $(holidays $y); do refute_line --regexp "^$h,"; done
			done
		done
	done
}

@test "meetings: no meeting between Christmas Eve and New Year" {
	run -0 --separate-stderr isac-roster meetings -y 2026 -n 12 -w thursday "$G"
	assert_line --index 12 "2026-12-17,2026-11-26,Havenbedrijf West"
	refute_output --regexp "(^|\n)2026-12-(2[4-9]|3[01]),"
}

@test "meetings: fewer than four or more than eight a year is a warning" {
	run -0 --separate-stderr isac-roster meetings -y 2027 -n 3 "$G"
	assert_equal "$stderr" "isac-roster: warning: 3 meetings a year: the guide speaks of four to eight"
	[ "${#lines[@]}" -eq 4 ]
	run -0 --separate-stderr isac-roster meetings -y 2027 -n 9 "$G"
	assert_equal "$stderr" "isac-roster: warning: 9 meetings a year: the guide speaks of four to eight"
}

@test "meetings: --agenda-weeks moves the agenda; under two weeks is a warning" {
	run -0 --separate-stderr isac-roster meetings -y 2027 -a 2 "$G"
	assert_line --index 1 "2027-02-02,2027-01-19,Waterschap Noord"
	[ -z "$stderr" ]
	run -0 --separate-stderr isac-roster meetings -y 2027 -a 1 "$G"
	assert_equal "$stderr" "isac-roster: warning: the agenda 1 weeks before: the guide says two to three weeks"
}

@test "meetings: --first-host continues the rotation; it must be a member organisation" {
	run -0 isac-roster meetings -y 2027 --first-host havenbedrijf\ west "$G"
	assert_line --index 1 "2027-02-02,2027-01-12,Havenbedrijf West"
	assert_line --index 2 "2027-03-30,2027-03-09,Waterschap Noord"
	run -2 --separate-stderr isac-roster meetings -y 2027 --first-host Nobody "$G"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: --first-host: 'Nobody' is not an active member organisation of $G"
}

# ics: the last output's lines, for checks of the raw file.
@test "meetings --ics: CRLF, lines of at most 75 octets, stable UIDs, deterministic" {
	export SOURCE_DATE_EPOCH=1764000000
	run -0 isac-roster meetings -y 2027 --ics "$G"
	ics=$output
	printf '%s' "$output" | grep -c $'\r$' >/dev/null
	[ "$(printf '%s\n' "$output" | grep -vc $'\r$')" -eq 0 ]
	[ "$(printf '%s\n' "$output" | LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) n++ } END { print n + 0 }')" -eq 0 ]
	assert_line --index 0 $'BEGIN:VCALENDAR\r'
	assert_line $'UID:isac-meeting-2027-1@isac\r'
	assert_line $'UID:isac-meeting-2027-6@isac\r'
	assert_line $'DTSTAMP:20251124T160000Z\r'
	assert_line $'SEQUENCE:0\r'
	assert_line $'DTSTART;VALUE=DATE:20270202\r'
	assert_line $'DTEND;VALUE=DATE:20270203\r'
	assert_line $'SUMMARY:ISAC meeting (host: Waterschap Noord)\r'
	[ "$(printf '%s\n' "$output" | grep -c '^BEGIN:VEVENT')" -eq 6 ]
	run -0 isac-roster meetings -y 2027 --ics "$G"
	[ "$output" = "$ics" ]
}

@test "meetings --ics: text is escaped and long lines folded without splitting UTF-8" {
	edit '2s/^Waterschap Noord/"Wätérschäp Nöörd; Dienst\\ICT, Beheer en Onderhoud van Dijken en Gemalen"/;
	    3s/^Waterschap Noord/"Wätérschäp Nöörd; Dienst\\ICT, Beheer en Onderhoud van Dijken en Gemalen"/'
	run -0 isac-roster meetings -y 2027 -n 4 --ics --name 'Water-ISAC, Noord' "$R"
	assert_line $'UID:isac-meeting-2027-1@water-isac-noord\r'
	unfolded=$(printf '%s\n' "$output" | tr -d '\r' | sed ':a;N;$!ba;s/\n //g')
	[[ "$unfolded" == *'SUMMARY:Water-ISAC\, Noord meeting (host: Wätérschäp Nöörd\; Dienst\\ICT\, Beheer en Onderhoud van Dijken en Gemalen)'* ]]
	[[ "$unfolded" == *'DESCRIPTION:Agenda to the participants by 2027-01-26.\nHost: Wätérschäp Nöörd\; Dienst\\ICT\, Beheer en Onderhoud van Dijken en Gemalen'* ]]
	assert_line $'SUMMARY:Water-ISAC\\, Noord meeting (host: Wätérschäp Nöörd\\; Dienst\\\\I\r'
	printf '%s\n' "$output" | iconv -f UTF-8 -t UTF-8 >/dev/null
	[ "$(printf '%s\n' "$output" | LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) n++ } END { print n + 0 }')" -eq 0 ]
	[ "$(printf '%s\n' "$output" | grep -c '^ ')" -gt 0 ]
}

@test "meetings --ics: a real parser (python3-icalendar) reads the same dates, hosts and escapes" {
	/usr/bin/python3 -c 'import icalendar' 2>/dev/null || skip "no python3-icalendar"
	edit '2s/^Waterschap Noord/"Wätérschäp Nöörd; Dienst\\\\ICT, Beheer en Onderhoud van Dijken en Gemalen"/;
	    3s/^Waterschap Noord/"Wätérschäp Nöörd; Dienst\\\\ICT, Beheer en Onderhoud van Dijken en Gemalen"/'
	isac-roster meetings -y 2024 -w monday --ics --time 14:30 --duration 150 "$R" >"$BATS_TEST_TMPDIR/m.ics"
	run -0 /usr/bin/python3 - "$BATS_TEST_TMPDIR/m.ics" <<'EOF'
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    print(e["UID"], e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat(), e["SUMMARY"])
print(str(cal.walk("VEVENT")[0]["DESCRIPTION"]).replace("\n", "|"))
EOF
	assert_line --index 0 'isac-meeting-2024-1@isac 2024-01-29T14:30:00+01:00 2024-01-29T17:00:00+01:00 ISAC meeting (host: Wätérschäp Nöörd; Dienst\ICT, Beheer en Onderhoud van Dijken en Gemalen)'
	assert_line --index 1 'isac-meeting-2024-2@isac 2024-03-25T14:30:00+01:00 2024-03-25T17:00:00+01:00 ISAC meeting (host: Drinkwater Zuid)'
	assert_line --index 2 'isac-meeting-2024-3@isac 2024-06-03T14:30:00+02:00 2024-06-03T17:00:00+02:00 ISAC meeting (host: Hoogheemraadschap Oost, afdeling IV)'
	assert_line --index 6 'Agenda to the participants by 2024-01-08.|Host: Wätérschäp Nöörd; Dienst\ICT, Beheer en Onderhoud van Dijken en Gemalen'
	[ "${#lines[@]}" -eq 7 ]
}

@test "meetings --ics: all-day events read by the parser; Dutch words with -l nl; --dtstamp" {
	/usr/bin/python3 -c 'import icalendar' 2>/dev/null || skip "no python3-icalendar"
	isac-roster meetings -y 2026 -l nl --ics --dtstamp 2025-11-24 "$G" >"$BATS_TEST_TMPDIR/m.ics"
	run -0 /usr/bin/python3 - "$BATS_TEST_TMPDIR/m.ics" <<'EOF'
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = cal.walk("VEVENT")
print(len(ev), ev[0]["DTSTART"].dt, ev[0]["DTEND"].dt, ev[0]["DTSTAMP"].dt.isoformat())
print(ev[0]["SUMMARY"])
EOF
	assert_line --index 0 "6 2026-02-03 2026-02-04 2025-11-24T00:00:00+00:00"
	assert_line --index 1 "Bijeenkomst ISAC (gastheer: Waterschap Noord)"
}

@test "meetings --ics does not go with -t or --excel" {
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics -t "$G"
	err0 "isac-roster: --ics writes a calendar: -t and --excel do not apply"
}

# --- meetings: the days they avoid (issue 19) ---------------------------------

# offdays: reads meetings tables on stdin and prints each meeting on a
# day meetings avoid, and each agenda not on a working day, computed
# apart from isac: public holidays, 24 Dec - 1 Jan, carnival (Easter -49
# to -47), 15 Jul - 31 Aug; for the agenda weekends and the holidays.
offdays() {
	/usr/bin/python3 -c '
import csv, datetime as dt, sys
from dateutil.easter import easter
D = dt.timedelta
def hol(d):
	e = easter(d.year); k = dt.date(d.year, 4, 27)
	if k.weekday() == 6: k -= D(1)
	return d in {dt.date(d.year, 1, 1), e - D(2), e, e + D(1), k,
	    dt.date(d.year, 5, 5), e + D(39), e + D(49), e + D(50),
	    dt.date(d.year, 12, 25), dt.date(d.year, 12, 26)}
def yearend(d): return (d.month, d.day) >= (12, 24) or (d.month, d.day) == (1, 1)
for row in csv.reader(sys.stdin):
	if row[0] == "date": continue
	m = dt.date.fromisoformat(row[0]); a = dt.date.fromisoformat(row[1])
	e = easter(m.year)
	if hol(m) or yearend(m) or e - D(49) <= m <= e - D(47) or \
	    dt.date(m.year, 7, 15) <= m <= dt.date(m.year, 8, 31):
		print("meeting", m)
	if a.weekday() > 4 or hol(a) or yearend(a):
		print("agenda", a)
'
}

@test "meetings: no meeting in the school summer holidays: not the 2027-08-03 of the default Tuesdays" {
	run -0 isac-roster meetings -y 2027 "$G"
	refute_output --partial 2027-08-03
	assert_line --index 4 "2027-07-13,2027-06-22,Havenbedrijf West"
	for y in 2026 2027 2028; do for w in mon tue wed thu fri; do
		for n in 4 5 6 7 8; do isac-roster meetings -y $y -w $w -n $n "$G"; done
	done; done >"$BATS_TEST_TMPDIR/all.csv"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/all.csv")" -eq 525 ]
	run -0 offdays <"$BATS_TEST_TMPDIR/all.csv"
	assert_output ""
}

@test "meetings: an agenda is due on a working day: not Koningsdag with -n 4" {
	run -0 isac-roster meetings -y 2027 -n 4 "$G"
	assert_line --index 2 "2027-05-18,2027-04-26,Drinkwater Zuid"
	refute_output --partial 2027-04-27
	for y in 2025 2026 2027 2028 2029; do for w in mon tue wed thu fri sat; do
		for a in 0 2 3 4; do for n in 4 8 12; do
			isac-roster meetings -y $y -w $w -n $n -a $a "$G" 2>/dev/null
		done; done
	done; done >"$BATS_TEST_TMPDIR/all.csv"
	[ "$(grep -vc ^date "$BATS_TEST_TMPDIR/all.csv")" -eq 2880 ]
	run -0 offdays <"$BATS_TEST_TMPDIR/all.csv"
	assert_output ""
}

@test "meetings: -w friday -n 8 has no agenda due on 1 January, but before Christmas" {
	run -0 isac-roster meetings -y 2027 -w friday -n 8 "$G"
	assert_line --index 1 "2027-01-22,2026-12-23,Waterschap Noord"
	refute_output --partial 2027-01-01
}

@test "meetings: -n 5 does not meet on Carnival Tuesday; --no-carnival allows it" {
	run -0 isac-roster meetings -y 2027 -n 5 "$G"
	assert_line --index 1 "2027-02-02,2027-01-12,Waterschap Noord"
	refute_output --partial 2027-02-09
	run -0 isac-roster meetings -y 2027 -n 5 --no-carnival "$G"
	assert_line --index 1 "2027-02-09,2027-01-19,Waterschap Noord"
	# Carnival Sunday to Tuesday: 2 to 4 March 2025 (Easter 20 April).
	run -0 isac-roster meetings -y 2025 -w sunday -n 5 "$G"
	refute_output --regexp "(^|$'\n')2025-03-0[234],"
	run -0 isac-roster meetings -y 2025 -w monday -n 5 "$G"
	refute_output --regexp "(^|$'\n')2025-03-0[234],"
}

@test "meetings: --avoid FILE: exact holidays instead of the default summer, Dutch dates, comments, CRLF" {
	A="$BATS_TEST_TMPDIR/avoid.txt"
	printf '\357\273\277# zomervakantie 2027, alle regio'"'"'s\r\n2027-07-10..2027-08-29\r\n\r\n  5-10-2027 .. 22-10-2027   # herfst\r\n2027-02-16\r\n' >"$A"
	run -0 isac-roster meetings -y 2027 --avoid "$A" "$G"
	assert_output 'date,agenda_due,host
2027-02-02,2027-01-12,Waterschap Noord
2027-03-30,2027-03-09,Drinkwater Zuid
2027-06-01,2027-05-11,"Hoogheemraadschap Oost, afdeling IV"
2027-07-06,2027-06-15,Havenbedrijf West
2027-09-28,2027-09-07,Waterschap Noord
2027-11-30,2027-11-09,Drinkwater Zuid'
	run -0 isac-roster meetings -y 2027 -w thursday -n 8 --avoid "$A" "$G"
	assert_line --index 7 "2027-10-28,2027-10-07,\"Hoogheemraadschap Oost, afdeling IV\""
	refute_line --regexp "^2027-(07-(1[0-9]|2[0-9]|3[01])|08-|10-(0[5-9]|1[0-9]|2[0-2])|02-16),"
	# Without the summer in the file, August is free.
	printf '2027-01-01\n' >"$A"
	run -0 isac-roster meetings -y 2027 --avoid "$A" "$G"
	assert_line --index 4 "2027-08-03,2027-07-13,Havenbedrijf West"
	run -0 isac-roster meetings -y 2027 -n 4 --avoid "$A" "$G"
	assert_line --index 2 "2027-05-18,2027-04-26,Drinkwater Zuid"
}

@test "meetings: --avoid: a line that is no date or range is an error with file and line" {
	A="$BATS_TEST_TMPDIR/avoid.txt"
	printf '2027-07-10..2027-08-22\njuli\n' >"$A"
	run -2 --separate-stderr isac-roster meetings -y 2027 --avoid "$A" "$G"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $A:2: 'juli' is not a date or a range of dates (use YYYY-MM-DD or DD-MM-YYYY, a range as FIRST..LAST)"
	printf '# x\n2027-08-22..2027-07-10\n' >"$A"
	run -2 --separate-stderr isac-roster meetings -y 2027 --avoid "$A" "$G"
	assert_equal "$stderr" "isac-roster: $A:2: the range '2027-08-22..2027-07-10' ends before it starts"
	run -2 --separate-stderr isac-roster meetings -y 2027 --avoid "$A.none" "$G"
	assert_equal "$stderr" "isac-roster: $A.none: No such file or directory"
	printf '2027-01-01..2027-12-31\n' >"$A"
	run -2 --separate-stderr isac-roster meetings -y 2027 --avoid "$A" "$G"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: meeting 1 of 6 in 2027: no free day left in the year"
}

@test "meetings: a part of the year that is all holiday takes the next free day, in order" {
	run -0 --separate-stderr isac-roster meetings -y 2027 -n 12 "$G"
	assert_line --index 7 '2027-07-13,2027-06-22,"Hoogheemraadschap Oost, afdeling IV"'
	assert_line --index 8 "2027-09-07,2027-08-17,Havenbedrijf West"
	assert_line --index 9 "2027-09-14,2027-08-24,Waterschap Noord"
	run -0 bash -c "isac-roster meetings -y 2027 -n 12 '$G' 2>/dev/null | cut -d, -f1 | sed 1d | sort -c -u"
	[ "${#lines[@]}" -eq 0 ]
}

# --- meetings --ics: updates (issue 19) ------------------------------------------

# ics_events FILE: each VEVENT as "UID SEQUENCE STATUS DTSTART DTSTAMP",
# read by python3-icalendar.
ics_events() {
	/usr/bin/python3 - "$1" <<'PY'
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print("METHOD", cal["METHOD"])
for e in cal.walk("VEVENT"):
    print(e["UID"], e["SEQUENCE"], e["STATUS"], e["DTSTART"].dt.isoformat(),
        e["DTSTAMP"].dt.strftime("%Y%m%dT%H%M%SZ"))
PY
}

@test "meetings --ics: a meeting that moves keeps its UID, its number in the year" {
	export SOURCE_DATE_EPOCH=1764000000
	isac-roster meetings -y 2027 -n 5 --ics "$G" >"$BATS_TEST_TMPDIR/a.ics"
	isac-roster meetings -y 2027 -n 5 --no-carnival --ics "$G" >"$BATS_TEST_TMPDIR/b.ics"
	run -0 ics_events "$BATS_TEST_TMPDIR/a.ics"
	assert_line --index 1 "isac-meeting-2027-1@isac 0 CONFIRMED 2027-02-02 20251124T160000Z"
	run -0 ics_events "$BATS_TEST_TMPDIR/b.ics"
	assert_line --index 1 "isac-meeting-2027-1@isac 0 CONFIRMED 2027-02-09 20251124T160000Z"
	[ "$(grep -c '^UID:isac-meeting-2027-[1-5]@isac' "$BATS_TEST_TMPDIR/b.ics")" -eq 5 ]
}

@test "meetings --ics --previous: SEQUENCE rises for a changed meeting, an unchanged one is kept, a removed one is cancelled" {
	P="$BATS_TEST_TMPDIR/sent.ics"
	SOURCE_DATE_EPOCH=1764000000 isac-roster meetings -y 2027 -n 6 --ics "$G" >"$P"
	# Carnival allowed moves no meeting of six: all kept, byte for byte.
	SOURCE_DATE_EPOCH=1765000000 run -0 isac-roster meetings -y 2027 -n 6 --no-carnival --ics --previous "$P" "$G"
	[ "$output" = "$(cat "$P")" ]
	# Five meetings: the first unchanged, the others moved, the sixth cancelled.
	SOURCE_DATE_EPOCH=1765000000 isac-roster meetings -y 2027 -n 5 --ics --previous "$P" "$G" >"$P.2" 2>/dev/null
	run -0 ics_events "$P.2"
	assert_output "METHOD PUBLISH
isac-meeting-2027-1@isac 0 CONFIRMED 2027-02-02 20251124T160000Z
isac-meeting-2027-2@isac 1 CONFIRMED 2027-04-20 20251206T054640Z
isac-meeting-2027-3@isac 1 CONFIRMED 2027-06-29 20251206T054640Z
isac-meeting-2027-4@isac 1 CONFIRMED 2027-09-14 20251206T054640Z
isac-meeting-2027-5@isac 1 CONFIRMED 2027-11-23 20251206T054640Z
isac-meeting-2027-6@isac 1 CANCELLED 2027-11-30 20251206T054640Z"
	# Sent again unchanged: the same file; the cancellation stays one.
	SOURCE_DATE_EPOCH=1766000000 run -0 isac-roster meetings -y 2027 -n 5 --ics --previous "$P.2" "$G"
	[ "$output" = "$(cat "$P.2")" ]
	# The sixth comes back: confirmed again, one higher.
	SOURCE_DATE_EPOCH=1766000000 isac-roster meetings -y 2027 -n 6 --ics --previous "$P.2" "$G" >"$P.3"
	run -0 ics_events "$P.3"
	assert_line --index 6 "isac-meeting-2027-6@isac 2 CONFIRMED 2027-11-30 20251217T193320Z"
}

@test "meetings --ics --previous: the dated UIDs of an older calendar are cancelled, other events left alone" {
	P="$BATS_TEST_TMPDIR/old.ics"
	printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:isac-meeting-2027-08-03@isac\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:20270803\r\nDTEND;VALUE=DATE:20270804\r\nSUMMARY:ISAC meeting (host: Havenbedrijf\r\n  West)\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:isac-meeting-2026-1@isac\r\nDTSTART;VALUE=DATE:20260203\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:birthday@example.nl\r\nDTSTART;VALUE=DATE:20270803\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$P"
	SOURCE_DATE_EPOCH=1764000000 isac-roster meetings -y 2027 --ics --previous "$P" "$G" >"$P.new"
	run -0 ics_events "$P.new"
	assert_line --index 7 "isac-meeting-2027-08-03@isac 1 CANCELLED 2027-08-03 20251124T160000Z"
	[ "${#lines[@]}" -eq 8 ]
	unfolded=$(tr -d '\r' <"$P.new" | sed ':a;N;$!ba;s/\n //g')
	[[ "$unfolded" == *"SUMMARY:ISAC meeting (host: Havenbedrijf West)"* ]]
}

@test "meetings --ics --previous: a calendar with no meeting of the year is warned about" {
	P="$BATS_TEST_TMPDIR/other.ics"
	SOURCE_DATE_EPOCH=1764000000 isac-roster meetings -y 2026 --ics "$G" >"$P"
	run -0 --separate-stderr isac-roster meetings -y 2027 --ics --previous "$P" "$G"
	assert_equal "$stderr" "isac-roster: warning: $P: no meeting of 2027 for 'ISAC' in it: nothing to update or cancel"
	refute_output --partial CANCELLED
}

@test "meetings --ics --previous: a file that is no calendar, or an event without a UID, is an error" {
	P="$BATS_TEST_TMPDIR/bad.ics"
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics --previous "$G" "$G"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $G:1: not an iCalendar file: it does not start with BEGIN:VCALENDAR"
	printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n' >"$P"
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics --previous "$P" "$G"
	assert_equal "$stderr" "isac-roster: $P:2: an event without a UID"
	printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSEQUENCE:two\nEND:VEVENT\nEND:VCALENDAR\n' >"$P"
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics --previous "$P" "$G"
	assert_equal "$stderr" "isac-roster: $P:4: SEQUENCE 'two' is not a whole number"
	printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n' >"$P"
	run -2 --separate-stderr isac-roster meetings -y 2027 --ics --previous "$P" "$G"
	assert_equal "$stderr" "isac-roster: $P:2: the event begun here has no END:VEVENT"
	run -2 --separate-stderr sh -c "isac-roster meetings -y 2027 --ics --previous - - <'$G'"
	assert_equal "${stderr_lines[0]}" "isac-roster: only one file can be the standard input"
}

@test "meetings --ics: DTSTAMP is SOURCE_DATE_EPOCH, never in the future, else now" {
	SOURCE_DATE_EPOCH=1700000000 run -0 isac-roster meetings -y 2027 --ics "$G"
	assert_line $'DTSTAMP:20231114T221320Z\r'
	before=$(date -u +%Y%m%dT%H%M%SZ)
	for v in 4102444800 ""; do
		SOURCE_DATE_EPOCH=$v run -0 isac-roster meetings -y 2027 --ics "$G"
		stamp=$(printf '%s\n' "$output" | sed -n 's/^DTSTAMP:\(.*\)\r$/\1/p' | sort -u)
		after=$(date -u +%Y%m%dT%H%M%SZ)
		[ "$(printf '%s\n' "$stamp" | wc -l)" -eq 1 ]
		[[ ! "$stamp" < "$before" && ! "$stamp" > "$after" ]]
	done
	run -0 isac-roster meetings -y 2027 --ics --dtstamp 2099-01-01 "$G"
	refute_output --partial DTSTAMP:2099
	SOURCE_DATE_EPOCH=1700000000 run -0 isac-roster meetings -y 2027 --ics --dtstamp 2023-01-02 "$G"
	assert_line $'DTSTAMP:20230102T000000Z\r'
	SOURCE_DATE_EPOCH=soon run -2 --separate-stderr isac-roster meetings -y 2027 --ics "$G"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: SOURCE_DATE_EPOCH: 'soon' is not a number of seconds since 1970-01-01"
}

@test "meetings --ics: --location sets the place of every meeting, escaped, read by the parser" {
	SOURCE_DATE_EPOCH=1764000000 isac-roster meetings -y 2027 --ics --location 'Gemaal De Blocq van Kuffeler, Almere; zaal 2' "$G" >"$BATS_TEST_TMPDIR/m.ics"
	run -0 grep -c '^LOCATION:Gemaal De Blocq van Kuffeler\\, Almere\\; zaal 2' "$BATS_TEST_TMPDIR/m.ics"
	assert_output 6
	run -0 /usr/bin/python3 -c '
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(set(str(e["LOCATION"]) for e in cal.walk("VEVENT")))' "$BATS_TEST_TMPDIR/m.ics"
	assert_output "{'Gemaal De Blocq van Kuffeler, Almere; zaal 2'}"
	run -0 isac-roster meetings -y 2027 --ics "$G"
	refute_output --partial LOCATION
}

# --- attendance --------------------------------------------------------------

@test "attendance: per organisation; a run of three absences is flagged, exit 1" {
	run -1 isac-roster attendance "$G" "$DATA/roster/attendance.csv"
	assert_output 'org,meetings,attended,rate,longest_absence,flagged,substitute_present
Waterschap Noord,5,5,100,0,no,1
Drinkwater Zuid,5,2,40,3,yes,1
"Hoogheemraadschap Oost, afdeling IV",5,3,60,2,no,0
Havenbedrijf West,5,4,80,1,no,1'
}

@test "attendance: --max-absent 3 flags no one, exit 0" {
	run -0 isac-roster attendance --max-absent 3 "$G" "$DATA/roster/attendance.csv"
	refute_output --partial ",yes,"
}

@test "attendance: -s counts how often each substitute came" {
	run -0 isac-roster attendance --substitutes "$G" "$DATA/roster/attendance.csv"
	assert_output 'org,name,meetings,attended,rate
Waterschap Noord,Bram Jansen,5,1,20
Drinkwater Zuid,Dirk Visser,5,1,20
"Hoogheemraadschap Oost, afdeling IV",Gert de Boer,5,0,0
Havenbedrijf West,Jan Hendriks,5,1,20'
}

@test "attendance: an organisation's meetings start when it joined" {
	cp "$G" "$R"
	echo "Zuiveringsbedrijf Midden,Karin Kok,k.kok@zbm.nl,member,primary,2026-05-01,2026-05-01,,," >>"$R"
	run -1 isac-roster attendance "$R" "$DATA/roster/attendance.csv"
	assert_line "Zuiveringsbedrijf Midden,3,0,0,3,yes,0"
}

@test "attendance: Dutch columns and ja/nee" {
	sed '1s/.*/datum,organisatie,naam,aanwezig/; s/,yes$/,ja/; s/,no$/,nee/' "$DATA/roster/attendance.csv" >"$BATS_TEST_TMPDIR/a.csv"
	run -1 isac-roster attendance "$G" "$BATS_TEST_TMPDIR/a.csv"
	assert_line "Drinkwater Zuid,5,2,40,3,yes,1"
}

@test "attendance: unknown organisation, unknown person, bad date or value are input errors" {
	A="$BATS_TEST_TMPDIR/a.csv"
	sed '3s/Drinkwater Zuid/Drinkwater Oost/' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $A:3: organisation 'Drinkwater Oost' is not in the roster"
	sed '3s/Dirk Visser/Dirk Vos/' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	assert_equal "$stderr" "isac-roster: $A:3: 'Dirk Vos' is not in the roster for 'Drinkwater Zuid'"
	sed '3s/2026-02-03/2026-02-31/' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	assert_equal "$stderr" "isac-roster: $A:3: bad date '2026-02-31' in column 'date' (use YYYY-MM-DD or DD-MM-YYYY)"
	sed '3s/yes$/perhaps/' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	assert_equal "$stderr" "isac-roster: $A:3: bad value 'perhaps' in column 'present': use yes or no"
	sed '1s/present/here/' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	[[ "$stderr" == "isac-roster: $A:1: no column 'present' (or 'aanwezig') in the header"* ]]
}

# --- admit ---------------------------------------------------------------------

@test "admit: unanimous yes admits, any no rejects, else pending with who is missing" {
	run -0 isac-roster admit "$G" "$DATA/roster/votes.csv"
	assert_output 'candidate,representative,decision,missing
Zuiveringsbedrijf Midden,Karin Vos,pending,Havenbedrijf West
Gemaal Centraal,Peter de Graaf,rejected,"Hoogheemraadschap Oost, afdeling IV; Havenbedrijf West"
Netbeheer Delta,Olga Dekker,admitted,'
}

@test "admit: Dutch columns; an empty vote is no vote" {
	V="$BATS_TEST_TMPDIR/v.csv"
	sed '1s/.*/kandidaat,voorgestelde vertegenwoordiger,organisatie,stem/; 9s/yes$//' "$DATA/roster/votes.csv" >"$V"
	run -0 isac-roster admit "$G" "$V"
	assert_line "Netbeheer Delta,Olga Dekker,pending,\"Hoogheemraadschap Oost, afdeling IV\""
}

@test "admit: a vote by a non-member or a second vote is an input error" {
	V="$BATS_TEST_TMPDIR/v.csv"
	cp "$DATA/roster/votes.csv" "$V"
	echo "Netbeheer Delta,,Drinkwater Zuid,no" >>"$V"
	run -2 --separate-stderr isac-roster admit "$G" "$V"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $V:11: 'Drinkwater Zuid' votes on 'Netbeheer Delta' again (first on line 8)"
	cp "$G" "$R"
	echo "Oud Lid BV,Piet Oud,piet@oudlid.nl,member,primary,2020-01-01,2020-01-01,2022-01-01,," >>"$R"
	echo "Netbeheer Delta,Oud Lid BV,no" >"$V.2"
	sed -i '1i candidate,org,vote' "$V.2"
	run -2 --separate-stderr isac-roster admit "$R" "$V.2"
	assert_equal "$stderr" "isac-roster: $V.2:2: 'Oud Lid BV' is not an active member organisation: only members vote"
}

# --- terms -------------------------------------------------------------------------

@test "terms: officers past the longest term are listed, exit 1" {
	run -1 isac-roster terms --date 2026-11-24 "$G"
	assert_output 'role,org,name,since,term_end
chair,Waterschap Noord,Anna de Vries,2024-01-10,2026-01-10
secretary,"Hoogheemraadschap Oost, afdeling IV",Eva Smit,2024-02-01,2026-02-01'
}

@test "terms: --max-years 3 and ISAC_TODAY; none past, exit 0" {
	ISAC_TODAY=2026-11-24 run -0 isac-roster terms --max-years 3 "$G"
	assert_output 'role,org,name,since,term_end'
	ISAC_TODAY=2027-01-10 run -1 isac-roster terms --max-years 3 "$G"
	assert_line --index 1 "chair,Waterschap Noord,Anna de Vries,2024-01-10,2027-01-10"
}

@test "terms: an officer without 'since' is warned about" {
	edit '4s/2025-03-01$//'
	run -0 --separate-stderr isac-roster terms --date 2026-01-01 "$R"
	assert_equal "$stderr" "isac-roster: warning: $R:4: no 'since' for the vice-chair: the term cannot be checked"
}

# --- evidence ------------------------------------------------------------------------

@test "evidence: signed guidelines and the three roles prove WM.1.1 and WM.1.5" {
	run -0 isac-roster evidence "$G"
	assert_output 'id,answer,note
WM.1.1,yes,"roster: all 9 active members signed the membership guidelines, none after joining"
WM.1.5,yes,"roster: one active chair, vice-chair and secretary"'
}

@test "evidence: an unsigned member makes WM.1.1 no; a missing role WM.1.5 no" {
	edit '5s/2024-01-12,2024-01-12/,2024-01-12/; 6s/,secretary,/,member,/; 7s/,member,/,chair,/'
	run -0 isac-roster evidence "$R"
	assert_output 'id,answer,note
WM.1.1,no,roster: 1 of 9 active members have not signed the membership guidelines
WM.1.5,no,"roster: more than one chair, no secretary"'
}

@test "evidence: signing after joining makes WM.1.1 partial" {
	edit '11s/2025-06-01,2025-07-01/2025-08-01,2025-07-01/'
	run -0 isac-roster evidence "$R"
	assert_line --index 1 'WM.1.1,partial,"roster: all 9 active members signed the membership guidelines, 1 of them after joining"'
}

@test "evidence: piped into isac-score, as in EXAMPLES" {
	run -0 bash -c "isac-roster evidence '$G' | isac-score -q | grep '^WM'"
	assert_output "WM,0,2,6,0,5,0,3,12"
}

@test "roster: the EXAMPLES of the man page: a secretary who left, and admit" {
	edit '6s/,,,2024-02-01$/,2026-06-30,,2024-02-01/'
	run -1 isac-roster check "$R"
	assert_output --partial "error,secretary,,,no active secretary"
	run -0 isac-roster admit "$G" "$DATA/roster/votes.csv"
	assert_line --index 1 "Zuiveringsbedrijf Midden,Karin Vos,pending,Havenbedrijf West"
}

@test "roster: the EXAMPLES pre-commit hook passes a good roster and stops a bad one" {
	hook='isac-roster check roster.csv >/dev/null || { isac-roster check roster.csv; exit 1; }'
	cd "$BATS_TEST_TMPDIR"
	cp "$G" roster.csv
	run -0 sh -c "$hook"
	assert_output ""
	sed -i '6s/,secretary,/,member,/' roster.csv
	run -1 sh -c "$hook"
	assert_output "$HDR
error,secretary,,,no active secretary"
}

@test "roster: the EXAMPLES calendar command writes a calendar; the roster may come from stdin" {
	run -0 bash -c "isac-roster meetings -y 2027 -w thursday --ics --time 14:00 --name Water-ISAC - <'$G'"
	assert_line $'UID:isac-meeting-2027-1@water-isac\r'
	assert_line $'DTSTART;TZID=Europe/Amsterdam:20270128T140000\r'
	assert_line $'DTEND;TZID=Europe/Amsterdam:20270128T170000\r'
	assert_line $'TZID:Europe/Amsterdam\r'
	assert_line $'SUMMARY:Water-ISAC meeting (host: Waterschap Noord)\r'
}
