import QtQuick
import QtQuick.Controls
import PoolStudio

// Asked before the window quits or switches context while an apply runs.
// "Keep running" goes back; the other choice stops sending (the journal keeps
// what was sent, so the next start of this context offers Resume).
Dialog {
    id: dialog

    // What goes ahead: "Quit anyway", "Switch anyway".
    property string proceedText: qsTr("Quit anyway")
    signal proceed()

    objectName: "applyRunningDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(560, parent ? parent.width - 80 : 560)
    title: qsTr("An apply is still running")

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("What was sent goes on in DigitalOcean, but the steps not sent yet are not "
                   + "sent. A blue/green replace stopped now leaves both pools running and "
                   + "billed. The apply is journaled: the next time this context opens, it "
                   + "offers Resume, Roll back or Forget.")
    }

    footer: DialogButtonBox {
        Button {
            objectName: "applyRunningProceedButton"
            text: dialog.proceedText
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                dialog.close()
                dialog.proceed()
            }
        }
        Button {
            objectName: "applyRunningKeepButton"
            text: qsTr("Keep running")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    // Enter takes the highlighted, safe choice: it keeps the apply running.
    // Set here, not bound inside: there `dialog` is DialogKeys' own property.
    DialogKeys {
        id: keys
        acceptButton: "applyRunningKeepButton"
    }
    Component.onCompleted: keys.dialog = dialog
}
