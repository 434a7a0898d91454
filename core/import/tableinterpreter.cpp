// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tableinterpreter.h"

#include "core/registry/unitregistry.h"
#include "core/util/error.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace jamfor {

namespace {

constexpr qsizetype maximumIdLength = 64;

// The built-in units by numeric code and by lower-case name, for the per-row lookups.
struct UnitLookup
{
    QList<QString> byCode; // index: the 4-digit code as a number; null where unknown
    QHash<QString, QString> byName;

    static const UnitLookup& instance()
    {
        static const UnitLookup lookup;
        return lookup;
    }

private:
    UnitLookup()
    {
        byCode.resize(10000);
        for (const Unit& unit : UnitRegistry::instance().all()) {
            bool ok = false;
            const int code = unit.id.toInt(&ok);
            if (ok && unit.id.size() == 4 && code >= 0 && code < 10000)
                byCode[code] = unit.id;
            byName.insert(unit.name.toLower(), unit.id);
        }
    }
};

QByteArrayView cellOf(const TableRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells[column] : QByteArrayView();
}

// A unit code of 1–4 ASCII digits, or -1.
int unitCode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4)
        return -1;
    int code = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        code = code * 10 + (c - '0');
    }
    return code;
}

// A year of exactly four ASCII digits, or -1.
int yearFrom(QByteArrayView text)
{
    if (text.size() != 4)
        return -1;
    int year = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        year = year * 10 + (c - '0');
    }
    return year;
}

QString normalisedName(QString name)
{
    name.remove(QChar(0xFEFF));
    name = name.simplified().toLower();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

bool isAllEmpty(const TableRow& row)
{
    for (const QByteArrayView cell : row.cells) {
        if (!NumberParser::trimmed(cell).isEmpty())
            return false;
    }
    return true;
}

QString shown(const QString& text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

TableInterpreter::TableInterpreter(const QString& path, Describe describe, NumberParser& numbers,
                                   ObservationSink* sink, bool strictColumnCount)
    : m_path(path)
    , m_describe(std::move(describe))
    , m_numbers(numbers)
    , m_sink(sink)
    , m_strictColumnCount(strictColumnCount)
{}

void TableInterpreter::fail(qint64 row, int column, const QString& what) const
{
    throw Error(tr("%1, %2: %3").arg(m_path, m_describe(row, column), what));
}

QString TableInterpreter::text(const TableRow& row, int column)
{
    const QByteArrayView bytes = NumberParser::trimmed(cellOf(row, column));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        fail(row.number, column, tr("the text is not valid UTF-8 (the file mixes encodings?)"));
    return decoded;
}

void TableInterpreter::addRow(const TableRow& row)
{
    if (!m_headerFound) {
        if (isAllEmpty(row))
            return;
        if (tryHeader(row)) {
            if (m_observer)
                m_observer(row, TableMargins::RowKind::Header);
            return;
        }
        if (++m_titleRows >= maximumTitleRows)
            fail(row.number, -1,
                 tr("no header row in the first %1 rows; expected columns such as kpi, "
                    "municipality, period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, "
                    "Värde")
                     .arg(maximumTitleRows));
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QString title = text(row, int(i));
            if (!title.isEmpty())
                m_titles.append(title);
        }
        if (m_observer)
            m_observer(row, TableMargins::RowKind::Title);
        return;
    }
    if (isAllEmpty(row))
        return;
    if (const std::optional<QString> note = outsideText(row)) {
        m_margins.addOutsideRow({row.number, *note});
        return;
    }
    if (m_margins.hasPendingRows()) {
        const OutsideRow& first = m_margins.outsideRows().constFirst();
        fail(first.row, -1,
             tr("\"%1\" stands inside the table but names no municipality and holds no figure "
                "(notes and sources belong below the table)")
                 .arg(shown(first.text)));
    }
    if (m_learning) {
        learnRow(row);
        return;
    }
    dataRow(row);
    if (m_observer)
        m_observer(row, TableMargins::RowKind::Data);
}

std::optional<QString> TableInterpreter::outsideText(const TableRow& row)
{
    QString first;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (row.isNumeric(i))
            return std::nullopt;
        const QString cell = text(row, int(i)).trimmed();
        if (cell.isEmpty())
            continue;
        // Digits without letters are a figure, a year or a code: the row is data.
        const bool digit =
            std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isDigit(); });
        const bool letter =
            std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isLetter(); });
        if (digit && !letter)
            return std::nullopt;
        if (first.isEmpty())
            first = cell;
    }
    // A unit the table can read makes the row data ("Riket" with its values missing, say).
    if (m_layout != Layout::UnitColumns && m_unitColumn >= 0) {
        const UnitLookup& units = UnitLookup::instance();
        const QByteArrayView bytes = NumberParser::trimmed(cellOf(row, m_unitColumn));
        const int code = unitCode(bytes);
        if (code >= 0 && !units.byCode[code].isNull())
            return std::nullopt;
        if (units.byName.contains(text(row, m_unitColumn).trimmed().toLower()))
            return std::nullopt;
    }
    return first;
}

