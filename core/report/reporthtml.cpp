// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporthtml.h"

namespace jamfor {

namespace {

QString escaped(const QString& text)
{
    // Line breaks typed in a note stay line breaks.
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

class HtmlBuilder
{
public:
    HtmlBuilder(const ReportDocument& document, const ReportHtml::Options& options)
        : m_document(document)
        , m_options(options)
    {}

    QString build()
    {
        const double base = m_options.baseFontPoints;
        const QString family = m_options.fontFamily.isEmpty()
                                   ? QStringLiteral("sans-serif")
                                   : QStringLiteral("'%1', sans-serif").arg(m_options.fontFamily);
        m_html +=
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>%1</title>\n<style>\n")
                .arg(escaped(m_document.title));
        m_html += QStringLiteral("body { font-family: %1; font-size: %2pt; color: #1a1a1a; }\n"
                                 "h1 { font-size: %3pt; margin-top: 12pt; }\n"
                                 "h2 { font-size: %4pt; margin-top: 10pt; }\n"
                                 "h3 { font-size: %5pt; margin-top: 8pt; }\n"
                                 "table.data { border-collapse: collapse; }\n"
                                 "table.data th { background-color: #e8e8e8; text-align: left; }\n"
                                 "p.caption { font-size: %6pt; color: #444444; }\n"
                                 "p.notice { font-weight: bold; color: #8a1c00; }\n"
                                 "p.source { font-size: %6pt; color: #444444; }\n")
                      .arg(family)
                      .arg(base)
                      .arg(base * 2)
                      .arg(base * 1.5)
                      .arg(base * 1.2)
                      .arg(base * 0.85);
        m_html += QStringLiteral("</style>\n</head>\n<body>\n");
        if (!m_document.exampleDataLabel.isEmpty())
            m_html += QStringLiteral("<p class=\"notice\">%1</p>\n")
                          .arg(escaped(m_document.exampleDataLabel));
        writeBlocks(m_document.blocks);
        if (m_options.sourceInBody && !m_document.sourceLine.isEmpty())
            m_html +=
                QStringLiteral("<p class=\"source\">%1</p>\n").arg(escaped(m_document.sourceLine));
        m_html += QStringLiteral("</body>\n</html>\n");
        return m_html;
    }

private:
    // The style attribute of the next element: a page break before it when one is pending.
    QString breakStyle()
    {
        if (!m_pendingBreak)
            return {};
        m_pendingBreak = false;
        return QStringLiteral(" style=\"page-break-before: always\"");
    }

    void writeBlocks(const QList<ReportBlock>& blocks)
    {
        for (const ReportBlock& block : blocks)
            writeBlock(block);
    }

    void writeBlock(const ReportBlock& block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            m_html += QStringLiteral("<h%1%2>%3</h%1>\n")
                          .arg(block.level)
                          .arg(breakStyle(), escaped(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            m_html += QStringLiteral("<p%1%2>%3</p>\n")
                          .arg(block.emphasis ? QStringLiteral(" class=\"notice\"") : QString(),
                               breakStyle(), escaped(block.text));
            break;
        case ReportBlock::Kind::List:
            m_html += QStringLiteral("<ul%1>\n").arg(breakStyle());
            for (const QString& item : block.items)
                m_html += QStringLiteral("<li>%1</li>\n").arg(escaped(item));
            m_html += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Facts:
            m_html +=
                QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\"%1>\n")
                    .arg(breakStyle());
            for (const auto& [label, value] : block.facts)
                m_html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td>"
                                         "<td valign=\"top\">%2</td></tr>\n")
                              .arg(escaped(label), escaped(value));
            m_html += QStringLiteral("</table>\n");
            break;
        case ReportBlock::Kind::Table:
            writeTable(block.table);
            break;
        case ReportBlock::Kind::Chart:
            writeChart(block.chartIndex);
            break;
        case ReportBlock::Kind::PageBreak:
            m_pendingBreak = true;
            break;
        case ReportBlock::Kind::Columns:
            writeColumns(block);
            break;
        }
    }

    void writeTable(const ReportTable& table)
    {
        if (!table.title.isEmpty())
            m_html += QStringLiteral("<h3%1>%2</h3>\n").arg(breakStyle(), escaped(table.title));
        // Tables a step smaller than the text, so that eight columns fit an A4 page.
        m_html += QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" "
                                 "cellspacing=\"0\" cellpadding=\"3\" "
                                 "style=\"font-size: %1pt\"%2>\n")
                      .arg(m_options.baseFontPoints * 0.9)
                      .arg(breakStyle());
        if (!table.header.isEmpty()) {
            m_html += QStringLiteral("<thead><tr>");
            for (qsizetype i = 0; i < table.header.size(); ++i) {
                const QString width =
                    i < table.columnPercent.size()
                        ? QStringLiteral(" width=\"%1%\"").arg(table.columnPercent[i])
                        : QString();
                m_html += QStringLiteral("<th bgcolor=\"#e8e8e8\"%1>%2</th>")
                              .arg(width, escaped(table.header[i]));
            }
            m_html += QStringLiteral("</tr></thead>\n");
        }
        m_html += QStringLiteral("<tbody>\n");
        for (const QList<ReportCell>& row : table.rows) {
            m_html += QStringLiteral("<tr>");
            for (const ReportCell& cell : row) {
                QString attributes;
                const QString colour = ReportHtml::background(cell.colour);
                if (!colour.isEmpty())
                    attributes += QStringLiteral(" class=\"%1\" bgcolor=\"%2\"")
                                      .arg(colourClassCode(cell.colour), colour);
                if (cell.number)
                    attributes += QStringLiteral(" align=\"right\"");
                QString text = escaped(cell.text);
                if (cell.emphasis)
                    text = QStringLiteral("<b>%1</b>").arg(text);
                m_html += QStringLiteral("<td%1>%2</td>").arg(attributes, text);
            }
            m_html += QStringLiteral("</tr>\n");
        }
        m_html += QStringLiteral("</tbody>\n</table>\n");
        if (!table.caption.isEmpty())
            m_html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(escaped(table.caption));
    }

