// The window in German (tst_german) and in French (tst_french, the same file
// built with POOLSTUDIO_TEST_FRENCH): the locale set and the translators
// installed as poolstudio's main() does it, then the real Main.qml against
// the demo simulator. Checks labels, a validation message that comes from
// src/core, and numbers and money in the locale's format, on the screen.
// With POOLSTUDIO_SCREENSHOT_DIR set it saves the main window, the editor, the
// plan and the cost page (main-window-de.png, ...), to look at for clipping.
#include "app/browse/poollistmodel.h"
#include "app/shell/money.h"
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "installtranslators.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

namespace {

// What the window must show, as a translator wrote it (translations/tools).
struct Expected
{
    QLocale locale;
    QString suffix; // of the screenshots' names
    QString catalogue;
    QString newPool, refresh, costs, poolsHeading;
    QString nameError;                   // core's message and its hint, as the editor joins them
    QString poolMonthly, clusterMonthly; // default-pool, prod-tor1
    QString negative;
    QString costTotal;
    QString requestsLeft;
};

Expected expected()
{
#ifdef POOLSTUDIO_TEST_FRENCH
    return {
        QLocale(QLocale::French, QLocale::France),
        QStringLiteral("fr"),
        QStringLiteral("poolstudio_fr"),
        QStringLiteral("Nouveau pool…"),
        QStringLiteral("Actualiser"),
        QStringLiteral("Coûts"),
        QStringLiteral("Pools de nœuds de prod-tor1"),
        QStringLiteral("le nom de pool 'Bad_Name' doit se composer de lettres minuscules, "
                       "chiffres et '-', et commencer et finir par une lettre ou un chiffre "
                       "— le nom devient un préfixe des noms de nœuds et une valeur de label, il "
                       "doit donc être un label DNS-1123"),
        QStringLiteral("≈ 48,00\u00a0$/mois"),
        QStringLiteral("≈ 4\u202f973,30\u00a0$/mois"),
        QStringLiteral("-12,00\u00a0$"),
        QStringLiteral("5\u202f343,30\u00a0$"),
        QStringLiteral("Requêtes API restantes\u00a0: ")};
#else
    return {
        QLocale(QLocale::German, QLocale::Germany),
        QStringLiteral("de"),
        QStringLiteral("poolstudio_de"),
        QStringLiteral("Neuer Pool…"),
        QStringLiteral("Aktualisieren"),
        QStringLiteral("Kosten"),
        QStringLiteral("Node-Pools von prod-tor1"),
        QStringLiteral("Poolname 'Bad_Name' darf nur aus Kleinbuchstaben, Ziffern und '-' "
                       "bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und "
                       "enden — der Name wird zum Präfix der Node-Namen und zu einem Label-Wert, "
                       "daher muss er ein DNS-1123-Label sein"),
        QStringLiteral("≈ 48,00\u00a0$/Monat"),
        QStringLiteral("≈ 4.973,30\u00a0$/Monat"),
        QStringLiteral("-12,00\u00a0$"),
        QStringLiteral("5.343,30\u00a0$"),
        QStringLiteral("Verbleibende API-Anfragen: ")};
#endif
}

} // namespace

class TranslatedWindowTest : public QObject
{
    Q_OBJECT

    const Expected m_expected = expected();
    DemoApp m_app;

    template <typename T = QQuickItem> T* find(const QString& objectName) const
    {
        return m_app.driver.find<T>(objectName);
    }
    QString textOf(const QString& objectName) const
    {
        auto* item = find<QObject>(objectName);
        return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(objectName);
    }
    void screenshot(const QString& name) const
    {
        m_app.driver.screenshot(name + u'-' + m_expected.suffix);
    }

private Q_SLOTS:
    // A test that failed half-way leaves no dialog over the next one.
    void cleanup()
    {
        for (const char* name : {"poolEditorDialog", "planDialog"}) {
            auto* dialog = m_app.window->findChild<QObject*>(QLatin1String(name));
            if (!dialog || !dialog->property("opened").toBool())
                continue;
            QMetaObject::invokeMethod(dialog, "close");
            QTRY_VERIFY(!dialog->property("visible").toBool());
        }
    }

    void initTestCase()
    {
        // As main() does, with the language a user would have in LANG.
        QLocale::setDefault(m_expected.locale);
        const QStringList installed = translations::installTranslators(
            QCoreApplication::instance(), QLocale(), {QStringLiteral("qt")});
        QVERIFY2(installed.contains(m_expected.catalogue), qPrintable(installed.join(u", ")));
        m_app.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.workspace->loading(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("pool_default-pool")), 10'000);
    }

