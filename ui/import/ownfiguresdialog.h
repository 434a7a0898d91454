// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace jamfor {

class Database;

// A form for typing in one's own figures (e.g. this year's value before Kolada has it):
// municipality, indicator (searchable), year, gender (only total unless the indicator is
// divided by gender) and a value with a decimal comma, or a status such as "missing". Figures
// collect in a list; Save stores the list with ObservationImporter::importOwnFigures as one
// import batch. Values that differ from stored ones are listed in a ConflictDialog first.
//
// Works on the caller's Database in the GUI thread: a handful of typed figures is stored in
// milliseconds, so no worker thread is needed.
class OwnFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    // focusUnitId: the municipality chosen at first (the user's own), e.g. "1435".
    OwnFiguresDialog(Database& database, const QString& focusUnitId, QWidget* parent = nullptr);

    // The figures in the list, not yet stored.
    const QList<Observation>& figures() const { return m_figures; }

    // Checks the form and adds its figure to the list (the "Add to list" button); false, with
    // the reason next to the field, when the form is not valid.
    bool addFigure();
    // Stores the list (the Save button), first adding a figure still in the form.
    void save();

signals:
    // After figures were stored.
    void imported();

public slots:
    // Asks before closing with figures in the list that were not stored.
    void reject() override;

private:
    enum StatusChoice
    {
        ValueGiven = -1
    };

    void loadChoices(const QString& focusUnitId);
    void indicatorChanged();
    void statusChanged();
    std::optional<QString> chosenUnit() const;
    std::optional<Indicator> chosenIndicator() const;
    void clearMessages();
    void showResult(const QString& text, bool problem);
    void refreshTable();
    void store(ConflictPolicy policy);

    Database& m_database;
    QList<Indicator> m_indicators;
    QList<Observation> m_figures;

    QComboBox* m_unitBox = nullptr;
    QLabel* m_unitMessage = nullptr;
    QComboBox* m_indicatorBox = nullptr;
    QLabel* m_indicatorMessage = nullptr;
    QSpinBox* m_yearBox = nullptr;
    QComboBox* m_genderBox = nullptr;
    QLabel* m_genderNote = nullptr;
    QLineEdit* m_valueEdit = nullptr;
    QComboBox* m_statusBox = nullptr;
    QLabel* m_valueMessage = nullptr;
    QPushButton* m_addButton = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace jamfor
