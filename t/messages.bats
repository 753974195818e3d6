# SPDX-License-Identifier: EUPL-1.2
# Messages, usage and help in the locale's language (GNU gettext): Dutch
# with nl_NL.UTF-8, English otherwise; -l chooses the data's language.
load test_helper

PROGS="isac-score isac-gap isac-plan isac-roster isac-render"

setup() {
	locale -a | grep -qix 'nl_NL\.utf-\{0,1\}8' ||
		fail "no nl_NL.UTF-8 locale: sh .ci/deps --install"
	T="$BATS_TEST_TMPDIR"
}

@test "messages: LANG=nl_NL.UTF-8 isac-score --help is Dutch" {
	LANG=nl_NL.UTF-8 run -0 isac-score --help
	assert_line --index 0 --regexp '^gebruik: isac-score '
	assert_output --partial 'deze hulp'
	refute_output --partial 'usage:'
	refute_output --partial 'this help'
}

@test "messages: every program's help and usage are Dutch in a Dutch locale, English in C" {
	for p in $PROGS; do
		LANG=nl_NL.UTF-8 run -0 "$p" --help
		assert_line --index 0 --regexp "^gebruik: $p "
		LANG=C run -0 "$p" --help
		assert_line --index 0 --regexp "^usage: $p "
		LANG=nl_NL.UTF-8 run -2 "$p" --no-such-option
		assert_output --partial "gebruik: $p "
	done
}

@test "messages: LANGUAGE, LC_ALL and LC_MESSAGES choose as gettext does" {
	LANG=C LC_MESSAGES=nl_NL.UTF-8 run -0 isac-gap --help
	assert_line --index 0 --regexp '^gebruik: '
	LANG=nl_NL.UTF-8 LC_ALL=C run -0 isac-gap --help
	assert_line --index 0 --regexp '^usage: '
	# LANGUAGE is a list of languages to try, in a locale that is not C.
	LANG=nl_NL.UTF-8 LANGUAGE=en run -0 isac-gap --help
	assert_line --index 0 --regexp '^usage: '
	LANG=nl_NL.UTF-8 LANGUAGE=fr:nl run -0 isac-gap --help
	assert_line --index 0 --regexp '^gebruik: '
}

@test "messages: a Dutch error keeps the program, file and line, with input bytes escaped" {
	printf 'id,answer\nSAP.1.1,\033[31mmisschien\n' > "$T/a.csv"
	LANG=nl_NL.UTF-8 run -2 --separate-stderr isac-score "$T/a.csv"
	[ -z "$output" ]
	[ "$stderr" = "isac-score: $T/a.csv:2: onbekend antwoord '\\033[31mmisschien' voor SAP.1.1" ]
	LANG=C run -2 --separate-stderr isac-score "$T/a.csv"
	[ "$stderr" = "isac-score: $T/a.csv:2: unknown answer '\\033[31mmisschien' for SAP.1.1" ]
}

@test "messages: a Dutch usage error says why in Dutch, and keeps the option's values" {
	LANG=nl_NL.UTF-8 run -2 --separate-stderr isac-score -c foo
	assert_equal "${stderr_lines[0]}" "isac-score: onbekende consensusregel 'foo': gebruik majority, all of any"
}

@test "messages: a Dutch warning is marked waarschuwing" {
	printf 'id,answer\nSAP.1.1,yes\n' > "$T/a.csv"
	LANG=nl_NL.UTF-8 run -0 --separate-stderr isac-score "$T/a.csv"
	assert_equal "${stderr_lines[0]%%: *}" isac-score
	[[ "$stderr" == *"isac-score: waarschuwing: "* ]]
	[[ "$stderr" != *"warning:"* ]]
}

@test "messages: -l chooses the data's language, the locale the messages'" {
	LANG=nl_NL.UTF-8 run -0 isac-score -l en -T
	assert_line --index 1 --partial 'Has an information exchange objective'
	LANG=C run -0 isac-score -l nl -T
	assert_line --index 1 --partial 'Is er een gemeenschappelijk'
	LANG=C run -2 --separate-stderr isac-score -l nl -c foo
	[[ "$stderr" == *"unknown consensus rule"* ]]
}

@test "messages: the Dutch help fits in 80 columns" {
	for p in $PROGS; do
		LANG=nl_NL.UTF-8 "$p" --help > "$T/help"
		run -0 /usr/bin/python3 -c '
import sys
for n, l in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if len(l.rstrip("\n")) > 80:
        print("%s:%d: %d columns" % (sys.argv[2], n, len(l) - 1))' "$T/help" "$p"
		assert_output ''
	done
}

@test "messages: the Dutch catalogue translates every message in the sources" {
	make -s -C "$TOP" pot POT="$T/isac.pot" >/dev/null
	run -0 msgcmp "$TOP/po/nl.po" "$T/isac.pot"
	run -0 msgfmt --check --statistics -o /dev/null "$TOP/po/nl.po"
	refute_output --partial 'untranslated'
	refute_output --partial 'fuzzy'
}

@test "messages: the Dutch catalogue is in UTF-8 and keeps every format" {
	run -0 grep -c '^"Content-Type: text/plain; charset=UTF-8\\n"$' "$TOP/po/nl.po"
	run -0 msgfmt --check-format -o /dev/null "$TOP/po/nl.po"
}

@test "messages: an installed tree speaks Dutch from its own share/locale" {
	make -s -C "$TOP" B="${ISAC_BUILD##*/}" install DESTDIR="$T/d" PREFIX=/usr >/dev/null
	[ -f "$T/d/usr/share/locale/nl/LC_MESSAGES/isac.mo" ]
	LANG=nl_NL.UTF-8 run -0 "$T/d/usr/bin/isac-roster" --help
	assert_line --index 0 --regexp '^gebruik: isac-roster '
}
