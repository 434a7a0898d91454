// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/selectioncopier.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <map>
#include <set>

namespace jamfor {

namespace {

QString cleanCell(QString text)
{
    // A tab or line break inside a cell would shift the pasted columns.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString selectionAsTabSeparated(const QAbstractItemView& view, int exportRole)
{
    const QAbstractItemModel* model = view.model();
    if (!model || !view.selectionModel())
        return {};
    std::map<int, std::map<int, QString>> cells; // row → column → text, in view order
    std::set<int> columns;
    for (const QModelIndex& index : view.selectionModel()->selectedIndexes()) {
        const QVariant exported = index.data(exportRole);
        const QString text = exported.isValid() ? exported.toString() : index.data().toString();
        cells[index.row()][index.column()] = cleanCell(text);
        columns.insert(index.column());
    }
    if (cells.empty())
        return {};
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << cleanCell(model->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, rowCells] : cells) {
        QStringList fields;
        for (int column : columns) {
            const auto it = rowCells.find(column);
            fields << (it == rowCells.end() ? QString() : it->second);
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void copySelectionToClipboard(const QAbstractItemView& view, int exportRole)
{
    QApplication::clipboard()->setText(selectionAsTabSeparated(view, exportRole));
}

} // namespace jamfor