void TableInterpreter::finish()
{
    if (m_learning)
        return;
    if (!m_headerFound)
        throw Error(tr("%1: no header row found; expected columns such as kpi, municipality, "
                       "period, gender, value or Nyckeltals-id, Kommun-id, År, Kön, Värde")
                        .arg(m_path));
    if (m_dataRows == 0)
        throw Error(tr("%1: the file has a header but no data rows").arg(m_path));
}

bool TableInterpreter::tryHeader(const TableRow& row)
{
    const UnitLookup& units = UnitLookup::instance();
    QList<Role> roles;
    QStringList names;
    QList<ValueColumn> yearColumns;
    QList<ValueColumn> unitColumns;
    int named = 0;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const QString name = normalisedName(text(row, int(i)));
        names.append(name);
        const Role role = roleOf(name);
        roles.append(role);
        if (role != Role::None) {
            ++named;
            continue;
        }
        const QByteArrayView bytes = NumberParser::trimmed(row.cells[i]);
        const int year = yearFrom(bytes);
        if (year >= 1900 && year <= 2200)
            yearColumns.append({int(i), year, {}});
        const int code = unitCode(bytes);
        if (code >= 0 && (bytes.size() == 4 || row.isNumeric(i)) && !units.byCode[code].isNull())
            unitColumns.append({int(i), 0, units.byCode[code]});
        else if (const auto byName = units.byName.constFind(name); byName != units.byName.cend())
            unitColumns.append({int(i), 0, *byName});
    }
    if (!(named >= 2 || (named == 1 && (!yearColumns.isEmpty() || !unitColumns.isEmpty()))))
        return false;

    m_headerFound = true;
    m_headerRow = row.number;
    m_columnCount = int(row.cells.size());
    chooseLayout(roles, names, yearColumns, unitColumns, row);
    return true;
}

