// Billed vs estimated: per cluster and month, what DigitalOcean's invoice
// says beside the estimate from the recorded history, the difference and
// what explains it. Every figure and sentence comes from BilledCostModel
// (C++, core::billing); this file only lays them out.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

Pane {
    id: view
    objectName: "billedView"

    required property Workspace workspace
    property string historyPath: ""
    readonly property BilledCostModel billed: billedModel
    signal closeRequested()

    BilledCostModel {
        id: billedModel
        workspace: view.workspace
        historyPath: view.historyPath
        Component.onCompleted: refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: qsTr("Billed vs estimated")
                font.pixelSize: 20
                font.bold: true
            }
            Label { text: qsTr("Month") }
            ComboBox {
                objectName: "billedMonthBox"
                model: billedModel.months
                enabled: billedModel.months.length > 0
                currentIndex: billedModel.monthIndex
                onActivated: index => billedModel.monthIndex = index
                implicitContentWidthPolicy: ComboBox.WidestText
            }
            BusyIndicator {
                running: billedModel.loading
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "billedRefreshButton"
                text: qsTr("Refresh")
                onClicked: billedModel.refresh()
            }
            ToolButton {
                objectName: "billedCloseButton"
                text: qsTr("Back to estimates")
                onClicked: view.closeRequested()
            }
        }

        // Without billing:read: say so, what to do, and nothing else breaks.
        Rectangle {
            objectName: "billedError"
            visible: billedModel.errorText !== ""
            Layout.fillWidth: true
            implicitHeight: errorLabel.implicitHeight + 16
            radius: 4
            color: billedModel.scopeMissing ? Colors.cautionBackground : Colors.errorBackground
            border.color: billedModel.scopeMissing ? Colors.cautionBorder : Colors.errorBorder
            Label {
                id: errorLabel
                objectName: "billedErrorText"
                anchors.fill: parent
                anchors.margins: 8
                text: billedModel.errorText
                color: billedModel.scopeMissing ? Colors.cautionText : Colors.errorText
                wrapMode: Text.Wrap
            }
        }

        Label {
            objectName: "billedPeriod"
            visible: text !== ""
            text: billedModel.periodText
            opacity: 0.8
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        // Header and rows share these widths.
        component Cells: RowLayout {
            id: cells
            property string cluster
            property string billedCell
            property string estimatedCell
            property string differenceCell
            property string explanationCell
            property color differenceColor: palette.text
            property bool header: false
            spacing: 12
            Label {
                text: cells.cluster
                font.bold: cells.header
                elide: Text.ElideRight
                Layout.preferredWidth: 190
            }
            Label {
                text: cells.billedCell
                font.bold: cells.header
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 100
            }
            Label {
                text: cells.estimatedCell
                font.bold: cells.header
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 100
            }
            Label {
                text: cells.differenceCell
                font.bold: cells.header
                color: cells.differenceColor
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 100
            }
            Label {
                text: cells.explanationCell
                font.bold: cells.header
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Cells {
            Layout.fillWidth: true
            visible: billedList.count > 0
            header: true
            cluster: qsTr("Cluster")
            billedCell: qsTr("Billed")
            estimatedCell: qsTr("Estimated")
            differenceCell: qsTr("Difference")
            explanationCell: qsTr("What explains it")
        }

        ListView {
            id: billedList
            objectName: "billedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: billedModel
            delegate: Cells {
                id: row
                required property string clusterName
                required property bool exists
                required property string billedText
                required property string estimatedText
                required property string differenceText
                required property real differenceCents
                required property string explanation
                objectName: "billedRow_" + clusterName
                width: billedList.width
                cluster: exists ? clusterName : qsTr("%1 (gone)").arg(clusterName)
                billedCell: billedText
                estimatedCell: estimatedText
                differenceCell: differenceText
                explanationCell: explanation
                differenceColor: differenceCents === 0 ? palette.text
                                 : differenceCents > 0 ? Colors.warning : Colors.accent
            }
            Label {
                anchors.centerIn: parent
                visible: billedList.count === 0 && !billedModel.loading
                         && billedModel.errorText === ""
                text: qsTr("No Kubernetes items on this invoice.")
                opacity: 0.7
            }
        }

        RowLayout {
            objectName: "billedTotals"
            visible: billedList.count > 0
            Layout.fillWidth: true
            spacing: 16
            Label {
                objectName: "billedTotal"
                text: qsTr("Billed %1").arg(billedModel.billedTotalText)
                font.bold: true
            }
            Label {
                objectName: "estimatedTotal"
                text: qsTr("Estimated %1").arg(billedModel.estimatedTotalText)
                font.bold: true
            }
            Label {
                objectName: "differenceTotal"
                text: qsTr("Difference %1").arg(billedModel.differenceTotalText)
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Estimate: recorded node counts, per second, at most 672 h a node a "
                           + "month, HA control plane $40.00/month.")
                font.pixelSize: 11
                opacity: 0.7
            }
        }
    }
}
