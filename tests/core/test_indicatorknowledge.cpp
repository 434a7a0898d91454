// SPDX-License-Identifier: GPL-3.0-or-later
// The suggested kind, direction and unit of Kolada KPIs, measured against a person's careful
// reading of real titles (tests/data/kolada/judged_titles.csv), plus rules written out by hand.
#define BOOST_TEST_MODULE indicatorknowledge
#include "core/demo/demodataset.h"
#include "core/kolada/indicatorknowledge.h"
#include "core/storage/indicatorrepository.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"

#include <QFile>
#include <QTextStream>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::messageOf;
using importtesting::TempDatabase;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct Judged
{
    QString id;
    QString title;
    QString kind;
    QString direction;
    QString unit;
};

QList<Judged> judgedTitles(const QString& name)
{
    QFile file(testfiles::dataPath(QStringLiteral("kolada/") + name));
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    QList<Judged> rows;
    bool header = true;
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList f = line.split(u';');
        BOOST_REQUIRE_MESSAGE(f.size() == 5, "bad line: " << line.toStdString());
        rows.append({f[0], f[1], f[2], f[3], f[4]});
    }
    return rows;
}

double percent(int part, int whole)
{
    return whole == 0 ? 0 : 100.0 * part / whole;
}

struct Agreement
{
    int n = 0;
    double kind = 0, direction = 0, both = 0, unit = 0;
};

// How often the suggestion equals a person's reading; prints the figures and every difference.
Agreement agreementWith(const QString& name)
{
    const QList<Judged> judged = judgedTitles(name);
    const IndicatorKnowledge& knowledge = IndicatorKnowledge::shipped();
    int kind = 0, direction = 0, both = 0, unit = 0;
    int kindRules = 0, directionRules = 0; // the title rules alone, without the shipped table
    QStringList differences;
    for (const Judged& j : judged) {
        const IndicatorSuggestion s = knowledge.suggest(j.id, j.title);
        const bool k = kindCode(s.kind) == j.kind;
        const bool d = directionCode(s.direction) == j.direction;
        kind += k;
        direction += d;
        both += k && d;
        unit += s.unitOfMeasure == j.unit;
        const IndicatorSuggestion r = IndicatorKnowledge::fromTitle(j.title);
        kindRules += kindCode(r.kind) == j.kind;
        directionRules += directionCode(r.direction) == j.direction;
        if (!k || !d || s.unitOfMeasure != j.unit)
            differences << QStringLiteral("%1 %2: suggested %3/%4/%5, judged %6/%7/%8")
                               .arg(j.id, j.title.left(80), kindCode(s.kind),
                                    directionCode(s.direction), s.unitOfMeasure, j.kind,
                                    j.direction, j.unit);
    }
    const int n = int(judged.size());
    BOOST_TEST_MESSAGE(
        QStringLiteral("%1, %2 titles: kind %3 %, direction %4 %, both %5 %, unit %6 %; title "
                       "rules alone: kind %7 %, direction %8 %")
            .arg(name)
            .arg(n)
            .arg(percent(kind, n), 0, 'f', 1)
            .arg(percent(direction, n), 0, 'f', 1)
            .arg(percent(both, n), 0, 'f', 1)
            .arg(percent(unit, n), 0, 'f', 1)
            .arg(percent(kindRules, n), 0, 'f', 1)
            .arg(percent(directionRules, n), 0, 'f', 1)
            .toStdString());
    for (const QString& difference : std::as_const(differences))
        BOOST_TEST_MESSAGE("  " << difference.toStdString());
    return {n, percent(kind, n), percent(direction, n), percent(both, n), percent(unit, n)};
}

} // namespace

BOOST_AUTO_TEST_CASE(suggestions_agree_with_the_reading_the_rules_were_tuned_on)
{
    // The rules were refined while looking at this set: its figure is not an independent one.
    const Agreement a = agreementWith(QStringLiteral("judged_titles.csv"));
    BOOST_TEST(a.n >= 100);
    BOOST_TEST(a.both >= 95.0);
    BOOST_TEST(a.unit >= 95.0);
}

