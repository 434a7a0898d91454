#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes small .xlsx workbooks as seeds for fuzz_xlsx: long and wide layouts, shared and
inline strings, several sheets. Most are stored uncompressed so that the fuzzer's mutations
reach the XML rather than only breaking the deflate stream. Usage: make_xlsx_seeds.py DIR"""
import sys
import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def cell(ref, value, strings):
    if isinstance(value, str):
        if value not in strings:
            strings.append(value)
        return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet(rows, strings, inline=False):
    xml = [HEAD, f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>']
    for r, values in enumerate(rows, start=1):
        xml.append(f'<row r="{r}">')
        for c, value in enumerate(values):
            ref = f"{chr(65 + c)}{r}"
            if inline and isinstance(value, str):
                xml.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                xml.append(cell(ref, value, strings))
        xml.append("</row>")
    xml.append("</sheetData></worksheet>")
    return "".join(xml)


def workbook(path, sheets, compression, inline=False):
    strings = []
    parts = {}
    types = [HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.spreadsheetml.sheet.main+xml"/>']
    book = [HEAD, f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>']
    rels = [HEAD, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">']
    for i, (name, rows) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet(rows, strings, inline)
        book.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
        types.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    book.append("</sheets></workbook>")
    rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" '
                'Target="sharedStrings.xml"/></Relationships>')
    types.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                 'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    sst = [HEAD, f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">']
    sst += [f"<si><t>{s}</t></si>" for s in strings]
    sst.append("</sst>")
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", "".join(types))
        z.writestr("_rels/.rels", HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="' + REL +
                   '/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", "".join(book))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        for name, xml in parts.items():
            z.writestr(name, xml)
        z.writestr("xl/sharedStrings.xml", "".join(sst))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    long_rows = [["kpi", "municipality", "period", "gender", "value"],
                 ["N15419", "1435", 2023, "T", 71.5], ["N15419", "1486", 2023, "K", 70],
                 ["N15419", "1427", 2022, "M", "-"]]
    years = [["Nyckeltal: N00945 Nettokostnad"], ["Kommun", "Kommun-id", "2021", "2022", "2023"],
             ["Tanum", "1435", 1.5, 2.25, 3], ["Strömstad", "1486", 4, 5, 6.75]]
    units = [["kpi", "year", "gender", "1435", "Tanum", "1486"],
             ["N15419", 2023, "T", 71.5, 70, 69], ["N15419", 2022, "K", 1, 2, 3]]
    stored, deflated = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
    workbook(out / "long.xlsx", [("Blad1", long_rows)], stored)
    workbook(out / "long_inline.xlsx", [("Data", long_rows)], stored, inline=True)
    workbook(out / "years.xlsx", [("Blad1", years)], stored)
    workbook(out / "units.xlsx", [("Mitt blad", units)], stored)
    workbook(out / "two_sheets.xlsx", [("Info", [["Om filen"]]), ("Blad2", long_rows)], stored)
    workbook(out / "long_deflated.xlsx", [("Blad1", long_rows)], deflated)


if __name__ == "__main__":
    main()
