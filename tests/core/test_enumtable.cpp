// SPDX-License-Identifier: GPL-3.0-or-later
// The enum tables (core/model/enumtable.h): every code as files, the database (the CHECK
// constraints of core/storage/migrations.cpp) and the command line have it, the fallback for an
// unknown code, the order of the choice lists and a label for every value. The expected codes
// are the ones the hand-written code functions returned before the tables replaced them.
#define BOOST_TEST_MODULE enumtable
#include "core/analysis/colourclass.h"
#include "core/handbook/datacheck.h"
#include "core/handbook/followup.h"
#include "core/model/analysis.h"
#include "core/model/enumtable.h"
#include "core/model/indicator.h"
#include "core/model/network.h"
#include "core/model/observation.h"
#include "core/model/unit.h"
#include "tests/support/coreapplicationfixture.h"

#include <QSet>
#include <QString>
#include <boost/test/unit_test.hpp>
#include <initializer_list>
#include <optional>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// One value and its code as stored today; nullptr: the code is a null QString (the old function
// returned QString()), "" an empty but not null one.
template <class E> struct Expected
{
    E value;
    const char* code;
};

const char* const unknownCodes[] = {"no-such-code", "HIGHER", " higher", "Problem", "k"};

// The values in the expected order, with the expected codes; each code reads back as its value
// and no two values share a code.
template <class E> void checkCodes(std::initializer_list<Expected<E>> expected)
{
    QList<E> values;
    for (const Expected<E>& e : expected)
        values << e.value;
    BOOST_TEST((enumValues<E>() == values), "the values, in the order of the choice lists");

    QSet<QString> codes;
    for (const Expected<E>& e : expected) {
        const QString code = enumCode(e.value);
        const QString wanted = e.code ? QString::fromUtf8(e.code) : QString();
        BOOST_TEST(code == wanted, "code of value " << int(e.value));
        BOOST_TEST(code.isNull() == (e.code == nullptr), "null code of value " << int(e.value));
        codes.insert(code);

        const auto back = enumFromCode<E>(code);
        if constexpr (std::is_same_v<std::remove_const_t<decltype(back)>, E>)
            BOOST_TEST((back == e.value), "round trip of \"" << code.toStdString() << '"');
        else
            BOOST_TEST((back == std::optional<E>(e.value)),
                       "round trip of \"" << code.toStdString() << '"');
    }
    BOOST_TEST(codes.size() == qsizetype(expected.size()), "the codes are unique");
}

// Every value has an English label (no translator is installed here).
template <class E> void checkLabels()
{
    for (E value : enumValues<E>()) {
        BOOST_TEST(!enumLabel(value).isEmpty(), "label of value " << int(value));
        BOOST_TEST(!enumReportLabel(value).isEmpty(), "report label of value " << int(value));
    }
}

// An unknown code gives the fallback (enums whose old function returned a value).
template <class E> void checkFallback(E fallback)
{
    for (const char* code : unknownCodes) {
        BOOST_TEST((enumFromCode<E>(QString::fromUtf8(code)) == fallback), code);
    }
}

// An unknown code is rejected (enums whose old function returned std::optional).
template <class E> void checkRejected()
{
    for (const char* code : unknownCodes)
        BOOST_TEST(!enumFromCode<E>(QString::fromUtf8(code)).has_value(), code);
}

} // namespace

BOOST_AUTO_TEST_CASE(direction)
{
    // migrations.cpp: direction IN ('higher','lower','none')
    checkCodes<Direction>({{Direction::HigherIsBetter, "higher"},
                           {Direction::LowerIsBetter, "lower"},
                           {Direction::None, "none"}});
    checkFallback(Direction::None);
    BOOST_TEST((enumFromCode<Direction>(QString()) == Direction::None));
    BOOST_TEST((directionFromCode(QStringLiteral("lower")) == Direction::LowerIsBetter));
    BOOST_TEST(directionCode(Direction::HigherIsBetter) == QStringLiteral("higher"));
    checkLabels<Direction>();
    // The two wordings of "no direction": choice lists and reports, kept apart.
    BOOST_TEST(enumLabel(Direction::None) == QStringLiteral("Neither"));
    BOOST_TEST(enumReportLabel(Direction::None) == QStringLiteral("No better direction"));
    BOOST_TEST(enumLabel(Direction::HigherIsBetter) == QStringLiteral("Higher is better"));
    BOOST_TEST(enumReportLabel(Direction::HigherIsBetter) == QStringLiteral("Higher is better"));
    BOOST_TEST(enumReportLabel(Direction::LowerIsBetter) == QStringLiteral("Lower is better"));
}

BOOST_AUTO_TEST_CASE(indicator_kind)
{
    // migrations.cpp: kind IN ('cost','quality','volume','background')
    checkCodes<IndicatorKind>({{IndicatorKind::Quality, "quality"},
                               {IndicatorKind::Cost, "cost"},
                               {IndicatorKind::Volume, "volume"},
                               {IndicatorKind::Background, "background"}});
    checkFallback(IndicatorKind::Quality);
    BOOST_TEST((enumFromCode<IndicatorKind>(QString()) == IndicatorKind::Quality));
    BOOST_TEST(kindCode(IndicatorKind::Cost) == QStringLiteral("cost"));
    checkLabels<IndicatorKind>();
}

