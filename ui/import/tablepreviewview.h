// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace jamfor {

struct TablePreview;

// The import dialog's preview of a table file: the first rows as the importer reads them, each
// marked as title, column names, data or skipped, with the columns it does not read greyed,
// and a few sentences on what will be taken. Shows core's TablePreview; computes nothing.
class TablePreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit TablePreviewView(QWidget* parent = nullptr);

    // Reads and shows the table of a CSV, XLSX or ODS file (the sheet for a spreadsheet).
    void showFile(const QString& path, ImportFormat format, const QString& sheet);
    // Shows a sentence instead of a table (no file chosen, a JSON file).
    void showMessage(const QString& text);

private:
    void showPreview(const TablePreview& preview);

    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jamfor
