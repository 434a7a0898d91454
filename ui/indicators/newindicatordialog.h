// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"
#include "core/model/indicator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jamfor {

class EditSession;

// Asks for an own indicator: id (unique, not empty), title, description, unit of measure,
// source, area and classification. OK stays disabled, with the reason shown, until it is valid.
class NewIndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    NewIndicatorDialog(EditSession& session, const QList<Area>& areas, const QString& areaId,
                       QWidget* parent = nullptr);

    Indicator indicator() const;
    QString problem() const; // empty when the indicator can be created

private:
    void validate();

    EditSession& m_session;
    QLineEdit* m_idEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QLineEdit* m_unitEdit = nullptr;
    QLineEdit* m_sourceEdit = nullptr;
    QComboBox* m_areaBox = nullptr;
    QComboBox* m_kindBox = nullptr;
    QComboBox* m_directionBox = nullptr;
    QComboBox* m_handbookTypeBox = nullptr;
    QCheckBox* m_genderBox = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jamfor
