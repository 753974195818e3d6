#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""t/data/workbook/make.py DIR: writes the hand-made and the hostile
workbooks of t/workbook.bats into DIR.

A small zip writer of its own, rather than zipfile, so that an entry can
declare another size than it has, or a name zipfile would refuse.  The
hand-made workbooks hold what LibreOffice never writes (inline strings,
phonetic runs, _xHHHH_ escapes, cells without references, the 1904 date
system, text:tab) and the hostile ones what no office suite writes at
all.
"""
import os
import random
import struct
import sys
import zlib


def zipfile_bytes(entries):
    """entries: (name, data, options) -> the bytes of a zip file.
    options: 'store' (no compression), 'declare' (the size to declare
    unpacked), 'crc' (a CRC to claim)."""
    local, central, off = b"", b"", 0
    for name, data, opt in entries:
        if isinstance(data, str):
            data = data.encode()
        bname = name.encode()
        if opt.get("store"):
            method, comp = 0, data
        else:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            method, comp = 8, c.compress(data) + c.flush()
        crc = opt.get("crc", zlib.crc32(data) & 0xFFFFFFFF)
        size = opt.get("declare", len(data))
        head = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0,
                           0x21, crc, len(comp), size, len(bname), 0)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20,
                               0, method, 0, 0x21, crc, len(comp), size,
                               len(bname), 0, 0, 0, 0, 0, off) + bname
        local += head + bname + comp
        off += len(head) + len(bname) + len(comp)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries),
                      len(entries), len(central), off, 0)
    return local + central + end


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NSR = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
       'relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def xlsx(sheet, sst=None, styles=None, sheets=None, extra=(), target=None,
         date1904=False, opt=None):
    """An .xlsx of one sheet (its sheetData) or several: its entries."""
    sheets = sheets or [("Blad1", sheet)]
    book = ('<?xml version="1.0" encoding="UTF-8"?><workbook %s %s>'
            '<workbookPr date1904="%s"/><sheets>' %
            (NS, NSR, "1" if date1904 else "0"))
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
            '"http://schemas.openxmlformats.org/package/2006/relationships">')
    parts = []
    for i, (name, data) in enumerate(sheets, 1):
        state = ""
        if name.startswith("hidden:"):
            name, state = name[7:], ' state="hidden"'
        book += ('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' %
                 (name, i, state, i))
        rels += ('<Relationship Id="rId%d" Type="%sworksheet" Target="%s"/>'
                 % (i, REL, target or "worksheets/sheet%d.xml" % i))
        parts.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8"?><worksheet %s>'
                      '<sheetData>%s</sheetData></worksheet>' % (NS, data),
                      opt or {}))
    book += "</sheets></workbook>"
    if sst is not None:
        rels += ('<Relationship Id="rS" Type="%ssharedStrings" '
                 'Target="sharedStrings.xml"/>' % REL)
        parts.append(("xl/sharedStrings.xml", sst, {}))
    if styles is not None:
        rels += ('<Relationship Id="rY" Type="%sstyles" Target="styles.xml"/>'
                 % REL)
        parts.append(("xl/styles.xml", styles, {}))
    rels += "</Relationships>"
    return [("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns='
             '"http://schemas.openxmlformats.org/package/2006/content-types"'
             '/>', {}),
            ("xl/workbook.xml", book, {}),
            ("xl/_rels/workbook.xml.rels", rels, {})] + parts + list(extra)


def sst(*strings):
    return ('<?xml version="1.0" encoding="UTF-8"?><sst %s>%s</sst>' %
            (NS, "".join("<si>%s</si>" % s for s in strings)))


def row(r, *cells):
    return '<row r="%s">%s</row>' % (r, "".join(cells))


ODS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods(tables):
    """An .ods of tables, (name, rows XML) each: its entries."""
    body = "".join('<table:table table:name="%s">%s</table:table>' % t
                   for t in tables)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:body><office:spreadsheet>'
               '%s</office:spreadsheet></office:body>'
               '</office:document-content>' % (ODS, body))
    return [("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
             {"store": 1}),
            ("content.xml", content, {})]


def orow(*cells, rep=None):
    a = ' table:number-rows-repeated="%d"' % rep if rep else ""
    return "<table:table-row%s>%s</table:table-row>" % (a, "".join(cells))


def ocell(text=None, rep=None, attrs=""):
    a = ' table:number-columns-repeated="%d"' % rep if rep else ""
    if text is None:
        return "<table:table-cell%s%s/>" % (a, attrs)
    return ('<table:table-cell office:value-type="string"%s%s>'
            '<text:p>%s</text:p></table:table-cell>' % (a, attrs, text))


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
          + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i))
                                            * 10) for i in range(9))
          + ']><sst %s><si><t>&j;</t></si></sst>' % NS)

XXE = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM '
       '"file:///etc/passwd">]><sst %s><si><t>&x;</t></si></sst>' % NS)

STYLES = ('<?xml version="1.0"?><styleSheet %s><numFmts count="2">'
          '<numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
          '<numFmt numFmtId="165" formatCode="&quot;day&quot; 0"/></numFmts>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/>'
          '<xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/>'
          '</cellXfs></styleSheet>' % NS)


def made():
    """The hand-made workbooks: name -> entries."""
    w = {}
    # Inline strings, rich runs, phonetic runs, escapes, cells without r.
    w["inline.xlsx"] = xlsx(
        row(1, '<c r="A1" t="inlineStr"><is><t>id</t></is></c>',
            '<c t="inlineStr"><is><r><t>ans</t></r><r><t>wer</t></r>'
            '</is></c>',
            '<c t="s"><v>0</v></c>')
        + row(2, '<c r="A2" t="inlineStr"><is><t>SAP.1.1</t></is></c>',
              '<c r="B2" t="s"><v>1</v></c>',
              '<c r="C2" t="s"><v>2</v></c>')
        + '<row><c r="A3" t="str"><f>"SAP."&amp;"1.2"</f><v>SAP.1.2</v>'
          '</c><c r="B3" t="inlineStr"><is><t>no</t></is></c>'
          '<c r="C3" t="e"><v>#DIV/0!</v></c></row>'
        + row(5, '<c r="A5" t="inlineStr"><is><t>SAP.1.3</t></is></c>',
              '<c r="B5" t="b"><v>1</v></c>',
              '<c r="C5" t="inlineStr"><is><t>a_x000D_b _x005F_x0041_'
              '</t></is></c>'),
        sst('<t>notes</t>',
            '<r><t>y</t></r><r><rPr><b/></rPr><t xml:space="preserve">es'
            '</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh>',
            '<t>line one\nline two</t>'))
    # Numbers and dates as the styles show them, in the 1904 system.
    w["numbers.xlsx"] = xlsx(
        row(1, '<c r="A1" t="inlineStr"><is><t>n</t></is></c>',
            '<c r="B1" t="inlineStr"><is><t>date</t></is></c>',
            '<c r="C1" t="inlineStr"><is><t>custom</t></is></c>',
            '<c r="D1" t="inlineStr"><is><t>text</t></is></c>',
            '<c r="E1" t="inlineStr"><is><t>datetime</t></is></c>')
        + row(2, '<c r="A2"><v>0.30000000000000004</v></c>',
              '<c r="B2" s="1"><v>0</v></c>', '<c r="C2" s="2"><v>44927</v></c>',
              '<c r="D2" s="3"><v>7</v></c>',
              '<c r="E2" s="4"><v>44927.75</v></c>')
        + row(3, '<c r="A3"><v>1E-7</v></c>', '<c r="B3" s="1"><v>1</v></c>',
              '<c r="C3" s="2"><v>-1</v></c>', '<c r="D3"><v>1E+20</v></c>',
              '<c r="E3" s="4"><v>44927</v></c>')
        + row(4, '<c r="A4"><v>2</v></c>', '<c r="B4"><v>123456789012</v></c>',
              '<c r="C4"><v>-2.5</v></c>', '<c r="D4"><v>9007199254740993</v>'
              '</c>', '<c r="E4"><v>1e15</v></c>'),
        styles=STYLES, date1904=True)
    # Parts named to climb out of a directory: never looked at.
    w["names.xlsx"] = xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>',
            '<c t="inlineStr"><is><t>answer</t></is></c>')
        + row(2, '<c t="inlineStr"><is><t>SAP.1.1</t></is></c>',
              '<c t="inlineStr"><is><t>yes</t></is></c>'),
        extra=[("../../escaped-by-name", "x", {}),
               ("/tmp/escaped-by-name", "x", {}),
               ("xl/../../escaped-by-name", "x", {})])
    # Two sheets, the first hidden: --sheet picks the second.
    w["two.xlsx"] = xlsx(None, sheets=[
        ("hidden:Eerste",
         row(1, '<c r="A1" t="inlineStr"><is><t>x</t></is></c>')),
        ("Tweede", row(1, '<c r="A1" t="inlineStr"><is><t>id</t></is></c>',
                       '<c r="B1" t="inlineStr"><is><t>answer</t></is></c>')
         + row(9, '<c r="A9" t="inlineStr"><is><t>SAP.1.1</t></is></c>',
               '<c r="B9" t="inlineStr"><is><t>maybe</t></is></c>'))])
    # A value to the right of the header, and empty cells there.
    w["wide.xlsx"] = xlsx(
        row(1, '<c r="A1" t="inlineStr"><is><t>id</t></is></c>',
            '<c r="B1" t="inlineStr"><is><t>answer</t></is></c>')
        + row(2, '<c r="A2" t="inlineStr"><is><t>SAP.1.1</t></is></c>',
              '<c r="B2" t="inlineStr"><is><t>yes</t></is></c>',
              '<c r="F2" s="0"/>', '<c r="XFD2" t="inlineStr"><is><t></t>'
              '</is></c>')
        + row(4, '<c r="A4" t="inlineStr"><is><t>SAP.1.2</t></is></c>',
              '<c r="B4" t="inlineStr"><is><t>no</t></is></c>',
              '<c r="E4" t="inlineStr"><is><t>stray</t></is></c>'))
    # ODF text: spaces, tabs, line breaks, notes that are no text,
    # repeated rows and cells that hold something, a covered cell.
    w["text.ods"] = ods([("Blad1",
        orow(ocell("id"), ocell("answer"), ocell("notes"), ocell("x"))
        + orow(ocell("SAP.1.1"), ocell("yes"),
               '<table:table-cell office:value-type="string"><text:p>'
               '  a  <text:s text:c="2"/>b<text:tab/>c<text:line-break/>d'
               '</text:p><text:p>e <text:span>f</text:span></text:p>'
               '<office:annotation><text:p>not this</text:p>'
               '</office:annotation></table:table-cell>',
               '<table:covered-table-cell office:value-type="string">'
               '<text:p>hidden</text:p></table:covered-table-cell>')
        + orow(ocell("SAP.1.2"), ocell("no", rep=1), ocell(None, rep=2),
               rep=2)
        + orow(ocell("SAP.1.3"), ocell("n/a"),
               '<table:table-cell office:value-type="float" office:value='
               '"2" table:number-columns-repeated="2"><text:p>2,00</text:p>'
               '</table:table-cell>')
        + orow(ocell(None, rep=16384), rep=1048570))])
    return w


def hostile():
    """The hostile workbooks: name -> bytes."""
    h = {}
    h["bomb-declared.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>'),
        opt={"declare": 1 << 31}))
    h["bomb-ratio.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>') + " " * (40 << 20)))
    h["bomb-lie.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>') + " " * (4 << 20),
        opt={"declare": 1000}))
    h["laughs.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="s"><v>0</v></c>'), sst=LAUGHS))
    h["xxe.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="s"><v>0</v></c>'), sst=XXE))
    # stored, not compressed: the limit on strings, not on growth, is hit
    e = dict((n, (n, d, o)) for n, d, o in xlsx(
        row(1, '<c t="s"><v>0</v></c>'),
        sst='<sst %s>%s</sst>' % (NS, "<si/>" * (4 * 1024 * 1024 + 1))))
    e["xl/sharedStrings.xml"][2]["store"] = 1
    h["strings.xlsx"] = zipfile_bytes(list(e.values()))
    e = dict((n, (n, d, o)) for n, d, o in xlsx(
        row(1, '<c t="s"><v>0</v></c>'),
        sst=sst("<t>%s</t>" % ("x" * (1 << 20 | 1)))))
    e["xl/sharedStrings.xml"][2]["store"] = 1
    h["long-string.xlsx"] = zipfile_bytes(list(e.values()))
    h["bad-index.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="s"><v>0</v></c>') + row(3, '<c t="s"><v>7</v></c>'),
        sst=sst("<t>id</t>")))
    h["deep.xlsx"] = zipfile_bytes(xlsx("<a>" * 10000 + "</a>" * 10000))
    h["rows-back.xlsx"] = zipfile_bytes(xlsx(
        row(5, '<c t="inlineStr"><is><t>id</t></is></c>')
        + row(2, '<c t="inlineStr"><is><t>x</t></is></c>')))
    h["repeat-rows.ods"] = zipfile_bytes(ods([("Blad1",
        orow(ocell("id")) + orow(ocell("SAP.1.1"), rep=2000000000))]))
    h["repeat-cols.ods"] = zipfile_bytes(ods([("Blad1",
        orow(ocell("id")) + orow(ocell("x", rep=2000000000)))]))
    h["dotdot.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>'),
        target="../../../worksheets/sheet1.xml"))
    good = zipfile_bytes(made()["inline.xlsx"])
    h["truncated.xlsx"] = good[:len(good) // 2]
    h["neither.zip"] = zipfile_bytes([("hello.txt", "hello", {})])
    h["empty.zip"] = zipfile_bytes([])
    h["writer.odt"] = zipfile_bytes([
        ("mimetype", "application/vnd.oasis.opendocument.text",
         {"store": 1}), ("content.xml", "<x/>", {})])
    h["parts.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>'),
        extra=[("p%d" % i, "", {"store": 1}) for i in range(10000)]))
    h["styles.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>'),
        styles='<styleSheet %s><cellXfs>%s</cellXfs></styleSheet>' %
        (NS, "<xf/>" * 65537)))
    h["sheets.xlsx"] = zipfile_bytes(xlsx(None, sheets=[
        ("S%d" % i, row(1, '<c t="inlineStr"><is><t>id</t></is></c>'))
        for i in range(4097)]))
    # Three parts that each declare 250 MB, and hold what packs to as much
    # as their growth allows: their sum is over the limit.
    rnd = random.Random(1)
    noise = rnd.randbytes(700000)
    big = {"declare": 250 << 20}
    e = dict((n, (n, d, o)) for n, d, o in xlsx(
        "", sst=noise, styles=noise))
    e["xl/worksheets/sheet1.xml"] = ("xl/worksheets/sheet1.xml", noise,
                                     dict(big))
    e["xl/sharedStrings.xml"] = ("xl/sharedStrings.xml", noise, dict(big))
    e["xl/styles.xml"] = ("xl/styles.xml", noise, dict(big))
    h["total.xlsx"] = zipfile_bytes(list(e.values()))
    # One row of 15 cells of 1 MB repeated 20 times: 300 MB of text.
    text = bytes(97 + b % 26 for b in rnd.randbytes(1000000)).decode()
    h["text.ods"] = zipfile_bytes(ods([("Blad1",
        orow(*[ocell("c%d" % i) for i in range(15)])
        + orow(ocell(text, rep=15), rep=20))]))
    h["bad-xml.xlsx"] = zipfile_bytes(xlsx(
        row(1, '<c t="inlineStr"><is><t>id</t></is></c>') + "<row>"))
    h["old.xls"] = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return h


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, entries in made().items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(zipfile_bytes(entries))
    os.makedirs(os.path.join(out, "hostile"), exist_ok=True)
    for name, data in hostile().items():
        with open(os.path.join(out, "hostile", name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