BOOST_AUTO_TEST_CASE(suggestions_agree_with_an_independent_reading_of_other_titles)
{
    // A hold-out set: other KPIs, read by a person who saw neither the rules nor the first set.
    const Agreement a = agreementWith(QStringLiteral("judged_titles_holdout.csv"));
    BOOST_TEST(a.n >= 100);
    // Measured 2026-12-03 on 143 titles: kind 93.0 %, direction 96.5 %, both 92.3 %, unit 99.3 %.
    BOOST_TEST(a.kind >= 90.0);
    BOOST_TEST(a.direction >= 93.0);
    BOOST_TEST(a.both >= 90.0);
    BOOST_TEST(a.unit >= 95.0);
}

BOOST_AUTO_TEST_CASE(title_conventions_written_out_by_hand)
{
    const auto check = [](const char* title, IndicatorKind kind, Direction direction,
                          const char* unit) {
        const IndicatorSuggestion s = IndicatorKnowledge::fromTitle(QString::fromUtf8(title));
        BOOST_TEST(int(s.kind) == int(kind), title);
        BOOST_TEST(int(s.direction) == int(direction), title);
        BOOST_TEST(s.unitOfMeasure == QString::fromUtf8(unit),
                   title << " → " << s.unitOfMeasure.toStdString());
    };
    check("Kostnad äldreomsorg, kr/inv 65+", IndicatorKind::Cost, Direction::None, "kr/inv 65+");
    check("Kostnad särskilt boende äldreomsorg, kr/brukare", IndicatorKind::Cost, Direction::None,
          "kr/brukare");
    check("Kommunen garanterar inom viss tid kontakt vid larm, (Ja=1, Nej=0)",
          IndicatorKind::Quality, Direction::HigherIsBetter, "ja/nej");
    check("Brukarbedömning hemtjänst äldreomsorg -  helhetssyn, andel (%)", IndicatorKind::Quality,
          Direction::HigherIsBetter, "%");
    check("Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till "
          "särskilt boende, medelvärde",
          IndicatorKind::Quality, Direction::LowerIsBetter, "medelvärde");
    check("Ålder vid inflyttning till särskilt boende, median", IndicatorKind::Volume,
          Direction::None, "median");
    check("Invånare 80+, andel (%)", IndicatorKind::Background, Direction::None, "%");
}

BOOST_AUTO_TEST_CASE(the_demos_hand_set_choices_are_mostly_what_the_rules_suggest)
{
    // The demo's kind and direction were set by hand for its real Kolada titles.
    TempDatabase temp;
    DemoDataset::write(temp.db());
    int agree = 0, n = 0;
    for (const Indicator& indicator : IndicatorRepository(temp.db().connection()).all()) {
        BOOST_TEST(indicator.confirmed);
        const IndicatorSuggestion s =
            IndicatorKnowledge::shipped().suggest(indicator.id, indicator.title);
        ++n;
        const bool same = s.kind == indicator.kind && s.direction == indicator.direction;
        agree += same;
        if (!same)
            BOOST_TEST_MESSAGE(QStringLiteral("demo %1 %2: hand-set %3/%4, suggested %5/%6")
                                   .arg(indicator.id, indicator.title, kindCode(indicator.kind),
                                        directionCode(indicator.direction), kindCode(s.kind),
                                        directionCode(s.direction))
                                   .toStdString());
    }
    BOOST_TEST_MESSAGE("demo agreement " << agree << " of " << n);
    BOOST_TEST(percent(agree, n) >= 85.0);
}

BOOST_AUTO_TEST_CASE(a_malformed_table_is_refused_with_file_and_line)
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("knowledge.csv"));
    testfiles::writeAll(path, "# comment\nid;kind;direction;unit;note\nN1;cost;none;kr;ok\n"
                              "N2;dear;none;;bad kind\n");
    const std::string message = messageOf([&] { IndicatorKnowledge::fromFile(path); });
    BOOST_TEST(message.find("knowledge.csv") != std::string::npos, message);
    BOOST_TEST(message.find('4') != std::string::npos, message);
    BOOST_TEST(message.find("dear") != std::string::npos, message);
    const QString missing = temp.file(QStringLiteral("missing.csv"));
    BOOST_TEST(messageOf([&] { IndicatorKnowledge::fromFile(missing); }).find("missing.csv") !=
               std::string::npos);
}
