// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QWidget>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace jamfor {

class AnalysisEditor;
class AnalysisState;
class Database;

// The worksheet of one step. A page shows the state with refresh() (after opening, undo and
// redo, and when it is shown) and sends every change through the editor, so that each is one
// undo step and reaches the file. Pages never rebuild widgets in reply to their own edits:
// that would pull the widget the user types into away from under the cursor.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    WizardPage(AnalysisEditor& editor, AnalysisStep step, QWidget* parent = nullptr);

    AnalysisStep step() const { return m_step; }
    // Shows the state of the open analysis.
    virtual void refresh() = 0;

signals:
    // The page asks the wizard to re-check what the step still needs.
    void stepStatusChanged();

protected:
    AnalysisEditor& editor() const { return m_editor; }
    AnalysisState& state() const;
    Database& database() const;
    const Analysis& analysis() const;

    // A text field whose every change is an undo step (merged while typing) named undoText.
    QPlainTextEdit* addTextField(const QString& objectName, const QString& placeholder, int lines,
                                 const QString& undoText,
                                 const std::function<bool(AnalysisState&, const QString&)>& set);
    QLineEdit* addLineField(const QString& objectName, const QString& placeholder,
                            const QString& undoText,
                            const std::function<bool(AnalysisState&, const QString&)>& set);
    // Replaces the text only when it differs, so the cursor stays put.
    static void showText(QPlainTextEdit* edit, const QString& text);
    static void showText(QLineEdit* edit, const QString& text);
    // Runs an edit through the editor and tells the wizard to re-check the step.
    bool apply(const QString& undoText, const std::function<bool(AnalysisState&)>& change,
               const QString& mergeKey = {});
    // "Tanum" for "1435"; the id when the file does not know the unit.
    QString unitName(const QString& unitId) const;
    // The indicator's title; the id when the file does not know it.
    QString indicatorTitle(const QString& indicatorId) const;

private:
    AnalysisEditor& m_editor;
    AnalysisStep m_step;
};

} // namespace jamfor
