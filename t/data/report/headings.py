#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# headings.py < PAGE.html: the page's headings in order, "h1 Title", one a
# line, then "jump" for each heading more than one level below the one
# before it (an h1 followed by an h3).
import re
import sys

doc = sys.stdin.read()
prev = 0
for m in re.finditer(r"<h([1-6])[^>]*>(.*?)</h\1>", doc, re.S):
    lv = int(m.group(1))
    text = re.sub(r"<[^>]+>", "", m.group(2))
    print("h%d %s" % (lv, text))
    if lv > prev + 1:
        print("jump")
    prev = lv
