// SPDX-License-Identifier: GPL-3.0-or-later
// Ranking and trend charts painted with QPainter, checked by their pixels. The axis ticks are
// in test_axisticks.cpp.
#define BOOST_TEST_MODULE render_charts
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "render/chartpalette.h"
#include "render/rankingchartpainter.h"
#include "render/trendchartpainter.h"
#include "tests/render/paintertesting.h"

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <optional>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(GuiApplicationFixture);

namespace {

constexpr int imageWidth = 800;
constexpr int imageHeight = 450;

template <typename Painter, typename Series>
QImage paintChart(const Series& series, qreal scale = 1, QSize size = {imageWidth, imageHeight})
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    Painter::paint(painter, QSizeF(size), series);
    painter.end();
    return image;
}

bool near(QRgb pixel, const QColor& colour, int tolerance = 8)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

// True when some size × size square of the image is all of the colour: a bar, a band or a
// marker, never the anti-aliased edge of a text.
bool hasBlock(const QImage& image, const QColor& colour, int size = 4)
{
    for (int y = 0; y + size <= image.height(); ++y) {
        for (int x = 0; x + size <= image.width(); ++x) {
            bool all = true;
            for (int dy = 0; dy < size && all; ++dy) {
                for (int dx = 0; dx < size && all; ++dx)
                    all = near(image.pixel(x + dx, y + dy), colour);
            }
            if (all)
                return true;
        }
    }
    return false;
}

struct Run
{
    int from = 0; // first pixel
    int to = 0;   // last pixel
    QColor colour;
    int centre() const { return (from + to) / 2; }
    int length() const { return to - from + 1; }
};

// The runs of at least minLength pixels of any of the colours along row y.
QList<Run> rowRuns(const QImage& image, int y, const QList<QColor>& colours, int minLength = 6)
{
    QList<Run> runs;
    int x = 0;
    while (x < image.width()) {
        const QRgb pixel = image.pixel(x, y);
        const auto colour = std::find_if(colours.begin(), colours.end(),
                                         [&](const QColor& c) { return near(pixel, c); });
        if (colour == colours.end()) {
            ++x;
            continue;
        }
        int end = x;
        while (end + 1 < image.width() && near(image.pixel(end + 1, y), *colour))
            ++end;
        if (end - x + 1 >= minLength)
            runs.append({x, end, *colour});
        x = end + 1;
    }
    return runs;
}

// The longest vertical run of the colour in column x.
Run columnRun(const QImage& image, int x, const QColor& colour)
{
    Run best;
    int y = 0;
    while (y < image.height()) {
        if (!near(image.pixel(x, y), colour)) {
            ++y;
            continue;
        }
        int end = y;
        while (end + 1 < image.height() && near(image.pixel(x, end + 1), colour))
            ++end;
        if (end - y + 1 > best.length())
            best = {y, end, colour};
        y = end + 1;
    }
    return best;
}

// The top of the bar of the colour standing on the foot in column x: the run upwards from the
// foot, across the dashed mean line where it crosses the bar.
int barTop(const QImage& image, int x, int foot, const QColor& colour)
{
    int top = foot;
    int gap = 0;
    for (int y = foot; y >= 0; --y) {
        if (near(image.pixel(x, y), colour)) {
            top = y;
            gap = 0;
        } else if (++gap > 6) {
            break;
        }
    }
    return top;
}

bool outerMarginIsWhite(const QImage& image, int margin = 2)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool edge = x < margin || y < margin || x >= image.width() - margin ||
                              y >= image.height() - margin;
            if (edge && image.pixel(x, y) != qRgb(255, 255, 255))
                return false;
        }
    }
    return true;
}

QList<QColor> barColours()
{
    return {ChartPalette::highlight(Highlight::Focus), ChartPalette::highlight(Highlight::Member),
            ChartPalette::highlight(Highlight::Other)};
}

