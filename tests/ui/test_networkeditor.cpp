// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE networkeditor
#include "core/demo/demodataset.h"
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/storage/networkrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/democopy.h"
#include "tests/support/testfiles.h"
#include "ui/commands/editsession.h"
#include "ui/network/groupchooserdialog.h"
#include "ui/network/networkeditor.h"
#include "ui/network/persontablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// A copy of the demo file with an edit session and a network editor on it.
struct DemoEditor
{
    DemoEditor()
    {
        const QString path = copyOfDemo(dir);
        database = Database::open(path, Database::OpenMode::OpenExisting);
        session = std::make_unique<EditSession>(*database);
        QObject::connect(session.get(), &EditSession::errorOccurred,
                         [this](const QString& message) { errors << message; });
        editor = std::make_unique<NetworkEditor>(*session);
        editor->resize(1366, 768);
        editor->show();
        bohus = repository().findByName(DemoDataset::networkName).value();
        editor->selectNetwork(bohus.id);
    }
    ~DemoEditor()
    {
        editor.reset();
        session.reset();
    }

    template <typename T> T* child(const char* name) const
    {
        auto* found = editor->findChild<T*>(QString::fromLatin1(name));
        BOOST_REQUIRE_MESSAGE(found, "no widget named " << name);
        return found;
    }
    NetworkRepository repository() { return NetworkRepository(database->connection()); }
    Network stored(qint64 id) { return repository().find(id).value(); }
    QUndoStack* stack() const { return session->undoStack(); }
    void click(const char* button) const { child<QPushButton>(button)->click(); }
    // Processes the queued error reports and checks that there were none.
    void expectNoErrors()
    {
        QCoreApplication::processEvents();
        BOOST_TEST(errors.isEmpty(), "errors: " << errors.join(u'|').toStdString());
    }
    void selectMember(const QString& unitId) const
    {
        auto* table = child<QTableView>("memberTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(Qt::UserRole + 1) == unitId) {
                table->setCurrentIndex(index);
                return;
            }
        }
        BOOST_FAIL("no member " << unitId.toStdString());
    }
    QListWidgetItem* areaItem(const QString& areaId) const
    {
        auto* list = child<QListWidget>("memberAreaList");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole) == areaId)
                return list->item(row);
        }
        BOOST_FAIL("no area " << areaId.toStdString());
        return nullptr;
    }
    QStringList memberIds(qint64 networkId)
    {
        QStringList ids;
        for (const NetworkMember& member : stored(networkId).members)
            ids << member.unitId;
        return ids;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<EditSession> session;
    std::unique_ptr<NetworkEditor> editor;
    Network bohus;
    QStringList errors;
};

const QString dalsEd = QStringLiteral("1438");
const QString uddevalla = QStringLiteral("1485");

} // namespace

