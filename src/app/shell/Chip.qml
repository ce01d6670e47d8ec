import QtQuick
import QtQuick.Controls
import PoolStudio

// A small rounded label for a tag, a label or a taint.
Label {
    id: chip

    property color tint: Colors.chipBackground
    property bool muted: false

    font.pixelSize: 11
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    opacity: muted ? 0.55 : 1
    color: Colors.chipText
    background: Rectangle {
        radius: 8
        color: chip.tint
    }
}
