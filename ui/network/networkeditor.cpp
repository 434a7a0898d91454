// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/networkeditor.h"

#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/commands/documentnotifier.h"
#include "ui/commands/editsession.h"
#include "ui/network/groupchooserdialog.h"
#include "ui/network/membertablemodel.h"
#include "ui/network/municipalitytablemodel.h"
#include "ui/network/persondelegate.h"
#include "ui/network/persontablemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jamfor {

NetworkEditor::NetworkEditor(EditSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createNetworkList());
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1100});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_session.notifier(), &DocumentNotifier::networksChanged, this,
            &NetworkEditor::onNetworksChanged);
    // An import may bring Kolada's municipality groups as saved groups.
    connect(m_session.notifier(), &DocumentNotifier::observationsImported, this,
            &NetworkEditor::reload);
    reload();
}

// The line edits lose focus while the widgets are torn down and would then finish their
// editing into an editor that is half destroyed: they are cut off first.
NetworkEditor::~NetworkEditor()
{
    m_nameEdit->disconnect(this);
    m_descriptionEdit->disconnect(this);
}

void NetworkEditor::reload()
{
    try {
        const Catalog catalog(m_session.database());
        m_areas = catalog.areas();
        m_networks = catalog.networks();
    } catch (const Error& error) {
        m_session.reportError(error.message());
    }
    fillNetworkList(currentNetworkId());
}

void NetworkEditor::onNetworksChanged(qint64 networkId)
{
    try {
        m_networks = Catalog(m_session.database()).networks();
    } catch (const Error& error) {
        m_session.reportError(error.message());
    }
    fillNetworkList(networkId);
}

void NetworkEditor::fillNetworkList(qint64 selectId)
{
    const qint64 previousId = currentNetworkId();
    const int previousRow = m_networkList->currentRow();
    const auto rowOf = [this](qint64 id) {
        for (int row = 0; row < m_networks.size(); ++row) {
            if (m_networks[row].id == id)
                return row;
        }
        return -1;
    };
    int row = rowOf(selectId);
    if (row < 0)
        row = rowOf(previousId);
    if (row < 0)
        row = std::min(std::max(previousRow, 0), int(m_networks.size()) - 1);
    {
        const QSignalBlocker blocker(m_networkList);
        m_networkList->clear();
        for (const Network& network : std::as_const(m_networks)) {
            auto* item = new QListWidgetItem(network.name, m_networkList);
            item->setData(Qt::UserRole, network.id);
        }
        m_networkList->setCurrentRow(row);
    }
    showCurrentNetwork();
}

qint64 NetworkEditor::currentNetworkId() const
{
    const Network* network = currentNetwork();
    return network ? network->id : 0;
}

const Network* NetworkEditor::currentNetwork() const
{
    const int row = m_networkList->currentRow();
    return row >= 0 && row < m_networks.size() ? &m_networks[row] : nullptr;
}

void NetworkEditor::selectNetwork(qint64 networkId)
{
    for (int row = 0; row < m_networks.size(); ++row) {
        if (m_networks[row].id == networkId)
            m_networkList->setCurrentRow(row);
    }
}

QString NetworkEditor::currentMemberId() const
{
    const QModelIndex index = m_memberTable->currentIndex();
    return index.isValid() ? index.data(MemberTableModel::UnitIdRole).toString() : QString();
}

void NetworkEditor::showCurrentNetwork()
{
    const Network* network = currentNetwork();
    m_details->setEnabled(network != nullptr);
    const Network empty;
    const Network& shown = network ? *network : empty;
    if (m_nameEdit->text() != shown.name)
        m_nameEdit->setText(shown.name);
    if (m_descriptionEdit->text() != shown.description)
        m_descriptionEdit->setText(shown.description);
    m_emptyLabel->setVisible(m_networks.isEmpty());

    const QString memberId = currentMemberId();
    m_memberModel->setMembers(shown.members, m_areas);
    m_membersBox->setTitle(tr("Members (%1)").arg(shown.members.size()));
    if (const int row = m_memberModel->rowOf(memberId); row >= 0)
        m_memberTable->setCurrentIndex(m_memberModel->index(row, 0));

    QStringList memberIds;
    for (const NetworkMember& member : shown.members)
        memberIds << member.unitId;
    m_municipalityModel->setMemberIds(memberIds);
    m_personModel->setPeople(shown.id, shown.people, memberIds);
    showMemberAreas();
    updateButtons();
}

