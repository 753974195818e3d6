# SPDX-License-Identifier: EUPL-1.2
# isac-roster at its seams (issue 18): no text cut, names compared in any
# case and Unicode spelling, the header checked before the rows, one line
# per member, and TLP labels that travel into every table.
load test_helper

setup() {
	G="$DATA/roster/good.csv"
	L="$DATA/roster/labelled.csv"
	R="$BATS_TEST_TMPDIR/roster.csv"
	A="$BATS_TEST_TMPDIR/attendance.csv"
	V="$BATS_TEST_TMPDIR/votes.csv"
	HDR="severity,rule,org,name,message"
}

# edit SEDSCRIPT: the good roster changed by sed into $R.
edit() {
	sed "$1" "$G" >"$R"
}

# ledit SEDSCRIPT: the labelled roster (tlp in its third column: Anna
# clear, Bram amber, Chantal green, Dirk red, Ingrid green) into $R.
ledit() {
	sed "$1" "$L" >"$R"
}

# py: python3 with the distribution's modules (icalendar).
py() {
	/usr/bin/python3 "$@"
}

# --- nothing cut ------------------------------------------------------------

@test "mailing-list: a member with a 2100-byte name is on every list, the name whole" {
	long=$(py -c 'print("Ånna-" * 350)')
	[ "$(printf %s "$long" | wc -c)" -eq 2100 ]
	edit "2s/Anna de Vries/$long/"
	for f in plain mailman sympa; do
		run -0 isac-roster mailing-list -f $f "$R"
		[ "${#lines[@]}" -eq 9 ]
	done
	run -0 isac-roster mailing-list -f mailman "$R"
	assert_line --index 0 "$long <anna.devries@wsnoord.nl>"
	run -0 isac-roster mailing-list -f sympa "$R"
	assert_line --index 0 "anna.devries@wsnoord.nl $long"
	run -0 isac-roster mailing-list -f csv "$R"
	assert_line --index 1 "$long,anna.devries@wsnoord.nl"
}

@test "meetings --ics: a 3000-byte ISAC name is folded, not cut, and stays UTF-8" {
	name=$(py -c 'print("é" * 1500)')
	isac-roster meetings -y 2027 --ics --name "$name" "$G" >"$BATS_TEST_TMPDIR/m.ics"
	run -0 iconv -f UTF-8 -t UTF-8 "$BATS_TEST_TMPDIR/m.ics"
	run -0 py - "$BATS_TEST_TMPDIR/m.ics" "$name" <<'PY'
import icalendar, sys
raw = open(sys.argv[1], "rb").read()
print(max(len(l) for l in raw.split(b"\r\n")) <= 75)
ev = icalendar.Calendar.from_ical(raw).walk("VEVENT")
print(len(ev), all(str(e["SUMMARY"]).startswith(sys.argv[2] + " meeting (host: ")
    for e in ev))
summary = str(ev[0]["SUMMARY"])
print(len(summary.encode()), summary.endswith("é meeting (host: Waterschap Noord)"))
PY
	assert_output "True
6 True
3033 True"
}

@test "check: a finding quotes a bad date whole and lists every mail domain, however long" {
	bad="signed on paper in 2024 - the scanned copy is kept by the secretary"
	edit "5s/2024-01-12,2024-01-12/$bad,2024-01-12/;
	    4s/@dwzuid.nl/@a-long-subdomain-of-the-southern-drinking-water-company.dwzuid.nl/;
	    5s/@dwzuid.nl/@another-rather-long-domain-for-the-southern-drinking-water.example.nl/"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,bad-date,Drinkwater Zuid,Dirk Visser,line 5: bad date '$bad' in column 'signed' (use YYYY-MM-DD or DD-MM-YYYY)
warning,mixed-domains,Drinkwater Zuid,,\"people on 2 mail domains: a-long-subdomain-of-the-southern-drinking-water-company.dwzuid.nl, another-rather-long-domain-for-the-southern-drinking-water.example.nl\""
}

