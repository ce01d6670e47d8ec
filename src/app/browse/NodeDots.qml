pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PoolStudio

// One dot per node, coloured by its state, so a pool's health reads at a glance.
Flow {
    id: dots

    property var states: []

    spacing: 3

    // The dots follow `states` one by one: a changed state recolours its dot,
    // a node more or less adds or removes one. Given the array itself, the
    // Repeater would rebuild every dot of the pool whenever one node changed
    // (issue 16: a 1 % refresh re-created 20 dots and their hover handlers).
    ListModel {
        id: dotModel
    }
    function follow() {
        const next = dots.states || []
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
    onStatesChanged: follow()
    Component.onCompleted: follow()

    Repeater {
        model: dotModel
        delegate: Rectangle {
            required property string nodeState
            objectName: "nodeDot"
            width: 10
            height: 10
            radius: 5
            color: Colors.stateColor(nodeState)
            ToolTip.visible: dotHover.hovered
            ToolTip.text: nodeState
            HoverHandler { id: dotHover }
        }
    }
}
