pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The context switcher's list (ContextSwitcher.qml): the account, where its
// token came from, the saved contexts to switch to, "Add account…" and
// "Sign out…". Built the first time it opens, not with the window (issue 16).
// Its messages keep the switcher's translation context, where they were
// written and translated.
Popup {
    id: popup
    objectName: "contextPopup"

    required property ContextSwitcher switcher

    y: parent ? parent.height : 0
    width: 380
    padding: 12

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            text: popup.switcher.workspace.accountLabel.length > 0
                  ? popup.switcher.workspace.accountLabel
                  : qsTranslate("ContextSwitcher", "Account not loaded yet")
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: popup.switcher.accounts ? popup.switcher.accounts.tokenSourceText : ""
            wrapMode: Text.Wrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Label {
            visible: popup.switcher.accounts !== null && popup.switcher.accounts.environmentToken
            text: qsTranslate("ContextSwitcher", "Set for this run only. Unset the variable to "
                              + "use your saved contexts at start; switching below uses their "
                              + "tokens now.")
            wrapMode: Text.Wrap
            font.pixelSize: 12
            opacity: 0.7
            Layout.fillWidth: true
        }

        ContextsFileBanner {
            objectName: "switcherContextsBanner"
            accounts: popup.switcher.accounts
            Layout.fillWidth: true
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: popup.switcher.palette.mid }

        Label {
            text: popup.switcher.accounts && popup.switcher.accounts.contexts.length > 0
                  ? qsTranslate("ContextSwitcher", "Contexts")
                  : qsTranslate("ContextSwitcher", "No saved contexts yet")
            font.bold: true
            opacity: 0.8
        }
        Repeater {
            model: popup.switcher.accounts ? popup.switcher.accounts.contexts : []
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
                    if (!modelData.current)
                        popup.switcher.switchTo(modelData.name)
                }
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: popup.switcher.palette.mid }

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "addAccountButton"
                text: qsTranslate("ContextSwitcher", "Add account…")
                onClicked: {
                    popup.close()
                    popup.switcher.accounts.showSignIn()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "signOutButton"
                visible: popup.switcher.accounts !== null && popup.switcher.accounts.canSignOut
                text: qsTranslate("ContextSwitcher", "Sign out…")
                onClicked: {
                    popup.close()
                    popup.switcher.askSignOut()
                }
            }
        }
    }
}
