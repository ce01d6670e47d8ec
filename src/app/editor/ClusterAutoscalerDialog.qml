pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Tunes the selected cluster's autoscaler. "Review changes…" hands the plan
// dialog one step (PUT of the cluster with only its
// cluster_autoscaler_configuration); nothing is sent from here.
Dialog {
    id: dialog
    objectName: "clusterAutoscalerDialog"

    required property Workspace workspace
    required property PlanController planController
    signal planRequested()

    title: qsTr("Cluster autoscaler of %1").arg(autoscaler.clusterName)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    padding: 16

    onAboutToShow: autoscaler.reset()

    ClusterAutoscalerEditor {
        id: autoscaler
        objectName: "clusterAutoscalerEditor"
        workspace: dialog.workspace
    }

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            text: qsTr("These settings are the cluster's: they apply to every autoscaled pool "
                       + "of %1. Each pool keeps its own minimum and maximum.")
                      .arg(autoscaler.clusterName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ClusterAutoscalerPanel {
            editor: autoscaler
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "autoscalerResetButton"
            text: qsTr("Reset")
            enabled: autoscaler.hasChanges
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            onClicked: autoscaler.reset()
        }
        Button {
            objectName: "autoscalerCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "autoscalerReviewButton"
            text: qsTr("Review changes…")
            enabled: autoscaler.valid && autoscaler.hasChanges && !dialog.workspace.readOnly
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onAccepted: {
        if (autoscaler.planInto(dialog.planController))
            dialog.planRequested()
    }
}
