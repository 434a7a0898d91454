// SPDX-License-Identifier: GPL-3.0-or-later
// The network editor's widgets: the list of networks, the details, members, the municipalities
// to add and the people. What they do is in networkeditor.cpp.
#include "ui/network/membertablemodel.h"
#include "ui/network/municipalitytablemodel.h"
#include "ui/network/networkeditor.h"
#include "ui/network/persondelegate.h"
#include "ui/network/persontablemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jamfor {

namespace {

QTableView* createTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    // Compact rows, so that a network of ten members and its people fit without scrolling.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QString errorStyle()
{
    return QStringLiteral("QLabel { color: #A4000F; }");
}

} // namespace

QWidget* NetworkEditor::createNetworkList()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("&Networks"), panel);
    m_networkList = new QListWidget(panel);
    m_networkList->setObjectName(QStringLiteral("networkList"));
    caption->setBuddy(m_networkList);
    m_newButton = new QPushButton(tr("New network"), panel);
    m_newButton->setObjectName(QStringLiteral("newNetworkButton"));
    m_fromGroupButton = new QPushButton(tr("New network from a group…"), panel);
    m_fromGroupButton->setObjectName(QStringLiteral("networkFromGroupButton"));
    m_deleteButton = new QPushButton(tr("Delete network"), panel);
    m_deleteButton->setObjectName(QStringLiteral("deleteNetworkButton"));
    m_emptyLabel = new QLabel(tr("The file has no network yet. Click <b>New network</b> to "
                                 "create one, then add its member municipalities."),
                              panel);
    m_emptyLabel->setObjectName(QStringLiteral("noNetworkLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setVisible(false);
    layout->addWidget(caption);
    layout->addWidget(m_networkList, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_newButton);
    layout->addWidget(m_fromGroupButton);
    layout->addWidget(m_deleteButton);

    connect(m_networkList, &QListWidget::currentRowChanged, this,
            &NetworkEditor::showCurrentNetwork);
    connect(m_newButton, &QPushButton::clicked, this, &NetworkEditor::createNetwork);
    connect(m_fromGroupButton, &QPushButton::clicked, this, &NetworkEditor::createNetworkFromGroup);
    connect(m_deleteButton, &QPushButton::clicked, this, &NetworkEditor::deleteNetwork);
    return panel;
}

QWidget* NetworkEditor::createDetails()
{
    m_details = new QWidget(this);
    auto* layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(m_details);
    m_nameEdit->setObjectName(QStringLiteral("networkNameEdit"));
    m_descriptionEdit = new QLineEdit(m_details);
    m_descriptionEdit->setObjectName(QStringLiteral("networkDescriptionEdit"));
    m_descriptionEdit->setPlaceholderText(tr("What the network compares, and who takes part"));
    form->addRow(tr("N&ame:"), m_nameEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    layout->addLayout(form);
    m_problemLabel = new QLabel(m_details);
    m_problemLabel->setObjectName(QStringLiteral("networkProblemLabel"));
    m_problemLabel->setStyleSheet(errorStyle());
    m_problemLabel->setVisible(false);
    layout->addWidget(m_problemLabel);

    auto* top = new QWidget(m_details);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createMembersBox(), 3);
    topLayout->addWidget(createAddMemberBox(), 2);

    auto* splitter = new QSplitter(Qt::Vertical, m_details);
    splitter->addWidget(top);
    splitter->addWidget(createPeopleBox());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_nameEdit, &QLineEdit::editingFinished, this, &NetworkEditor::commitName);
    connect(m_descriptionEdit, &QLineEdit::editingFinished, this,
            &NetworkEditor::commitDescription);
    return m_details;
}

