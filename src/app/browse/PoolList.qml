pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The node pools of the selected cluster.
Pane {
    id: pane
    objectName: "poolsPane"

    required property Workspace workspace

    signal newPoolRequested()
    signal editPoolRequested()
    signal deletePoolRequested()
    signal clusterAutoscalerRequested()

    readonly property string readOnlyTip:
        qsTr("This token cannot change anything (it has no write scope): see the read-only bar")
    readonly property bool canChange: !workspace.readOnly && workspace.currentPoolName.length > 0

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
                enabled: pane.workspace.currentPoolName.length > 0 && !pane.workspace.readOnly
                onClicked: pane.deletePoolRequested()
                // A disabled button gets no hover of its own; the handler still does.
                HoverHandler { id: deleteHover }
                ToolTip.visible: deleteHover.hovered
                ToolTip.text: pane.workspace.readOnly ? pane.readOnlyTip : Shortcuts.tip("deletePool")
            }
            Button {
                objectName: "editPoolButton"
                text: qsTr("Edit…")
                enabled: pane.workspace.currentPoolName.length > 0 && !pane.workspace.readOnly
                onClicked: pane.editPoolRequested()
                HoverHandler { id: editHover }
                ToolTip.visible: editHover.hovered
                ToolTip.text: pane.workspace.readOnly ? pane.readOnlyTip : Shortcuts.tip("editPool")
            }
            Button {
                objectName: "newPoolButton"
                text: qsTr("New pool…")
                enabled: pane.workspace.currentClusterName.length > 0 && !pane.workspace.readOnly
                highlighted: true
                onClicked: pane.newPoolRequested()
                HoverHandler { id: newHover }
                ToolTip.visible: newHover.hovered
                ToolTip.text: pane.workspace.readOnly ? pane.readOnlyTip : Shortcuts.tip("newPool")
            }
        }
        ClusterAutoscalerSummary {
            workspace: pane.workspace
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 8
            Layout.bottomMargin: 6
            onTuneRequested: pane.clusterAutoscalerRequested()
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
            activeFocusOnTab: true // Tab reaches the pools; arrows move, Enter edits
            onCurrentIndexChanged: pane.workspace.currentPoolIndex = currentIndex
            Keys.onDeletePressed: if (pane.canChange) pane.deletePoolRequested()
            Keys.onReturnPressed: if (pane.canChange) pane.editPoolRequested()
            ScrollBar.vertical: ScrollBar {}

            currentIndex: pane.workspace.currentPoolIndex
            delegate: PoolCard {
                width: ListView.view.width - 24
                selected: ListView.isCurrentItem
                onClicked: {
                    pane.workspace.currentPoolIndex = index
                    list.forceActiveFocus()
                }
                onDoubleClicked: if (pane.canChange) pane.editPoolRequested()
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
