// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "core/model/network.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

class QUndoStack;

namespace jamfor {

class Database;
class DocumentCommand;
class DocumentNotifier;

// The editing state of one open file: its undo stack, its change notifier and a small facade
// of edits. Every edit below is one undo step with a text the Edit menu shows ("Add member
// Tanum"), and writes through the storage repositories at once (the file has no separate save).
// An edit that cannot be stored changes nothing, returns false (or 0) and is reported through
// errorOccurred(). Create a new session for every file that is opened.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(Database& database, QObject* parent = nullptr);
    ~EditSession() override;

    Database& database() const { return m_database; }
    QUndoStack* undoStack() const { return m_undoStack; }
    DocumentNotifier* notifier() const { return m_notifier; }

    // What is wrong with a network name (empty: nothing). exceptNetworkId is the network that
    // is renamed, which may keep its own name.
    QString networkNameProblem(const QString& name, qint64 exceptNetworkId = 0) const;
    // What is wrong with the id of a new indicator (empty: nothing).
    QString newIndicatorIdProblem(const QString& id) const;
    // A name "New network", "New network 2", … that no network has yet.
    QString unusedNetworkName() const;

    // Networks. The ids are the stored ones; an unknown id is reported as an error.
    qint64 createNetwork(const QString& name); // the new network's id, or 0
    // A network with the group's municipalities as members, named as the group (or "NAME 2"
    // when a network has the name); one undo step. The new network's id, or 0.
    qint64 createNetworkFromGroup(const QString& groupName, const QStringList& unitIds);
    bool renameNetwork(qint64 networkId, const QString& name);
    bool setNetworkDescription(qint64 networkId, const QString& description);
    bool deleteNetwork(qint64 networkId);
    bool addMember(qint64 networkId, const QString& unitId);
    bool removeMember(qint64 networkId, const QString& unitId);
    // An empty list lets the member take part in every area.
    bool setMemberAreas(qint64 networkId, const QString& unitId, const QStringList& areaIds);
    qint64 addPerson(qint64 networkId, const Person& person); // the new person's id, or 0
    bool editPerson(qint64 networkId, const Person& person);  // the person with person.id
    bool removePerson(qint64 networkId, qint64 personId);

    // Indicators.
    bool createIndicator(const Indicator& indicator);
    bool setIndicatorDirection(const QString& indicatorId, Direction direction);
    bool setIndicatorKind(const QString& indicatorId, IndicatorKind kind);
    bool setIndicatorHandbookType(const QString& indicatorId, HandbookType type);
    bool setIndicatorArea(const QString& indicatorId, const QString& areaId);
    // Marks the suggested kind, direction and unit of the indicators as the user's choice, so
    // that no later import changes them. Several indicators are one undo step. Setting the kind
    // or direction confirms too.
    bool confirmIndicators(const QStringList& indicatorIds);

    // Called by the commands when the file refused a write.
    void reportError(const QString& message);

signals:
    // A change could not be stored; the message is translated and meant for a QMessageBox.
    // Emitted from the event loop, never from inside an undo stack call.
    void errorOccurred(const QString& message);

private:
    bool push(std::unique_ptr<DocumentCommand> command);
    std::optional<Network> loadNetwork(qint64 networkId);
    std::optional<Indicator> loadIndicator(const QString& indicatorId);
    bool changeNetwork(const Network& before, const Network& after, const QString& text);
    bool changeIndicator(const Indicator& before, const Indicator& after, const QString& text);
    QString unitName(const QString& unitId) const;
    QString areaNames(const QStringList& areaIds) const;

    Database& m_database;
    QUndoStack* m_undoStack = nullptr;
    DocumentNotifier* m_notifier = nullptr;
};

} // namespace jamfor
