import QtQuick
import QtQuick.Controls
import PoolStudio

// A draggable, focusable handle on the autoscaling scale. The arrow keys move
// it by one node; dragging moves it to the nearest whole node.
Rectangle {
    id: handle

    required property Item track   // provides xOf(value), valueAt(x) and trackY
    required property int maxValue
    property int value
    property string caption

    signal moved(int value)

    x: track.xOf(value) - width / 2
    y: track.trackY - height / 2
    width: 18
    height: 18
    radius: 9
    color: activeFocus ? Colors.focusAccent : Colors.accent
    border.color: "white"
    border.width: 2
    activeFocusOnTab: true
    Accessible.role: Accessible.Slider
    Accessible.name: caption

    Keys.onLeftPressed: handle.moved(Math.max(0, handle.value - 1))
    Keys.onDownPressed: handle.moved(Math.max(0, handle.value - 1))
    Keys.onRightPressed: handle.moved(Math.min(handle.maxValue, handle.value + 1))
    Keys.onUpPressed: handle.moved(Math.min(handle.maxValue, handle.value + 1))

    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        y: -height - 6
        text: handle.caption + " " + handle.value
        font.pixelSize: 11
        font.bold: handle.activeFocus
        color: Colors.accent
    }
    MouseArea {
        anchors.fill: parent
        anchors.margins: -6
        cursorShape: Qt.SizeHorCursor
        onPressed: handle.forceActiveFocus()
        onPositionChanged: (mouse) => {
            const p = mapToItem(handle.track, mouse.x, mouse.y)
            handle.moved(handle.track.valueAt(p.x))
        }
    }
}
