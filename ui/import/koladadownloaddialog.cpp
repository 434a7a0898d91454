// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/koladadownloaddialog.h"

#include "core/kolada/koladaclient.h"
#include "core/kolada/koladakpigroups.h"
#include "core/kolada/koladaurls.h"
#include "core/model/unit.h"
#include "core/registry/unitregistry.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jamfor {

namespace {

constexpr int unitIdRole = Qt::UserRole + 1;
constexpr int kpiIdRole = Qt::UserRole + 2;

QString unitText(const QString& unitId)
{
    const Unit* unit = UnitRegistry::instance().find(unitId);
    return unit ? QStringLiteral("%1 (%2)").arg(unit->name, unit->id) : unitId;
}

} // namespace

KoladaDownloadDialog::KoladaDownloadDialog(Database& database, const QStringList& preselectedUnits,
                                           QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_client(new KoladaClient(this))
{
    setWindowTitle(tr("Download from Kolada"));
    setObjectName(QStringLiteral("koladaDownloadDialog"));

    auto* intro = new QLabel(
        tr("Downloads indicator values from Kolada (api.kolada.se) into this file. Source: "
           "Kolada. A download is stored whole or not at all."),
        this);
    intro->setWordWrap(true);

    // Years: the last ten finished years; Kolada publishes a year's figures the year after.
    const int lastYear = QDate::currentDate().year() - 1;
    m_firstYearBox = new QSpinBox(this);
    m_firstYearBox->setObjectName(QStringLiteral("firstYearBox"));
    m_lastYearBox = new QSpinBox(this);
    m_lastYearBox->setObjectName(QStringLiteral("lastYearBox"));
    for (QSpinBox* box : {m_firstYearBox, m_lastYearBox}) {
        box->setRange(1990, lastYear + 1);
        box->setGroupSeparatorShown(false);
    }
    m_firstYearBox->setValue(lastYear - 9);
    m_lastYearBox->setValue(lastYear);
    auto* years = new QHBoxLayout;
    years->addWidget(m_firstYearBox);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_lastYearBox);
    years->addStretch();

    m_conflictBox = new QComboBox(this);
    m_conflictBox->setObjectName(QStringLiteral("conflictBox"));
    m_conflictBox->addItem(tr("Keep the stored value"), int(ConflictPolicy::Keep));
    m_conflictBox->addItem(tr("Take Kolada's value"), int(ConflictPolicy::Replace));
    m_conflictBox->addItem(tr("Stop and store nothing"), int(ConflictPolicy::Fail));
    m_conflictBox->setToolTip(tr("Kolada revises figures now and then. A value in the file that "
                                 "differs from Kolada's is kept, replaced, or stops the "
                                 "download."));
    auto* options = new QFormLayout;
    // A label with a buddy: QFormLayout shows the & of a text label beside a layout as is.
    auto* yearsLabel = new QLabel(tr("&Years:"), this);
    yearsLabel->setBuddy(m_firstYearBox);
    options->addRow(yearsLabel, years);
    options->addRow(tr("When a &stored value differs:"), m_conflictBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m pages"));
    m_progress->setTextVisible(false); // until a download gives the pages a meaning
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_downloadButton = m_buttons->addButton(tr("&Download"), QDialogButtonBox::ActionRole);
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_downloadButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("Cancel download"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KoladaDownloadDialog::reject);
    connect(m_downloadButton, &QPushButton::clicked, this, &KoladaDownloadDialog::startDownload);
    connect(m_cancelButton, &QPushButton::clicked, this, &KoladaDownloadDialog::cancelDownload);

    auto* columns = new QHBoxLayout;
    columns->addWidget(createIndicatorBox(), 3);
    columns->addWidget(createUnitBox(), 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(options);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_client, &KoladaClient::progress, this, &KoladaDownloadDialog::onProgress);
    connect(m_client, &KoladaClient::retrying, this,
            [this](const QString& message) { showStatus(message); });
    connect(m_client, &KoladaClient::searchFinished, this,
            &KoladaDownloadDialog::showSearchResults);
    connect(m_client, &KoladaClient::fetchFinished, this, &KoladaDownloadDialog::storeDownload);
    connect(m_client, &KoladaClient::failed, this, &KoladaDownloadDialog::onFailed);
    connect(m_client, &KoladaClient::cancelled, this, &KoladaDownloadDialog::onCancelled);

    fillNetworks();
    setWholeCountry(true);
    if (!preselectedUnits.isEmpty()) {
        addUnits(preselectedUnits);
    } else {
        const QList<Network> networks = Catalog(m_database).networks();
        QStringList units;
        if (!networks.isEmpty()) {
            for (const NetworkMember& member : networks.constFirst().members)
                units.append(member.unitId);
        }
        units.append(countryUnitId);
        addUnits(units);
    }
    resize(900, 640);
}

KoladaDownloadDialog::~KoladaDownloadDialog() = default;

QWidget* KoladaDownloadDialog::createIndicatorBox()
{
    auto* box = new QGroupBox(tr("Indicators"), this);
    m_searchEdit = new QLineEdit(box);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Words from the title, e.g. hemtjänst"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search Kolada"), box);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    connect(m_searchButton, &QPushButton::clicked, this, &KoladaDownloadDialog::startSearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &KoladaDownloadDialog::startSearch);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_searchButton);

    m_results = new QListWidget(box);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAlternatingRowColors(true);
    m_results->setToolTip(tr("Tick the indicators to download."));
    connect(m_results, &QListWidget::itemChanged, this, &KoladaDownloadDialog::onResultChanged);

    m_kpiEdit = new QLineEdit(box);
    m_kpiEdit->setObjectName(QStringLiteral("kpiEdit"));
    m_kpiEdit->setPlaceholderText(tr("e.g. N15419, U21468"));
    m_fileIndicatorsButton = new QPushButton(tr("Add the file's Kolada indicators"), box);
    m_fileIndicatorsButton->setObjectName(QStringLiteral("fileIndicatorsButton"));
    m_fileIndicatorsButton->setToolTip(
        tr("Adds every indicator in this file whose source is Kolada, to bring them up to date."));
    connect(m_fileIndicatorsButton, &QPushButton::clicked, this,
            &KoladaDownloadDialog::addFileIndicators);

    // Kolada's ready tables (ÖJ, KKiK): the list shipped with Jämför, searchable by title.
    m_kpiGroupBox = new QComboBox(box);
    m_kpiGroupBox->setObjectName(QStringLiteral("kpiGroupBox"));
    m_kpiGroupBox->setEditable(true);
    m_kpiGroupBox->setInsertPolicy(QComboBox::NoInsert);
    m_kpiGroupBox->addItem(tr("No group"), QString());
    for (const KoladaKpiGroupInfo& group : shippedKoladaKpiGroups())
        m_kpiGroupBox->addItem(
            tr("%1 (%2, %n indicators)", nullptr, group.kpiCount).arg(group.title, group.id),
            group.id);
    m_kpiGroupBox->completer()->setFilterMode(Qt::MatchContains);
    m_kpiGroupBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_kpiGroupBox->setCurrentIndex(0);
    m_kpiGroupBox->setMinimumContentsLength(30);
    m_kpiGroupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kpiGroupBox->setToolTip(tr("Type words from the title, e.g. Äldreomsorg. The group's "
                                 "indicators are fetched from Kolada with their values."));
    auto* groupLabel = new QLabel(tr("Or a Kolada &KPI group (ÖJ, KKiK):"), box);
    groupLabel->setBuddy(m_kpiGroupBox);

    auto* chosenLabel = new QLabel(tr("&Indicator ids to download:"), box);
    chosenLabel->setBuddy(m_kpiEdit);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(chosenLabel);
    layout->addWidget(m_kpiEdit);
    layout->addWidget(m_fileIndicatorsButton, 0, Qt::AlignLeft);
    layout->addWidget(groupLabel);
    layout->addWidget(m_kpiGroupBox);
    return box;
}

