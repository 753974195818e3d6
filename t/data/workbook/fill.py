# SPDX-License-Identifier: EUPL-1.2
# fill.py FORM OUT ANSWERS RESPONDENT: a member fills in the checklist
# workbook FORM (.xlsx or .ods, as isac-score -T -f writes it) and saves
# it as OUT: the answer and the note of each question ANSWERS (a CSV of
# id,answer[,note]) has, and RESPONDENT once, in the first row; the rows
# below show it through their formula, which LibreOffice computes when it
# loads the file.  Only the cells a member may type in are touched.
import csv, re, sys, zipfile
form, out, answers, who = sys.argv[1:5]
ans = {r['id']: r for r in csv.DictReader(open(answers, encoding='utf-8'))}
zin = zipfile.ZipFile(form)
parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
order = [i.filename for i in zin.infolist()]

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

if form.endswith('.xlsx'):
    name = 'xl/worksheets/sheet1.xml'
    x = parts[name].decode()
    ids = dict(re.findall(r'<c r="A(\d+)"[^>]*t="inlineStr"><is><t>([^<]*)</t>', x))
    def put(col, row, text, x):
        pat = re.compile(r'<c r="%s%s"( s="\d+")?/>' % (col, row))
        new = r'<c r="%s%s"\1 t="inlineStr"><is><t>%s</t></is></c>' % (col, row, esc(text))
        x, n = pat.subn(new.replace('\\1', '\\g<1>'), x)
        assert n == 1, (col, row)
        return x
    if who:
        x = put('F', '2', who, x)
    for row, id in ids.items():
        if id in ans:
            x = put('E', row, ans[id]['answer'], x)
            if ans[id].get('note'):
                x = put('G', row, ans[id]['note'], x)
    parts[name] = x.encode()
else:
    x = parts['content.xml'].decode()
    cellre = re.compile(r'<table:table-cell(?: [^>]*?)?(?:/>|>.*?</table:table-cell>)')
    def put(cell, text):
        head = re.match(r'<table:table-cell((?: [^>]*?)?)/?>', cell).group(1)
        head = re.sub(r' office:value-type="[^"]*"', '', head)
        return ('<table:table-cell%s office:value-type="string"><text:p>%s'
                '</text:p></table:table-cell>' % (head, esc(text)))
    body = x.split('<table:table-row>')
    for k, row in enumerate(body[2:], 2):
        cells = cellre.findall(row)
        new = list(cells)
        if k == 2 and who:
            new[5] = put(cells[5], who)
        id = re.sub('<[^>]*>', '', cells[0])
        if id in ans:
            new[4] = put(cells[4], ans[id]['answer'])
            if ans[id].get('note'):
                new[6] = put(cells[6], ans[id]['note'])
        for old, nw in zip(cells, new):
            row = row.replace(old, nw, 1) if old != nw else row
        body[k] = row
    parts['content.xml'] = '<table:table-row>'.join(body).encode()
zout = zipfile.ZipFile(out, 'w')
for n in order:
    zout.writestr(n, parts[n], zipfile.ZIP_STORED if n == 'mimetype' else zipfile.ZIP_DEFLATED)
zout.close()
