import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// A red bar that says what went wrong, with Retry and Dismiss. Hidden when
// there is nothing to say.
Rectangle {
    id: banner

    property string text
    // Retry only where a refresh can mend it (a failed read).
    property bool canRetry: true

    signal retry()
    signal dismissed()

    objectName: "errorBanner"
    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: Colors.errorBackground
    border.color: Colors.errorBorder

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        Label {
            objectName: "errorText"
            text: banner.text
            color: Colors.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "errorRetryButton"
            text: qsTr("Retry")
            visible: banner.canRetry
            onClicked: banner.retry()
        }
        Button {
            objectName: "errorDismissButton"
            text: qsTr("Dismiss")
            flat: true
            // Flat, it paints only its text: the banner's, readable in both themes.
            palette.buttonText: Colors.errorText
            onClicked: banner.dismissed()
        }
    }
}