QWidget* KoladaDownloadDialog::createUnitBox()
{
    auto* box = new QGroupBox(tr("Municipalities and regions"), this);
    m_wholeCountryButton = new QRadioButton(tr("&The whole country: all 290 municipalities, the "
                                               "21 regions and Riket"),
                                            box);
    m_wholeCountryButton->setObjectName(QStringLiteral("wholeCountryButton"));
    m_wholeCountryButton->setToolTip(
        tr("Colour classes, ranks and quartiles compare with every municipality only when every "
           "municipality's value is in the file."));
    m_chosenUnitsButton = new QRadioButton(tr("&Only these:"), box);
    m_chosenUnitsButton->setObjectName(QStringLiteral("chosenUnitsButton"));
    connect(m_wholeCountryButton, &QRadioButton::toggled, this,
            &KoladaDownloadDialog::updateUnitChoice);
    m_networkBox = new QComboBox(box);
    m_networkBox->setObjectName(QStringLiteral("networkBox"));
    connect(m_networkBox, &QComboBox::activated, this, [this](int index) {
        const QStringList members = m_networkBox->itemData(index).toStringList();
        if (members.isEmpty())
            return;
        addUnits(members + QStringList{countryUnitId});
        m_networkBox->setCurrentIndex(0);
    });

    m_unitList = new QListWidget(box);
    m_unitList->setObjectName(QStringLiteral("unitList"));
    m_unitList->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_unitPicker = new QComboBox(box);
    m_unitPicker->setObjectName(QStringLiteral("unitPicker"));
    m_unitPicker->setEditable(true);
    m_unitPicker->setInsertPolicy(QComboBox::NoInsert);
    for (const Unit& unit : UnitRegistry::instance().all())
        m_unitPicker->addItem(unitText(unit.id), unit.id);
    m_unitPicker->completer()->setFilterMode(Qt::MatchContains);
    m_unitPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unitPicker->setCurrentIndex(-1);
    m_unitPicker->lineEdit()->setPlaceholderText(tr("Municipality, region or Riket"));
    m_addUnitButton = new QPushButton(tr("&Add"), box);
    m_addUnitButton->setObjectName(QStringLiteral("addUnitButton"));
    connect(m_addUnitButton, &QPushButton::clicked, this, &KoladaDownloadDialog::addPickedUnit);
    m_removeUnitButton = new QPushButton(tr("&Remove"), box);
    m_removeUnitButton->setObjectName(QStringLiteral("removeUnitButton"));
    connect(m_removeUnitButton, &QPushButton::clicked, this,
            &KoladaDownloadDialog::removeSelectedUnits);

    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_unitPicker, 1);
    pickRow->addWidget(m_addUnitButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_wholeCountryButton);
    layout->addWidget(m_chosenUnitsButton);
    layout->addWidget(m_networkBox);
    layout->addWidget(m_unitList, 1);
    layout->addLayout(pickRow);
    layout->addWidget(m_removeUnitButton, 0, Qt::AlignRight);
    return box;
}

