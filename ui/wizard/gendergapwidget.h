// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>
#include <optional>

namespace jamfor {

// Women's and men's values side by side for a few municipalities: one row per municipality
// with a dot for women, a dot for men and a line between them (a dumbbell chart), the focus
// municipality in bold. Painted directly: it is a small worksheet picture, not an exported
// chart.
class GenderGapWidget : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        std::optional<double> women;
        std::optional<double> men;
        bool focus = false;
    };

    explicit GenderGapWidget(QWidget* parent = nullptr);

    void setRows(const QString& title, const QList<Row>& rows, int decimals);
    const QList<Row>& rows() const { return m_rows; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QList<Row> m_rows;
    int m_decimals = 0;
};

} // namespace jamfor
