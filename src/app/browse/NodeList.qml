pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The nodes of the selected pool: name, state, droplet id and age.
Pane {
    id: pane

    required property Workspace workspace

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "nodesHeading"
            text: pane.workspace.currentPoolName.length > 0
                  ? qsTr("Nodes of %1").arg(pane.workspace.currentPoolName)
                  : qsTr("Nodes")
            font.bold: true
            padding: 12
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        // The delete/replace question, built on its first use (issue 16), by
        // file name (a bound inline Component cannot be built by a Loader in
        // Qt 6.4), and kept. Not visible: out of the column's layout (the
        // dialog's parent is the overlay).
        Loader {
            id: confirm
            visible: false
            function ask(id, name, replacing) {
                if (!item)
                    setSource(Qt.resolvedUrl("NodeDeleteDialog.qml"),
                              {parent: pane.Overlay.overlay, workspace: pane.workspace})
                item.ask(id, name, replacing)
            }
        }
        DialogKeys {
            dialog: confirm.item
            acceptButton: "nodeDeleteConfirmButton"
        }

        ListView {
            id: list
            objectName: "nodeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.workspace.nodes
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row

                required property string nodeId
                required property string name
                required property string state
                required property string message
                required property string dropletId
                required property string age

                objectName: "node_" + name
                width: ListView.view.width

                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        objectName: "nodeDot"
                        readonly property string nodeState: row.state
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        color: Colors.stateColor(nodeState)
                        ToolTip.visible: dotHover.hovered
                        ToolTip.text: nodeState
                        HoverHandler { id: dotHover }
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: row.name
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.state + (row.message.length > 0 ? " · " + row.message : "")
                                  + (row.dropletId.length > 0 ? qsTr(" · droplet %1").arg(row.dropletId) : "")
                            font.pixelSize: 11
                            opacity: 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: row.age
                        font.pixelSize: 11
                        opacity: 0.7
                    }
                    ToolButton {
                        objectName: "replaceNode_" + row.name
                        // A read-only token cannot delete: the bar above says why.
                        visible: !pane.workspace.readOnly
                        text: "↻"
                        enabled: row.state === "running"
                        onClicked: confirm.ask(row.nodeId, row.name, true)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Replace: drain, delete, and a new node takes its place")
                    }
                    ToolButton {
                        objectName: "deleteNode_" + row.name
                        // A read-only token cannot delete: the bar above says why.
                        visible: !pane.workspace.readOnly
                        text: "✕"
                        enabled: row.state === "running"
                        onClicked: confirm.ask(row.nodeId, row.name, false)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Delete: drain and delete; the pool shrinks by one")
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: pane.workspace.currentPoolName.length > 0 ? qsTr("This pool has no nodes yet")
                                                                : qsTr("Select a pool to see its nodes")
                opacity: 0.6
            }
        }
    }
}
