// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/chartcontext.h"
#include "core/model/indicator.h"
#include "ui/wizard/wizardpage.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace jamfor {

class CauseAnalysisWidget;
class CostQualityChartView;
class GenderGapWidget;
class Handbook;
class RankingChartView;
class TrendChartView;

// Step 3, Fördjupad analys: for each indicator taken forward, the ranking, trend, gender and
// cost–quality charts, the similar municipalities, the cause analysis and notes on other
// sources with the group's conclusion.
class DeepAnalysisPage : public WizardPage
{
    Q_OBJECT

public:
    enum class ChartKind
    {
        Ranking,
        Trend,
        Gender,
        CostQuality
    };

    // How many similar municipalities are suggested (Kolada's default).
    static constexpr int similarCount = 7;

    DeepAnalysisPage(AnalysisEditor& editor, const Handbook& handbook, QWidget* parent = nullptr);

    void refresh() override;
    QString currentIndicatorId() const;
    void setCurrentIndicator(const QString& indicatorId);
    void setChartKind(ChartKind kind);

private:
    QWidget* createChartsTab();
    QWidget* createSimilarTab();
    QWidget* createSourcesTab();
    void showIndicator();
    void refreshChart();
    void refreshSimilar();
    void refreshSimilarValues();
    void refreshSources();
    void addSourceNote();
    void removeSourceNote();
    ChartContext chartContext() const;

    QList<Indicator> m_costIndicators;
    bool m_filling = false;

    QComboBox* m_indicatorBox = nullptr;
    QLabel* m_indicatorSummary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_chartBox = nullptr;
    QComboBox* m_genderBox = nullptr;
    QComboBox* m_costBox = nullptr;
    QLabel* m_costLabel = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    RankingChartView* m_ranking = nullptr;
    TrendChartView* m_trend = nullptr;
    GenderGapWidget* m_gender = nullptr;
    CostQualityChartView* m_costQuality = nullptr;
    QLabel* m_chartProblem = nullptr;
    QLabel* m_similarIntro = nullptr;
    QListWidget* m_similarList = nullptr;
    QTableWidget* m_similarValues = nullptr;
    CauseAnalysisWidget* m_causes = nullptr;
    QTableWidget* m_sources = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
};

} // namespace jamfor
