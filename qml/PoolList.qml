pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The node pools of the selected cluster.
Pane {
    id: pane

    required property Workspace workspace

    signal newPoolRequested()
    signal editPoolRequested()
    signal deletePoolRequested()

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Label {
                objectName: "poolsHeading"
                text: pane.workspace.currentClusterName.length > 0
                      ? qsTr("Node pools of %1").arg(pane.workspace.currentClusterName)
                      : qsTr("Node pools")
                font.bold: true
                leftPadding: 4
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "deletePoolButton"
                text: qsTr("Delete…")
                enabled: pane.workspace.currentPoolName.length > 0
                onClicked: pane.deletePoolRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete the selected pool (Delete)")
            }
            Button {
                objectName: "editPoolButton"
                text: qsTr("Edit…")
                enabled: pane.workspace.currentPoolName.length > 0
                onClicked: pane.editPoolRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Edit the selected pool (Enter)")
            }
            Button {
                objectName: "newPoolButton"
                text: qsTr("New pool…")
                enabled: pane.workspace.currentClusterName.length > 0
                highlighted: true
                onClicked: pane.newPoolRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a node pool to this cluster (Ctrl+N)")
            }
        }

        ListView {
            id: list
            objectName: "poolList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            leftMargin: 12
            rightMargin: 12
            bottomMargin: 12
            model: pane.workspace.pools
            keyNavigationEnabled: true
            onCurrentIndexChanged: pane.workspace.currentPoolIndex = currentIndex
            Keys.onDeletePressed: if (pane.workspace.currentPoolName.length > 0) pane.deletePoolRequested()
            Keys.onReturnPressed: if (pane.workspace.currentPoolName.length > 0) pane.editPoolRequested()
            ScrollBar.vertical: ScrollBar {}

            currentIndex: pane.workspace.currentPoolIndex
            delegate: PoolCard {
                width: ListView.view.width - 24
                selected: ListView.isCurrentItem
                onClicked: {
                    pane.workspace.currentPoolIndex = index
                    list.forceActiveFocus()
                }
                onDoubleClicked: pane.editPoolRequested()
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: pane.workspace.currentClusterName.length > 0
                      ? qsTr("This cluster has no node pools")
                      : qsTr("Select a cluster to see its node pools")
                opacity: 0.6
            }
        }
    }
}
