// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QScrollArea>

class QLabel;

namespace jamfor {

class Handbook;

// The handbook's guidance for the current step: its purpose, the questions to discuss and what
// the worksheet asks for.
class HandbookPanel : public QScrollArea
{
    Q_OBJECT

public:
    HandbookPanel(const Handbook& handbook, QWidget* parent = nullptr);

    void showStep(AnalysisStep step);
    QString purposeText() const;
    QStringList questions() const;

private:
    const Handbook& m_handbook;
    QLabel* m_title = nullptr;
    QLabel* m_purpose = nullptr;
    QLabel* m_questions = nullptr;
    QLabel* m_worksheet = nullptr;
    QStringList m_questionList;
};

} // namespace jamfor
