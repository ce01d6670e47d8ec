#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace app {

// Colours that carry meaning (node states, warnings), in one place so every
// view agrees. A C++ singleton: a QML one would be shadowed by the implicit
// import of the module's qml/ resource folder, where Qt 6.4 sees Colors.qml as a plain type.
class Colors : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QColor accent READ accent CONSTANT)
    Q_PROPERTY(QColor warning READ warning CONSTANT)
    Q_PROPERTY(QColor error READ error CONSTANT)
    Q_PROPERTY(bool dark READ dark CONSTANT)

public:
    using QObject::QObject;

    QColor accent() const { return QColor(0x3b82f6); }
    QColor warning() const { return QColor(0xb45309); }
    QColor error() const { return QColor(0xb91c1c); }

    // running green, provisioning blue, draining amber, deleting red, other grey.
    Q_INVOKABLE static QColor stateColor(const QString& state);

    // The theme chosen at start ("system", "light" or "dark"), set by main().
    static void setTheme(const QString& theme);
    bool dark() const;
    // Writes the chosen theme's colours into a QML palette (a window's
    // `palette`); Qt 6.4's Quick Controls do not follow QGuiApplication's.
    Q_INVOKABLE void applyTheme(QObject* palette) const;
};

} // namespace app
