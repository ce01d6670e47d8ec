import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Asks before a node is deleted or replaced (its pods are evicted first,
// unless draining is skipped). The node list builds it on first use (issue
// 16: not with the window). Its texts keep the node list's translation
// context (qsTranslate), where they were written and translated.
Dialog {
    id: confirm

    required property Workspace workspace

    property string nodeId
    property string nodeName
    property bool replace

    function ask(id, name, replacing) {
        nodeId = id
        nodeName = name
        replace = replacing
        skipDrain.checked = false
        open()
    }

    objectName: "nodeDeleteDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    title: replace ? qsTranslate("NodeList", "Replace node %1?").arg(nodeName) : qsTranslate("NodeList", "Delete node %1?").arg(nodeName)
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: confirm.workspace.deleteNode(nodeId, replace, skipDrain.checked)
    // Names for DialogKeys and the tests: standard buttons have none.
    Component.onCompleted: {
        standardButton(Dialog.Ok).objectName = "nodeDeleteConfirmButton"
        standardButton(Dialog.Cancel).objectName = "nodeDeleteCancelButton"
    }

    ColumnLayout {
        Label {
            text: confirm.replace
                  ? qsTranslate("NodeList", "Its pods are evicted, the droplet is deleted and a new node is created.")
                  : qsTranslate("NodeList", "Its pods are evicted and the droplet is deleted. The pool's count drops by one.")
            wrapMode: Text.Wrap
            Layout.maximumWidth: 420
        }
        CheckBox {
            id: skipDrain
            objectName: "skipDrainBox"
            text: qsTranslate("NodeList", "Skip draining (pods are killed at once)")
        }
    }
}
