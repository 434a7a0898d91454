// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace jamfor {

class AnalysisScopeForm;
class Database;

// Asks for the frame of a new analysis: a network (or a single municipality and its comparison
// population), the area, the focus municipality and the year.
class NewAnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAnalysisDialog(Database& database, QWidget* parent = nullptr);

    AnalysisScopeForm* scopeForm() const { return m_form; }
    // The new analysis (id 0); a blank title becomes the suggested one.
    Analysis analysis() const;

private:
    void updateOk();

    AnalysisScopeForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jamfor
