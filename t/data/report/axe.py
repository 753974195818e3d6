#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
# axe.py AXE_JS PAGE.html WORKDIR: runs axe-core's WCAG 2.1 A and AA rules
# on PAGE in headless Chromium, the axe script put in a copy of the page,
# and prints each violation as "rule-id: N nodes: first target"; nothing
# when there is none.  Exit 0 when axe ran (violations or not), 2 when it
# did not report.
import html
import json
import os
import re
import subprocess
import sys

axe, page, work = sys.argv[1], sys.argv[2], sys.argv[3]
with open(axe, encoding="utf-8") as f:
    script = f.read()
with open(page, encoding="utf-8") as f:
    doc = f.read()
run = """
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',
    'wcag21a', 'wcag21aa']}, resultTypes: ['violations']}).then(function (r) {
	var p = document.createElement('pre');
	p.id = 'axe-result';
	p.textContent = JSON.stringify(r.violations.map(function (v) {
		return [v.id, v.nodes.length, v.nodes[0].target.join(' ')];
	}));
	document.body.appendChild(p);
});
"""
inject = "<script>" + script.replace("</script", "<\\/script") + \
    "</script><script>" + run + "</script>"
i = doc.rindex("</body>")
copy = os.path.join(work, "axe-page.html")
with open(copy, "w", encoding="utf-8") as f:
    f.write(doc[:i] + inject + doc[i:])
dom = subprocess.run(["timeout", "120", "chromium", "--headless",
    "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--user-data-dir=" + os.path.join(work, "axe-profile"),
    "--virtual-time-budget=30000", "--dump-dom", "file://" + copy],
    capture_output=True, text=True).stdout
m = re.search(r'<pre id="axe-result">(.*?)</pre>', dom, re.S)
if m is None:
    print("axe did not report", file=sys.stderr)
    sys.exit(2)
for rule, n, target in json.loads(html.unescape(m.group(1))):
    print("%s: %d nodes: %s" % (rule, n, target))
