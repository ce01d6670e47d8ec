#pragma once

#include <QString>

namespace core {

struct Taint
{
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute

    friend bool operator==(const Taint&, const Taint&) = default;
};

} // namespace core
