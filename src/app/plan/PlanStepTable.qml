pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The plan's steps in the order they run, one row each: the kind in its
// colour, the pool, its fields before → after, the monthly cost (for a
// blue/green replacement also while both pools run) and, during and after a
// run, what became of the step. Destructive rows carry a red edge and their
// reasons. Rows are found by objectName: planStep_<n>, planStepKind_<n>, ...
Frame {
    id: table

    required property PlanStepModel steps
    // Show the State column (a run has started).
    property bool showState: false
    readonly property alias view: list

    // Widths shared by the header and every row.
    readonly property int numberWidth: 26
    readonly property int kindWidth: 130
    readonly property int poolWidth: 190
    readonly property int costWidth: 190
    readonly property int stateWidth: showState ? 130 : 0
    // What the fields column has of a row: the rest, after the fixed columns.
    readonly property real fieldsWidth: list.width - 20 - numberWidth - kindWidth - poolWidth
                                        - costWidth - stateWidth - 10 * (showState ? 5 : 4)

    // The field names' font: their column is as wide as a row's longest name.
    // Measured in a Label's own font (the style's family at 12 px): a bare
    // FontMetrics falls back to another family and measured names too short.
    Label {
        id: fieldNameFont
        visible: false
        font.pixelSize: 12
    }
    FontMetrics {
        id: fieldNameMetrics
        font: fieldNameFont.font
    }

    function kindColor(kind) {
        switch (kind) {
        case "create": return Colors.stateColor("running")
        case "update": return Colors.accent
        case "configure": return Colors.accent // the cluster autoscaler's settings changed
        case "replace": return Colors.warning
        case "delete": return Colors.error
        }
        return palette.mid
    }
    function stateColor(state) {
        switch (state) {
        case "applied": return Colors.stateColor("running")
        case "settling": return Colors.stateColor("provisioning")
        case "failed": return Colors.error
        }
        return palette.placeholderText
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 10
            color: table.palette.alternateBase
            RowLayout {
                id: header
                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 10
                spacing: 10
                Label { text: "#"; font.bold: true; opacity: 0.7; Layout.preferredWidth: table.numberWidth }
                Label { text: qsTr("Step"); font.bold: true; opacity: 0.7; Layout.preferredWidth: table.kindWidth }
                Label { text: qsTr("Pool"); font.bold: true; opacity: 0.7; Layout.preferredWidth: table.poolWidth }
                Label { text: qsTr("Before → after"); font.bold: true; opacity: 0.7; Layout.fillWidth: true }
                Label {
                    text: qsTr("Monthly cost")
                    font.bold: true
                    opacity: 0.7
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: table.costWidth
                }
                Label {
                    visible: table.showState
                    text: qsTr("State")
                    font.bold: true
                    opacity: 0.7
                    Layout.preferredWidth: table.stateWidth
                }
            }
        }

        ListView {
            id: list
            objectName: "planStepsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: table.steps
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row

                required property int index
                required property string kind
                required property string kindText
                required property string method
                required property string clusterName
                required property string poolName
                required property string finalName
                required property var fields
                required property string costBefore
                required property string costAfter
                required property string costDelta
                required property string overlapCost
                required property int capacityDip
                required property bool destructive
                required property var reasons
                required property var notes
                required property bool warning
                required property string state
                required property string stateText

                objectName: "planStep_" + index
                width: ListView.view.width
                implicitHeight: rowColumn.implicitHeight + 16
                color: destructive ? Qt.rgba(Colors.error.r, Colors.error.g, Colors.error.b, 0.07)
                     : index % 2 === 1 ? Qt.rgba(table.palette.text.r, table.palette.text.g,
                                                 table.palette.text.b, 0.03)
                     : "transparent"

                // Destructive steps stand out at a glance: a red edge.
                Rectangle {
                    visible: row.destructive
                    width: 4
                    height: parent.height
                    color: Colors.error
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: table.palette.mid
                    opacity: 0.35
                }

                ColumnLayout {
                    id: rowColumn
                    x: 10
                    y: 8
                    width: row.width - 20
                    spacing: 4

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10

                        Label {
                            text: row.index + 1
                            opacity: 0.6
                            Layout.preferredWidth: table.numberWidth
                            Layout.alignment: Qt.AlignTop
                        }
                        ColumnLayout {
                            Layout.preferredWidth: table.kindWidth
                            Layout.maximumWidth: table.kindWidth
                            Layout.alignment: Qt.AlignTop
                            spacing: 3
                            Rectangle {
                                id: kindBadge
                                objectName: "planStepKind_" + row.index
                                readonly property string kind: row.kind
                                implicitWidth: kindLabel.implicitWidth + 14
                                implicitHeight: kindLabel.implicitHeight + 6
                                radius: 4
                                color: table.kindColor(row.kind)
                                Label {
                                    id: kindLabel
                                    anchors.centerIn: parent
                                    text: row.kindText
                                    color: "white"
                                    font.bold: true
                                    font.pixelSize: 12
                                }
                            }
                            Label {
                                objectName: "planStepMethod_" + row.index
                                visible: row.method.length > 0
                                text: row.method
                                font.pixelSize: 11
                                opacity: 0.75
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        ColumnLayout {
                            Layout.preferredWidth: table.poolWidth
                            Layout.maximumWidth: table.poolWidth
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Label {
                                objectName: "planStepPool_" + row.index
                                text: row.poolName
                                font.bold: true
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "planStepFinalName_" + row.index
                                visible: row.finalName.length > 0
                                text: qsTr("→ %1").arg(row.finalName)
                                font.family: "monospace"
                                font.pixelSize: 12
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: table.steps.manyClusters
                                text: qsTr("in %1").arg(row.clusterName)
                                font.pixelSize: 11
                                opacity: 0.7
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        // Fields: "count 2 → 3"; a created pool's values alone, a deleted one's struck.
                        ColumnLayout {
                            id: fieldsColumn
                            objectName: "planStepFields_" + row.index
                            // The longest field name of the row sets the names' width
                            // (scale_down_utilization_threshold, labels.KEY), up to
                            // 45 % of the column; a longer one wraps instead of eliding.
                            readonly property real nameWidth: {
                                let widest = 0
                                for (const change of row.fields)
                                    widest = Math.max(widest,
                                                      fieldNameMetrics.advanceWidth(change.field))
                                const most = Math.max(60, table.fieldsWidth * 0.45)
                                return Math.ceil(Math.min(Math.max(widest + 2, 60), most))
                            }
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Repeater {
                                model: row.fields
                                // Placed by bindings, not a RowLayout: Qt 6.4's layout kept a
                                // wrapped name's first width or height when nameWidth changed.
                                delegate: Item {
                                    id: fieldRow
                                    required property int index
                                    required property var modelData
                                    readonly property bool showsBefore:
                                        modelData.before.length > 0
                                        || (row.kind !== "create" && row.kind !== "delete")
                                    readonly property bool showsArrow:
                                        row.kind !== "create" && row.kind !== "delete"
                                    objectName: "planStepField_" + row.index + "_" + modelData.field
                                    Layout.fillWidth: true
                                    implicitHeight: Math.max(fieldName.implicitHeight,
                                                             showsBefore ? beforeValue.implicitHeight : 0,
                                                             afterValue.visible ? afterValue.implicitHeight : 0)
                                    Label {
                                        id: fieldName
                                        objectName: "planStepFieldName_" + row.index + "_"
                                                    + fieldRow.modelData.field
                                        width: fieldsColumn.nameWidth
                                        text: fieldRow.modelData.field
                                        opacity: 0.7
                                        font.pixelSize: 12
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        id: beforeValue
                                        // A create shows values alone; a change says what was there.
                                        visible: fieldRow.showsBefore
                                        x: fieldName.width + 6
                                        width: Math.min(implicitWidth,
                                                        Math.max(40, fieldRow.width - x - 12))
                                        text: fieldRow.modelData.before.length > 0
                                              ? fieldRow.modelData.before : qsTr("(none)")
                                        font.family: "monospace"
                                        font.pixelSize: 12
                                        font.strikeout: row.kind === "delete"
                                        color: row.kind === "delete" ? Colors.error : table.palette.text
                                        opacity: row.kind === "delete" ? 1 : 0.75
                                        wrapMode: Text.WrapAnywhere
                                    }
                                    Label {
                                        id: arrow
                                        visible: fieldRow.showsArrow
                                        x: (fieldRow.showsBefore ? beforeValue.x + beforeValue.width
                                                                 : fieldName.width) + 6
                                        text: "→"
                                        opacity: 0.7
                                    }
                                    Label {
                                        id: afterValue
                                        visible: row.kind !== "delete"
                                        x: fieldRow.showsArrow ? arrow.x + arrow.width + 6
                                                               : fieldName.width + 6
                                        width: Math.max(40, fieldRow.width - x)
                                        text: fieldRow.modelData.after.length > 0
                                              ? fieldRow.modelData.after : qsTr("(none)")
                                        font.family: "monospace"
                                        font.pixelSize: 12
                                        font.bold: row.kind !== "create"
                                        wrapMode: Text.WrapAnywhere
                                    }
                                }
                            }
                        }
                        ColumnLayout {
                            objectName: "planStepCost_" + row.index
                            Layout.preferredWidth: table.costWidth
                            Layout.maximumWidth: table.costWidth
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Label {
                                text: row.kind === "create" ? qsTr("+ %1").arg(row.costAfter)
                                    : row.kind === "delete" ? qsTr("− %1").arg(row.costBefore)
                                    : row.costBefore === row.costAfter ? row.costAfter
                                    : qsTr("%1 → %2").arg(row.costBefore).arg(row.costAfter)
                                horizontalAlignment: Text.AlignRight
                                font.bold: true
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: row.costDelta.length > 0 && row.kind !== "create"
                                         && row.kind !== "delete"
                                text: qsTr("%1 a month").arg(row.costDelta)
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 12
                                opacity: 0.75
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "planStepOverlap_" + row.index
                                visible: row.overlapCost.length > 0
                                text: qsTr("%1 while both run").arg(row.overlapCost)
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 12
                                color: Colors.warning
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "planStepFinalCost_" + row.index
                                visible: row.overlapCost.length > 0
                                text: qsTr("%1 once %2 is gone").arg(row.costAfter).arg(row.poolName)
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 12
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "planStepDip_" + row.index
                                visible: row.capacityDip > 0
                                text: qsTr("−%n node(s) meanwhile", "", row.capacityDip)
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 12
                                font.bold: true
                                color: Colors.error
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            objectName: "planStepState_" + row.index
                            visible: table.showState
                            text: row.stateText
                            color: table.stateColor(row.state)
                            font.bold: row.state !== "not-sent" && row.state !== "planned"
                            wrapMode: Text.Wrap
                            Layout.preferredWidth: table.stateWidth
                            Layout.maximumWidth: table.stateWidth
                            Layout.alignment: Qt.AlignTop
                        }
                    }

                    // Why it needs confirming, and what to know, under the row.
                    Repeater {
                        model: row.reasons
                        delegate: Label {
                            required property string modelData
                            text: "⚠ " + modelData
                            color: Colors.error
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.leftMargin: table.numberWidth + 10
                        }
                    }
                    Repeater {
                        model: row.notes
                        delegate: Label {
                            required property int index
                            required property string modelData
                            text: (row.warning && index === 0 ? "⚠ " : "ℹ ") + modelData
                            color: row.warning && index === 0 ? Colors.warning : table.palette.text
                            opacity: row.warning && index === 0 ? 1 : 0.75
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.leftMargin: table.numberWidth + 10
                        }
                    }
                }
            }
        }
    }
}
