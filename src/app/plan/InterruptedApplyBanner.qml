pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// "An apply was interrupted at step N (what was sent; what is live now):
// Resume · Roll back · Forget", above the pools while this context's apply
// journal says an apply was cut short. Roll back and Forget ask first.
Rectangle {
    id: banner

    required property InterruptedApply interrupted
    // Resume or Roll back started: the window opens the plan dialog.
    signal runStarted()

    objectName: "interruptedApplyBanner"
    visible: interrupted.pending
    implicitHeight: visible ? column.implicitHeight + 16 : 0
    color: Colors.cautionBackground
    border.color: Colors.cautionBorder

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("INTERRUPTED")
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
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "interruptedText"
                    text: banner.interrupted.errorText.length > 0 ? banner.interrupted.errorText
                                                                 : banner.interrupted.text + "."
                    color: Colors.cautionText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "interruptedLiveText"
                    visible: text.length > 0
                    text: banner.interrupted.liveText
                    color: Colors.cautionText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "interruptedResumeButton"
                visible: banner.interrupted.errorText.length === 0
                text: qsTr("Resume")
                highlighted: true
                onClicked: {
                    if (banner.interrupted.resume())
                        banner.runStarted()
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send what was not sent yet; what was sent is looked at first, "
                                   + "so nothing is made twice")
                Layout.alignment: Qt.AlignTop
            }
            Button {
                objectName: "interruptedRollBackButton"
                visible: banner.interrupted.errorText.length === 0
                enabled: banner.interrupted.canRollBack
                text: qsTr("Roll back…")
                onClicked: rollBackDialog.open()
                HoverHandler { id: rollBackHover }
                ToolTip.visible: rollBackHover.hovered
                ToolTip.text: banner.interrupted.rollBackText
                Layout.alignment: Qt.AlignTop
            }
            Button {
                objectName: "interruptedForgetButton"
                text: qsTr("Forget…")
                flat: true
                onClicked: forgetDialog.open()
                Layout.alignment: Qt.AlignTop
            }
        }
    }

    Dialog {
        id: rollBackDialog
        objectName: "interruptedRollBackDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(560, parent ? parent.width - 80 : 560)
        title: qsTr("Roll back the interrupted apply?")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: banner.interrupted.rollBackText
        }
        footer: DialogButtonBox {
            Button {
                objectName: "interruptedRollBackCancel"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "interruptedRollBackConfirm"
                text: qsTr("Roll back")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: {
            if (banner.interrupted.rollBack())
                banner.runStarted()
        }
    }
    DialogKeys {
        dialog: rollBackDialog
        acceptButton: "interruptedRollBackConfirm"
    }

    Dialog {
        id: forgetDialog
        objectName: "interruptedForgetDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(560, parent ? parent.width - 80 : 560)
        title: qsTr("Forget the interrupted apply?")
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("The cluster is left as it is now; nothing is sent. Pools the apply "
                       + "created stay, and steps it did not send are not sent.")
        }
        footer: DialogButtonBox {
            Button {
                objectName: "interruptedForgetCancel"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "interruptedForgetConfirm"
                text: qsTr("Forget")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: banner.interrupted.forget()
    }
    DialogKeys {
        dialog: forgetDialog
        acceptButton: "interruptedForgetConfirm"
    }
}
