// Export: choose pools on the left, see them as YAML, Terraform or a doctl
// command on the right, then copy or save.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PoolStudio

SplitView {
    id: tab
    objectName: "manifestExportTab"

    required property ManifestExportController controller

    ColumnLayout {
        SplitView.preferredWidth: 300
        SplitView.minimumWidth: 220
        spacing: 6

        Label {
            text: qsTr("Pools to export")
            font.bold: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Button {
                objectName: "exportThisPool"
                text: qsTr("This pool")
                onClicked: tab.controller.selectForExport("pool")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The pool selected in the main window")
            }
            Button {
                objectName: "exportThisCluster"
                text: qsTr("This cluster")
                onClicked: tab.controller.selectForExport("cluster")
            }
            Button {
                objectName: "exportEverything"
                text: qsTr("Everything")
                onClicked: tab.controller.selectForExport("all")
            }
            Button {
                objectName: "exportNone"
                text: qsTr("None")
                onClicked: tab.controller.selectForExport("none")
            }
        }
        ListView {
            id: poolList
            objectName: "exportPoolList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tab.controller.exportPools
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: row
                required property string clusterName
                required property string poolName
                required property string poolId
                required property bool checked
                required property bool firstOfCluster
                width: poolList.width
                spacing: 0
                Label {
                    visible: row.firstOfCluster
                    text: row.clusterName
                    font.bold: true
                    opacity: 0.75
                    topPadding: 8
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                CheckBox {
                    objectName: "exportCheck_" + row.poolName
                    text: row.poolName
                    checked: row.checked
                    leftPadding: 12
                    Layout.fillWidth: true
                    onToggled: tab.controller.exportPools.setChecked(row.poolId, checked)
                }
            }
        }
        Label {
            text: qsTr("%n pool(s) chosen", "", tab.controller.exportPools.checkedCount)
            opacity: 0.75
        }
    }

    ColumnLayout {
        SplitView.fillWidth: true
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Format") }
            ComboBox {
                id: formatBox
                objectName: "exportFormat"
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [
                    { value: ManifestExportController.Yaml, text: qsTr("Manifest YAML") },
                    { value: ManifestExportController.Terraform, text: qsTr("Terraform") },
                    { value: ManifestExportController.Doctl, text: qsTr("doctl command") }
                ]
                Component.onCompleted: currentIndex = indexOfValue(tab.controller.exportFormat)
                onActivated: tab.controller.exportFormat = currentValue
            }
            CheckBox {
                objectName: "exportIncludeStatus"
                text: qsTr("Include status.outputs")
                visible: tab.controller.exportFormat === ManifestExportController.Yaml
                checked: tab.controller.includeStatus
                onToggled: tab.controller.includeStatus = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Also write the pool's and nodes' ids, as they are now")
            }
            Item { Layout.fillWidth: true }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: exportArea
                objectName: "exportText"
                text: tab.controller.exportText
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                wrapMode: TextEdit.NoWrap
                placeholderText: qsTr("Choose pools on the left to see them here.")
                background: Rectangle {
                    color: Qt.darker(tab.palette.base, Colors.dark ? 0.85 : 1.0)
                    border.color: tab.palette.mid
                }
            }
        }
        SyntaxHighlighter {
            textDocument: exportArea.textDocument
            language: tab.controller.exportLanguage
            dark: Colors.dark
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "exportCopyButton"
                text: qsTr("Copy")
                enabled: tab.controller.exportPools.checkedCount > 0
                onClicked: tab.controller.copyExport()
            }
            Button {
                objectName: "exportSaveFileButton"
                text: qsTr("Save as one file…")
                enabled: tab.controller.exportPools.checkedCount > 0
                onClicked: fileDialog.openFor("pools." + tab.controller.exportSuffix)
            }
            Button {
                objectName: "exportSaveFolderButton"
                text: qsTr("Save one file per pool…")
                enabled: tab.controller.exportPools.checkedCount > 0
                onClicked: {
                    folderDialog.currentFolder = FileDialogMemory.folderFor("manifest")
                    folderDialog.open()
                }
            }
            Label {
                objectName: "exportMessage"
                text: tab.controller.exportMessage
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
    }

    // The platform's dialogs, opening where manifests were last saved.
    SaveFileDialog {
        id: fileDialog
        objectName: "exportFileDialog"
        kind: "manifest"
        defaultSuffix: tab.controller.exportSuffix
        onFileChosen: (file) => tab.controller.saveExportFile(file)
    }
    FolderDialog {
        id: folderDialog
        objectName: "exportFolderDialog"
        onAccepted: {
            FileDialogMemory.rememberFolder("manifest", selectedFolder)
            const existing = tab.controller.exportFilesThatExist(selectedFolder)
            if (existing.length === 0) {
                tab.controller.saveExportFolder(selectedFolder)
                return
            }
            overwriteDialog.folder = selectedFolder
            overwriteDialog.files = existing
            overwriteDialog.open()
        }
    }
    Dialog {
        id: overwriteDialog
        objectName: "exportOverwriteDialog"
        property url folder
        property var files: []
        title: qsTr("Replace existing files?")
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Cancel
        Label {
            text: qsTr("These files exist and would be replaced:\n%1").arg(overwriteDialog.files.join("\n"))
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "exportOverwriteButton"
                text: qsTr("Replace")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: tab.controller.saveExportFolder(folder)
    }
    DialogKeys {
        dialog: overwriteDialog
        acceptButton: "exportOverwriteButton"
    }
}
