pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The node pools of the selected cluster.
Pane {
    id: pane

    required property Workspace workspace

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "poolsHeading"
            text: pane.workspace.currentClusterName.length > 0
                  ? qsTr("Node pools of %1").arg(pane.workspace.currentClusterName)
                  : qsTr("Node pools")
            font.bold: true
            padding: 12
            Layout.fillWidth: true
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
            ScrollBar.vertical: ScrollBar {}

            delegate: PoolCard {
                width: ListView.view.width - 24
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Select a cluster to see its node pools")
                opacity: 0.6
            }
        }
    }
}
