import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// An edit that was never applied, left by a crash or a closed window:
// restore it into the editor or discard it. Main.qml builds it when first
// wanted (issue 16); its strings keep Main's translation context.
Rectangle {
    id: banner

    required property PoolEditor editor
    // Whether the window wants it shown (a saved draft, the data loaded,
    // the editor closed).
    property bool wanted: false

    // Restore was pressed: the window restores the draft and opens the editor.
    signal restoreRequested()

    objectName: "draftBanner"
    visible: wanted
    implicitHeight: visible ? draftRow.implicitHeight + 16 : 0
    color: Colors.draftBackground
    border.color: Colors.draftBorder
    RowLayout {
        id: draftRow
        anchors.fill: parent
        anchors.margins: 8
        Label {
            text: qsTranslate("Main", "An unapplied edit of pool %1 was kept from your last session.")
                      .arg(banner.editor.savedDraftName)
            color: Colors.draftText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "restoreDraftButton"
            text: qsTranslate("Main", "Restore")
            onClicked: banner.restoreRequested()
        }
        Button {
            objectName: "discardDraftButton"
            text: qsTranslate("Main", "Discard")
            flat: true
            // A flat button shows the banner behind it: its text in the banner's colour.
            palette.buttonText: Colors.draftText
            onClicked: banner.editor.discardDraft()
        }
    }
}
