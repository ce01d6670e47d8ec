#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

// Every keyboard shortcut of the app, in one table: the Shortcut items bind
// their sequences to it, the tooltips take their text from it and the F1
// sheet lists it, so the three cannot disagree.
class ShortcutTable : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Shortcuts)
    QML_SINGLETON

    // Rows for the sheet: {action, group, text, keys}, in the table's order.
    Q_PROPERTY(QVariantList entries READ entries CONSTANT)

public:
    struct Entry
    {
        QString action;        // "newPool": what QML asks for
        QString group;         // "Main window", "Editor"... (translated)
        QString text;          // what it does (translated)
        QStringList sequences; // portable text ("Ctrl+N"); empty for keys that only navigate
        QString keysText;      // what the sheet shows when it differs from the sequences
    };

    using QObject::QObject;

    static const QList<Entry>& table();

    QVariantList entries() const;
    // The sequences a Shortcut item binds to (empty for an unknown action).
    Q_INVOKABLE QStringList sequences(const QString& action) const;
    // "Ctrl+N" or "F5 / Ctrl+R", in the platform's own spelling.
    Q_INVOKABLE QString keys(const QString& action) const;
    // What the action does, from the table.
    Q_INVOKABLE QString text(const QString& action) const;
    // A tooltip: "Create a node pool in this cluster (Ctrl+N)".
    Q_INVOKABLE QString tip(const QString& action) const;

private:
    static const Entry* find(const QString& action);
};

} // namespace app
