pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Review a plan as a table of its steps, confirm it, then watch it run: the
// step, each node's state as it moves, and a clear result naming every step.
// "Stop watching" only closes the dialog: the steps go on in the background
// (the window's banner shows them); "Stop sending" sends nothing more.
Dialog {
    id: dialog

    required property PlanController controller

    readonly property bool deleting: controller.confirmationName.length > 0
    readonly property bool readOnly: controller.workspace !== null && controller.workspace.readOnly
    readonly property bool confirmed: (!controller.destructive || confirmBox.checked)
        && (!deleting || nameField.text === controller.confirmationName)
    readonly property bool reviewing: !controller.running && !controller.finished
    // The plan as poolctl prints it, instead of the table.
    property bool showText: false

    objectName: "planDialog"
    title: controller.title
    modal: true
    width: Math.min(parent ? parent.width - 80 : 1100, 1100)
    height: Math.min(parent ? parent.height - 60 : 700, 700)
    anchors.centerIn: Overlay.overlay
    // Escape closes it while it runs too: that is only stopping to watch.
    closePolicy: Popup.CloseOnEscape

    // A new plan needs a new confirmation.
    Connections {
        target: dialog.controller
        function onPlanChanged() {
            confirmBox.checked = false
            nameField.text = ""
            dialog.showText = false
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "planCopyButton"
            text: qsTr("Copy as text")
            visible: dialog.controller.hasChanges
            DialogButtonBox.buttonRole: DialogButtonBox.HelpRole
            onClicked: dialog.controller.copyPlanText()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Copy the plan as poolctl plan prints it")
        }
        Button {
            objectName: "planStopButton"
            visible: dialog.controller.running
            text: qsTr("Stop sending")
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            onClicked: dialog.controller.cancel()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Send no further request. What was sent goes on; Resume sends the rest.")
        }
        Button {
            objectName: "planCancelButton"
            text: dialog.controller.running ? qsTr("Stop watching")
                  : dialog.controller.finished ? qsTr("Close") : qsTr("Cancel")
            onClicked: dialog.close()
            ToolTip.visible: hovered && dialog.controller.running
            ToolTip.text: qsTr("Close this view; the steps go on in the background")
        }
        Button {
            objectName: "planApplyButton"
            visible: !dialog.controller.running && !dialog.controller.finished
            text: dialog.deleting ? qsTr("Delete pool") : qsTr("Apply")
            enabled: dialog.controller.hasChanges && dialog.controller.refusal.length === 0
                     && dialog.controller.journalBlock.length === 0
                     && dialog.confirmed && !dialog.readOnly
            highlighted: true
            onClicked: dialog.controller.apply(dialog.confirmed)
            HoverHandler { id: applyHover }
            ToolTip.visible: applyHover.hovered
            ToolTip.text: dialog.readOnly ? qsTr("This token cannot change anything: it has no write scope")
                                          : Shortcuts.tip("apply")
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

        Label {
            objectName: "planJournalBlock"
            visible: dialog.reviewing && dialog.controller.journalBlock.length > 0
            text: dialog.controller.journalBlock
            color: Colors.warning
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // The droplet-limit pre-flight's warning, as poolctl prints it before
        // applying (a refusal shows in planRefusal above and disables Apply).
        Label {
            objectName: "planPreflightWarning"
            visible: dialog.reviewing && dialog.controller.preflightWarning.length > 0
            text: "⚠ " + qsTr("Droplet limit: %1").arg(dialog.controller.preflightWarning)
            color: Colors.warning
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Repeater {
            model: dialog.controller.warnings
            delegate: Label {
                required property string modelData
                objectName: "planWarning"
                text: "⚠ " + modelData
                color: Colors.warning
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        RowLayout {
            visible: dialog.controller.hasChanges
            Layout.fillWidth: true
            Label {
                objectName: "planStepCount"
                text: qsTr("%n step(s), in the order they run", "", dialog.controller.steps.count)
                font.bold: true
                Layout.fillWidth: true
            }
            Switch {
                objectName: "planTextToggle"
                text: qsTr("Show as text")
                checked: dialog.showText
                onToggled: dialog.showText = checked
            }
        }

        PlanStepTable {
            objectName: "planStepTable"
            visible: dialog.controller.hasChanges && !dialog.showText
            steps: dialog.controller.steps
            showState: !dialog.reviewing
            Layout.fillWidth: true
            Layout.fillHeight: dialog.reviewing
            // While it runs the log below takes the room; rows still show their state.
            Layout.preferredHeight: dialog.reviewing ? -1 : Math.min(view.contentHeight + 40, 220)
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.reviewing && (dialog.showText || !dialog.controller.hasChanges)
            TextArea {
                objectName: "planText"
                text: dialog.controller.planText
                readOnly: true
                selectByMouse: true
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
            model: dialog.showText ? dialog.controller.notes : []
            delegate: Label {
                required property string modelData
                text: "ℹ " + modelData
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
            }
        }

        // The table shows each step's reasons; the text form needs them here.
        Repeater {
            model: dialog.showText ? dialog.controller.destructiveReasons : []
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
