// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "comparison/comparisonview.h"
#include "delegates/colourclassdelegate.h"
#include "demo/demodataset.h"
#include "models/overviewtablemodel.h"
#include "settings/appsettings.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/fileinforepository.h"
#include "storage/networkrepository.h"
#include "storage/observationrepository.h"
#include "util/error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jamfor {

namespace {

// Keeps the combo boxes from refreshing the table while they are refilled.
class SignalBlocker
{
public:
    explicit SignalBlocker(std::initializer_list<QObject*> objects)
        : m_objects(objects)
    {
        for (QObject* object : m_objects)
            object->blockSignals(true);
    }
    ~SignalBlocker()
    {
        for (QObject* object : m_objects)
            object->blockSignals(false);
    }

private:
    QList<QObject*> m_objects;
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Jämför"));
    createCentralWidget();
    createMenus();
    statusBar()->showMessage(tr("Open a file or the example network to begin."));
    if (!restoreGeometry(AppSettings().windowGeometry()))
        resize(1280, 720);
}

MainWindow::~MainWindow() = default;

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

    auto* selectors = new QHBoxLayout;
    const auto addSelector = [&](const QString& label, const QString& name) {
        auto* box = new QComboBox(central);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* caption = new QLabel(label, central);
        caption->setBuddy(box);
        selectors->addWidget(caption);
        selectors->addWidget(box);
        selectors->addSpacing(12);
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::refreshOverview);
        return box;
    };
    m_networkBox = addSelector(tr("&Network:"), QStringLiteral("networkBox"));
    m_areaBox = addSelector(tr("&Area:"), QStringLiteral("areaBox"));
    m_yearBox = addSelector(tr("&Year:"), QStringLiteral("yearBox"));
    m_genderBox = addSelector(tr("&Gender:"), QStringLiteral("genderBox"));
    selectors->addStretch();
    layout->addLayout(selectors);

    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    layout->addWidget(m_emptyLabel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
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

    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &example network"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    updateRecentFilesMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<Database> database;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        database = Database::open(path, Database::OpenMode::OpenExisting);
        QApplication::restoreOverrideCursor();
    } catch (const Error& error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Could not open the file"), error.message());
        AppSettings().removeRecentFile(QFileInfo(path).absoluteFilePath());
        updateRecentFilesMenu();
        return false;
    }
    m_database = std::move(database);
    AppSettings().addRecentFile(path);
    updateRecentFilesMenu();
    setWindowTitle(tr("%1 – Jämför").arg(QFileInfo(path).fileName()));
    m_exampleBanner->setVisible(FileInfoRepository(m_database->connection()).isExampleData());
    loadSelectors();
    refreshOverview();
    return true;
}

bool MainWindow::openDemo()
{
    const QString path = demoFilePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
            DemoDataset::write(*database);
            QApplication::restoreOverrideCursor();
        } catch (const Error& error) {
            QApplication::restoreOverrideCursor();
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

void MainWindow::loadSelectors()
{
    SignalBlocker blocker({m_networkBox, m_areaBox, m_yearBox, m_genderBox});
    QSqlDatabase& db = m_database->connection();

    m_networks = NetworkRepository(db).all();
    m_networkBox->clear();
    for (const Network& network : m_networks)
        m_networkBox->addItem(network.name, network.id);

    m_areaBox->clear();
    for (const Area& area : AreaRepository(db).all())
        m_areaBox->addItem(area.name, area.id);

    m_yearBox->clear();
    const QList<int> years = ObservationRepository(db).years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        m_yearBox->addItem(QString::number(*it), *it); // newest first and chosen

    m_genderBox->clear();
    m_genderBox->addItem(tr("Total"), static_cast<int>(Gender::Total));
    m_genderBox->addItem(tr("Women"), static_cast<int>(Gender::Women));
    m_genderBox->addItem(tr("Men"), static_cast<int>(Gender::Men));
}

void MainWindow::refreshOverview()
{
    if (!m_database)
        return;
    QString problem;
    if (m_networks.isEmpty())
        problem = tr("The file has no network yet.");
    else if (m_areaBox->count() == 0)
        problem = tr("The file has no areas with indicators yet.");
    else if (m_yearBox->count() == 0)
        problem = tr("The file has no values yet. Import figures to compare.");
    m_emptyLabel->setText(problem);
    m_emptyLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_model->setOverview({});
        m_comparison->setContext(nullptr, {}, {}, 0, Gender::Total, 0);
        return;
    }

    const qint64 networkId = m_networkBox->currentData().toLongLong();
    const QString areaId = m_areaBox->currentData().toString();
    const int year = m_yearBox->currentData().toInt();
    const auto gender = static_cast<Gender>(m_genderBox->currentData().toInt());
    try {
        m_model->setOverview(NetworkOverview::build(*m_database, networkId, areaId, year, gender));
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Could not read the file"), error.message());
        return;
    }
    m_table->setColumnWidth(OverviewTableModel::TitleColumn, 420);
    const int firstYear = m_yearBox->itemData(m_yearBox->count() - 1).toInt();
    const Network& network = m_networks[m_networkBox->currentIndex()];
    m_comparison->setContext(m_database.get(), network, areaId, year, gender, firstYear);
    statusBar()->showMessage(tr("%1 members × %2 indicators, %3")
                                 .arg(m_model->overview().members.size())
                                 .arg(m_model->overview().indicators.size())
                                 .arg(year));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Jämför"),
        tr("<b>Jämför</b> %1<p>Compare your municipality's results with your network and the "
           "country, and work through the five steps of the handbook for Öppna jämförelser.</p>"
           "<p>Figures from Kolada are credited \"Källa: Kolada\".</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace jamfor