    void labelsAreTranslated()
    {
        QCOMPARE(textOf(QStringLiteral("newPoolButton")), m_expected.newPool);
        QCOMPARE(textOf(QStringLiteral("refreshButton")), m_expected.refresh);
        QCOMPARE(textOf(QStringLiteral("costsButton")), m_expected.costs);
        QTRY_COMPARE(textOf(QStringLiteral("poolsHeading")), m_expected.poolsHeading);
    }

    void moneyAndNumbersFollowTheLocale()
    {
        QQuickItem* card = find(QStringLiteral("pool_default-pool"));
        QVERIFY(card);
        auto* monthly = card->findChild<QObject*>(QStringLiteral("poolMonthly"));
        QVERIFY(monthly);
        QTRY_COMPARE(monthly->property("text").toString(), m_expected.poolMonthly);
        // A thousands separator, from the cluster list.
        QQuickItem* cluster = find(QStringLiteral("cluster_prod-tor1"));
        QVERIFY(cluster);
        QStringList texts;
        for (QObject* child : cluster->findChildren<QObject*>())
            if (const QString text = child->property("text").toString(); !text.isEmpty())
                texts << text;
        QVERIFY2(texts.contains(m_expected.clusterMonthly), qPrintable(texts.join(u" | ")));
        // A negative amount keeps its sign in front (not "(12,00 $)").
        QCOMPARE(app::formatMoney(-1200), m_expected.negative);
        // The requests counter: "4.997 von 5.000" in German.
        const QString left = textOf(QStringLiteral("rateLimitLabel"));
        QVERIFY2(left.startsWith(m_expected.requestsLeft), qPrintable(left));
        QVERIFY2(left.contains(m_expected.locale.toString(5000)), qPrintable(left));
        screenshot(QStringLiteral("main-window"));
    }

    void aValidationMessageFromCoreIsTranslated()
    {
        QVERIFY(m_app.driver.click(QStringLiteral("newPoolButton")));
        auto* dialog = m_app.window->findChild<QObject*>(QStringLiteral("poolEditorDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        m_app.driver.type(QStringLiteral("poolNameField"), QStringLiteral("Bad_Name"));
        QTRY_COMPARE(textOf(QStringLiteral("poolNameError")), m_expected.nameError);
        screenshot(QStringLiteral("editor"));
        QVERIFY(m_app.driver.click(QStringLiteral("editorCancelButton")));
        QTRY_VERIFY(!dialog->property("opened").toBool());
    }

    void thePlanOfAResize()
    {
        app::PoolListModel* pools = m_app.workspace->pools();
        int web = -1;
        for (int row = 0; row < pools->rowCount(); ++row)
            if (pools->index(row).data(app::PoolListModel::NameRole).toString() == u"web")
                web = row;
        QVERIFY(web >= 0);
        m_app.workspace->setCurrentPoolIndex(web);
        QTRY_VERIFY(find(QStringLiteral("editPoolButton"))->isEnabled());
        QVERIFY(m_app.driver.click(QStringLiteral("editPoolButton")));
        auto* editor = find<QObject>(QStringLiteral("poolEditor"));
        QTRY_VERIFY(find(QStringLiteral("countHandle")));
        const int count = editor->property("count").toInt();
        find(QStringLiteral("countHandle"))->forceActiveFocus();
        m_app.driver.key(Qt::Key_Right);
        QTRY_COMPARE(editor->property("count").toInt(), count + 1);
        screenshot(QStringLiteral("editor-web"));
        QVERIFY(m_app.driver.click(QStringLiteral("editorReviewButton")));
        auto* plan = m_app.window->findChild<QObject*>(QStringLiteral("planDialog"));
        QVERIFY(plan);
        QTRY_VERIFY(plan->property("opened").toBool());
        QTRY_VERIFY(!textOf(QStringLiteral("planStepCount")).isEmpty());
        screenshot(QStringLiteral("plan"));
        QVERIFY(m_app.driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(!plan->property("opened").toBool());
    }

    void theCostPage()
    {
        // The size the cost page's own tests look at it in (at the default
        // 1280 it is cramped in English too).
        m_app.window->resize(1600, 1000);
        QVERIFY(m_app.driver.click(QStringLiteral("costsButton")));
        auto* drawer = m_app.window->findChild<QObject*>(QStringLiteral("costDrawer"));
        QVERIFY(drawer);
        QTRY_COMPARE(drawer->property("position").toDouble(), 1.0);
        // The demo's total ($5,343.30 in English) in the locale's form.
        QTRY_VERIFY2(textOf(QStringLiteral("costTotal")).contains(m_expected.costTotal),
                     qPrintable(textOf(QStringLiteral("costTotal"))));
        QVERIFY(QQuickTest::qWaitForPolish(m_app.window));
        screenshot(QStringLiteral("cost-page"));
    }
};

QTEST_MAIN(TranslatedWindowTest)
#include "tst_german.moc"