RankingBar bar(const QString& name, double value, int rank, Highlight highlight,
               ColourClass colour = ColourClass::NoColour)
{
    RankingBar result;
    result.unitId = name;
    result.name = name;
    result.value = value;
    result.rank = rank;
    result.highlight = highlight;
    result.colour = colour;
    return result;
}

// Five municipalities, best first; the focus is third.
RankingSeries fiveBars(ChartPopulation population = ChartPopulation::Network,
                       Direction direction = Direction::HigherIsBetter)
{
    RankingSeries series;
    series.title = QStringLiteral("Andel nöjda brukare");
    series.subtitle = QStringLiteral("Bohusnätverket · 2024");
    series.unitOfMeasure = QStringLiteral("%");
    series.direction = direction;
    series.population = population;
    const bool colours = direction != Direction::None;
    series.bars = {
        bar(QStringLiteral("Tjörn"), 80, 1, Highlight::Member,
            colours ? ColourClass::Green : ColourClass::NoColour),
        bar(QStringLiteral("Orust"), 72, 2, Highlight::Other,
            colours ? ColourClass::Yellow : ColourClass::NoColour),
        bar(QStringLiteral("Kungälv"), 64, 3, Highlight::Focus,
            colours ? ColourClass::Yellow : ColourClass::NoColour),
        bar(QStringLiteral("Lysekil"), 56, 4, Highlight::Member,
            colours ? ColourClass::Yellow : ColourClass::NoColour),
        bar(QStringLiteral("Ale"), 40, 5, Highlight::Other,
            colours ? ColourClass::Red : ColourClass::NoColour),
    };
    series.countryMean = 60;
    series.countryMeanLabel = QStringLiteral("Medel för alla kommuner: 60");
    series.axisTitle = QStringLiteral("Andel (%)");
    series.orderNote = QStringLiteral("Bäst till vänster (högre är bättre)");
    series.caption = QStringLiteral("5 av 5 kommuner har ett värde.");
    series.source = QStringLiteral("Källa: Kolada");
    return series;
}

// The bars found along a row just above their common foot, with the foot's y.
struct FoundBars
{
    QList<Run> runs;
    int foot = 0;
};

FoundBars findBars(const QImage& image)
{
    // The row crossing the most bars is near their foot; the focus bar's column gives the foot.
    int bestRow = 0;
    qsizetype most = -1;
    for (int y = 0; y < image.height(); ++y) {
        const qsizetype runs = rowRuns(image, y, barColours(), 10).size();
        if (runs > most) {
            most = runs;
            bestRow = y;
        }
    }
    FoundBars found;
    const QList<Run> runs = rowRuns(image, bestRow, barColours(), 10);
    if (runs.isEmpty())
        return found;
    found.foot = columnRun(image, runs.first().centre(), runs.first().colour).to;
    found.runs = rowRuns(image, found.foot - 3, barColours(), 10);
    return found;
}

} // namespace

BOOST_AUTO_TEST_SUITE(ranking)

BOOST_AUTO_TEST_CASE(five_bars_best_first_coloured_by_role)
{
    const RankingSeries series = fiveBars();
    const QImage image = paintChart<RankingChartPainter>(series);
    const FoundBars found = findBars(image);
    BOOST_TEST_REQUIRE(found.runs.size() == 5);
    for (qsizetype i = 0; i < 5; ++i) {
        BOOST_TEST_INFO("bar " << i);
        BOOST_TEST(found.runs[i].colour == ChartPalette::highlight(series.bars[i].highlight));
    }
    // The focus bar sits where its rank puts it, best first.
    const auto focus = std::find_if(found.runs.begin(), found.runs.end(), [](const Run& run) {
        return run.colour == ChartPalette::highlight(Highlight::Focus);
    });
    BOOST_TEST(std::distance(found.runs.begin(), focus) == 2);
    // Equal widths, evenly spaced.
    const int pitch = found.runs[1].centre() - found.runs[0].centre();
    for (qsizetype i = 1; i < 5; ++i) {
        BOOST_TEST(std::abs(found.runs[i].length() - found.runs[0].length()) <= 2);
        BOOST_TEST(std::abs(found.runs[i].centre() - found.runs[i - 1].centre() - pitch) <= 2);
    }
    // Bars have their outlines: the darker edge is next to the fill.
    BOOST_TEST(near(image.pixel(found.runs[2].from - 1, found.foot - 3),
                    ChartPalette::outline(Highlight::Focus), 60));
}

