// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"

#include <QAbstractTableModel>
#include <QVariant>
#include <utility>

namespace jamfor {

class EditSession;

// The people of one network, edited in place. An edit of a cell becomes one undo step through
// EditSession; the model shows the stored state when NetworkEditor passes it back in setPeople().
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1
    };
    enum Column
    {
        NameColumn,
        RoleColumn,
        MunicipalityColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };
    using Choice = std::pair<QString, QVariant>; // label, edit value

    explicit PersonTableModel(EditSession& session, QObject* parent = nullptr);

    // Shows a network's people; the members are the municipalities a person can represent.
    // Keeps the rows (and so the selection and an open editor) when the same people come back.
    void setPeople(qint64 networkId, const QList<Person>& people, const QStringList& memberIds);
    const QList<Person>& people() const { return m_people; }
    int rowOf(qint64 personId) const; // -1 when unknown

    // The values a cell of the role or municipality column can take, for the delegate.
    QList<Choice> choices(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    EditSession& m_session;
    qint64 m_networkId = 0;
    QList<Person> m_people;
    QStringList m_memberIds;
};

} // namespace jamfor
