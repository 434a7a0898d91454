// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace jamfor {

// Writes a report document as PDF (QPdfWriter: A4 portrait with margins, a footer with the
// source line, the example-data label and "Page n of m" on every page; or one A3 landscape page
// scaled to fit) or as a single HTML file with the charts embedded as PNG data URIs. Charts are
// painted by render/rankingchartpainter.h and render/trendchartpainter.h; nothing here needs
// widgets, so a QGuiApplication is enough.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // The chart as a PNG-ready image of pixelSize, laid out for pixelSize / scale.
    static QImage chartImage(const ReportChart& chart, const QSize& pixelSize, qreal scale = 2);

    // Throw jamfor::Error naming the file when it cannot be written.
    static void writePdf(const ReportDocument& document, const QString& path);
    static void writeHtml(const ReportDocument& document, const QString& path);
    // PDF for *.pdf, HTML for *.html and *.htm; anything else is refused with jamfor::Error.
    static void write(const ReportDocument& document, const QString& path);

    // The HTML page with the charts as data: URIs.
    static QString toHtml(const ReportDocument& document);
};

} // namespace jamfor
