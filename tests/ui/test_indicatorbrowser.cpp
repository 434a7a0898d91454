// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE indicatorbrowser
#include "core/demo/demodataset.h"
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/democopy.h"
#include "tests/support/testfiles.h"
#include "ui/commands/editsession.h"
#include "ui/indicators/indicatorbrowser.h"
#include "ui/indicators/indicatortablemodel.h"
#include "ui/indicators/newindicatordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

struct DemoBrowser
{
    DemoBrowser()
    {
        const QString path = copyOfDemo(dir);
        database = Database::open(path, Database::OpenMode::OpenExisting);
        session = std::make_unique<EditSession>(*database);
        QObject::connect(session.get(), &EditSession::errorOccurred,
                         [this](const QString& message) { errors << message; });
        browser = std::make_unique<IndicatorBrowser>(*session);
        browser->resize(1366, 768);
        browser->show();
        all = IndicatorRepository(database->connection()).all();
        BOOST_REQUIRE(all.size() > 20);
    }
    ~DemoBrowser()
    {
        browser.reset();
        session.reset();
    }

    template <typename T> T* child(const char* name) const
    {
        auto* found = browser->findChild<T*>(QString::fromLatin1(name));
        BOOST_REQUIRE_MESSAGE(found, "no widget named " << name);
        return found;
    }
    QTableView* table() const { return child<QTableView>("indicatorTable"); }
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            ids << table()->model()->index(row, 0).data().toString();
        ids.sort();
        return ids;
    }
    template <typename Predicate> QStringList expectedIds(Predicate accept) const
    {
        QStringList ids;
        for (const Indicator& indicator : all) {
            if (accept(indicator))
                ids << indicator.id;
        }
        ids.sort();
        return ids;
    }
    void choose(const char* box, const QVariant& data) const
    {
        QComboBox* combo = child<QComboBox>(box);
        const int index = combo->findData(data);
        BOOST_REQUIRE_MESSAGE(index >= 0, "no such choice in " << box);
        combo->setCurrentIndex(index);
    }
    Indicator stored(const QString& id) const
    {
        return IndicatorRepository(database->connection()).find(id).value();
    }
    QUndoStack* stack() const { return session->undoStack(); }
    void expectNoErrors()
    {
        QCoreApplication::processEvents();
        BOOST_TEST(errors.isEmpty(), "errors: " << errors.join(u'|').toStdString());
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<EditSession> session;
    std::unique_ptr<IndicatorBrowser> browser;
    QList<Indicator> all;
    QStringList errors;
};

const QString meritValue = QStringLiteral("N15507");

} // namespace

