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
    // Every other colour a view paints with, by what it is for, so a theme
    // is changed here and nowhere else.
    // A focused scale handle.
    Q_PROPERTY(QColor focusAccent READ focusAccent CONSTANT)
    // The keyboard focus ring (FocusRing.qml), from the theme's palette.
    Q_PROPERTY(QColor focusRing READ focusRing CONSTANT)
    // Read-only and no-keychain banners.
    Q_PROPERTY(QColor cautionBackground READ cautionBackground CONSTANT)
    Q_PROPERTY(QColor cautionBorder READ cautionBorder CONSTANT)
    Q_PROPERTY(QColor cautionText READ cautionText CONSTANT)
    // The READ-ONLY badge.
    Q_PROPERTY(QColor cautionBadge READ cautionBadge CONSTANT)
    // The kept-draft banner.
    Q_PROPERTY(QColor draftBackground READ draftBackground CONSTANT)
    Q_PROPERTY(QColor draftBorder READ draftBorder CONSTANT)
    Q_PROPERTY(QColor draftText READ draftText CONSTANT)
    // The error banner.
    Q_PROPERTY(QColor errorBackground READ errorBackground CONSTANT)
    Q_PROPERTY(QColor errorBorder READ errorBorder CONSTANT)
    Q_PROPERTY(QColor errorText READ errorText CONSTANT)
    // The status bar's DEMO badge.
    Q_PROPERTY(QColor demoBadge READ demoBadge CONSTANT)
    // Chips: a plain one, its text.
    Q_PROPERTY(QColor chipBackground READ chipBackground CONSTANT)
    Q_PROPERTY(QColor chipText READ chipText CONSTANT)
    // Label, taint and tag chips; a tag that is not valid.
    Q_PROPERTY(QColor labelChip READ labelChip CONSTANT)
    Q_PROPERTY(QColor taintChip READ taintChip CONSTANT)
    Q_PROPERTY(QColor tagChip READ tagChip CONSTANT)
    Q_PROPERTY(QColor invalidChip READ invalidChip CONSTANT)
    // Drift rows by status.
    Q_PROPERTY(QColor driftInSync READ driftInSync CONSTANT)
    Q_PROPERTY(QColor driftDiffers READ driftDiffers CONSTANT)
    Q_PROPERTY(QColor driftNotLive READ driftNotLive CONSTANT)
    Q_PROPERTY(QColor driftLiveOnly READ driftLiveOnly CONSTANT)
    // Invalid manifests, unknown clusters.
    Q_PROPERTY(QColor driftBroken READ driftBroken CONSTANT)

public:
    using QObject::QObject;

    QColor accent() const { return QColor(0x3b82f6); }
    QColor warning() const { return QColor(0xb45309); }
    QColor error() const { return QColor(0xb91c1c); }
    QColor focusAccent() const { return QColor(0x1d4ed8); }
    QColor cautionBackground() const { return QColor(0xfff7ed); }
    QColor cautionBorder() const { return QColor(0xfdba74); }
    QColor cautionText() const { return QColor(0x7c2d12); }
    QColor cautionBadge() const { return QColor(0xc2410c); }
    QColor draftBackground() const { return QColor(0xfef3c7); }
    QColor draftBorder() const { return QColor(0xf59e0b); }
    QColor draftText() const { return QColor(0x78350f); }
    QColor errorBackground() const { return QColor(0xfdecea); }
    QColor errorBorder() const { return QColor(0xe0a39e); }
    QColor errorText() const { return QColor(0x8a1c12); }
    QColor demoBadge() const { return QColor(0x7b5cd6); }
    QColor chipBackground() const { return QColor(0xe8eaf0); }
    QColor chipText() const { return QColor(0x1d2433); }
    QColor labelChip() const { return QColor(0xdbeafe); }
    QColor taintChip() const { return QColor(0xfde68a); }
    QColor tagChip() const { return QColor(0xdcfce7); }
    QColor invalidChip() const { return QColor(0xfecaca); }
    QColor driftInSync() const { return QColor(0xcdeccf); }
    QColor driftDiffers() const { return QColor(0xfde3a7); }
    QColor driftNotLive() const { return QColor(0xcfe0fc); }
    QColor driftLiveOnly() const { return QColor(0xe3e6ec); }
    QColor driftBroken() const { return QColor(0xf8cfcf); }

    // running green, provisioning blue, draining amber, deleting red, other grey.
    Q_INVOKABLE static QColor stateColor(const QString& state);

    // The theme chosen at start ("system", "light" or "dark"), set by main().
    static void setTheme(const QString& theme);
    bool dark() const;
    QColor focusRing() const;
    // Writes the chosen theme's colours into a QML palette (a window's
    // `palette`); Qt 6.4's Quick Controls do not follow QGuiApplication's.
    Q_INVOKABLE void applyTheme(QObject* palette) const;
};

} // namespace app
