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

    readonly property bool canChangePool: window.workspace.currentPoolName.length > 0
                                          && !window.workspace.readOnly

    // The shortcuts, the focus ring, the dialogs' keys and the (closed) cost
    // and manifest drawers are built right after the first frame, not with
    // the window (issue 16: the start counts what that frame shows):
    // KeysAndDrawers.qml, by file name. After the frame's animation step
    // (on this thread), the build is queued, so it runs once the frame is
    // out and before any key the user presses after seeing the window.
    // `extrasReady` says when they exist (tests wait for it).
    readonly property bool extrasReady: extrasLoader.status === Loader.Ready
    // Not typed: the drawers' types would then load with the window.
    readonly property var costDrawer: extrasReady ? extrasLoader.item.costDrawer : null
    readonly property var manifestDrawer: extrasReady ? extrasLoader.item.manifestDrawer : null
    Loader {
        id: extrasLoader
        function build() {
            if (!item)
                setSource("KeysAndDrawers.qml", {window: window})
        }
    }
    // Once: disconnected after the first frame's animation step.
    Connections {
        id: firstFrame
        target: window
        function onAfterAnimating() {
            firstFrame.enabled = false
            Qt.callLater(extrasLoader.build)
        }
    }
    // The Costs and Manifests buttons build them at once if a click comes
    // first.
    function openCosts() {
        extrasLoader.build()
        window.costDrawer.open()
    }
    function openManifests() {
        extrasLoader.build()
        window.manifestDrawer.open()
    }
    function findCluster() {
        clusterList.focusFilter()
    }
    function openShortcuts() {
        openPopup(shortcutsLoader)
    }
    // What the dialogs' keys (KeysAndDrawers.qml) act on; null until opened.
    readonly property var editorDialog: editorLoader.item
    readonly property var planDialog: planLoader.item
    readonly property var shortcutsSheet: shortcutsLoader.item
    readonly property PlanController plans: planController
    // The cost figures live as long as the window: the history of node
    // counts is recorded after every refresh, with the drawer closed or not
    // yet built.
    readonly property CostModel costModel: costFigures
    CostModel {
        id: costFigures
        objectName: "costModel"
        workspace: window.workspace
    }

    function newPool() {
        poolEditor.startNew()
        openPopup(editorLoader)
    }
    function deletePool() {
        planController.planDeleteCurrentPool()
        openPlanDialog()
    }
    function editPool() {
        poolEditor.editCurrentPool()
        openPopup(editorLoader)
    }
    function openPlanDialog() {
        openPopup(planLoader)
    }

    // The dialogs are built the first time they open, not with the window,
    // and by file name, so that neither they nor what they import (Qt Quick
    // Dialogs, say) load before the first frame (issue 16). Each Loader's
    // item is null until then and stays afterwards: a dialog keeps its state
    // between openings, as before. Their objectNames (planDialog, ...) exist
    // from that first opening on.
    function popup(loader) {
        if (!loader.item)
            loader.setSource(Qt.resolvedUrl(loader.file), Object.assign({parent: window.contentItem},
                                                        loader.properties))
        return loader.item
    }
    function openPopup(loader) {
        popup(loader).open()
    }
    readonly property bool editorOpen: editorLoader.item !== null && editorLoader.item.visible
    readonly property bool planDialogOpen: planLoader.item !== null && planLoader.item.visible

    PoolEditor {
        id: poolEditor
        objectName: "poolEditor"
        workspace: window.workspace
    }
    Loader {
        id: editorLoader
        readonly property string file: "PoolEditorDialog.qml"
        readonly property var properties: ({editor: poolEditor})
    }
    Connections {
        target: editorLoader.item
        function onReviewRequested() {
            planController.planFromEditor(poolEditor)
            window.openPlanDialog()
        }
    }
    Loader {
        id: autoscalerLoader
        readonly property string file: "ClusterAutoscalerDialog.qml"
        readonly property var properties: ({workspace: window.workspace, planController: planController})
    }
    Connections {
        target: autoscalerLoader.item
        function onPlanRequested() {
            window.openPlanDialog()
        }
    }
    Loader {
        id: shortcutsLoader
        readonly property string file: "ShortcutsSheet.qml"
        readonly property var properties: ({})
    }
    PlanController {
        id: planController
        objectName: "planController"
        workspace: window.workspace
        onApplied: poolEditor.discardDraft()
    }
    Loader {
        id: planLoader
        readonly property string file: "PlanDialog.qml"
        readonly property var properties: ({controller: planController})
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
            window.openPopup(quitLoader)
        }
    }
    Loader {
        id: quitLoader
        readonly property string file: "ApplyRunningDialog.qml"
        readonly property var properties: ({})
    }
    Connections {
        target: quitLoader.item
        function onProceed() {
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
            // The spinner only while nothing is shown yet (the first load):
            // it animates at the display's rate, and a refresh of a large
            // account would spend most of its GUI-thread time drawing it.
            // A later refresh says so on its button and in the status bar
            // instead, which costs one repaint at each end. Unloaded after
            // the first load: a hidden Fusion BusyIndicator still runs its
            // 250 ms fade-out animator, 15 frames drawn for nothing.
            Loader {
                // By file, not an inline Component: a bound component here
                // is refused "outside its creation context" (Qt 6.4).
                active: window.workspace.loading && !window.workspace.loaded
                visible: active
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
                source: "FirstLoadSpinner.qml"
            }
            ToolButton {
                id: refreshButton
                objectName: "refreshButton"
                readonly property bool refreshing: window.workspace.loading && window.workspace.loaded
                text: refreshing ? qsTr("Refreshing…") : qsTr("Refresh")
                // As wide as the longer text, so the toolbar does not shift.
                Layout.minimumWidth: Math.ceil(refreshingMetrics.advanceWidth) + leftPadding + rightPadding
                enabled: !window.workspace.loading
                onClicked: window.workspace.refresh()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("refresh")
                TextMetrics {
                    id: refreshingMetrics
                    font: refreshButton.font
                    text: qsTr("Refreshing…")
                }
            }
            ToolButton {
                objectName: "manifestsButton"
                text: qsTr("Manifests")
                onClicked: window.openManifests()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("manifests")
            }
            ToolButton {
                objectName: "costsButton"
                text: qsTr("Costs")
                onClicked: window.openCosts()
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.tip("costs")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // An edit that was never applied, left by a crash or a closed window.
        BannerLoader {
            id: draftBannerLoader
            wanted: poolEditor.hasSavedDraft && window.workspace.loaded && !window.editorOpen
            file: "DraftBanner.qml"
            initialProperties: ({ editor: poolEditor, wanted: true })
            onLoaded: item.wanted = Qt.binding(() => draftBannerLoader.wanted)
            Connections {
                target: draftBannerLoader.item
                ignoreUnknownSignals: true
                function onRestoreRequested() {
                    if (poolEditor.restoreSavedDraft())
                        window.openPopup(editorLoader)
                    else
                        window.workspace.showError(qsTr("The pool or cluster of that edit no longer exists."))
                }
            }
        }

        // The other banners, each built when first wanted (BannerLoader.qml).
        BannerLoader {
            id: interruptedBannerLoader
            wanted: interruptedApply.pending
            file: "InterruptedApplyBanner.qml"
            initialProperties: ({ interrupted: interruptedApply })
            Connections {
                target: interruptedBannerLoader.item
                ignoreUnknownSignals: true
                function onRunStarted() { window.openPlanDialog() }
            }
        }
        BannerLoader {
            id: backgroundBannerLoader
            wanted: planController.running || planController.finished
            file: "BackgroundApplyBanner.qml"
            initialProperties: ({ controller: planController })
            onLoaded: item.dialogOpen = Qt.binding(() => window.planDialogOpen)
            Connections {
                target: backgroundBannerLoader.item
                ignoreUnknownSignals: true
                function onShowRequested() { window.openPlanDialog() }
            }
        }

        BannerLoader {
            id: errorBannerLoader
            wanted: window.workspace.errorText.length > 0
            file: "ErrorBanner.qml"
            initialProperties: ({ text: window.workspace.errorText,
                                  canRetry: window.workspace.errorRetryable })
            onLoaded: {
                item.text = Qt.binding(() => window.workspace.errorText)
                item.canRetry = Qt.binding(() => window.workspace.errorRetryable)
            }
            Connections {
                target: errorBannerLoader.item
                ignoreUnknownSignals: true
                function onRetry() { window.workspace.refresh() }
                function onDismissed() { window.workspace.dismissError() }
            }
        }
        BannerLoader {
            id: readOnlyBannerLoader
            wanted: window.workspace.readOnlyReason.length > 0
            file: "ReadOnlyBanner.qml"
            initialProperties: ({ reason: window.workspace.readOnlyReason })
            onLoaded: {
                item.reason = Qt.binding(() => window.workspace.readOnlyReason)
                item.canSignIn = Qt.binding(() => window.accounts !== null && !window.workspace.demoMode)
            }
            Connections {
                target: readOnlyBannerLoader.item
                ignoreUnknownSignals: true
                function onSignInRequested() { window.accounts.showSignIn() }
            }
        }

        SplitView {
            id: panes
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Fusion's handle, in the window's palette: Fusion's own reads
            // the split view's `palette`, and that first read made the split
            // view a palette of its own and pushed it through all three
            // lists (3 M instructions per handle at start, issue 16). The
            // split view inherits the window's, so the colours are the same.
            handle: Rectangle {
                implicitWidth: 2
                implicitHeight: panes.height
                color: SplitHandle.pressed ? window.palette.dark
                     : (enabled && SplitHandle.hovered ? window.palette.midlight : window.palette.mid)
            }

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
                onClusterAutoscalerRequested: window.openPopup(autoscalerLoader)
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
        // The application starts the first refresh before it builds the
        // window (WindowSwitcher); a window loaded alone starts its own.
        if (!workspace.loading && !workspace.loaded)
            workspace.refresh()
    }
}