void TableInterpreter::chooseLayout(const QList<Role>& roles, const QStringList& names,
                                    const QList<ValueColumn>& yearColumns,
                                    const QList<ValueColumn>& unitColumns, const TableRow& row)
{
    const auto place = [&](Role role) {
        int found = -1;
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (roles[i] != role)
                continue;
            if (found >= 0)
                fail(row.number, int(i),
                     tr("the columns \"%1\" and \"%2\" mean the same; keep one")
                         .arg(names[found], names[i]));
            found = int(i);
        }
        return found;
    };
    m_indicatorColumn = place(Role::IndicatorId);
    const auto recordColumns = [&]() {
        QList<bool> read(roles.size(), false);
        QStringList headers;
        for (qsizetype i = 0; i < roles.size(); ++i) {
            read[i] = roles[i] != Role::None;
            headers << text(row, int(i)).simplified();
        }
        for (const ValueColumn& column : std::as_const(m_valueColumns))
            read[column.column] = true;
        m_usedColumns = int(std::count(read.cbegin(), read.cend(), true));
        m_margins.setHeader(read, headers);
    };
    m_titleColumn = place(Role::IndicatorTitle);
    m_unitColumn = place(Role::UnitId);
    const int unitNameColumn = place(Role::UnitName);
    if (m_unitColumn < 0 && unitNameColumn >= 0) {
        m_unitColumn = unitNameColumn;
        m_unitByName = true;
    }
    m_yearColumn = place(Role::Year);
    m_genderColumn = place(Role::Gender);
    m_valueColumn = place(Role::Value);
    m_statusColumn = place(Role::Status);

    const bool hasUnit = m_unitColumn >= 0;
    const bool hasYear = m_yearColumn >= 0;
    const bool hasValue = m_valueColumn >= 0;
    const QString found = names.join(QStringLiteral(", "));
    const auto missing = [&](const QString& column) {
        fail(row.number, -1,
             tr("the required column %1 is missing (found: %2)").arg(column, found));
    };
    if (hasUnit && hasYear && hasValue) {
        m_layout = Layout::Long;
    } else if (hasUnit && !hasYear && !hasValue && !yearColumns.isEmpty()) {
        m_layout = Layout::YearColumns;
        m_valueColumns = yearColumns;
    } else if (hasYear && !hasUnit && !hasValue && !unitColumns.isEmpty()) {
        m_layout = Layout::UnitColumns;
        m_valueColumns = unitColumns;
    } else if (!hasUnit && unitColumns.isEmpty()) {
        missing(tr("\"municipality\" (or Kommun-id, Kommun, unit)"));
    } else if (!hasYear && yearColumns.isEmpty()) {
        missing(tr("\"period\" (or År, year)"));
    } else {
        missing(tr("\"value\" (or Värde)"));
    }

    recordColumns();

    // Two value columns for the same year or unit would give one key two values.
    QHash<QString, int> seen;
    for (const ValueColumn& column : std::as_const(m_valueColumns)) {
        const QString key =
            m_layout == Layout::YearColumns ? QString::number(column.year) : column.unitId;
        if (seen.contains(key))
            fail(row.number, column.column,
                 tr("the columns \"%1\" and \"%2\" are for the same %3")
                     .arg(names[seen[key]], names[column.column],
                          m_layout == Layout::YearColumns ? tr("year") : tr("unit")));
        seen.insert(key, column.column);
    }

    if (m_indicatorColumn < 0) {
        static const QRegularExpression koladaId(QStringLiteral("\\b([NU]\\d{5})\\b"));
        QSet<QString> ids;
        for (const QString& title : std::as_const(m_titles)) {
            auto matches = koladaId.globalMatch(title);
            while (matches.hasNext())
                ids.insert(matches.next().captured(1));
        }
        if (ids.isEmpty())
            fail(row.number, -1,
                 tr("the required column \"kpi\" (or Nyckeltals-id, indicator) is missing and "
                    "no title row above the header names an indicator id such as N15419 (found: "
                    "%1)")
                     .arg(found));
        if (ids.size() > 1) {
            QStringList list(ids.cbegin(), ids.cend());
            list.sort();
            fail(row.number, -1,
                 tr("the table has no indicator column and the title rows name more than one "
                    "indicator (%1); add a Nyckeltals-id column")
                     .arg(list.join(QStringLiteral(", "))));
        }
        m_fixedIndicator = *ids.cbegin();
    }
}

