// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportdocument.h"

namespace jamfor {

namespace {

void collectTables(const QList<ReportBlock>& blocks, QList<ReportTable>& tables)
{
    for (const ReportBlock& block : blocks) {
        if (block.kind == ReportBlock::Kind::Table)
            tables.append(block.table);
        collectTables(block.children, tables);
    }
}

} // namespace

void ReportDocument::addHeading(const QString& text, int level)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.level = qBound(1, level, 3);
    block.text = text;
    blocks.append(block);
}

void ReportDocument::addParagraph(const QString& text, bool emphasis)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    block.emphasis = emphasis;
    blocks.append(block);
}

void ReportDocument::addList(const QStringList& items)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::List;
    block.items = items;
    blocks.append(block);
}

void ReportDocument::addFacts(const QList<QPair<QString, QString>>& facts)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Facts;
    block.facts = facts;
    blocks.append(block);
}

void ReportDocument::addTable(const ReportTable& table)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = table;
    blocks.append(block);
}

void ReportDocument::addChart(const ReportChart& chart)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Chart;
    block.chartIndex = int(charts.size());
    charts.append(chart);
    blocks.append(block);
}

void ReportDocument::addPageBreak()
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::PageBreak;
    blocks.append(block);
}

QList<ReportTable> ReportDocument::tables() const
{
    QList<ReportTable> result;
    collectTables(blocks, result);
    return result;
}

} // namespace jamfor
