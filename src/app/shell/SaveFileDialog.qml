import QtQuick
import QtQuick.Dialogs
import PoolStudio

// Saves through the platform's file dialog (its native one where the
// platform has one), opening in the folder last used for this kind of file
// and proposing a name. The folder is remembered when the user saves; what
// to write is the caller's, on `fileChosen`.
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
        open()
    }

    onAccepted: {
        const file = answer.toString().length > 0 ? answer : selectedFile
        answer = ""
        FileDialogMemory.rememberFile(kind, file)
        fileChosen(file)
    }
}
