pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One dot per node, coloured by its state, so a pool's health reads at a glance.
Flow {
    id: dots

    property var states: []

    function colorOf(state) {
        switch (state) {
        case "running": return "#2e9e5b"
        case "provisioning": return "#3b82f6"
        case "draining": return "#f59e0b"
        case "deleting": return "#dc2626"
        default: return "#9ca3af"
        }
    }

    spacing: 3

    Repeater {
        model: dots.states
        delegate: Rectangle {
            required property string modelData
            width: 10
            height: 10
            radius: 5
            color: dots.colorOf(modelData)
            ToolTip.visible: dotHover.hovered
            ToolTip.text: modelData
            HoverHandler { id: dotHover }
        }
    }
}
