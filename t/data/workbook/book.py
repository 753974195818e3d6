# SPDX-License-Identifier: EUPL-1.2
# book.py: what t/workbook-out.bats asks of a workbook written, read
# with nothing but python3's zipfile and re.
#
#   book.py part FILE NAME            the part NAME of the zip FILE
#   book.py parts FILE                its entries: name, method, date
#   book.py xlsx-cell FILE N REF      cell REF (B3) of sheet N, its XML
#   book.py xlsx-xf FILE N REF        the format (<xf>) of that cell
#   book.py ods-cell FILE N ROW COL   the cell of table N (all from 1)
#   book.py ods-style FILE NAME       the automatic style NAME of content
import re
import sys
import zipfile


def part(f, name):
    return zipfile.ZipFile(f).read(name).decode()


def xlsx_cell(f, n, ref):
    x = part(f, 'xl/worksheets/sheet%s.xml' % n)
    m = re.search(r'<c r="%s"(?: [^>]*)?(?:/>|>.*?</c>)' % ref, x)
    return m.group(0) if m else ''


def ods_cell(f, n, row, col):
    c = part(f, 'content.xml')
    table = c.split('<table:table ')[int(n)]
    rows = re.findall(r'<table:table-row>(.*?)</table:table-row>', table)
    cells = re.findall(r'<table:table-cell(?: [^>]*?)?(?:/>|>.*?'
                       r'</table:table-cell>)', rows[int(row) - 1])
    return cells[int(col) - 1]


cmd, f = sys.argv[1], sys.argv[2]
if cmd == 'part':
    print(part(f, sys.argv[3]))
elif cmd == 'parts':
    for i in zipfile.ZipFile(f).infolist():
        print(i.filename, 'stored' if i.compress_type == 0 else
              'deflated', '%04d-%02d-%02d' % i.date_time[:3])
elif cmd == 'xlsx-cell':
    print(xlsx_cell(f, sys.argv[3], sys.argv[4]))
elif cmd == 'xlsx-xf':
    m = re.search(r' s="(\d+)"', xlsx_cell(f, sys.argv[3], sys.argv[4]))
    xfs = re.search(r'<cellXfs[^>]*>(.*?)</cellXfs>',
                    part(f, 'xl/styles.xml')).group(1)
    xf = re.findall(r'<xf [^>]*?(?:/>|>.*?</xf>)', xfs)
    print(xf[int(m.group(1)) if m else 0])
elif cmd == 'ods-cell':
    print(ods_cell(f, *sys.argv[3:6]))
elif cmd == 'ods-style':
    m = re.search(r'<style:style style:name="%s".*?</style:style>' %
                  re.escape(sys.argv[3]), part(f, 'content.xml'))
    print(m.group(0) if m else '')
else:
    sys.exit('book.py: unknown command ' + cmd)
