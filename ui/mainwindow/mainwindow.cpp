// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/demo/demodataset.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/charts/chartpanel.h"
#include "ui/commands/documentnotifier.h"
#include "ui/commands/editsession.h"
#include "ui/comparison/colourclassdelegate.h"
#include "ui/comparison/comparisonview.h"
#include "ui/comparison/overviewtablemodel.h"
#include "ui/exchange/exchangemenu.h"
#include "ui/indicators/indicatorbrowser.h"
#include "ui/mainwindow/contextbar.h"
#include "ui/mainwindow/reportmenu.h"
#include "ui/mainwindow/userguidedialog.h"
#include "ui/network/networkeditor.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/widgets/backgroundtask.h"
#include "ui/wizard/analysiswizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jamfor {

namespace {

// Shows the wait cursor for as long as it lives.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Jämför"));
    createCentralWidget();
    createMenus();
    statusBar()->showMessage(tr("Open a file or the example network to begin."));
    if (!restoreGeometry(AppSettings().windowGeometry()))
        resize(1280, 720);
}

// The views hold pointers into the session and the file: they go first.
MainWindow::~MainWindow()
{
    closeFile();
}

QString MainWindow::demoFilePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Bohusnatverket-exempel.jamfor"));
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_exampleBanner = new QLabel(DemoDataset::exampleDataLabel(), central);
    m_exampleBanner->setObjectName(QStringLiteral("exampleBanner"));
    m_exampleBanner->setStyleSheet(QStringLiteral("QLabel { background: #FFF4C2; border: 1px solid "
                                                  "#D9B84A; padding: 6px; font-weight: bold; }"));
    m_exampleBanner->setVisible(false);
    layout->addWidget(m_exampleBanner);

    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #FDE2E1; border: 1px solid #C0392B; padding: 6px; }"));
    m_readOnlyBanner->setVisible(false);
    m_storageLabel = new QLabel(this);
    m_storageLabel->setObjectName(QStringLiteral("storageNotice"));
    statusBar()->addPermanentWidget(m_storageLabel);
    layout->addWidget(m_readOnlyBanner);

    m_context = new ContextBar(central);
    connect(m_context, &ContextBar::changed, this, &MainWindow::refreshViews);
    layout->addWidget(m_context);

    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    layout->addWidget(m_emptyLabel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::followCurrentTab);
    layout->addWidget(m_tabs, 1);
    auto* overviewPage = new QWidget(m_tabs);
    auto* overviewLayout = new QVBoxLayout(overviewPage);

    m_model = new OverviewTableModel(this);
    m_table = new QTableView(overviewPage);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ColourClassDelegate(OverviewTableModel::ColourClassRole, m_table));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long Kolada titles wrap in a column of their own instead of pushing members off screen.
    m_table->horizontalHeader()->setSectionResizeMode(OverviewTableModel::TitleColumn,
                                                      QHeaderView::Interactive);
    overviewLayout->addWidget(m_table, 1);

    m_legend = new QLabel(overviewPage);
    m_legend->setWordWrap(true);
    m_legend->setText(
        tr("Colours compare each value with all the country's municipalities: ▲ green = best "
           "quarter, yellow = middle half, ▼ red = worst quarter, grey = no value "
           "(– missing, . not applicable, .. confidential). Indicators without a better "
           "direction, such as costs, are not coloured."));
    overviewLayout->addWidget(m_legend);
    m_tabs->addTab(overviewPage, tr("O&verview"));

    m_comparison = new ComparisonView(m_tabs);
    m_tabs->addTab(m_comparison, tr("&Comparison table"));

    m_charts = new ChartPanel(m_tabs);
    m_charts->setObjectName(QStringLiteral("chartPanel"));
    connect(m_charts, &ChartPanel::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    m_tabs->addTab(m_charts, tr("C&harts"));

    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New file…"), this, &MainWindow::chooseFileToCreate)
        ->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen)
        ->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &example network"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    updateRecentFilesMenu();
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import files…"), this, &MainWindow::showImportDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    QAction* own =
        file->addAction(tr("Type in o&wn figures…"), this, [this] { showOwnFiguresDialog(); });
    own->setObjectName(QStringLiteral("ownFiguresAction"));
    QAction* kolada =
        file->addAction(tr("&Download from Kolada…"), this, &MainWindow::showKoladaDialog);
    kolada->setObjectName(QStringLiteral("koladaAction"));
    m_exchangeMenu = new ExchangeMenu(file, this);
    connect(m_exchangeMenu, &ExchangeMenu::fileChanged, this, &MainWindow::reopenAfterTransfer);
    m_writeActions << import << own << kolada;
    file->addSeparator();
    m_fileActions << file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);

    m_reportMenu = new ReportMenu(menuBar()->addMenu(tr("Re&ports")), this, m_context);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* present =
        view->addAction(tr("&Presentation for the study circle"), this, &MainWindow::present);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setObjectName(QStringLiteral("presentAction"));
    m_fileActions << present;

    for (QAction* action : std::as_const(m_fileActions) + m_writeActions)
        action->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Jämför"), this, &MainWindow::showAbout);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings().recentFiles();
    for (const QString& path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Jämför file"), QString(),
                                                      tr("Jämför files (*.jamfor);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseFileToCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Jämför file"), QString(),
                                                tr("Jämför files (*.jamfor)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".jamfor")))
        path += QStringLiteral(".jamfor");
    createFile(path);
}

bool MainWindow::createFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        // The save dialog has asked about replacing; a file is never overwritten behind it.
        QMessageBox::warning(this, tr("Could not create the file"),
                             tr("%1 exists already. Choose another name.").arg(path));
        return false;
    }
    try {
        const WaitCursor wait;
        return adoptDatabase(Database::open(path, Database::OpenMode::CreateIfMissing), path);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Could not create the file"), error.message());
        return false;
    }
}

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<Database> database;
    QString backupPath;
    try {
        // The first opening checks the file (and migrates an older one, after a backup),
        // which can take seconds: it runs off the window's thread. A connection belongs to
        // its thread, so the window then opens the checked file for itself.
        BackgroundTask::run(
            this, tr("Checking %1…").arg(QFileInfo(path).fileName()),
            [&path, &backupPath](const std::atomic_bool&) {
                backupPath =
                    Database::open(path, Database::OpenMode::OpenExisting)->migrationBackupPath();
            },
            false);
        const WaitCursor wait;
        database = Database::open(path, Database::OpenMode::OpenExisting);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Could not open the file"), error.message());
        AppSettings().removeRecentFile(QFileInfo(path).absoluteFilePath());
        updateRecentFilesMenu();
        return false;
    }
    if (!adoptDatabase(std::move(database), path))
        return false;
    if (!backupPath.isEmpty())
        statusBar()->showMessage(
            tr("The file was updated to the new file format; the old one is kept as %1.")
                .arg(backupPath),
            15000);
    return true;
}

