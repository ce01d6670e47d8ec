#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace app {

// The autoscaling editor's handles ask core's count rules where a drag may
// go (core/autoscalerules.h), so the scale keeps no rule of its own.
class ScaleRules : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE int minNodes(int value, int maxNodes) const;
    Q_INVOKABLE int maxNodes(int value, int minNodes) const;
    Q_INVOKABLE int count(int value) const;
};

} // namespace app
