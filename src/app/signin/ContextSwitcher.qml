pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// In the tool bar: which context the window works for and where its token
// came from; a click lists the saved contexts to switch to, "Add account…"
// and "Sign out…".
RowLayout {
    id: switcher

    property AccountController accounts
    required property Workspace workspace
    // Switching while it applies asks first (ApplyRunningDialog).
    property PlanController planController: null

    readonly property string title: !accounts ? ""
        : workspace.demoMode ? qsTr("Demo")
        : accounts.contextName.length > 0 ? accounts.contextName
        : accounts.environmentToken ? qsTr("Environment")
        : qsTr("Account")

    spacing: 6

    ToolButton {
        id: button
        objectName: "contextSwitcherButton"
        text: switcher.title + "  ▾"
        font.bold: true
        onClicked: popup.opened ? popup.close() : popup.open()
        ToolTip.visible: hovered && !popup.opened
        ToolTip.text: qsTr("Switch context, add an account or sign out")
    }
    Label {
        objectName: "tokenSourceLabel"
        text: switcher.accounts ? switcher.accounts.tokenSourceText : ""
        font.pixelSize: 12
        opacity: 0.7
        elide: Text.ElideRight
        Layout.maximumWidth: 330
    }
    // contexts.json cannot be used: said in the tool bar, explained in the popup.
    Label {
        objectName: "contextsReadOnlyLabel"
        visible: switcher.accounts !== null && switcher.accounts.contextsReadOnly
        text: qsTr("⚠ Contexts read-only")
        color: Colors.warning
        font.pixelSize: 12
        font.bold: true
        MouseArea {
            anchors.fill: parent
            onClicked: popup.open()
        }
    }

    // The list is built the first time it opens (issue 16), by file name (a
    // bound inline Component cannot be built by a Loader in Qt 6.4), and
    // kept. Not visible: out of the row's layout (the popup shows over it).
    Loader {
        id: popup
        visible: false
        readonly property bool opened: item !== null && item.opened
        function open() {
            if (!item)
                setSource(Qt.resolvedUrl("ContextPopup.qml"), {parent: button, switcher: switcher})
            item.open()
        }
        function close() {
            if (item)
                item.close()
        }
    }

    function switchTo(name) {
        if (planController && planController.running) {
            switchWhileApplying.target = name
            switchWhileApplying.open()
        } else {
            accounts.switchContext(name)
        }
    }
    function askSignOut() {
        signOutDialog.open()
    }

    // The two dialogs are built on first use, not with the window (issue 16),
    // by file name as the window's own (a bound inline Component cannot be
    // built by a Loader in Qt 6.4). They stay built afterwards. Not visible:
    // out of the row's layout (the dialogs' parent is the overlay).
    Loader {
        id: switchWhileApplying
        property string target
        visible: false
        function open() {
            if (!item)
                setSource(Qt.resolvedUrl("ApplyRunningDialog.qml"),
                          {parent: switcher.Overlay.overlay, proceedText: qsTr("Switch anyway")})
            item.open()
        }
    }
    Connections {
        target: switchWhileApplying.item
        function onProceed() {
            switcher.planController.cancel()
            switcher.accounts.switchContext(switchWhileApplying.target)
        }
    }

    Loader {
        id: signOutDialog
        visible: false
        function open() {
            if (!item)
                setSource(Qt.resolvedUrl("SignOutDialog.qml"),
                          {parent: switcher.Overlay.overlay, accounts: switcher.accounts})
            item.open()
        }
    }
    DialogKeys {
        dialog: signOutDialog.item
        acceptButton: "signOutConfirmButton"
    }
}
