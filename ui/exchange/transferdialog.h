// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/jamforfiletransfer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace jamfor {

// Importera från annan Jämför-fil: what to bring in besides the values (networks, saved groups,
// analyses), a preview of what the import would do (a dry run, read again when the choice
// changes) with every difference listed — values, networks, groups and analyses, with the time
// of each side's last edit and which is newer — and one decision: keep mine, take theirs, or
// cancel. Without differences the button is simply Import. The work runs off the window's
// thread with its own connection to the file (BackgroundTask).
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    // databasePath: the open file; otherPath: the member's file to bring in.
    TransferDialog(const QString& databasePath, const QString& otherPath,
                   QWidget* parent = nullptr);

    // The last preview (empty before the first) and the result of the import (after accept()).
    const TransferResult& preview() const { return m_preview; }
    const TransferResult& transferResult() const { return m_result; }
    // A one-line account of the result for the status bar.
    QString resultSummary() const;
    // False when the file was refused; the reason is in the dialog (and in refusal()).
    bool isUsable() const { return m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; }

private:
    TransferContent content() const;
    void readPreview();
    void showPreview();
    void fillTable();
    void run(ConflictPolicy policy);
    TransferResult transfer(const TransferOptions& options);

    QString m_databasePath;
    QString m_otherPath;
    QString m_refusal;
    TransferResult m_preview;
    TransferResult m_result;
    QCheckBox* m_networks = nullptr;
    QCheckBox* m_groups = nullptr;
    QCheckBox* m_analyses = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_replace = nullptr;
};

} // namespace jamfor
