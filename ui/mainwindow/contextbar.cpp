// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/contextbar.h"

#include "core/registry/unitregistry.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>

namespace jamfor {

namespace {

// Selects the item with this data, or the first item when there is none.
void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : (box->count() > 0 ? 0 : -1));
}

} // namespace

ContextBar::ContextBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_networkBox = addChoice(tr("&Network:"), QStringLiteral("networkBox"));
    m_areaBox = addChoice(tr("&Area:"), QStringLiteral("areaBox"));
    m_yearBox = addChoice(tr("&Year:"), QStringLiteral("yearBox"));
    m_genderBox = addChoice(tr("&Gender:"), QStringLiteral("genderBox"));
    m_focusBox = addChoice(tr("&Focus municipality:"), QStringLiteral("focusMunicipalityBox"));
    m_focusBox->setToolTip(tr("The municipality the charts and the analysis look at first."));
    layout->addStretch();

    for (Gender gender : enumValues<Gender>())
        m_genderBox->addItem(enumLabel(gender), static_cast<int>(gender));

    // The focus follows the network and the area (a member may take part in one area only).
    connect(m_networkBox, &QComboBox::currentIndexChanged, this, &ContextBar::fillFocus);
    connect(m_areaBox, &QComboBox::currentIndexChanged, this, &ContextBar::fillFocus);
}

QComboBox* ContextBar::addChoice(const QString& label, const QString& objectName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(box);
    auto* row = static_cast<QHBoxLayout*>(layout());
    row->addWidget(caption);
    row->addWidget(box);
    row->addSpacing(12);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    return box;
}

void ContextBar::load(Database* database)
{
    const QScopedValueRollback loading(m_loading, true);
    const QVariant network = m_networkBox->currentData();
    const QVariant area = m_areaBox->currentData();
    const QVariant year = m_yearBox->currentData();

    m_networks.clear();
    m_networkBox->clear();
    m_areaBox->clear();
    m_yearBox->clear();
    if (database) {
        const Catalog catalog(*database);
        m_networks = catalog.networks();
        for (const Network& each : m_networks)
            m_networkBox->addItem(each.name, each.id);
        for (const Area& each : catalog.areas())
            m_areaBox->addItem(each.name, each.id);
        const QList<int> years = catalog.years();
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            m_yearBox->addItem(QString::number(*it), *it); // newest first
    }
    selectData(m_networkBox, network);
    selectData(m_areaBox, area);
    selectData(m_yearBox, year);
    fillFocus();
}

void ContextBar::fillFocus()
{
    const QScopedValueRollback loading(m_loading, true);
    const QVariant focus = m_focusBox->currentData();
    m_focusBox->clear();
    if (hasNetwork()) {
        for (const QString& unitId : network().memberIdsFor(areaId())) {
            const Unit* unit = UnitRegistry::instance().find(unitId);
            m_focusBox->addItem(unit ? unit->name : unitId, unitId);
        }
    }
    selectData(m_focusBox, focus);
}

bool ContextBar::hasNetwork() const
{
    const int index = m_networkBox->currentIndex();
    return index >= 0 && index < m_networks.size();
}

const Network& ContextBar::network() const
{
    return m_networks.at(m_networkBox->currentIndex());
}

qint64 ContextBar::networkId() const
{
    return hasNetwork() ? network().id : 0;
}

QString ContextBar::areaId() const
{
    return m_areaBox->currentData().toString();
}

bool ContextBar::hasAreas() const
{
    return m_areaBox->count() > 0;
}

int ContextBar::year() const
{
    return m_yearBox->currentData().toInt();
}

int ContextBar::firstYear() const
{
    return m_yearBox->count() > 0 ? m_yearBox->itemData(m_yearBox->count() - 1).toInt() : 0;
}

Gender ContextBar::gender() const
{
    return static_cast<Gender>(m_genderBox->currentData().toInt());
}

QString ContextBar::focusUnitId() const
{
    return m_focusBox->currentData().toString();
}

void ContextBar::selectNetwork(qint64 networkId)
{
    selectData(m_networkBox, networkId);
}

void ContextBar::selectGender(Gender gender)
{
    selectData(m_genderBox, static_cast<int>(gender));
}

} // namespace jamfor
