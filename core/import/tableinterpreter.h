// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/numberparser.h"
#include "core/import/observationsink.h"
#include "core/import/tablemargins.h"
#include "core/import/tablerow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace jamfor {

// Turns the rows of a table (CSV or a worksheet) into observations. Rows before the header
// are title rows; the header is the first row with two known column names, or one known name
// and columns headed by years or units. Three layouts:
//
// - long: one row per value, columns for indicator, unit, year, [gender], value, [status];
// - years as columns: indicator, unit, [gender] and one column per year ("2021");
// - units as columns: indicator, year, [gender] and one column per unit ("1435", "Tanum").
//
// Known column names (any case): kpi, indicator, Nyckeltals-id (indicator id); Nyckeltal
// (its title, used for new indicators); municipality, unit, Kommun-id, kommunkod (unit code);
// Kommun (unit name); period, year, År; gender, Kön; value, Värde; status.
// Without an indicator column, the title rows must name one Kolada id (N12345 or U12345).
// Without a gender column every value is a total (T). Unit codes of one to three digits get
// their leading zeros back (spreadsheets drop them). A 4-digit header that could be a year or a
// unit code (2021 is also Vansbro) is a unit when the table has a year column, else a year.
class TableInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(TableInterpreter)

public:
    static constexpr int maximumTitleRows = 30;
    // Rows the learning pass looks at to find the decimal separator.
    static constexpr qint64 learningRows = 65536;

    // Names a cell for messages: "line 7" (CSV) or "Blad1!C7" (XLSX). column may be -1.
    using Describe = std::function<QString(qint64 row, int column)>;

    // strictColumnCount: every data row must have the header's number of cells (CSV).
    TableInterpreter(const QString& path, Describe describe, NumberParser& numbers,
                     ObservationSink* sink, bool strictColumnCount);

    // Learning: find the header and feed value cells to NumberParser::learn, emit nothing.
    void setLearning(bool learning) { m_learning = learning; }
    bool learningDone() const { return m_learningDone; }

    // Told of every row that is not empty: a title above the header, the header, a data row.
    // The rows below the table are known only at the end: margins().outsideRows().
    using RowObserver = std::function<void(const TableRow& row, TableMargins::RowKind kind)>;
    void setRowObserver(RowObserver observer) { m_observer = std::move(observer); }

    void addRow(const TableRow& row);
    // Throws when the table had no header or no data rows.
    void finish();

    // A row after the header that holds no figure and names nothing the table can read: a
    // source line, a comment, a footnote ("Källa: Kolada", "Anm: .. = sekretess"). Such rows
    // are skipped when they come after the last data row; one followed by data is an error at
    // its place, since it stands inside the table. "Riket" or "Totalt" rows that name a known
    // unit are data.
    using OutsideRow = TableMargins::OutsideRow;
    // After finish(): the rows skipped below the table, in order.
    const QList<OutsideRow>& rowsOutsideTable() const { return m_margins.outsideRows(); }
    // After finish(): the rows below and the columns beside the table that were not read. A
    // column beside the table is one with no header the table knows (a note in a column of its
    // own, "Kommungrupp"); in CSV also the fields past the header's last, when they hold text.
    const TableMargins& margins() const { return m_margins; }

    // The first row of the header, once found (0 before).
    qint64 headerRow() const { return m_headerFound ? m_headerRow : 0; }

private:
    enum class Layout
    {
        Long,
        YearColumns,
        UnitColumns
    };
    enum class Role
    {
        None,
        IndicatorId,
        IndicatorTitle,
        UnitId,
        UnitName,
        Year,
        Gender,
        Value,
        Status
    };
    struct ValueColumn
    {
        int column = -1;
        int year = 0;   // YearColumns
        QString unitId; // UnitColumns
    };

    static Role roleOf(const QString& name);
    bool tryHeader(const TableRow& row);
    void chooseLayout(const QList<Role>& roles, const QStringList& names,
                      const QList<ValueColumn>& yearColumns, const QList<ValueColumn>& unitColumns,
                      const TableRow& row);
    void dataRow(const TableRow& row);
    void learnRow(const TableRow& row);
    void emitValue(const TableRow& row, const QString& indicatorId, const QString& unitId, int year,
                   Gender gender, int column);

    QString text(const TableRow& row, int column);
    const QString& indicatorOf(const TableRow& row);
    QString unitOf(const TableRow& row, int column, bool byName);
    int yearOf(const TableRow& row, int column);
    Gender genderOf(const TableRow& row);
    [[noreturn]] void fail(qint64 row, int column, const QString& what) const;
    // The row's first text when it is a row outside the table (see OutsideRow), else nothing.
    std::optional<QString> outsideText(const TableRow& row);

    QString m_path;
    Describe m_describe;
    NumberParser& m_numbers;
    ObservationSink* m_sink;
    bool m_strictColumnCount;
    bool m_learning = false;
    bool m_learningDone = false;

    bool m_headerFound = false;
    qint64 m_headerRow = 0;
    int m_titleRows = 0;
    QStringList m_titles;
    TableMargins m_margins; // rows since the last data row, unread columns
    RowObserver m_observer;
    int m_columnCount = 0;
    int m_usedColumns = 0; // header columns the table reads
    Layout m_layout = Layout::Long;
    int m_indicatorColumn = -1;
    int m_titleColumn = -1;
    int m_unitColumn = -1;
    bool m_unitByName = false;
    int m_yearColumn = -1;
    int m_genderColumn = -1;
    int m_valueColumn = -1;
    int m_statusColumn = -1;
    QList<ValueColumn> m_valueColumns;
    QString m_fixedIndicator;
    qint64 m_dataRows = 0;

    QByteArray m_lastIndicatorBytes;
    QString m_lastIndicator;
    QByteArray m_lastUnitNameBytes;
    QString m_lastUnitByName;
};

} // namespace jamfor
