// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/persondelegate.h"

#include "ui/network/persontablemodel.h"

#include <QComboBox>
#include <algorithm>

namespace jamfor {

QWidget* PersonDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const auto* model = qobject_cast<const PersonTableModel*>(index.model());
    const QList<PersonTableModel::Choice> choices =
        model ? model->choices(index) : QList<PersonTableModel::Choice>();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* box = new QComboBox(parent);
    for (const auto& [label, value] : choices)
        box->addItem(label, value);
    // A choice is stored as soon as it is made, not only when the cell loses focus.
    connect(box, &QComboBox::activated, this,
            [this, box] { emit const_cast<PersonDelegate*>(this)->commitData(box); });
    return box;
}

void PersonDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PersonDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace jamfor
