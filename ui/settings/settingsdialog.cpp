// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace jamfor {

namespace {

void selectData(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_languageBox->addItem(tr("Follow the computer's language"), QString());
    // Each language is named in itself so that it can be found when the other one is shown.
    m_languageBox->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_languageBox);

    m_populationBox = new QComboBox(this);
    m_populationBox->setObjectName(QStringLiteral("populationBox"));
    m_populationBox->addItem(tr("The network's members"), QStringLiteral("network"));
    m_populationBox->addItem(tr("All municipalities"), QStringLiteral("country"));
    m_populationBox->addItem(tr("The focus municipality's county"), QStringLiteral("county"));
    form->addRow(tr("&Compare with at first:"), m_populationBox);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A new language is used the next time Jämför starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    const AppSettings settings;
    selectData(m_languageBox, settings.language());
    selectData(m_populationBox, settings.defaultPopulation());
}

void SettingsDialog::accept()
{
    AppSettings settings;
    settings.setLanguage(m_languageBox->currentData().toString());
    settings.setDefaultPopulation(m_populationBox->currentData().toString());
    QDialog::accept();
}

} // namespace jamfor
