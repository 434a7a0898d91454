// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/analysisscopeform.h"

#include "core/analysis/similargroups.h"
#include "core/model/enumtable.h"
#include "core/registry/kommungrupp.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <algorithm>

namespace jamfor {

namespace {

const QList<ComparisonKind> comparisonKinds = enumValues<ComparisonKind>();

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : (box->count() > 0 ? 0 : -1));
}

} // namespace

AnalysisScopeForm::AnalysisScopeForm(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("analysisTitle"));
    m_titleEdit->setPlaceholderText(tr("For example: Elderly care in Tanum 2023"));
    m_form->addRow(tr("&Title:"), m_titleEdit);

    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("comparisonKind"));
    for (ComparisonKind kind : comparisonKinds)
        m_kindBox->addItem(enumLabel(kind), int(kind));
    m_form->addRow(tr("&Compare with:"), m_kindBox);

    m_networkBox = new QComboBox(this);
    m_networkBox->setObjectName(QStringLiteral("network"));
    m_form->addRow(tr("&Network:"), m_networkBox);
    m_countyBox = new QComboBox(this);
    m_countyBox->setObjectName(QStringLiteral("county"));
    m_form->addRow(tr("C&ounty:"), m_countyBox);
    m_kommungruppBox = new QComboBox(this);
    m_kommungruppBox->setObjectName(QStringLiteral("kommungrupp"));
    for (const Kommungrupp& group : Kommungrupper::all())
        m_kommungruppBox->addItem(Kommungrupper::displayName(group.code), group.code);
    m_kommungruppBox->setToolTip(tr("SKR's kommungrupper, revision 2023"));
    m_form->addRow(tr("&Municipality group:"), m_kommungruppBox);
    m_groupBox = new QComboBox(this);
    m_groupBox->setObjectName(QStringLiteral("unitGroup"));
    m_form->addRow(tr("Saved &group:"), m_groupBox);

    m_areaBox = new QComboBox(this);
    m_areaBox->setObjectName(QStringLiteral("area"));
    m_form->addRow(tr("&Area:"), m_areaBox);
    m_focusBox = new QComboBox(this);
    m_focusBox->setObjectName(QStringLiteral("focusUnit"));
    m_form->addRow(tr("&Focus municipality:"), m_focusBox);
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(QStringLiteral("year"));
    m_form->addRow(tr("&Year:"), m_yearBox);

    loadChoices();
    updateVisibility();

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        fillFocusChoices(m_focusBox->currentData().toString());
        emitEdited();
    });
    for (QComboBox* box : {m_networkBox, m_areaBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            fillFocusChoices(m_focusBox->currentData().toString());
            emitEdited();
        });
    }
    for (QComboBox* box : {m_countyBox, m_kommungruppBox, m_groupBox, m_focusBox, m_yearBox})
        connect(box, &QComboBox::currentIndexChanged, this, &AnalysisScopeForm::emitEdited);
    // The focus municipality's similar municipalities come first among the groups.
    for (QComboBox* box : {m_focusBox, m_areaBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                fillGroupChoices(m_groupBox->currentData().toLongLong());
        });
    }
    connect(m_titleEdit, &QLineEdit::textEdited, this, &AnalysisScopeForm::emitEdited);
}

void AnalysisScopeForm::emitEdited()
{
    if (!m_filling)
        emit edited();
}

void AnalysisScopeForm::loadChoices()
{
    const Catalog catalog(m_database);
    m_networks = catalog.networks();
    m_units = catalog.units();

    m_networkBox->clear();
    for (const Network& network : m_networks)
        m_networkBox->addItem(network.name, network.id);

    m_countyBox->clear();
    for (const Unit& unit : m_units) {
        if (unit.type == UnitType::Region)
            m_countyBox->addItem(unit.name, unit.countyCode);
    }

    m_groups = catalog.unitGroups();
    fillGroupChoices(m_groupBox->currentData().toLongLong());

    m_areaBox->clear();
    for (const Area& area : catalog.areas())
        m_areaBox->addItem(area.name, area.id);

    m_yearBox->clear();
    QList<int> years = catalog.years();
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int year : years)
        m_yearBox->addItem(QString::number(year), year);
}

void AnalysisScopeForm::updateVisibility()
{
    const auto kind = ComparisonKind(m_kindBox->currentData().toInt());
    m_form->setRowVisible(m_networkBox, kind == ComparisonKind::Network);
    m_form->setRowVisible(m_countyBox, kind == ComparisonKind::County);
    m_form->setRowVisible(m_kommungruppBox, kind == ComparisonKind::Kommungrupp);
    m_form->setRowVisible(m_groupBox, kind == ComparisonKind::UnitGroup);
}

