// Export, Import and Drift on one page. What is shown comes from
// ManifestExportController, ManifestImportController and DriftController;
// QML only lays it out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

Pane {
    id: page
    objectName: "manifestPage"

    required property Workspace workspace
    required property PlanController planController
    property alias exportController: exporter
    property alias importController: importer
    property alias tabIndex: tabs.currentIndex

    signal closeRequested()
    signal planRequested()

    ManifestExportController {
        id: exporter
        objectName: "manifestExportController"
        workspace: page.workspace
    }

    ManifestImportController {
        id: importer
        objectName: "manifestImportController"
        workspace: page.workspace
    }

    DriftController {
        id: drift
        objectName: "driftController"
        workspace: page.workspace
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Manifests")
                font.bold: true
                font.pixelSize: 18
            }
            TabBar {
                id: tabs
                objectName: "manifestTabs"
                Layout.leftMargin: 16
                TabButton {
                    objectName: "exportTabButton"
                    text: qsTr("Export")
                    width: implicitWidth + 24
                }
                TabButton {
                    objectName: "importTabButton"
                    text: qsTr("Import and plan")
                    width: implicitWidth + 24
                }
                TabButton {
                    objectName: "driftTabButton"
                    text: qsTr("Drift")
                    width: implicitWidth + 24
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "manifestCloseButton"
                text: qsTr("Close")
                onClicked: page.closeRequested()
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ManifestExportTab {
                controller: exporter
            }
            ManifestImportTab {
                controller: importer
                onPlanRequested: {
                    if (importer.planImport(page.planController))
                        page.planRequested()
                }
            }
            DriftPanel {
                controller: drift
                planController: page.planController
                onPlanRequested: page.planRequested()
            }
        }
    }
}
