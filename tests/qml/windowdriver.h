#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>
#include <algorithm>

// Drives the real QML the way a user does, by objectName: finds items (view
// delegates and popup contents included), clicks them with the mouse, types,
// and saves what the window shows when POOLSTUDIO_SCREENSHOT_DIR is set so a
// person can look.
class WindowDriver
{
public:
    explicit WindowDriver(QQuickWindow* window = nullptr) : m_window(window) {}

    void setWindow(QQuickWindow* window) { m_window = window; }
    QQuickWindow* window() const { return m_window; }

    // Several objects may share a name (the window's quit question and the
    // context switcher's are both "applyRunningDialog"): the one shown wins,
    // as for a user, else the first. Dialogs the window builds on first use
    // exist from their first opening on.
    template <typename T = QQuickItem> T* find(const QString& objectName) const
    {
        const QList<T*> named = m_window->findChildren<T*>(objectName);
        for (T* object : named)
            if (object->property("visible").toBool())
                return object;
        if (!named.isEmpty())
            return named.first();
        return qobject_cast<T*>(findItem(m_window->contentItem(), objectName));
    }

    // Whether an item of that name exists and is visible. The banners are
    // built when first shown: before, "not shown" finds no item.
    bool shown(const QString& objectName) const
    {
        const QQuickItem* item = find(objectName);
        return item && item->isVisible();
    }

