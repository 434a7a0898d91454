// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/wizardpage.h"

#include "core/registry/unitregistry.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "ui/wizard/analysiseditor.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace jamfor {

WizardPage::WizardPage(AnalysisEditor& editor, AnalysisStep step, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_step(step)
{}

AnalysisState& WizardPage::state() const
{
    return m_editor.state();
}

Database& WizardPage::database() const
{
    return m_editor.database();
}

const Analysis& WizardPage::analysis() const
{
    return m_editor.state().analysis();
}

bool WizardPage::apply(const QString& undoText, const std::function<bool(AnalysisState&)>& change,
                       const QString& mergeKey)
{
    const bool changed = m_editor.edit(undoText, change, mergeKey);
    if (changed)
        emit stepStatusChanged();
    return changed;
}

QPlainTextEdit*
WizardPage::addTextField(const QString& objectName, const QString& placeholder, int lines,
                         const QString& undoText,
                         const std::function<bool(AnalysisState&, const QString&)>& set)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineHeight + 14);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, undoText, set, objectName] {
        const QString text = edit->toPlainText();
        apply(
            undoText, [&](AnalysisState& s) { return set(s, text); }, objectName);
    });
    return edit;
}

QLineEdit* WizardPage::addLineField(const QString& objectName, const QString& placeholder,
                                    const QString& undoText,
                                    const std::function<bool(AnalysisState&, const QString&)>& set)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, [this, edit, undoText, set, objectName] {
        const QString text = edit->text();
        apply(
            undoText, [&](AnalysisState& s) { return set(s, text); }, objectName);
    });
    return edit;
}

void WizardPage::showText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

void WizardPage::showText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
}

QString WizardPage::unitName(const QString& unitId) const
{
    const Unit* unit = UnitRegistry::instance().find(unitId);
    return unit ? unit->name : unitId;
}

QString WizardPage::indicatorTitle(const QString& indicatorId) const
{
    return Catalog(database()).indicatorTitle(indicatorId);
}

} // namespace jamfor
