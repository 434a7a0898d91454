// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace jamfor {

// Edit > Settings: the language of the window and the population comparisons start with.
// Stored with AppSettings when the user presses OK; the language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_languageBox = nullptr;
    QComboBox* m_populationBox = nullptr;
};

} // namespace jamfor
