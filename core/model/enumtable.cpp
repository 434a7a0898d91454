// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/enumtable.h"

#include <QCoreApplication>

namespace jamfor::detail {

QString translateEnumLabel(const char* label)
{
    return QCoreApplication::translate(enumLabelContext, label);
}

} // namespace jamfor::detail
