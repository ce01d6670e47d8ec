pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// The cluster's autoscaler settings, edited visually: a slider for the
// scale-down threshold with its meaning in words, the unneeded time as the
// API reads it (a Go duration) with the field's error under it, and the
// expanders as ticks in the order the autoscaler applies them. What the
// values mean and whether they are valid comes from ClusterAutoscalerEditor.
ColumnLayout {
    id: panel

    required property ClusterAutoscalerEditor editor

    spacing: 6

    Label {
        text: qsTr("Scale down when a node is little used")
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true
        Slider {
            id: thresholdSlider
            objectName: "scaleDownThresholdSlider"
            Layout.fillWidth: true
            from: 0
            to: 1
            stepSize: 0.05
            snapMode: Slider.SnapAlways
            value: panel.editor.threshold
            onMoved: panel.editor.threshold = value
            Accessible.name: qsTr("Scale-down utilization threshold")
        }
        Label {
            objectName: "scaleDownThresholdValue"
            text: Math.round(panel.editor.threshold * 100) + " %"
            font.bold: true
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 48
        }
    }
    Label {
        objectName: "scaleDownThresholdMeaning"
        text: qsTr("The autoscaler will %1.").arg(panel.editor.thresholdMeaning)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Wait before removing an unneeded node")
        font.bold: true
        Layout.topMargin: 8
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            objectName: "scaleDownUnneededField"
            text: panel.editor.unneededTime
            placeholderText: qsTr("10m")
            Layout.preferredWidth: 120
            onTextEdited: panel.editor.unneededTime = text
            Accessible.name: qsTr("Scale-down unneeded time")
        }
        Label {
            objectName: "scaleDownUnneededMeaning"
            text: panel.editor.unneededMeaning
            color: palette.placeholderText
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
    FieldError {
        objectName: "scaleDownUnneededError"
        text: panel.editor.unneededError
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Choosing the pool to grow (expanders)")
        font.bold: true
        Layout.topMargin: 8
    }
    Repeater {
        model: panel.editor.expanderChoices
        delegate: CheckBox {
            id: choice
            required property string modelData
            objectName: "expander_" + modelData
            text: modelData + " — " + panel.editor.expanderMeaning(modelData)
            checked: panel.editor.expanders.indexOf(modelData) >= 0
            onToggled: panel.editor.setExpanderChosen(modelData, checked)
            Layout.fillWidth: true
            contentItem: Label {
                leftPadding: choice.indicator.width + choice.spacing
                text: choice.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    Label {
        objectName: "expandersOrder"
        text: panel.editor.expandersText
        color: palette.placeholderText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
