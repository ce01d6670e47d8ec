pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The account's clusters; selecting one shows its pools.
Pane {
    id: pane

    required property Workspace workspace

    function focusFilter() {
        filterField.forceActiveFocus()
        filterField.selectAll()
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            text: qsTr("Clusters")
            font.bold: true
            padding: 12
            bottomPadding: 6
            Layout.fillWidth: true
        }

        TextField {
            id: filterField
            objectName: "clusterFilterField"
            placeholderText: qsTr("Filter by name, region, version or tag")
            text: pane.workspace.clusterFilter
            onTextEdited: pane.workspace.clusterFilter = text
            selectByMouse: true
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: 6
        }

        ListView {
            id: list
            objectName: "clusterList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            activeFocusOnTab: true // Tab reaches the clusters; arrows move
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
                required property string monthly

                objectName: "cluster_" + name
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                // Labels do not follow the highlight by themselves: without this
                // the selected cluster is dark text on the dark selection.
                readonly property color textColor: highlighted ? palette.highlightedText
                                                               : palette.windowText
                onClicked: pane.workspace.currentClusterIndex = index

                // Positioned lines, not Layouts: every visible row is built
                // before the first frame (issue 16) and the sizes are fixed.
                // Sizes are rounded up and positions rounded, as the Layouts
                // did, so the text sits on the same pixels.
                contentItem: Item {
                    implicitHeight: nameLabel.height + 2 + placeLabel.height + 2 + countsLabel.height
                    Text {
                        id: nameLabel
                        width: parent.width - 5 - stateLabel.width
                        height: Math.ceil(implicitHeight)
                        text: delegate.name
                        color: delegate.textColor
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        id: stateLabel
                        x: parent.width - width
                        y: Math.round((nameLabel.height - height) / 2)
                        width: Math.ceil(implicitWidth)
                        height: Math.ceil(implicitHeight)
                        text: delegate.state
                        font.pixelSize: 11
                        color: delegate.highlighted ? delegate.palette.highlightedText
                               : delegate.state === "running" ? Colors.stateColor("running")
                               : Colors.warning
                    }
                    Text {
                        id: placeLabel
                        y: nameLabel.height + 2
                        height: Math.ceil(implicitHeight)
                        text: qsTr("%1 · %2%3").arg(delegate.region).arg(delegate.version)
                                  .arg(delegate.highlyAvailable ? qsTr(" · HA") : "")
                        color: delegate.textColor
                        font.pixelSize: 12
                        opacity: 0.75
                    }
                    Text {
                        id: countsLabel
                        y: placeLabel.y + placeLabel.height + 2
                        width: parent.width - 5 - monthlyLabel.width
                        height: Math.ceil(implicitHeight)
                        text: qsTr("%n pool(s)", "", delegate.poolCount) + " · "
                              + qsTr("%n node(s)", "", delegate.nodeCount)
                        color: delegate.textColor
                        font.pixelSize: 12
                        opacity: 0.75
                    }
                    Text {
                        id: monthlyLabel
                        objectName: "clusterMonthly"
                        x: parent.width - width
                        y: countsLabel.y + Math.round((countsLabel.height - height) / 2)
                        width: Math.ceil(implicitWidth)
                        height: Math.ceil(implicitHeight)
                        text: delegate.monthly
                        color: delegate.textColor
                        font.pixelSize: 12
                        font.bold: true
                    }
                }
            }

            Label {
                objectName: "clusterListEmpty"
                anchors.centerIn: parent
                visible: list.count === 0
                text: pane.workspace.loading ? qsTr("Loading clusters…")
                      : pane.workspace.clusterFilter.length > 0 ? qsTr("No cluster matches the filter")
                      : !pane.workspace.clustersRead && pane.workspace.errorText.length > 0
                        ? qsTr("The clusters could not be loaded:\nthe red bar above says why")
                      : qsTr("No clusters in this account")
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.6
            }
        }
    }
}
