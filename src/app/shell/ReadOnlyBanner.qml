import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Says why every change is disabled: DigitalOcean refused a write with 403, so
// the token may read but not change anything. Stays until another token is
// used: the buttons it explains stay disabled that long too.
Rectangle {
    id: banner

    property string reason
    // Whether the window can go to the sign-in page (not in demo mode).
    property bool canSignIn: false

    signal signInRequested()

    objectName: "readOnlyBanner"
    visible: reason.length > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: Colors.cautionBackground
    border.color: Colors.cautionBorder

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        Label {
            text: qsTr("READ-ONLY")
            color: "white"
            font.pixelSize: 11
            font.bold: true
            leftPadding: 6
            rightPadding: 6
            topPadding: 2
            bottomPadding: 2
            background: Rectangle { radius: 3; color: Colors.cautionBadge }
            Layout.alignment: Qt.AlignTop
        }
        Label {
            objectName: "readOnlyText"
            text: banner.reason
            color: Colors.cautionText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "openTokensPageButton"
            text: qsTr("Create a token…")
            onClicked: Qt.openUrlExternally("https://cloud.digitalocean.com/account/api/tokens")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Opens cloud.digitalocean.com/account/api/tokens in the browser: "
                               + "create a token with write scope there")
        }
        Button {
            objectName: "readOnlySignInButton"
            visible: banner.canSignIn
            text: qsTr("Sign in again…")
            onClicked: banner.signInRequested()
        }
    }
}