bool MainWindow::adoptDatabase(std::unique_ptr<Database> database, const QString& path)
{
    closeFile();
    m_database = std::move(database);
    m_session = std::make_unique<EditSession>(*m_database);
    connect(m_session.get(), &EditSession::errorOccurred, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("The change was not saved"), message);
    });
    // Edits in the network editor or the indicator browser change what the other tabs show.
    connect(m_session->notifier(), &DocumentNotifier::networksChanged, this,
            &MainWindow::reloadChoices);
    connect(m_session->notifier(), &DocumentNotifier::indicatorsChanged, this,
            &MainWindow::reloadChoices);
    // After an import every view that shows figures reloads itself from the notifier; the
    // window's own part is the context bar, the overview and the charts.
    connect(m_session->notifier(), &DocumentNotifier::observationsImported, this, [this] {
        reloadChoices();
        statusBar()->showMessage(tr("The figures are imported."), 5000);
    });
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    createEditingTabs();

    AppSettings().addRecentFile(path);
    updateRecentFilesMenu();
    QString title = tr("%1 – Jämför").arg(QFileInfo(path).fileName());
    if (m_database->isReadOnly())
        title = tr("%1 (read only) – Jämför").arg(QFileInfo(path).fileName());
    setWindowTitle(title);
    m_exampleBanner->setVisible(Catalog(*m_database).isExampleData());
    // Why a file opened read-only (write-protected, open elsewhere) stays on screen.
    m_readOnlyBanner->setText(m_database->readOnlyNotice());
    m_readOnlyBanner->setVisible(!m_database->readOnlyNotice().isEmpty());
    // A file on a network drive is kept with a rollback journal; the status bar says so.
    m_storageLabel->setText(m_database->storageNotice().isEmpty() ? QString()
                                                                  : tr("Network drive"));
    m_storageLabel->setToolTip(m_database->storageNotice());
    if (!m_database->storageNotice().isEmpty())
        statusBar()->showMessage(m_database->storageNotice(), 20000);

    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(true);
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(!m_database->isReadOnly());
    reloadChoices();
    return true;
}