@test "admit: the organisations yet to vote are listed whole, past 4 KB" {
	long=$(py -c 'print(" ".join(["Gemeentelijk Waterbedrijf Ålandseilanden"] * 40))')
	{
		echo "org,name,email,role,rep,signed,joined,left"
		for i in 1 2 3 4; do
			echo "$long $i,P$i,p$i@org$i.nl,member,primary,2024-01-01,2024-01-01,"
		done
	} >"$R"
	printf 'candidate,representative,org,vote\nNetbeheer Delta,Olga Dekker,%s 1,yes\n' "$long" >"$V"
	run -0 isac-roster admit "$R" "$V"
	assert_output "candidate,representative,decision,missing
Netbeheer Delta,Olga Dekker,pending,$long 2; $long 3; $long 4"
	[ "${#lines[1]}" -gt 4096 ]
}

# --- names in any case and spelling ------------------------------------------

@test "roster: 'waterschap één' and 'Waterschap Één' are one organisation" {
	edit '4s/^Drinkwater Zuid/waterschap één/; 5s/^Drinkwater Zuid/Waterschap Één/'
	run -0 isac-roster check "$R"
	assert_output "$HDR"
	run -0 isac-roster meetings -y 2027 "$R"
	assert_line --index 2 "2027-03-30,2027-03-09,waterschap één"
	sed 's/Drinkwater Zuid/WATERSCHAP ÉÉN/' "$DATA/roster/attendance.csv" >"$A"
	run -1 isac-roster attendance "$R" "$A"
	assert_line "waterschap één,5,2,40,3,yes,1"
}

@test "roster: the NFC and NFD spellings of a name are one organisation, and one person" {
	nfc=$(printf 'Waterschap \303\211\303\251n')
	nfd=$(printf 'waterschap E\314\201e\314\201n')
	edit "4s/^Drinkwater Zuid/$nfc/; 5s/^Drinkwater Zuid/$nfd/"
	run -0 isac-roster check "$R"
	assert_output "$HDR"
	sed "s/Drinkwater Zuid/$nfd/" "$DATA/roster/votes.csv" >"$V"
	run -0 isac-roster admit "$R" "$V"
	assert_line --index 1 "Zuiveringsbedrijf Midden,Karin Vos,pending,Havenbedrijf West"
	sed "s/Dirk Visser/dirk visser/; s/Drinkwater Zuid/$nfd/" "$DATA/roster/attendance.csv" >"$A"
	run -0 isac-roster attendance --substitutes "$R" "$A"
	assert_line "$nfd,Dirk Visser,5,1,20"
	edit "6s/Eva Smit/$(printf '\303\211va Smit')/; 7s/Frank Mulder/$(printf 'e\314\201VA SMIT')/"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,duplicate-person,\"Hoogheemraadschap Oost, afdeling IV\",$(printf 'e\314\201VA SMIT'),line 7: the person of line 6 again"
}

@test "roster: addresses are the same in any case, accented ones too" {
	edit "4s/c.bakker@dwzuid.nl/$(printf 'chantal.\303\251@dwzuid.nl')/; 5s/d.visser@dwzuid.nl/$(printf 'CHANTAL.E\314\201@DWZUID.NL')/"
	run -1 isac-roster check "$R"
	assert_output "$HDR
error,duplicate-email,Drinkwater Zuid,Dirk Visser,line 5: the address of line 4 again"
	run -0 isac-roster mailing-list "$R"
	[ "${#lines[@]}" -eq 8 ]
}

# --- the header before the rows ----------------------------------------------

