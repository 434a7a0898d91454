// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"
#include "core/import/koladakpireader.h"
#include "core/import/observationimporter.h"
#include "core/kolada/koladaclientsettings.h"
#include "core/kolada/koladafetchrequest.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QRadioButton;
class QPushButton;
class QSpinBox;

namespace jamfor {

class Database;
class KoladaClient;

// "Hämta från Kolada": the user finds indicators by title (or types their ids, or picks one of
// Kolada's KPI groups such as GKPI89, searchable by title), chooses the whole country (the
// default: every municipality, region and Riket, so that quartiles are the country's) or some
// units, and years, and downloads them. Progress
// shows pages fetched; Cancel stops at once. The download is stored with
// ObservationImporter::importKoladaDownload in the dialog's file: all of it or, on any error,
// nothing. The result (counts, warnings or the error with its URL) stays in the dialog;
// imported() tells the window to read the file again.
class KoladaDownloadDialog : public QDialog
{
    Q_OBJECT

public:
    // The download starts as the whole country. preselectedUnits are listed for a narrower
    // choice ("Only these"); empty lists the first network's members and the country.
    explicit KoladaDownloadDialog(Database& database, const QStringList& preselectedUnits = {},
                                  QWidget* parent = nullptr);
    ~KoladaDownloadDialog() override;

    // The Kolada address and waits; by default KoladaClientSettings' defaults.
    void setClientSettings(const KoladaClientSettings& settings);

    // The whole country (true, the default) or only the listed units.
    void setWholeCountry(bool wholeCountry);

    // What the dialog would download now (not yet checked).
    KoladaFetchRequest request() const;
    QStringList unitIds() const;
    bool isDownloading() const;
    // The result of the last download that was stored.
    const ImportResult& lastResult() const { return m_lastResult; }

signals:
    void imported();

protected:
    void reject() override;

private:
    QWidget* createIndicatorBox();
    QWidget* createUnitBox();
    void fillNetworks();
    void addUnits(const QStringList& unitIds);
    void addPickedUnit();
    void removeSelectedUnits();
    void addFileIndicators();
    QStringList kpiIds() const;
    void setKpiIds(const QStringList& ids);
    QString kpiGroupId() const;
    void updateUnitChoice();

    void startSearch();
    void showSearchResults(const QList<KoladaKpi>& kpis);
    void onResultChanged();
    void startDownload();
    void cancelDownload();
    void storeDownload(const KoladaDownload& download);
    void onProgress(int pagesDone, int pagesKnown);
    void onFailed(const QString& message);
    void onCancelled();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool problem = false);

    Database& m_database;
    KoladaClient* m_client = nullptr;
    bool m_downloading = false;
    bool m_searching = false;
    ImportResult m_lastResult;

    QLineEdit* m_searchEdit = nullptr;
    QPushButton* m_searchButton = nullptr;
    QListWidget* m_results = nullptr;
    QLineEdit* m_kpiEdit = nullptr;
    QPushButton* m_fileIndicatorsButton = nullptr;
    QComboBox* m_kpiGroupBox = nullptr;
    QRadioButton* m_wholeCountryButton = nullptr;
    QRadioButton* m_chosenUnitsButton = nullptr;
    QComboBox* m_networkBox = nullptr;
    QListWidget* m_unitList = nullptr;
    QComboBox* m_unitPicker = nullptr;
    QPushButton* m_addUnitButton = nullptr;
    QPushButton* m_removeUnitButton = nullptr;
    QSpinBox* m_firstYearBox = nullptr;
    QSpinBox* m_lastYearBox = nullptr;
    QComboBox* m_conflictBox = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_downloadButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace jamfor
