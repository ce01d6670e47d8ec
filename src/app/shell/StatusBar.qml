import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// What is true right now: demo or real, how fresh the data is, how much API
// quota is left and how many operations are running.
ToolBar {
    id: bar

    required property Workspace workspace

    // A count in the display locale ("4.997" in German); plain digits in the
    // C locale, which QML would group ("4,997").
    function count(n) {
        return Qt.locale().name === "C" ? String(n) : Number(n).toLocaleString(Qt.locale(), "f", 0)
    }

    position: ToolBar.Footer

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 14

        Label {
            objectName: "demoBadge"
            visible: bar.workspace.demoMode
            text: qsTr("DEMO · simulated account")
            color: "white"
            font.pixelSize: 11
            font.bold: true
            leftPadding: 8
            rightPadding: 8
            topPadding: 2
            bottomPadding: 2
            background: Rectangle { radius: 3; color: Colors.demoBadge }
        }
        Label {
            objectName: "lastRefreshLabel"
            text: bar.workspace.lastRefreshText.length > 0
                  ? qsTr("Refreshed at %1").arg(bar.workspace.lastRefreshText)
                  : qsTr("Not refreshed yet")
            font.pixelSize: 12
        }
        // A refresh of data already shown: static text, no animation (see
        // the toolbar's spinner, which is kept for the first load).
        Label {
            objectName: "refreshingLabel"
            visible: bar.workspace.loading && bar.workspace.loaded
            text: qsTr("Refreshing…")
            font.pixelSize: 12
            color: Colors.accent
        }
        Label {
            objectName: "staleBadge"
            visible: bar.workspace.stale && bar.workspace.loaded
            text: qsTr("stale")
            color: "white"
            font.pixelSize: 11
            leftPadding: 6
            rightPadding: 6
            background: Rectangle { radius: 3; color: Colors.warning }
            ToolTip.visible: staleHover.hovered
            ToolTip.text: qsTr("The last successful refresh is more than a minute old")
            HoverHandler { id: staleHover }
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "operationsLabel"
            visible: bar.workspace.operationsInFlight > 0
            text: qsTr("%n operation(s) running", "", bar.workspace.operationsInFlight)
            font.pixelSize: 12
            color: Colors.accent
        }
        Label {
            objectName: "rateLimitLabel"
            visible: bar.workspace.rateLimitRemaining >= 0
            text: qsTr("API requests left: %1 of %2").arg(bar.count(bar.workspace.rateLimitRemaining))
                                                    .arg(bar.count(bar.workspace.rateLimitLimit))
            font.pixelSize: 12
            opacity: 0.8
            ToolTip.visible: quotaHover.hovered
            ToolTip.text: qsTr("DigitalOcean allows 5,000 requests an hour and 250 a minute per token")
            HoverHandler { id: quotaHover }
        }
    }
}