@test "check: an endless input without an 'org' column is refused at its header" {
	run -2 --separate-stderr timeout 10 sh -c 'yes | isac-roster check -'
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: <stdin>:1: no column 'org' (or 'organisatie') in the header; found 'y' with delimiter ','"
	run -2 --separate-stderr timeout 10 sh -c "yes | isac-roster attendance '$G' -"
	[ -z "$output" ]
	[[ "$stderr" == "isac-roster: <stdin>:1: no column 'date' (or 'datum') in the header; found 'y'"* ]]
	run -2 --separate-stderr timeout 10 sh -c "yes | isac-roster admit '$G' -"
	[[ "$stderr" == "isac-roster: <stdin>:1: no column 'candidate' (or 'kandidaat') in the header; found 'y'"* ]]
}

# --- one member, one line ----------------------------------------------------

@test "mailing-list: NEL, U+2028, U+2029 and C1 controls in a name become spaces, one line a member" {
	name=$(printf 'Anna\302\205de\342\200\250Vries\342\200\251x\302\233y')
	edit "2s/Anna de Vries/$name/"
	run -0 isac-roster mailing-list -f mailman "$R"
	assert_line --index 0 "Anna de Vries x y <anna.devries@wsnoord.nl>"
	run -0 isac-roster mailing-list -f sympa "$R"
	assert_line --index 0 "anna.devries@wsnoord.nl Anna de Vries x y"
	for f in mailman sympa; do
		isac-roster mailing-list -f $f "$R" >"$BATS_TEST_TMPDIR/list"
		run -0 py -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read().splitlines()))' "$BATS_TEST_TMPDIR/list"
		assert_output 9
	done
}

@test "check: an address with a line separator or a C1 control is not an address" {
	for c in '\342\200\250' '\302\205'; do
		edit "5s/d.visser@/d.$(printf "$c")visser@/"
		run -1 isac-roster check "$R"
		assert_output "$HDR
error,bad-email,Drinkwater Zuid,Dirk Visser,line 5: a space or other character not allowed in an address"
	done
}

@test "meetings --ics: a line separator in a host's name is a space in the calendar" {
	edit "2,3s/^Waterschap Noord/$(printf 'Waterschap\342\200\250Noord\302\205!')/"
	isac-roster meetings -y 2027 --ics "$R" >"$BATS_TEST_TMPDIR/m.ics"
	run -0 py - "$BATS_TEST_TMPDIR/m.ics" <<'PY'
import icalendar, sys
ev = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")
print(ev[0]["SUMMARY"])
print(str(ev[0]["DESCRIPTION"]).replace("\n", "|"))
PY
	assert_output "ISAC meeting (host: Waterschap Noord !)
Agenda to the participants by 2027-01-12.|Host: Waterschap Noord !"
}

# --- TLP labels --------------------------------------------------------------

@test "check: a finding about a member carries its row's label; tlp may be any column" {
	run -0 isac-roster check "$L"
	assert_output "$HDR,tlp"
	ledit '5s/2024-01-12,2024-01-12/,2024-01-12/'
	run -1 isac-roster check "$R"
	assert_output "$HDR,tlp
error,signed,Drinkwater Zuid,Dirk Visser,line 5: has not signed the membership guidelines,TLP:RED"
	ledit '6s/eva.smit@hhoost.nl/C.Bakker@dwzuid.nl/'
	run -1 isac-roster check "$R"
	assert_line "error,duplicate-email,\"Hoogheemraadschap Oost, afdeling IV\",Eva Smit,line 6: the address of line 4 again,TLP:GREEN"
}

@test "check: an organisation's finding carries the strictest label of its rows, the group's that of the active rows" {
	ledit '3s/,substitute,/,,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR,tlp
warning,substitute,Waterschap Noord,,no standard substitute,TLP:AMBER"
	ledit '2s/,chair,/,member,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR,tlp
error,chair,,,no active chair,TLP:RED"
	ledit '2s/,chair,/,member,/; 5s/,Red,/,green,/; 9s/Henk Bos,,/Henk Bos,red,/'
	run -1 isac-roster check "$R"
	assert_output "$HDR,tlp
error,chair,,,no active chair,TLP:AMBER"
	run -1 isac-roster check --warn-orgs 3 "$R"
	assert_line "warning,size,,,4 active organisations: more than 3,TLP:AMBER"
}

