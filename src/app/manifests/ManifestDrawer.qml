// Manifests over the main window, from the right edge: export live pools,
// import YAML into a plan, and compare a folder with what runs.
import QtQuick
import QtQuick.Controls
import PoolStudio

Drawer {
    id: drawer
    objectName: "manifestDrawer"

    required property Workspace workspace
    required property PlanController planController
    property alias page: manifestPage

    // The page has put a plan into the PlanController: show it.
    signal planRequested()

    edge: Qt.RightEdge
    width: parent ? parent.width : 1200
    height: parent ? parent.height : 800
    interactive: opened

    ManifestPage {
        id: manifestPage
        anchors.fill: parent
        workspace: drawer.workspace
        planController: drawer.planController
        onCloseRequested: drawer.close()
        onPlanRequested: drawer.planRequested()
    }
}