BOOST_AUTO_TEST_CASE(bar_heights_are_proportional_to_the_values)
{
    const RankingSeries series = fiveBars();
    const QImage image = paintChart<RankingChartPainter>(series);
    const FoundBars found = findBars(image);
    BOOST_TEST_REQUIRE(found.runs.size() == 5);
    QList<int> heights;
    for (const Run& run : found.runs)
        heights << found.foot - barTop(image, run.centre(), found.foot, run.colour) + 1;
    for (qsizetype i = 1; i < 5; ++i) {
        BOOST_TEST_INFO("bar " << i);
        const double expected = series.bars[i].value / series.bars[0].value;
        BOOST_TEST(double(heights[i]) / heights[0] == expected, boost::test_tools::tolerance(0.03));
    }
    // The tallest bar uses most of the plot: 80 on an axis to 100 (80 + 8 % rounded up).
    BOOST_TEST(heights[0] > imageHeight / 3);
}

BOOST_AUTO_TEST_CASE(the_dashed_mean_line_is_at_the_mean)
{
    const RankingSeries series = fiveBars();
    const QImage image = paintChart<RankingChartPainter>(series);
    const FoundBars found = findBars(image);
    BOOST_TEST_REQUIRE(found.runs.size() == 5);
    const int top = barTop(image, found.runs[0].centre(), found.foot, found.runs[0].colour);
    const double perUnit = double(found.foot - top + 1) / series.bars[0].value;
    const double expected = found.foot + 1 - *series.countryMean * perUnit;

    // The rows where the reference colour runs across most of the plot: dashes, not text.
    double sum = 0;
    int rows = 0;
    for (int y = 0; y < image.height(); ++y) {
        int dark = 0;
        int changes = 0;
        bool previous = false;
        for (int x = 0; x < image.width(); ++x) {
            const bool here = near(image.pixel(x, y), ChartPalette::reference(), 10);
            dark += here;
            changes += here != previous;
            previous = here;
        }
        if (dark > imageWidth / 3) {
            BOOST_TEST(changes > 40); // dashed, not solid
            sum += y;
            ++rows;
        }
    }
    BOOST_TEST_REQUIRE(rows > 0);
    BOOST_TEST(rows <= 3);
    BOOST_TEST(std::abs(sum / rows + 0.5 - expected) <= 2.0);
}

BOOST_AUTO_TEST_CASE(country_bands_only_for_all_municipalities_with_a_direction)
{
    const QColor green = ChartPalette::colourClassTint(ColourClass::Green);
    const QColor red = ChartPalette::colourClassTint(ColourClass::Red);

    const QImage all = paintChart<RankingChartPainter>(
        fiveBars(ChartPopulation::AllMunicipalities, Direction::HigherIsBetter));
    BOOST_TEST(hasBlock(all, green));
    BOOST_TEST(hasBlock(all, red));
    // Green behind the best bar on the left, red behind the worst on the right.
    const FoundBars found = findBars(all);
    BOOST_TEST_REQUIRE(found.runs.size() == 5);
    const int row = found.foot - 3;
    BOOST_TEST(near(all.pixel(found.runs[0].from - 3, row), green));
    BOOST_TEST(near(all.pixel(found.runs[4].to + 3, row), red));
    BOOST_TEST(!near(all.pixel(found.runs[2].from - 3, row), green));
    BOOST_TEST(!near(all.pixel(found.runs[2].from - 3, row), red));

    const QImage network = paintChart<RankingChartPainter>(
        fiveBars(ChartPopulation::Network, Direction::HigherIsBetter));
    BOOST_TEST(!hasBlock(network, green));
    BOOST_TEST(!hasBlock(network, red));

    const QImage undirected = paintChart<RankingChartPainter>(
        fiveBars(ChartPopulation::AllMunicipalities, Direction::None));
    BOOST_TEST(!hasBlock(undirected, green));
    BOOST_TEST(!hasBlock(undirected, red));
}