@test "check | isac-render --tlp clear leaves out the finding about a red member" {
	ledit '2s/2024-01-10,2024-01-10,,/,2024-01-10,,/; 5s/2024-01-12,2024-01-12/,2024-01-12/'
	run -0 --separate-stderr sh -c "isac-roster check '$R' | isac-render -f md --tlp clear"
	assert_output --partial "Anna de Vries"
	refute_output --partial "Dirk Visser"
	assert_equal "$stderr" "isac-render: warning: <stdin>: 1 row labelled stricter than TLP:CLEAR left out"
	run -0 sh -c "isac-roster check '$R' | isac-render -f md"
	assert_line --index 0 "**TLP:RED**"
	assert_output --partial "Dirk Visser"
}

@test "roster: an unknown TLP label is an error with file and line, in every table" {
	ledit '5s/,Red,/,secret,/'
	for c in check mailing-list evidence; do
		run -2 --separate-stderr isac-roster $c "$R"
		[ -z "$output" ]
		assert_equal "$stderr" "isac-roster: $R:5: unknown TLP label 'secret': use clear, green, amber, amber+strict or red"
	done
	ledit '5s/,Red,/,white,/'
	run -2 --separate-stderr isac-roster check "$R"
	assert_equal "$stderr" "isac-roster: $R:5: TLP label 'white': TLP 2.0 renamed WHITE to CLEAR"
	awk 'NR == 1 { print $0 ",tlp"; next } NR == 3 { print $0 ",purple"; next }
	    { print $0 "," }' "$DATA/roster/attendance.csv" >"$A"
	run -2 --separate-stderr isac-roster attendance "$G" "$A"
	[ -z "$output" ]
	assert_equal "$stderr" "isac-roster: $A:3: unknown TLP label 'purple': use clear, green, amber, amber+strict or red"
	awk 'NR == 1 { print $0 ",tlp"; next } NR == 3 { print $0 ",purple"; next }
	    { print $0 "," }' "$DATA/roster/votes.csv" >"$V"
	run -2 --separate-stderr isac-roster admit "$G" "$V"
	assert_equal "$stderr" "isac-roster: $V:3: unknown TLP label 'purple': use clear, green, amber, amber+strict or red"
}

@test "mailing-list -f csv carries each member's label, an address twice the stricter; other formats none" {
	cp "$L" "$R"
	echo "Waterschap Noord,A. de Vries,red,ANNA.DEVRIES@wsnoord.nl,member,,2024-01-10,2024-01-10,,," >>"$R"
	run -0 isac-roster mailing-list -f csv "$R"
	assert_output "name,email,tlp
Anna de Vries,anna.devries@wsnoord.nl,TLP:RED
Bram Jansen,bram.jansen@wsnoord.nl,TLP:AMBER
Chantal Bakker,c.bakker@dwzuid.nl,TLP:GREEN
Dirk Visser,d.visser@dwzuid.nl,TLP:RED
Eva Smit,eva.smit@hhoost.nl,
Frank Mulder,frank.mulder@hhoost.nl,
Gert de Boer,g.deboer@hhoost.nl,
Ingrid Peters,ingrid.peters@havenwest.nl,TLP:GREEN
Jan Hendriks,jan.hendriks@havenwest.nl,"
	run -0 isac-roster mailing-list -f sympa "$R"
	assert_line --index 0 "anna.devries@wsnoord.nl Anna de Vries"
	[ "${#lines[@]}" -eq 9 ]
	refute_output --partial TLP
}

@test "roster: a tlp column with no label in it still gives every table a tlp column" {
	sed '1s/$/,tlp/; 2,$s/$/,/' "$G" >"$R"
	run -0 isac-roster mailing-list -f csv "$R"
	assert_line --index 0 "name,email,tlp"
	assert_line --index 1 "Anna de Vries,anna.devries@wsnoord.nl,"
	run -0 isac-roster evidence "$R"
	assert_line --index 0 "id,answer,note,tlp"
	assert_line --index 2 'WM.1.5,yes,"roster: one active chair, vice-chair and secretary",'
}

