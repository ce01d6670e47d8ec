import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Shown while contexts.json cannot be used (written by a newer Pool Studio,
// damaged or unreadable): the file is left exactly as it is and nothing is
// saved to it, until the user chooses to move it aside and start afresh.
// Also shows what the last save or move aside said.
Rectangle {
    id: banner

    required property AccountController accounts

    readonly property bool readOnly: accounts !== null && accounts.contextsReadOnly
    readonly property string message: accounts ? accounts.contextsMessage : ""

    visible: readOnly || message.length > 0
    implicitHeight: visible ? column.implicitHeight + 20 : 0
    color: Colors.cautionBackground
    border.color: Colors.cautionBorder
    radius: 4

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        Label {
            objectName: "contextsProblem"
            visible: banner.readOnly
            text: banner.accounts ? banner.accounts.contextsProblem : ""
            color: Colors.cautionText
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: banner.readOnly
            text: qsTr("Leave it if a newer Pool Studio still uses it. Moving it aside keeps it "
                       + "as a numbered backup beside it (earlier backups stay) and starts a new "
                       + "file with the contexts of this window.")
            color: Colors.cautionText
            font.pixelSize: 12
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "contextsMessage"
            visible: text.length > 0
            text: banner.message
            color: Colors.cautionText
            font.pixelSize: 12
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "moveContextsAsideButton"
            visible: banner.readOnly
            text: qsTr("Move aside and start fresh")
            onClicked: banner.accounts.moveAsideContextsFile()
        }
    }
}
