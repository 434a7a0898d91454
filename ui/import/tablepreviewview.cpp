// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/tablepreviewview.h"

#include "core/import/sheetreader.h"
#include "core/import/tablepreview.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

// Readable on white in the table and in grey print: skipped rows and unread columns are grey
// text (contrast above 4.5:1), the header row bold on a light blue, data plain.
const QColor skippedText(0x59, 0x59, 0x59);
const QColor skippedBackground(0xF0, 0xF0, 0xF0);
const QColor headerBackground(0xDC, 0xE9, 0xF7);
const QColor problemBackground(0xFB, 0xE3, 0xE0);

} // namespace

TablePreviewView::TablePreviewView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tablePreview"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tablePreviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tablePreviewTable"));
    m_table->setAccessibleName(tr("Preview of the table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    showMessage(tr("Choose a file in the list to see which of its rows are taken as the table."));
}

void TablePreviewView::showMessage(const QString& text)
{
    m_summary->setText(text);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_table->hide();
}

void TablePreviewView::showFile(const QString& path, ImportFormat format, const QString& sheet)
{
    showPreview(TablePreview::read(path, format, sheet));
}

void TablePreviewView::showPreview(const TablePreview& preview)
{
    m_summary->setText(preview.summary().join(u'\n'));
    m_table->clear();
    m_table->clearSpans();
    m_table->setColumnCount(preview.columns + 1);
    m_table->setRowCount(int(preview.rows.size()));
    QStringList headers{tr("Taken as")};
    for (int column = 0; column < preview.columns; ++column)
        headers << SheetReader::columnName(column);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rowNames;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const TablePreview::Row& row = preview.rows[r];
        rowNames << QString::number(row.number);
        const bool skipped =
            row.kind != TablePreview::Kind::Data && row.kind != TablePreview::Kind::Header;
        auto* kind = new QTableWidgetItem(TablePreview::kindLabel(row.kind));
        QFont kindFont = kind->font();
        kindFont.setBold(true);
        kind->setFont(kindFont);
        if (row.kind == TablePreview::Kind::NotRead && !preview.problem.isEmpty())
            kind->setBackground(problemBackground);
        m_table->setItem(r, 0, kind);
        for (int column = 0; column < row.cells.size(); ++column) {
            auto* item = new QTableWidgetItem(row.cells[column]);
            const bool unreadColumn =
                (row.kind == TablePreview::Kind::Data || row.kind == TablePreview::Kind::Header) &&
                (column >= preview.columnRead.size() || !preview.columnRead[column]);
            if (skipped || unreadColumn) {
                item->setForeground(skippedText);
                item->setBackground(skippedBackground);
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            } else if (row.kind == TablePreview::Kind::Header) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(headerBackground);
            }
            item->setToolTip(row.cells[column]);
            m_table->setItem(r, column + 1, item);
        }
        // A title or a note is one text: it reads across the row, as in the spreadsheet.
        if (skipped && row.cells.size() == 1 && preview.columns > 1)
            m_table->setSpan(r, 1, 1, preview.columns);
    }
    m_table->setVerticalHeaderLabels(rowNames);
    m_table->resizeColumnToContents(0);
    m_table->show();
}

} // namespace jamfor
