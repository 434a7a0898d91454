// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/persontablemodel.h"

#include "core/model/network.h"
#include "core/registry/unitregistry.h"
#include "ui/commands/editsession.h"

#include <algorithm>

namespace jamfor {

namespace {

QString unitName(const QString& unitId)
{
    const Unit* unit = UnitRegistry::instance().find(unitId);
    return unit ? unit->name : unitId;
}

} // namespace

PersonTableModel::PersonTableModel(EditSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void PersonTableModel::setPeople(qint64 networkId, const QList<Person>& people,
                                 const QStringList& memberIds)
{
    const auto sameId = [](const Person& a, const Person& b) {
        return a.id == b.id;
    };
    const bool sameRows = networkId == m_networkId && people.size() == m_people.size() &&
                          std::equal(people.cbegin(), people.cend(), m_people.cbegin(), sameId);
    m_memberIds = memberIds;
    if (sameRows) {
        m_people = people;
        if (!m_people.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_networkId = networkId;
    m_people = people;
    endResetModel();
}

int PersonTableModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people[row].id == personId)
            return row;
    }
    return -1;
}

QList<PersonTableModel::Choice> PersonTableModel::choices(const QModelIndex& index) const
{
    QList<Choice> result;
    if (index.column() == RoleColumn) {
        for (PersonRole role : enumValues<PersonRole>())
            result.append({enumLabel(role), personRoleCode(role)});
    } else if (index.column() == MunicipalityColumn) {
        result.append({tr("(none)"), QString()});
        QStringList ids = m_memberIds;
        const QString current = index.data(Qt::EditRole).toString();
        if (!current.isEmpty() && !ids.contains(current))
            ids.append(current); // e.g. a region's contact person
        for (const QString& id : std::as_const(ids))
            result.append({unitName(id), id});
    }
    return result;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person& person = m_people[index.row()];
    if (role == PersonIdRole)
        return person.id;
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (index.column()) {
    case NameColumn:
        return person.name;
    case RoleColumn:
        return edit ? personRoleCode(person.role) : enumLabel(person.role);
    case MunicipalityColumn:
        return edit ? person.unitId : unitName(person.unitId);
    case EmailColumn:
        return person.email;
    case PhoneColumn:
        return person.phone;
    default:
        return {};
    }
}

bool PersonTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_people.size())
        return false;
    Person person = m_people[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty())
            return false; // a person needs a name; the old one stays
        person.name = text;
        break;
    case RoleColumn:
        person.role = personRoleFromCode(text);
        break;
    case MunicipalityColumn:
        person.unitId = text;
        break;
    case EmailColumn:
        person.email = text;
        break;
    case PhoneColumn:
        person.phone = text;
        break;
    default:
        return false;
    }
    // The stored state comes back through the notifier and setPeople().
    return m_session.editPerson(m_networkId, person);
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case MunicipalityColumn:
        return tr("Municipality");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

Qt::ItemFlags PersonTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace jamfor