BOOST_AUTO_TEST_CASE(an_empty_ranking_paints_only_the_message)
{
    RankingSeries series = fiveBars(ChartPopulation::AllMunicipalities);
    series.bars.clear();
    series.countryMean.reset();
    const QImage image = paintChart<RankingChartPainter>(series);
    for (const QColor& colour : barColours())
        BOOST_TEST(!hasBlock(image, colour, 3));
    BOOST_TEST(!hasBlock(image, ChartPalette::colourClassTint(ColourClass::Green)));
    // The message in the middle.
    int middle = 0;
    for (int y = imageHeight / 2 - 20; y < imageHeight / 2 + 20; ++y) {
        for (int x = imageWidth / 4; x < imageWidth * 3 / 4; ++x)
            middle += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    BOOST_TEST(middle > 100);
}

BOOST_AUTO_TEST_CASE(many_bars_are_all_drawn_and_the_highlighted_ones_named)
{
    RankingSeries series = fiveBars(ChartPopulation::AllMunicipalities);
    series.bars.clear();
    const int count = 290;
    for (int i = 0; i < count; ++i) {
        const Highlight highlight = i == 100      ? Highlight::Focus
                                    : i % 50 == 7 ? Highlight::Member
                                                  : Highlight::Other;
        const ColourClass colour = i < count / 4            ? ColourClass::Green
                                   : i >= count - count / 4 ? ColourClass::Red
                                                            : ColourClass::Yellow;
        series.bars.append(
            bar(QStringLiteral("Kommun %1").arg(i + 1), 95 - i * 0.15, i + 1, highlight, colour));
    }
    const QImage image = paintChart<RankingChartPainter>(series, 2);
    BOOST_TEST(hasBlock(image, ChartPalette::highlight(Highlight::Focus), 3));
    BOOST_TEST(hasBlock(image, ChartPalette::colourClassTint(ColourClass::Green)));
    BOOST_TEST(outerMarginIsWhite(image));
}

BOOST_AUTO_TEST_CASE(a_long_title_wraps_inside_the_image)
{
    RankingSeries series = fiveBars();
    series.subtitle.clear();
    const QImage shortTitle = paintChart<RankingChartPainter>(series);
    series.title = QStringLiteral("Brukarbedömning hemtjänst äldreomsorg - bemötande, andel (%) "
                                  "bland personer 65 år och äldre som har hemtjänst i ordinärt "
                                  "boende och som svarat på enkäten om äldres upplevelse av "
                                  "kvaliteten i hemtjänsten, hela landet");
    const QImage longTitle = paintChart<RankingChartPainter>(series);
    BOOST_TEST(outerMarginIsWhite(shortTitle));
    BOOST_TEST(outerMarginIsWhite(longTitle));

    // The height of the first block of rows with title-coloured text from the top.
    const auto headerHeight = [](const QImage& image) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.height(); ++y) {
            bool text = false;
            for (int x = 0; x < image.width() && !text; ++x)
                text = near(image.pixel(x, y), ChartPalette::text(), 24);
            if (text) {
                if (first < 0)
                    first = y;
                last = y;
            } else if (first >= 0 && y - last > 8) {
                break;
            }
        }
        return last - first + 1;
    };
    const int one = headerHeight(shortTitle);
    const int wrapped = headerHeight(longTitle);
    BOOST_TEST(one > 8);
    BOOST_TEST(wrapped > one + 30); // at least three lines instead of one
    // The bars are still drawn, lower down.
    BOOST_TEST(findBars(longTitle).runs.size() == 5);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(trend)

