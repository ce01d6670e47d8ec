import QtQuick
import QtTest
import PoolStudio

// The visual autoscaling editor on its own: dragging, keys, bounds, and the
// numbers it is given. Costs and warnings come from C++; here they are inputs.
Item {
    id: root
    width: 700
    height: 240

    AutoscaleEditor {
        id: editor
        width: 640
        autoScale: true
        minNodes: 2
        maxNodes: 6
        count: 3
        liveCount: 3
        limit: 25
        nodeStates: ["running", "running", "provisioning"]
        costNowText: "≈ $72.00 a month now"
        costBandText: "autoscaling band $48.00 – $144.00 a month"
        onMinNodesMoved: (value) => minNodes = value
        onMaxNodesMoved: (value) => maxNodes = value
        onCountMoved: (value) => count = value
        onAutoScaleToggled: (on) => autoScale = on
    }

    TestCase {
        name: "AutoscaleEditor"
        when: windowShown

        function handle(name) { return findChild(editor, name) }
        function centre(item) { return item.mapToItem(root, item.width / 2, item.height / 2) }

        function init() {
            editor.autoScale = true
            editor.minNodes = 2
            editor.maxNodes = 6
            editor.count = 3
        }

        function test_arrowKeysMoveTheFocusedHandle() {
            const max = handle("maxHandle")
            max.forceActiveFocus()
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            compare(editor.maxNodes, 8)
            keyClick(Qt.Key_Left)
            compare(editor.maxNodes, 7)
            const min = handle("minHandle")
            min.forceActiveFocus()
            keyClick(Qt.Key_Left)
            compare(editor.minNodes, 1)
        }

        function test_minCannotPassMaxAndMaxCannotPassMin() {
            handle("minHandle").forceActiveFocus()
            for (let i = 0; i < 10; ++i)
                keyClick(Qt.Key_Right)
            compare(editor.minNodes, 6)
            handle("maxHandle").forceActiveFocus()
            for (let i = 0; i < 10; ++i)
                keyClick(Qt.Key_Left)
            compare(editor.maxNodes, 6)
        }

        function test_draggingTheMaxHandleToTheRightRaisesMax() {
            const max = handle("maxHandle")
            const from = centre(max)
            const gauge = findChild(editor, "autoscaleScale")
            // Where 12 nodes sit on the scale, in root coordinates.
            const to = gauge.mapToItem(root, gauge.xOf(12), gauge.trackY)
            mousePress(root, from.x, from.y)
            mouseMove(root, (from.x + to.x) / 2, from.y)
            mouseMove(root, to.x, from.y)
            mouseRelease(root, to.x, from.y)
            compare(editor.maxNodes, 12)
        }

        function test_draggingStopsAtTheEndOfTheScale() {
            const max = handle("maxHandle")
            const from = centre(max)
            mousePress(root, from.x, from.y)
            mouseMove(root, root.width - 1, from.y)
            mouseRelease(root, root.width - 1, from.y)
            compare(editor.maxNodes, editor.limit)
        }

        function test_fixedModeShowsOneHandleForTheCount() {
            editor.autoScale = false
            verify(!handle("minHandle").visible)
            verify(!handle("maxHandle").visible)
            verify(handle("countHandle").visible)
            handle("countHandle").forceActiveFocus()
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            compare(editor.count, 1) // a fixed pool keeps at least one node
        }

        function test_switchFollowsTheDraftAfterAClick() {
            const toggle = findChild(editor, "autoscaleSwitch")
            mouseClick(toggle)
            compare(editor.autoScale, false)
            editor.autoScale = true // e.g. undo
            compare(toggle.checked, true)
        }

        function test_showsTheCostsItIsGiven() {
            compare(findChild(editor, "costNow").text, "≈ $72.00 a month now")
            verify(findChild(editor, "costBand").visible)
            compare(findChild(editor, "costBand").text, "autoscaling band $48.00 – $144.00 a month")
            editor.autoScale = false
            verify(!findChild(editor, "costBand").visible)
        }

        function test_nowMarkerSaysWhatRunsNow() {
            compare(findChild(editor, "nowMarker").text, "now 3")
        }
    }
}
