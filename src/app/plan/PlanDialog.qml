pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Review a plan, confirm it, then watch it run: the step, each node's state as
// it moves, and a clear result. Closing while it runs only stops watching.
Dialog {
    id: dialog

    required property PlanController controller

    readonly property bool deleting: controller.confirmationName.length > 0
    readonly property bool readOnly: controller.workspace !== null && controller.workspace.readOnly
    readonly property bool confirmed: (!controller.destructive || confirmBox.checked)
        && (!deleting || nameField.text === controller.confirmationName)

    objectName: "planDialog"
    title: controller.title
    modal: true
    width: Math.min(parent ? parent.width - 120 : 820, 820)
    height: Math.min(parent ? parent.height - 80 : 640, 640)
    anchors.centerIn: Overlay.overlay
    closePolicy: controller.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    // A new plan needs a new confirmation.
    Connections {
        target: dialog.controller
        function onPlanChanged() {
            confirmBox.checked = false
            nameField.text = ""
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "planCancelButton"
            text: dialog.controller.running ? qsTr("Stop watching")
                  : dialog.controller.finished ? qsTr("Close") : qsTr("Cancel")
            onClicked: {
                if (dialog.controller.running)
                    dialog.controller.cancel()
                else
                    dialog.close()
            }
        }
        Button {
            objectName: "planApplyButton"
            visible: !dialog.controller.running && !dialog.controller.finished
            text: dialog.deleting ? qsTr("Delete pool") : qsTr("Apply")
            enabled: dialog.controller.hasChanges && dialog.controller.refusal.length === 0
                     && dialog.confirmed && !dialog.readOnly
            highlighted: true
            onClicked: dialog.controller.apply(dialog.confirmed)
            HoverHandler { id: applyHover }
            ToolTip.visible: applyHover.hovered && dialog.readOnly
            ToolTip.text: qsTr("This token cannot change anything: it has no write scope")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            objectName: "planRefusal"
            visible: dialog.controller.refusal.length > 0
            text: qsTr("Refused: %1").arg(dialog.controller.refusal)
            color: Colors.error
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Label {
            objectName: "planReadOnly"
            visible: dialog.readOnly && !dialog.controller.running && !dialog.controller.finished
            text: qsTr("Read-only: this token cannot apply changes. Review the plan here, or "
                       + "create a token with write scope and sign in again to apply it.")
            color: Colors.warning
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !dialog.controller.running && !dialog.controller.finished
            TextArea {
                objectName: "planText"
                text: dialog.controller.planText
                readOnly: true
                font.family: "monospace"
                wrapMode: TextEdit.NoWrap
            }
        }

        Label {
            objectName: "planCost"
            visible: dialog.controller.hasChanges
            text: dialog.controller.costText + qsTr(" (estimate)")
            font.bold: true
        }

        Repeater {
            model: dialog.controller.notes
            delegate: Label {
                required property string modelData
                text: "ℹ " + modelData
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }

        Repeater {
            model: dialog.controller.destructiveReasons
            delegate: Label {
                required property string modelData
                text: "⚠ " + modelData
                color: Colors.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Label {
            visible: dialog.deleting && dialog.controller.refusal.length === 0
                     && !dialog.controller.running && !dialog.controller.finished
            text: qsTr("DigitalOcean drains every node before deleting it. When pods have "
                       + "nowhere else to go this can take a quarter of an hour or more; "
                       + "Pool Studio shows it happening.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        CheckBox {
            id: confirmBox
            objectName: "confirmDestructive"
            visible: dialog.controller.destructive && dialog.controller.refusal.length === 0
                     && !dialog.controller.running && !dialog.controller.finished
            text: qsTr("I understand that this removes nodes or pools")
        }

        TextField {
            id: nameField
            objectName: "confirmNameField"
            visible: dialog.deleting && dialog.controller.refusal.length === 0
                     && !dialog.controller.running && !dialog.controller.finished
            placeholderText: qsTr("Type %1 to confirm").arg(dialog.controller.confirmationName)
            Layout.fillWidth: true
        }

        // While it runs, and after
        Label {
            objectName: "planStep"
            visible: dialog.controller.running
            text: dialog.controller.stepText
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            objectName: "planProgress"
            visible: dialog.controller.running
            from: 0
            to: Math.max(1, dialog.controller.nodesWanted)
            value: dialog.controller.nodesRunning
            indeterminate: dialog.controller.nodesWanted === 0
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.controller.running && dialog.controller.nodesWanted > 0
            text: qsTr("%1 of %2 nodes running").arg(dialog.controller.nodesRunning)
                                                 .arg(dialog.controller.nodesWanted)
        }
        ListView {
            objectName: "planLog"
            visible: dialog.controller.running || dialog.controller.finished
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.controller.log
            onCountChanged: positionViewAtEnd()
            delegate: Label {
                required property string modelData
                text: modelData
                font.family: "monospace"
                font.pixelSize: 12
            }
        }
        Label {
            objectName: "planResult"
            visible: dialog.controller.finished
            text: dialog.controller.resultText
            color: dialog.controller.succeeded ? Colors.stateColor("running") : Colors.error
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
