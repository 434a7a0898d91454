// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kolada/indicatorknowledge.h"

#include "core/util/error.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QTextStream>

namespace jamfor {

namespace {

constexpr auto Cost = IndicatorKind::Cost;
constexpr auto Quality = IndicatorKind::Quality;
constexpr auto Volume = IndicatorKind::Volume;
constexpr auto Background = IndicatorKind::Background;
constexpr auto Higher = Direction::HigherIsBetter;
constexpr auto Lower = Direction::LowerIsBetter;
constexpr auto NoDirection = Direction::None;

QRegularExpression pattern(const char* text)
{
    return QRegularExpression(QString::fromUtf8(text),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// One title rule: the first rule whose pattern occurs in the title decides kind and direction.
struct Rule
{
    QRegularExpression pattern;
    IndicatorKind kind;
    Direction direction;
};

// The title rules, in order. Patterns are case-insensitive and searched anywhere in the title
// (after the notes stripped by stripNotes), so "kostnad" also finds "Nettokostnadsavvikelse".
const QList<Rule>& titleRules()
{
    static const QList<Rule> rules = {
        // Costs: every word built on "kostnad" and money paid out.
        {pattern(R"(\w*kostnad\w*)"), Cost, NoDirection},
        {pattern(R"(\w*utbetal\w*(?=.*\b(kr|tkr)\b))"), Cost, NoDirection},

        // Measures with no better side: grades set below or above the national test grade,
        // recruitment, and head counts of staff.
        {pattern(R"(\b(lägre|högre) betyg än provbetyg|\bnya tillsvidareanställda)"), Quality,
         NoDirection},
        {pattern(R"(^(\w+ )?(månadsavlönade?|årsarbetare|anställda|tillsvidareanställda|)"
                 R"(visstidsanställda|heltids\w+|deltids\w+|timavlönade)\b(?=.*,\s*antal$))"),
         Volume, NoDirection},
        // Descriptions of a target group or of a reference group: why aid recipients cannot
        // support themselves, children in the whole population, young people not placed in care.
        {pattern(R"(försörjningshinder|\bbarn i befolkningen\b|\bej placerade\b)"), Background,
         NoDirection},

        // Positive phrases that contain a word a "lower" rule below would take.
        {pattern(
             R"(\bej återaktualiser\w*|\blåg (oro|förekomst)\b|\brimlig väntetid|\bväntat högst\b|)"
             R"(\båtgärder mot\b|\batt förebygga\b)"),
         Quality, Higher},

        // Lower is better. Harmful medication, symptoms and ill-being.
        {pattern(R"(olämpliga läkemedel|psyko-?farmaka|antipsykotisk\w*|tio eller fler läkemedel|)"
                 R"(lugnande medel|\bbesvär\w*|ängslan|ångest|\boro\b|ensamhet|stressade|)"
                 R"(\boroliga\b|\bavstår från|avsaknad av)"),
         Quality, Lower},
        // Injuries, disease and death.
        {pattern(R"(fallskad\w*|fraktur\w*|trycksår|skadehändelse|\bskad(or|ade)\b|)"
                 R"(\w*olyckor\b|dödlighet|\bavlid\w*|självmord|\bincidens\b|\bförekomst av\b|)"
                 R"(klamydia\w*|infektion|\bny infarkt\b|adl-beroende)"),
         Quality, Lower},
        // Health behaviour.
        {pattern(R"(\bröker\b|\bsnusar\b|rökning|riskabla alkoholvanor|\bfetma\b|övervikt|)"
                 R"(stillasittande)"),
         Quality, Lower},
        // Long dependence on economic aid, returning clients, drop-out.
        {pattern(R"(långvarigt ekonomiskt bistånd|återaktualiser\w*|ej återfanns|)"
                 R"(indraget studiestöd|ogiltig frånvaro|utan godkända betyg|avbrutit)"),
         Quality, Lower},
        // Hospital care that good care avoids.
        {pattern(R"(återinskrivning|överbeläggning\w*|utlokaliserade|utskrivningsklara|)"
                 R"(påverkbar slutenvård)"),
         Quality, Lower},
        // Crime, fires, appeals, environmental load.
        {pattern(R"(\bbränder\b|\w*brott\b|skadegörelse|överklagade|klimatpåverkan|)"
                 R"(trakasserier|energianvändning|antibiotikaförsäljning|\bavfall\b(?=.*\bkg\b))"),
         Quality, Lower},
        // Waiting, lead and response times.
        {pattern(R"(väntetid|handläggningstid|mediantid|responstid|larmbehandlingstid|)"
                 R"(inställelsetid|medelvårdtid)"),
         Quality, Lower},
        // Staff: many different staff per user, caseload per employee, sick leave, turnover,
        // temporary employment, hired social workers.
        {pattern(R"(antal personal som|personalkontinuitet|(/|\bper )(årsarbeta\w*|lärare)\b|)"
                 R"(per barngrupp|sjukfrånvaro|avgångna|visstidsanställda|konsulthandläggare)"),
         Quality, Lower},

        // Higher is better. Staff per place or user.
        {pattern(R"((personal|sjuksköterskor|årsarbetare)\s*(/|\bper\s)\s*(plats|brukare)\b)"),
         Quality, Higher},
        // Done within a time limit.
        {pattern(R"(\binom (\d+|en|ett|två|tre|fyra|fem|sju|fjorton|trettio) )"
                 R"((dagar?|timmar?|minuter|veckor|månader|år)\b|\bsamma dag\b)"),
         Quality, Higher},
        // User, patient and citizen experience.
        {pattern(R"(brukarbedömning|\bnöjd\w*|andel som (har )?svarat|\btrygg\w*|förtroende\b|)"
                 R"(\bpositiv\w*|helhetsintryck|patientupplevd|\btrivs\b|förbättrad|\bbra\b|)"
                 R"(\bgott\b|\bgoda\b|bemötande|tillgång till|delaktig\w*|inflytande)"),
         Quality, Higher},
        // Education results and staff qualifications.
        {pattern(
             R"(behörig\w*|klarat|uppnå(tt|dda)|\w*examen\b|\w*betyg\w*|meritvärde\w*|fullföljt|)"
             R"(avslutat treårigt|etablerade på arbetsmarknaden|börjat (arbeta|studera)|)"
             R"(gått över till|övergått|lärarlegitimation|socionom\w*|adekvat utbildning)"),
         Quality, Higher},
        // Good care practice and public health.
        {pattern(R"(täckningsgrad|vaccinerade|följsamhet|överlevnad|)"
                 R"(måluppfyllelse|kontaktsjuksköterska|multidisciplinär|strokeenhet|checklista|)"
                 R"(eftervårdsbesök|antikoagulantia|öppnande av kranskärl|fysiskt aktiva|)"
                 R"(frukt och grönt|levnadsvanor|valdeltagande|deltagartillfällen)"),
         Quality, Higher},
        // Environment.
        {pattern(R"(ekologisk\w*|fossiloberoende|(?<!icke-)förnybar\w*|\w*återvinning)"), Quality,
         Higher},
        // Finances and terms of employment.
        {pattern(R"(soliditet|nettotillgångar|självfinansieringsgrad|balanskravsresultat|)"
                 R"(resultat efter finansiella|tillsvidareanställda|heltidsa\w*)"),
         Quality, Higher},
        // Indices and scores (satisfaction, engagement, business climate).
        {pattern(R"(\w*index\b|\bantal poäng\b|maxpoäng)"), Quality, Higher},

        // Background. Population, its age and origin.
        {pattern(R"(^invånare(\s+(totalt|\d+(\s*[-–]\s*\d+)?\s*\+?(\s*år)?))?\s*,|)"
                 R"(befolkning\w*|folkmängd|\bantal invånare\b|medelålder|medellivslängd|)"
                 R"(^(födda|döda|inflyttade|utflyttade|hushåll)\b|landareal|flyktingmottagandet|)"
                 R"(framskrivning|försörjningskvot|\w*födda\b|utländsk bakgrund|nyinvandrade|)"
                 R"(nyanlända|^(flickor|pojkar|kvinnor|män)\s*(,|\s(i|bland)\b))"),
         Background, NoDirection},
        // Education, work and income of the population.
        {pattern(R"(^invånare\b(?=.*\butbildning\b)|eftergymnasial utbildning|utbildningsnivå|)"
                 R"(arbetslös\w*|sysselsatt\w*|sysselsättning\w*|förvärvsarbetande|\w*inkomst|)"
                 R"(skattekraft|skattesats|ekonomisk standard|varken arbetar eller studerar|)"
                 R"(\w*pendling|föräldrapenning\w*|\bav invånare\b(?=[^,]*,\s*andel))"),
         Background, NoDirection},

        // Volume: use of a service, people with an intervention, places, hours, pupils.
        {pattern(R"(\b(med|i|har) (hemtjänst|hemsjukvård|särskilda? boende\w*|särskilt boende|)"
                 R"(insatser|daglig verksamhet|boendestöd|korttids\w*|personlig assistans|)"
                 R"(ledsagarservice|kontaktperson|trygghetslarm|färdtjänst|)"
                 R"(bostad med särskild service|god man|förvaltare|ställföreträdarskap)\b)"),
         Volume, NoDirection},
        {pattern(R"(hemtjänsttimmar|\binflyttning till\b|\binskrivna\b|aktivitetstillfällen|)"
                 R"(vårdtillfällen|vårddygn|vårdplatser|)"
                 R"(\bbesök på\b|läkarbesök|\boperationer\b|ekonomiskt bistånd|biståndsmottagare|)"
                 R"(\bplacerade\b|placeringar|antal brukare|brukare, antal|\binsatser\b|)"
                 R"(^(gymnasie)?elever\b)"),
         Volume, NoDirection},
    };
    return rules;
}

// The title without notes that are not part of what is measured: "Källa: ...", "- Målnivå: 90",
// "[Ny hemtjänstdefinition]", year notes such as "(-2021)" or "(- 2021)", "3-årsm",
// "(treårsmedelvärde)", and trailing punctuation.
QString stripNotes(const QString& title)
{
    static const QList<QRegularExpression> notes = {
        pattern(R"(\s*\.?\s*Källa:.*$)"),
        pattern(R"(\s*-\s*Målnivå:.*$)"),
        pattern(R"(\s*\[[^\]]*\])"),
        pattern(R"(\s*\(\s*(\d{4}\s*)?-\s*(\d{4}\s*)?\))"),
        pattern(R"(\s*\((tre|fem)årsmedelvärde\))"),
        pattern(R"(,?\s*\b\d+-årsm\b\.?)"),
    };
    static const QRegularExpression trailing = pattern(R"([\s.,;]+$)");
    QString text = title;
    for (const QRegularExpression& note : notes)
        text.remove(note);
    return text.remove(trailing).simplified();
}

// Splits at commas and spaced dashes that are not inside parentheses.
QStringList topLevelParts(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        const bool dash = (c == u'-' || c == u'–') && i > 0 && text.at(i - 1) == u' ' &&
                          i + 1 < text.size() && text.at(i + 1) == u' ';
        if (depth == 0 && (c == u',' || dash)) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

// The unit a coded answer in parentheses gives: "ja/nej" for (Ja=1, Nej=0), "skala" for any
// other scale with at least two coded values; empty when there is none.
QString codedUnit(const QString& text)
{
    static const QRegularExpression group = pattern(R"(\(([^()]*=[^()]*)\))");
    static const QRegularExpression code = pattern(R"(=\s*\d|\d\s*=)");
    static const QRegularExpression yesNo =
        pattern(R"(^\s*(ja\s*=\s*1\s*,?\s*nej\s*=\s*0|1\s*=\s*ja\s*,?\s*0\s*=\s*nej)\s*$)");
    QString unit;
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const QString inner = it.next().captured(1);
        if (yesNo.match(inner).hasMatch())
            unit = QStringLiteral("ja/nej");
        else if (inner.count(code) >= 2)
            unit = QStringLiteral("skala");
    }
    return unit;
}

// The unit one comma-separated part of a title names, or empty.
QString unitOfPart(const QString& rawPart)
{
    static const QRegularExpression percent = pattern(R"(\(\s*%|%\s*\)$|^%$)");
    static const QRegularExpression note = pattern(R"(\s*\([^()]*\)$)");
    static const QRegularExpression money = pattern(R"(^((\d[\d ]*)?\s*(kr|tkr|mnkr))\b(.*)$)");
    static const QRegularExpression hours = pattern(R"(^antal timmar\s*/\s*månad$)");
    static const QRegularExpression days = pattern(R"(^(antal )?dagar$)");
    static const QRegularExpression perBase = pattern(R"(^antal(\s+\w+)?\s*(/|\bper\s)\s*(.+)$)");
    static const QRegularExpression count = pattern(R"(^antal(\s+\w+)?$)");
    static const QRegularExpression mean = pattern(R"(^(medelvärde\b|genomsnitt$))");
    static const QRegularExpression kronor = pattern(R"(^(miljoner|tusen)?\s*kronor$)");
    static const QRegularExpression median = pattern(R"(^median\w*\b)");
    static const QRegularExpression index = pattern(R"(^index\b|index$)");
    static const QRegularExpression kilos = pattern(R"(^kg\s*/\s*(.+)$)");
    static const QRegularExpression slashSpace = pattern(R"(\s*/\s*)");

    QString part = rawPart.simplified();
    if (percent.match(part).hasMatch())
        return QStringLiteral("%");
    part.remove(note); // "(justerat)", "(17 ämnen)", "(max = 100)"
    part.replace(slashSpace, QStringLiteral("/"));
    if (const auto m = money.match(part); m.hasMatch())
        return (m.captured(1) + m.captured(4)).simplified();
    if (const auto m = kronor.match(part); m.hasMatch()) // "miljoner kronor"
        return m.captured(1).isEmpty()               ? QStringLiteral("kr")
               : m.captured(1).toLower() == u"tusen" ? QStringLiteral("tkr")
                                                     : QStringLiteral("mnkr");
    if (hours.match(part).hasMatch())
        return QStringLiteral("timmar/månad");
    if (days.match(part).hasMatch())
        return QStringLiteral("dagar");
    if (const auto m = perBase.match(part); m.hasMatch()) {
        const QString noun = m.captured(1).trimmed();
        return (noun.isEmpty() || m.captured(2).trimmed() == u"per"
                    ? QStringLiteral("antal/")
                    : QStringLiteral("antal ") + noun + u'/') +
               m.captured(3);
    }
    if (count.match(part).hasMatch())
        return QStringLiteral("antal");
    if (mean.match(part).hasMatch())
        return QStringLiteral("medelvärde");
    if (median.match(part).hasMatch())
        return QStringLiteral("median");
    if (index.match(part).hasMatch())
        return QStringLiteral("index");
    if (const auto m = kilos.match(part); m.hasMatch())
        return QStringLiteral("kg/") + m.captured(1);
    return {};
}

IndicatorKind kindFromPerspective(const QString& perspective, bool* decided)
{
    const QString p = perspective.trimmed().toLower();
    *decided = true;
    if (p.startsWith(u"kostnad"))
        return Cost;
    if (p.startsWith(u"volym"))
        return Volume;
    if (p.startsWith(u"struktur") || p.startsWith(u"bakgrund"))
        return Background;
    if (p.startsWith(u"kvalitet") || p.startsWith(u"resultat"))
        return Quality;
    *decided = false;
    return Quality;
}

// The title rules, then Kolada's perspective, then its operating area, then the default.
IndicatorSuggestion classify(const QString& title, const QString& perspective,
                             const QString& operatingArea)
{
    IndicatorSuggestion result;
    const QString text = stripNotes(title);
    result.unitOfMeasure = IndicatorKnowledge::unitFromTitle(title);
    if (result.unitOfMeasure == u"ja/nej" || result.unitOfMeasure == u"skala") {
        // A routine or method in place, coded so that the higher value is the better answer.
        result.direction = Higher;
        result.basis = QStringLiteral("unit: ") + result.unitOfMeasure;
        return result;
    }
    for (const Rule& rule : titleRules()) {
        if (const auto m = rule.pattern.match(text); m.hasMatch()) {
            result.kind = rule.kind;
            result.direction = rule.direction;
            result.basis = QStringLiteral("title: ") + m.captured(0).trimmed();
            return result;
        }
    }
    // No title rule decided: Kolada's perspective, then a plain count, then the operating area.
    bool decided = false;
    result.kind = kindFromPerspective(perspective, &decided);
    if (decided) {
        result.basis = QStringLiteral("perspective: ") + perspective.trimmed();
    } else if (result.unitOfMeasure == u"antal") {
        result.kind = Volume; // a plain count says how much
        result.basis = QStringLiteral("unit: antal");
    } else if (static const QRegularExpression area = pattern(R"(befolkning|bakgrund)");
               !operatingArea.isEmpty() && area.match(operatingArea).hasMatch()) {
        result.kind = Background;
        result.basis = QStringLiteral("operating area: ") + operatingArea.trimmed();
    } else {
        result.basis = QStringLiteral("no rule");
    }
    return result;
}

} // namespace

const IndicatorKnowledge& IndicatorKnowledge::shipped()
{
    static const IndicatorKnowledge knowledge = [] {
        try {
            return fromFile(QStringLiteral(":/jamfor/data/indicator_knowledge.csv"));
        } catch (const Error& error) {
            qFatal("The built-in indicator knowledge is broken: %s", error.what());
        }
    }();
    return knowledge;
}

IndicatorKnowledge IndicatorKnowledge::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    IndicatorKnowledge knowledge;
    bool headerSeen = false;
    for (int lineNumber = 1; !stream.atEnd(); ++lineNumber) {
        const QString line = stream.readLine();
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const auto fail = [&](const QString& what) {
            throw Error(tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(what));
        };
        QStringList fields = line.split(u';');
        if (fields.size() < 5)
            fail(tr("expected id;kind;direction;unit;note, found %1 fields").arg(fields.size()));
        for (QString& field : fields)
            field = field.trimmed();
        if (!headerSeen) {
            if (fields.mid(0, 5).join(u';') != u"id;kind;direction;unit;note")
                fail(tr("the header should be id;kind;direction;unit;note"));
            headerSeen = true;
            continue;
        }
        const QString& id = fields[0];
        if (id.isEmpty())
            fail(tr("the id is empty"));
        if (knowledge.m_entries.contains(id))
            fail(tr("the KPI %1 is listed twice").arg(id));
        static const QStringList kinds =
            QStringLiteral("cost quality volume background").split(u' ');
        static const QStringList directions = QStringLiteral("higher lower none").split(u' ');
        if (!kinds.contains(fields[1]))
            fail(tr("unknown kind \"%1\" (cost, quality, volume or background)").arg(fields[1]));
        if (!directions.contains(fields[2]))
            fail(tr("unknown direction \"%1\" (higher, lower or none)").arg(fields[2]));
        knowledge.m_entries.insert(
            id, {kindFromCode(fields[1]), directionFromCode(fields[2]), fields[3]});
    }
    if (!headerSeen)
        throw Error(tr("%1: the table has no header line").arg(path));
    return knowledge;
}

IndicatorSuggestion IndicatorKnowledge::suggest(const QString& id, const QString& title,
                                                const QString& perspective,
                                                const QString& operatingArea) const
{
    const auto it = m_entries.constFind(id.trimmed());
    if (it == m_entries.constEnd())
        return classify(title, perspective, operatingArea);
    IndicatorSuggestion result;
    result.kind = it->kind;
    result.direction = it->direction;
    result.unitOfMeasure = it->unit.isEmpty() ? unitFromTitle(title) : it->unit;
    result.basis = QStringLiteral("table");
    return result;
}

IndicatorSuggestion IndicatorKnowledge::fromTitle(const QString& title, const QString& perspective)
{
    return classify(title, perspective, {});
}

QString IndicatorKnowledge::unitFromTitle(const QString& title)
{
    const QString text = stripNotes(title);
    if (const QString coded = codedUnit(text); !coded.isEmpty())
        return coded;
    // "Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)"
    static const QRegularExpression merit = pattern(R"(meritvärde.*genomsnitt|genomsnitt.*merit)");
    if (merit.match(text).hasMatch())
        return QStringLiteral("meritvärde");
    // The last part that names a unit decides: "Väntetid i antal dagar ..., medelvärde".
    const QStringList parts = topLevelParts(text);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        if (const QString unit = unitOfPart(*it); !unit.isEmpty())
            return unit;
    }
    return {};
}

} // namespace jamfor