BOOST_FIXTURE_TEST_CASE(create_network_and_undo_it, DemoEditor)
{
    const qsizetype before = repository().all().size();
    click("newNetworkButton");
    BOOST_TEST(repository().all().size() == before + 1);
    const auto created = repository().findByName(QStringLiteral("New network"));
    BOOST_REQUIRE(created.has_value());
    BOOST_TEST(editor->currentNetworkId() == created->id);
    BOOST_TEST(child<QLineEdit>("networkNameEdit")->text() == QStringLiteral("New network"));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Create network New network"));

    stack()->undo();
    BOOST_TEST(repository().all().size() == before);
    BOOST_TEST(!repository().find(created->id).has_value());
    BOOST_TEST(editor->currentNetworkId() != created->id);

    stack()->redo();
    BOOST_TEST(repository().find(created->id).has_value()); // the same id again
    BOOST_TEST(editor->currentNetworkId() == created->id);

    // A second new network gets a name of its own.
    click("newNetworkButton");
    BOOST_TEST(repository().findByName(QStringLiteral("New network 2")).has_value());
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(rename_network_and_refuse_a_taken_name, DemoEditor)
{
    auto* name = child<QLineEdit>("networkNameEdit");
    name->setText(QStringLiteral("  Norra Bohuslän "));
    emit name->editingFinished();
    BOOST_TEST(stored(bohus.id).name == QStringLiteral("Norra Bohuslän"));
    BOOST_TEST(child<QListWidget>("networkList")->currentItem()->text() ==
               QStringLiteral("Norra Bohuslän"));
    stack()->undo();
    BOOST_TEST(stored(bohus.id).name == DemoDataset::networkName);
    BOOST_TEST(name->text() == DemoDataset::networkName);
    stack()->redo();
    BOOST_TEST(stored(bohus.id).name == QStringLiteral("Norra Bohuslän"));

    // Another network may not take the name; nothing is stored and no undo step is added.
    const qint64 other = session->createNetwork(QStringLiteral("Fyrbodal"));
    editor->selectNetwork(other);
    const int steps = stack()->count();
    name->setText(QStringLiteral("Norra Bohuslän"));
    emit name->editingFinished();
    BOOST_TEST(stored(other).name == QStringLiteral("Fyrbodal"));
    BOOST_TEST(stack()->count() == steps);
    BOOST_TEST(name->text() == QStringLiteral("Fyrbodal"));
    BOOST_TEST(!child<QLabel>("networkProblemLabel")->isHidden());
    BOOST_TEST(child<QLabel>("networkProblemLabel")->text().contains(u"Norra Bohuslän"));

    auto* description = child<QLineEdit>("networkDescriptionEdit");
    description->setText(QStringLiteral("Dalsland och Bohuslän"));
    emit description->editingFinished();
    BOOST_TEST(stored(other).description == QStringLiteral("Dalsland och Bohuslän"));
    stack()->undo();
    BOOST_TEST(stored(other).description.isEmpty());
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(delete_network_and_undo_restores_members_and_people, DemoEditor)
{
    const Network before = stored(bohus.id);
    BOOST_REQUIRE(before.people.size() == 5);
    click("deleteNetworkButton");
    BOOST_TEST(!repository().find(bohus.id).has_value());
    BOOST_TEST(editor->currentNetworkId() != bohus.id);
    stack()->undo();
    BOOST_TEST((stored(bohus.id) == before)); // members, their areas, people and their ids
    BOOST_TEST(editor->currentNetworkId() == bohus.id);
    stack()->redo();
    BOOST_TEST(!repository().find(bohus.id).has_value());
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(add_member_from_the_searchable_list, DemoEditor)
{
    auto* search = child<QLineEdit>("municipalitySearchEdit");
    auto* list = child<QTableView>("municipalityTable");
    BOOST_TEST(list->model()->rowCount() == 290);

    // A member already in the network can be found but not added again.
    search->setText(QStringLiteral("tanum"));
    BOOST_TEST(list->model()->rowCount() == 1);
    BOOST_TEST(!child<QPushButton>("addMemberButton")->isEnabled());

    search->setText(QStringLiteral("1485")); // by code
    BOOST_REQUIRE(list->model()->rowCount() == 1);
    BOOST_TEST(list->currentIndex().data().toString() == QStringLiteral("Uddevalla"));
    click("addMemberButton");
    BOOST_TEST(memberIds(bohus.id).size() == 10);
    BOOST_TEST(memberIds(bohus.id).constLast() == uddevalla);
    BOOST_TEST(stack()->undoText() == QStringLiteral("Add member Uddevalla"));
    BOOST_TEST(child<QTableView>("memberTable")->model()->rowCount() == 10);

    stack()->undo();
    BOOST_TEST(!memberIds(bohus.id).contains(uddevalla));
    BOOST_TEST(child<QTableView>("memberTable")->model()->rowCount() == 9);
    stack()->redo();
    BOOST_TEST(memberIds(bohus.id).contains(uddevalla));

    // By county: every municipality of Västra Götaland, and the first free one is chosen.
    search->setText(QStringLiteral("västra götaland"));
    BOOST_TEST(list->model()->rowCount() == 49);
    BOOST_TEST(child<QPushButton>("addMemberButton")->isEnabled());

    selectMember(uddevalla);
    click("removeMemberButton");
    BOOST_TEST(!memberIds(bohus.id).contains(uddevalla));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Remove member Uddevalla"));
    stack()->undo();
    BOOST_TEST(memberIds(bohus.id).contains(uddevalla));
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(restrict_a_member_to_some_areas, DemoEditor)
{
    const auto areasOf = [this](const QString& unitId) {
        for (const NetworkMember& member : stored(bohus.id).members) {
            if (member.unitId == unitId)
                return member.areaIds;
        }
        BOOST_FAIL("not a member");
        return QStringList();
    };
    selectMember(dalsEd); // demo: school only
    BOOST_TEST(areaItem(QStringLiteral("grundskola"))->checkState() == Qt::Checked);
    BOOST_TEST(areaItem(QStringLiteral("aldreomsorg"))->checkState() == Qt::Unchecked);

    areaItem(QStringLiteral("aldreomsorg"))->setCheckState(Qt::Checked);
    BOOST_TEST(areasOf(dalsEd) ==
               (QStringList{QStringLiteral("aldreomsorg"), QStringLiteral("grundskola")}));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Limit Dals-Ed to Grundskola, Äldreomsorg"));
    // Every area checked is stored as "all areas", which also covers areas added later.
    areaItem(QStringLiteral("lss"))->setCheckState(Qt::Checked);
    areaItem(QStringLiteral("ifo"))->setCheckState(Qt::Checked);
    BOOST_TEST(areasOf(dalsEd).isEmpty());
    BOOST_TEST(stack()->undoText() == QStringLiteral("Let Dals-Ed take part in all areas"));

    stack()->undo();
    stack()->undo();
    BOOST_TEST(areasOf(dalsEd) ==
               (QStringList{QStringLiteral("aldreomsorg"), QStringLiteral("grundskola")}));
    BOOST_TEST(areaItem(QStringLiteral("lss"))->checkState() == Qt::Unchecked);
    stack()->undo();
    BOOST_TEST(areasOf(dalsEd) == QStringList{QStringLiteral("grundskola")});
    BOOST_TEST(areaItem(QStringLiteral("aldreomsorg"))->checkState() == Qt::Unchecked);

    // Unchecking the last area is refused: the member would compare nothing.
    const int steps = stack()->count();
    areaItem(QStringLiteral("grundskola"))->setCheckState(Qt::Unchecked);
    BOOST_TEST(areasOf(dalsEd) == QStringList{QStringLiteral("grundskola")});
    BOOST_TEST(areaItem(QStringLiteral("grundskola"))->checkState() == Qt::Checked);
    BOOST_TEST(stack()->count() == steps);
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(add_edit_and_remove_people_with_undo_and_redo, DemoEditor)
{
    auto* table = child<QTableView>("peopleTable");
    auto* model = table->model();
    BOOST_REQUIRE(model->rowCount() == 5);

    click("addPersonButton");
    Network network = stored(bohus.id);
    BOOST_REQUIRE(network.people.size() == 6);
    const Person added = network.people.constLast();
    BOOST_TEST(added.name == QStringLiteral("New person"));
    BOOST_TEST(added.id != 0);
    BOOST_TEST(model->rowCount() == 6);

    const int row = 5;
    BOOST_TEST(model->setData(model->index(row, PersonTableModel::NameColumn),
                              QStringLiteral("Eva Ek"), Qt::EditRole));
    BOOST_TEST(model->setData(model->index(row, PersonTableModel::EmailColumn),
                              QStringLiteral("eva.ek@example.se"), Qt::EditRole));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Change the e-mail address of Eva Ek"));

    // The role through the real editor: the delegate's choice list.
    const QModelIndex roleIndex = model->index(row, PersonTableModel::RoleColumn);
    table->setCurrentIndex(roleIndex);
    table->edit(roleIndex);
    auto* roleBox = table->viewport()->findChild<QComboBox*>();
    BOOST_REQUIRE(roleBox);
    BOOST_TEST(roleBox->count() == 5);
    roleBox->setCurrentIndex(roleBox->findData(QStringLiteral("process_leader")));
    emit roleBox->activated(roleBox->currentIndex());
    BOOST_TEST(personRoleCode(stored(bohus.id).people.constLast().role) ==
               QStringLiteral("process_leader"));
    BOOST_TEST(model->index(row, PersonTableModel::RoleColumn).data().toString() ==
               QStringLiteral("Process leader"));

    BOOST_TEST(model->setData(model->index(row, PersonTableModel::MunicipalityColumn),
                              QStringLiteral("1435"), Qt::EditRole));
    Person edited = stored(bohus.id).people.constLast();
    BOOST_TEST(edited.id == added.id);
    BOOST_TEST(edited.name == QStringLiteral("Eva Ek"));
    BOOST_TEST(edited.email == QStringLiteral("eva.ek@example.se"));
    BOOST_TEST(edited.unitId == QStringLiteral("1435"));
    BOOST_TEST(model->index(row, PersonTableModel::MunicipalityColumn).data().toString() ==
               QStringLiteral("Tanum"));

    // Empty names are refused and store nothing.
    BOOST_TEST(!model->setData(model->index(row, PersonTableModel::NameColumn), QStringLiteral(" "),
                               Qt::EditRole));

    for (int i = 0; i < 4; ++i) // municipality, role, e-mail, name
        stack()->undo();
    BOOST_TEST((stored(bohus.id).people.constLast() == added));
    stack()->undo(); // the person
    BOOST_TEST(stored(bohus.id).people.size() == 5);
    BOOST_TEST(model->rowCount() == 5);
    for (int i = 0; i < 5; ++i)
        stack()->redo();
    BOOST_TEST((stored(bohus.id).people.constLast() == edited)); // the same id again

    // Remove the first person (Karin Lindqvist) and bring her back.
    const Person first = stored(bohus.id).people.constFirst();
    table->setCurrentIndex(model->index(0, 0));
    click("removePersonButton");
    BOOST_TEST(stored(bohus.id).people.size() == 5);
    BOOST_TEST(stored(bohus.id).people.constFirst().id != first.id);
    BOOST_TEST(stack()->undoText() == QStringLiteral("Remove person ") + first.name);
    stack()->undo();
    BOOST_TEST((stored(bohus.id).people.constFirst() == first));
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(undo_after_an_outside_change_reports_instead_of_lying, DemoEditor)
{
    // Another window (or a restored copy) deleted the network behind the stack's back: undoing
    // a rename cannot bring it back; the error is reported and the step leaves the stack.
    BOOST_REQUIRE(session->renameNetwork(bohus.id, QStringLiteral("Norra Bohuslän")));
    BOOST_REQUIRE(session->setNetworkDescription(bohus.id, QStringLiteral("Ny")));
    repository().remove(bohus.id);
    BOOST_REQUIRE(session->createNetwork(QStringLiteral("Norra Bohuslän")) != 0);
    const int steps = stack()->count();
    stack()->undo(); // the new network: fine
    stack()->undo(); // the description of a network that is gone: saving it fails
    QCoreApplication::processEvents();
    BOOST_TEST(errors.size() == 1);
    BOOST_TEST(stack()->count() == steps - 1);
}

BOOST_FIXTURE_TEST_CASE(a_saved_group_becomes_a_network_in_one_step, DemoEditor)
{
    // Kolada's real municipality groups, saved in the file.
    ObservationImporter(*database).importFile(
        testfiles::dataPath(QStringLiteral("kolada/municipality_groups_sample.json")));
    const UnitGroup v9 = UnitGroupRepository(database->connection())
                             .findByKoladaId(QStringLiteral("G145187"))
                             .value();

    GroupChooserDialog chooser(UnitGroupRepository(database->connection()).all());
    chooser.setFilter(QStringLiteral("v9"));
    BOOST_TEST_REQUIRE(chooser.chosenGroup().has_value());
    BOOST_TEST(chooser.chosenGroup()->name == QStringLiteral("V9"));
    chooser.setFilter(QStringLiteral("Liknande Tanum äldreomsorg"));
    BOOST_TEST_REQUIRE(chooser.chosenGroup().has_value());
    BOOST_TEST(chooser.chosenGroup()->name.contains(QStringLiteral("Tanum")));
    chooser.setFilter(QStringLiteral("ingen sådan"));
    BOOST_TEST(!chooser.chosenGroup().has_value());

    const int steps = stack()->count();
    const qint64 id = session->createNetworkFromGroup(v9.name, v9.unitIds);
    BOOST_TEST_REQUIRE(id != 0);
    BOOST_TEST(stack()->count() == steps + 1);
    const Network network = stored(id);
    BOOST_TEST(network.name == QStringLiteral("V9"));
    QStringList members;
    for (const NetworkMember& member : network.members)
        members << member.unitId;
    members.sort();
    BOOST_TEST(members == v9.unitIds);
    // The same again gets a free name; undo removes it.
    const qint64 second = session->createNetworkFromGroup(v9.name, v9.unitIds);
    BOOST_TEST(stored(second).name == QStringLiteral("V9 2"));
    stack()->undo();
    BOOST_TEST(!repository().find(second).has_value());
    stack()->undo();
    BOOST_TEST(!repository().find(id).has_value());
    BOOST_TEST(child<QPushButton>("networkFromGroupButton")->isVisible());
    expectNoErrors();
}
