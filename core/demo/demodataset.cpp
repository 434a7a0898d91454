// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodataset.h"

#include "core/model/area.h"
#include "core/model/importbatch.h"
#include "core/model/network.h"
#include "core/registry/unitregistry.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace jamfor {

namespace {

// How one indicator's invented values are drawn.
struct DemoIndicator
{
    const char* id;
    const char* title;
    const char* unitOfMeasure;
    IndicatorKind kind;
    Direction direction;
    const char* areaId;
    HandbookType handbookType;
    bool dividedByGender;
    double mean2015;       // national level in the first year
    double spread;         // standard deviation relative to the mean
    double yearlyChange;   // relative change per year
    double costLoading;    // weight of the municipality's cost level
    double qualityLoading; // weight of the municipality's quality level
    double genderGap;      // women minus men, relative to the mean
    int decimals;
    double minimum;
    double maximum;
    double missingShare; // share of small municipalities without a value
};

constexpr auto Cost = IndicatorKind::Cost;
constexpr auto Quality = IndicatorKind::Quality;
constexpr auto Volume = IndicatorKind::Volume;
constexpr auto Background = IndicatorKind::Background;
constexpr auto Higher = Direction::HigherIsBetter;
constexpr auto Lower = Direction::LowerIsBetter;
constexpr auto NoDirection = Direction::None;
constexpr auto Structure = HandbookType::Structure;
constexpr auto Process = HandbookType::Process;
constexpr auto Outcome = HandbookType::Outcome;

// Ids and titles are Kolada's where they are known; ids beginning with "EX" are the demo's own.
const DemoIndicator demoIndicators[] = {
    // Äldreomsorg
    {"N20007", "Kostnad äldreomsorg, kr/inv 65+", "kr/inv 65+", Cost, NoDirection, "aldreomsorg",
     Structure, false, 48000, 0.14, 0.030, 1.0, 0.1, 0, 0, 15000, 150000, 0},
    {"N20048", "Kostnad äldreomsorg, kr/inv 80+", "kr/inv 80+", Cost, NoDirection, "aldreomsorg",
     Structure, false, 205000, 0.15, 0.028, 1.0, 0.1, 0, 0, 80000, 500000, 0},
    {"N21009", "Kostnad hemtjänst äldreomsorg, kr/inv 65+", "kr/inv 65+", Cost, NoDirection,
     "aldreomsorg", Structure, false, 19000, 0.22, 0.035, 0.9, 0.0, 0, 0, 6000, 60000, 0},
    {"N23009", "Kostnad särskilt boende äldreomsorg, kr/brukare", "kr/brukare", Cost, NoDirection,
     "aldreomsorg", Structure, false, 880000, 0.12, 0.030, 0.8, 0.2, 0, 0, 450000, 1800000, 0},
    {"N20900", "Nettokostnadsavvikelse äldreomsorg, (%)", "%", Cost, NoDirection, "aldreomsorg",
     Structure, false, 0.0, 0.0, 0.0, 1.0, 0.0, 0, 1, -40, 40, 0},
    {"U21468", "Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)", "andel (%)",
     Quality, Higher, "aldreomsorg", Outcome, true, 88, 0.045, 0.002, 0.0, 1.0, -0.01, 0, 50, 100,
     0.04},
    {"U23471", "Brukarbedömning särskilt boende äldreomsorg - helhetssyn, andel (%)", "andel (%)",
     Quality, Higher, "aldreomsorg", Outcome, true, 82, 0.06, 0.001, 0.2, 0.9, -0.02, 0, 40, 100,
     0.05},
    {"U23401",
     "Väntetid i antal dagar från ansökningsdatum till erbjudet inflyttningsdatum till särskilt "
     "boende, medelvärde",
     "dagar", Quality, Lower, "aldreomsorg", Process, false, 60, 0.45, 0.02, -0.4, -0.6, 0, 0, 5,
     300, 0.06},
    {"U21401",
     "Personalkontinuitet, antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde",
     "antal", Quality, Lower, "aldreomsorg", Process, false, 15, 0.22, 0.004, -0.2, -0.8, 0, 0, 4,
     35, 0.05},
    {"N23890", "Invånare 65+ i särskilda boendeformer, andel (%)", "andel (%)", Volume, NoDirection,
     "aldreomsorg", Structure, true, 4.0, 0.20, -0.010, 0.6, 0.0, 0.25, 1, 1, 10, 0},
    // LSS
    {"N28013", "Kostnad funktionsnedsättning LSS boende, kr/brukare", "kr/brukare", Cost,
     NoDirection, "lss", Structure, false, 1150000, 0.16, 0.030, 1.0, 0.1, 0, 0, 500000, 2500000,
     0},
    {"N28016", "Nettokostnad funktionsnedsättning LSS och SFB, kr/inv", "kr/inv", Cost, NoDirection,
     "lss", Structure, false, 6800, 0.25, 0.032, 0.9, 0.0, 0, 0, 2000, 16000, 0},
    {"U28524", "Brukarbedömning gruppbostad LSS - Brukaren trivs alltid hemma, andel (%)",
     "andel (%)", Quality, Higher, "lss", Outcome, true, 72, 0.12, 0.002, 0.1, 0.9, 0.01, 0, 20,
     100, 0.12},
    {"N28892", "Invånare med insatser enl. LSS, andel (%)", "andel (%)", Volume, NoDirection, "lss",
     Structure, true, 0.75, 0.20, 0.005, 0.5, 0.0, -0.2, 2, 0.2, 2.0, 0},
    {"EX2801", "Personalens utbildning LSS boende, andel med adekvat utbildning (%)", "andel (%)",
     Quality, Higher, "lss", Structure, false, 68, 0.12, 0.006, 0.2, 0.7, 0, 0, 20, 100, 0.05},
    // Individ- och familjeomsorg
    {"N30101", "Kostnad individ- och familjeomsorg, kr/inv", "kr/inv", Cost, NoDirection, "ifo",
     Structure, false, 4600, 0.25, 0.025, 1.0, 0.0, 0, 0, 1500, 12000, 0},
    {"N31001", "Kostnad ekonomiskt bistånd, kr/inv", "kr/inv", Cost, NoDirection, "ifo", Structure,
     false, 1250, 0.40, 0.010, 0.8, -0.2, 0, 0, 200, 5000, 0},
    {"N33001", "Kostnad barn och ungdomsvård, kr/inv", "kr/inv", Cost, NoDirection, "ifo",
     Structure, false, 2300, 0.30, 0.030, 0.9, 0.0, 0, 0, 600, 7000, 0},
    {"U30452", "Brukarbedömning individ- och familjeomsorg totalt - helhetssyn, andel (%)",
     "andel (%)", Quality, Higher, "ifo", Outcome, true, 80, 0.08, 0.002, 0.1, 0.9, 0.015, 0, 40,
     100, 0.10},
    {"EX3001", "Ungdomar som inte återkommit inom ett år efter avslutad insats, andel (%)",
     "andel (%)", Quality, Higher, "ifo", Outcome, true, 77, 0.09, 0.002, 0.0, 0.8, 0.02, 0, 40,
     100, 0.10},
    {"EX3002", "Handläggningstid ekonomiskt bistånd, nybesök, medelvärde dagar", "dagar", Quality,
     Lower, "ifo", Process, false, 18, 0.35, -0.01, -0.2, -0.7, 0, 0, 2, 60, 0.05},
    // Grundskola
    {"N15027", "Kostnad grundskola F-9, hemkommun, kr/elev", "kr/elev", Cost, NoDirection,
     "grundskola", Structure, false, 112000, 0.10, 0.030, 1.0, 0.1, 0, 0, 80000, 180000, 0},
    {"N15008", "Kostnad för kommunal grundskola åk 1-9, kr/elev", "kr/elev", Cost, NoDirection,
     "grundskola", Structure, false, 104000, 0.10, 0.030, 1.0, 0.1, 0, 0, 75000, 170000, 0},
    {"N15419",
     "Elever i åk 9 som uppnått betygskriterierna i alla ämnen, kommunala skolor, andel (%)",
     "andel (%)", Quality, Higher, "grundskola", Outcome, true, 73, 0.09, -0.002, 0.1, 0.9, 0.05, 0,
     35, 100, 0.03},
    {"N15508", "Elever i åk 9 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)",
     "andel (%)", Quality, Higher, "grundskola", Outcome, true, 74, 0.08, -0.002, 0.1, 0.9, 0.05, 0,
     35, 100, 0.02},
    {"N15507", "Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)", "meritpoäng", Quality,
     Higher, "grundskola", Outcome, true, 223, 0.06, 0.002, 0.1, 0.9, 0.08, 1, 150, 290, 0.02},
    {"EX1501", "Elever i åk 9 som är behöriga till yrkesprogram, andel (%)", "andel (%)", Quality,
     Higher, "grundskola", Outcome, true, 84, 0.06, -0.001, 0.1, 0.9, 0.03, 1, 50, 100, 0.02},
    // Bakgrund (for similar municipalities and context)
    {"EX0001", "Invånare totalt, antal", "antal", Background, NoDirection, "", Structure, false,
     36000, 1.6, 0.008, 0.0, 0.0, 0, 0, 2300, 1000000, 0},
    {"EX0002", "Invånare 80+, andel (%)", "andel (%)", Background, NoDirection, "", Structure,
     false, 6.0, 0.22, 0.02, 0.5, 0.0, 0, 1, 2, 12, 0},
    {"EX0003", "Skattekraft, kr/inv", "kr/inv", Background, NoDirection, "", Structure, false,
     205000, 0.10, 0.030, -0.3, 0.2, 0, 0, 150000, 400000, 0},
    {"EX0004", "Invånare födda utomlands, andel (%)", "andel (%)", Background, NoDirection, "",
     Structure, false, 16, 0.45, 0.02, 0.0, 0.0, 0, 1, 3, 60, 0},
};

// SplitMix64: a tiny deterministic generator, so the demo is the same on every platform.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 keyOf(std::initializer_list<QStringView> parts, quint64 salt)
{
    quint64 h = salt;
    for (QStringView part : parts) {
        for (QChar c : part)
            h = mix(h ^ c.unicode());
        h = mix(h ^ 0xFF);
    }
    return h;
}

double uniform01(quint64 key)
{
    return (static_cast<double>(mix(key) >> 11) + 0.5) / 9007199254740992.0;
}

// A standard normal number from two uniforms (Box–Muller).
double normal(quint64 key)
{
    const double u1 = uniform01(key);
    const double u2 = uniform01(key ^ 0xA5A5A5A5ULL);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Each municipality's invented traits, shared by all its indicators.
struct UnitProfile
{
    double costLevel;    // above 0: spends more than others
    double qualityLevel; // above 0: better results
    double sizeFactor;   // log-normal population factor
};

UnitProfile profileOf(const QString& unitId)
{
    const double shared = normal(keyOf({unitId}, 7));
    return {normal(keyOf({unitId}, 1)), 0.5 * shared + 0.87 * normal(keyOf({unitId}, 2)),
            std::exp(1.1 * normal(keyOf({unitId}, 3)))};
}

// The value before clamping and rounding. A total of a gender-divided indicator lies between
// the women's and the men's values, as a real total does.
double rawValue(const DemoIndicator& d, const QString& unitId, int year, Gender gender,
                const UnitProfile& profile)
{
    if (gender == Gender::Total && d.dividedByGender) {
        return 0.5 * (rawValue(d, unitId, year, Gender::Women, profile) +
                      rawValue(d, unitId, year, Gender::Men, profile));
    }
    const QString indicatorId = QString::fromLatin1(d.id);
    const QString yearText = QString::number(year);
    const double yearsSinceStart = year - DemoDataset::firstYear;
    const double trend = std::pow(1 + d.yearlyChange, yearsSinceStart);

    if (qstrcmp(d.id, "EX0001") == 0) // population: log-normal size, not a spread
        return d.mean2015 * profile.sizeFactor * trend;

    // A persistent unit effect, a slowly drifting part and a small yearly noise.
    const double unitEffect = d.costLoading * profile.costLevel +
                              d.qualityLoading * profile.qualityLevel +
                              0.6 * normal(keyOf({indicatorId, unitId}, 11));
    const double drift = 0.25 * normal(keyOf({indicatorId, unitId}, 12)) * yearsSinceStart / 9.0;
    const double noise = 0.25 * normal(keyOf({indicatorId, unitId, yearText}, 13));
    const double z = unitEffect + drift + noise;

    // An indicator with mean 0 is a deviation in per cent around zero.
    double value = d.mean2015 == 0.0 ? 6.0 * z : d.mean2015 * trend * (1 + d.spread * z);
    if (gender != Gender::Total) {
        const double half = 0.5 * d.genderGap * d.mean2015;
        const double genderNoise =
            0.015 * d.mean2015 *
            normal(keyOf({indicatorId, unitId, yearText, genderCode(gender)}, 14));
        value += (gender == Gender::Women ? half : -half) + genderNoise;
    }
    return value;
}

double drawValue(const DemoIndicator& d, const QString& unitId, int year, Gender gender,
                 const UnitProfile& profile)
{
    return roundTo(std::clamp(rawValue(d, unitId, year, gender, profile), d.minimum, d.maximum),
                   d.decimals);
}

QList<Area> demoAreas()
{
    return {{QStringLiteral("aldreomsorg"), QStringLiteral("Äldreomsorg")},
            {QStringLiteral("lss"), QStringLiteral("LSS")},
            {QStringLiteral("ifo"), QStringLiteral("Individ- och familjeomsorg")},
            {QStringLiteral("grundskola"), QStringLiteral("Grundskola")}};
}

Network demoNetwork()
{
    Network network;
    network.name = DemoDataset::networkName;
    network.description = QStringLiteral(
        "Exempelnätverk med kommuner i norra Bohuslän. Dals-Ed och Färgelanda deltar bara i "
        "jämförelserna av grundskolan.");
    for (const char* id : {"1435", "1486", "1430", "1427", "1484", "1421", "1419"})
        network.members.append({QString::fromLatin1(id), {}});
    for (const char* id : {"1438", "1439"})
        network.members.append({QString::fromLatin1(id), {QStringLiteral("grundskola")}});
    // Invented people; the roles follow the Jämförelseprojektet's steering and project groups.
    network.people = {
        {0,
         QStringLiteral("Karin Lindqvist"),
         PersonRole::Politician,
         QStringLiteral("1435"),
         QStringLiteral("karin.lindqvist@example.se"),
         {}},
        {0,
         QStringLiteral("Anders Holm"),
         PersonRole::MunicipalCeo,
         QStringLiteral("1486"),
         QStringLiteral("anders.holm@example.se"),
         {}},
        {0, QStringLiteral("Maria Berg"), PersonRole::ProjectLeader, QStringLiteral("1430"),
         QStringLiteral("maria.berg@example.se"), QStringLiteral("0524-000 00")},
        {0,
         QStringLiteral("Johan Ek"),
         PersonRole::ProjectLeader,
         QStringLiteral("1427"),
         QStringLiteral("johan.ek@example.se"),
         {}},
        {0,
         QStringLiteral("Lena Strand"),
         PersonRole::ProcessLeader,
         {},
         QStringLiteral("lena.strand@example.se"),
         {}},
    };
    return network;
}

} // namespace

QString DemoDataset::exampleDataLabel()
{
    return tr("Example data – invented values");
}

void DemoDataset::write(Database& database)
{
    QSqlDatabase& db = database.connection();
    Transaction transaction(db);

    AreaRepository areas(db);
    for (const Area& area : demoAreas())
        areas.save(area);

    IndicatorRepository indicators(db);
    for (const DemoIndicator& d : demoIndicators) {
        Indicator indicator;
        indicator.id = QString::fromLatin1(d.id);
        indicator.title = QString::fromUtf8(d.title);
        indicator.unitOfMeasure = QString::fromUtf8(d.unitOfMeasure);
        indicator.kind = d.kind;
        indicator.direction = d.direction;
        indicator.areaId = QString::fromLatin1(d.areaId);
        indicator.handbookType = d.handbookType;
        indicator.dividedByGender = d.dividedByGender;
        indicator.confirmed = true; // set by hand for the example
        indicator.source = indicator.id.startsWith(u"EX")
                               ? QStringLiteral("Exempelnyckeltal (fiktivt)")
                               : QStringLiteral("Kolada (titel); värden fiktiva");
        indicator.description = tr("Example data: the values are invented for practice and "
                                   "teaching. They are not Kolada's figures.");
        indicators.save(indicator);
    }

    ImportBatch batch;
    batch.fileName = QStringLiteral("demo");
    batch.source = QStringLiteral("example");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ImportBatchRepository batches(db);
    const qint64 batchId = batches.create(batch);
    ObservationWriter writer(db, batchId);

    const QList<Unit> municipalities = UnitRegistry::instance().municipalities();
    QHash<QString, UnitProfile> profiles;
    for (const Unit& unit : municipalities)
        profiles.insert(unit.id, profileOf(unit.id));

    qint64 rows = 0;
    for (const DemoIndicator& d : demoIndicators) {
        const QString indicatorId = QString::fromLatin1(d.id);
        QList<Gender> genders{Gender::Total};
        if (d.dividedByGender)
            genders << Gender::Women << Gender::Men;
        for (int year = firstYear; year <= lastYear; ++year) {
            for (Gender gender : genders) {
                // Regions and the country get the unweighted mean of their municipalities.
                QHash<QString, QPair<double, int>> sums;
                for (const Unit& unit : municipalities) {
                    Observation o{indicatorId, unit.id, year, gender, {}, ValueStatus::Ok};
                    const UnitProfile& profile = profiles[unit.id];
                    const bool small = profile.sizeFactor < 0.6;
                    if (small && uniform01(keyOf({indicatorId, unit.id, QString::number(year)},
                                                 21)) < d.missingShare * 3) {
                        o.status = gender == Gender::Total ? ValueStatus::Missing
                                                           : ValueStatus::Confidential;
                    } else {
                        o.value = drawValue(d, unit.id, year, gender, profile);
                        for (const QString& group :
                             {countryUnitId, QStringLiteral("00") + unit.countyCode}) {
                            sums[group].first += *o.value;
                            sums[group].second += 1;
                        }
                    }
                    writer.write(o);
                    ++rows;
                }
                for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                    writer.write({indicatorId, it.key(), year, gender,
                                  roundTo(it->first / it->second, d.decimals), ValueStatus::Ok});
                    ++rows;
                }
            }
        }
    }
    writer.finish();
    batches.setRowCount(batchId, rows);

    NetworkRepository(db).save(demoNetwork());
    FileInfoRepository(db).markAsExampleData();
    transaction.commit();
}

} // namespace jamfor
