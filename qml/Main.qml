pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

ApplicationWindow {
    id: window

    required property Workspace workspace

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: workspace.demoMode ? qsTr("Pool Studio — demo") : qsTr("Pool Studio")

    Shortcut {
        sequences: [StandardKey.Refresh, "Ctrl+R"]
        onActivated: window.workspace.refresh()
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8
            spacing: 12

            Label {
                text: qsTr("Pool Studio")
                font.bold: true
                font.pixelSize: 16
            }
            Label {
                objectName: "demoBadge"
                visible: window.workspace.demoMode
                text: qsTr("DEMO · simulated account")
                color: "white"
                font.pixelSize: 11
                font.bold: true
                leftPadding: 8
                rightPadding: 8
                topPadding: 3
                bottomPadding: 3
                background: Rectangle { radius: 3; color: "#7b5cd6" }
            }
            Label {
                objectName: "accountLabel"
                text: window.workspace.accountLabel
                opacity: 0.8
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: window.workspace.loading
                visible: running
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Label {
                objectName: "rateLimitLabel"
                visible: window.workspace.rateLimitRemaining >= 0
                text: qsTr("API quota %1/%2").arg(window.workspace.rateLimitRemaining)
                                             .arg(window.workspace.rateLimitLimit)
                opacity: 0.7
                font.pixelSize: 12
                ToolTip.visible: quotaHover.hovered
                ToolTip.text: qsTr("Requests left in DigitalOcean's hourly rate limit")
                HoverHandler { id: quotaHover }
            }
            ToolButton {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                enabled: !window.workspace.loading
                onClicked: window.workspace.refresh()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Fetch clusters and pools again (F5)")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            text: window.workspace.errorText
            onRetry: window.workspace.refresh()
            onDismissed: window.workspace.dismissError()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ClusterList {
                SplitView.preferredWidth: 320
                SplitView.minimumWidth: 240
                workspace: window.workspace
            }
            PoolList {
                SplitView.fillWidth: true
                workspace: window.workspace
            }
        }
    }

    Component.onCompleted: workspace.refresh()
}
