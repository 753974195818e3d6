#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# t/valgrind.sh: every program over the fixtures under valgrind (make
# valgrind).  Fails on any memory error and on any leak (definite,
# indirect or possible); what is still reachable at exit() is no leak.
# B names the build directory (default build).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
B=${B:-build}
PATH=$top/$B:$PATH
ISAC_DATADIR=$top/share/isac
ISAC_TODAY=2026-11-23
export PATH ISAC_DATADIR ISAC_TODAY
ex=$top/share/isac/examples
d=$top/t/data
h=$d/hostile
log=$(mktemp)
trap 'rm -f "$log"' EXIT
runs=0
bad=0

vg() {
	runs=$((runs + 1))
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect,possible \
	    "$@" >/dev/null 2>"$log" </dev/null
	if [ $? -eq 99 ]; then
		bad=$((bad + 1))
		echo "valgrind: $*"
		grep '^==' "$log" | head -20
	fi
}

for f in "$ex/answers-2026.csv" "$ex/answers-history.csv" \
    "$ex/antwoorden-excel.csv" "$h/nul-in-field.csv" \
    "$h/unbalanced-quote.csv" "$h/answered-twice.csv" "$h/empty.csv"; do
	vg isac-score "$f"
	vg isac-score -D "$f"
	vg isac-score -x -l nl "$f"
	vg isac-gap -L 2 "$f"
	vg isac-gap -g "$ex/targets.csv" "$f"
	vg isac-gap -C "$f"
done
vg isac-score -T -p "$ex/answers-2026.csv"
vg isac-score -m "$d/model-small.csv" "$ex/answers-2026.csv"
vg isac-plan -q "$d/render/gap.csv"
vg isac-plan -q -r "$ex/register.csv" -o "$ex/roster.csv" \
    -s 2026-01-05 "$d/render/gap.csv"
vg isac-plan -T start
vg isac-plan -q "$h/plan-bad-status.csv"
for r in "$ex/roster.csv" "$d/roster/good.csv" "$h/date-feb-30.csv" \
    "$h/dotdot-names.csv"; do
	vg isac-roster check "$r"
	vg isac-roster mailing-list "$r"
	vg isac-roster meetings -y 2026 --ics "$r"
	vg isac-roster terms "$r"
	vg isac-roster evidence "$r"
done
vg isac-roster attendance "$ex/roster.csv" "$ex/attendance.csv"
vg isac-roster admit "$ex/roster.csv" "$ex/votes.csv"
for f in "$d"/render/*.csv "$h/terminal-escapes.csv" "$h/binary-garbage.bin"; do
	for fmt in text csv md html svg json; do
		vg isac-render -f $fmt "$f"
	done
done
echo "valgrind: $runs runs, $bad with errors or leaks"
[ "$bad" -eq 0 ]