void MainWindow::closeFile()
{
    if (!m_database)
        return;
    // Views first (they point into the session and the file), then the session, then the file.
    m_model->setOverview({});
    m_comparison->setContext(nullptr, {}, {}, 0, Gender::Total, 0, {});
    m_charts->setContext(nullptr, 0, {}, 0, Gender::Total, {});
    emit fileClosing();
    m_reportMenu->setDocument(nullptr, nullptr);
    m_exchangeMenu->setDocument(nullptr, nullptr);
    if (m_wizard) {
        m_wizard->flush(); // typing not yet written goes into the file before it closes
        m_undoGroup->removeStack(m_wizard->undoStack());
        delete m_wizard;
        m_wizard = nullptr;
    }
    delete m_networkEditor;
    m_networkEditor = nullptr;
    delete m_indicatorBrowser;
    m_indicatorBrowser = nullptr;
    m_context->load(nullptr);
    m_readOnlyBanner->setVisible(false);
    m_storageLabel->clear();
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    m_database.reset();
    for (QAction* action : std::as_const(m_fileActions) + m_writeActions)
        action->setEnabled(false);
}

void MainWindow::createEditingTabs()
{
    m_wizard = new AnalysisWizard(*m_database, m_tabs);
    m_wizard->setNotifier(m_session->notifier());
    m_wizard->setObjectName(QStringLiteral("analysisWizard"));
    connect(m_wizard, &AnalysisWizard::importRequested, this, &MainWindow::showImportDialog);
    connect(m_wizard, &AnalysisWizard::errorOccurred, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("The change was not saved"), message);
    });
    m_undoGroup->addStack(m_wizard->undoStack());
    m_tabs->addTab(m_wizard, tr("&Analysis in five steps"));
    m_reportMenu->setDocument(m_database.get(), m_wizard);
    m_exchangeMenu->setDocument(m_database.get(), m_wizard);
    m_networkEditor = new NetworkEditor(*m_session, m_tabs);
    m_networkEditor->setObjectName(QStringLiteral("networkEditor"));
    m_tabs->addTab(m_networkEditor, tr("&Networks"));
    m_indicatorBrowser = new IndicatorBrowser(*m_session, m_tabs);
    m_indicatorBrowser->setObjectName(QStringLiteral("indicatorBrowser"));
    m_tabs->addTab(m_indicatorBrowser, tr("&Indicators"));
}