void KoladaDownloadDialog::fillNetworks()
{
    m_networkBox->clear();
    m_networkBox->addItem(tr("Add the members of a network…"));
    for (const Network& network : Catalog(m_database).networks()) {
        QStringList members;
        for (const NetworkMember& member : network.members)
            members.append(member.unitId);
        m_networkBox->addItem(network.name, members);
    }
    m_networkBox->setEnabled(m_networkBox->count() > 1);
}

void KoladaDownloadDialog::setClientSettings(const KoladaClientSettings& settings)
{
    m_client->setSettings(settings);
}

void KoladaDownloadDialog::addUnits(const QStringList& unitIds)
{
    const QStringList present = this->unitIds();
    for (const QString& id : unitIds) {
        if (present.contains(id) || !UnitRegistry::instance().find(id))
            continue;
        auto* item = new QListWidgetItem(unitText(id), m_unitList);
        item->setData(unitIdRole, id);
    }
}

void KoladaDownloadDialog::addPickedUnit()
{
    QString id = m_unitPicker->currentData().toString();
    // A typed code or name that the completer did not settle on.
    if (id.isEmpty() ||
        m_unitPicker->currentText() != m_unitPicker->itemText(m_unitPicker->currentIndex())) {
        const QString typed = m_unitPicker->currentText().trimmed();
        const int index = m_unitPicker->findText(typed, Qt::MatchContains);
        id = index >= 0 ? m_unitPicker->itemData(index).toString() : QString();
    }
    if (id.isEmpty()) {
        showStatus(
            tr("No municipality or region is called \"%1\"").arg(m_unitPicker->currentText()),
            true);
        return;
    }
    addUnits({id});
    m_unitPicker->setCurrentIndex(-1);
    m_unitPicker->clearEditText();
}

void KoladaDownloadDialog::removeSelectedUnits()
{
    qDeleteAll(m_unitList->selectedItems());
}

QStringList KoladaDownloadDialog::unitIds() const
{
    QStringList ids;
    for (int row = 0; row < m_unitList->count(); ++row)
        ids.append(m_unitList->item(row)->data(unitIdRole).toString());
    return ids;
}

