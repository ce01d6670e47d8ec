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
    // Null until the drawer first opens.
    readonly property alias page: pageLoader.item

    // The page has put a plan into the PlanController: show it.
    signal planRequested()

    edge: Qt.RightEdge
    width: parent ? parent.width : 1200
    height: parent ? parent.height : 800
    interactive: opened

    // The page is built when the drawer first opens, and by file name, so
    // that neither it nor what it imports (Qt Quick Dialogs, the drift panel)
    // loads with the main window (issue 16). It then stays, with what was
    // typed or chosen in it, as before.
    onAboutToShow: {
        if (!pageLoader.item)
            pageLoader.setSource(Qt.resolvedUrl("ManifestPage.qml"),
                                 {workspace: drawer.workspace,
                                  planController: drawer.planController})
    }
    Loader {
        id: pageLoader
        anchors.fill: parent
    }
    Connections {
        target: pageLoader.item
        function onCloseRequested() {
            drawer.close()
        }
        function onPlanRequested() {
            drawer.planRequested()
        }
    }
}
