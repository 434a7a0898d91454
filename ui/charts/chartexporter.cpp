// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexporter.h"

#include "core/util/error.h"
#include "ui/charts/chartview.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace jamfor {

namespace {

constexpr double inchesPerMetre = 1 / 0.0254;

void prepare(QPainter& painter)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
}

} // namespace

QImage ChartExporter::toImage(ChartView& view, const QSize& pixelSize, qreal scale)
{
    if (scale <= 0)
        scale = 1;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // The resolution tells word processors the size the chart was laid out for.
    const int dotsPerMetre = qRound(96 * scale * inchesPerMetre);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter painter(&image);
    prepare(painter);
    painter.scale(scale, scale);
    view.renderChart(painter, QSizeF(pixelSize) / scale);
    painter.end();
    return image;
}

QByteArray ChartExporter::toSvg(ChartView& view, const QSize& size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(view.chartTitle());
    generator.setDescription(tr("Chart made with Jämför"));
    QPainter painter(&generator);
    prepare(painter);
    view.renderChart(painter, QSizeF(size));
    painter.end();
    return buffer.data();
}

void ChartExporter::savePng(ChartView& view, const QString& path, const QSize& pixelSize,
                            qreal scale)
{
    const QImage image = toImage(view, pixelSize, scale);
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        throw Error(tr("Could not save the chart as \"%1\": %2").arg(path, writer.errorString()));
    }
}

void ChartExporter::saveSvg(ChartView& view, const QString& path, const QSize& size)
{
    const QByteArray svg = toSvg(view, size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit()) {
        throw Error(tr("Could not save the chart as \"%1\": %2").arg(path, file.errorString()));
    }
}

void ChartExporter::copyToClipboard(ChartView& view, const QSize& pixelSize, qreal scale)
{
    auto* data = new QMimeData;
    data->setImageData(toImage(view, pixelSize, scale));
    data->setData(QStringLiteral("image/svg+xml"), toSvg(view, pixelSize / scale));
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace jamfor
