// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importdialog.h"

#include "core/import/jsondocumentloader.h"
#include "core/import/observationimporter.h"
#include "core/util/error.h"
#include "ui/import/conflictdialog.h"
#include "ui/import/importlabels.h"
#include "ui/import/importworker.h"
#include "ui/import/tablepreviewview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

// JSON files up to this size are parsed when added, to tell values from indicator descriptions.
constexpr qint64 jsonInspectLimit = 8 * 1024 * 1024;
// Imports that have read this many rows show the progress bar at once; shorter ones only when
// they take longer than progressDelayMs.
constexpr qint64 progressRowThreshold = 2000;
constexpr int progressDelayMs = 400;

enum Column
{
    FileColumn,
    FormatColumn,
    SheetColumn,
    StatusColumn
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ImportDialog::ImportDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import files"));

    auto* intro = new QLabel(
        tr("Choose one or more files. The format is recognised from the content: values or "
           "indicator descriptions from Kolada (JSON), CSV tables, Excel workbooks (XLSX) and "
           "LibreOffice spreadsheets (ODS). Each file is imported whole or not at all; the "
           "preview shows which rows of a table are taken before anything is written."),
        this);
    intro->setWordWrap(true);

    m_fileTree = new QTreeWidget(this);
    m_fileTree->setObjectName(QStringLiteral("importFileList"));
    m_fileTree->setHeaderLabels({tr("File"), tr("Format"), tr("Sheet"), tr("Status")});
    m_fileTree->setRootIsDecorated(false);
    m_fileTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileTree->setUniformRowHeights(false);
    m_fileTree->header()->setStretchLastSection(true);
    m_fileTree->setColumnWidth(FileColumn, 230);
    m_fileTree->setColumnWidth(FormatColumn, 250);
    m_fileTree->setColumnWidth(SheetColumn, 110);

    m_addButton = new QPushButton(tr("&Add files…"), this);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_removeButton = new QPushButton(tr("&Remove from list"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFilesButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();

    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("importProgressRow"));
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("&Cancel import"), m_progressRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    auto* progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    auto* barLayout = new QHBoxLayout;
    barLayout->addWidget(m_progressBar, 1);
    barLayout->addWidget(m_cancelButton);
    progressLayout->addLayout(barLayout);
    m_progressRow->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(progressDelayMs);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("importHint"));
    m_hintLabel->setWordWrap(true);

    m_messages = new QTextBrowser(this);
    m_messages->setObjectName(QStringLiteral("importMessages"));
    m_messages->setOpenLinks(false);
    m_messages->setPlaceholderText(tr("What each import did, or why a file was refused, is "
                                      "shown here."));
    m_messages->setMinimumHeight(90);

    m_preview = new TablePreviewView(this);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fileTree, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_progressRow);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_preview);
    split->addWidget(m_messages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 110});
    layout->addWidget(split, 3);
    layout->addWidget(buttons);
    resize(900, 680);

    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileTree, &QTreeWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_fileTree, &QTreeWidget::currentItemChanged, this, &ImportDialog::updatePreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_worker)
            return;
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
    });
    connect(m_progressDelay, &QTimer::timeout, this, &ImportDialog::showProgress);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The worker never waits for this thread except for a conflict answer, which cancel()
    // ends, so waiting here cannot deadlock.
    if (m_thread) {
        m_worker->cancel();
        m_thread->wait();
    }
}

void ImportDialog::chooseFiles()
{
    QString folder;
    if (!m_files.isEmpty())
        folder = QFileInfo(m_files.last().path).absolutePath();
    else
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose files to import"), folder,
        tr("Kolada, CSV, Excel and LibreOffice files (*.json *.csv *.tsv *.txt *.xlsx *.ods);;All "
           "files (*)"));
    addFiles(paths);
}