QGroupBox* NetworkEditor::createMembersBox()
{
    m_membersBox = new QGroupBox(tr("Members"), m_details);
    m_memberModel = new MemberTableModel(this);
    m_memberTable = createTable(m_membersBox, QStringLiteral("memberTable"));
    m_memberTable->setModel(m_memberModel);
    QHeaderView* header = m_memberTable->horizontalHeader();
    header->setSectionResizeMode(MemberTableModel::MunicipalityColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MemberTableModel::CountyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MemberTableModel::AreasColumn, QHeaderView::Stretch);
    m_removeMemberButton = new QPushButton(tr("Remove member"), m_membersBox);
    m_removeMemberButton->setObjectName(QStringLiteral("removeMemberButton"));

    m_areaCaption = new QLabel(m_membersBox);
    m_areaCaption->setWordWrap(true);
    m_areaList = new QListWidget(m_membersBox);
    m_areaList->setObjectName(QStringLiteral("memberAreaList"));
    m_areaCaption->setBuddy(m_areaList);
    auto* areaHint = new QLabel(
        tr("Uncheck the areas in which the municipality does not compare itself."), m_membersBox);
    areaHint->setWordWrap(true);

    auto* areaColumn = new QVBoxLayout;
    areaColumn->addWidget(m_areaCaption);
    areaColumn->addWidget(m_areaList, 1);
    areaColumn->addWidget(areaHint);
    auto* tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_memberTable, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_removeMemberButton);
    buttons->addStretch();
    tableColumn->addLayout(buttons);
    auto* layout = new QHBoxLayout(m_membersBox);
    layout->addLayout(tableColumn, 3);
    layout->addLayout(areaColumn, 2);

    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showMemberAreas();
        updateButtons();
    });
    connect(m_removeMemberButton, &QPushButton::clicked, this, &NetworkEditor::removeMember);
    connect(m_areaList, &QListWidget::itemChanged, this, &NetworkEditor::commitMemberAreas);
    return m_membersBox;
}

QGroupBox* NetworkEditor::createAddMemberBox()
{
    auto* box = new QGroupBox(tr("Add a municipality"), m_details);
    m_searchEdit = new QLineEdit(box);
    m_searchEdit->setObjectName(QStringLiteral("municipalitySearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, code or county"));
    m_searchEdit->setClearButtonEnabled(true);

    m_municipalityModel = new MunicipalityTableModel(this);
    m_municipalityProxy = new QSortFilterProxyModel(this);
    m_municipalityProxy->setSourceModel(m_municipalityModel);
    m_municipalityProxy->setFilterKeyColumn(-1); // name, code and county
    m_municipalityProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_municipalityTable = createTable(box, QStringLiteral("municipalityTable"));
    m_municipalityTable->setModel(m_municipalityProxy);
    QHeaderView* header = m_municipalityTable->horizontalHeader();
    header->setSectionResizeMode(MunicipalityTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MunicipalityTableModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MunicipalityTableModel::CountyColumn,
                                 QHeaderView::ResizeToContents);

    m_addMemberButton = new QPushButton(tr("Add to the network"), box);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_municipalityTable, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addMemberButton);
    layout->addLayout(buttons);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_municipalityProxy->setFilterFixedString(text.trimmed());
        chooseFirstMunicipality();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &NetworkEditor::addChosenMunicipality);
    connect(m_municipalityTable, &QTableView::doubleClicked, this,
            &NetworkEditor::addChosenMunicipality);
    connect(m_municipalityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkEditor::updateButtons);
    connect(m_addMemberButton, &QPushButton::clicked, this, &NetworkEditor::addChosenMunicipality);
    return box;
}

QGroupBox* NetworkEditor::createPeopleBox()
{
    auto* box = new QGroupBox(tr("People"), m_details);
    m_personModel = new PersonTableModel(m_session, this);
    m_peopleTable = createTable(box, QStringLiteral("peopleTable"));
    m_peopleTable->setModel(m_personModel);
    m_peopleTable->setItemDelegate(new PersonDelegate(m_peopleTable));
    m_peopleTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    QHeaderView* header = m_peopleTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PersonTableModel::EmailColumn, QHeaderView::Stretch);
    m_peopleTable->setColumnWidth(PersonTableModel::NameColumn, 190);
    m_peopleTable->setColumnWidth(PersonTableModel::RoleColumn, 150);
    m_peopleTable->setColumnWidth(PersonTableModel::MunicipalityColumn, 150);
    m_peopleTable->setColumnWidth(PersonTableModel::PhoneColumn, 130);

    m_addPersonButton = new QPushButton(tr("Add person"), box);
    m_addPersonButton->setObjectName(QStringLiteral("addPersonButton"));
    m_removePersonButton = new QPushButton(tr("Remove person"), box);
    m_removePersonButton->setObjectName(QStringLiteral("removePersonButton"));
    auto* hint = new QLabel(tr("Steering group: politicians and municipal CEOs. Project group: "
                               "project leaders and the process leader. Double-click a cell to "
                               "change it."),
                            box);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addPersonButton);
    buttons->addWidget(m_removePersonButton);
    buttons->addSpacing(12);
    buttons->addWidget(hint, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_peopleTable, 1);
    layout->addLayout(buttons);

    connect(m_peopleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkEditor::updateButtons);
    connect(m_addPersonButton, &QPushButton::clicked, this, &NetworkEditor::addPerson);
    connect(m_removePersonButton, &QPushButton::clicked, this, &NetworkEditor::removePerson);
    return box;
}

} // namespace jamfor
