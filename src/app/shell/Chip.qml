import QtQuick
import QtQuick.Controls

// A small rounded label for a tag, a label or a taint.
Label {
    id: chip

    property color tint: "#e8eaf0"
    property bool muted: false

    font.pixelSize: 11
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    opacity: muted ? 0.55 : 1
    color: "#1d2433"
    background: Rectangle {
        radius: 8
        color: chip.tint
    }
}
