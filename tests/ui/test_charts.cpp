// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE charts
#include "core/chartdata/costqualityseries.h"
#include "core/chartdata/profileseries.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/storage/networkrepository.h"
#include "core/util/error.h"
#include "core/util/translations.h"
#include "render/chartpalette.h"
#include "tests/support/applicationfixture.h"
#include "tests/support/testfiles.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/costqualitychartview.h"
#include "ui/charts/profilechartview.h"
#include "ui/charts/rankingchartview.h"
#include "ui/charts/trendchartview.h"

#include <QClipboard>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImageReader>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <boost/test/unit_test.hpp>

// Lets Boost.Test print sizes in failure messages.
inline std::ostream& boost_test_print_type(std::ostream& out, const QSize& size)
{
    return out << size.width() << "x" << size.height();
}

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);

namespace {

// The demo is written once per run: writing it takes a few seconds.
QString demoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo.jamfor"));
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*db);
        return file;
    }();
    return path;
}

// For looking at the previews in Swedish: JAMFOR_CHART_PREVIEW_LANGUAGE=sv installs the app's
// translation and locale, JAMFOR_CHART_PREVIEW_QM an extra .qm file (strings not yet in the .ts).
void installPreviewLanguage()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QString language = qEnvironmentVariable("JAMFOR_CHART_PREVIEW_LANGUAGE");
    if (!language.isEmpty())
        installTranslations(language);
    const QString extra = qEnvironmentVariable("JAMFOR_CHART_PREVIEW_QM");
    if (!extra.isEmpty()) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(extra))
            QCoreApplication::installTranslator(translator);
    }
}

struct DemoCharts
{
    DemoCharts()
    {
        installPreviewLanguage();
        database = Database::open(demoFile(), Database::OpenMode::ReadOnly);
        const auto network =
            NetworkRepository(database->connection()).findByName(QStringLiteral("Bohusnätverket"));
        BOOST_REQUIRE(network);
        context.networkId = network->id;
        context.areaId = QStringLiteral("aldreomsorg");
        context.year = 2024;
        context.gender = Gender::Total;
        context.focusUnitId = QStringLiteral("1435"); // Tanum
    }

    std::unique_ptr<Database> database;
    ChartContext context;
    QTemporaryDir dir;
};

// What a rendered chart must show: a white page with text, lines and coloured marks.
struct ImageFacts
{
    int distinctColours = 0;
    bool hasColour = false; // a pixel close to the given colour
    double whiteShare = 0;
};

ImageFacts inspect(const QImage& image, const QColor& wanted)
{
    ImageFacts facts;
    QSet<QRgb> colours;
    qint64 white = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = line[x];
            colours.insert(pixel);
            if (pixel == qRgb(255, 255, 255))
                ++white;
            if (std::abs(qRed(pixel) - wanted.red()) < 12 &&
                std::abs(qGreen(pixel) - wanted.green()) < 12 &&
                std::abs(qBlue(pixel) - wanted.blue()) < 12)
                facts.hasColour = true;
        }
    }
    facts.distinctColours = colours.size();
    facts.whiteShare = double(white) / (double(rgb.width()) * rgb.height());
    return facts;
}

// Elements of the SVG by name; fails the test when the XML is not well-formed.
QHash<QString, int> svgElements(const QByteArray& svg, QStringList* texts = nullptr)
{
    QHash<QString, int> counts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            counts[reader.name().toString()] += 1;
            if (texts && reader.name() == u"text")
                texts->append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    BOOST_TEST(!reader.hasError(), "SVG is not well-formed: " << reader.errorString().toStdString()
                                                              << " at line "
                                                              << reader.lineNumber());
    return counts;
}