const QString& TableInterpreter::indicatorOf(const TableRow& row)
{
    if (m_indicatorColumn < 0)
        return m_fixedIndicator;
    const QByteArrayView bytes = NumberParser::trimmed(cellOf(row, m_indicatorColumn));
    if (!m_lastIndicator.isNull() && bytes == QByteArrayView(m_lastIndicatorBytes))
        return m_lastIndicator;
    const QString id = text(row, m_indicatorColumn);
    if (id.isEmpty())
        fail(row.number, m_indicatorColumn, tr("the indicator id is empty"));
    if (id.size() > maximumIdLength)
        fail(row.number, m_indicatorColumn,
             tr("the indicator id \"%1\" is longer than %2 characters")
                 .arg(shown(id))
                 .arg(maximumIdLength));
    for (const QChar c : id) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            fail(row.number, m_indicatorColumn,
                 tr("the indicator id \"%1\" contains control characters").arg(shown(id)));
    }
    m_lastIndicatorBytes = bytes.toByteArray();
    m_lastIndicator = id;
    if (m_titleColumn >= 0 && m_sink && !m_learning) {
        const QString title = text(row, m_titleColumn);
        if (!title.isEmpty())
            m_sink->describeIndicator(id, title);
    }
    return m_lastIndicator;
}

QString TableInterpreter::unitOf(const TableRow& row, int column, bool byName)
{
    const UnitLookup& units = UnitLookup::instance();
    const QByteArrayView bytes = NumberParser::trimmed(cellOf(row, column));
    if (byName) {
        if (!m_lastUnitByName.isNull() && bytes == QByteArrayView(m_lastUnitNameBytes))
            return m_lastUnitByName;
        const QString name = text(row, column);
        const auto found = units.byName.constFind(name.toLower());
        if (found == units.byName.cend())
            fail(row.number, column,
                 tr("unknown municipality \"%1\" (expected the name of a Swedish municipality, "
                    "region or Riket, or add a Kommun-id column)")
                     .arg(shown(name)));
        m_lastUnitNameBytes = bytes.toByteArray();
        m_lastUnitByName = *found;
        return m_lastUnitByName;
    }
    const int code = unitCode(bytes);
    if (code < 0 || units.byCode[code].isNull())
        fail(row.number, column,
             tr("unknown unit code \"%1\" (expected a 4-digit municipality, region or country "
                "code)")
                 .arg(shown(text(row, column))));
    return units.byCode[code];
}

int TableInterpreter::yearOf(const TableRow& row, int column)
{
    const int year = yearFrom(NumberParser::trimmed(cellOf(row, column)));
    if (year < 1900 || year > 2200)
        fail(row.number, column,
             tr("the year \"%1\" is not a year between 1900 and 2200")
                 .arg(shown(text(row, column))));
    return year;
}

Gender TableInterpreter::genderOf(const TableRow& row)
{
    if (m_genderColumn < 0)
        return Gender::Total;
    const QByteArrayView bytes = NumberParser::trimmed(cellOf(row, m_genderColumn));
    if (bytes.size() == 1) {
        switch (bytes[0]) {
        case 'T':
        case 't':
            return Gender::Total;
        case 'K':
        case 'k':
            return Gender::Women;
        case 'M':
        case 'm':
            return Gender::Men;
        default:
            break;
        }
    }
    const QString word = text(row, m_genderColumn).toLower();
    if (word == u"totalt" || word == u"total" || word == u"alla")
        return Gender::Total;
    if (word == u"kvinnor" || word == u"women")
        return Gender::Women;
    if (word == u"män" || word == u"men")
        return Gender::Men;
    fail(row.number, m_genderColumn,
         tr("the gender \"%1\" is not T, K or M (Totalt, Kvinnor, Män)").arg(shown(word)));
}

void TableInterpreter::learnRow(const TableRow& row)
{
    const auto learn = [&](int column) {
        if (!row.isNumeric(column))
            m_numbers.learn(cellOf(row, column), row.number);
    };
    if (m_layout == Layout::Long) {
        learn(m_valueColumn);
    } else {
        for (const ValueColumn& column : std::as_const(m_valueColumns))
            learn(column.column);
    }
    if (m_numbers.decimal() != NumberParser::Decimal::Unknown || ++m_dataRows >= learningRows)
        m_learningDone = true;
}

