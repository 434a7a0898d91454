// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sheetreader.h"
#include "core/import/ziparchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

namespace jamfor {

class LimitedDevice;

// Streams the rows of one sheet of an .ods spreadsheet (OpenDocument, as LibreOffice Calc
// writes it): ZipArchive for the archive and its zip-bomb limits, QXmlStreamReader over
// content.xml, which holds every sheet. Numbers come from office:value, texts from the
// paragraphs; repeated rows and columns are expanded, covered cells of merged ranges are empty.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    static constexpr int maximumColumns = 16384;         // as in Excel and LibreOffice
    static constexpr qint64 maximumRows = 1048576;       // as in Excel and LibreOffice
    static constexpr qint64 maximumRowText = 10'000'000; // characters in one row
    // Cells that only repetition (number-rows-repeated, number-columns-repeated) makes out of
    // a cell with content: a few bytes of XML must not turn into billions of cells.
    static constexpr qint64 maximumRepeatedCells = 10'000'000;

    // Opens the spreadsheet and checks that it is one (mimetype, content.xml, no password).
    // partLimit: the largest unpacked part accepted.
    explicit OdsReader(const QString& path, qint64 partLimit = ZipArchive::maximumPartSize);
    ~OdsReader() override;
    OdsReader(const OdsReader&) = delete;
    OdsReader& operator=(const OdsReader&) = delete;

    // Reads content.xml through once the first time (the sheets are in it), unless openSheet()
    // already went past them all.
    QStringList sheetNames() const override;
    void openSheet(const QString& name = {}) override;
    QString sheetName() const override { return m_sheetName; }
    bool readRow(TableRow& row) override;
    qint64 position() const override;
    qint64 size() const override { return m_contentSize; }

    using SheetReader::describeCell;

private:
    void checkMimetype();
    void checkManifest();
    // Reads xml up to the sheet named *wanted (the first sheet when it is empty; none when
    // wanted is null), appending the names of the sheets passed and the found one to names.
    bool findTable(QXmlStreamReader& xml, const LimitedDevice* device, const ZipArchive& zip,
                   const QString* wanted, QStringList& names) const;
    [[noreturn]] void failNoSheet(const QString& name, const QStringList& names) const;
    bool readTableRow();
    QString readCell(bool& numeric, qsizetype textLimit);
    void readParagraphs(QString& text, qsizetype textLimit);
    void readParagraph(QString& text, qsizetype textLimit);
    void checkText(const QString& text, qsizetype textLimit) const;
    void deliver(TableRow& row);
    QString xmlProblem(const QXmlStreamReader& xml, const LimitedDevice* device,
                       const ZipArchive& zip, const QString& part) const;
    [[noreturn]] void problem() const;
    [[noreturn]] void fail(const QString& what) const;

    std::unique_ptr<ZipArchive> m_zip;
    qint64 m_contentSize = 0;
    mutable QStringList m_sheets; // every sheet, once known
    mutable bool m_sheetsKnown = false;

    QString m_sheetName;
    std::unique_ptr<LimitedDevice> m_device;
    QXmlStreamReader m_xml;
    bool m_sheetDone = false;
    qint64 m_nextRow = 1;     // the sheet row number of the next row
    qint64 m_repeatsLeft = 0; // deliveries left of the last row read (number-rows-repeated)
    qint64 m_repeatedCells = 0;
    QList<QByteArray> m_cellText;
    QList<bool> m_numeric;
};

} // namespace jamfor
