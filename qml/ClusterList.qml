pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The account's clusters; selecting one shows its pools.
Pane {
    id: pane

    required property Workspace workspace

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            text: qsTr("Clusters")
            font.bold: true
            padding: 12
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "clusterList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            model: pane.workspace.clusters
            currentIndex: pane.workspace.currentClusterIndex
            onCurrentIndexChanged: pane.workspace.currentClusterIndex = currentIndex
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: delegate

                required property int index
                required property string name
                required property string region
                required property string version
                required property string state
                required property int poolCount
                required property int nodeCount
                required property bool highlyAvailable

                objectName: "cluster_" + name
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: list.currentIndex = index

                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Label {
                            text: delegate.name
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: delegate.state
                            font.pixelSize: 11
                            color: delegate.state === "running" ? "#2e9e5b" : "#b45309"
                        }
                    }
                    Label {
                        text: qsTr("%1 · %2%3").arg(delegate.region).arg(delegate.version)
                                  .arg(delegate.highlyAvailable ? qsTr(" · HA") : "")
                        font.pixelSize: 12
                        opacity: 0.75
                    }
                    Label {
                        text: qsTr("%n pool(s)", "", delegate.poolCount) + " · "
                              + qsTr("%n node(s)", "", delegate.nodeCount)
                        font.pixelSize: 12
                        opacity: 0.75
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: pane.workspace.loading ? qsTr("Loading clusters…") : qsTr("No clusters")
                opacity: 0.6
            }
        }
    }
}
