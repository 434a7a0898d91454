// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QList>
#include <QWidget>
#include <functional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace jamfor {

class AnalysisState;
class Handbook;

// Step 3's cause analysis for one indicator: the fishbone with its six categories (each cause
// can be marked as a root cause by ticking it) and a chain of five whys.
class CauseAnalysisWidget : public QWidget
{
    Q_OBJECT

public:
    using Apply = std::function<bool(const QString&, const std::function<bool(AnalysisState&)>&,
                                     const QString&)>;

    // apply runs an edit as one undo step (WizardPage::apply).
    CauseAnalysisWidget(const Handbook& handbook, Apply apply, QWidget* parent = nullptr);

    // Shows the causes and whys of the indicator as the state has them.
    void showIndicator(const AnalysisState& state, const QString& indicatorId);

private:
    struct Category
    {
        CauseCategory category;
        QListWidget* list = nullptr;
        QLineEdit* input = nullptr;
    };

    QWidget* createFishbone(const Handbook& handbook);
    QWidget* createWhys();
    void addCause(const Category& category);
    void removeSelectedCause(const Category& category);
    void causeChanged(QListWidgetItem* item);
    void whysEdited();

    Apply m_apply;
    const AnalysisState* m_state = nullptr;
    QString m_indicatorId;
    qint64 m_chainId = 0;
    bool m_filling = false;
    QList<Category> m_categories;
    QLineEdit* m_problem = nullptr;
    QList<QLineEdit*> m_whys;
};

} // namespace jamfor
