pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// One node pool: size, count and autoscaling, node health, labels, taints, tags.
Frame {
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.name
                font.bold: true
                font.pixelSize: 15
            }
            Label {
                text: card.size + (card.sizeSummary.length > 0 ? "  (" + card.sizeSummary + ")" : "")
                opacity: 0.75
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: card.autoScale ? qsTr("autoscale %1–%2").arg(card.minNodes).arg(card.maxNodes)
                                     : qsTr("fixed")
                font.pixelSize: 12
                color: card.autoScale ? Colors.accent : card.palette.windowText
            }
        }

        RowLayout {
            spacing: 8
            Label {
                text: qsTr("%n node(s)", "", card.count)
                font.pixelSize: 12
            }
            NodeDots {
                states: card.nodeStates
                Layout.fillWidth: true
            }
            Label {
                objectName: "poolMonthly"
                text: card.monthly
                font.pixelSize: 12
                font.bold: true
                ToolTip.visible: costHover.hovered
                ToolTip.text: qsTr("Estimate: nodes × the size's monthly list price")
                HoverHandler { id: costHover }
            }
        }

        Flow {
            Layout.fillWidth: true
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
