import QtQuick
import QtQuick.Dialogs
import PoolStudio

// Saves through the platform's file dialog (its native one where the
// platform has one), opening in the folder last used for this kind of file
// and proposing a name. The folder is remembered when the user saves; what
// to write is the caller's, on `fileChosen`. When it closes, saved or not,
// the focus goes back to the window and the item that had it.
FileDialog {
    id: dialog

    // "chart", "table", "manifest": each kind remembers its own folder.
    required property string kind

    // The file to save to in place of the one chosen in the dialog's view,
    // used once by the next accept(). For tests: Qt's own (non-native) dialog
    // takes a file name only before it opens, and openFor() proposes one then.
    property url answer

    signal fileChosen(url file)

    fileMode: FileDialog.SaveFile
    // Qt's own dialog says "Open" otherwise, even when saving.
    acceptLabel: qsTr("Save")

    // Opens with `fileName` proposed in the remembered folder.
    function openFor(fileName) {
        currentFolder = FileDialogMemory.folderFor(kind)
        selectedFile = FileDialogMemory.fileFor(kind, fileName)
        focusBefore.window = FileDialogMemory.windowOf(dialog)
        focusBefore.item = focusBefore.window ? focusBefore.window.activeFocusItem : null
        open()
    }

    // Where the focus was as the dialog opened (the item is guarded: null
    // once destroyed). Qt's own dialog can be a window of its own (Qt 6.8,
    // offscreen): hiding it activates no other window, which leaves the main
    // window without a focused item and Esc going nowhere. A window manager
    // may hand the focus back itself; keyboard users should not depend on it.
    QtObject {
        id: focusBefore
        property Window window
        property Item item
    }

    onVisibleChanged: {
        if (visible || !focusBefore.window)
            return
        focusBefore.window.requestActivate()
        if (focusBefore.item && focusBefore.item.visible)
            focusBefore.item.forceActiveFocus(Qt.OtherFocusReason)
        focusBefore.window = null
        focusBefore.item = null
    }

    onAccepted: {
        const file = answer.toString().length > 0 ? answer : selectedFile
        answer = ""
        FileDialogMemory.rememberFile(kind, file)
        fileChosen(file)
    }
}
