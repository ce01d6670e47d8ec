#pragma once

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

// Drives the real QML the way a user does, by objectName: finds items (view
// delegates and popup contents included), clicks, types, and saves what the
// window shows when POOLSTUDIO_SCREENSHOT_DIR is set so a person can look.
class WindowDriver
{
public:
    explicit WindowDriver(QQuickWindow* window = nullptr) : m_window(window) {}

    void setWindow(QQuickWindow* window) { m_window = window; }
    QQuickWindow* window() const { return m_window; }

    template <typename T = QQuickItem> T* find(const QString& objectName) const
    {
        if (T* object = m_window->findChild<T*>(objectName))
            return object;
        return qobject_cast<T*>(findItem(m_window->contentItem(), objectName));
    }

    // Emits the item's clicked() (or triggered() for menu items): what a
    // mouse click or the keyboard would do, without aiming at pixels.
    bool click(const QString& objectName) const
    {
        QQuickItem* item = find(objectName);
        if (!item || !item->isEnabled())
            return false;
        const int triggered = item->metaObject()->indexOfSignal("triggered()");
        return QMetaObject::invokeMethod(item, triggered >= 0 ? "triggered" : "clicked");
    }

    // Focuses the item, selects what it holds and types the text key by key.
    void type(const QString& objectName, const QString& text) const
    {
        QQuickItem* item = find(objectName);
        QVERIFY2(item, qPrintable(objectName));
        item->forceActiveFocus();
        QMetaObject::invokeMethod(item, "selectAll");
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    void key(Qt::Key key, int times = 1) const
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(m_window, key);
    }

    void screenshot(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("POOLSTUDIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png")));
    }

private:
    static QQuickItem* findItem(QQuickItem* root, const QString& objectName)
    {
        if (root->objectName() == objectName)
            return root;
        for (QQuickItem* child : root->childItems())
            if (QQuickItem* found = findItem(child, objectName))
                return found;
        return nullptr;
    }

    QQuickWindow* m_window;
};
