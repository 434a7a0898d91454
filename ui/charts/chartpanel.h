// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace jamfor {

class ChartView;
class CostQualityChartView;
class Database;
class ProfileChartView;
class RankingChartView;
class TrendChartView;

// The charts tab: the choice of chart and of its indicators, the chart, and buttons that save
// it as PNG or SVG and copy it to the clipboard. The main window says what to draw with
// setContext().
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Ranking,
        Trend,
        CostQuality,
        Profile
    };

    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    // The open file (nullptr: none; the panel then shows nothing), the network (0: none), the
    // area, the year, the gender and the focus municipality (empty: none). The panel keeps the
    // pointer until the next call: call setContext(nullptr, …) before the file is closed.
    void setContext(Database* database, qint64 networkId, const QString& areaId, int year,
                    Gender gender, const QString& focusUnitId);

    Kind kind() const;
    void setKind(Kind kind);
    ChartView* currentView() const;

    // Size of saved and copied charts: PNG in pixels, laid out at half of it (sharp in print);
    // SVG at the layout size.
    static QSize pngSize() { return {2400, 1350}; }
    static qreal pngScale() { return 2; }
    static QSize svgSize() { return {1200, 675}; }

    // Without dialogs, for the buttons and for tests; throw jamfor::Error.
    void savePng(const QString& path);
    void saveSvg(const QString& path);
    void copyToClipboard();

signals:
    // A short confirmation for the status bar ("The chart is copied.").
    void statusMessage(const QString& message);

private:
    void createWidgets();
    void loadChoices();
    void updateSelectorVisibility();
    void refresh();
    void chooseFileAndSave(bool svg);
    QString suggestedFileName(const QString& suffix) const;

    Database* m_database = nullptr;
    ChartContext m_context;
    bool m_loading = false;

    QComboBox* m_kindBox = nullptr;
    QComboBox* m_indicatorBox = nullptr;
    QComboBox* m_populationBox = nullptr;
    QComboBox* m_costBox = nullptr;
    QComboBox* m_qualityBox = nullptr;
    QComboBox* m_unitBox = nullptr;
    QComboBox* m_profileScopeBox = nullptr;
    QList<QWidget*> m_indicatorWidgets;
    QList<QWidget*> m_populationWidgets;
    QList<QWidget*> m_costQualityWidgets;
    QList<QWidget*> m_profileWidgets;
    QPushButton* m_pngButton = nullptr;
    QPushButton* m_svgButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_problemLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    RankingChartView* m_ranking = nullptr;
    TrendChartView* m_trend = nullptr;
    CostQualityChartView* m_costQuality = nullptr;
    ProfileChartView* m_profile = nullptr;
};

} // namespace jamfor
