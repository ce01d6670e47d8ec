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

    Popup {
        id: popup
        objectName: "contextPopup"
        parent: button
        y: button.height
        width: 380
        padding: 12

        ColumnLayout {
            width: parent.width
            spacing: 8

            Label {
                text: switcher.workspace.accountLabel.length > 0 ? switcher.workspace.accountLabel
                                                                 : qsTr("Account not loaded yet")
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: switcher.accounts ? switcher.accounts.tokenSourceText : ""
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                visible: switcher.accounts !== null && switcher.accounts.environmentToken
                text: qsTr("Set for this run only. Unset the variable to use your saved contexts "
                           + "at start; switching below uses their tokens now.")
                wrapMode: Text.Wrap
                font.pixelSize: 12
                opacity: 0.7
                Layout.fillWidth: true
            }

            ContextsFileBanner {
                objectName: "switcherContextsBanner"
                accounts: switcher.accounts
                Layout.fillWidth: true
            }

            Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: switcher.palette.mid }

            Label {
                text: switcher.accounts && switcher.accounts.contexts.length > 0
                      ? qsTr("Contexts") : qsTr("No saved contexts yet")
                font.bold: true
                opacity: 0.8
            }
            Repeater {
                model: switcher.accounts ? switcher.accounts.contexts : []
                delegate: Button {
                    required property var modelData
                    objectName: "switchTo_" + modelData.name
                    flat: true
                    text: (modelData.current ? "✓ " : "    ") + modelData.name
                          + (modelData.team.length > 0 ? " · " + modelData.team
                             : modelData.email.length > 0 ? " · " + modelData.email : "")
                    Layout.fillWidth: true
                    contentItem: Label {
                        text: parent.text
                        font.bold: modelData.current
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignLeft
                    }
                    onClicked: {
                        popup.close()
                        if (modelData.current)
                            return
                        if (switcher.planController && switcher.planController.running) {
                            switchWhileApplying.target = modelData.name
                            switchWhileApplying.open()
                        } else {
                            switcher.accounts.switchContext(modelData.name)
                        }
                    }
                }
            }

            Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: switcher.palette.mid }

            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "addAccountButton"
                    text: qsTr("Add account…")
                    onClicked: {
                        popup.close()
                        switcher.accounts.showSignIn()
                    }
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "signOutButton"
                    visible: switcher.accounts !== null && switcher.accounts.canSignOut
                    text: qsTr("Sign out…")
                    onClicked: {
                        popup.close()
                        signOutDialog.open()
                    }
                }
            }
        }
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
