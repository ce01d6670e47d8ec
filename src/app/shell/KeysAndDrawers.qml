import QtQuick
import QtQuick.Controls
import PoolStudio

// What the main window needs before the user acts but does not show in its
// first frame: the keyboard shortcuts, the focus ring, the dialogs' keys and
// the cost and manifest drawers (closed). Main.qml builds it right after its
// first frame, by file name (issue 16: the window's start counts only what
// that frame shows). Every sequence comes from the Shortcuts table, which
// the tooltips and the F1 sheet read too.
Item {
    id: extras

    // The main window (Main.qml): its actions, dialogs and lists.
    required property var window
    readonly property CostDrawer costDrawer: costDrawer
    readonly property ManifestDrawer manifestDrawer: manifestDrawer

    Shortcut {
        objectName: "refreshShortcut"
        sequences: Shortcuts.sequences("refresh")
        onActivated: extras.window.workspace.refresh()
    }
    Shortcut {
        objectName: "newPoolShortcut"
        sequences: Shortcuts.sequences("newPool")
        enabled: extras.window.workspace.currentClusterName.length > 0 && !extras.window.editorOpen
                 && !extras.window.workspace.readOnly
        onActivated: extras.window.newPool()
    }
    Shortcut {
        objectName: "editPoolShortcut"
        sequences: Shortcuts.sequences("editPool")
        enabled: extras.window.canChangePool
        onActivated: extras.window.editPool()
    }
    Shortcut {
        objectName: "deletePoolShortcut"
        sequences: Shortcuts.sequences("deletePool")
        enabled: extras.window.canChangePool
        onActivated: extras.window.deletePool()
    }
    Shortcut {
        objectName: "manifestsShortcut"
        sequences: Shortcuts.sequences("manifests")
        onActivated: manifestDrawer.open()
    }
    Shortcut {
        objectName: "costsShortcut"
        sequences: Shortcuts.sequences("costs")
        onActivated: costDrawer.open()
    }
    Shortcut {
        objectName: "findClusterShortcut"
        sequences: Shortcuts.sequences("findCluster")
        onActivated: extras.window.findCluster()
    }
    Shortcut {
        objectName: "shortcutsShortcut"
        sequences: Shortcuts.sequences("shortcuts")
        // Help works over any dialog too.
        context: Qt.ApplicationShortcut
        onActivated: extras.window.openShortcuts()
    }

    // Keyboard: the focus ring, and Enter, Ctrl+Enter and first-field focus
    // for the dialogs (Esc is their closePolicy).
    FocusRing {
        window: extras.window
    }
    DialogKeys {
        dialog: extras.window.editorDialog
        acceptButton: "editorReviewButton"
        enterKeepers: ["tagField"]
    }
    DialogKeys {
        dialog: extras.window.planDialog
        acceptButton: "planApplyButton"
        focusOrder: ["confirmDestructive", "confirmNameField", "planApplyButton",
                     "planCancelButton"]
    }
    // The drawers take the focus when they open, so Tab moves inside them
    // and Esc closes them.
    DialogKeys {
        dialog: costDrawer
    }
    DialogKeys {
        dialog: manifestDrawer
    }
    DialogKeys {
        dialog: extras.window.shortcutsSheet
        acceptButton: "shortcutsCloseButton"
    }

    // Over the whole window, tool bar and status bar too, as when they were
    // the window's own children.
    CostDrawer {
        id: costDrawer
        parent: Overlay.overlay
        workspace: extras.window.workspace
        costModel: extras.window.costModel
    }
    ManifestDrawer {
        id: manifestDrawer
        parent: Overlay.overlay
        workspace: extras.window.workspace
        planController: extras.window.plans
        onPlanRequested: extras.window.openPlanDialog()
    }
}
