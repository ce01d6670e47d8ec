#pragma once

#include "app/shell/workspace.h"
#include "core/nodepool.h"
#include "core/validation.h"
#include "core/validationissue.h"
#include "draftstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace app {

// The pool editor's draft, for a new pool or an existing one. QML binds its
// controls to these properties and calls the setters as the user types; the
// draft is validated by src/core on every change and each message is keyed by
// the field path (spec.taints[1].effect) so it can stand beside its control.
class PoolEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY contextChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY contextChanged)
    Q_PROPERTY(QString clusterName READ clusterName NOTIFY contextChanged)
    Q_PROPERTY(int dropletLimit READ dropletLimit NOTIFY contextChanged)
    Q_PROPERTY(int liveCount READ liveCount NOTIFY contextChanged)
    Q_PROPERTY(QStringList nodeStates READ nodeStates NOTIFY contextChanged)
    Q_PROPERTY(QStringList automaticTags READ automaticTags NOTIFY contextChanged)
    Q_PROPERTY(QVariantList sizeOptions READ sizeOptions NOTIFY contextChanged)

    Q_PROPERTY(QString name READ name WRITE setName NOTIFY draftChanged)
    Q_PROPERTY(QString size READ size WRITE setSize NOTIFY draftChanged)
    Q_PROPERTY(int count READ count WRITE setCount NOTIFY draftChanged)
    Q_PROPERTY(bool autoScale READ autoScale WRITE setAutoScale NOTIFY draftChanged)
    Q_PROPERTY(int minNodes READ minNodes WRITE setMinNodes NOTIFY draftChanged)
    Q_PROPERTY(int maxNodes READ maxNodes WRITE setMaxNodes NOTIFY draftChanged)
    Q_PROPERTY(QVariantList labels READ labels NOTIFY draftChanged)
    Q_PROPERTY(QVariantList taints READ taints NOTIFY draftChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY draftChanged)
    // The effects a taint may have (core::taintEffects()), for its picker.
    Q_PROPERTY(QStringList taintEffects READ taintEffects CONSTANT)
    // Row counts change only when a row is added or removed, so QML repeaters
    // over them keep their text fields (and the focus) while the user types.
    Q_PROPERTY(int labelCount READ labelCount NOTIFY rowsChanged)
    Q_PROPERTY(int taintCount READ taintCount NOTIFY rowsChanged)
    Q_PROPERTY(bool sizeChangeReplaces READ sizeChangeReplaces NOTIFY draftChanged)
    // A size change replaces the pool. Blue/green (the default) creates the
    // new pool under this name, proposed as NAME-<size> or NAME-2
    // (core::proposeReplacementName) until the user types another.
    Q_PROPERTY(
        QString replacementName READ replacementName WRITE setReplacementName NOTIFY draftChanged)
    // "Keep the name (in-place)": delete the pool first, then create it anew
    // under its name. Only where another pool carries the workload meanwhile.
    Q_PROPERTY(bool keepName READ keepName WRITE setKeepName NOTIFY draftChanged)
    Q_PROPERTY(bool canKeepName READ canKeepName NOTIFY draftChanged)
    // The nodes the cluster is without while an in-place replace runs.
    Q_PROPERTY(int capacityDip READ capacityDip NOTIFY draftChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY draftChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY draftChanged)
    Q_PROPERTY(bool hasSavedDraft READ hasSavedDraft NOTIFY savedDraftChanged)
    Q_PROPERTY(QString savedDraftName READ savedDraftName NOTIFY savedDraftChanged)
    // Why the last draft save failed (path and reason, e.g. a full disk);
    // empty once a save works. The draft stays in memory meanwhile.
    Q_PROPERTY(QString draftSaveError READ draftSaveError NOTIFY savedDraftChanged)
    Q_PROPERTY(bool countChanged READ countTouched NOTIFY draftChanged)

    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY draftChanged)
    Q_PROPERTY(QStringList labelErrors READ labelErrors NOTIFY draftChanged)
    Q_PROPERTY(QStringList taintErrors READ taintErrors NOTIFY draftChanged)
    Q_PROPERTY(QStringList tagErrors READ tagErrors NOTIFY draftChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY draftChanged)
    // "" when valid; else how many problems and the first, with its field path,
    // so the user knows why Review is disabled wherever the field is scrolled.
    Q_PROPERTY(QString problemSummary READ problemSummary NOTIFY draftChanged)
    // Best-practice findings from core::lint, each "message (fix: hint)".
    Q_PROPERTY(QStringList lintWarnings READ lintWarnings NOTIFY draftChanged)
    Q_PROPERTY(QString costNowText READ costNowText NOTIFY draftChanged)
    Q_PROPERTY(QString costBandText READ costBandText NOTIFY draftChanged)
    Q_PROPERTY(QStringList autoscaleWarnings READ autoscaleWarnings NOTIFY draftChanged)

