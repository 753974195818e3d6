# SPDX-License-Identifier: EUPL-1.2
# words.py FORMAT [-d CSV]... WORD... < document: prints each of the
# WORDs (whole words, any case) that the document shows, with the text
# around it, and exits 1 if there is one.  FORMAT is html (its text and
# the text of title and aria-label attributes, its style left out; read
# with html5lib, run by /usr/bin/python3) or text (text, Markdown).
# TLP labels are left out: they are not translated; and so are the
# notes of each CSV named with -d (its columns note, notes, toelichting):
# data a person wrote, not the toolkit's words.
import csv
import re
import sys

import html5lib


def visible(e, out):
    """The text people see of element e, and what its attributes say."""
    tag = e.tag.split("}")[-1] if isinstance(e.tag, str) else ""
    if tag in ("style", "script"):
        out.append(e.tail or "")
        return
    for a in ("title", "aria-label", "alt"):
        if e.get(a):
            out.append(" " + e.get(a) + " ")
    out.append(e.text or "")
    for c in e:
        visible(c, out)
    out.append(" ")
    out.append(e.tail or "")


def notes(path):
    """The notes of the CSV file at path, longest first."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    cols = [i for i, h in enumerate(rows[0])
            if h.strip().lower() in ("note", "notes", "toelichting")]
    return sorted({r[i] for r in rows[1:] for i in cols if r[i].strip()},
                  key=len, reverse=True)


args, skip = sys.argv[2:], []
while args[:1] == ["-d"]:
    skip += notes(args[1])
    args = args[2:]
fmt, words = sys.argv[1], {w.lower() for w in args}
data = sys.stdin.buffer.read().decode("utf-8")
if fmt == "html":
    out = []
    doc = html5lib.parse(data, namespaceHTMLElements=False)
    for e in doc.iter():
        if e.tag in ("title",):
            out.append(" " + (e.text or "") + " ")
    visible(doc.find("body"), out)
    data = "".join(out)
data = re.sub(r"TLP:[A-Z+]+", " ", data)
for n in skip:
    data = data.replace(n, " ")
found = 0
for m in re.finditer(r"[^\W\d_]+", data):
    if m.group(0).lower() in words:
        found = 1
        ctx = " ".join(data[max(0, m.start() - 40):m.end() + 40].split())
        print("%s: ...%s..." % (m.group(0), ctx))
sys.exit(found)
