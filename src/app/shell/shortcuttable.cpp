#include "shortcuttable.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QVariantMap>

namespace app {

namespace {

QList<ShortcutTable::Entry> makeTable()
{
    // Translated once, when first asked (after the translator is installed).
    const QString window = QCoreApplication::translate("Shortcuts", "Main window");
    const QString editor = QCoreApplication::translate("Shortcuts", "Pool editor");
    const QString plan = QCoreApplication::translate("Shortcuts", "Plan review");
    const QString any = QCoreApplication::translate("Shortcuts", "Anywhere");
    return {
        {QStringLiteral("refresh"),
         window,
         QCoreApplication::translate("Shortcuts", "Fetch clusters and pools again"),
         {QStringLiteral("F5"), QStringLiteral("Ctrl+R")},
         {}},
        {QStringLiteral("newPool"),
         window,
         QCoreApplication::translate("Shortcuts", "Create a node pool in this cluster"),
         {QStringLiteral("Ctrl+N")},
         {}},
        {QStringLiteral("editPool"),
         window,
         QCoreApplication::translate("Shortcuts", "Edit the selected pool"),
         {QStringLiteral("F2")},
         QCoreApplication::translate("Shortcuts", "F2; Enter in the pool list")},
        {QStringLiteral("deletePool"),
         window,
         QCoreApplication::translate("Shortcuts", "Delete the selected pool (after a review)"),
         {QStringLiteral("Del")},
         {}},
        {QStringLiteral("findCluster"),
         window,
         QCoreApplication::translate("Shortcuts", "Filter the clusters"),
         {QStringLiteral("Ctrl+F")},
         {}},
        {QStringLiteral("manifests"),
         window,
         QCoreApplication::translate(
             "Shortcuts", "Export pools as YAML, Terraform or doctl; import and plan; drift"),
         {QStringLiteral("Ctrl+E")},
         {}},
        {QStringLiteral("costs"),
         window,
         QCoreApplication::translate("Shortcuts", "Cost review: charts, history and exports"),
         {QStringLiteral("Ctrl+K")},
         {}},
        {QStringLiteral("shortcuts"),
         any,
         QCoreApplication::translate("Shortcuts", "Show these shortcuts"),
         {QStringLiteral("F1"), QStringLiteral("Ctrl+?")},
         {}},
        {QStringLiteral("nextField"),
         any,
         QCoreApplication::translate("Shortcuts", "Next or previous field, button or list"),
         {},
         QCoreApplication::translate("Shortcuts", "Tab / Shift+Tab")},
        {QStringLiteral("listMove"),
         any,
         QCoreApplication::translate("Shortcuts", "Move in a list; press a button or tick a box"),
         {},
         QCoreApplication::translate("Shortcuts", "Arrow keys; Space")},
        {QStringLiteral("accept"),
         any,
         QCoreApplication::translate("Shortcuts",
                                     "Accept a dialog (review the change, apply the plan, save)"),
         {},
         QCoreApplication::translate("Shortcuts", "Enter")},
        {QStringLiteral("close"),
         any,
         QCoreApplication::translate("Shortcuts",
                                     "Close a dialog or panel without changing anything"),
         {},
         QCoreApplication::translate("Shortcuts", "Esc")},
        {QStringLiteral("undo"),
         editor,
         QCoreApplication::translate("Shortcuts", "Undo the last edit"),
         {QStringLiteral("Ctrl+Z")},
         {}},
        {QStringLiteral("redo"),
         editor,
         QCoreApplication::translate("Shortcuts", "Redo"),
         {QStringLiteral("Ctrl+Shift+Z"), QStringLiteral("Ctrl+Y")},
         {}},
        {QStringLiteral("review"),
         editor,
         QCoreApplication::translate("Shortcuts", "Review the change"),
         {QStringLiteral("Ctrl+Return")},
         {}},
        {QStringLiteral("apply"),
         plan,
         QCoreApplication::translate("Shortcuts", "Apply the reviewed plan"),
         {QStringLiteral("Ctrl+Return")},
         {}},
        {QStringLiteral("confirm"),
         plan,
         QCoreApplication::translate("Shortcuts", "Tick the confirmation of a destructive plan"),
         {},
         QCoreApplication::translate("Shortcuts", "Tab to it, then Space")},
    };
}

QString nativeText(const QStringList& sequences)
{
    QStringList shown;
    for (const QString& sequence : sequences)
        shown << QKeySequence(sequence).toString(QKeySequence::NativeText);
    return shown.join(QStringLiteral(" / "));
}

} // namespace

const QList<ShortcutTable::Entry>& ShortcutTable::table()
{
    static const QList<Entry> entries = makeTable();
    return entries;
}

const ShortcutTable::Entry* ShortcutTable::find(const QString& action)
{
    for (const Entry& entry : table())
        if (entry.action == action)
            return &entry;
    return nullptr;
}

QVariantList ShortcutTable::entries() const
{
    QVariantList rows;
    for (const Entry& entry : table())
        rows << QVariantMap{{QStringLiteral("action"), entry.action},
                            {QStringLiteral("group"), entry.group},
                            {QStringLiteral("text"), entry.text},
                            {QStringLiteral("keys"), keys(entry.action)}};
    return rows;
}

QStringList ShortcutTable::sequences(const QString& action) const
{
    const Entry* entry = find(action);
    return entry ? entry->sequences : QStringList();
}

QString ShortcutTable::keys(const QString& action) const
{
    const Entry* entry = find(action);
    if (!entry)
        return {};
    return entry->keysText.isEmpty() ? nativeText(entry->sequences) : entry->keysText;
}

QString ShortcutTable::text(const QString& action) const
{
    const Entry* entry = find(action);
    return entry ? entry->text : QString();
}

QString ShortcutTable::tip(const QString& action) const
{
    const Entry* entry = find(action);
    if (!entry)
        return {};
    return QStringLiteral("%1 (%2)").arg(entry->text, keys(action));
}

} // namespace app
