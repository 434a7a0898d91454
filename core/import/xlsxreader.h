// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sheetreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

namespace jamfor {

class LimitedDevice;
class ZipArchive;

// Streams the rows of one worksheet of an .xlsx workbook (ZipArchive for the archive and its
// zip-bomb limits, QXmlStreamReader for the XML): shared strings, inline strings, numbers,
// booleans and cached formula results.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static constexpr qint64 maximumPartSize = 256LL * 1024 * 1024;
    static constexpr qint64 maximumSharedStringsSize = 64LL * 1024 * 1024;
    static constexpr int maximumColumns = 16384; // Excel's XFD

    // Opens the workbook and reads its sheet list. partLimit: largest unpacked part accepted.
    explicit XlsxReader(const QString& path, qint64 partLimit = maximumPartSize);
    ~XlsxReader() override;
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    QStringList sheetNames() const override;
    void openSheet(const QString& name = {}) override;
    QString sheetName() const override { return m_sheetName; }
    bool readRow(TableRow& row) override;
    qint64 position() const override;
    qint64 size() const override { return m_sheetSize; }

    using SheetReader::describeCell;

private:
    void readWorkbook();
    void readSharedStrings();
    QString xmlProblem(const QXmlStreamReader& xml, const LimitedDevice* device,
                       const QString& part) const;
    [[noreturn]] void fail(const QString& what) const;

    std::unique_ptr<ZipArchive> m_zip;
    QList<std::pair<QString, QString>> m_sheets; // name, part path
    QStringList m_sharedStrings;

    QString m_sheetName;
    QString m_sheetPart;
    qint64 m_sheetSize = 0;
    std::unique_ptr<LimitedDevice> m_sheetDevice;
    QXmlStreamReader m_xml;
    bool m_sheetDone = false;
    qint64 m_lastRow = 0;
    QList<QByteArray> m_cellText;
};

} // namespace jamfor
