// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include "core/import/limiteddevice.h"
#include "core/import/ziparchive.h"
#include "core/util/error.h"

namespace jamfor {

namespace {

constexpr qint64 smallPartLimit = 16LL * 1024 * 1024; // workbook.xml and its relationships

// Column of a cell reference such as "C7" (0-based), or -1.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || column > XlsxReader::maximumColumns)
            return -1;
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

QString attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

} // namespace

XlsxReader::XlsxReader(const QString& path, qint64 partLimit)
    : m_zip(std::make_unique<ZipArchive>(path, tr("Excel workbook"), partLimit))
{
    if (!m_zip->hasPart(QStringLiteral("xl/workbook.xml")))
        fail(tr("this zip archive is not an Excel workbook (it has no xl/workbook.xml)"));
    readWorkbook();
    readSharedStrings();
}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    m_sheetDevice.reset();
}

void XlsxReader::fail(const QString& what) const
{
    m_zip->fail(what);
}

QString XlsxReader::xmlProblem(const QXmlStreamReader& xml, const LimitedDevice* device,
                               const QString& part) const
{
    if (device && device->exceeded())
        return ZipArchive::tooLarge(part, device->limit());
    if (device && !m_zip->streamProblem().isEmpty())
        return tr("the part %1 is damaged or truncated (%2)").arg(part, m_zip->streamProblem());
    return tr("the part %1 is damaged or truncated: %2 (XML line %3)")
        .arg(part, xml.errorString())
        .arg(xml.lineNumber());
}

void XlsxReader::readWorkbook()
{
    // Sheet ids to their parts, from the workbook's relationships.
    QHash<QString, QString> targets;
    if (m_zip->hasPart(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        const QByteArray rels =
            m_zip->readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), smallPartLimit);
        QXmlStreamReader xml(rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship")
                continue;
            QString target = attribute(xml, QLatin1String("Target"));
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(attribute(xml, QLatin1String("Id")), target);
        }
        if (xml.hasError())
            fail(xmlProblem(xml, nullptr, QStringLiteral("xl/_rels/workbook.xml.rels")));
    }

    const QByteArray workbook = m_zip->readPart(QStringLiteral("xl/workbook.xml"), smallPartLimit);
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"sheet")
            continue;
        const QString name = attribute(xml, QLatin1String("name"));
        QString relationId;
        for (const QXmlStreamAttribute& a : xml.attributes()) {
            if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                relationId = a.value().toString();
        }
        QString part = targets.value(relationId);
        if (part.isEmpty())
            part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
        m_sheets.append({name, part});
    }
    if (xml.hasError())
        fail(xmlProblem(xml, nullptr, QStringLiteral("xl/workbook.xml")));
    if (m_sheets.isEmpty())
        fail(tr("the workbook has no sheets"));
}

void XlsxReader::readSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!m_zip->hasPart(part))
        return;
    const QByteArray bytes =
        m_zip->readPart(part, std::min(m_zip->partLimit(), maximumSharedStringsSize));
    QXmlStreamReader xml(bytes);
    QString current;
    int depthInPhonetic = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++depthInPhonetic;
            else if (xml.name() == u"t" && depthInPhonetic == 0)
                current += xml.readElementText();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"si")
                m_sharedStrings.append(current);
            else if (xml.name() == u"rPh")
                --depthInPhonetic;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        fail(xmlProblem(xml, nullptr, part));
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto& sheet : m_sheets)
        names.append(sheet.first);
    return names;
}

void XlsxReader::openSheet(const QString& name)
{
    qsizetype index = name.isEmpty() ? 0 : -1;
    for (qsizetype i = 0; index < 0 && i < m_sheets.size(); ++i) {
        if (m_sheets[i].first == name)
            index = i;
    }
    if (index < 0)
        fail(tr("the workbook has no sheet named \"%1\"; its sheets are: %2")
                 .arg(name, sheetNames().join(QStringLiteral(", "))));
    m_sheetName = m_sheets[index].first;
    m_sheetPart = m_sheets[index].second;
    if (!m_zip->hasPart(m_sheetPart))
        fail(tr("the sheet \"%1\" is missing from the workbook (no part %2)")
                 .arg(m_sheetName, m_sheetPart));
    m_sheetSize = m_zip->partSize(m_sheetPart);

    m_xml.setDevice(nullptr);
    m_sheetDevice.reset();
    m_sheetDevice = m_zip->openPart(m_sheetPart);
    m_xml.setDevice(m_sheetDevice.get());
    m_sheetDone = false;
    m_lastRow = 0;
}

qint64 XlsxReader::position() const
{
    return m_sheetDevice ? m_sheetDevice->consumed() : 0;
}

bool XlsxReader::readRow(TableRow& row)
{
    if (!m_sheetDevice)
        openSheet();
    const auto problem = [&]() {
        fail(xmlProblem(m_xml, m_sheetDevice.get(), m_sheetPart));
    };
    while (!m_sheetDone) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            problem();
        if (token == QXmlStreamReader::EndDocument) {
            m_sheetDone = true;
            break;
        }
        if (token != QXmlStreamReader::StartElement || m_xml.name() != u"row")
            continue;

        bool ok = false;
        const qint64 number = attribute(m_xml, QLatin1String("r")).toLongLong(&ok);
        m_lastRow = ok && number > 0 ? number : m_lastRow + 1;
        m_cellText.resize(0);
        row.numeric.resize(0);
        int nextColumn = 0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString reference = attribute(m_xml, QLatin1String("r"));
            int column = reference.isEmpty() ? nextColumn : columnOfReference(reference);
            if (column < 0 || column >= maximumColumns)
                fail(tr("%1: the cell reference \"%2\" is not valid")
                         .arg(describeCell(m_lastRow, -1), reference.left(20)));
            nextColumn = column + 1;
            const QString type = attribute(m_xml, QLatin1String("t"));
            QString value;
            QString inlineText;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"v") {
                    value = m_xml.readElementText();
                } else if (m_xml.name() == u"is") {
                    while (m_xml.readNextStartElement()) {
                        if (m_xml.name() == u"t")
                            inlineText += m_xml.readElementText();
                        else if (m_xml.name() == u"r") {
                            while (m_xml.readNextStartElement()) {
                                if (m_xml.name() == u"t")
                                    inlineText += m_xml.readElementText();
                                else
                                    m_xml.skipCurrentElement();
                            }
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            if (m_xml.hasError())
                problem();

            QString text;
            bool numeric = false;
            if (type == u"s") {
                const qsizetype index = value.toLongLong(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    fail(tr("%1: the cell refers to shared string %2, but the workbook has %3")
                             .arg(describeCell(m_lastRow, column), value.left(20))
                             .arg(m_sharedStrings.size()));
                text = m_sharedStrings[index];
            } else if (type == u"inlineStr") {
                text = inlineText;
            } else if (type == u"b") {
                text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e" || type == u"d") {
                text = value;
            } else {
                text = value;
                numeric = !value.isEmpty();
            }
            if (m_cellText.size() <= column) {
                m_cellText.resize(column + 1);
                row.numeric.resize(column + 1);
            }
            m_cellText[column] = text.toUtf8();
            row.numeric[column] = numeric;
        }
        if (m_xml.hasError())
            problem();
        if (m_cellText.isEmpty())
            continue;
        row.number = m_lastRow;
        row.cells.resize(m_cellText.size());
        for (qsizetype i = 0; i < m_cellText.size(); ++i)
            row.cells[i] = m_cellText[i];
        return true;
    }
    return false;
}

} // namespace jamfor
