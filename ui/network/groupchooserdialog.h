// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unitgroup.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QListWidget;

namespace jamfor {

// Picks one of the file's saved groups (e.g. one imported from Kolada: "V9", "Liknande kommuner
// äldreomsorg, Tanum, 2022") by typing words from its name.
class GroupChooserDialog : public QDialog
{
    Q_OBJECT

public:
    GroupChooserDialog(const QList<UnitGroup>& groups, QWidget* parent = nullptr);

    std::optional<UnitGroup> chosenGroup() const;
    void setFilter(const QString& text);

private:
    void applyFilter();

    QList<UnitGroup> m_groups;
    QLineEdit* m_filterEdit = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace jamfor