namespace {

YearValue yearValue(int year, std::optional<double> value)
{
    YearValue point;
    point.year = year;
    point.value = value;
    return point;
}

// Pixels of the focus colour with a whole square of it around: the markers, never the line.
struct Marker
{
    double x = 0;
    double y = 0;
};

QList<Marker> focusMarkers(const QImage& image, int half)
{
    const QColor orange = ChartPalette::highlight(Highlight::Focus);
    QList<QPoint> cores;
    for (int y = half; y < image.height() - half; ++y) {
        for (int x = half; x < image.width() - half; ++x) {
            if (!near(image.pixel(x, y), orange))
                continue;
            bool all = true;
            for (int dy = -half; dy <= half && all; dy += 1) {
                for (int dx = -half; dx <= half && all; dx += 1)
                    all = near(image.pixel(x + dx, y + dy), orange);
            }
            if (all)
                cores.append(QPoint(x, y));
        }
    }
    // Cores close together belong to one marker.
    QList<QList<QPoint>> clusters;
    for (const QPoint& core : std::as_const(cores)) {
        auto cluster = std::find_if(clusters.begin(), clusters.end(), [&](const QList<QPoint>& c) {
            return (c.first() - core).manhattanLength() < 3 * half;
        });
        if (cluster == clusters.end())
            clusters.append({core});
        else
            cluster->append(core);
    }
    QList<Marker> markers;
    for (const QList<QPoint>& cluster : std::as_const(clusters)) {
        Marker marker;
        for (const QPoint& point : cluster) {
            marker.x += point.x();
            marker.y += point.y();
        }
        marker.x /= cluster.size();
        marker.y /= cluster.size();
        markers.append(marker);
    }
    std::sort(markers.begin(), markers.end(),
              [](const Marker& a, const Marker& b) { return a.x < b.x; });
    return markers;
}

TrendSeries trendWithGap()
{
    TrendSeries series;
    series.title = QStringLiteral("Andel nöjda brukare");
    series.subtitle = QStringLiteral("Bohusnätverket · 2015–2022");
    series.unitOfMeasure = QStringLiteral("kr");
    series.direction = Direction::HigherIsBetter;
    series.years = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022};
    TrendLine focus;
    focus.unitId = QStringLiteral("1482");
    focus.name = QStringLiteral("Kungälv");
    focus.highlight = Highlight::Focus;
    const std::optional<double> values[] = {40, 60, 50, std::nullopt, 70, 65, 80, 75};
    for (int i = 0; i < 8; ++i)
        focus.points.append(yearValue(series.years[i], values[i]));
    TrendLine member;
    member.unitId = QStringLiteral("1415");
    member.name = QStringLiteral("Stenungsund");
    member.highlight = Highlight::Member;
    for (int i = 0; i < 8; ++i)
        member.points.append(yearValue(series.years[i], 20.0 + i));
    series.lines = {focus, member};
    series.countryMean.name = QStringLiteral("Medel för alla kommuner");
    for (int i = 0; i < 8; ++i)
        series.countryMean.points.append(yearValue(series.years[i], 30.0 + 0.5 * i));
    series.axisTitle = QStringLiteral("Kronor per invånare");
    series.caption = QStringLiteral("Kungälv ökar.");
    series.source = QStringLiteral("Källa: Kolada");
    return series;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_focus_line_passes_through_each_value_and_breaks_at_a_gap)
{
    const TrendSeries series = trendWithGap();
    // Twice the size: the focus markers are 24 px wide, its line 8 px thick.
    const QImage image = paintChart<TrendChartPainter>(series, 2);
    QList<Marker> markers = focusMarkers(image, 6);
    // The legend's square is a marker too: it is the one far below the others.
    std::sort(markers.begin(), markers.end(),
              [](const Marker& a, const Marker& b) { return a.y < b.y; });
    BOOST_TEST_REQUIRE(markers.size() == 8); // seven values and the legend
    markers.removeLast();
    std::sort(markers.begin(), markers.end(),
              [](const Marker& a, const Marker& b) { return a.x < b.x; });

    // Years evenly spaced: 2015 is the first marker, 2022 the last.
    const double x0 = markers.first().x;
    const double perYear = (markers.last().x - x0) / 7;
    // Values linear: 40 (2015) and 80 (2021) give the scale.
    const double y40 = markers[0].y;
    const double y80 = markers[5].y;
    const auto expectedY = [&](double value) {
        return y40 + (value - 40) / 40 * (y80 - y40);
    };
    BOOST_TEST(y80 < y40); // higher values higher up
    const std::optional<double> values[] = {40, 60, 50, std::nullopt, 70, 65, 80, 75};
    qsizetype index = 0;
    for (int year = 0; year < 8; ++year) {
        if (!values[year])
            continue;
        BOOST_TEST_INFO("year " << 2015 + year);
        BOOST_TEST(std::abs(markers[index].x - (x0 + year * perYear)) <= 1.5);
        BOOST_TEST(std::abs(markers[index].y - expectedY(*values[year])) <= 1.5);
        ++index;
    }

    const QColor orange = ChartPalette::highlight(Highlight::Focus);
    // The line between two values with a year between them: halfway from 2015 to 2016.
    const QPointF between(x0 + 0.5 * perYear, (expectedY(40) + expectedY(60)) / 2);
    BOOST_TEST(near(image.pixel(between.toPoint()), orange));
    // No orange at all in the column of 2018, from the highest to the lowest value.
    const int gapX = int(std::lround(x0 + 3 * perYear));
    for (int dx = -2; dx <= 2; ++dx) {
        for (int y = int(expectedY(90)); y <= int(expectedY(30)); ++y)
            BOOST_TEST_REQUIRE(!near(image.pixel(gapX + dx, y), orange, 40));
    }
    // Nor where a bridge from 2017 to 2019 would pass.
    const QPointF bridge(x0 + 3 * perYear, (expectedY(50) + expectedY(70)) / 2);
    BOOST_TEST(!near(image.pixel(bridge.toPoint()), orange, 40));
}