public:
    explicit PoolEditor(QObject* parent = nullptr);

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);

    // Starts a draft for a new pool in the selected cluster.
    Q_INVOKABLE void startNew();
    // Starts a draft from the selected pool.
    Q_INVOKABLE void editCurrentPool();

    bool isNew() const { return m_state.poolId.isEmpty(); }
    QString clusterName() const;
    int dropletLimit() const;
    int liveCount() const { return m_live.spec.count; }
    QStringList nodeStates() const;
    QStringList automaticTags() const { return m_live.automaticTags; }
    QVariantList sizeOptions() const;

    QString name() const { return m_state.spec.name; }
    void setName(const QString& name);
    QString size() const { return m_state.spec.size; }
    void setSize(const QString& slug);
    int count() const { return m_state.spec.count; }
    void setCount(int count);
    bool autoScale() const { return m_state.spec.autoScale; }
    void setAutoScale(bool on);
    int minNodes() const { return m_state.spec.minNodes; }
    void setMinNodes(int value);
    int maxNodes() const { return m_state.spec.maxNodes; }
    void setMaxNodes(int value);
    QVariantList labels() const;
    QVariantList taints() const;
    QStringList tags() const { return m_state.spec.tags; }
    bool countTouched() const { return m_state.countTouched; }
    int labelCount() const { return int(m_state.labelRows.size()); }
    int taintCount() const { return int(m_state.spec.taints.size()); }
    // An existing pool cannot change size: it is replaced by a new pool.
    bool sizeChangeReplaces() const { return !isNew() && m_state.spec.size != m_live.spec.size; }
    QString replacementName() const { return m_replacementName; }
    void setReplacementName(const QString& name);
    bool keepName() const { return m_keepName; }
    void setKeepName(bool keep);
    bool canKeepName() const;
    int capacityDip() const { return sizeChangeReplaces() && m_keepName ? m_live.spec.count : 0; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    bool hasSavedDraft() const { return m_savedDraft.has_value(); }
    QString draftSaveError() const { return m_draftSaveError; }
    QString savedDraftName() const { return m_savedDraft ? m_savedDraft->spec.name : QString(); }

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Reopens the draft left by a crash or an unfinished session, selecting its
    // cluster and pool. Returns false when they no longer exist.
    Q_INVOKABLE bool restoreSavedDraft();
    // Forgets the draft on disk: the user cancelled or the change was applied.
    Q_INVOKABLE void discardDraft();
    // Where drafts are kept; tests point it at a temporary folder.
    void setDraftStore(const DraftStore& store);

    Q_INVOKABLE void setLabel(int row, const QString& key, const QString& value);
    Q_INVOKABLE void addLabel();
    Q_INVOKABLE void removeLabel(int row);
    Q_INVOKABLE void setTaint(int row, const QString& key, const QString& value,
                              const QString& effect);
    Q_INVOKABLE void addTaint(const QString& key = {}, const QString& value = {},
                              const QString& effect = QStringLiteral("NoSchedule"));
    Q_INVOKABLE void removeTaint(int row);
    Q_INVOKABLE QStringList taintPresets() const;
    QStringList taintEffects() const { return core::taintEffects(); }
    Q_INVOKABLE void addTaintPreset(const QString& preset);
    Q_INVOKABLE void addTag(const QString& tag);
    Q_INVOKABLE void removeTag(int row);

    QVariantMap fieldErrors() const;
    // The message for one field path, or "".
    Q_INVOKABLE QString errorFor(const QString& path) const;
    // One message per label, taint or tag row ("" where the row is fine).
    QStringList labelErrors() const;
    QStringList taintErrors() const;
    QStringList tagErrors() const;
    bool valid() const { return m_issues.isEmpty(); }
    QStringList lintWarnings() const { return m_lintWarnings; }
    QString problemSummary() const;
    QString costNowText() const;
    QString costBandText() const;
    QStringList autoscaleWarnings() const;

    // What the editor would send: the draft with label rows folded into a map.
    core::NodePoolSpec draft() const;

Q_SIGNALS:
    void contextChanged();
    void draftChanged();
    void rowsChanged();
    void savedDraftChanged();

private:
    // A core validation message with its explanation, as the editor shows it.
    static QString withHint(const QString& message, const QString& hint);
    void startFrom(const core::NodePool& live, const QString& poolId);
    // Applies one user change: records it for undo, revalidates, saves the draft.
    void edit(const std::function<void(Draft&)>& change);
    void setState(const Draft& state);
    void revalidate();
    QString firstErrorUnder(const QString& pathPrefix) const;
    qint64 priceOf(const QString& slug) const;
    // The names of the cluster's pools other than this one.
    QStringList otherPoolNames() const;
    // Proposes a replacement name for the draft's size unless one was typed.
    void proposeReplacementName();
    // The replacement choice's problems, as validation issues.
    void checkReplacement();

    QPointer<Workspace> m_workspace;
    core::NodePool m_live;
    Draft m_state;
    QList<Draft> m_undo;
    QList<Draft> m_redo;
    QList<core::ValidationIssue> m_issues;
    QStringList m_lintWarnings;
    DraftStore m_store;
    std::optional<Draft> m_savedDraft;
    QString m_draftSaveError;
    // Writes m_state to the draft file; a failure is kept for draftSaveError.
    void saveDraft();
    // The replacement's choices are the review's, not the draft's: a draft
    // restored after a crash proposes the name again.
    QString m_replacementName;
    bool m_replacementNameTyped = false;
    bool m_keepName = false;
};

} // namespace app