ImportDialog::FileEntry ImportDialog::inspect(const QString& path) const
{
    FileEntry entry;
    entry.path = path;
    try {
        entry.format = ObservationImporter::detectFormat(path);
        if (isSpreadsheet(*entry.format)) {
            entry.sheets = ObservationImporter::sheetNames(path);
        } else if (*entry.format == ImportFormat::KoladaJson) {
            // Values and indicator descriptions are both JSON; only parsing tells them apart.
            if (QFileInfo(path).size() <= jsonInspectLimit)
                entry.format = JsonDocumentLoader::kindOf(path, JsonDocumentLoader::load(path));
            else
                entry.formatKnown = false;
        }
    } catch (const Error& error) {
        entry.problem = error.message();
        entry.state = FileState::Unreadable;
    }
    return entry;
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        const bool known = std::any_of(m_files.cbegin(), m_files.cend(),
                                       [&](const FileEntry& e) { return e.path == path; });
        if (known)
            continue;
        FileEntry entry = inspect(path);
        entry.item = new QTreeWidgetItem(m_fileTree);
        entry.item->setText(FileColumn, QFileInfo(path).fileName());
        entry.item->setToolTip(FileColumn, QDir::toNativeSeparators(path));
        if (entry.format) {
            entry.item->setText(FormatColumn, entry.formatKnown
                                                  ? ImportLabels::format(*entry.format)
                                                  : tr("Kolada JSON"));
        } else {
            entry.item->setText(FormatColumn, tr("Not recognised"));
        }
        if (entry.sheets.size() > 1) {
            entry.sheetBox = new QComboBox(m_fileTree);
            entry.sheetBox->setObjectName(QStringLiteral("sheetBox"));
            entry.sheetBox->addItems(entry.sheets);
            entry.sheetBox->setToolTip(tr("The sheet to import"));
            entry.sheetBox->setAccessibleName(tr("Sheet of %1").arg(QFileInfo(path).fileName()));
            connect(entry.sheetBox, &QComboBox::currentIndexChanged, this,
                    [this, item = entry.item] {
                        m_fileTree->setCurrentItem(item);
                        updatePreview();
                    });
            m_fileTree->setItemWidget(entry.item, SheetColumn, entry.sheetBox);
        } else if (entry.sheets.size() == 1) {
            entry.item->setText(SheetColumn, entry.sheets.first());
        }
        m_files.append(entry);
        setState(m_files.last(), entry.state, entry.problem);
        if (!entry.problem.isEmpty())
            appendMessage(
                QStringLiteral("<p style=\"color:#A4000F\">%1</p>").arg(escaped(entry.problem)));
    }
    if (!m_files.isEmpty() && !m_fileTree->currentItem())
        m_fileTree->setCurrentItem(m_files.last().item);
    else
        updatePreview();
    updateButtons();
}

void ImportDialog::removeSelectedFiles()
{
    if (isImporting())
        return;
    const QList<QTreeWidgetItem*> selected = m_fileTree->selectedItems();
    for (qsizetype i = m_files.size() - 1; i >= 0; --i) {
        if (selected.contains(m_files[i].item)) {
            delete m_files[i].item;
            m_files.removeAt(i);
        }
    }
    updateButtons();
}

void ImportDialog::setState(FileEntry& entry, FileState state, const QString& detail)
{
    entry.state = state;
    QString text;
    QColor colour = palette().color(QPalette::Text);
    switch (state) {
    case FileState::Ready:
        text = tr("Ready to import");
        break;
    case FileState::Unreadable:
        text = tr("Cannot be imported");
        colour = QColor(0xA4, 0x00, 0x0F);
        break;
    case FileState::Importing:
        text = tr("Importing…");
        break;
    case FileState::Imported:
        text = tr("Imported");
        colour = QColor(0x1E, 0x6B, 0x2F);
        break;
    case FileState::Refused:
        text = tr("Refused, nothing changed");
        colour = QColor(0xA4, 0x00, 0x0F);
        break;
    case FileState::Cancelled:
        text = tr("Cancelled, nothing changed");
        break;
    case FileState::NotImported:
        text = tr("Not imported");
        break;
    }
    entry.item->setText(StatusColumn, text);
    entry.item->setForeground(StatusColumn, colour);
    entry.item->setToolTip(StatusColumn, detail.isEmpty() ? text : detail);
}

