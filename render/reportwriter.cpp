// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportwriter.h"

#include "core/report/reporthtml.h"
#include "core/util/error.h"
#include "render/rankingchartpainter.h"
#include "render/trendchartpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace jamfor {

namespace {

constexpr int pdfResolution = 300;
const QString reportFont = QStringLiteral("DejaVu Sans"); // has ▲ ▼ ● and U+202F
// Charts are laid out at this size (in pixels at 96 dpi) and drawn at twice the resolution.
constexpr QSize chartLayoutSize(800, 450);

QPageLayout pageLayoutFor(ReportDocument::PageFormat format)
{
    if (format == ReportDocument::PageFormat::A3Landscape)
        return QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape,
                           QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 16),
                       QPageLayout::Millimeter);
}

// The chart's image at twice the layout size, with the chart's own proportions.
QSize chartPixels(const ReportChart& chart)
{
    return QSize(chartLayoutSize.width(), qRound(chartLayoutSize.width() * chart.aspect)) * 2;
}

QString imageName(int index)
{
    return QStringLiteral("chart%1.png").arg(index);
}

QByteArray pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The footer of a page: source and example-data label on the left, the page number right.
void drawFooter(QPainter& painter, const QRectF& area, const ReportDocument& document, int page,
                int pages)
{
    QFont font(reportFont);
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawLine(area.topLeft(), area.topRight());
    const QString pageText = ReportWriter::tr("Page %1 of %2").arg(page).arg(pages);
    const qreal pageWidth = QFontMetricsF(font, painter.device()).horizontalAdvance(pageText);
    QStringList left;
    if (!document.exampleDataLabel.isEmpty())
        left << document.exampleDataLabel;
    left << document.sourceLine;
    const QRectF textArea = area.adjusted(0, area.height() * 0.25, 0, 0);
    painter.drawText(textArea.adjusted(0, 0, -pageWidth * 1.2, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     left.join(QStringLiteral(" · ")));
    painter.drawText(textArea, Qt::AlignRight | Qt::AlignTop, pageText);
}

void requireWritable(const QString& path)
{
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        throw Error(
            ReportWriter::tr("%1: cannot write the file (%2)").arg(path, probe.errorString()));
    probe.cancelWriting();
}

} // namespace

QImage ReportWriter::chartImage(const ReportChart& chart, const QSize& pixelSize, qreal scale)
{
    if (scale <= 0)
        scale = 1;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // The resolution tells word processors the size the chart was laid out for.
    const int dotsPerMetre = qRound(96 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    const QSizeF layoutSize = QSizeF(pixelSize) / scale;
    if (chart.kind == ReportChart::Kind::Trend)
        TrendChartPainter::paint(painter, layoutSize, chart.trend);
    else
        RankingChartPainter::paint(painter, layoutSize, chart.ranking);
    painter.end();
    return image;
}

void ReportWriter::writePdf(const ReportDocument& document, const QString& path)
{
    requireWritable(path);
    QPdfWriter writer(path);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Jämför"));
    writer.setResolution(pdfResolution);
    const QPageLayout layout = pageLayoutFor(document.pageFormat);
    writer.setPageLayout(layout);
    const QRectF paintRect = layout.paintRectPixels(pdfResolution);
    const bool onePage = document.pageFormat == ReportDocument::PageFormat::A3Landscape;

    const qreal footerHeight = pdfResolution * 0.45; // about 11 mm
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    QFont font(reportFont);
    font.setPointSizeF(onePage ? 11 : 10);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    ReportHtml::Options options;
    options.sourceInBody = false;
    options.fontFamily = reportFont;
    options.baseFontPoints = font.pointSizeF();
    // The body is as wide as the page's text area; an img width counts 96-dpi pixels.
    const int chartWidth = qRound(bodySize.width() * 96.0 / pdfResolution);
    options.chartSize =
        QSize(chartWidth, chartWidth * chartLayoutSize.height() / chartLayoutSize.width());
    options.chartSource = [](int index) {
        return imageName(index);
    };
    for (int i = 0; i < document.charts.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(imageName(i)),
                         chartImage(document.charts[i], chartPixels(document.charts[i]), 2));
    text.setHtml(ReportHtml::write(document, options));

    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(tr("%1: cannot write the PDF").arg(path));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const QRectF footer(0, bodySize.height() + footerHeight * 0.2, bodySize.width(),
                        footerHeight * 0.8);
    if (onePage) {
        // Everything on one sheet: laid out for the page's width, shrunk when it is too tall.
        text.setTextWidth(bodySize.width());
        const QSizeF size = text.documentLayout()->documentSize();
        const qreal scale =
            size.height() > bodySize.height() ? bodySize.height() / size.height() : 1.0;
        if (scale < 1)
            text.setTextWidth(bodySize.width() / scale);
        painter.save();
        painter.scale(scale, scale);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, 0), bodySize / scale);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, footer, document, 1, 1);
    } else {
        text.setPageSize(bodySize);
        const int pages = text.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF visible(0, page * bodySize.height(), bodySize.width(), bodySize.height());
            painter.translate(0, -visible.top());
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            text.documentLayout()->draw(&painter, context);
            painter.restore();
            drawFooter(painter, footer, document, page + 1, pages);
        }
    }
    if (!painter.end())
        throw Error(tr("%1: cannot write the PDF").arg(path));
}

QString ReportWriter::toHtml(const ReportDocument& document)
{
    ReportHtml::Options options;
    options.chartSize = chartLayoutSize;
    options.chartSource = [&document](int index) {
        const QImage image =
            chartImage(document.charts[index], chartPixels(document.charts[index]), 2);
        return QStringLiteral("data:image/png;base64,") +
               QString::fromLatin1(pngBytes(image).toBase64());
    };
    return ReportHtml::write(document, options);
}

void ReportWriter::writeHtml(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
    file.write(toHtml(document).toUtf8());
    if (!file.commit())
        throw Error(tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
}

void ReportWriter::write(const ReportDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        writePdf(document, path);
    else if (suffix == u"html" || suffix == u"htm")
        writeHtml(document, path);
    else
        throw Error(
            tr("%1: the report can be written as .pdf or .html, not .%2").arg(path, suffix));
}

} // namespace jamfor
