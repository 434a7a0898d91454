// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/groupchooserdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jamfor {

GroupChooserDialog::GroupChooserDialog(const QList<UnitGroup>& groups, QWidget* parent)
    : QDialog(parent)
    , m_groups(groups)
{
    setWindowTitle(tr("New network from a group"));
    setObjectName(QStringLiteral("groupChooserDialog"));
    auto* intro = new QLabel(tr("The group's municipalities become the network's members. Groups "
                                "come from Kolada (File › Import, or Kolada's municipality "
                                "groups) or are saved by you."),
                             this);
    intro->setWordWrap(true);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("groupFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Words from the group's name, e.g. V9 or Liknande"));
    m_filterEdit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("groupList"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create network"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &GroupChooserDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    applyFilter();
    resize(560, 460);
}

void GroupChooserDialog::setFilter(const QString& text)
{
    m_filterEdit->setText(text);
}

void GroupChooserDialog::applyFilter()
{
    const QStringList words = m_filterEdit->text().split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const UnitGroup& group = m_groups[i];
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString& word) {
            return group.name.contains(word, Qt::CaseInsensitive);
        });
        if (!matches)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 (%n members)", nullptr, int(group.unitIds.size())).arg(group.name), m_list);
        item->setData(Qt::UserRole, qint64(i));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

std::optional<UnitGroup> GroupChooserDialog::chosenGroup() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_groups.value(item->data(Qt::UserRole).toLongLong());
}

} // namespace jamfor
