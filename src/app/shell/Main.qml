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

    Shortcut {
        sequences: [StandardKey.Refresh, "Ctrl+R"]
        onActivated: window.workspace.refresh()
    }
    Shortcut {
        sequences: [StandardKey.New]
        enabled: window.workspace.currentClusterName.length > 0 && !editorDialog.visible
                 && !window.workspace.readOnly
        onActivated: window.newPool()
    }

    Shortcut {
        sequences: ["Ctrl+E"]
        onActivated: manifestDrawer.open()
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: clusterList.focusFilter()
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
                ToolTip.text: qsTr("Fetch clusters and pools again (F5)")
            }
            ToolButton {
                objectName: "manifestsButton"
                text: qsTr("Manifests")
                onClicked: manifestDrawer.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Export pools as YAML, Terraform or doctl; import and plan; drift (Ctrl+E)")
            }
            ToolButton {
                objectName: "costsButton"
                text: qsTr("Costs")
                onClicked: costDrawer.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cost review: charts, history and exports")
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