BOOST_FIXTURE_TEST_CASE(filters_by_text_area_and_kind, DemoBrowser)
{
    BOOST_TEST(shownIds() == expectedIds([](const Indicator&) { return true; }));

    auto* search = child<QLineEdit>("indicatorSearchEdit");
    search->setText(QStringLiteral("n155")); // part of an id, any case
    BOOST_TEST(shownIds() == expectedIds([](const Indicator& i) {
                   return i.id.contains(QStringLiteral("N155"));
               }));
    BOOST_TEST(!shownIds().isEmpty());

    search->setText(QStringLiteral("KOSTNAD")); // a word of the title, any case
    const QStringList costs = expectedIds([](const Indicator& i) {
        return i.title.contains(QStringLiteral("kostnad"), Qt::CaseInsensitive);
    });
    BOOST_TEST(costs.size() >= 4);
    BOOST_TEST(shownIds() == costs);

    choose("areaFilterBox", QStringLiteral("grundskola"));
    BOOST_TEST(shownIds() == expectedIds([](const Indicator& i) {
                   return i.areaId == u"grundskola" &&
                          i.title.contains(QStringLiteral("kostnad"), Qt::CaseInsensitive);
               }));

    search->clear();
    choose("kindFilterBox", int(IndicatorKind::Quality));
    const QStringList schoolQuality = expectedIds([](const Indicator& i) {
        return i.areaId == u"grundskola" && i.kind == IndicatorKind::Quality;
    });
    BOOST_TEST(!schoolQuality.isEmpty());
    BOOST_TEST(shownIds() == schoolQuality);
    BOOST_TEST(
        child<QLabel>("indicatorCountLabel")->text() ==
        QStringLiteral("Showing %1 of %2 indicators").arg(schoolQuality.size()).arg(all.size()));

    choose("areaFilterBox", QString(QStringLiteral(""))); // without an area
    BOOST_TEST(shownIds() == expectedIds([](const Indicator& i) {
                   return i.areaId.isEmpty() && i.kind == IndicatorKind::Quality;
               }));
    child<QComboBox>("areaFilterBox")->setCurrentIndex(0); // all areas
    BOOST_TEST(shownIds() ==
               expectedIds([](const Indicator& i) { return i.kind == IndicatorKind::Quality; }));
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(shows_the_details_of_the_chosen_indicator, DemoBrowser)
{
    browser->selectIndicator(meritValue);
    const Indicator merit = stored(meritValue);
    BOOST_TEST(browser->currentIndicatorId() == meritValue);
    BOOST_TEST(child<QLabel>("indicatorTitleLabel")->text() == merit.title);
    BOOST_TEST(child<QLabel>("indicatorUnitLabel")->text() == merit.unitOfMeasure);
    BOOST_TEST(child<QLabel>("indicatorSourceLabel")->text() == merit.source);
    BOOST_TEST(child<QLabel>("indicatorDescriptionLabel")->text() == merit.description);
    BOOST_TEST(child<QComboBox>("indicatorDirectionBox")->currentText() ==
               QStringLiteral("Higher is better"));
    BOOST_TEST(child<QComboBox>("indicatorAreaBox")->currentData().toString() == merit.areaId);
}

BOOST_FIXTURE_TEST_CASE(change_direction_kind_and_type_and_undo, DemoBrowser)
{
    browser->selectIndicator(meritValue);
    const Indicator before = stored(meritValue);
    BOOST_REQUIRE(before.direction == Direction::HigherIsBetter);

    choose("indicatorDirectionBox", int(Direction::LowerIsBetter));
    BOOST_TEST(int(stored(meritValue).direction) == int(Direction::LowerIsBetter));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Change the direction of N15507"));
    // The table shows the stored direction.
    const QModelIndex row = table()->currentIndex();
    BOOST_TEST(row.siblingAtColumn(4).data().toString() == QStringLiteral("Lower is better"));

    stack()->undo();
    BOOST_TEST(int(stored(meritValue).direction) == int(Direction::HigherIsBetter));
    BOOST_TEST(child<QComboBox>("indicatorDirectionBox")->currentData().toInt() ==
               int(Direction::HigherIsBetter));
    stack()->redo();
    BOOST_TEST(int(stored(meritValue).direction) == int(Direction::LowerIsBetter));
    stack()->undo();

    choose("indicatorKindBox", int(IndicatorKind::Background));
    choose("indicatorHandbookTypeBox", int(HandbookType::Process));
    BOOST_TEST(int(stored(meritValue).kind) == int(IndicatorKind::Background));
    BOOST_TEST(int(stored(meritValue).handbookType) == int(HandbookType::Process));
    BOOST_TEST(stack()->count() == 2); // kind and type; the undone direction is gone
    stack()->undo();
    BOOST_TEST(int(stored(meritValue).handbookType) == int(before.handbookType));
    BOOST_TEST(int(stored(meritValue).kind) == int(IndicatorKind::Background));
    stack()->undo();
    BOOST_TEST((stored(meritValue) == before));

    // Showing another indicator fills the boxes without storing anything.
    const int steps = stack()->count();
    browser->selectIndicator(QStringLiteral("N15027"));
    browser->selectIndicator(meritValue);
    BOOST_TEST(stack()->count() == steps);
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(create_an_own_indicator_through_the_dialog, DemoBrowser)
{
    choose("areaFilterBox", QStringLiteral("aldreomsorg"));
    bool refusedTakenId = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<NewIndicatorDialog*>(QApplication::activeModalWidget());
        BOOST_REQUIRE(dialog);
        const auto field = [&](const char* name) {
            auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
            BOOST_REQUIRE(edit);
            return edit;
        };
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        field("newTitleEdit")->setText(QStringLiteral("Väntetid till särskilt boende, dagar"));
        field("newIdEdit")->setText(QStringLiteral("n15507")); // taken, in another case
        refusedTakenId =
            !ok->isEnabled() && dialog->findChild<QLabel*>(QStringLiteral("newProblemLabel"))
                                    ->text()
                                    .contains(QStringLiteral("already"));
        field("newIdEdit")->setText(QStringLiteral("EGEN01"));
        field("newUnitEdit")->setText(QStringLiteral("dagar"));
        auto* direction = dialog->findChild<QComboBox*>(QStringLiteral("newDirectionBox"));
        direction->setCurrentIndex(direction->findData(int(Direction::LowerIsBetter)));
        ok->click();
    });
    child<QPushButton>("newIndicatorButton")->click();
    BOOST_TEST(refusedTakenId);

    const auto created = IndicatorRepository(database->connection()).find(QStringLiteral("EGEN01"));
    BOOST_REQUIRE(created.has_value());
    BOOST_TEST(created->title == QStringLiteral("Väntetid till särskilt boende, dagar"));
    BOOST_TEST(created->unitOfMeasure == QStringLiteral("dagar"));
    BOOST_TEST(created->areaId == QStringLiteral("aldreomsorg")); // from the area filter
    BOOST_TEST(int(created->direction) == int(Direction::LowerIsBetter));
    BOOST_TEST(browser->currentIndicatorId() == QStringLiteral("EGEN01"));
    BOOST_TEST(stack()->undoText() == QStringLiteral("Create indicator EGEN01"));

    stack()->undo();
    BOOST_TEST(!IndicatorRepository(database->connection()).find(QStringLiteral("EGEN01")));
    BOOST_TEST(!shownIds().contains(QStringLiteral("EGEN01")));
    stack()->redo();
    BOOST_TEST((stored(QStringLiteral("EGEN01")) == *created));
    BOOST_TEST(shownIds().contains(QStringLiteral("EGEN01")));
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(new_indicator_needs_a_free_id_and_a_title, DemoBrowser)
{
    NewIndicatorDialog dialog(*session, {}, {});
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("newIdEdit"));
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("newTitleEdit"));
    BOOST_REQUIRE(id);
    BOOST_REQUIRE(title);
    BOOST_TEST(dialog.problem() == QStringLiteral("Give the indicator an id."));
    id->setText(QStringLiteral("EGEN 1"));
    BOOST_TEST(dialog.problem() ==
               QStringLiteral("An id may only contain letters, digits, - and _."));
    id->setText(meritValue);
    BOOST_TEST(dialog.problem() == QStringLiteral("There is already an indicator with id N15507."));
    id->setText(QStringLiteral("EGEN-1"));
    BOOST_TEST(dialog.problem() == QStringLiteral("Give the indicator a title."));
    title->setText(QStringLiteral("Egen enkät"));
    BOOST_TEST(dialog.problem().isEmpty());
    // The session refuses a taken id even without the dialog.
    Indicator taken;
    taken.id = meritValue;
    taken.title = QStringLiteral("Dubblett");
    BOOST_TEST(!session->createIndicator(taken));
    BOOST_TEST(stored(meritValue).title != QStringLiteral("Dubblett"));
    QCoreApplication::processEvents();
    BOOST_TEST(errors.size() == 1);
}

