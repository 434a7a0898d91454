// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"
#include "core/model/network.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace jamfor {

class EditSession;
class MemberTableModel;
class MunicipalityTableModel;
class PersonTableModel;

// Edits the file's comparison networks: create, rename and delete them, add and remove member
// municipalities, limit a member to some areas and keep the people of the steering and project
// groups. Every edit goes through EditSession and so is one undo step; the widget shows the
// stored state again whenever the session's DocumentNotifier says a network changed.
class NetworkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkEditor(EditSession& session, QWidget* parent = nullptr);
    ~NetworkEditor() override;

    qint64 currentNetworkId() const;
    void selectNetwork(qint64 networkId);
    // Reads networks and areas from the file again (e.g. after an import added areas).
    void reload();

private:
    QWidget* createNetworkList();
    QWidget* createDetails();
    QGroupBox* createMembersBox();
    QGroupBox* createAddMemberBox();
    QGroupBox* createPeopleBox();

    void onNetworksChanged(qint64 networkId);
    void fillNetworkList(qint64 selectId);
    void showCurrentNetwork();
    const Network* currentNetwork() const;
    QString currentMemberId() const;
    void showMemberAreas();
    void updateButtons();

    void createNetwork();
    void createNetworkFromGroup();
    void deleteNetwork();
    void commitName();
    void commitDescription();
    void addChosenMunicipality();
    void chooseFirstMunicipality();
    void removeMember();
    void commitMemberAreas(QListWidgetItem* item);
    void addPerson();
    void removePerson();

    EditSession& m_session;
    QList<Network> m_networks;
    QList<Area> m_areas;

    QListWidget* m_networkList = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_fromGroupButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_details = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_problemLabel = nullptr;

    QGroupBox* m_membersBox = nullptr;
    QTableView* m_memberTable = nullptr;
    MemberTableModel* m_memberModel = nullptr;
    QPushButton* m_removeMemberButton = nullptr;
    QLabel* m_areaCaption = nullptr;
    QListWidget* m_areaList = nullptr;

    QLineEdit* m_searchEdit = nullptr;
    QTableView* m_municipalityTable = nullptr;
    MunicipalityTableModel* m_municipalityModel = nullptr;
    QSortFilterProxyModel* m_municipalityProxy = nullptr;
    QPushButton* m_addMemberButton = nullptr;

    QTableView* m_peopleTable = nullptr;
    PersonTableModel* m_personModel = nullptr;
    QPushButton* m_addPersonButton = nullptr;
    QPushButton* m_removePersonButton = nullptr;
};

} // namespace jamfor
