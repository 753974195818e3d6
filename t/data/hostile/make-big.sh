#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# make-big.sh DIR: writes the hostile files too big to keep in git into
# DIR (t/hostile.bats passes its temporary directory).
set -eu
dir=$1
mkdir -p "$dir"
cd "$dir"

# xs N: N bytes of 'x'
xs() {
	head -c "$1" /dev/zero | tr '\0' x
}

# A 100 MB field: the reader stops at 1 MiB.
{ printf 'id,answer,note\nSAP.1.1,yes,'; xs 100000000; printf '\n'; } \
    >field-100mb.csv

# A header of 100,000 columns: the reader stops at 4096.
awk 'BEGIN { for (i = 1; i < 100000; i++) printf "c%d,", i; print "id" }' \
    >columns-100k.csv

# A million empty lines, and the same before one answer.
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "" }' >empty-lines.csv
{ printf 'id,answer\n'; cat empty-lines.csv; printf 'SAP.1.1,maybe\n'; } \
    >empty-lines-then-row.csv

# 10 MB of good answers, then a quote never closed: one error, no output.
awk 'BEGIN {
	print "period,respondent,id,answer,note"
	for (i = 0; i < 250000; i++)
		printf "p%d,org-%03d,SAP.1.1,yes,\"a note, quoted\"\n",
		    i / 1000, i % 1000
	print "p0,org-x,SAP.1.2,no,\"open"
}' >unbalanced-quote-10mb.csv

# 2,000 periods, each a column of votes.
awk 'BEGIN {
	print "period,id,answer"
	for (i = 0; i < 2000; i++)
		printf "p%d,SAP.1.1,yes\n", i
}' >periods-2000.csv
