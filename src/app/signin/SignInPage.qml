pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PoolStudio

// First start, a signed-out window, or "Add account…": a personal access
// token, checked with DigitalOcean before it is kept; the demo; doctl's
// contexts; and the contexts already kept. Where the token goes is said
// before it goes there: the keychain, or (only when ticked) a 0600 file.
Pane {
    id: page
    objectName: "signInPage"

    required property AccountController accounts

    readonly property SignInController signInFlow: accounts.signInFlow
    readonly property bool keychainChecking: signInFlow.keychainState === SignInController.KeychainChecking
    // Where a token would go now (the rule is core::tokenStorageFor).
    readonly property int storage: signInFlow.tokenStorage(signInFlow.keychainState, fileBox.checked)
    readonly property bool canStore: storage !== SignInController.StoreNowhere
    property bool doctlOpen: false

    function signIn() {
        if (tokenField.text.length > 0 && page.canStore && !page.accounts.busy)
            page.signInFlow.signIn(nameField.text, tokenField.text, fileBox.checked)
    }
    function chosenDoctlContexts() {
        const names = []
        for (let i = 0; i < doctlRepeater.count; ++i) {
            const box = doctlRepeater.itemAt(i)
            if (box && box.checked && box.enabled)
                names.push(box.contextName)
        }
        return names
    }

    padding: 0

    // A Flickable, not a ScrollView: its scroll bar lies over the content, so
    // the card's width (and so its height) does not depend on whether it scrolls.
    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        // The window's height when the card fits (so it can be centred), else the card's.
        contentHeight: Math.max(height, card.height + 48)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // A card in the middle of the window, as wide as reads well.
        Rectangle {
            id: card
            width: Math.min(640, scroller.width - 48)
            height: column.implicitHeight + 56
            x: (scroller.width - width) / 2
            y: Math.max(24, (scroller.height - height) / 2)
            color: page.palette.base
            border.color: page.palette.mid
            radius: 8

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: 28
                spacing: 12

                Label {
                    text: qsTr("Pool Studio")
                    font.pixelSize: 26
                    font.bold: true
                }
                Label {
                    text: qsTr("Sign in with a DigitalOcean personal access token to see and change "
                               + "the node pools of your Kubernetes clusters.")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }

                // Why this page is shown (signed out, no token for a context...).
                Label {
                    objectName: "signInMessage"
                    visible: text.length > 0
                    text: page.accounts.signInMessage
                    wrapMode: Text.Wrap
                    color: Colors.accent
                    Layout.fillWidth: true
                }
                ContextsFileBanner {
                    objectName: "contextsFileBanner"
                    accounts: page.accounts
                    Layout.fillWidth: true
                }

                Label {
                    text: qsTr("Token")
                    font.bold: true
                    Layout.topMargin: 8
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: tokenField
                        objectName: "tokenField"
                        echoMode: TextInput.Password
                        placeholderText: qsTr("dop_v1_…")
                        selectByMouse: true
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Personal access token")
                        onAccepted: page.signIn()
                    }
                    Button {
                        objectName: "pasteTokenButton"
                        text: qsTr("Paste")
                        onClicked: {
                            tokenField.clear()
                            tokenField.paste()
                        }
                    }
                }
                Label {
                    text: qsTr("Create one at cloud.digitalocean.com/account/api/tokens. Read scope is "
                               + "enough to look; changing pools needs write scope.")
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    opacity: 0.7
                    Layout.fillWidth: true
                }
                Label {
                    visible: page.accounts.apiUrlText.length > 0
                    text: qsTr("API: %1").arg(page.accounts.apiUrlText)
                    font.pixelSize: 12
                    opacity: 0.7
                }

                Label {
                    text: qsTr("Context name")
                    font.bold: true
                    Layout.topMargin: 4
                }
                TextField {
                    id: nameField
                    objectName: "contextNameField"
                    // Set, not bound: a binding would wipe what the user typed
                    // whenever the controller's state changes.
                    Component.onCompleted: text = page.accounts.signInName
                    placeholderText: qsTr("e.g. work (empty: the team's name)")
                    selectByMouse: true
                    Layout.fillWidth: true
                    onAccepted: page.signIn()
                }

                // Where the token will be kept, said before it is kept.
                Label {
                    objectName: "keychainStatus"
                    visible: !fileBanner.visible
                    text: page.keychainChecking ? qsTr("Looking for a keychain…")
                                                : qsTr("The token will be kept in the desktop keychain "
                                                       + "(Secret Service or KWallet), never in a "
                                                       + "settings file.")
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Rectangle {
                    id: fileBanner
                    objectName: "noKeychainBanner"
                    visible: page.signInFlow.keychainState === SignInController.KeychainUnavailable
                    Layout.fillWidth: true
                    implicitHeight: fileColumn.implicitHeight + 20
                    color: Colors.cautionBackground
                    border.color: Colors.cautionBorder
                    radius: 4
                    ColumnLayout {
                        id: fileColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 6
                        Label {
                            objectName: "keychainProblem"
                            text: page.signInFlow.keychainProblem
                            color: Colors.cautionText
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        CheckBox {
                            id: fileBox
                            objectName: "storeInFileBox"
                            text: qsTr("Store in a file (mode 0600) in %1").arg(page.accounts.tokenFilePath)
                            Layout.fillWidth: true
                            contentItem: Label {
                                leftPadding: fileBox.indicator.width + fileBox.spacing
                                text: fileBox.text
                                color: Colors.cautionText
                                wrapMode: Text.WrapAnywhere
                            }
                        }
                        Label {
                            text: qsTr("Only your user can read that file, but unlike a keychain it is "
                                       + "not encrypted: anything running as you can read the token.")
                            color: Colors.cautionText
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                RowLayout {
                    spacing: 12
                    Layout.topMargin: 4
                    Button {
                        objectName: "signInButton"
                        text: qsTr("Check and sign in")
                        highlighted: true
                        enabled: tokenField.text.length > 0 && page.canStore && !page.accounts.busy
                        onClicked: page.signIn()
                    }
                    BusyIndicator {
                        running: page.accounts.busy
                        visible: running
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    Label {
                        objectName: "busyText"
                        text: page.accounts.busyText
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "signInError"
                    visible: text.length > 0
                    text: page.accounts.signInError
                    color: Colors.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                // The contexts already kept.
                Label {
                    visible: page.accounts.contexts.length > 0
                    text: qsTr("Saved contexts")
                    font.bold: true
                    Layout.topMargin: 12
                }
                Flow {
                    visible: page.accounts.contexts.length > 0
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: page.accounts.contexts
                        delegate: Button {
                            required property var modelData
                            objectName: "openContext_" + modelData.name
                            text: modelData.team.length > 0 ? qsTr("%1 · %2").arg(modelData.name).arg(modelData.team)
                                                            : modelData.name
                            enabled: !page.accounts.busy
                            onClicked: page.accounts.switchContext(modelData.name)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("%1, token in the %2").arg(modelData.email)
                                              .arg(modelData.storage === "file" ? qsTr("token file")
                                                                                : qsTr("keychain"))
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    implicitHeight: 1
                    color: palette.mid
                }

                RowLayout {
                    spacing: 12
                    Button {
                        objectName: "demoButton"
                        text: qsTr("Try the demo")
                        enabled: !page.accounts.busy
                        onClicked: page.accounts.useDemo()
                    }
                    Label {
                        text: qsTr("A simulated account with three clusters; nothing leaves this computer.")
                        wrapMode: Text.Wrap
                        font.pixelSize: 12
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    spacing: 12
                    Button {
                        objectName: "doctlButton"
                        text: qsTr("Import from doctl…")
                        enabled: !page.accounts.busy
                        onClicked: {
                            page.doctlOpen = true
                            page.accounts.doctlImport.read("")
                        }
                    }
                    Label {
                        text: qsTr("Reads doctl's config.yaml (never changes it) and keeps the chosen "
                                   + "contexts' tokens where a sign-in would.")
                        wrapMode: Text.Wrap
                        font.pixelSize: 12
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                }

                // doctl's contexts, once read.
                ColumnLayout {
                    objectName: "doctlPanel"
                    visible: page.doctlOpen && page.accounts.doctlImport.loaded
                    spacing: 6
                    Layout.fillWidth: true
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            objectName: "doctlPath"
                            text: qsTr("From %1").arg(page.accounts.doctlImport.path)
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "doctlChooseButton"
                            text: qsTr("Choose file…")
                            flat: true
                            onClicked: doctlFileDialog.open()
                        }
                    }
                    Repeater {
                        model: page.accounts.doctlImport.errors
                        delegate: Label {
                            required property string modelData
                            text: "⚠ " + modelData
                            color: Colors.warning
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: page.accounts.doctlImport.contexts.length === 0
                        text: qsTr("No context with a token was found there.")
                        opacity: 0.7
                    }
                    Repeater {
                        id: doctlRepeater
                        model: page.accounts.doctlImport.contexts
                        delegate: CheckBox {
                            required property var modelData
                            readonly property string contextName: modelData.name
                            objectName: "doctl_" + modelData.name
                            checked: modelData.problem.length === 0
                            enabled: modelData.problem.length === 0
                            text: modelData.name
                                  + (modelData.current ? qsTr(" (doctl's current context)") : "")
                                  + (modelData.apiUrl.length > 0 ? " · " + modelData.apiUrl : "")
                                  + (modelData.problem.length > 0 ? " — " + modelData.problem : "")
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "doctlImportButton"
                        visible: page.accounts.doctlImport.contexts.length > 0
                        text: qsTr("Check and import the chosen contexts")
                        enabled: page.canStore && !page.accounts.busy
                        onClicked: page.accounts.doctlImport.importContexts(page.chosenDoctlContexts(), fileBox.checked)
                    }
                }
            }
        }
    }

    Connections {
        target: page.accounts
        function onSignInNameChanged() {
            nameField.text = page.accounts.signInName
        }
    }

    FileDialog {
        id: doctlFileDialog
        title: qsTr("doctl config file")
        nameFilters: [qsTr("doctl config (*.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: page.accounts.doctlImport.read(selectedFile.toString())
    }
}
