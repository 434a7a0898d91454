// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"

#include <QDialog>

class QTableWidget;

namespace jamfor {

// Lists the values of an import that differ from the values already stored (indicator,
// municipality, year, gender, current value, new value, place in the source) and asks for one
// decision for all of them: keep the current values, replace them, or cancel the import.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // source: the file name or "own figures"; preview: a dry run's result with the conflicts.
    ConflictDialog(const QString& source, const ImportResult& preview, QWidget* parent = nullptr);

    // Keep or Replace once a choice was made; Fail when the import is to be cancelled.
    ConflictPolicy decision() const { return m_decision; }

private:
    void choose(ConflictPolicy decision);

    ConflictPolicy m_decision = ConflictPolicy::Fail;
    QTableWidget* m_table = nullptr;
};

} // namespace jamfor