bool MainWindow::openDemo()
{
    const QString path = demoFilePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        try {
            BackgroundTask::run(
                this, tr("Writing the example network…"),
                [&path](const std::atomic_bool&) {
                    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
                    DemoDataset::write(*database);
                },
                false);
        } catch (const Error& error) {
            QFile::remove(path);
            QMessageBox::critical(this, tr("Could not create the example network"),
                                  error.message());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::offerDemo()
{
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Jämför"),
        tr("Do you want to open the example network Bohusnätverket? Its values are invented, "
           "so you can practise and teach before you import your own figures."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openDemo();
}

void MainWindow::saveCopy()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggestion = current.dir().filePath(
        tr("%1 copy %2.jamfor")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), suggestion,
                                                      tr("Jämför files (*.jamfor)"));
    if (path.isEmpty())
        return;
    try {
        const WaitCursor wait;
        QFile::remove(path); // the dialog has asked; VACUUM INTO refuses an existing file
        m_database->saveCopy(path);
        statusBar()->showMessage(tr("A copy is saved as %1.").arg(path), 8000);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Could not save a copy"), error.message());
    }
}

void MainWindow::followCurrentTab()
{
    // Edit > Undo undoes the step's edits on the analysis tab and the file's edits elsewhere;
    // the analysis's own choices hide the shared ones there.
    const bool analysis = m_wizard && m_tabs->currentWidget() == m_wizard;
    m_context->setVisible(!analysis);
    if (analysis)
        m_undoGroup->setActiveStack(m_wizard->undoStack());
    else if (m_session)
        m_undoGroup->setActiveStack(m_session->undoStack());
}

void MainWindow::present()
{
    if (!m_database || !m_context->hasNetwork() || m_context->year() == 0) {
        QMessageBox::information(this, tr("Presentation"),
                                 tr("Choose a network, an area and a year with values first."));
        return;
    }
    const qint64 analysis = m_wizard ? m_wizard->analysisId() : 0;
    auto* presentation =
        new PresentationWindow(*m_database, m_context->networkId(), m_context->areaId(),
                               m_context->year(), m_context->focusUnitId(), analysis, this);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    // The presentation shows the open file: it closes with it.
    connect(this, &MainWindow::fileClosing, presentation, &QWidget::close);
    connect(presentation, &PresentationWindow::ownFiguresRequested, this,
            [this, presentation] { showOwnFiguresDialog(presentation); });
    presentation->showFullScreen();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        refreshViews(); // the default population may have changed
}

void MainWindow::reloadChoices()
{
    m_context->load(m_database.get());
    refreshViews();
}

void MainWindow::refreshViews()
{
    if (!m_database)
        return;
    QString problem;
    if (!m_context->hasNetwork())
        problem = tr("The file has no network yet. Create one on the Networks tab.");
    else if (!m_context->hasAreas())
        problem = tr("The file has no areas with indicators yet.");
    else if (m_context->year() == 0)
        problem = tr("The file has no values yet. Import figures to compare.");
    m_emptyLabel->setText(problem);
    m_emptyLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_model->setOverview({});
        m_comparison->setContext(nullptr, {}, {}, 0, Gender::Total, 0, {});
        m_charts->setContext(nullptr, 0, {}, 0, Gender::Total, {});
        return;
    }

    const QString areaId = m_context->areaId();
    const int year = m_context->year();
    const Gender gender = m_context->gender();
    const QString focus = m_context->focusUnitId();
    try {
        const WaitCursor wait;
        m_model->setOverview(
            NetworkOverview::build(*m_database, m_context->networkId(), areaId, year, gender));
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Could not read the file"), error.message());
        return;
    }
    m_table->setColumnWidth(OverviewTableModel::TitleColumn, 420);
    m_comparison->setContext(m_database.get(), m_context->network(), areaId, year, gender,
                             m_context->firstYear(), focus);
    m_charts->setContext(m_database.get(), m_context->networkId(), areaId, year, gender, focus);
    statusBar()->showMessage(tr("%1 members × %2 indicators, %3")
                                 .arg(m_model->overview().members.size())
                                 .arg(m_model->overview().indicators.size())
                                 .arg(year));
}

void MainWindow::showAbout()
{
    UserGuideDialog::showAbout(this);
}

void MainWindow::showUserGuide()
{
    auto* guide = new UserGuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace jamfor
