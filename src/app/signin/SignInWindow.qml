import QtQuick
import QtQuick.Controls
import PoolStudio

// The window while nobody is signed in: the sign-in page alone.
ApplicationWindow {
    id: window

    required property AccountController accounts

    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 560
    visible: true
    title: qsTr("Pool Studio — sign in")

    SignInPage {
        anchors.fill: parent
        accounts: window.accounts
    }

    Component.onCompleted: Colors.applyTheme(palette)
}
