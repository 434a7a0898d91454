// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QMargins>
#include <QString>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QValueAxis;

namespace jamfor {

// The base of every chart of Jämför: a title and subtitle above the plot, the caption and the
// source line ("Källa: Kolada" or the example-data label) below it, and labels that the
// subclasses place on top of the plot once its size is known. Everything is part of the chart's
// scene, so renderChart() draws the same picture into an image or an SVG file.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    // Lays the chart out for the size (in device-independent pixels) and draws it with the
    // painter onto (0, 0)–size. Afterwards the chart fits the widget again.
    void renderChart(QPainter& painter, const QSizeF& size);

    QString chartTitle() const { return m_title; }
    // False while the view shows a message instead of a plot.
    bool hasData() const { return m_hasData; }

protected:
    // Replaces the chart by an empty one with the common look and the texts around the plot.
    QChart* startChart(const QString& title, const QString& subtitle, const QString& caption,
                       const QString& source);
    // Shows the message in the middle of the chart instead of a plot.
    void showMessage(const QString& message);
    // Call once the series and axes are added: lays the chart out and places the labels.
    void finishChart();

    // Room around the plot, beyond the common margins, for the view's own labels.
    virtual QMargins extraMargins(const QSizeF& size) const;
    // Places the view's labels on the plot; called after every layout of the chart, with the
    // labels of the previous call already deleted.
    virtual void placeOverlays();

    // Items on top of the chart, deleted before the next placeOverlays().
    void addOverlay(QGraphicsItem* item);
    QGraphicsSimpleTextItem* addText(const QString& text, const QFont& font, const QColor& colour);
    QGraphicsRectItem* addBox(const QRectF& rect, const QColor& fill, const QColor& border);
    QGraphicsLineItem* addLine(const QPointF& from, const QPointF& to, const QColor& colour,
                               qreal width = 1);
    // A text on a pale box at the rectangle (from textBox()).
    void addLabel(const QRectF& box, const QString& text, const QFont& font, const QColor& colour,
                  const QColor& border = {});
    // The size of a label's box for the text and font.
    static QSizeF textBox(const QString& text, const QFont& font);
    // An axis title that breaks long indicator titles into lines of about maxLine characters
    // (Qt Charts would cut them to "…").
    static QString axisTitle(const QString& text, int maxLine = 70);
    // Sets the axis to the range rounded outwards to tidy ticks, and labels with just the
    // decimals the ticks need ("20 000", "2,5"). With capAtHundred (a share in per cent whose
    // values are at most 100) the axis never goes above 100.
    static void setTidyRange(QValueAxis* axis, double low, double high, bool capAtHundred = false);

    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutFor(const QSizeF& size);
    void clearOverlays();
    void replaceOverlays();

    QString m_title;
    bool m_hasData = false;
    bool m_placing = false;
    QGraphicsTextItem* m_header = nullptr;
    QGraphicsTextItem* m_footer = nullptr;
    QGraphicsTextItem* m_message = nullptr;
    QList<QGraphicsItem*> m_overlays;
};

} // namespace jamfor
