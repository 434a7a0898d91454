// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/xlsxbuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Builds small .ods spreadsheets for the import tests: the parts LibreOffice writes that a
// reader needs (mimetype first, META-INF/manifest.xml, content.xml), zipped with
// xlsxbuilder::writeZip(). The XML pieces are plain bytes, so a test can also write its own.
namespace odsbuilder {

using Part = xlsxbuilder::Part;

// Cells for row(): a text (one paragraph), a number (office:value), an empty and a covered
// cell of a merged range, each repeat times (table:number-columns-repeated).
QByteArray cell(const QString& text, int repeat = 1);
QByteArray floatCell(const char* value, int repeat = 1);
QByteArray emptyCell(int repeat = 1);
QByteArray coveredCell(int repeat = 1);
// A cell that spans columns × rows (its right and lower neighbours are covered cells).
QByteArray mergedCell(const QString& text, int columns, int rows = 1);
// A cell with the given office:value-type attributes and XML content as it stands.
QByteArray rawCell(const QByteArray& attributes, const QByteArray& content = {});

// A table:table-row, repeated (table:number-rows-repeated) when repeat > 1.
QByteArray row(const QList<QByteArray>& cells, qint64 repeat = 1);

// A table:table named name with column declarations and the rows.
QByteArray table(const QString& name, const QList<QByteArray>& rows);

// content.xml with the tables in office:spreadsheet.
QByteArray contentXml(const QList<QByteArray>& tables);

// META-INF/manifest.xml; encrypted marks content.xml as LibreOffice does for a password.
QByteArray manifestXml(bool encrypted = false);

// mimetype, META-INF/manifest.xml, styles.xml and content.xml of a spreadsheet.
QList<Part> spreadsheetParts(const QByteArray& content);

// writeZip() of spreadsheetParts(contentXml(tables)).
void writeSpreadsheet(const QString& path, const QList<QByteArray>& tables);

} // namespace odsbuilder