    // Clicks the item as a user would: a real left-button press and release
    // at its centre, through the window. False (with the reason as a
    // warning) when no user could: the item is missing, invisible, disabled,
    // of no size, outside the window, or covered there by another item.
    bool click(const QString& objectName) const
    {
        settle();
        QQuickItem* item = find(objectName);
        if (item)
            scrollIntoView(item);
        const QString why = whyNotClickable(item);
        if (!why.isEmpty()) {
            qWarning("cannot click %s: %s", qPrintable(objectName), qPrintable(why));
            return false;
        }
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item).toPoint());
        return true;
    }

    // Scrolls every view the item is in (a dialog's ScrollView, a list) as
    // far as needed to show it whole, as a user would with the wheel.
    void scrollIntoView(QQuickItem* item) const
    {
        const QPointer<QQuickItem> alive(item);
        QQuickTest::qWaitForPolish(m_window);
        for (QQuickItem* view = alive ? item->parentItem() : nullptr; view;
             view = alive ? view->parentItem() : nullptr) {
            if (!view->inherits("QQuickFlickable"))
                continue;
            const auto* content = view->property("contentItem").value<QQuickItem*>();
            if (!content)
                continue;
            const QRectF shown = content->mapRectFromItem(view, view->boundingRect());
            const QRectF wanted = content->mapRectFromItem(item, item->boundingRect());
            qreal shift = 0;
            if (wanted.bottom() > shown.bottom())
                shift = wanted.bottom() - shown.bottom();
            if (wanted.top() < shown.top() + shift)
                shift = wanted.top() - shown.top();
            if (shift == 0)
                continue;
            const qreal originY = view->property("originY").toReal();
            const qreal last =
                originY + std::max(0.0, view->property("contentHeight").toReal() - view->height());
            const qreal y = view->property("contentY").toReal() + shift;
            view->setProperty("contentY", std::clamp(y, originY, last));
            QQuickTest::qWaitForPolish(m_window);
        }
    }

    // Clicks at `point` of the item (its own coordinates), for what has no
    // item of its own there: a bar of a chart. Fails as click() does, and when
    // the point is not on the item.
    bool clickAt(const QString& objectName, const QPointF& point) const
    {
        settle();
        QQuickItem* item = find(objectName);
        QString why = whyNotClickable(item);
        const QPointF scene = item ? item->mapToScene(point) : QPointF();
        if (why.isEmpty() && !item->contains(point))
            why = QStringLiteral("the point is outside it");
        if (QQuickItem* top = item ? topmostAt(m_window->contentItem(), scene) : nullptr;
            why.isEmpty() && top != item && !item->isAncestorOf(top))
            why = QStringLiteral("it is covered there by %1").arg(describe(top));
        if (!why.isEmpty()) {
            qWarning("cannot click %s: %s", qPrintable(objectName), qPrintable(why));
            return false;
        }
        QTest::mouseClick(m_window, Qt::LeftButton, {}, scene.toPoint());
        return true;
    }

    // Empty when `item` can be clicked at its centre; else why not.
    QString whyNotClickable(QQuickItem* item) const
    {
        if (!item)
            return QStringLiteral("there is no such item");
        const QPointer<QQuickItem> alive(item);
        QQuickTest::qWaitForPolish(m_window); // layouts have placed it
        if (!alive)
            return QStringLiteral("it was deleted while the window settled");
        if (!item->isVisible())
            return QStringLiteral("it is not visible");
        if (!item->isEnabled())
            return QStringLiteral("it is disabled");
        if (item->width() <= 0 || item->height() <= 0)
            return QStringLiteral("it has no size");
        const QPointF centre = centreOf(item);
        if (!QRectF(0, 0, m_window->width(), m_window->height()).contains(centre))
            return QStringLiteral("its centre (%1, %2) is outside the window")
                .arg(centre.x())
                .arg(centre.y());
        QQuickItem* top = topmostAt(m_window->contentItem(), centre);
        if (top != item && !item->isAncestorOf(top))
            return QStringLiteral("it is covered by %1").arg(describe(top));
        return {};
    }

    // Focuses the item, selects what it holds and types the text key by key.
    void type(const QString& objectName, const QString& text) const
    {
        settle();
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

    // Deletes what was deleted later and lets layouts and views place
    // their items, so find() meets only items a user could see. A view
    // releases the delegates of removed rows with deleteLater(): until
    // then the old delegate, still visible and with the same objectName,
    // is found first, and any wait (a polish) frees it under the caller
    // (the crash in tst_driftpanel's rewrite click, on Qt 6.4 and 6.8).
    void settle() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QQuickTest::qWaitForPolish(m_window);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    // "QQuickRectangle in QQuickDialog \"planDialog\"": the item and the
    // nearest named thing it belongs to, for a failure message.
    static QString describe(const QQuickItem* item)
    {
        if (!item)
            return QStringLiteral("nothing");
        QString text = QString::fromLatin1(item->metaObject()->className());
        for (const QObject* owner = item; owner; owner = owner->parent())
            if (!owner->objectName().isEmpty())
                return text + QStringLiteral(" in %1 \"%2\"")
                                  .arg(QString::fromLatin1(owner->metaObject()->className()),
                                       owner->objectName());
        const QQuickItem* parent = item->parentItem();
        return text + QStringLiteral(" (%1×%2 in %3)")
                          .arg(item->width())
                          .arg(item->height())
                          .arg(parent ? QString::fromLatin1(parent->metaObject()->className())
                                      : QStringLiteral("nothing"));
    }

    static QPointF centreOf(const QQuickItem* item)
    {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    }

    // The item a user sees, and a mouse press meets, first at `scenePoint`:
    // children above their parent and in paint order (z, then declaration),
    // an item that clips its children hiding them outside itself.
    static QQuickItem* topmostAt(QQuickItem* item, const QPointF& scenePoint)
    {
        if (!item->isVisible())
            return nullptr;
        const QPointF local = item->mapFromScene(scenePoint);
        const bool inside = item->contains(local);
        if (item->clip() && !inside)
            return nullptr;
        QList<QQuickItem*> children = item->childItems();
        std::stable_sort(children.begin(), children.end(),
                         [](const QQuickItem* a, const QQuickItem* b) { return a->z() < b->z(); });
        for (auto child = children.crbegin(); child != children.crend(); ++child)
            if (QQuickItem* hit = topmostAt(*child, scenePoint))
                return hit;
        // Containers that paint nothing and take no clicks (layouts) let the
        // press through to what is below; so does the popup overlay itself,
        // which passes on what falls outside its popups and dimmers.
        const bool opaque = (item->flags().testFlag(QQuickItem::ItemHasContents) ||
                             item->acceptedMouseButtons() != Qt::NoButton) &&
                            !item->inherits("QQuickOverlay");
        return inside && opaque ? item : nullptr;
    }

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
