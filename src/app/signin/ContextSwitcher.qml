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

    ApplyRunningDialog {
        id: switchWhileApplying
        property string target
        proceedText: qsTr("Switch anyway")
        onProceed: {
            switcher.planController.cancel()
            switcher.accounts.switchContext(target)
        }
    }

    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: 460
        title: qsTr("Sign out of “%1”?").arg(switcher.accounts ? switcher.accounts.contextName : "")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Its token is removed from %1 and the context is forgotten. To use it "
                       + "again you will need a token.")
                  .arg(switcher.accounts ? switcher.accounts.storeName : "")
        }
        onAccepted: switcher.accounts.signOut()
        Component.onCompleted: {
            standardButton(Dialog.Ok).text = qsTr("Sign out")
            // A name for DialogKeys: standard buttons have none.
            standardButton(Dialog.Ok).objectName = "signOutConfirmButton"
        }
    }
    DialogKeys {
        dialog: signOutDialog
        acceptButton: "signOutConfirmButton"
    }
}