BOOST_FIXTURE_TEST_CASE(suggestions_are_marked_and_confirmed_with_undo, DemoBrowser)
{
    // Three real ÖJ KPIs arrive by their descriptions: their kind and direction are suggestions.
    const QString descriptions =
        testfiles::dataPath(QStringLiteral("kolada/kpi_descriptions_v3.json"));
    ObservationImporter(*database).importFile(descriptions);
    browser->reload();
    const QString waiting = QStringLiteral("U23419"); // psykofarmaka: quality, lower is better
    browser->selectIndicator(waiting);
    QCoreApplication::processEvents();
    BOOST_TEST(!stored(waiting).confirmed);
    const QModelIndex row = table()->currentIndex();
    const QString kindText =
        table()->model()->index(row.row(), IndicatorTableModel::KindColumn).data().toString();
    BOOST_TEST(kindText.contains(QStringLiteral("(suggested)")), kindText.toStdString());
    BOOST_TEST(child<QLabel>("indicatorSuggestionLabel")->isVisible());
    auto* confirm = child<QPushButton>("confirmSuggestionButton");
    BOOST_TEST(confirm->isVisible());
    auto* confirmShown = child<QPushButton>("confirmShownButton");
    BOOST_TEST(confirmShown->isVisible());
    BOOST_TEST(child<QLabel>("indicatorCountLabel")->text().contains(QStringLiteral("3 with a")),
               child<QLabel>("indicatorCountLabel")->text().toStdString());

    confirm->click();
    BOOST_TEST(stored(waiting).confirmed);
    BOOST_TEST(int(stored(waiting).direction) == int(Direction::LowerIsBetter)); // as suggested
    BOOST_TEST(!child<QLabel>("indicatorSuggestionLabel")->isVisible());
    BOOST_TEST(confirmShown->text().contains(QStringLiteral("2")),
               confirmShown->text().toStdString());
    BOOST_TEST(stack()->undoText().contains(waiting));
    stack()->undo();
    BOOST_TEST(!stored(waiting).confirmed);
    stack()->redo();
    BOOST_TEST(stored(waiting).confirmed);

    // Changing the direction confirms as well, and a later import keeps the choice.
    stack()->undo();
    choose("indicatorDirectionBox", int(Direction::None));
    BOOST_TEST(stored(waiting).confirmed);
    ObservationImporter(*database).importFile(descriptions);
    BOOST_TEST(int(stored(waiting).direction) == int(Direction::None));
    BOOST_TEST(stored(waiting).confirmed);
    expectNoErrors();
}

BOOST_FIXTURE_TEST_CASE(all_shown_suggestions_are_confirmed_in_one_step, DemoBrowser)
{
    ObservationImporter(*database).importFile(
        testfiles::dataPath(QStringLiteral("kolada/kpi_descriptions_v3.json")));
    browser->reload();
    const auto unconfirmed = [this] {
        int count = 0;
        for (const Indicator& indicator : IndicatorRepository(database->connection()).all())
            count += !indicator.confirmed;
        return count;
    };
    const int before = unconfirmed();
    BOOST_TEST(before == 3);
    auto* confirmShown = child<QPushButton>("confirmShownButton");
    BOOST_TEST(confirmShown->text().contains(QString::number(before)),
               confirmShown->text().toStdString());
    const int steps = stack()->count();
    confirmShown->click();
    BOOST_TEST(unconfirmed() == 0);
    BOOST_TEST(stack()->count() == steps + 1);
    stack()->undo();
    BOOST_TEST(unconfirmed() == before);
    expectNoErrors();
}
