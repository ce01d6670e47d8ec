import QtQuick
import PoolStudio

// A small rounded label for a tag, a label or a taint. A Rectangle around a
// plain Text, not a Controls Label with a background: a pool card shows a
// dozen of them and each is built before the first frame (issue 16); the
// look (11 px text, 6 px and 2 px padding, 8 px corners) is the same.
Rectangle {
    id: chip

    property alias text: label.text
    property color tint: Colors.chipBackground
    property bool muted: false

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: 8
    color: tint
    opacity: muted ? 0.55 : 1

    Text {
        id: label
        x: 6
        y: 2
        font.pixelSize: 11
        color: Colors.chipText
    }
}
