// The window with the keyboard alone, as a desktop user works: Ctrl+N opens
// the editor with the name field focused, Tab moves a visible focus ring,
// Enter reviews and applies, Esc closes, F1 lists every shortcut, and the
// tooltips name the same keys as the sheet (one table). One whole
// create-review-apply is driven by keys only and checked in the simulator.
#include "app/shell/shortcuttable.h"
#include "demoapp.h"
#include "sim/simulator.h"

#include <QKeySequence>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QSet>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

const QString PoolName = QStringLiteral("kb-workers");

} // namespace

class KeyboardTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    WindowDriver& m_driver = m_app.driver;
    QString m_clusterId;
    QString m_nodePool; // the id of the pool whose node delete dialog was opened

    QQuickItem* focused() const { return m_app.window->activeFocusItem(); }
    QString focusedName() const
    {
        const QQuickItem* item = focused();
        return item ? item->objectName() : QString();
    }
    QObject* object(const QString& name) const { return m_driver.find<QObject>(name); }
    bool isOpen(const QString& dialog) const
    {
        QObject* found = object(dialog);
        return found && found->property("opened").toBool();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(m_app.window, Qt::Key(key), modifiers);
    }
    void typeKeys(const QString& text) const
    {
        for (const QChar c : text)
            QTest::keyClick(m_app.window, c.toLatin1());
    }
    // Tab until the focus is on `objectName` (at most `limit` presses).
    bool tabTo(const QString& objectName, int limit = 20) const
    {
        for (int i = 0; i < limit && focusedName() != objectName; ++i)
            press(Qt::Key_Tab);
        return focusedName() == objectName;
    }
    // Tab until the focus is in `objectName` (a list's current row counts).
    bool tabInto(const QString& objectName, int limit = 20) const
    {
        QQuickItem* target = m_driver.find(objectName);
        auto inside = [&] {
            return focused() == target || (target && target->isAncestorOf(focused()));
        };
        for (int i = 0; i < limit && !inside(); ++i)
            press(Qt::Key_Tab);
        return target && inside();
    }
    QQuickItem* ring() const
    {
        return m_app.window->findChild<QQuickItem*>(QStringLiteral("focusRing"));
    }
    QString theme() const
    {
        return qEnvironmentVariable("POOLSTUDIO_THEME", QStringLiteral("light"));
    }
    // Selects a pool with a running node and opens that node's delete
    // dialog by Tab and Space on its button; the node's id, or "" on failure.
    QString openNodeDeleteByKeys()
    {
        m_app.workspace->setCurrentPoolIndex(0);
        const core::NodePool* pool = m_app.workspace->currentPool();
        if (!pool)
            return {};
        m_nodePool = pool->id;
        for (const auto& node : pool->nodes) {
            const QString button = QStringLiteral("deleteNode_") + node.name;
            if (node.name.isEmpty() || !QTest::qWaitFor([&] { return m_driver.find(button); }))
                continue;
            if (!m_driver.find(button)->isEnabled() || !tabTo(button, 60))
                continue;
            press(Qt::Key_Space);
            if (!QTest::qWaitFor([&] { return isOpen(QStringLiteral("nodeDeleteDialog")); }))
                return {};
            return node.id;
        }
        return {};
    }
    bool simulatorHoldsNode(const QString& nodeId)
    {
        const auto pool = m_app.simulator().pool(m_clusterId, m_nodePool);
        return pool && std::any_of(pool->nodes.begin(), pool->nodes.end(),
                                   [&](const sim::NodeRow& node) { return node.id == nodeId; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        m_app.simulator().clock().setManual();
        QTRY_VERIFY(m_app.workspace->loaded());
        m_app.workspace->setCurrentClusterIndex(0);
        m_clusterId = m_app.workspace->currentCluster()->id;
        QVERIFY(ring());
    }

    void tabShowsAFocusRingThatAClickHides()
    {
        QVERIFY(!ring()->isVisible());
        QVERIFY(tabTo(QStringLiteral("newPoolButton")));
        QTRY_VERIFY(ring()->isVisible());
        QCOMPARE(ring()->parentItem(), focused());
        // The ring is drawn around the button, not inside it or elsewhere.
        const QRectF around = ring()->mapRectToScene(ring()->boundingRect());
        const QRectF button = focused()->mapRectToScene(focused()->boundingRect());
        QVERIFY2(around.contains(button), "the ring does not surround the focused button");
        m_driver.screenshot(QStringLiteral("keyboard-focus-ring-") + theme());

        // Tab on: the ring follows, to a text field as well.
        QVERIFY(tabTo(QStringLiteral("clusterFilterField")));
        QTRY_COMPARE(ring()->parentItem(), focused());
        QVERIFY(ring()->isVisible());

        // A mouse click hides it (the click target shows its own press).
        QVERIFY(m_driver.click(QStringLiteral("refreshButton")));
        QTRY_VERIFY(!ring()->isVisible());
        QTRY_VERIFY(!m_app.workspace->loading());
    }

    void ctrlNOpensTheEditorWithTheNameFieldFocusedAndEscClosesIt()
    {
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(isOpen(QStringLiteral("poolEditorDialog")));
        QTRY_COMPARE(focusedName(), QStringLiteral("poolNameField"));
        // What is typed goes into the name.
        press(Qt::Key_A, Qt::ControlModifier);
        typeKeys(QStringLiteral("typed"));
        QCOMPARE(object(QStringLiteral("poolEditor"))->property("name").toString(),
                 QStringLiteral("typed"));
        QTRY_COMPARE(ring()->parentItem(), focused());
        m_driver.screenshot(QStringLiteral("keyboard-editor-name-") + theme());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!object(QStringLiteral("poolEditorDialog"))->property("visible").toBool());
    }

    void createsReviewsAndAppliesAPoolWithKeysOnly()
    {
        QObject* editor = object(QStringLiteral("poolEditor"));
        QObject* plan = object(QStringLiteral("planController"));
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(isOpen(QStringLiteral("poolEditorDialog")));
        QTRY_COMPARE(focusedName(), QStringLiteral("poolNameField"));
        press(Qt::Key_A, Qt::ControlModifier);
        typeKeys(PoolName);
        QCOMPARE(editor->property("name").toString(), PoolName);

        // Tab to the sizes; the arrow picks the next one.
        const QString firstSize = editor->property("size").toString();
        QVERIFY2(tabInto(QStringLiteral("sizePicker")), qPrintable(focusedName()));
        QTRY_COMPARE(ring()->parentItem(), focused());
        press(Qt::Key_Down);
        m_driver.screenshot(QStringLiteral("keyboard-size-row-") + theme());
        const QString size = editor->property("size").toString();
        QVERIFY2(!size.isEmpty() && size != firstSize, qPrintable(size));

        // Tab to the node count and lower it by one with the arrow key (the
        // demo account is near its droplet limit).
        const int count = editor->property("count").toInt();
        QVERIFY2(tabTo(QStringLiteral("countHandle")), qPrintable(focusedName()));
        QTRY_COMPARE(ring()->parentItem(), focused());
        press(Qt::Key_Left);
        QCOMPARE(editor->property("count").toInt(), count - 1);
        // A tag, typed and added with Enter in its field (Enter stays the field's there).
        QVERIFY2(tabTo(QStringLiteral("tagField")), qPrintable(focusedName()));
        typeKeys(QStringLiteral("team:web"));
        press(Qt::Key_Return);
        QTRY_VERIFY(editor->property("tags").toStringList().contains(QStringLiteral("team:web")));
        QVERIFY(isOpen(QStringLiteral("poolEditorDialog")));
        QVERIFY(editor->property("valid").toBool());

        // Enter anywhere else reviews: the plan opens with Apply focused.
        QVERIFY(tabTo(QStringLiteral("countHandle")));
        press(Qt::Key_Return);
        QTRY_VERIFY(isOpen(QStringLiteral("planDialog")));
        QTRY_VERIFY(plan->property("hasChanges").toBool());
        QVERIFY(plan->property("planText").toString().contains(PoolName));
        QTRY_COMPARE(focusedName(), QStringLiteral("planApplyButton"));
        m_driver.screenshot(QStringLiteral("keyboard-plan-") + theme());
        QVERIFY(!m_app.simulator().poolByName(m_clusterId, PoolName)); // nothing sent yet

        // Enter applies; the simulator then holds the pool as typed.
        press(Qt::Key_Return);
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_app.simulator().clock().advance(5);
                return plan->property("finished").toBool();
            },
            20'000));
        QVERIFY2(plan->property("succeeded").toBool(),
                 qPrintable(plan->property("resultText").toString()));
        const auto pool = m_app.simulator().poolByName(m_clusterId, PoolName);
        QVERIFY(pool);
        QCOMPARE(pool->count, count - 1);
        QCOMPARE(pool->size, size);
        QVERIFY(pool->tags.contains(QStringLiteral("team:web")));

        // Esc closes the finished plan.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!object(QStringLiteral("planDialog"))->property("visible").toBool());
    }

    void f1AndCtrlQuestionMarkShowEveryShortcut()
    {
        for (const auto& [key, modifiers] :
             {std::pair{Qt::Key_F1, Qt::KeyboardModifiers()},
              std::pair{Qt::Key_Question, Qt::KeyboardModifiers(Qt::ControlModifier)}}) {
            press(key, modifiers);
            QTRY_VERIFY(isOpen(QStringLiteral("shortcutsSheet")));
            app::ShortcutTable table;
            for (const auto& entry : app::ShortcutTable::table()) {
                auto* keys = m_driver.find(QStringLiteral("shortcutKeys_") + entry.action);
                QVERIFY2(keys, qPrintable(entry.action));
                QCOMPARE(keys->property("text").toString(), table.keys(entry.action));
                QVERIFY(!keys->property("text").toString().isEmpty());
            }
            m_driver.screenshot(QStringLiteral("keyboard-shortcuts-sheet-") + theme());
            press(Qt::Key_Escape);
            QTRY_VERIFY(!object(QStringLiteral("shortcutsSheet"))->property("visible").toBool());
        }
    }

    void theDrawersOpenByKeysTakeTheFocusAndCloseWithEsc()
    {
        for (const auto& [key, drawer] : {std::pair{Qt::Key_K, QStringLiteral("costDrawer")},
                                          std::pair{Qt::Key_E, QStringLiteral("manifestDrawer")}}) {
            press(key, Qt::ControlModifier);
            QTRY_VERIFY2(isOpen(drawer), qPrintable(drawer));
            auto* content = object(drawer)->property("contentItem").value<QQuickItem*>();
            QVERIFY(content);
            QTRY_VERIFY2(content->parentItem()->isAncestorOf(focused()), qPrintable(focusedName()));
            press(Qt::Key_Tab);
            QVERIFY2(content->parentItem()->isAncestorOf(focused()), qPrintable(focusedName()));
            press(Qt::Key_Escape);
            QTRY_VERIFY2(!object(drawer)->property("visible").toBool(), qPrintable(drawer));
        }
    }

    void escClosesTheNodeDeleteDialogWithoutDeleting()
    {
        const QString nodeId = openNodeDeleteByKeys();
        QVERIFY(!nodeId.isEmpty());
        // The dialog has the focus (on its first field), so Esc is its own.
        QTRY_COMPARE(focusedName(), QStringLiteral("skipDrainBox"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!object(QStringLiteral("nodeDeleteDialog"))->property("visible").toBool());
        m_app.simulator().clock().advance(60);
        QTRY_VERIFY(!m_app.workspace->loading());
        QVERIFY(simulatorHoldsNode(nodeId));
    }

    void enterOnTheFocusedCancelDoesNotDeleteTheNode()
    {
        const QString nodeId = openNodeDeleteByKeys();
        QVERIFY(!nodeId.isEmpty());
        QVERIFY2(tabTo(QStringLiteral("nodeDeleteCancelButton")), qPrintable(focusedName()));
        m_driver.screenshot(QStringLiteral("keyboard-node-delete-cancel-") + theme());
        press(Qt::Key_Return);
        QTRY_VERIFY(!object(QStringLiteral("nodeDeleteDialog"))->property("visible").toBool());
        m_app.simulator().clock().advance(60);
        QTRY_VERIFY(!m_app.workspace->loading());
        QVERIFY(simulatorHoldsNode(nodeId));
        QCOMPARE(m_app.workspace->errorText(), QString());
    }

    void tooltipsNameTheSameKeysAsTheSheet()
    {
        app::ShortcutTable table;
        const QList<std::pair<QString, QString>> buttons = {
            {QStringLiteral("refreshButton"), QStringLiteral("refresh")},
            {QStringLiteral("manifestsButton"), QStringLiteral("manifests")},
            {QStringLiteral("costsButton"), QStringLiteral("costs")},
            {QStringLiteral("newPoolButton"), QStringLiteral("newPool")},
            {QStringLiteral("editPoolButton"), QStringLiteral("editPool")},
            {QStringLiteral("deletePoolButton"), QStringLiteral("deletePool")},
            {QStringLiteral("editorUndoButton"), QStringLiteral("undo")},
            {QStringLiteral("editorReviewButton"), QStringLiteral("review")},
            {QStringLiteral("planApplyButton"), QStringLiteral("apply")},
        };
        for (const auto& [button, action] : buttons) {
            QObject* item = object(button);
            QVERIFY2(item, qPrintable(button));
            const QString tip = QQmlProperty(item, QStringLiteral("ToolTip.text"), qmlContext(item))
                                    .read()
                                    .toString();
            QCOMPARE(tip, table.tip(action));
            QVERIFY2(tip.contains(table.keys(action)), qPrintable(tip));
        }
    }

    void everyActionHasKeysAndNoTwoShareThemWhereBothWork()
    {
        const auto& table = app::ShortcutTable::table();
        // The group whose keys work everywhere: they may not be reused at all.
        QString anywhere;
        for (const auto& entry : table)
            if (entry.action == u"shortcuts")
                anywhere = entry.group;
        QVERIFY(!anywhere.isEmpty());
        QSet<QString> actions;
        for (const auto& entry : table) {
            QVERIFY2(!actions.contains(entry.action), qPrintable(entry.action));
            actions.insert(entry.action);
            QVERIFY2(!entry.text.isEmpty(), qPrintable(entry.action));
            QVERIFY2(!entry.sequences.isEmpty() || !entry.keysText.isEmpty(),
                     qPrintable(entry.action));
            for (const QString& sequence : entry.sequences)
                QVERIFY2(!QKeySequence(sequence).isEmpty(), qPrintable(sequence));
        }
        for (const auto& a : table)
            for (const auto& b : table) {
                if (&a == &b || (a.group != b.group && a.group != anywhere && b.group != anywhere))
                    continue;
                for (const QString& sequence : a.sequences)
                    QVERIFY2(!b.sequences.contains(sequence),
                             qPrintable(QStringLiteral("%1 is both %2 and %3")
                                            .arg(sequence, a.action, b.action)));
            }
    }
};

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
