# SPDX-License-Identifier: EUPL-1.2
# html.py MODE < page: reads an HTML page with html5lib (Debian's
# python3-html5lib, run by /usr/bin/python3) for t/render.bats.
#   strict  parse as an HTML5 parser that stops at the first parse error
#   cells   each table row's cells as a JSON array, a line each; <br> is \n
#   grid    per row of a score grid: capability, levels filled, target
#   text    the text of the page's body, whitespace collapsed
import json
import sys

import html5lib


BLOCKS = ("td", "th", "li", "p", "div", "h1", "h2", "h3", "h4", "tr")


def text(e, spaced=False):
    """The text of e, <br> as a line end; spaced: a space after blocks."""
    out = [e.text or ""]
    for c in e:
        out.append("\n" if c.tag == "br" else text(c, spaced))
        if spaced and c.tag in BLOCKS:
            out.append(" ")
        out.append(c.tail or "")
    return "".join(out)


data = sys.stdin.buffer.read().decode("utf-8")
mode = sys.argv[1]
if mode == "strict":
    html5lib.HTMLParser(strict=True).parse(data)
    sys.exit(0)
doc = html5lib.parse(data, namespaceHTMLElements=False)
if mode == "cells":
    for tr in doc.iter("tr"):
        print(json.dumps([text(c).strip() for c in tr if c.tag in ("td", "th")],
                         ensure_ascii=False))
elif mode == "grid":
    for tr in (tr for t in doc.iter("table")
               if "grid" in t.get("class", "").split() for tr in t.iter("tr")):
        if "data-cap" not in tr.attrib:
            continue
        tds = [c for c in tr if c.tag == "td" and "lv" in c.get("class", "").split()]
        on = sum("on" in c.get("class", "").split() for c in tds)
        tgt = [i + 1 for i, c in enumerate(tds) if "tgt" in c.get("class", "").split()]
        print(tr.get("data-cap"), on, tgt[0] if tgt else "-")
elif mode == "text":
    body = doc.find("body")
    print(" ".join(text(body, True).split()))
