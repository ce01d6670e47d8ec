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

    signal fileChosen(url file)

    fileMode: FileDialog.SaveFile

    // Opens with `fileName` proposed in the remembered folder.
    function openFor(fileName) {
        currentFolder = FileDialogMemory.folderFor(kind)
        selectedFile = FileDialogMemory.fileFor(kind, fileName)
        open()
    }

    onAccepted: {
        FileDialogMemory.rememberFile(kind, selectedFile)
        fileChosen(selectedFile)
    }
}
