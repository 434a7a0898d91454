// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace jamfor {

class ImportWorker;
class TablePreviewView;

// Imports files into the open .jamfor file: Kolada JSON (values or indicator descriptions),
// CSV, XLSX and ODS (with a sheet choice for files with several sheets, and a preview of the
// rows taken as the table). Each file is shown
// with the format told from its content and is imported as one transaction and one import
// batch.
//
// The import runs in a worker thread with its own connection to the file (opened on
// databasePath; a QSqlDatabase connection belongs to the thread that opened it), so the window
// stays responsive and Cancel works at any time. The main window's own connection sees the new
// rows once imported() is emitted. Long imports show a progress bar with Cancel; cancelling
// rolls the current file back. Values that differ from stored ones are listed in a
// ConflictDialog for one keep / replace / cancel decision. A refused file shows the importer's
// message and that nothing was changed by it.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Adds files to the list and tells their format (also what "Add files…" does).
    void addFiles(const QStringList& paths);
    // Starts importing the files of the list not imported yet (the Import button).
    void startImport();
    bool isImporting() const { return m_thread != nullptr; }

signals:
    // After an import run in which at least one file was stored.
    void imported();
    // After every import run, successful or not.
    void importFinished();

public slots:
    void reject() override;

private:
    enum class FileState
    {
        Ready,
        Unreadable,
        Importing,
        Imported,
        Refused,
        Cancelled,
        NotImported
    };

    struct FileEntry
    {
        QString path;
        std::optional<ImportFormat> format;
        bool formatKnown = true; // false: JSON too large to tell values from descriptions here
        QString problem;         // why the file cannot be imported at all
        QStringList sheets;
        QComboBox* sheetBox = nullptr;
        QTreeWidgetItem* item = nullptr;
        FileState state = FileState::Ready;
    };

    void chooseFiles();
    void removeSelectedFiles();
    FileEntry inspect(const QString& path) const;
    void setState(FileEntry& entry, FileState state, const QString& detail = {});
    void updateButtons();
    // Shows the current file's table in the preview.
    void updatePreview();
    void appendMessage(const QString& html);

    void onProgress(int index, double fraction, qint64 rows, bool checking);
    void onConflicts(int index, const ImportResult& preview);
    void onImported(int index, const ImportResult& result);
    void onRefused(int index, const QString& message);
    void onCancelled(int index);
    void onRunFinished();
    void showProgress();

    QString fileName(int runIndex) const;

    QString m_databasePath;
    QList<FileEntry> m_files;
    QList<int> m_run; // the m_files indices of the running import, in order
    int m_importedInRun = 0;
    bool m_closeWhenFinished = false;

    QThread* m_thread = nullptr;
    std::unique_ptr<ImportWorker> m_worker;
    QTimer* m_progressDelay = nullptr;

    QTreeWidget* m_fileTree = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_hintLabel = nullptr;
    QTextBrowser* m_messages = nullptr;
    TablePreviewView* m_preview = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace jamfor
