// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"
#include "core/model/indicator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jamfor {

class EditSession;
class IndicatorFilterProxy;
class IndicatorTableModel;

// Finds indicators by id or title, area and kind, shows what one measures and where it comes
// from, and lets the user set its direction, kind, handbook type and area or create an own
// indicator. Every change goes through EditSession and so is one undo step.
class IndicatorBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorBrowser(EditSession& session, QWidget* parent = nullptr);
    ~IndicatorBrowser() override;

    QString currentIndicatorId() const;
    // Selects the indicator, clearing the filters when they hide it.
    void selectIndicator(const QString& indicatorId);
    // Reads indicators and areas from the file again (e.g. after an import).
    void reload();
    // Asks for an own indicator in a dialog and creates it.
    void createIndicator();

private:
    QWidget* createFilterBar();
    QWidget* createDetails();
    void onIndicatorsChanged(const QString& indicatorId);
    void fillAreaBoxes();
    void applyFilters();
    void showCurrentIndicator();
    const Indicator* currentIndicator() const;
    void commitArea();
    void commitKind();
    void commitDirection();
    void commitHandbookType();
    void confirmCurrent();
    void confirmShown();

    EditSession& m_session;
    QList<Area> m_areas;
    bool m_showing = false; // filling the detail pane: the combo boxes are not edits

    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_areaFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QPushButton* m_newButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    IndicatorTableModel* m_model = nullptr;
    IndicatorFilterProxy* m_proxy = nullptr;

    QWidget* m_details = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_genderLabel = nullptr;
    QLabel* m_perspectiveLabel = nullptr;
    QComboBox* m_areaBox = nullptr;
    QComboBox* m_kindBox = nullptr;
    QComboBox* m_directionBox = nullptr;
    QComboBox* m_handbookTypeBox = nullptr;
    QLabel* m_suggestionLabel = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_confirmShownButton = nullptr;
};

} // namespace jamfor
