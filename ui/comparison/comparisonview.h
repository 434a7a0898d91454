// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "core/model/observation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace jamfor {

class ComparisonSortProxy;
class ComparisonTableModel;
class Database;

// The comparison table with its own choices: population, columns (indicators or years),
// indicator and focus municipality. Network, area, year and gender come from the main window.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    // Shows the table for this context; a null database clears it.
    void setContext(Database* database, const Network& network, const QString& areaId, int year,
                    Gender gender, int firstYear, const QString& focusUnitId);

    QTableView* tableView() const { return m_table; }
    ComparisonTableModel* tableModel() const { return m_model; }
    void copySelection() const;
    // Writes the whole table as XLSX with the source of its values below it, or as CSV when the
    // path ends in .csv; throws jamfor::Error. No text is ever run as a formula.
    void exportTable(const QString& path) const;

private:
    void chooseFileAndExport();
    void fillChoices();
    void refresh();

    Database* m_database = nullptr;
    Network m_network;
    QString m_areaId;
    int m_year = 0;
    int m_firstYear = 0;
    Gender m_gender = Gender::Total;
    QString m_focusUnitId;

    QComboBox* m_populationBox = nullptr;
    QComboBox* m_columnsBox = nullptr;
    QComboBox* m_indicatorBox = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_caption = nullptr;
    QTableView* m_table = nullptr;
    ComparisonTableModel* m_model = nullptr;
    ComparisonSortProxy* m_proxy = nullptr;
};

} // namespace jamfor
