// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/conflictdialog.h"

#include "ui/import/importlabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

ConflictDialog::ConflictDialog(const QString& source, const ImportResult& preview, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Values that differ"));

    const qint64 total = std::max<qint64>(preview.conflictCount, preview.conflicts.size());
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    QString text = tr("Values in %1 differ from the values already stored for the same "
                      "indicator, municipality, year and gender: %2 in all.")
                       .arg(source, ImportLabels::count(total));
    if (total > preview.conflicts.size())
        text += QLatin1Char(' ') +
                tr("The first %1 are listed.").arg(ImportLabels::count(preview.conflicts.size()));
    text += QLatin1Char(' ') +
            tr("Choose which values to keep. All other rows are imported either way.");
    intro->setText(text);

    m_table = new QTableWidget(int(preview.conflicts.size()), 7, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Municipality"), tr("Year"),
                                        tr("Gender"), tr("Current value"), tr("New value"),
                                        tr("Place")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    for (int row = 0; row < preview.conflicts.size(); ++row) {
        const ImportConflict& conflict = preview.conflicts[row];
        const Observation& key = conflict.incoming;
        const QStringList cells{key.indicatorId,
                                ImportLabels::unit(key.unitId),
                                QString::number(key.year),
                                enumLabel(key.gender),
                                ImportLabels::value(conflict.stored),
                                ImportLabels::value(conflict.incoming),
                                conflict.location};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 2 || column == 4 || column == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep =
        buttons->addButton(tr("&Keep current values"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    QPushButton* replace =
        buttons->addButton(tr("&Replace with new values"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton* cancel = buttons->addButton(tr("&Cancel import"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] { choose(ConflictPolicy::Keep); });
    connect(replace, &QPushButton::clicked, this, [this] { choose(ConflictPolicy::Replace); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ConflictDialog::choose(ConflictPolicy decision)
{
    m_decision = decision;
    accept();
}

} // namespace jamfor