void NetworkEditor::showMemberAreas()
{
    const QSignalBlocker blocker(m_areaList);
    m_areaList->clear();
    const Network* network = currentNetwork();
    const QString memberId = currentMemberId();
    const NetworkMember* member = nullptr;
    if (network) {
        for (const NetworkMember& m : network->members) {
            if (m.unitId == memberId)
                member = &m;
        }
    }
    if (!member) {
        m_areaCaption->setText(tr("Choose a member to see the areas it takes part in."));
        m_areaList->setEnabled(false);
        return;
    }
    const QModelIndex nameIndex =
        m_memberModel->index(m_memberModel->rowOf(memberId), MemberTableModel::MunicipalityColumn);
    m_areaCaption->setText(tr("%1 &takes part in:").arg(nameIndex.data().toString()));
    m_areaList->setEnabled(!m_areas.isEmpty());
    for (const Area& area : std::as_const(m_areas)) {
        auto* item = new QListWidgetItem(area.name, m_areaList);
        item->setData(Qt::UserRole, area.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(member->takesPartIn(area.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void NetworkEditor::updateButtons()
{
    const bool hasNetwork = currentNetwork() != nullptr;
    m_deleteButton->setEnabled(hasNetwork);
    m_removeMemberButton->setEnabled(hasNetwork && !currentMemberId().isEmpty());
    const QModelIndex municipality = m_municipalityTable->currentIndex();
    m_addMemberButton->setEnabled(hasNetwork && municipality.isValid() &&
                                  municipality.flags().testFlag(Qt::ItemIsEnabled));
    m_removePersonButton->setEnabled(hasNetwork && m_peopleTable->currentIndex().isValid());
}

void NetworkEditor::createNetwork()
{
    m_problemLabel->setVisible(false);
    const qint64 id = m_session.createNetwork(m_session.unusedNetworkName());
    if (id == 0)
        return;
    selectNetwork(id);
    // The name is a placeholder: let the user type the real one at once.
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void NetworkEditor::createNetworkFromGroup()
{
    QList<UnitGroup> groups;
    try {
        groups = Catalog(m_session.database()).unitGroups();
    } catch (const Error& error) {
        m_session.reportError(error.message());
        return;
    }
    GroupChooserDialog dialog(groups, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenGroup())
        return;
    const UnitGroup group = *dialog.chosenGroup();
    if (const qint64 id = m_session.createNetworkFromGroup(group.name, group.unitIds); id != 0)
        selectNetwork(id);
}

void NetworkEditor::deleteNetwork()
{
    const Network* network = currentNetwork();
    if (!network)
        return;
    qsizetype analyses = 0;
    try {
        analyses = Catalog(m_session.database()).analysesUsing(network->id);
    } catch (const Error& error) {
        m_session.reportError(error.message());
        return;
    }
    if (analyses > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Delete network"),
            tr("%1 is used by %n analyses. They keep everything the group wrote but no longer "
               "belong to a network. Delete the network anyway?",
               nullptr, int(analyses))
                .arg(network->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_session.deleteNetwork(network->id);
}

void NetworkEditor::commitName()
{
    const Network* network = currentNetwork();
    if (!network)
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name == network->name)
        return;
    const QString problem = m_session.networkNameProblem(name, network->id);
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_nameEdit->setText(network->name);
        return;
    }
    m_session.renameNetwork(network->id, name);
}

void NetworkEditor::commitDescription()
{
    const Network* network = currentNetwork();
    if (network && m_descriptionEdit->text().trimmed() != network->description)
        m_session.setNetworkDescription(network->id, m_descriptionEdit->text());
}

void NetworkEditor::chooseFirstMunicipality()
{
    for (int row = 0; row < m_municipalityProxy->rowCount(); ++row) {
        const QModelIndex index = m_municipalityProxy->index(row, 0);
        if (index.flags().testFlag(Qt::ItemIsEnabled)) {
            m_municipalityTable->setCurrentIndex(index);
            return;
        }
    }
    m_municipalityTable->setCurrentIndex({});
}

void NetworkEditor::addChosenMunicipality()
{
    const Network* network = currentNetwork();
    const QModelIndex index = m_municipalityTable->currentIndex();
    if (!network || !index.isValid() || !index.flags().testFlag(Qt::ItemIsEnabled))
        return;
    const QString unitId = index.data(MunicipalityTableModel::UnitIdRole).toString();
    if (!m_session.addMember(network->id, unitId))
        return;
    if (const int row = m_memberModel->rowOf(unitId); row >= 0)
        m_memberTable->setCurrentIndex(m_memberModel->index(row, 0));
    // Ready for the next name.
    m_searchEdit->selectAll();
    chooseFirstMunicipality();
}

void NetworkEditor::removeMember()
{
    const Network* network = currentNetwork();
    const QString unitId = currentMemberId();
    if (network && !unitId.isEmpty())
        m_session.removeMember(network->id, unitId);
}

void NetworkEditor::commitMemberAreas(QListWidgetItem* changed)
{
    const Network* network = currentNetwork();
    const QString unitId = currentMemberId();
    if (!network || unitId.isEmpty())
        return;
    QStringList areaIds;
    for (int row = 0; row < m_areaList->count(); ++row) {
        if (m_areaList->item(row)->checkState() == Qt::Checked)
            areaIds << m_areaList->item(row)->data(Qt::UserRole).toString();
    }
    if (areaIds.isEmpty()) {
        // A member that compares nothing is no member; remove it instead.
        const QSignalBlocker blocker(m_areaList);
        changed->setCheckState(Qt::Checked);
        m_problemLabel->setText(tr("A member takes part in at least one area. To leave the "
                                   "network altogether, remove the member."));
        m_problemLabel->setVisible(true);
        return;
    }
    m_problemLabel->setVisible(false);
    if (areaIds.size() == m_areas.size())
        areaIds.clear(); // every area, also those added later
    m_session.setMemberAreas(network->id, unitId, areaIds);
}

void NetworkEditor::addPerson()
{
    const Network* network = currentNetwork();
    if (!network)
        return;
    Person person;
    person.name = tr("New person");
    const qint64 id = m_session.addPerson(network->id, person);
    const int row = m_personModel->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex name = m_personModel->index(row, PersonTableModel::NameColumn);
    m_peopleTable->setCurrentIndex(name);
    m_peopleTable->edit(name);
}

void NetworkEditor::removePerson()
{
    const Network* network = currentNetwork();
    const QModelIndex index = m_peopleTable->currentIndex();
    if (network && index.isValid())
        m_session.removePerson(network->id,
                               index.data(PersonTableModel::PersonIdRole).toLongLong());
}

} // namespace jamfor
