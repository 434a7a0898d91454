// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/editsession.h"

#include "core/registry/unitregistry.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/util/error.h"
#include "ui/commands/changeindicatorcommand.h"
#include "ui/commands/changenetworkcommand.h"
#include "ui/commands/createindicatorcommand.h"
#include "ui/commands/createnetworkcommand.h"
#include "ui/commands/deletenetworkcommand.h"
#include "ui/commands/documentnotifier.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace jamfor {

EditSession::EditSession(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
    , m_notifier(new DocumentNotifier(this))
{}

EditSession::~EditSession()
{
    // The commands refer to the session; delete them while it is still whole.
    m_undoStack->clear();
}

void EditSession::reportError(const QString& message)
{
    // Queued: a receiver that opens a message box must not run inside QUndoStack::undo().
    QTimer::singleShot(0, this, [this, message] { emit errorOccurred(message); });
}

bool EditSession::push(std::unique_ptr<DocumentCommand> command)
{
    if (!command->applyFirst())
        return false;
    m_undoStack->push(command.release());
    return true;
}

QString EditSession::networkNameProblem(const QString& name, qint64 exceptNetworkId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the network a name.");
    try {
        const auto existing = NetworkRepository(m_database.connection()).findByName(trimmed);
        if (existing && existing->id != exceptNetworkId)
            return tr("There is already a network named %1.").arg(trimmed);
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

QString EditSession::newIndicatorIdProblem(const QString& id) const
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the indicator an id.");
    static const QRegularExpression allowed(QStringLiteral("^[\\w-]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(trimmed).hasMatch())
        return tr("An id may only contain letters, digits, - and _.");
    try {
        const QList<Indicator> indicators = IndicatorRepository(m_database.connection()).all();
        const bool taken = std::any_of(indicators.cbegin(), indicators.cend(), [&](const auto& i) {
            return i.id.compare(trimmed, Qt::CaseInsensitive) == 0;
        });
        if (taken)
            return tr("There is already an indicator with id %1.").arg(trimmed);
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

QString EditSession::unusedNetworkName() const
{
    const QString base = tr("New network");
    QString name = base;
    for (int n = 2; !networkNameProblem(name).isEmpty() && n < 1000; ++n)
        name = tr("New network %1").arg(n);
    return name;
}

std::optional<Network> EditSession::loadNetwork(qint64 networkId)
{
    try {
        if (auto network = NetworkRepository(m_database.connection()).find(networkId))
            return network;
        reportError(tr("The network is no longer in the file."));
    } catch (const Error& error) {
        reportError(error.message());
    }
    return std::nullopt;
}

std::optional<Indicator> EditSession::loadIndicator(const QString& indicatorId)
{
    try {
        if (auto indicator = IndicatorRepository(m_database.connection()).find(indicatorId))
            return indicator;
        reportError(tr("The indicator %1 is no longer in the file.").arg(indicatorId));
    } catch (const Error& error) {
        reportError(error.message());
    }
    return std::nullopt;
}

QString EditSession::unitName(const QString& unitId) const
{
    const Unit* unit = UnitRegistry::instance().find(unitId);
    return unit ? unit->name : unitId;
}

QString EditSession::areaNames(const QStringList& areaIds) const
{
    QStringList names;
    try {
        for (const Area& area : AreaRepository(m_database.connection()).all()) {
            if (areaIds.contains(area.id))
                names << area.name;
        }
    } catch (const Error&) {
        return areaIds.join(QStringLiteral(", "));
    }
    return names.join(QStringLiteral(", "));
}

bool EditSession::changeNetwork(const Network& before, const Network& after, const QString& text)
{
    if (before == after)
        return true; // nothing to undo
    return push(std::make_unique<ChangeNetworkCommand>(*this, before, after, text));
}

bool EditSession::changeIndicator(const Indicator& before, const Indicator& after,
                                  const QString& text)
{
    if (before == after)
        return true;
    return push(std::make_unique<ChangeIndicatorCommand>(*this, before, after, text));
}

qint64 EditSession::createNetwork(const QString& name)
{
    if (const QString problem = networkNameProblem(name); !problem.isEmpty()) {
        reportError(problem);
        return 0;
    }
    Network network;
    network.name = name.trimmed();
    auto command = std::make_unique<CreateNetworkCommand>(
        *this, network, tr("Create network %1").arg(network.name));
    CreateNetworkCommand* created = command.get();
    if (!push(std::move(command)))
        return 0;
    return created->networkId();
}

qint64 EditSession::createNetworkFromGroup(const QString& groupName, const QStringList& unitIds)
{
    Network network;
    network.name = groupName.trimmed();
    for (int n = 2; !networkNameProblem(network.name).isEmpty() && n < 1000; ++n)
        network.name = QStringLiteral("%1 %2").arg(groupName.trimmed()).arg(n);
    if (const QString problem = networkNameProblem(network.name); !problem.isEmpty()) {
        reportError(problem);
        return 0;
    }
    for (const QString& id : unitIds) {
        const Unit* unit = UnitRegistry::instance().find(id);
        if (unit && unit->type == UnitType::Municipality)
            network.members.append({id, {}});
    }
    network.description = tr("Made from the group %1.").arg(groupName.trimmed());
    auto command = std::make_unique<CreateNetworkCommand>(
        *this, network, tr("Create network %1 from a group").arg(network.name));
    CreateNetworkCommand* created = command.get();
    if (!push(std::move(command)))
        return 0;
    return created->networkId();
}

bool EditSession::renameNetwork(qint64 networkId, const QString& name)
{
    if (const QString problem = networkNameProblem(name, networkId); !problem.isEmpty()) {
        reportError(problem);
        return false;
    }
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    after.name = name.trimmed();
    return changeNetwork(*before, after,
                         tr("Rename network %1 to %2").arg(before->name, after.name));
}

bool EditSession::setNetworkDescription(qint64 networkId, const QString& description)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    after.description = description.trimmed();
    return changeNetwork(*before, after, tr("Change the description of %1").arg(before->name));
}

bool EditSession::deleteNetwork(qint64 networkId)
{
    const auto network = loadNetwork(networkId);
    if (!network)
        return false;
    return push(std::make_unique<DeleteNetworkCommand>(*this, *network,
                                                       tr("Delete network %1").arg(network->name)));
}

bool EditSession::addMember(qint64 networkId, const QString& unitId)
{
    const Unit* unit = UnitRegistry::instance().find(unitId);
    if (!unit || unit->type != UnitType::Municipality) {
        reportError(tr("%1 is not a municipality.").arg(unitId));
        return false;
    }
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    const auto isUnit = [&](const NetworkMember& m) {
        return m.unitId == unitId;
    };
    if (std::any_of(before->members.cbegin(), before->members.cend(), isUnit)) {
        reportError(tr("%1 is already a member of %2.").arg(unit->name, before->name));
        return false;
    }
    Network after = *before;
    after.members.append({unitId, {}});
    return changeNetwork(*before, after, tr("Add member %1").arg(unit->name));
}

bool EditSession::removeMember(qint64 networkId, const QString& unitId)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    after.members.removeIf([&](const NetworkMember& m) { return m.unitId == unitId; });
    return changeNetwork(*before, after, tr("Remove member %1").arg(unitName(unitId)));
}

bool EditSession::setMemberAreas(qint64 networkId, const QString& unitId,
                                 const QStringList& areaIds)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    QStringList sorted = areaIds;
    sorted.sort(); // the repository reads them back sorted
    sorted.removeDuplicates();
    for (NetworkMember& member : after.members) {
        if (member.unitId == unitId)
            member.areaIds = sorted;
    }
    const QString text = sorted.isEmpty()
                             ? tr("Let %1 take part in all areas").arg(unitName(unitId))
                             : tr("Limit %1 to %2").arg(unitName(unitId), areaNames(sorted));
    return changeNetwork(*before, after, text);
}

qint64 EditSession::addPerson(qint64 networkId, const Person& person)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return 0;
    Network after = *before;
    Person added = person;
    added.id = 0;
    after.people.append(added);
    auto command = std::make_unique<ChangeNetworkCommand>(*this, *before, after,
                                                          tr("Add person %1").arg(person.name));
    ChangeNetworkCommand* change = command.get();
    if (!push(std::move(command)))
        return 0;
    // The new person is the one whose id the network did not have before.
    for (const Person& p : change->after().people) {
        const auto sameId = [&](const Person& old) {
            return old.id == p.id;
        };
        if (std::none_of(before->people.cbegin(), before->people.cend(), sameId))
            return p.id;
    }
    return 0;
}

bool EditSession::editPerson(qint64 networkId, const Person& person)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    const auto it = std::find_if(after.people.begin(), after.people.end(),
                                 [&](const Person& p) { return p.id == person.id; });
    if (it == after.people.end()) {
        reportError(tr("The person is no longer in the network."));
        return false;
    }
    const Person old = *it;
    *it = person;
    QString text = tr("Edit %1").arg(old.name);
    if (old.name != person.name)
        text = tr("Rename %1 to %2").arg(old.name, person.name);
    else if (old.role != person.role)
        text = tr("Change the role of %1").arg(old.name);
    else if (old.unitId != person.unitId)
        text = tr("Change the municipality of %1").arg(old.name);
    else if (old.email != person.email)
        text = tr("Change the e-mail address of %1").arg(old.name);
    else if (old.phone != person.phone)
        text = tr("Change the phone number of %1").arg(old.name);
    return changeNetwork(*before, after, text);
}

bool EditSession::removePerson(qint64 networkId, qint64 personId)
{
    const auto before = loadNetwork(networkId);
    if (!before)
        return false;
    Network after = *before;
    QString name;
    after.people.removeIf([&](const Person& p) {
        if (p.id != personId)
            return false;
        name = p.name;
        return true;
    });
    return changeNetwork(*before, after, tr("Remove person %1").arg(name));
}

bool EditSession::createIndicator(const Indicator& indicator)
{
    if (const QString problem = newIndicatorIdProblem(indicator.id); !problem.isEmpty()) {
        reportError(problem);
        return false;
    }
    Indicator created = indicator;
    created.id = indicator.id.trimmed();
    created.title = indicator.title.trimmed().isEmpty() ? created.id : indicator.title.trimmed();
    created.confirmed = true; // chosen in the dialog
    return push(std::make_unique<CreateIndicatorCommand>(
        *this, created, tr("Create indicator %1").arg(created.id)));
}

bool EditSession::setIndicatorDirection(const QString& indicatorId, Direction direction)
{
    const auto before = loadIndicator(indicatorId);
    if (!before)
        return false;
    Indicator after = *before;
    after.direction = direction;
    after.confirmed = true; // the user's choice: no later import suggests over it
    return changeIndicator(*before, after, tr("Change the direction of %1").arg(indicatorId));
}

bool EditSession::setIndicatorKind(const QString& indicatorId, IndicatorKind kind)
{
    const auto before = loadIndicator(indicatorId);
    if (!before)
        return false;
    Indicator after = *before;
    after.kind = kind;
    after.confirmed = true;
    return changeIndicator(*before, after, tr("Change the kind of %1").arg(indicatorId));
}

bool EditSession::setIndicatorHandbookType(const QString& indicatorId, HandbookType type)
{
    const auto before = loadIndicator(indicatorId);
    if (!before)
        return false;
    Indicator after = *before;
    after.handbookType = type;
    return changeIndicator(*before, after, tr("Change the indicator type of %1").arg(indicatorId));
}

bool EditSession::setIndicatorArea(const QString& indicatorId, const QString& areaId)
{
    const auto before = loadIndicator(indicatorId);
    if (!before)
        return false;
    Indicator after = *before;
    after.areaId = areaId;
    return changeIndicator(*before, after, tr("Change the area of %1").arg(indicatorId));
}

bool EditSession::confirmIndicators(const QStringList& indicatorIds)
{
    QList<std::pair<Indicator, Indicator>> changes;
    for (const QString& id : indicatorIds) {
        const auto before = loadIndicator(id);
        if (!before)
            return false;
        if (before->confirmed)
            continue;
        Indicator after = *before;
        after.confirmed = true;
        changes.append({*before, after});
    }
    if (changes.isEmpty())
        return true;
    if (changes.size() == 1) {
        return changeIndicator(changes[0].first, changes[0].second,
                               tr("Confirm the suggestion for %1").arg(changes[0].first.id));
    }
    m_undoStack->beginMacro(
        tr("Confirm the suggestions for %n indicators", nullptr, int(changes.size())));
    bool ok = true;
    for (const auto& [before, after] : changes) {
        ok = changeIndicator(before, after, tr("Confirm the suggestion for %1").arg(before.id));
        if (!ok)
            break;
    }
    m_undoStack->endMacro();
    return ok;
}

} // namespace jamfor
