import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// While an apply runs with its dialog closed ("Stop watching"), and after it
// ends until dismissed: what it is doing, or how it ended, and Show.
Rectangle {
    id: banner

    required property PlanController controller
    // The plan dialog is open: it says all this itself.
    property bool dialogOpen: false
    property bool dismissed: false

    signal showRequested()

    objectName: "backgroundApplyBanner"
    visible: !dialogOpen && (controller.running || (controller.finished && !dismissed))
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    color: controller.running || controller.succeeded ? Colors.chipBackground : Colors.errorBackground
    border.color: controller.running || controller.succeeded ? palette.mid : Colors.errorBorder

    Connections {
        target: banner.controller
        function onRunChanged() {
            if (banner.controller.running)
                banner.dismissed = false
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 10
        spacing: 8
        BusyIndicator {
            visible: banner.controller.running
            running: visible
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
        }
        Label {
            objectName: "backgroundApplyText"
            text: banner.controller.running
                  ? qsTr("Applying in the background: %1")
                        .arg(banner.controller.stepText.length > 0 ? banner.controller.stepText
                                                                  : qsTr("waiting to send the first step"))
                  : banner.controller.resultText
            color: banner.controller.running || banner.controller.succeeded ? Colors.chipText
                                                                           : Colors.errorText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Button {
            objectName: "backgroundApplyShowButton"
            text: qsTr("Show")
            onClicked: banner.showRequested()
        }
        Button {
            objectName: "backgroundApplyDismissButton"
            visible: !banner.controller.running
            text: qsTr("Dismiss")
            flat: true
            onClicked: banner.dismissed = true
        }
    }
}