@test "meetings carry the host's label, terms the officer's, evidence the strictest active row's" {
	run -0 isac-roster meetings -y 2027 -n 4 "$L"
	assert_output 'date,agenda_due,host,tlp
2027-02-16,2027-01-26,Waterschap Noord,TLP:AMBER
2027-05-18,2027-04-26,Drinkwater Zuid,TLP:RED
2027-09-07,2027-08-17,"Hoogheemraadschap Oost, afdeling IV",
2027-11-16,2027-10-26,Havenbedrijf West,TLP:GREEN'
	run -1 isac-roster terms --date 2026-11-24 "$L"
	assert_output 'role,org,name,since,term_end,tlp
chair,Waterschap Noord,Anna de Vries,2024-01-10,2026-01-10,TLP:CLEAR
secretary,"Hoogheemraadschap Oost, afdeling IV",Eva Smit,2024-02-01,2026-02-01,'
	run -0 isac-roster evidence "$L"
	assert_output 'id,answer,note,tlp
WM.1.1,yes,"roster: all 9 active members signed the membership guidelines, none after joining",TLP:RED
WM.1.5,yes,"roster: one active chair, vice-chair and secretary",TLP:RED'
}

@test "attendance carries the strictest label of the roster rows and the attendance rows it was made from" {
	awk -F, 'NR == 1 { print $0 ",tlp"; next }
	    NR == 4 { print $0 ",amber+strict"; next }
	    NR == 19 { print $0 ",amber"; next } { print $0 "," }' \
	    "$DATA/roster/attendance.csv" >"$A"
	run -1 isac-roster attendance "$L" "$A"
	assert_output 'org,meetings,attended,rate,longest_absence,flagged,substitute_present,tlp
Waterschap Noord,5,5,100,0,no,1,TLP:AMBER
Drinkwater Zuid,5,2,40,3,yes,1,TLP:RED
"Hoogheemraadschap Oost, afdeling IV",5,3,60,2,no,0,TLP:AMBER+STRICT
Havenbedrijf West,5,4,80,1,no,1,TLP:AMBER'
	run -0 isac-roster attendance --substitutes "$L" "$A"
	assert_output 'org,name,meetings,attended,rate,tlp
Waterschap Noord,Bram Jansen,5,1,20,TLP:AMBER
Drinkwater Zuid,Dirk Visser,5,1,20,TLP:RED
"Hoogheemraadschap Oost, afdeling IV",Gert de Boer,5,0,0,
Havenbedrijf West,Jan Hendriks,5,1,20,TLP:AMBER'
	run -1 isac-roster attendance "$G" "$A"
	assert_line --index 1 "Waterschap Noord,5,5,100,0,no,1,"
	assert_line --index 3 '"Hoogheemraadschap Oost, afdeling IV",5,3,60,2,no,0,TLP:AMBER+STRICT'
}

@test "admit carries the strictest label of the candidate's votes and of the organisations yet to vote" {
	awk -F, 'NR == 1 { print $0 ",tlp"; next } NR == 8 { print $0 ",red"; next }
	    { print $0 "," }' "$DATA/roster/votes.csv" >"$V"
	run -0 isac-roster admit "$L" "$V"
	assert_output 'candidate,representative,decision,missing,tlp
Zuiveringsbedrijf Midden,Karin Vos,pending,Havenbedrijf West,TLP:GREEN
Gemaal Centraal,Peter de Graaf,rejected,"Hoogheemraadschap Oost, afdeling IV; Havenbedrijf West",TLP:GREEN
Netbeheer Delta,Olga Dekker,admitted,,TLP:RED'
	run -0 isac-roster admit "$L" "$DATA/roster/votes.csv"
	assert_line --index 3 "Netbeheer Delta,Olga Dekker,admitted,,"
}
