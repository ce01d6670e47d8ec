pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PoolStudio

// One dot per node, coloured by its state, so a pool's health reads at a glance.
Flow {
    id: dots

    property var states: []

    spacing: 3

    Repeater {
        model: dots.states
        delegate: Rectangle {
            required property string modelData
            width: 10
            height: 10
            radius: 5
            color: Colors.stateColor(modelData)
            ToolTip.visible: dotHover.hovered
            ToolTip.text: modelData
            HoverHandler { id: dotHover }
        }
    }
}
