import QtQuick
import QtQuick.Controls
import PoolStudio

// Asks before the context is signed out: its token is removed and the
// context forgotten. The context switcher builds it on first use (issue 16:
// not with the window). Its texts keep the switcher's translation context
// (qsTranslate), where they were written and translated.
Dialog {
    id: dialog

    required property AccountController accounts

    objectName: "signOutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: 460
    title: qsTranslate("ContextSwitcher", "Sign out of “%1”?").arg(dialog.accounts ? dialog.accounts.contextName : "")
    standardButtons: Dialog.Ok | Dialog.Cancel
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTranslate("ContextSwitcher", "Its token is removed from %1 and the context is forgotten. To use it "
                   + "again you will need a token.")
              .arg(dialog.accounts ? dialog.accounts.storeName : "")
    }
    onAccepted: dialog.accounts.signOut()
    Component.onCompleted: {
        standardButton(Dialog.Ok).text = qsTranslate("ContextSwitcher", "Sign out")
        // A name for DialogKeys: standard buttons have none.
        standardButton(Dialog.Ok).objectName = "signOutConfirmButton"
    }
}
