// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/handbookpanel.h"

#include "core/handbook/handbook.h"

#include <QLabel>
#include <QVBoxLayout>

namespace jamfor {

namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

HandbookPanel::HandbookPanel(const Handbook& handbook, QWidget* parent)
    : QScrollArea(parent)
    , m_handbook(handbook)
{
    setObjectName(QStringLiteral("handbookPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 8, 4);
    m_title = wrappedLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_purpose = wrappedLabel(content);
    m_purpose->setObjectName(QStringLiteral("handbookPurpose"));
    auto* questionsHeading = wrappedLabel(content);
    questionsHeading->setText(tr("<b>Questions to discuss</b>"));
    m_questions = wrappedLabel(content);
    m_questions->setObjectName(QStringLiteral("handbookQuestions"));
    m_questions->setTextFormat(Qt::RichText);
    auto* worksheetHeading = wrappedLabel(content);
    worksheetHeading->setText(tr("<b>The worksheet</b>"));
    m_worksheet = wrappedLabel(content);
    QPalette muted = m_worksheet->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(130));
    m_worksheet->setPalette(muted);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addSpacing(6);
    layout->addWidget(questionsHeading);
    layout->addWidget(m_questions);
    layout->addSpacing(6);
    layout->addWidget(worksheetHeading);
    layout->addWidget(m_worksheet);
    layout->addStretch();
    setWidget(content);
}

void HandbookPanel::showStep(AnalysisStep step)
{
    const HandbookStep& text = m_handbook.step(step);
    m_title->setText(tr("Step %1: %2").arg(analysisStepNumber(step)).arg(text.title));
    m_purpose->setText(text.purpose);
    m_questionList = text.questions;
    QString html = QStringLiteral("<ul style=\"margin-left: -20px;\">");
    for (const QString& question : text.questions)
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>")
                    .arg(question.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_questions->setText(html);
    m_worksheet->setText(text.worksheet);
}

QString HandbookPanel::purposeText() const
{
    return m_purpose->text();
}

QStringList HandbookPanel::questions() const
{
    return m_questionList;
}

} // namespace jamfor
