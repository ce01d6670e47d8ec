import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// One line on the selected cluster's autoscaler, for the pool list and
// beside the pool editor's autoscaling; "Tune…" where it can be changed.
RowLayout {
    id: summary

    required property Workspace workspace
    property bool canTune: true
    signal tuneRequested()

    visible: autoscaler.clusterName.length > 0
    spacing: 8

    ClusterAutoscalerEditor {
        id: autoscaler
        workspace: summary.workspace
    }
    Label {
        // Two of these can be on screen (pool list, pool editor): names tell them apart.
        objectName: summary.canTune ? "clusterAutoscalerSummary" : "editorClusterAutoscalerSummary"
        text: autoscaler.liveSummary
        color: palette.placeholderText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: summary.canTune ? "tuneAutoscalerButton" : ""
        visible: summary.canTune
        text: qsTr("Tune…")
        flat: true
        enabled: !summary.workspace.readOnly
        onClicked: summary.tuneRequested()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Change how this cluster's autoscaler scales down and picks pools")
    }
}
