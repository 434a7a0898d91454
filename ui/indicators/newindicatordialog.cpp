// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indicators/newindicatordialog.h"

#include "core/model/indicator.h"
#include "ui/commands/editsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace jamfor {

NewIndicatorDialog::NewIndicatorDialog(EditSession& session, const QList<Area>& areas,
                                       const QString& areaId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New indicator"));
    setObjectName(QStringLiteral("newIndicatorDialog"));

    const auto named = [](auto* widget, const char* name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_idEdit = named(new QLineEdit(this), "newIdEdit");
    m_idEdit->setPlaceholderText(tr("e.g. EGEN001"));
    m_titleEdit = named(new QLineEdit(this), "newTitleEdit");
    m_descriptionEdit = named(new QPlainTextEdit(this), "newDescriptionEdit");
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(80);
    m_unitEdit = named(new QLineEdit(this), "newUnitEdit");
    m_unitEdit->setPlaceholderText(tr("e.g. andel (%), kr/inv"));
    m_sourceEdit = named(new QLineEdit(tr("Own survey"), this), "newSourceEdit");

    m_areaBox = named(new QComboBox(this), "newAreaBox");
    m_areaBox->addItem(tr("No area"), QString());
    for (const Area& area : areas)
        m_areaBox->addItem(area.name, area.id);
    m_areaBox->setCurrentIndex(std::max(0, m_areaBox->findData(areaId)));
    m_kindBox = named(new QComboBox(this), "newKindBox");
    for (IndicatorKind kind : enumValues<IndicatorKind>())
        m_kindBox->addItem(enumLabel(kind), int(kind));
    m_directionBox = named(new QComboBox(this), "newDirectionBox");
    for (Direction direction : enumValues<Direction>())
        m_directionBox->addItem(enumLabel(direction), int(direction));
    m_handbookTypeBox = named(new QComboBox(this), "newHandbookTypeBox");
    for (HandbookType type : enumValues<HandbookType>())
        m_handbookTypeBox->addItem(enumLabel(type), int(type));
    m_genderBox =
        named(new QCheckBox(tr("Values are given for women and men"), this), "newGenderBox");

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_idEdit);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(tr("&Unit of measure:"), m_unitEdit);
    form->addRow(tr("&Source:"), m_sourceEdit);
    form->addRow(tr("&Area:"), m_areaBox);
    form->addRow(tr("&Kind:"), m_kindBox);
    form->addRow(tr("Di&rection:"), m_directionBox);
    form->addRow(tr("Indicator &type:"), m_handbookTypeBox);
    form->addRow(QString(), m_genderBox);

    m_problemLabel = named(new QLabel(this), "newProblemLabel");
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #A4000F; }"));
    m_problemLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_idEdit, &QLineEdit::textChanged, this, &NewIndicatorDialog::validate);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &NewIndicatorDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewIndicatorDialog::problem() const
{
    const QString idProblem = m_session.newIndicatorIdProblem(m_idEdit->text());
    if (!idProblem.isEmpty())
        return idProblem;
    if (m_titleEdit->text().trimmed().isEmpty())
        return tr("Give the indicator a title.");
    return {};
}

void NewIndicatorDialog::validate()
{
    const QString text = problem();
    // Before anything is typed, say what is needed without calling it an error.
    const bool untouched = m_idEdit->text().isEmpty() && m_titleEdit->text().isEmpty();
    m_problemLabel->setText(untouched ? QString() : text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

Indicator NewIndicatorDialog::indicator() const
{
    Indicator indicator;
    indicator.id = m_idEdit->text().trimmed();
    indicator.title = m_titleEdit->text().trimmed();
    indicator.description = m_descriptionEdit->toPlainText().trimmed();
    indicator.unitOfMeasure = m_unitEdit->text().trimmed();
    indicator.source = m_sourceEdit->text().trimmed();
    indicator.areaId = m_areaBox->currentData().toString();
    indicator.kind = static_cast<IndicatorKind>(m_kindBox->currentData().toInt());
    indicator.direction = static_cast<Direction>(m_directionBox->currentData().toInt());
    indicator.handbookType = static_cast<HandbookType>(m_handbookTypeBox->currentData().toInt());
    indicator.dividedByGender = m_genderBox->isChecked();
    return indicator;
}

} // namespace jamfor