BOOST_AUTO_TEST_CASE(handbook_type)
{
    // migrations.cpp: handbook_type IN ('','structure','process','outcome')
    checkCodes<HandbookType>({{HandbookType::Unspecified, nullptr},
                              {HandbookType::Structure, "structure"},
                              {HandbookType::Process, "process"},
                              {HandbookType::Outcome, "outcome"}});
    checkFallback(HandbookType::Unspecified);
    BOOST_TEST((handbookTypeFromCode(QStringLiteral("outcome")) == HandbookType::Outcome));
    checkLabels<HandbookType>();
}

BOOST_AUTO_TEST_CASE(gender)
{
    // migrations.cpp: gender IN ('T','K','M')
    checkCodes<Gender>({{Gender::Total, "T"}, {Gender::Women, "K"}, {Gender::Men, "M"}});
    checkRejected<Gender>();
    BOOST_TEST(!enumFromCode<Gender>(QString()).has_value());
    BOOST_TEST(!genderFromCode(QStringLiteral("W")).has_value());
    BOOST_TEST((genderFromCode(QStringLiteral("K")) == std::optional(Gender::Women)));
    checkLabels<Gender>();
    BOOST_TEST(enumLabel(Gender::Women) == QStringLiteral("Women"));
}

BOOST_AUTO_TEST_CASE(value_status)
{
    // Stored as 0..3 in observation.status; the codes are the CSV export's and the CLI's.
    checkCodes<ValueStatus>({{ValueStatus::Ok, nullptr},
                             {ValueStatus::Missing, "missing"},
                             {ValueStatus::NotApplicable, "not_applicable"},
                             {ValueStatus::Confidential, "confidential"}});
    checkRejected<ValueStatus>();
    BOOST_TEST((enumFromCode<ValueStatus>(QString()) == std::optional(ValueStatus::Ok)));
    BOOST_TEST((statusFromCode(QStringLiteral("")) == std::optional(ValueStatus::Ok)));
    BOOST_TEST(!statusFromCode(QStringLiteral("ok")).has_value());
    checkLabels<ValueStatus>();
}

BOOST_AUTO_TEST_CASE(unit_type)
{
    // migrations.cpp: type IN ('country','region','municipality')
    checkCodes<UnitType>({{UnitType::Country, "country"},
                          {UnitType::Region, "region"},
                          {UnitType::Municipality, "municipality"}});
    checkFallback(UnitType::Municipality);
    BOOST_TEST((enumFromCode<UnitType>(QString()) == UnitType::Municipality));
    checkLabels<UnitType>();
}

BOOST_AUTO_TEST_CASE(person_role)
{
    // migrations.cpp: role IN
    // ('politician','municipal_ceo','project_leader','process_leader','other')
    checkCodes<PersonRole>({{PersonRole::Politician, "politician"},
                            {PersonRole::MunicipalCeo, "municipal_ceo"},
                            {PersonRole::ProjectLeader, "project_leader"},
                            {PersonRole::ProcessLeader, "process_leader"},
                            {PersonRole::Other, "other"}});
    checkFallback(PersonRole::Other);
    BOOST_TEST((personRoleFromCode(QString()) == PersonRole::Other));
    checkLabels<PersonRole>();
}

BOOST_AUTO_TEST_CASE(comparison_kind)
{
    // migrations.cpp: comparison_kind IN ('network','country','county','kommungrupp','unit_group')
    checkCodes<ComparisonKind>({{ComparisonKind::Network, "network"},
                                {ComparisonKind::Country, "country"},
                                {ComparisonKind::County, "county"},
                                {ComparisonKind::Kommungrupp, "kommungrupp"},
                                {ComparisonKind::UnitGroup, "unit_group"}});
    checkFallback(ComparisonKind::Network);
    BOOST_TEST((comparisonKindFromCode(QString()) == ComparisonKind::Network));
    checkLabels<ComparisonKind>();
}

BOOST_AUTO_TEST_CASE(judgement)
{
    // migrations.cpp: judgement IN ('','problem','keep','unclear')
    checkCodes<Judgement>({{Judgement::None, ""},
                           {Judgement::Problem, "problem"},
                           {Judgement::GoodResult, "keep"},
                           {Judgement::Unclear, "unclear"}});
    checkFallback(Judgement::None);
    BOOST_TEST((judgementFromCode(QString()) == Judgement::None));
    checkLabels<Judgement>();
}

BOOST_AUTO_TEST_CASE(cause_category)
{
    // migrations.cpp: category IN
    // ('method','people','organisation','environment','material','measurement')
    checkCodes<CauseCategory>({{CauseCategory::Method, "method"},
                               {CauseCategory::People, "people"},
                               {CauseCategory::Organisation, "organisation"},
                               {CauseCategory::Environment, "environment"},
                               {CauseCategory::Material, "material"},
                               {CauseCategory::Measurement, "measurement"}});
    checkFallback(CauseCategory::Method);
    BOOST_TEST((causeCategoryFromCode(QString()) == CauseCategory::Method));
    BOOST_TEST(enumValues<CauseCategory>().size() == causeCategoryCount);
    checkLabels<CauseCategory>();
}