QStringList KoladaDownloadDialog::kpiIds() const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_kpiEdit->text().split(separators, Qt::SkipEmptyParts);
}

void KoladaDownloadDialog::setKpiIds(const QStringList& ids)
{
    m_kpiEdit->setText(ids.join(QStringLiteral(", ")));
}

void KoladaDownloadDialog::addFileIndicators()
{
    QStringList ids = kpiIds();
    for (const Indicator& indicator : Catalog(m_database).indicators()) {
        if (indicator.source.compare(QStringLiteral("Kolada"), Qt::CaseInsensitive) == 0 &&
            !ids.contains(indicator.id))
            ids.append(indicator.id);
    }
    setKpiIds(ids);
}

void KoladaDownloadDialog::setWholeCountry(bool wholeCountry)
{
    m_wholeCountryButton->setChecked(wholeCountry);
    m_chosenUnitsButton->setChecked(!wholeCountry);
    updateUnitChoice();
}

void KoladaDownloadDialog::updateUnitChoice()
{
    const bool chosen = !m_wholeCountryButton->isChecked() && !m_downloading && !m_searching;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_unitList, m_unitPicker,
                                                           m_addUnitButton, m_removeUnitButton})
        widget->setEnabled(chosen);
    m_networkBox->setEnabled(chosen && m_networkBox->count() > 1);
}

QString KoladaDownloadDialog::kpiGroupId() const
{
    // A typed text that names a group picks it, as the completer would.
    const int index = m_kpiGroupBox->currentIndex();
    if (index > 0 && m_kpiGroupBox->currentText() == m_kpiGroupBox->itemText(index))
        return m_kpiGroupBox->itemData(index).toString();
    const QString typed = m_kpiGroupBox->currentText().trimmed();
    if (typed.isEmpty() || typed == m_kpiGroupBox->itemText(0))
        return {};
    const int found = m_kpiGroupBox->findText(typed, Qt::MatchContains);
    return found > 0 ? m_kpiGroupBox->itemData(found).toString() : typed;
}

KoladaFetchRequest KoladaDownloadDialog::request() const
{
    KoladaFetchRequest request;
    request.kpiIds = kpiIds();
    request.kpiGroupId = kpiGroupId();
    if (!m_wholeCountryButton->isChecked())
        request.unitIds = unitIds();
    request.firstYear = m_firstYearBox->value();
    request.lastYear = m_lastYearBox->value();
    return request;
}

bool KoladaDownloadDialog::isDownloading() const
{
    return m_downloading;
}

void KoladaDownloadDialog::startSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty() || m_downloading)
        return;
    try {
        m_searching = true;
        setBusy(true);
        showStatus(tr("Searching Kolada for \"%1\"…").arg(text));
        m_client->search(text);
    } catch (const Error& error) {
        m_searching = false;
        setBusy(false);
        showStatus(error.message(), true);
    }
}

void KoladaDownloadDialog::showSearchResults(const QList<KoladaKpi>& kpis)
{
    m_searching = false;
    setBusy(false);
    const QStringList chosen = kpiIds();
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const KoladaKpi& kpi : kpis) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(kpi.id, kpi.title), m_results);
        item->setData(kpiIdRole, kpi.id);
        item->setToolTip(kpi.description.value_or(QString()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(kpi.id) ? Qt::Checked : Qt::Unchecked);
    }
    showStatus(
        kpis.isEmpty()
            ? tr("No Kolada indicator has \"%1\" in its title.").arg(m_searchEdit->text().trimmed())
            : tr("%n indicators found; tick those to download.", nullptr, int(kpis.size())));
}

void KoladaDownloadDialog::onResultChanged()
{
    QStringList ids = kpiIds();
    for (int row = 0; row < m_results->count(); ++row) {
        const QListWidgetItem* item = m_results->item(row);
        const QString id = item->data(kpiIdRole).toString();
        if (item->checkState() == Qt::Checked && !ids.contains(id))
            ids.append(id);
        else if (item->checkState() != Qt::Checked)
            ids.removeAll(id);
    }
    setKpiIds(ids);
}