void ImportDialog::updatePreview()
{
    const QTreeWidgetItem* current = m_fileTree->currentItem();
    const auto entry = std::find_if(m_files.cbegin(), m_files.cend(),
                                    [current](const FileEntry& e) { return e.item == current; });
    if (!current || entry == m_files.cend()) {
        m_preview->showMessage(
            tr("Choose a file in the list to see which of its rows are taken as the table."));
        return;
    }
    if (!entry->format || !entry->problem.isEmpty()) {
        m_preview->showMessage(
            tr("%1 cannot be read: %2").arg(QFileInfo(entry->path).fileName(), entry->problem));
        return;
    }
    if (*entry->format != ImportFormat::Csv && !isSpreadsheet(*entry->format)) {
        m_preview->showMessage(tr("%1 is Kolada's own format; it has no table to preview.")
                                   .arg(QFileInfo(entry->path).fileName()));
        return;
    }
    m_preview->showFile(entry->path, *entry->format,
                        entry->sheetBox ? entry->sheetBox->currentText() : QString());
}

void ImportDialog::updateButtons()
{
    const bool busy = isImporting();
    const auto pending = std::count_if(m_files.cbegin(), m_files.cend(), [](const FileEntry& e) {
        return e.state != FileState::Imported;
    });
    const auto unreadable = std::count_if(m_files.cbegin(), m_files.cend(), [](const FileEntry& e) {
        return e.state == FileState::Unreadable;
    });
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && !m_fileTree->selectedItems().isEmpty());
    m_fileTree->setEnabled(!busy);
    m_importButton->setEnabled(!busy && pending > 0 && unreadable == 0);
    m_closeButton->setText(busy ? tr("Cancel and close") : tr("Close"));

    QString hint;
    if (m_files.isEmpty())
        hint = tr("Add the files to import.");
    else if (unreadable > 0)
        hint = tr("Remove the files that cannot be imported from the list to import the "
                  "others.");
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void ImportDialog::appendMessage(const QString& html)
{
    m_messages->append(html);
}

QString ImportDialog::fileName(int runIndex) const
{
    return QFileInfo(m_files[m_run[runIndex]].path).fileName();
}

void ImportDialog::startImport()
{
    if (isImporting() || !m_importButton->isEnabled())
        return;
    m_run.clear();
    QList<ImportRequest> requests;
    for (int i = 0; i < m_files.size(); ++i) {
        FileEntry& entry = m_files[i];
        if (entry.state == FileState::Imported)
            continue;
        m_run.append(i);
        requests.append({entry.path, entry.sheetBox ? entry.sheetBox->currentText() : QString()});
        setState(entry, FileState::NotImported);
    }
    if (requests.isEmpty())
        return;
    m_importedInRun = 0;
    m_messages->clear();

    m_worker = std::make_unique<ImportWorker>(m_databasePath, requests);
    connect(m_worker.get(), &ImportWorker::fileStarted, this, [this](int index) {
        setState(m_files[m_run[index]], FileState::Importing);
        m_progressBar->setValue(0);
        m_progressLabel->setText(tr("Importing %1…").arg(fileName(index)));
    });
    connect(m_worker.get(), &ImportWorker::progressed, this, &ImportDialog::onProgress);
    connect(m_worker.get(), &ImportWorker::conflictsFound, this, &ImportDialog::onConflicts);
    connect(m_worker.get(), &ImportWorker::fileImported, this, &ImportDialog::onImported);
    connect(m_worker.get(), &ImportWorker::fileRefused, this, &ImportDialog::onRefused);
    connect(m_worker.get(), &ImportWorker::fileCancelled, this, &ImportDialog::onCancelled);
    ImportWorker* worker = m_worker.get();
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setObjectName(QStringLiteral("jamfor-import"));
    // finished is emitted from the worker thread after its last signal, so it arrives last.
    connect(m_thread, &QThread::finished, this, &ImportDialog::onRunFinished);

    m_cancelButton->setEnabled(true);
    m_progressBar->setValue(0);
    m_progressDelay->start();
    updateButtons();
    m_thread->start();
}

