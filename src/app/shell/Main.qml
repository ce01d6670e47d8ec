pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

ApplicationWindow {
    id: window

    required property Workspace workspace
    // Given by the application (null in tests that load the window alone):
    // the context switcher and sign-in flows.
    property AccountController accounts: null

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: workspace.demoMode ? qsTr("Pool Studio — demo")
           : accounts && accounts.contextName.length > 0
             ? qsTr("Pool Studio — %1").arg(accounts.contextName) : qsTr("Pool Studio")

    // Every sequence comes from the Shortcuts table, which the tooltips and
    // the F1 sheet read too.
    Shortcut {
        objectName: "refreshShortcut"
        sequences: Shortcuts.sequences("refresh")
        onActivated: window.workspace.refresh()
    }
    Shortcut {
        objectName: "newPoolShortcut"
        sequences: Shortcuts.sequences("newPool")
        enabled: window.workspace.currentClusterName.length > 0 && !editorDialog.visible
                 && !window.workspace.readOnly
        onActivated: window.newPool()
    }
    Shortcut {
        objectName: "editPoolShortcut"
        sequences: Shortcuts.sequences("editPool")
        enabled: window.canChangePool
        onActivated: window.editPool()
    }
    Shortcut {
        objectName: "deletePoolShortcut"
        sequences: Shortcuts.sequences("deletePool")
        enabled: window.canChangePool
        onActivated: window.deletePool()
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
        onActivated: clusterList.focusFilter()
    }
    Shortcut {
        objectName: "shortcutsShortcut"
        sequences: Shortcuts.sequences("shortcuts")
        // Help works over any dialog too.
        context: Qt.ApplicationShortcut
        onActivated: shortcutsSheet.open()
    }

    readonly property bool canChangePool: window.workspace.currentPoolName.length > 0
                                          && !window.workspace.readOnly

    // Keyboard: the focus ring, and Enter, Ctrl+Enter and first-field focus
    // for the dialogs (Esc is their closePolicy).
    FocusRing {
        window: window
    }
    DialogKeys {
        dialog: editorDialog
        acceptButton: "editorReviewButton"
        enterKeepers: ["tagField"]
    }
    DialogKeys {
        dialog: planDialog
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
        dialog: shortcutsSheet
        acceptButton: "shortcutsCloseButton"
    }
    ShortcutsSheet {
        id: shortcutsSheet
    }

    function newPool() {
        poolEditor.startNew()
        editorDialog.open()
    }
    function deletePool() {
        planController.planDeleteCurrentPool()
        planDialog.open()
    }
    function editPool() {
        poolEditor.editCurrentPool()
        editorDialog.open()
    }

    PoolEditor {
        id: poolEditor
        objectName: "poolEditor"
        workspace: window.workspace
    }
    CostDrawer {
        id: costDrawer
        workspace: window.workspace
    }
    ManifestDrawer {
        id: manifestDrawer
        workspace: window.workspace
        planController: planController
        onPlanRequested: planDialog.open()
    }
    PoolEditorDialog {
        id: editorDialog
        editor: poolEditor
        onReviewRequested: {
            planController.planFromEditor(poolEditor)
            planDialog.open()
        }
    }
    ClusterAutoscalerDialog {
        id: autoscalerDialog
        workspace: window.workspace
        planController: planController
        onPlanRequested: planDialog.open()
    }
    PlanController {
        id: planController
        objectName: "planController"
        workspace: window.workspace
        onApplied: poolEditor.discardDraft()
    }
    PlanDialog {
        id: planDialog
        controller: planController
    }
    // An apply cut short (its journal), and asking before quitting mid-apply.
    InterruptedApply {
        id: interruptedApply
        objectName: "interruptedApply"
        controller: planController
    }
    property bool quitConfirmed: false
    onClosing: (close) => {
        if (planController.running && !quitConfirmed) {
            close.accepted = false
            quitWhileApplying.open()
        }
    }
    ApplyRunningDialog {
        id: quitWhileApplying
        onProceed: {
            planController.cancel()
            window.quitConfirmed = true
            window.close()
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8
            spacing: 12

            Label {
                text: qsTr("Pool Studio")
                font.bold: true
                font.pixelSize: 16
            }
            Label {
                objectName: "accountLabel"
                text: window.workspace.accountLabel
                opacity: 0.8
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ContextSwitcher {
                visible: window.accounts !== null
                accounts: window.accounts
                workspace: window.workspace
                planController: planController
            }
            BusyIndicator {
                running: window.workspace.loading
                visible: running
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            ToolButton {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                enabled: !window.workspace.loading
                onClicked: window.workspace.refresh()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("refresh")
            }
            ToolButton {
                objectName: "manifestsButton"
                text: qsTr("Manifests")
                onClicked: manifestDrawer.open()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("manifests")
            }
            ToolButton {
                objectName: "costsButton"
                text: qsTr("Costs")
                onClicked: costDrawer.open()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("costs")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // An edit that was never applied, left by a crash or a closed window.
        Rectangle {
            objectName: "draftBanner"
            visible: poolEditor.hasSavedDraft && window.workspace.loaded && !editorDialog.visible
            Layout.fillWidth: true
            implicitHeight: visible ? draftRow.implicitHeight + 16 : 0
            color: Colors.draftBackground
            border.color: Colors.draftBorder
            RowLayout {
                id: draftRow
                anchors.fill: parent
                anchors.margins: 8
                Label {
                    text: qsTr("An unapplied edit of pool %1 was kept from your last session.")
                              .arg(poolEditor.savedDraftName)
                    color: Colors.draftText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "restoreDraftButton"
                    text: qsTr("Restore")
                    onClicked: {
                        if (poolEditor.restoreSavedDraft())
                            editorDialog.open()
                        else
                            window.workspace.showError(qsTr("The pool or cluster of that edit no longer exists."))
                    }
                }
                Button {
                    objectName: "discardDraftButton"
                    text: qsTr("Discard")
                    flat: true
                    onClicked: poolEditor.discardDraft()
                }
            }
        }

        InterruptedApplyBanner {
            Layout.fillWidth: true
            interrupted: interruptedApply
            onRunStarted: planDialog.open()
        }
        BackgroundApplyBanner {
            Layout.fillWidth: true
            controller: planController
            dialogOpen: planDialog.visible
            onShowRequested: planDialog.open()
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: window.workspace.errorText
            onRetry: window.workspace.refresh()
            onDismissed: window.workspace.dismissError()
        }
        ReadOnlyBanner {
            Layout.fillWidth: true
            reason: window.workspace.readOnlyReason
            canSignIn: window.accounts !== null && !window.workspace.demoMode
            onSignInRequested: window.accounts.showSignIn()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ClusterList {
                id: clusterList
                SplitView.preferredWidth: 320
                SplitView.minimumWidth: 240
                workspace: window.workspace
            }
            PoolList {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
                workspace: window.workspace
                onNewPoolRequested: window.newPool()
                onEditPoolRequested: window.editPool()
                onDeletePoolRequested: window.deletePool()
                onClusterAutoscalerRequested: autoscalerDialog.open()
            }
            NodeList {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                workspace: window.workspace
            }
        }
    }

    footer: StatusBar {
        workspace: window.workspace
    }

    Binding {
        target: window.workspace
        property: "windowActive"
        value: window.visibility !== Window.Minimized && window.visibility !== Window.Hidden
    }

    Component.onCompleted: {
        Colors.applyTheme(palette)
        workspace.refresh()
    }
}
