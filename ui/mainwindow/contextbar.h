// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "core/model/observation.h"

#include <QWidget>

class QComboBox;

namespace jamfor {

class Database;

// The row of choices every tab shares: network, area, year, gender and focus municipality.
// Reloading keeps the current choices where the file still has them.
class ContextBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContextBar(QWidget* parent = nullptr);

    // Fills the choices from the file; nullptr empties them.
    void load(Database* database);

    bool hasNetwork() const;
    const Network& network() const; // only when hasNetwork()
    qint64 networkId() const;
    QString areaId() const;
    bool hasAreas() const;
    int year() const; // 0 when the file has no values
    int firstYear() const;
    Gender gender() const;
    QString focusUnitId() const; // empty when the network has no members

    void selectNetwork(qint64 networkId);
    void selectGender(Gender gender);

signals:
    // One of the choices changed (not emitted while load() fills them).
    void changed();

private:
    QComboBox* addChoice(const QString& label, const QString& objectName);
    void fillFocus();

    QList<Network> m_networks;
    QComboBox* m_networkBox = nullptr;
    QComboBox* m_areaBox = nullptr;
    QComboBox* m_yearBox = nullptr;
    QComboBox* m_genderBox = nullptr;
    QComboBox* m_focusBox = nullptr;
    bool m_loading = false;
};

} // namespace jamfor