void KoladaDownloadDialog::startDownload()
{
    if (m_downloading || m_searching)
        return;
    try {
        const KoladaFetchRequest checked = KoladaUrls::checked(request());
        m_downloading = true;
        setBusy(true);
        m_progress->setRange(0, 0); // busy until the first page tells the count
        m_progress->setTextVisible(true);
        const QString what = checked.kpiGroupId.isEmpty()
                                 ? tr("%n indicators", nullptr, int(checked.kpiIds.size()))
                                 : tr("the KPI group %1").arg(checked.kpiGroupId);
        showStatus(checked.unitIds.isEmpty() ? tr("Downloading %1 for the whole country, %2–%3…")
                                                   .arg(what)
                                                   .arg(checked.firstYear)
                                                   .arg(checked.lastYear)
                                             : tr("Downloading %1 for %2 units, %3–%4…")
                                                   .arg(what)
                                                   .arg(checked.unitIds.size())
                                                   .arg(checked.firstYear)
                                                   .arg(checked.lastYear));
        m_client->fetch(checked);
    } catch (const Error& error) {
        m_downloading = false;
        setBusy(false);
        m_progress->setRange(0, 1);
        showStatus(error.message(), true);
    }
}

void KoladaDownloadDialog::cancelDownload()
{
    m_client->cancel();
}

void KoladaDownloadDialog::storeDownload(const KoladaDownload& download)
{
    showStatus(tr("Storing the values…"));
    ImportOptions options;
    options.onConflict = ConflictPolicy(m_conflictBox->currentData().toInt());
    try {
        m_lastResult = ObservationImporter(m_database).importKoladaDownload(download, options);
    } catch (const Error& error) {
        m_downloading = false;
        setBusy(false);
        showStatus(tr("Nothing was stored: %1").arg(error.message()), true);
        return;
    }
    m_downloading = false;
    setBusy(false);
    QString text = tr("Stored %n values from Kolada: %1 new, %2 unchanged, %3 replaced, %4 kept.",
                      nullptr, int(m_lastResult.rows))
                       .arg(m_lastResult.inserted)
                       .arg(m_lastResult.unchanged)
                       .arg(m_lastResult.replaced)
                       .arg(m_lastResult.kept);
    text += u' ' + tr("Values arrived for %n units.", nullptr, int(m_lastResult.units));
    if (m_lastResult.indicatorsCreated > 0)
        text += u' ' + tr("%n new indicators.", nullptr, int(m_lastResult.indicatorsCreated));
    if (m_lastResult.indicatorsSuggested > 0)
        text += u' ' + tr("%n indicators got a suggested kind and direction; check them in the "
                          "Indicators tab.",
                          nullptr, int(m_lastResult.indicatorsSuggested));
    if (m_lastResult.removed > 0)
        text += u' ' + tr("%n values that Kolada has withdrawn were removed.", nullptr,
                          int(m_lastResult.removed));
    for (const QString& warning : std::as_const(m_lastResult.warnings))
        text += u'\n' + warning;
    showStatus(text);
    emit imported();
}

void KoladaDownloadDialog::onProgress(int pagesDone, int pagesKnown)
{
    if (!m_downloading)
        return;
    m_progress->setRange(0, std::max(1, pagesKnown));
    m_progress->setValue(pagesDone);
}

void KoladaDownloadDialog::onFailed(const QString& message)
{
    const bool wasDownload = m_downloading;
    m_downloading = false;
    m_searching = false;
    setBusy(false);
    showStatus(wasDownload ? tr("The download failed; nothing was stored. %1").arg(message)
                           : tr("The search failed: %1").arg(message),
               true);
}

void KoladaDownloadDialog::onCancelled()
{
    const bool wasDownload = m_downloading;
    m_downloading = false;
    m_searching = false;
    setBusy(false);
    showStatus(wasDownload ? tr("The download was cancelled; nothing was stored.")
                           : tr("The search was cancelled."));
}

void KoladaDownloadDialog::setBusy(bool busy)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_searchEdit, m_searchButton, m_results, m_kpiEdit, m_fileIndicatorsButton,
             m_kpiGroupBox, m_wholeCountryButton, m_chosenUnitsButton, m_firstYearBox,
             m_lastYearBox, m_conflictBox, m_downloadButton})
        widget->setEnabled(!busy);
    updateUnitChoice();
    m_cancelButton->setEnabled(busy);
    if (!busy && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
}

void KoladaDownloadDialog::showStatus(const QString& text, bool problem)
{
    m_statusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #A4000F; }")
                                         : QString());
    m_statusLabel->setText(text);
}

void KoladaDownloadDialog::reject()
{
    // Closing stops a running download; nothing of it is stored.
    if (m_client->isBusy())
        m_client->cancel();
    QDialog::reject();
}

} // namespace jamfor