void ImportDialog::showProgress()
{
    if (isImporting())
        m_progressRow->show();
}

void ImportDialog::onProgress(int index, double fraction, qint64 rows, bool checking)
{
    if (!m_cancelButton->isEnabled())
        return; // "Cancelling…" stays until the worker stops
    m_progressBar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    const QString rowText = ImportLabels::count(rows);
    if (checking)
        m_progressLabel->setText(
            tr("Listing the values of %1 that differ from stored ones: %2 rows read")
                .arg(fileName(index), rowText));
    else if (m_run.size() > 1)
        m_progressLabel->setText(tr("Importing %1 (file %2 of %3): %4 rows read")
                                     .arg(fileName(index))
                                     .arg(index + 1)
                                     .arg(m_run.size())
                                     .arg(rowText));
    else
        m_progressLabel->setText(tr("Importing %1: %2 rows read").arg(fileName(index), rowText));
    if (rows >= progressRowThreshold)
        showProgress();
}

void ImportDialog::onConflicts(int index, const ImportResult& preview)
{
    auto* dialog = new ConflictDialog(fileName(index), preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_worker)
            m_worker->answerConflicts(dialog->decision());
    });
    dialog->open();
}

void ImportDialog::onImported(int index, const ImportResult& result)
{
    ++m_importedInRun;
    const QString summary = ImportLabels::summary(result);
    setState(m_files[m_run[index]], FileState::Imported, summary);
    QString html =
        QStringLiteral("<p><b>%1</b>: %2</p>").arg(escaped(fileName(index)), escaped(summary));
    for (const QString& warning : result.warnings)
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Note: %1").arg(warning)));
    appendMessage(html);
}

void ImportDialog::onRefused(int index, const QString& message)
{
    setState(m_files[m_run[index]], FileState::Refused, message);
    appendMessage(QStringLiteral("<p style=\"color:#A4000F\">%1<br/>%2</p>")
                      .arg(escaped(message),
                           escaped(tr("%1 was not imported; nothing in the file was changed by "
                                      "it.")
                                       .arg(fileName(index)))));
}

void ImportDialog::onCancelled(int index)
{
    setState(m_files[m_run[index]], FileState::Cancelled);
    appendMessage(QStringLiteral("<p>%1</p>")
                      .arg(escaped(tr("The import of %1 was cancelled; nothing from it was "
                                      "stored.")
                                       .arg(fileName(index)))));
}

void ImportDialog::onRunFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker.reset();
    m_progressDelay->stop();
    m_progressRow->hide();
    // A conflict question left open when the run was cancelled has nobody to answer anymore.
    for (ConflictDialog* question : findChildren<ConflictDialog*>())
        question->close();

    int notImported = 0;
    for (int index : std::as_const(m_run))
        notImported += m_files[index].state == FileState::NotImported ? 1 : 0;
    if (notImported > 0 && m_importedInRun > 0)
        appendMessage(QStringLiteral("<p>%1</p>")
                          .arg(escaped(tr("The files marked as imported were stored; the "
                                          "others were not imported."))));
    else if (notImported > 0)
        appendMessage(
            QStringLiteral("<p>%1</p>").arg(escaped(tr("The files after it were not imported."))));
    updateButtons();
    if (m_importedInRun > 0)
        emit imported();
    emit importFinished();
    if (m_closeWhenFinished)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (isImporting()) {
        m_closeWhenFinished = true;
        m_worker->cancel();
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace jamfor
