// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"
#include "core/model/analysis.h"

#include <QTableWidget>

namespace jamfor {

// The focus municipality's results for some of the area's indicators, one indicator a row: the
// value on the traffic-light colour of its class among all municipalities, the rank, the change
// since the year before and, when an analysis is shown, the group's judgement.
class FocusIndicatorTable : public QTableWidget
{
    Q_OBJECT

public:
    // Shows columns [first, first + count) of the table (its columns are indicators). analysis
    // may be nullptr.
    FocusIndicatorTable(const ComparisonTable& table, int first, int count,
                        const Analysis* analysis, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitRowsLater();
    void fitRows();

    bool m_fitPending = false;
};

} // namespace jamfor