BOOST_AUTO_TEST_CASE(rating)
{
    // migrations.cpp: effect IN ('','low','high'), effort IN ('','low','high')
    checkCodes<Rating>({{Rating::Unrated, ""}, {Rating::Low, "low"}, {Rating::High, "high"}});
    checkFallback(Rating::Unrated);
    BOOST_TEST((ratingFromCode(QString()) == Rating::Unrated));
    checkLabels<Rating>();
}

BOOST_AUTO_TEST_CASE(follow_up_frequency)
{
    // migrations.cpp: follow_up_frequency IN
    // ('','monthly','quarterly','twice_a_year','yearly','next_release')
    checkCodes<FollowUpFrequency>({{FollowUpFrequency::Unspecified, ""},
                                   {FollowUpFrequency::Monthly, "monthly"},
                                   {FollowUpFrequency::Quarterly, "quarterly"},
                                   {FollowUpFrequency::TwiceAYear, "twice_a_year"},
                                   {FollowUpFrequency::Yearly, "yearly"},
                                   {FollowUpFrequency::AtNextRelease, "next_release"}});
    checkFallback(FollowUpFrequency::Unspecified);
    BOOST_TEST((followUpFrequencyFromCode(QString()) == FollowUpFrequency::Unspecified));
    checkLabels<FollowUpFrequency>();
}

BOOST_AUTO_TEST_CASE(action_status)
{
    // migrations.cpp: status IN ('not_started','ongoing','done','cancelled')
    checkCodes<ActionStatus>({{ActionStatus::NotStarted, "not_started"},
                              {ActionStatus::Ongoing, "ongoing"},
                              {ActionStatus::Done, "done"},
                              {ActionStatus::Cancelled, "cancelled"}});
    checkFallback(ActionStatus::NotStarted);
    BOOST_TEST((actionStatusFromCode(QString()) == ActionStatus::NotStarted));
    checkLabels<ActionStatus>();
}

BOOST_AUTO_TEST_CASE(target_progress)
{
    // The export's and the CLI's codes; none is read back, so an unknown code is rejected.
    checkCodes<TargetProgress>({{TargetProgress::NoValue, "no_value"},
                                {TargetProgress::NotReached, "not_reached"},
                                {TargetProgress::OnTheWay, "on_the_way"},
                                {TargetProgress::Reached, "reached"}});
    checkRejected<TargetProgress>();
    BOOST_TEST(targetProgressCode(TargetProgress::OnTheWay) == QStringLiteral("on_the_way"));
    checkLabels<TargetProgress>();
}

BOOST_AUTO_TEST_CASE(colour_class)
{
    // The export's and the CLI's codes; no colour has none.
    checkCodes<ColourClass>({{ColourClass::NoColour, nullptr},
                             {ColourClass::Missing, "grey"},
                             {ColourClass::Green, "green"},
                             {ColourClass::Yellow, "yellow"},
                             {ColourClass::Red, "red"}});
    checkRejected<ColourClass>();
    BOOST_TEST(colourClassCode(ColourClass::Red) == QStringLiteral("red"));
    checkLabels<ColourClass>();
}

BOOST_AUTO_TEST_CASE(labels_only)
{
    // Computed, never stored: no codes, but labels in the order of the old label functions.
    const QList<PriorityQuadrant> quadrants = {PriorityQuadrant::Unrated, PriorityQuadrant::DoFirst,
                                               PriorityQuadrant::Plan, PriorityQuadrant::QuickFix,
                                               PriorityQuadrant::Avoid};
    BOOST_TEST((enumValues<PriorityQuadrant>() == quadrants));
    for (PriorityQuadrant quadrant : quadrants)
        BOOST_TEST(enumCode(quadrant).isEmpty());
    checkLabels<PriorityQuadrant>();

    using A = DataCheck::Availability;
    const QList<A> availabilities = {A::HasValue, A::Missing, A::NotApplicable, A::Confidential,
                                     A::NotImported};
    BOOST_TEST((enumValues<A>() == availabilities));
    for (A availability : availabilities)
        BOOST_TEST(enumCode(availability).isEmpty());
    checkLabels<A>();
}

BOOST_AUTO_TEST_CASE(a_value_outside_the_enum_reads_as_the_fallback)
{
    // As the switches of old: their default branch returned the fallback's code.
    BOOST_TEST(enumCode(Direction(7)) == QStringLiteral("none"));
    BOOST_TEST(enumCode(PersonRole(99)) == QStringLiteral("other"));
    BOOST_TEST(enumLabel(Direction(7)) == QStringLiteral("Neither"));
    // Without a fallback: nothing.
    BOOST_TEST(enumCode(Gender(9)).isNull());
    BOOST_TEST(enumLabel(Gender(9)).isEmpty());
}