// Saves the view as PNG and SVG into dir and checks both files. Returns the SVG's texts joined.
QString exportAndCheck(ChartView& view, const QString& dir, const QString& name,
                       const QColor& mustShow)
{
    const QString png = QDir(dir).filePath(name + QStringLiteral(".png"));
    const QString svg = QDir(dir).filePath(name + QStringLiteral(".svg"));
    const QSize size(1366, 768);
    ChartExporter::savePng(view, png, size);
    ChartExporter::saveSvg(view, svg, size);

    QImageReader reader(png);
    BOOST_TEST(reader.format() == QByteArray("png"));
    const QImage image = reader.read();
    BOOST_REQUIRE_MESSAGE(!image.isNull(), "PNG does not load: " << png.toStdString());
    BOOST_TEST(image.size() == size);
    const ImageFacts facts = inspect(image, mustShow);
    BOOST_TEST(facts.distinctColours > 20, name.toStdString() << " has too few colours");
    BOOST_TEST(facts.hasColour, name.toStdString() << " does not show the highlight colour");
    BOOST_TEST(facts.whiteShare > 0.15); // a white page …
    BOOST_TEST(facts.whiteShare < 0.98); // … with something on it

    const QByteArray bytes = testfiles::readAll(svg);
    BOOST_TEST(bytes.contains("<svg"));
    QStringList texts;
    const QHash<QString, int> elements = svgElements(bytes, &texts);
    BOOST_TEST(elements.value(QStringLiteral("svg")) == 1);
    BOOST_TEST(elements.value(QStringLiteral("path")) + elements.value(QStringLiteral("rect")) +
                   elements.value(QStringLiteral("polyline")) >
               20);
    BOOST_TEST(elements.value(QStringLiteral("text")) > 5);
    // Qt splits a line into several text elements where the script changes (ρ).
    return texts.join(QString());
}

// The overlay labels of a view: the texts of the simple text items in its scene.
QStringList overlayTexts(ChartView& view)
{
    QStringList texts;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << text->text();
    }
    return texts;
}

bool anyStartsWith(const QStringList& texts, const QString& prefix)
{
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString& text) { return text.startsWith(prefix); });
}

