// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/transferdialog.h"

#include "core/model/enumtable.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/import/importlabels.h"
#include "ui/widgets/backgroundtask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

QString editTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString itemKind(TransferItemConflict::Kind kind)
{
    switch (kind) {
    case TransferItemConflict::Kind::Network:
        return TransferDialog::tr("Network");
    case TransferItemConflict::Kind::Group:
        return TransferDialog::tr("Saved group");
    case TransferItemConflict::Kind::Analysis:
        break;
    }
    return TransferDialog::tr("Analysis");
}

// "1 new, 2 unchanged" for the networks, groups or analyses of a preview; empty without any.
QString itemLine(const QString& what, const TransferItemCounts& counts, qint64 differing)
{
    const qint64 same = counts.unchanged;
    if (counts.created + same + differing == 0)
        return {};
    return TransferDialog::tr("%1: %2 new, %3 the same, %4 differ")
        .arg(what, ImportLabels::count(counts.created), ImportLabels::count(same),
             ImportLabels::count(differing));
}

} // namespace

TransferDialog::TransferDialog(const QString& databasePath, const QString& otherPath,
                               QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_otherPath(otherPath)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Import from another Jämför file"));

    auto* source = new QLabel(tr("From <b>%1</b><br>%2")
                                  .arg(QFileInfo(otherPath).fileName().toHtmlEscaped(),
                                       QFileInfo(otherPath).absolutePath().toHtmlEscaped()),
                              this);
    source->setObjectName(QStringLiteral("transferSource"));
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* choice = new QGroupBox(tr("Bring in"), this);
    auto* values = new QCheckBox(tr("&Values, batch by batch with their source (always)"), choice);
    values->setChecked(true);
    values->setEnabled(false);
    m_networks = new QCheckBox(tr("&Networks"), choice);
    m_networks->setObjectName(QStringLiteral("transferNetworks"));
    m_groups = new QCheckBox(tr("Saved &groups"), choice);
    m_groups->setObjectName(QStringLiteral("transferGroups"));
    m_analyses =
        new QCheckBox(tr("&Analyses, with the network and group each compares within"), choice);
    m_analyses->setObjectName(QStringLiteral("transferAnalyses"));
    m_analyses->setChecked(true);
    auto* choiceLayout = new QVBoxLayout(choice);
    for (QCheckBox* box : {values, m_networks, m_groups, m_analyses})
        choiceLayout->addWidget(box);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("transferSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("transferDifferences"));
    m_table->setAccessibleName(tr("What differs between the files"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Which"), tr("In this file"), tr("In the other file"), tr("Place")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("transferImport"));
    m_keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("transferKeep"));
    m_keep->setToolTip(tr("Import everything that is new; where the files differ, this file's "
                          "values, networks, groups and analyses stay as they are."));
    m_replace = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("transferReplace"));
    m_replace->setToolTip(tr("Import everything; where the files differ, the other file's "
                             "version replaces this file's."));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("transferCancel"));
    connect(m_import, &QPushButton::clicked, this, [this] { run(ConflictPolicy::Fail); });
    connect(m_keep, &QPushButton::clicked, this, [this] { run(ConflictPolicy::Keep); });
    connect(m_replace, &QPushButton::clicked, this, [this] { run(ConflictPolicy::Replace); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (QCheckBox* box : {m_networks, m_groups, m_analyses})
        connect(box, &QCheckBox::toggled, this, &TransferDialog::readPreview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 520);
    readPreview();
}

TransferContent TransferDialog::content() const
{
    return {m_networks->isChecked(), m_groups->isChecked(), m_analyses->isChecked()};
}

TransferResult TransferDialog::transfer(const TransferOptions& options)
{
    TransferResult result;
    TransferOptions withCancel = options;
    const bool completed = BackgroundTask::run(
        this,
        options.dryRun ? tr("Reading %1…").arg(QFileInfo(m_otherPath).fileName())
                       : tr("Importing %1…").arg(QFileInfo(m_otherPath).fileName()),
        [&](const std::atomic_bool& cancelled) {
            withCancel.progress = [&cancelled](const ImportProgress&) {
                return !cancelled;
            };
            // A connection belongs to its thread: the work opens the file for itself.
            auto target = Database::open(m_databasePath, Database::OpenMode::CreateIfMissing);
            try {
                result = JamforFileTransfer::importFile(*target, m_otherPath, withCancel);
            } catch (const ImportCancelled&) {
                // BackgroundTask::run reports the cancellation.
            }
        },
        true);
    if (!completed)
        throw ImportCancelled(tr("The import was cancelled; nothing was changed."));
    return result;
}

void TransferDialog::readPreview()
{
    TransferOptions options;
    options.content = content();
    options.dryRun = true;
    options.maxListedConflicts = 500;
    try {
        m_preview = transfer(options);
        m_refusal.clear();
    } catch (const ImportCancelled&) {
        m_refusal = tr("Reading was cancelled. Nothing was imported.");
    } catch (const Error& error) {
        m_refusal = error.message();
    }
    showPreview();
}

void TransferDialog::showPreview()
{
    if (!m_refusal.isEmpty()) {
        m_summary->setText(m_refusal);
        m_table->setRowCount(0);
        for (QPushButton* button : {m_import, m_keep, m_replace})
            button->setVisible(false);
        return;
    }
    const TransferResult& p = m_preview;
    QStringList lines;
    lines << tr("The file holds %1 values in %2 batches: %3 new, %4 the same as here, %5 differ.")
                 .arg(ImportLabels::count(p.rows), ImportLabels::count(p.batchesRead),
                      ImportLabels::count(p.inserted), ImportLabels::count(p.unchanged),
                      ImportLabels::count(p.conflictCount));
    const auto differing = [&p](TransferItemConflict::Kind kind) {
        return std::count_if(p.itemConflicts.begin(), p.itemConflicts.end(),
                             [kind](const TransferItemConflict& c) { return c.kind == kind; });
    };
    for (const QString& line :
         {itemLine(tr("Networks"), p.networks, differing(TransferItemConflict::Kind::Network)),
          itemLine(tr("Saved groups"), p.groups, differing(TransferItemConflict::Kind::Group)),
          itemLine(tr("Analyses"), p.analyses, differing(TransferItemConflict::Kind::Analysis))}) {
        if (!line.isEmpty())
            lines << line;
    }
    if (p.indicatorsCreated > 0)
        lines << tr("%1 indicators are new to this file.")
                     .arg(ImportLabels::count(p.indicatorsCreated));
    lines << p.warnings;
    const bool differences = p.conflictCount > 0 || !p.itemConflicts.isEmpty();
    lines << (differences ? tr("Choose what to do where the files differ. Everything new is "
                               "imported either way.")
              : p.inserted + p.networks.created + p.groups.created + p.analyses.created == 0
                  ? tr("This file already holds everything in the other file.")
                  : tr("Nothing differs: the import only adds."));
    m_summary->setText(lines.join(u'\n'));
    fillTable();
    m_import->setVisible(!differences);
    m_keep->setVisible(differences);
    m_replace->setVisible(differences);
    (differences ? m_keep : m_import)->setDefault(true);
}

void TransferDialog::fillTable()
{
    const TransferResult& p = m_preview;
    m_table->setRowCount(int(p.itemConflicts.size() + p.conflicts.size()));
    int row = 0;
    const auto put = [this, &row](const QStringList& cells) {
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    };
    for (const TransferItemConflict& item : p.itemConflicts) {
        if (item.kind == TransferItemConflict::Kind::Analysis) {
            put({itemKind(item.kind), item.name, tr("changed %1").arg(editTime(item.storedEdit)),
                 item.incomingIsNewer ? tr("changed %1 (newer)").arg(editTime(item.incomingEdit))
                                      : tr("changed %1").arg(editTime(item.incomingEdit)),
                 QString()});
        } else {
            put({itemKind(item.kind), item.name, tr("exists"), tr("differs"), QString()});
        }
    }
    for (const ImportConflict& conflict : p.conflicts) {
        const Observation& key = conflict.incoming;
        put({tr("Value"),
             QStringLiteral("%1 · %2 · %3 · %4")
                 .arg(key.indicatorId, ImportLabels::unit(key.unitId))
                 .arg(key.year)
                 .arg(enumLabel(key.gender)),
             ImportLabels::value(conflict.stored), ImportLabels::value(conflict.incoming),
             conflict.location});
    }
    m_table->resizeColumnsToContents();
}

void TransferDialog::run(ConflictPolicy policy)
{
    TransferOptions options;
    options.content = content();
    options.onConflict = policy;
    try {
        m_result = transfer(options);
    } catch (const ImportCancelled&) {
        m_summary->setText(tr("The import was cancelled; nothing was changed."));
        return;
    } catch (const Error& error) {
        // The file changed since the preview, or could not be written: nothing was imported.
        m_refusal = error.message();
        showPreview();
        return;
    }
    accept();
}

QString TransferDialog::resultSummary() const
{
    const TransferResult& r = m_result;
    return tr("%1: %2 new values, %3 replaced, %4 kept; %5 networks, %6 groups and %7 analyses "
              "new or replaced.")
        .arg(QFileInfo(m_otherPath).fileName(), ImportLabels::count(r.inserted),
             ImportLabels::count(r.replaced), ImportLabels::count(r.kept),
             ImportLabels::count(r.networks.created + r.networks.replaced),
             ImportLabels::count(r.groups.created + r.groups.replaced),
             ImportLabels::count(r.analyses.created + r.analyses.replaced));
}

} // namespace jamfor
