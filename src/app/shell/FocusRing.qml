import QtQuick
import PoolStudio

// The keyboard focus, drawn: a ring around whatever item has the focus while
// the keyboard is in use (KeyboardFocus decides which, and hides it on a
// mouse click). One ring for the whole window, so every button, field, list,
// check box and chip shows its focus the same way in both themes. It is four
// thin bars, not a filled item, so it never covers what it rings: a click at
// the item's centre still reaches the item.
Item {
    id: ring

    property alias window: tracker.window
    readonly property Item target: tracker.item

    objectName: "focusRing"
    // Inside the target, so it moves and scrolls with it.
    parent: target ?? null
    visible: target !== null
    anchors.fill: parent
    // Outside the item where there is room, just inside it where a list or
    // scroll view would cut the ring off.
    anchors.margins: -tracker.outset
    z: 10000

    readonly property int thickness: 2
    readonly property color color: Colors.focusRing

    KeyboardFocus { id: tracker }

    Rectangle { x: 0; y: 0; width: ring.width; height: ring.thickness; color: ring.color; radius: 1 }
    Rectangle { x: 0; y: ring.height - ring.thickness; width: ring.width; height: ring.thickness; color: ring.color; radius: 1 }
    Rectangle { x: 0; y: 0; width: ring.thickness; height: ring.height; color: ring.color; radius: 1 }
    Rectangle { x: ring.width - ring.thickness; y: 0; width: ring.thickness; height: ring.height; color: ring.color; radius: 1 }
}
