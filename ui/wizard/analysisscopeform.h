// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"
#include "core/model/network.h"
#include "core/model/unit.h"
#include "core/model/unitgroup.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace jamfor {

class Database;

// The frame of an analysis: its title, what the focus municipality is compared with (a
// network, or a single municipality with another comparison population), the area, the focus
// municipality and the year. Used by the new-analysis dialog and by step 1.
class AnalysisScopeForm : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisScopeForm(Database& database, QWidget* parent = nullptr);

    // Reloads the choices from the file (networks, areas, years) and shows the analysis.
    void setAnalysis(const Analysis& analysis);
    // The analysis with the form's choices put in.
    Analysis applyTo(Analysis analysis) const;
    // A title made of the area, the focus municipality and the year ("Äldreomsorg, Tanum 2023").
    QString suggestedTitle() const;

signals:
    // The user changed a choice (never while setAnalysis() fills the form).
    void edited();

private:
    void loadChoices();
    void updateVisibility();
    void fillFocusChoices(const QString& keep);
    // Saved groups, with Kolada's "Liknande kommuner <area>, <focus>, <year>" groups of the
    // focus municipality first.
    void fillGroupChoices(qint64 keepId);
    void emitEdited();

    Database& m_database;
    QList<Network> m_networks;
    QList<Unit> m_units;
    QList<UnitGroup> m_groups;
    bool m_filling = false;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QComboBox* m_kindBox = nullptr;
    QComboBox* m_networkBox = nullptr;
    QComboBox* m_countyBox = nullptr;
    QComboBox* m_kommungruppBox = nullptr;
    QComboBox* m_groupBox = nullptr;
    QComboBox* m_areaBox = nullptr;
    QComboBox* m_focusBox = nullptr;
    QComboBox* m_yearBox = nullptr;
};

} // namespace jamfor