// With JAMFOR_CHART_PREVIEW set to a folder, the views are also saved there as PNG and SVG
// at 1366×768, to look at them.
void preview(ChartView& view, const QString& name)
{
    const QString folder = qEnvironmentVariable("JAMFOR_CHART_PREVIEW");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    ChartExporter::savePng(view, QDir(folder).filePath(name + QStringLiteral(".png")),
                           QSize(1366, 768));
    ChartExporter::saveSvg(view, QDir(folder).filePath(name + QStringLiteral(".svg")),
                           QSize(1366, 768));
    // As the panel saves it: laid out at 1200×675, twice as sharp.
    ChartExporter::savePng(view, QDir(folder).filePath(name + QStringLiteral("-saved.png")),
                           ChartPanel::pngSize(), ChartPanel::pngScale());
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(demo, DemoCharts)

BOOST_AUTO_TEST_CASE(ranking_of_all_municipalities_names_only_focus_and_members)
{
    RankingChartView view;
    view.resize(1366, 768);
    const RankingSeries series = RankingSeries::build(*database, context, QStringLiteral("U23471"),
                                                      ChartPopulation::AllMunicipalities);
    BOOST_REQUIRE(series.bars.size() > 250);
    view.setSeries(series);
    BOOST_TEST(view.hasData());
    preview(view, QStringLiteral("ranking-all"));

    // 290 bars: only the focus municipality and the seven members are named.
    const QStringList labels = overlayTexts(view);
    BOOST_TEST(anyStartsWith(labels, QStringLiteral("Tanum ")));
    BOOST_TEST(anyStartsWith(labels, QStringLiteral("Strömstad ")));
    BOOST_TEST(!anyStartsWith(labels, QStringLiteral("Stockholm ")));
    const auto highlighted =
        std::count_if(series.bars.begin(), series.bars.end(),
                      [](const auto& bar) { return bar.highlight != Highlight::Other; });
    BOOST_TEST(highlighted >= 5);
    BOOST_TEST(labels.filter(QRegularExpression(QStringLiteral("^\\D+ \\d"))).size() ==
               highlighted);

    const QString texts = exportAndCheck(view, dir.path(), QStringLiteral("ranking"),
                                         ChartPalette::highlight(Highlight::Focus));
    BOOST_TEST(texts.contains(QStringLiteral("Tanum")));
    BOOST_TEST(texts.contains(series.source));
}

BOOST_AUTO_TEST_CASE(ranking_of_the_network_shows_every_value)
{
    RankingChartView view;
    view.resize(1366, 768);
    const RankingSeries series = RankingSeries::build(*database, context, QStringLiteral("U23401"),
                                                      ChartPopulation::Network);
    BOOST_TEST(series.bars.size() + series.withoutValue.size() == 7);
    view.setSeries(series);
    preview(view, QStringLiteral("ranking-network"));
    // One value label per bar.
    BOOST_TEST(overlayTexts(view).size() == series.bars.size());
    exportAndCheck(view, dir.path(), QStringLiteral("ranking-network"),
                   ChartPalette::highlight(Highlight::Member));
}

BOOST_AUTO_TEST_CASE(trend_names_every_line_at_its_end)
{
    TrendChartView view;
    view.resize(1366, 768);
    const TrendSeries series = TrendSeries::build(*database, context, QStringLiteral("U21468"));
    BOOST_TEST(series.years.size() == 10);
    view.setSeries(series);
    preview(view, QStringLiteral("trend"));
    const QStringList labels = overlayTexts(view);
    for (const TrendLine& line : series.lines)
        BOOST_TEST(labels.contains(line.name), line.name.toStdString() << " is not named");
    BOOST_TEST(labels.contains(series.countryMean.name));
    const QString texts = exportAndCheck(view, dir.path(), QStringLiteral("trend"),
                                         ChartPalette::highlight(Highlight::Focus));
    BOOST_TEST(texts.contains(QStringLiteral("2015")));
    BOOST_TEST(texts.contains(QStringLiteral("2024")));
}

BOOST_AUTO_TEST_CASE(cost_quality_labels_the_network_and_shows_the_statistics)
{
    CostQualityChartView view;
    view.resize(1366, 768);
    const CostQualitySeries series =
        CostQualitySeries::build(*database, context, QStringLiteral("N20007"),
                                 QStringLiteral("U23471"), ChartPopulation::AllMunicipalities);
    BOOST_REQUIRE(series.n > 250);
    view.setSeries(series);
    preview(view, QStringLiteral("costquality"));
    const QStringList labels = overlayTexts(view);
    BOOST_TEST(labels.contains(QStringLiteral("Tanum")));
    BOOST_TEST(labels.contains(QStringLiteral("Orust")));
    BOOST_TEST(!labels.contains(QStringLiteral("Stockholm")));
    for (const QuadrantCorner& corner : series.corners)
        BOOST_TEST(labels.contains(corner.label));
    const QString texts = exportAndCheck(view, dir.path(), QStringLiteral("costquality"),
                                         ChartPalette::highlight(Highlight::Focus));
    BOOST_TEST(texts.contains(series.statistics));
}

BOOST_AUTO_TEST_CASE(profile_shows_a_percentile_per_indicator)
{
    ProfileChartView view;
    view.resize(1366, 768);
    const ProfileSeries series = ProfileSeries::build(*database, context);
    BOOST_TEST(series.unitName == QStringLiteral("Tanum"));
    BOOST_REQUIRE(series.items.size() >= 4);
    view.setSeries(series);
    preview(view, QStringLiteral("profile"));
    const QString texts = exportAndCheck(view, dir.path(), QStringLiteral("profile"),
                                         ChartPalette::colourClass(series.items[0].colour));
    BOOST_TEST(texts.contains(QStringLiteral("Tanum")));
}

BOOST_AUTO_TEST_CASE(profile_of_every_area_keeps_many_titles_apart)
{
    ProfileChartView view;
    view.resize(1366, 768);
    ChartContext everyArea = context;
    everyArea.areaId.clear();
    const ProfileSeries series = ProfileSeries::build(*database, everyArea);
    BOOST_REQUIRE(series.items.size() >= 12);
    view.setSeries(series);
    preview(view, QStringLiteral("profile-all"));
    // One percentile (or "no value") label per indicator, none drawn over another.
    QList<QRectF> boxes;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            boxes.append(text->sceneBoundingRect());
    }
    BOOST_TEST(boxes.size() == series.items.size());
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            BOOST_TEST(!boxes[i].intersects(boxes[j]));
    }
}

