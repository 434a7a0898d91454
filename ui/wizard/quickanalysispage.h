// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handbook/quickanalysis.h"
#include "ui/wizard/wizardpage.h"

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace jamfor {

// Step 2, Snabbanalys och prioritering: every indicator of the area in one colour-coded table
// (value, colour class, rank, change, gender gap), with the group's judgement, handbook type
// and note per indicator, and the choice of indicators to take forward.
class QuickAnalysisPage : public WizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        TakeForwardColumn,
        IndicatorColumn,
        ValueColumn,
        ColourColumn,
        CountryColumn,
        KommungruppColumn,
        RankColumn,
        ChangeColumn,
        GenderGapColumn,
        JudgementColumn,
        TypeColumn,
        NoteColumn,
        ColumnCount
    };

    QuickAnalysisPage(AnalysisEditor& editor, QWidget* parent = nullptr);

    void refresh() override;
    // The row of the indicator, -1 when the area has no such indicator.
    int rowOf(const QString& indicatorId) const;

private:
    void fillRow(int row, const QuickAnalysisRow& data);
    void itemChanged(QTableWidgetItem* item);
    void updateCount();

    QuickAnalysis m_overview;
    bool m_filling = false;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace jamfor
