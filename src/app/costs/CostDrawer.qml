// The cost page over the main window, from the right edge. The figures
// (CostModel) are the window's and live as long as it does: the history of
// node counts is recorded after every refresh. The page itself, with its
// charts, is built only while the drawer shows.
import QtQuick
import QtQuick.Controls
import PoolStudio

Drawer {
    id: drawer
    objectName: "costDrawer"

    required property Workspace workspace
    required property CostModel costModel
    readonly property alias page: pageLoader.item

    edge: Qt.RightEdge
    width: parent ? parent.width : 1200
    height: parent ? parent.height : 800
    interactive: opened

    // By file name, not as an inline component: the page's type and what it
    // imports (Qt Charts, Qt Quick Dialogs) then load when it first shows,
    // not with the main window (issue 16).
    Loader {
        id: pageLoader
        anchors.fill: parent
        active: drawer.visible
        Component.onCompleted: setSource(Qt.resolvedUrl("CostPage.qml"), {costs: drawer.costModel})
    }
    Connections {
        target: pageLoader.item
        function onCloseRequested() {
            drawer.close()
        }
    }
}