void TableInterpreter::dataRow(const TableRow& row)
{
    if (m_strictColumnCount && row.cells.size() != m_columnCount) {
        // Text past the header's last field is a note beside the table; a figure there (or a
        // short row) means the fields are shifted.
        bool extraText = row.cells.size() > m_columnCount;
        for (qsizetype i = m_columnCount; extraText && i < row.cells.size(); ++i) {
            const QByteArrayView cell = NumberParser::trimmed(row.cells[i]);
            extraText = cell.isEmpty() || std::any_of(cell.cbegin(), cell.cend(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c < 0;
                        });
        }
        if (!extraText)
            fail(row.number, -1,
                 tr("expected %1 fields as in the header (%2), found %3")
                     .arg(m_columnCount)
                     .arg(m_describe(m_headerRow, -1))
                     .arg(row.cells.size()));
    }
    ++m_dataRows;
    if (row.cells.size() > m_margins.headerColumns() || m_margins.headerColumns() > m_usedColumns)
        m_margins.scanRow(row, [&](int column) { return text(row, column); });
    const QString& indicatorId = indicatorOf(row);
    const Gender gender = genderOf(row);
    switch (m_layout) {
    case Layout::Long:
        emitValue(row, indicatorId, unitOf(row, m_unitColumn, m_unitByName),
                  yearOf(row, m_yearColumn), gender, m_valueColumn);
        break;
    case Layout::YearColumns: {
        const QString unitId = unitOf(row, m_unitColumn, m_unitByName);
        for (const ValueColumn& column : std::as_const(m_valueColumns))
            emitValue(row, indicatorId, unitId, column.year, gender, column.column);
        break;
    }
    case Layout::UnitColumns: {
        const int year = yearOf(row, m_yearColumn);
        for (const ValueColumn& column : std::as_const(m_valueColumns))
            emitValue(row, indicatorId, column.unitId, year, gender, column.column);
        break;
    }
    }
}

void TableInterpreter::emitValue(const TableRow& row, const QString& indicatorId,
                                 const QString& unitId, int year, Gender gender, int column)
{
    Observation observation;
    observation.indicatorId = indicatorId;
    observation.unitId = unitId;
    observation.year = year;
    observation.gender = gender;

    ValueStatus status = ValueStatus::Ok;
    QString statusText;
    if (m_statusColumn >= 0) {
        statusText = text(row, m_statusColumn);
        const auto fromColumn = statusFromCode(statusText.toLower());
        if (!fromColumn)
            fail(row.number, m_statusColumn,
                 tr("the status \"%1\" is not one of missing, not_applicable, confidential or "
                    "empty")
                     .arg(shown(statusText)));
        status = *fromColumn;
    }

    const QByteArrayView cell = cellOf(row, column);
    const NumberParser::Result parsed = row.isNumeric(column) ? NumberParser::parseMachine(cell)
                                                              : m_numbers.parse(cell, row.number);
    switch (parsed.kind) {
    case NumberParser::Kind::Invalid:
        fail(row.number, column, parsed.error);
    case NumberParser::Kind::Missing:
        observation.status = status == ValueStatus::Ok ? ValueStatus::Missing : status;
        break;
    case NumberParser::Kind::NotApplicable:
        observation.status = ValueStatus::NotApplicable;
        break;
    case NumberParser::Kind::Confidential:
        observation.status = ValueStatus::Confidential;
        break;
    case NumberParser::Kind::Value:
        if (status != ValueStatus::Ok)
            fail(row.number, column,
                 tr("the row has both a value and the status \"%1\"").arg(statusText));
        observation.value = parsed.value;
        break;
    }
    if (m_sink)
        m_sink->add(observation, {row.number, column});
}

} // namespace jamfor
