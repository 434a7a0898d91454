// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportdocument.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <functional>

namespace jamfor {

// Writes a report as one HTML page. Every text of the document is escaped
// (QString::toHtmlEscaped), so names and notes typed by users can never add markup. The same
// HTML is read by QTextDocument for the PDF, so it keeps to the HTML subset Qt understands:
// tables with cellpadding, inline background colours, page-break-before, img with width and
// height.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    struct Options
    {
        // The src of the image of charts[index]: a data: URI, a file name or a resource name.
        // Without it charts are left out.
        std::function<QString(int index)> chartSource;
        QSize chartSize{760, 428}; // the img's width; its height follows ReportChart::aspect
        bool sourceInBody = true;  // the PDF puts the source line in every page's footer instead
        QString fontFamily;        // empty: the reader's default sans-serif
        double baseFontPoints = 10;
    };

    static QString write(const ReportDocument& document, const Options& options);

    // The background of a cell of the colour class, as #RRGGBB (the comparison table's
    // colours), or an empty string for none.
    static QString background(ColourClass colour);
};

} // namespace jamfor
