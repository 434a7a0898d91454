// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/tablerow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace jamfor {

class LimitedDevice;

// Streams the rows of one worksheet of an .xlsx workbook (QuaZip for the archive,
// QXmlStreamReader for the XML): shared strings, inline strings, numbers, booleans and cached
// formula results. Refuses zip bombs twice: by the sizes in the zip directory (per part, in all,
// and the packing ratio of large parts) before anything is unpacked, and by a hard byte limit
// while the sheet is streamed.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static constexpr qint64 maximumPartSize = 256LL * 1024 * 1024;
    static constexpr qint64 maximumTotalSize = 1024LL * 1024 * 1024;
    static constexpr qint64 maximumSharedStringsSize = 64LL * 1024 * 1024;
    // A part larger than ratioCheckFrom that packs better than maximumRatio:1 is a bomb; real
    // worksheets pack 5–30:1.
    static constexpr qint64 ratioCheckFrom = 16LL * 1024 * 1024;
    static constexpr qint64 maximumRatio = 200;
    static constexpr int maximumColumns = 16384; // Excel's XFD

    // Opens the workbook and reads its sheet list. partLimit: largest unpacked part accepted.
    explicit XlsxReader(const QString& path, qint64 partLimit = maximumPartSize);
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    QStringList sheetNames() const;
    // Starts reading a sheet by name; an empty name means the first sheet.
    void openSheet(const QString& name = {});
    const QString& sheetName() const { return m_sheetName; }

    // The next row with at least one cell; false after the last. Throws jamfor::Error.
    bool readRow(TableRow& row);

    // Unpacked bytes of the sheet read so far and in all, for progress.
    qint64 position() const;
    qint64 size() const { return m_sheetSize; }

    // "Blad1!C7", "'Mitt blad'!C7"; with column -1 "Blad1, row 7".
    QString describeCell(qint64 row, int column) const
    {
        return describeCell(m_sheetName, row, column);
    }
    static QString describeCell(const QString& sheet, qint64 row, int column);
    static QString columnName(int column); // 0 → "A", 26 → "AA"

private:
    void checkDirectory();
    void readWorkbook();
    void readSharedStrings();
    QByteArray readPart(const QString& name, qint64 limit);
    bool hasPart(const QString& name) const;
    QString xmlProblem(const QXmlStreamReader& xml, const LimitedDevice* device,
                       const QString& part) const;
    [[noreturn]] void fail(const QString& what) const;

    QString m_path;
    qint64 m_partLimit;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, qint64> m_partSizes;
    QList<std::pair<QString, QString>> m_sheets; // name, part path
    QStringList m_sharedStrings;

    QString m_sheetName;
    QString m_sheetPart;
    qint64 m_sheetSize = 0;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<LimitedDevice> m_sheetDevice;
    QXmlStreamReader m_xml;
    bool m_sheetDone = false;
    qint64 m_lastRow = 0;
    QList<QByteArray> m_cellText;
};

} // namespace jamfor
