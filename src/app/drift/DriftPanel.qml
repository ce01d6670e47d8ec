// Drift: a folder of manifests against the live pools. Lists what differs,
// field by field (live → manifest), and offers to apply a manifest (through
// the PlanDialog the page opens on planRequested) or to rewrite it from live.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PoolStudio

ColumnLayout {
    id: panel
    objectName: "driftPanel"

    required property DriftController controller
    required property PlanController planController

    // The plan is in planController; the page shows it in its PlanDialog.
    signal planRequested()

    spacing: 8

    function statusTint(status) {
        switch (status) {
        case DriftListModel.InSync: return Colors.driftInSync
        case DriftListModel.Differs: return Colors.driftDiffers
        case DriftListModel.NotLive: return Colors.driftNotLive
        case DriftListModel.LiveOnly: return Colors.driftLiveOnly
        default: return Colors.driftBroken // invalid, unresolved
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Folder")
        }
        TextField {
            id: folderField
            objectName: "driftFolderField"
            Layout.fillWidth: true
            text: panel.controller.folder
            placeholderText: qsTr("A folder of manifests (*.yaml, *.yml; subfolders are not read)")
            selectByMouse: true
            onAccepted: panel.controller.check(text)
        }
        Button {
            objectName: "driftChooseFolderButton"
            text: qsTr("Choose folder…")
            onClicked: folderDialog.open()
        }
        Button {
            objectName: "driftCheckButton"
            text: qsTr("Check")
            highlighted: true
            enabled: folderField.text.length > 0 && !panel.controller.busy
            onClicked: panel.controller.check(folderField.text)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        BusyIndicator {
            visible: panel.controller.busy
            running: visible
            Layout.preferredHeight: 24
            Layout.preferredWidth: 24
        }
        Label {
            objectName: "driftSummary"
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.bold: panel.controller.checked
            text: panel.controller.busy ? qsTr("Waiting for the live pools…")
                  : panel.controller.summaryText
        }
        CheckBox {
            objectName: "driftShowInSync"
            text: qsTr("Show pools in sync")
            checked: panel.controller.showInSync
            onToggled: panel.controller.showInSync = checked
        }
        Button {
            objectName: "driftApplyAllButton"
            text: qsTr("Apply all (%1)…").arg(panel.controller.applicableCount)
            enabled: panel.controller.applicableCount > 1
            visible: panel.controller.applicableCount > 1
            onClicked: {
                if (panel.controller.planApplyAll(panel.planController))
                    panel.planRequested()
            }
        }
    }

    Label {
        objectName: "driftError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.controller.errorText
        color: Colors.error
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "driftMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.controller.message
        wrapMode: Text.Wrap
        opacity: 0.8
    }

    Label {
        objectName: "driftDirection"
        Layout.fillWidth: true
        visible: list.count > 0
        text: qsTr("Changes read live → manifest: applying the manifest makes the right side live; rewriting it from live makes the left side the manifest.")
        opacity: 0.7
        wrapMode: Text.Wrap
    }

    ListView {
        id: list
        objectName: "driftList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 6
        model: panel.controller.entries
        ScrollBar.vertical: ScrollBar {}

        delegate: Frame {
            id: row
            required property int index
            required property string key
            required property string poolName
            required property string clusterName
            required property string file
            required property string where
            required property int status
            required property string statusText
            required property var changes
            required property var notes
            required property string reason
            required property bool canApply
            required property bool canRewrite

            objectName: "driftRow_" + poolName
            // Room for the scroll bar only when there is one.
            width: ListView.view.width - (ListView.view.contentHeight > ListView.view.height ? 14 : 0)
            padding: 10
            background: Rectangle {
                color: row.palette.base
                border.color: row.palette.mid
                radius: 4
            }

            ColumnLayout {
                width: parent.width
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Chip {
                        objectName: "driftStatus_" + row.poolName
                        text: row.statusText
                        tint: panel.statusTint(row.status)
                    }
                    Label {
                        text: row.poolName.length > 0 ? row.poolName : qsTr("(no pool name)")
                        font.bold: true
                    }
                    Label {
                        visible: row.clusterName.length > 0
                        text: qsTr("in %1").arg(row.clusterName)
                        opacity: 0.75
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        text: row.where
                        font.family: "monospace"
                        elide: Text.ElideMiddle
                        opacity: 0.75
                    }
                    Button {
                        objectName: "driftApplyButton_" + row.poolName
                        visible: row.canApply
                        text: row.status === DriftListModel.NotLive ? qsTr("Create from the manifest…")
                                                      : qsTr("Apply the manifest…")
                        onClicked: {
                            if (panel.controller.planApply(row.index, panel.planController))
                                panel.planRequested()
                        }
                    }
                    Button {
                        objectName: "driftRewriteButton_" + row.poolName
                        visible: row.canRewrite
                        text: qsTr("Rewrite from live…")
                        onClicked: rewriteConfirm.ask(row.key, row.poolName, row.file)
                    }
                }

                Repeater {
                    model: row.changes
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        text: modelData
                        font.family: "monospace"
                        wrapMode: Text.WrapAnywhere
                    }
                }
                Label {
                    visible: row.reason.length > 0
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    text: row.reason
                    color: row.status === DriftListModel.Invalid || row.status === DriftListModel.Unresolved
                           ? Colors.error : row.palette.windowText
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: row.notes.length > 0
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    text: row.notes.join("\n")
                    wrapMode: Text.Wrap
                    opacity: 0.7
                }
                Label {
                    visible: row.status === DriftListModel.LiveOnly
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    text: qsTr("Live in %1, described by no manifest in this folder.")
                          .arg(row.clusterName)
                    opacity: 0.7
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 40
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            visible: list.count === 0 && !panel.controller.busy
            opacity: 0.7
            text: panel.controller.checked
                  ? qsTr("Every manifest matches its live pool.")
                  : qsTr("Choose a folder of manifests and press Check to compare them with the live pools.")
        }
    }

    Dialog {
        id: rewriteConfirm
        objectName: "driftRewriteConfirm"

        property string key
        property string pool
        property string file

        function ask(key, pool, file) {
            rewriteConfirm.key = key
            rewriteConfirm.pool = pool
            rewriteConfirm.file = file
            open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: 16
        // Never narrower than its text can wrap in: a window not laid out yet (of no
        // size) made a binding loop on implicitHeight.
        width: Math.max(280, Math.min(520, parent ? parent.width - 40 : 520))
        title: qsTr("Rewrite %1 from live?").arg(rewriteConfirm.file)
        // Fusion's title sits closer to the edge than the dialog's padding.
        header: Label {
            text: rewriteConfirm.title
            font.bold: true
            padding: 16
            bottomPadding: 0
            elide: Text.ElideRight
        }

        // The text is the content item, so the dialog sets its width and
        // takes its height: a width bound to availableWidth made a binding
        // loop on the dialog's implicitHeight.
        contentItem: Label {
            objectName: "driftRewriteConfirmText"
            wrapMode: Text.Wrap
            text: qsTr("The manifest of pool %1 in %2 is replaced with what is live now. The other documents in the file stay as they are; comments inside this manifest are not kept.")
                  .arg(rewriteConfirm.pool).arg(rewriteConfirm.file)
        }

        footer: DialogButtonBox {
            Button {
                objectName: "driftRewriteCancelButton"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "driftRewriteConfirmButton"
                text: qsTr("Rewrite %1").arg(rewriteConfirm.file)
                highlighted: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: panel.controller.rewriteFromLive(
                        panel.controller.entries.rowOfKey(rewriteConfirm.key))
    }
    // No field here: the focus goes to the Rewrite button and Enter presses it.
    DialogKeys {
        dialog: rewriteConfirm
        acceptButton: "driftRewriteConfirmButton"
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder of manifests")
        onAccepted: panel.controller.check(String(selectedFolder))
    }
}
