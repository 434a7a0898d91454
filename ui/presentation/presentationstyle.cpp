// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/presentationstyle.h"

#include <QLabel>
#include <QVariant>
#include <QWidget>
#include <algorithm>

namespace jamfor {

namespace {

const char* const roleProperty = "presentationRole";

struct RoleFont
{
    int pixels; // at referenceHeight
    bool bold;
};

RoleFont roleFont(PresentationStyle::Role role)
{
    using Role = PresentationStyle::Role;
    switch (role) {
    case Role::Hero:
        return {56, true};
    case Role::Title:
        return {40, true};
    case Role::Kicker:
        return {22, true};
    case Role::Question:
        return {28, false};
    case Role::Body:
        return {26, false};
    case Role::Table:
        return {24, false};
    case Role::BoxHeading:
        return {26, true};
    case Role::BoxText:
        return {23, false};
    case Role::Small:
        return {19, false};
    case Role::Footer:
        return {17, false};
    case Role::FooterStrong:
        return {17, true};
    case Role::Button:
        return {30, true};
    }
    return {26, false};
}

} // namespace

int PresentationStyle::pixelSize(Role role, int windowHeight)
{
    // Small windows (a preview on a laptop) keep the sizes of 768 lines at least half-way.
    const double factor = std::max(0.6, double(windowHeight) / referenceHeight);
    return std::max(10, int(roleFont(role).pixels * factor + 0.5));
}

QFont PresentationStyle::font(Role role, int windowHeight)
{
    QFont font;
    font.setPixelSize(pixelSize(role, windowHeight));
    font.setBold(roleFont(role).bold);
    return font;
}

void PresentationStyle::setRole(QWidget* widget, Role role)
{
    widget->setProperty(roleProperty, int(role));
}

void PresentationStyle::applyFonts(QWidget* root, int windowHeight)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        const QVariant role = widget->property(roleProperty);
        if (role.isValid())
            widget->setFont(font(static_cast<Role>(role.toInt()), windowHeight));
    }
}

QLabel* PresentationStyle::label(const QString& text, Role role, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::NoFocus);
    setRole(label, role);
    return label;
}

QColor PresentationStyle::background()
{
    return Qt::white;
}

QColor PresentationStyle::text()
{
    return QColor(0x1F, 0x1F, 0x1F);
}

QColor PresentationStyle::mutedText()
{
    return QColor(0x45, 0x45, 0x45);
}

QColor PresentationStyle::accent()
{
    return QColor(0x00, 0x3F, 0x66);
}

QColor PresentationStyle::accentLight()
{
    return QColor(0xE3, 0xEE, 0xF6);
}

QColor PresentationStyle::exampleData()
{
    return QColor(0x8A, 0x3B, 0x00);
}

QColor PresentationStyle::footerBackground()
{
    return QColor(0xEE, 0xEE, 0xEE);
}

} // namespace jamfor
