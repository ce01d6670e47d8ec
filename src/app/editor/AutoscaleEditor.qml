pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The visual autoscaling editor. A scale from 0 to the account's droplet limit:
// with autoscaling on, two handles set the bounds (min, max) and a marker shows
// the count now; with it off, one handle sets the fixed count. The pool's
// nodes are drawn as dots at 1..count, coloured by state. Every number it
// shows beyond the positions (costs, warnings) and where a handle may go
// (ScaleRules) come from C++.
ColumnLayout {
    id: editor

    property bool autoScale: false
    property int minNodes: 0
    property int maxNodes: 0
    property int count: 1
    property int liveCount: 0        // what the pool runs now (0 for a new pool)
    property int limit: 25           // the account's droplet limit
    property var nodeStates: []
    property string costNowText
    property string costBandText
    property var warnings: []

    signal autoScaleToggled(bool on)
    signal minNodesMoved(int value)
    signal maxNodesMoved(int value)
    signal countMoved(int value)

    readonly property int scaleEnd: Math.max(limit, maxNodes, count, liveCount, 1)

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Switch {
            objectName: "autoscaleSwitch"
            text: qsTr("Autoscale")
            checked: editor.autoScale
            onToggled: editor.autoScaleToggled(checked)
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
            opacity: 0.8
            text: editor.autoScale
                  ? qsTr("The autoscaler keeps between <b>%1</b> and <b>%2</b> nodes; %3 run now.")
                        .arg(editor.minNodes).arg(editor.maxNodes).arg(editor.liveCount)
                  : qsTr("A fixed pool of <b>%1</b> nodes.").arg(editor.count)
        }
    }

    Item {
        id: gauge
        objectName: "autoscaleScale"
        Layout.fillWidth: true
        implicitHeight: 96

        readonly property real pad: 36 // room for the "max 25" caption at either end
        readonly property real trackY: 40
        function xOf(value) { return pad + value / editor.scaleEnd * (width - 2 * pad) }
        function valueAt(x) {
            return Math.max(0, Math.min(editor.scaleEnd,
                   Math.round((x - pad) / (width - 2 * pad) * editor.scaleEnd)))
        }

        // the track
        Rectangle {
            x: gauge.pad
            y: gauge.trackY - 2
            width: gauge.width - 2 * gauge.pad
            height: 4
            radius: 2
            color: gauge.palette.mid
        }
        // the autoscaling band between the bounds
        Rectangle {
            visible: editor.autoScale
            x: gauge.xOf(editor.minNodes)
            y: gauge.trackY - 6
            width: gauge.xOf(editor.maxNodes) - x
            height: 12
            radius: 3
            color: Qt.rgba(0.23, 0.51, 0.96, 0.25)
            border.color: Colors.accent
        }
        // the droplet limit, where the scale ends
        Label {
            x: gauge.xOf(editor.limit) - width / 2
            y: gauge.trackY + 22
            text: qsTr("limit %1").arg(editor.limit)
            font.pixelSize: 10
            opacity: 0.6
        }
        Label {
            x: gauge.xOf(0) - width / 2
            y: gauge.trackY + 22
            text: "0"
            font.pixelSize: 10
            opacity: 0.6
        }
        // the nodes that run now, one dot each at 1..n
        Repeater {
            model: editor.nodeStates
            delegate: Rectangle {
                required property int index
                required property string modelData
                x: gauge.xOf(index + 1) - 4
                y: gauge.trackY - 4
                width: 8
                height: 8
                radius: 4
                color: Colors.stateColor(modelData)
            }
        }

        // "now": the count the pool runs, below the track
        Item {
            visible: editor.liveCount > 0 && (editor.autoScale || editor.liveCount !== editor.count)
            x: gauge.xOf(editor.liveCount)
            y: gauge.trackY + 6
            Label {
                x: -width / 2
                y: -4
                text: "▲"
                font.pixelSize: 10
            }
            Label {
                objectName: "nowMarker"
                x: -width / 2
                y: 9
                text: qsTr("now %1").arg(editor.liveCount)
                font.pixelSize: 11
                font.bold: true
            }
        }

        ScaleHandle {
            track: gauge
            maxValue: editor.scaleEnd
            objectName: "minHandle"
            visible: editor.autoScale
            value: editor.minNodes
            caption: qsTr("min")
            onMoved: (v) => editor.minNodesMoved(ScaleRules.minNodes(v, editor.maxNodes))
        }
        ScaleHandle {
            track: gauge
            maxValue: editor.scaleEnd
            objectName: "maxHandle"
            visible: editor.autoScale
            value: editor.maxNodes
            caption: qsTr("max")
            onMoved: (v) => editor.maxNodesMoved(ScaleRules.maxNodes(v, editor.minNodes))
        }
        ScaleHandle {
            track: gauge
            maxValue: editor.scaleEnd
            objectName: "countHandle"
            visible: !editor.autoScale
            value: editor.count
            caption: qsTr("nodes")
            onMoved: (v) => editor.countMoved(ScaleRules.count(v))
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        Label {
            objectName: "costNow"
            text: editor.costNowText
            font.bold: true
        }
        Label {
            objectName: "costBand"
            visible: editor.autoScale
            text: editor.costBandText
            opacity: 0.85
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
    }

    Repeater {
        model: editor.warnings
        delegate: Label {
            required property string modelData
            objectName: "autoscaleWarning"
            text: "⚠ " + modelData
            color: Colors.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