BOOST_AUTO_TEST_CASE(png_has_the_requested_size_whatever_the_widget_size)
{
    RankingChartView view;
    view.resize(600, 400);
    view.setSeries(RankingSeries::build(*database, context, QStringLiteral("U23471"),
                                        ChartPopulation::Network));
    const QImage large = ChartExporter::toImage(view, QSize(2400, 1350), 2);
    BOOST_TEST(large.size() == QSize(2400, 1350));
    BOOST_TEST(inspect(large, ChartPalette::highlight(Highlight::Focus)).hasColour);
    const QImage small = ChartExporter::toImage(view, QSize(640, 360));
    BOOST_TEST(small.size() == QSize(640, 360));
    // The widget keeps its size.
    BOOST_TEST(view.size() == QSize(600, 400));
}

BOOST_AUTO_TEST_CASE(copy_puts_an_image_and_svg_on_the_clipboard)
{
    QGuiApplication::clipboard()->clear();
    ProfileChartView view;
    view.resize(1000, 600);
    view.setSeries(ProfileSeries::build(*database, context));
    ChartExporter::copyToClipboard(view, QSize(1200, 700));
    const QImage image = QGuiApplication::clipboard()->image();
    BOOST_REQUIRE(!image.isNull());
    BOOST_TEST(image.size() == QSize(1200, 700));
    BOOST_TEST(inspect(image, ChartPalette::text()).distinctColours > 20);
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    BOOST_REQUIRE(data);
    BOOST_TEST(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

BOOST_AUTO_TEST_CASE(panel_draws_every_kind_and_saves_it)
{
    ChartPanel panel;
    panel.resize(1366, 768);
    panel.setContext(database.get(), context.networkId, context.areaId, context.year,
                     context.gender, context.focusUnitId);
    for (ChartPanel::Kind kind : {ChartPanel::Kind::Ranking, ChartPanel::Kind::Trend,
                                  ChartPanel::Kind::CostQuality, ChartPanel::Kind::Profile}) {
        panel.setKind(kind);
        BOOST_TEST(int(panel.kind()) == int(kind));
        ChartView* view = panel.currentView();
        BOOST_REQUIRE(view);
        BOOST_TEST(view->hasData(), "kind " << int(kind) << " shows no chart");
        const QString base = dir.filePath(QStringLiteral("panel-%1").arg(int(kind)));
        if (const QString folder = qEnvironmentVariable("JAMFOR_CHART_PREVIEW"); !folder.isEmpty())
            panel.grab().save(QDir(folder).filePath(QStringLiteral("panel-%1.png").arg(int(kind))));
        panel.savePng(base + QStringLiteral(".png"));
        panel.saveSvg(base + QStringLiteral(".svg"));
        const QImage image(base + QStringLiteral(".png"));
        BOOST_TEST(image.size() == ChartPanel::pngSize());
        svgElements(testfiles::readAll(base + QStringLiteral(".svg")));
    }
    auto* copy = panel.findChild<QPushButton*>(QStringLiteral("copyChartButton"));
    BOOST_REQUIRE(copy);
    BOOST_TEST(copy->isEnabled());
    panel.setContext(nullptr, 0, {}, 0, Gender::Total, {});
    BOOST_TEST(!copy->isEnabled());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(empty_chart_says_why_and_still_exports)
{
    RankingChartView view;
    view.resize(800, 500);
    view.setSeries(RankingSeries{});
    BOOST_TEST(!view.hasData());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.svg"));
    ChartExporter::saveSvg(view, path, QSize(800, 500));
    svgElements(testfiles::readAll(path));
}

BOOST_AUTO_TEST_CASE(saving_into_a_missing_folder_is_an_error)
{
    RankingChartView view;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    BOOST_CHECK_THROW(ChartExporter::savePng(view, path, QSize(400, 300)), Error);
    BOOST_CHECK_THROW(
        ChartExporter::saveSvg(view, dir.filePath(QStringLiteral("no/x.svg")), QSize(400, 300)),
        Error);
}
