// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/newanalysisdialog.h"

#include "ui/wizard/analysisscopeform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jamfor {

NewAnalysisDialog::NewAnalysisDialog(Database& database, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New analysis"));
    setObjectName(QStringLiteral("newAnalysisDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("An analysis follows the five steps of the handbook for one "
                                "area, one focus municipality and one year. Compare with a "
                                "network, or analyse a single municipality against another "
                                "comparison population."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new AnalysisScopeForm(database, this);
    Analysis blank;
    m_form->setAnalysis(blank);
    layout->addWidget(m_form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create analysis"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &AnalysisScopeForm::edited, this, &NewAnalysisDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

Analysis NewAnalysisDialog::analysis() const
{
    Analysis analysis = m_form->applyTo(Analysis());
    if (analysis.title.isEmpty())
        analysis.title = m_form->suggestedTitle();
    return analysis;
}

void NewAnalysisDialog::updateOk()
{
    const Analysis a = analysis();
    QString problem;
    if (a.areaId.isEmpty())
        problem = tr("The file has no areas yet: import indicators first.");
    else if (a.year == 0)
        problem = tr("The file has no values yet: import data first.");
    else if (a.comparisonKind == ComparisonKind::Network && a.networkId == 0)
        problem = tr("The file has no network: create one, or compare with another population.");
    else if (a.focusUnitId.isEmpty())
        problem = tr("Choose the focus municipality.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace jamfor
