// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <boost/test/unit_test.hpp>
#include <utility>

// Builds small .xlsx workbooks for the import tests with libzip: the parts Excel itself writes
// ([Content_Types].xml, the relationships, workbook, worksheets, shared strings). libzip is used
// only in xlsxbuilder.cpp; the tests need neither its headers nor its library.
namespace xlsxbuilder {

using Part = std::pair<QString, QByteArray>;

// A zip file at path with the parts (name, bytes) in order; the test stops on any zip error.
void writeZip(const QString& path, const QList<Part>& parts);

// text as UTF-8 with XML's special characters escaped.
QByteArray escaped(const QString& text);

// Cells for sheetXml(): a shared string by index, an inline string, a number, an error.
QByteArray shared(const char* ref, int index);
QByteArray inlineText(const char* ref, const QString& text);
QByteArray number(const char* ref, const char* value);
QByteArray errorCell(const char* ref, const char* error);
QByteArray row(int number, const QList<QByteArray>& cells);

// A worksheet with the rows.
QByteArray sheetXml(const QList<QByteArray>& rows);

// The shared strings part; every other string is written as rich text runs.
QByteArray sharedStringsXml(const QStringList& strings);

// The parts of a workbook with the given sheets (name, worksheet XML) and shared strings.
QList<Part> workbookParts(const QList<Part>& sheets, const QStringList& strings);

// writeZip() of workbookParts().
void writeWorkbook(const QString& path, const QList<Part>& sheets, const QStringList& strings);

} // namespace xlsxbuilder
