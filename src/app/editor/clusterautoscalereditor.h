#pragma once

#include "app/shell/workspace.h"
#include "core/autoscalerconfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace app {

class PlanController;

// The selected cluster's cluster_autoscaler_configuration as a draft the
// panel edits: the threshold (with its meaning in words), the unneeded time
// (validated as the API reads a Go duration, the error beside the field) and
// the expanders (ticked in the order the autoscaler applies them). planInto()
// hands the plan dialog one UpdateClusterAutoscaler step with only the
// fields that differ; nothing is sent from here.
class ClusterAutoscalerEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY liveChanged)
    Q_PROPERTY(QString clusterName READ clusterName NOTIFY liveChanged)
    // One line for the pool list and the pool editor: what is in effect.
    Q_PROPERTY(QString liveSummary READ liveSummary NOTIFY liveChanged)

    Q_PROPERTY(double threshold READ threshold WRITE setThreshold NOTIFY draftChanged)
    Q_PROPERTY(QString thresholdMeaning READ thresholdMeaning NOTIFY draftChanged)
    Q_PROPERTY(QString unneededTime READ unneededTime WRITE setUnneededTime NOTIFY draftChanged)
    Q_PROPERTY(QString unneededMeaning READ unneededMeaning NOTIFY draftChanged)
    Q_PROPERTY(QString unneededError READ unneededError NOTIFY draftChanged)
    // The enum in the order the autoscaler should apply them.
    Q_PROPERTY(QStringList expanderChoices READ expanderChoices CONSTANT)
    Q_PROPERTY(QStringList expanders READ expanders NOTIFY draftChanged)
    Q_PROPERTY(QString expandersText READ expandersText NOTIFY draftChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY draftChanged)
    Q_PROPERTY(bool hasChanges READ hasChanges NOTIFY draftChanged)

public:
    explicit ClusterAutoscalerEditor(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);
    QString clusterName() const;
    QString liveSummary() const;

    double threshold() const { return m_threshold; }
    void setThreshold(double threshold);
    QString thresholdMeaning() const;
    QString unneededTime() const { return m_unneeded; }
    void setUnneededTime(const QString& text);
    QString unneededMeaning() const;
    QString unneededError() const;
    QStringList expanderChoices() const;
    QStringList expanders() const { return m_expanders; }
    QString expandersText() const;
    bool valid() const;
    bool hasChanges() const;

    Q_INVOKABLE QString expanderMeaning(const QString& expander) const;
    Q_INVOKABLE void setExpanderChosen(const QString& expander, bool chosen);
    // Back to what the cluster has now.
    Q_INVOKABLE void reset();
    // Shows the change in the plan dialog's controller; false when there is
    // nothing valid to plan.
    Q_INVOKABLE bool planInto(app::PlanController* controller);

    // Only the fields that differ from the live values.
    core::ClusterAutoscalerConfig desired() const;

Q_SIGNALS:
    void liveChanged();
    void draftChanged();

private:
    void onLiveChanged();
    std::optional<core::ClusterAutoscalerConfig> live() const;

    QPointer<Workspace> m_workspace;
    QString m_loadedFor; // the cluster id the draft was loaded from
    double m_threshold = core::DefaultScaleDownUtilizationThreshold;
    QString m_unneeded = QString::fromLatin1(core::DefaultScaleDownUnneededTime);
    QStringList m_expanders;
};

} // namespace app
