// Runs a Qt Quick Test case of tests/qml/<folder> (ctest passes -input) against the PoolStudio QML
// module linked into this executable.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The module's qmldir is compiled in at qrc:/PoolStudio.
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(poolstudio_quick, Setup)
#include "tst_quick.moc"