BOOST_AUTO_TEST_CASE(members_and_the_mean_have_their_colours)
{
    const TrendSeries series = trendWithGap();
    const QImage image = paintChart<TrendChartPainter>(series, 2);
    BOOST_TEST(hasBlock(image, ChartPalette::line(0), 3));     // the member's markers
    BOOST_TEST(hasBlock(image, ChartPalette::reference(), 3)); // the dashed mean, 5 px thick
    BOOST_TEST(outerMarginIsWhite(image));
}

BOOST_AUTO_TEST_CASE(an_empty_trend_paints_only_the_message)
{
    TrendSeries series = trendWithGap();
    for (TrendLine& line : series.lines) {
        for (YearValue& point : line.points)
            point.value.reset();
    }
    series.countryMean.points.clear();
    const QImage image = paintChart<TrendChartPainter>(series);
    BOOST_TEST(!hasBlock(image, ChartPalette::highlight(Highlight::Focus), 3));
    BOOST_TEST(!hasBlock(image, ChartPalette::line(0), 3));
    int middle = 0;
    for (int y = imageHeight / 2 - 20; y < imageHeight / 2 + 20; ++y) {
        for (int x = imageWidth / 4; x < imageWidth * 3 / 4; ++x)
            middle += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    BOOST_TEST(middle > 100);
}

BOOST_AUTO_TEST_SUITE_END()