    void writeChart(int index)
    {
        if (!m_options.chartSource || index < 0 || index >= m_document.charts.size())
            return;
        const QString source = m_options.chartSource(index);
        if (source.isEmpty())
            return;
        m_html +=
            QStringLiteral("<p%1><img src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%5\"></p>\n")
                .arg(breakStyle(), source.toHtmlEscaped())
                .arg(m_options.chartSize.width())
                .arg(qRound(m_options.chartSize.width() * m_document.charts[index].aspect))
                .arg(escaped(m_document.charts[index].title()));
    }

    void writeColumns(const ReportBlock& block)
    {
        if (block.children.isEmpty())
            return;
        const int width = 100 / int(block.children.size());
        m_html += QStringLiteral("<table class=\"columns\" width=\"100%\" border=\"1\" "
                                 "cellspacing=\"0\" cellpadding=\"8\"%1><tr>\n")
                      .arg(breakStyle());
        for (const ReportBlock& column : block.children) {
            m_html += QStringLiteral("<td valign=\"top\" width=\"%1%\">").arg(width);
            if (!column.text.isEmpty())
                m_html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(column.text));
            writeBlocks(column.children);
            m_html += QStringLiteral("</td>\n");
        }
        m_html += QStringLiteral("</tr></table>\n");
    }

    const ReportDocument& m_document;
    const ReportHtml::Options& m_options;
    QString m_html;
    bool m_pendingBreak = false;
};

} // namespace

QString ReportHtml::write(const ReportDocument& document, const Options& options)
{
    return HtmlBuilder(document, options).build();
}

QString ReportHtml::background(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QStringLiteral("#a8d58f");
    case ColourClass::Yellow:
        return QStringLiteral("#f6e38c");
    case ColourClass::Red:
        return QStringLiteral("#ee9a8f");
    case ColourClass::Missing:
        return QStringLiteral("#d9d9d9");
    case ColourClass::NoColour:
        break;
    }
    return {};
}

} // namespace jamfor
