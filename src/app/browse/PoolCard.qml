pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PoolStudio

// One node pool: size, count and autoscaling, node health, labels, taints, tags.
// Every card on screen is built before the first frame (issue 16), so its lines
// are anchored Items rather than Layouts (their sizes are fixed) and the node
// dots share one hover handler and one tooltip per card.
Pane {
    id: card

    required property int index
    required property string name
    required property string size
    required property string sizeSummary
    required property int count
    required property bool autoScale
    required property int minNodes
    required property int maxNodes
    required property var labels
    required property var taints
    required property var tags
    required property var automaticTags
    required property var nodeStates
    required property string monthly

    property bool selected: false

    signal clicked()
    signal doubleClicked()

    objectName: "pool_" + name
    onNodeStatesChanged: dotArea.follow()
    background: Rectangle {
        radius: 6
        color: card.selected ? Qt.rgba(0.23, 0.51, 0.96, 0.08) : card.palette.base
        border.color: card.selected ? Colors.accent : card.palette.mid
        border.width: card.selected ? 2 : 1
    }

    TapHandler {
        onTapped: card.clicked()
        onDoubleTapped: card.doubleClicked()
    }

    Column {
        width: parent.width
        spacing: 6

        // Name, size and scaling on one line, each centred on it; the size
        // takes what is left and elides. Sizes are rounded up and positions
        // rounded, as a RowLayout does, so the text sits on the same pixels.
        Item {
            width: parent.width
            // The name's 15 px are the line's tallest text.
            implicitHeight: nameLabel.height
            Text {
                id: nameLabel
                width: Math.ceil(implicitWidth)
                height: Math.ceil(implicitHeight)
                color: card.palette.windowText
                text: card.name
                font.bold: true
                font.pixelSize: 15
            }
            Text {
                id: sizeLabel
                x: nameLabel.width + 5
                width: parent.width - x - 5 - scalingLabel.width
                height: Math.ceil(implicitHeight)
                y: Math.round((nameLabel.height - height) / 2)
                color: card.palette.windowText
                text: card.size + (card.sizeSummary.length > 0 ? "  (" + card.sizeSummary + ")" : "")
                opacity: 0.75
                elide: Text.ElideRight
            }
            Text {
                id: scalingLabel
                x: parent.width - width
                width: Math.ceil(implicitWidth)
                height: Math.ceil(implicitHeight)
                y: Math.round((nameLabel.height - height) / 2)
                text: card.autoScale ? qsTr("autoscale %1–%2").arg(card.minNodes).arg(card.maxNodes)
                                     : qsTr("fixed")
                font.pixelSize: 12
                color: card.autoScale ? Colors.accent : card.palette.windowText
            }
        }

        // Node count, one dot per node, and the monthly estimate.
        Item {
            width: parent.width
            implicitHeight: Math.max(countLabel.height, dotArea.height, monthlyLabel.height)
            Text {
                id: countLabel
                width: Math.ceil(implicitWidth)
                height: Math.ceil(implicitHeight)
                y: Math.round((parent.height - height) / 2)
                color: card.palette.windowText
                text: qsTr("%n node(s)", "", card.count)
                font.pixelSize: 12
            }
            Item {
                id: dotArea
                x: countLabel.width + 8
                width: parent.width - x - 8 - monthlyLabel.width
                height: dots.height
                y: Math.round((parent.height - height) / 2)

                // The dots follow `nodeStates` one by one: a changed state
                // recolours its dot, a node more or less adds or removes one.
                // Given the array itself, the Repeater would rebuild every dot
                // of the pool whenever one node changed (a 1 % refresh
                // re-created 20 dots).
                ListModel {
                    id: dotModel
                }
                function follow() {
                    const next = card.nodeStates || []
                    const shared = Math.min(next.length, dotModel.count)
                    for (let i = 0; i < shared; ++i) {
                        if (dotModel.get(i).nodeState !== next[i])
                            dotModel.setProperty(i, "nodeState", next[i])
                    }
                    if (dotModel.count > next.length)
                        dotModel.remove(next.length, dotModel.count - next.length)
                    else if (next.length > shared)
                        dotModel.append(next.slice(shared).map(s => ({nodeState: String(s)})))
                }
                Component.onCompleted: follow()

                Flow {
                    id: dots
                    width: parent.width
                    spacing: 3
                    Repeater {
                        model: dotModel
                        delegate: Rectangle {
                            required property string nodeState
                            objectName: "nodeDot"
                            width: 10
                            height: 10
                            radius: 5
                            color: Colors.stateColor(nodeState)
                        }
                    }
                }

                // One handler for the row: the dot under the pointer names
                // its state in a tooltip above it.
                HoverHandler {
                    id: dotHover
                }
                Item {
                    id: hoveredDot
                    objectName: "hoveredNodeDot"
                    readonly property Item dot: dotHover.hovered
                        ? dots.childAt(dotHover.point.position.x, dotHover.point.position.y) : null
                    readonly property string nodeState: dot ? dot.nodeState : ""
                    x: dot ? dot.x : 0
                    y: dot ? dot.y : 0
                    width: 10
                    height: 10
                    ToolTip.visible: nodeState.length > 0
                    ToolTip.text: nodeState
                }
            }
            Text {
                id: monthlyLabel
                objectName: "poolMonthly"
                x: parent.width - width
                width: Math.ceil(implicitWidth)
                height: Math.ceil(implicitHeight)
                y: Math.round((parent.height - height) / 2)
                color: card.palette.windowText
                text: card.monthly
                font.pixelSize: 12
                font.bold: true
                ToolTip.visible: costHover.hovered
                ToolTip.text: qsTr("Estimate: nodes × the size's monthly list price")
                HoverHandler { id: costHover }
            }
        }

        Flow {
            width: parent.width
            spacing: 4
            visible: card.labels.length + card.taints.length + card.tags.length > 0
            Repeater {
                model: card.labels
                Chip {
                    required property string modelData
                    text: modelData
                    tint: Colors.labelChip
                }
            }
            Repeater {
                model: card.taints
                Chip {
                    required property string modelData
                    text: modelData
                    tint: Colors.taintChip
                }
            }
            Repeater {
                model: card.tags
                Chip {
                    required property string modelData
                    text: modelData
                    tint: Colors.tagChip
                }
            }
        }
    }
}
