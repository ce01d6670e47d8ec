pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// F1 / Ctrl+?: every shortcut, straight from the Shortcuts table the
// Shortcut items and tooltips use, grouped by where it works.
Dialog {
    id: sheet

    objectName: "shortcutsSheet"
    title: qsTr("Keyboard shortcuts")
    modal: true
    width: Math.min(parent ? parent.width - 120 : 640, 640)
    height: Math.min(parent ? parent.height - 80 : 620, 620)
    anchors.centerIn: Overlay.overlay
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    footer: DialogButtonBox {
        Button {
            objectName: "shortcutsCloseButton"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ListView {
        id: list
        objectName: "shortcutsList"
        anchors.fill: parent
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        model: Shortcuts.entries
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: row
            required property var modelData
            required property int index
            width: ListView.view.width
            spacing: 0
            // A heading where a group begins (the table keeps groups together).
            Label {
                visible: row.index === 0 || list.model[row.index - 1].group !== row.modelData.group
                text: row.modelData.group
                font.bold: true
                topPadding: row.index === 0 ? 0 : 12
                bottomPadding: 4
            }
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                Label {
                    objectName: "shortcutKeys_" + row.modelData.action
                    text: row.modelData.keys
                    font.family: "monospace"
                    Layout.preferredWidth: 200
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.Wrap
                    leftPadding: 8
                    topPadding: 3
                    bottomPadding: 3
                }
                Label {
                    text: row.modelData.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    topPadding: 3
                    bottomPadding: 3
                }
            }
        }
    }
}
