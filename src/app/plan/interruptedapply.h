#pragma once

#include "core/applyjournal.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace app {

class PlanController;
class Workspace;

// The journal an apply left behind when it was cut short (the app killed, a
// context switched, Stop sending), as the window offers it: what was sent,
// what is live now, and Resume · Roll back · Forget. It looks when the
// window opens (each context has its own window and folder), after each
// refresh, and whenever a run of the controller ends.
class InterruptedApply : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(app::PlanController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    // "An apply was interrupted at step 1 of 1 (replace web with ...): ..."
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // The pools the journal touches as the last refresh saw them.
    Q_PROPERTY(QString liveText READ liveText NOTIFY changed)
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)
    Q_PROPERTY(bool canRollBack READ canRollBack NOTIFY changed)
    // Why Roll back is not offered, or what it would do.
    Q_PROPERTY(QString rollBackText READ rollBackText NOTIFY changed)
    // A journal that does not read: only Forget is offered.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit InterruptedApply(QObject* parent = nullptr);

    PlanController* controller() const { return m_controller; }
    void setController(PlanController* controller);

    bool pending() const { return m_journal.has_value() || !m_errorText.isEmpty(); }
    QString text() const;
    QString liveText() const;
    QStringList steps() const;
    bool canRollBack() const { return m_rollback.has_value(); }
    QString rollBackText() const { return m_rollBackText; }
    QString errorText() const { return m_errorText; }

    // Reads the journal file again.
    Q_INVOKABLE void check();
    // Sends what the journal has not sent yet (a create first looked for by
    // name, so nothing is made twice), in the plan dialog.
    Q_INVOKABLE bool resume();
    // Deletes what the apply created (core::rollbackJournal), in the plan dialog.
    Q_INVOKABLE bool rollBack();
    // Removes the journal; the cluster is left as it is.
    Q_INVOKABLE bool forget();

Q_SIGNALS:
    void controllerChanged();
    void changed();
    // Resume or Roll back started a run: the window shows the plan dialog.
    void runStarted();

private:
    Workspace* workspace() const;

    QPointer<PlanController> m_controller;
    QPointer<Workspace> m_workspace; // the one connected for refreshes
    std::optional<core::ApplyJournal> m_journal;
    std::optional<core::ApplyJournal> m_rollback;
    QString m_rollBackText;
    QString m_errorText;
};

} // namespace app