void AnalysisScopeForm::fillFocusChoices(const QString& keep)
{
    const bool filling = m_filling;
    m_filling = true;
    m_focusBox->clear();
    const auto kind = ComparisonKind(m_kindBox->currentData().toInt());
    QStringList ids;
    if (kind == ComparisonKind::Network) {
        // A network analysis looks at one of the members that take part in the area.
        const qint64 networkId = m_networkBox->currentData().toLongLong();
        for (const Network& network : m_networks) {
            if (network.id == networkId)
                ids = network.memberIdsFor(m_areaBox->currentData().toString());
        }
    }
    QHash<QString, QString> names;
    for (const Unit& unit : m_units) {
        if (unit.type != UnitType::Municipality)
            continue;
        names.insert(unit.id, unit.name);
        if (kind != ComparisonKind::Network)
            ids << unit.id;
    }
    QList<QPair<QString, QString>> entries;
    for (const QString& id : ids)
        entries.append({names.value(id, id), id});
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [name, id] : entries)
        m_focusBox->addItem(name, id);
    selectData(m_focusBox, keep);
    m_filling = filling;
}

void AnalysisScopeForm::fillGroupChoices(qint64 keepId)
{
    const bool filling = m_filling;
    m_filling = true;
    m_groupBox->clear();
    QString focusName;
    for (const Unit& unit : std::as_const(m_units)) {
        if (unit.id == m_focusBox->currentData().toString())
            focusName = unit.name;
    }
    const QList<UnitGroup> similar =
        focusName.isEmpty()
            ? QList<UnitGroup>()
            : SimilarGroups::forMunicipality(m_groups, focusName, m_areaBox->currentText());
    for (const UnitGroup& group : similar)
        m_groupBox->addItem(tr("%1 (Kolada's similar municipalities)").arg(group.name), group.id);
    for (const UnitGroup& group : std::as_const(m_groups)) {
        const bool listed = std::any_of(similar.cbegin(), similar.cend(),
                                        [&](const UnitGroup& g) { return g.id == group.id; });
        if (!listed)
            m_groupBox->addItem(group.name, group.id);
    }
    selectData(m_groupBox, keepId);
    m_filling = filling;
}

void AnalysisScopeForm::setAnalysis(const Analysis& analysis)
{
    m_filling = true;
    loadChoices();
    if (m_titleEdit->text() != analysis.title)
        m_titleEdit->setText(analysis.title);
    selectData(m_kindBox, int(analysis.comparisonKind));
    selectData(m_networkBox, analysis.networkId);
    selectData(m_countyBox, analysis.comparisonKey);
    selectData(m_kommungruppBox, analysis.comparisonKey);
    selectData(m_areaBox, analysis.areaId);
    selectData(m_yearBox, analysis.year);
    updateVisibility();
    fillFocusChoices(analysis.focusUnitId);
    fillGroupChoices(analysis.unitGroupId);
    m_filling = false;
}

Analysis AnalysisScopeForm::applyTo(Analysis analysis) const
{
    analysis.title = m_titleEdit->text().trimmed();
    analysis.comparisonKind = ComparisonKind(m_kindBox->currentData().toInt());
    analysis.networkId = 0;
    analysis.comparisonKey.clear();
    analysis.unitGroupId = 0;
    switch (analysis.comparisonKind) {
    case ComparisonKind::Network:
        analysis.networkId = m_networkBox->currentData().toLongLong();
        break;
    case ComparisonKind::County:
        analysis.comparisonKey = m_countyBox->currentData().toString();
        break;
    case ComparisonKind::Kommungrupp:
        analysis.comparisonKey = m_kommungruppBox->currentData().toString();
        break;
    case ComparisonKind::UnitGroup:
        analysis.unitGroupId = m_groupBox->currentData().toLongLong();
        break;
    case ComparisonKind::Country:
        break;
    }
    analysis.areaId = m_areaBox->currentData().toString();
    analysis.focusUnitId = m_focusBox->currentData().toString();
    analysis.year = m_yearBox->currentData().toInt();
    return analysis;
}

QString AnalysisScopeForm::suggestedTitle() const
{
    if (m_areaBox->currentIndex() < 0 || m_focusBox->currentIndex() < 0)
        return {};
    return tr("%1, %2 %3")
        .arg(m_areaBox->currentText(), m_focusBox->currentText(), m_yearBox->currentText());
}

} // namespace jamfor
