#pragma once

#include "app/editor/draftstore.h"

// The two drafts appwriter draft-loop saves in turn (round 0: A, 1: B, …),
// also what tst_appcrashsafety compares the file with after a kill.
inline app::Draft draftOf(int round)
{
    app::Draft draft;
    const QString tag = round % 2 ? QStringLiteral("b") : QStringLiteral("a");
    draft.clusterId = QStringLiteral("cluster-1");
    draft.spec.name = QStringLiteral("draft-") + tag;
    draft.spec.cluster.value = draft.clusterId;
    draft.spec.size = QStringLiteral("s-2vcpu-4gb");
    draft.spec.count = round % 2 ? 7 : 3;
    // Enough labels that a write takes a while to tear.
    for (int i = 0; i < 300; ++i) {
        const QString key = QStringLiteral("%1-key-%2").arg(tag).arg(i);
        draft.labelRows.append({key, tag});
        draft.spec.labels.insert(key, tag);
    }
    return draft;
}
