// Import: manifests from files, a folder or the clipboard, checked as they
// change. Problems are listed at their file, line and column and marked in
// the text; a clean import becomes a plan.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PoolStudio

ColumnLayout {
    id: tab
    objectName: "manifestImportTab"

    required property ManifestImportController controller

    signal planRequested()

    spacing: 6

    function goTo(line, column) {
        if (line <= 0)
            return
        importArea.forceActiveFocus()
        importArea.cursorPosition = tab.controller.importOffset(line, column)
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "importOpenFilesButton"
            text: qsTr("Open files…")
            onClicked: filesDialog.open()
        }
        Button {
            objectName: "importOpenFolderButton"
            text: qsTr("Open folder…")
            onClicked: folderDialog.open()
        }
        Button {
            objectName: "importPasteButton"
            text: qsTr("Paste")
            onClicked: tab.controller.pasteImport()
        }
        Button {
            objectName: "importClearButton"
            text: qsTr("Clear")
            flat: true
            enabled: importArea.text.length > 0
            onClicked: tab.controller.importText = ""
        }
        Label {
            objectName: "importSummary"
            text: tab.controller.importSummary
            color: tab.controller.importErrorCount > 0 ? Colors.error : tab.palette.windowText
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 8
        }
    }

    SplitView {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ScrollView {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 300
            TextArea {
                id: importArea
                objectName: "importText"
                text: tab.controller.importText
                font.family: "monospace"
                wrapMode: TextEdit.NoWrap
                selectByMouse: true
                placeholderText: qsTr("apiVersion: digital-ocean.project-planton.org/v1\nkind: DigitalOceanKubernetesNodePool\n…")
                onTextChanged: recheck.restart()
                background: Rectangle {
                    color: tab.palette.base
                    border.color: tab.controller.importErrorCount > 0 ? Colors.error : tab.palette.mid
                }
            }
        }
        SyntaxHighlighter {
            textDocument: importArea.textDocument
            errorMarks: tab.controller.errorMarks
            dark: Colors.dark
        }
        // Checking a large file on every key press would lag the typing.
        Timer {
            id: recheck
            interval: 250
            onTriggered: tab.controller.importText = importArea.text
        }

        ListView {
            id: problemList
            objectName: "importProblems"
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 240
            clip: true
            spacing: 4
            model: tab.controller.importProblems
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: problem
                required property var modelData
                required property int index
                objectName: "importProblem_" + index
                width: problemList.width
                onClicked: tab.goTo(modelData.line, modelData.column)
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            width: 10
                            height: 10
                            radius: 5
                            color: problem.modelData.severity === "error" ? Colors.error
                                   : problem.modelData.severity === "warning" ? Colors.warning
                                   : Colors.accent
                        }
                        Label {
                            text: problem.modelData.where.length > 0 ? problem.modelData.where
                                                                       : qsTr("file")
                            font.bold: true
                        }
                        Label {
                            text: problem.modelData.path
                            font.family: "monospace"
                            elide: Text.ElideLeft
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: problem.modelData.message
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: problem.modelData.hint.length > 0
                        text: problem.modelData.hint
                        wrapMode: Text.Wrap
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: problemList.count === 0 && importArea.text.length > 0
                text: qsTr("No problems found.")
                opacity: 0.7
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            objectName: "importPrune"
            text: qsTr("Delete live pools the manifests leave out")
            checked: tab.controller.prune
            onToggled: tab.controller.prune = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Only in the clusters the manifests name. Off by default: a manifest of one pool leaves the others alone.")
        }
        CheckBox {
            objectName: "importSetCount"
            text: qsTr("Set counts of autoscaled pools")
            checked: tab.controller.setCountOnAutoscaled
            onToggled: tab.controller.setCountOnAutoscaled = checked
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Off by default: the autoscaler's choice stands.")
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "importPlanButton"
            text: qsTr("Plan…")
            highlighted: true
            enabled: tab.controller.importPoolCount > 0 && tab.controller.importErrorCount === 0
            onClicked: {
                // Check what is on screen, not what was there a moment ago.
                recheck.stop()
                tab.controller.importText = importArea.text
                tab.planRequested()
            }
            ToolTip.visible: hovered && !enabled
            ToolTip.text: qsTr("Fix the errors first")
        }
    }

    FileDialog {
        id: filesDialog
        objectName: "importFilesDialog"
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Manifests (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: tab.controller.loadImportFiles(selectedFiles)
    }
    FolderDialog {
        id: folderDialog
        objectName: "importFolderDialog"
        onAccepted: tab.controller.loadImportFolder(selectedFolder)
    }
}
