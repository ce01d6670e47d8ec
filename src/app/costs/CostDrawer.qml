// The cost page over the main window, from the right edge.
import QtQuick
import QtQuick.Controls
import PoolStudio

Drawer {
    id: drawer
    objectName: "costDrawer"

    required property Workspace workspace
    property alias page: costPage

    edge: Qt.RightEdge
    width: parent ? parent.width : 1200
    height: parent ? parent.height : 800
    interactive: opened

    CostPage {
        id: costPage
        anchors.fill: parent
        workspace: drawer.workspace
        onCloseRequested: drawer.close()
    }
}
