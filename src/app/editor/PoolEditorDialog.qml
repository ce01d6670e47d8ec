pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PoolStudio

// Create or edit a node pool. Every field validates as the user types, with
// the message beside it; nothing is sent until the plan is reviewed.
Dialog {
    id: dialog

    required property PoolEditor editor

    signal reviewRequested()

    objectName: "poolEditorDialog"
    modal: true
    focus: true
    title: editor.isNew ? qsTr("New node pool in %1").arg(editor.clusterName)
                        : qsTr("Edit node pool %1").arg(editor.name)
    width: Math.min(parent ? parent.width - 80 : 900, 900)
    height: parent ? parent.height - 60 : 760
    anchors.centerIn: Overlay.overlay
    closePolicy: Popup.CloseOnEscape

    footer: DialogButtonBox {
        Button {
            objectName: "editorUndoButton"
            text: qsTr("Undo")
            enabled: dialog.editor.canUndo
            onClicked: dialog.editor.undo()
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            ToolTip.visible: hovered
            ToolTip.text: Shortcuts.tip("undo")
        }
        Button {
            objectName: "editorCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "editorReviewButton"
            text: qsTr("Review changes…")
            enabled: dialog.editor.valid
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            ToolTip.visible: hovered
            ToolTip.text: Shortcuts.tip("review")
        }
    }
    onAccepted: reviewRequested()
    onRejected: editor.discardDraft()

    Shortcut {
        sequences: Shortcuts.sequences("undo")
        enabled: dialog.visible && dialog.editor.canUndo
        onActivated: dialog.editor.undo()
    }
    Shortcut {
        sequences: Shortcuts.sequences("redo")
        enabled: dialog.visible && dialog.editor.canRedo
        onActivated: dialog.editor.redo()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 14

            Label {
                objectName: "problemSummary"
                visible: text.length > 0
                text: dialog.editor.problemSummary
                color: Colors.error
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // The draft could not be written (full disk...): it is still here.
            Label {
                objectName: "draftSaveWarning"
                visible: dialog.editor.draftSaveError.length > 0
                text: "⚠ " + dialog.editor.draftSaveError + "\n"
                      + qsTr("Your changes are kept in this window; they would be lost if it closed.")
                color: Colors.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // Name
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label { text: qsTr("Name"); font.bold: true }
                TextField {
                    objectName: "poolNameField"
                    text: dialog.editor.name
                    onTextEdited: dialog.editor.name = text
                    // Names are node-name prefixes and label values: fixed once created.
                    readOnly: !dialog.editor.isNew
                    placeholderText: qsTr("e.g. web-workers")
                    selectByMouse: true
                    Layout.fillWidth: true
                    focus: true
                }
                FieldError {
                    objectName: "poolNameError"
                    text: dialog.editor.fieldErrors["spec.nodePoolName"] ?? ""
                    Layout.fillWidth: true
                }
            }

            // Best-practice warnings: the change may still be applied.
            Repeater {
                model: dialog.editor.lintWarnings
                delegate: Label {
                    required property string modelData
                    objectName: "lintWarning"
                    text: "⚠ " + modelData
                    color: Colors.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            // Size
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    text: qsTr("Droplet size (available in this cluster's region)")
                    font.bold: true
                }
                Frame {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 230
                    padding: 1
                    ListView {
                        id: sizes
                        objectName: "sizePicker"
                        anchors.fill: parent
                        clip: true
                        model: dialog.editor.sizeOptions
                        keyNavigationEnabled: true
                        activeFocusOnTab: true // Tab reaches the sizes; arrows move
                        // The arrows pick the size, as in a group of radio buttons.
                        onActiveFocusChanged: {
                            if (!activeFocus)
                                return
                            for (let i = 0; i < count; ++i)
                                if (model[i].slug === dialog.editor.size)
                                    currentIndex = i
                        }
                        onCurrentIndexChanged: if (activeFocus && currentIndex >= 0)
                                                   dialog.editor.size = model[currentIndex].slug
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: sizeRow
                            required property int index
                            required property var modelData
                            // The first size of each family carries the family's heading.
                            readonly property bool firstOfFamily: index === 0
                                || sizes.model[index - 1].family !== modelData.family
                            objectName: "size_" + modelData.slug
                            width: ListView.view.width
                            topPadding: firstOfFamily ? 26 : 6
                            highlighted: dialog.editor.size === modelData.slug
                            onClicked: dialog.editor.size = modelData.slug
                            Label {
                                visible: sizeRow.firstOfFamily
                                x: 8
                                y: 6
                                text: sizeRow.modelData.family
                                font.bold: true
                                font.pixelSize: 12
                                opacity: 0.7
                            }
                            contentItem: RowLayout {
                                spacing: 12
                                Label {
                                    text: sizeRow.modelData.slug
                                    font.family: "monospace"
                                    Layout.preferredWidth: 170
                                }
                                Label {
                                    text: sizeRow.modelData.summary
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: sizeRow.modelData.monthly
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: 110
                                }
                                Label {
                                    text: sizeRow.modelData.hourly
                                    horizontalAlignment: Text.AlignRight
                                    opacity: 0.7
                                    Layout.preferredWidth: 80
                                }
                            }
                        }
                    }
                }
                FieldError {
                    objectName: "sizeError"
                    text: dialog.editor.fieldErrors["spec.size"] ?? ""
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "sizeReplaceNote"
                    visible: dialog.editor.sizeChangeReplaces
                    text: dialog.editor.keepName
                          ? qsTr("A pool's size cannot change. Keeping the name deletes %1 first "
                                 + "and creates it anew at this size: the cluster runs without "
                                 + "its %n node(s) until the new ones run.", "",
                                 dialog.editor.capacityDip).arg(dialog.editor.name)
                          : qsTr("A pool's size cannot change. Applying this creates a new pool of "
                                 + "this size, then deletes the old one once the new nodes run.")
                    color: Colors.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // The replacement: a new name (blue/green), or the same name in place.
                ColumnLayout {
                    objectName: "replacementChoice"
                    visible: dialog.editor.sizeChangeReplaces
                    spacing: 4
                    Layout.fillWidth: true
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        Label { text: qsTr("New pool's name"); font.bold: true }
                        TextField {
                            objectName: "replacementNameField"
                            text: dialog.editor.replacementName
                            enabled: !dialog.editor.keepName
                            onTextEdited: dialog.editor.replacementName = text
                            selectByMouse: true
                            font.family: "monospace"
                            Layout.fillWidth: true
                        }
                    }
                    FieldError {
                        objectName: "replacementNameError"
                        text: dialog.editor.fieldErrors["replacementName"] ?? ""
                        Layout.fillWidth: true
                    }
                    CheckBox {
                        objectName: "keepNameCheck"
                        text: qsTr("Keep the name (in-place): delete %1 first, then create it anew")
                                  .arg(dialog.editor.name)
                        checked: dialog.editor.keepName
                        enabled: dialog.editor.canKeepName || dialog.editor.keepName
                        onToggled: dialog.editor.keepName = checked
                        HoverHandler { id: keepHover }
                        ToolTip.visible: keepHover.hovered
                        ToolTip.text: dialog.editor.canKeepName
                            ? qsTr("For manifests or tools that key on the pool name. Needs the "
                                   + "destructive confirmation in the plan.")
                            : qsTr("Only where another pool of the cluster carries the workload "
                                   + "while this one is gone; this cluster has no other pool.")
                    }
                    Label {
                        objectName: "keepNameUnavailable"
                        visible: !dialog.editor.canKeepName
                        text: qsTr("Keeping the name is not offered: this cluster has no other "
                                   + "pool to carry the workload meanwhile.")
                        font.pixelSize: 11
                        opacity: 0.7
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 30
                    }
                    Label {
                        objectName: "capacityDipNote"
                        visible: dialog.editor.keepName
                        text: qsTr("Capacity dip: −%n node(s) from the delete until the new pool "
                                   + "runs.", "", dialog.editor.capacityDip)
                        color: Colors.error
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.leftMargin: 30
                    }
                }
            }

            // Nodes and autoscaling
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label { text: qsTr("Nodes"); font.bold: true }
                AutoscaleEditor {
                    objectName: "autoscaleEditor"
                    Layout.fillWidth: true
                    autoScale: dialog.editor.autoScale
                    minNodes: dialog.editor.minNodes
                    maxNodes: dialog.editor.maxNodes
                    count: dialog.editor.count
                    liveCount: dialog.editor.liveCount
                    limit: dialog.editor.dropletLimit
                    nodeStates: dialog.editor.nodeStates
                    costNowText: dialog.editor.costNowText
                    costBandText: dialog.editor.costBandText
                    warnings: dialog.editor.autoscaleWarnings
                    onAutoScaleToggled: (on) => dialog.editor.autoScale = on
                    onMinNodesMoved: (value) => dialog.editor.minNodes = value
                    onMaxNodesMoved: (value) => dialog.editor.maxNodes = value
                    onCountMoved: (value) => dialog.editor.count = value
                }
                ClusterAutoscalerSummary { // the cluster's side of autoscaling; tuned from the pool list
                    workspace: dialog.editor.workspace
                    canTune: false
                    Layout.fillWidth: true
                }
                FieldError {
                    objectName: "nodesError"
                    text: dialog.editor.fieldErrors["spec.nodeCount"]
                          ?? dialog.editor.fieldErrors["spec.minNodes"]
                          ?? dialog.editor.fieldErrors["spec.maxNodes"] ?? ""
                    Layout.fillWidth: true
                }
            }

            // Labels
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                RowLayout {
                    Label { text: qsTr("Labels"); font.bold: true; Layout.fillWidth: true }
                    Button {
                        objectName: "addLabelButton"
                        text: qsTr("Add label")
                        onClicked: dialog.editor.addLabel()
                    }
                }
                Repeater {
                    model: dialog.editor.labelCount
                    delegate: ColumnLayout {
                        id: labelRow
                        required property int index
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: labelKey
                                objectName: "labelKey_" + labelRow.index
                                placeholderText: qsTr("key, e.g. workload")
                                text: dialog.editor.labels[labelRow.index]?.key ?? ""
                                onTextEdited: dialog.editor.setLabel(labelRow.index, text, labelValue.text)
                                Layout.fillWidth: true
                            }
                            Label { text: "=" }
                            TextField {
                                id: labelValue
                                objectName: "labelValue_" + labelRow.index
                                placeholderText: qsTr("value")
                                text: dialog.editor.labels[labelRow.index]?.value ?? ""
                                onTextEdited: dialog.editor.setLabel(labelRow.index, labelKey.text, text)
                                Layout.fillWidth: true
                            }
                            ToolButton {
                                text: "✕"
                                onClicked: dialog.editor.removeLabel(labelRow.index)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Remove this label")
                            }
                        }
                        FieldError {
                            text: dialog.editor.labelErrors[labelRow.index] ?? ""
                            Layout.fillWidth: true
                        }
                    }
                }
                Label {
                    visible: !dialog.editor.isNew
                    text: qsTr("Removing a label from the pool does not remove it from nodes that "
                               + "already run; new and recycled nodes get the pool's labels.")
                    font.pixelSize: 11
                    opacity: 0.7
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            // Taints
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                RowLayout {
                    Label { text: qsTr("Taints"); font.bold: true; Layout.fillWidth: true }
                    Button {
                        objectName: "addTaintButton"
                        text: qsTr("Add taint")
                        onClicked: dialog.editor.addTaint()
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        text: qsTr("Presets:")
                        opacity: 0.7
                        height: 28
                        verticalAlignment: Text.AlignVCenter
                    }
                    Repeater {
                        model: dialog.editor.taintPresets()
                        delegate: Button {
                            required property int index
                            required property string modelData
                            objectName: "taintPreset_" + index
                            text: "+ " + modelData
                            flat: true
                            font.pixelSize: 11
                            onClicked: dialog.editor.addTaintPreset(modelData)
                        }
                    }
                }
                Repeater {
                    model: dialog.editor.taintCount
                    delegate: ColumnLayout {
                        id: taintRow
                        required property int index
                        readonly property var taint: dialog.editor.taints[index] ?? ({})
                        function send() {
                            dialog.editor.setTaint(index, taintKey.text, taintValue.text,
                                                   taintEffect.currentText)
                        }
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: taintKey
                                objectName: "taintKey_" + taintRow.index
                                placeholderText: qsTr("key")
                                text: taintRow.taint.key ?? ""
                                onTextEdited: taintRow.send()
                                Layout.fillWidth: true
                            }
                            Label { text: "=" }
                            TextField {
                                id: taintValue
                                objectName: "taintValue_" + taintRow.index
                                placeholderText: qsTr("value (optional)")
                                text: taintRow.taint.value ?? ""
                                onTextEdited: taintRow.send()
                                Layout.fillWidth: true
                            }
                            ComboBox {
                                id: taintEffect
                                objectName: "taintEffect_" + taintRow.index
                                model: dialog.editor.taintEffects
                                currentIndex: Math.max(0, model.indexOf(taintRow.taint.effect ?? ""))
                                onActivated: taintRow.send()
                                Layout.preferredWidth: 170
                            }
                            ToolButton {
                                text: "✕"
                                onClicked: dialog.editor.removeTaint(taintRow.index)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Remove this taint")
                            }
                        }
                        FieldError {
                            text: dialog.editor.taintErrors[taintRow.index] ?? ""
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            // Tags
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label { text: qsTr("Tags"); font.bold: true }
                Flow {
                    Layout.fillWidth: true
                    spacing: 4
                    Repeater {
                        model: dialog.editor.tags
                        delegate: Chip {
                            id: tagChip
                            required property int index
                            required property string modelData
                            objectName: "tag_" + modelData
                            text: modelData + "  ✕"
                            tint: (dialog.editor.tagErrors[index] ?? "").length > 0 ? Colors.invalidChip : Colors.tagChip
                            TapHandler { onTapped: dialog.editor.removeTag(tagChip.index) }
                            ToolTip.visible: tagHover.hovered
                            ToolTip.text: dialog.editor.tagErrors[index] || qsTr("Click to remove")
                            HoverHandler { id: tagHover }
                        }
                    }
                    Repeater {
                        model: dialog.editor.automaticTags
                        delegate: Chip {
                            required property string modelData
                            text: modelData
                            muted: true
                            ToolTip.visible: autoHover.hovered
                            ToolTip.text: qsTr("Added by DigitalOcean; read-only")
                            HoverHandler { id: autoHover }
                        }
                    }
                }
                TextField {
                    objectName: "tagField"
                    placeholderText: qsTr("Add a tag, e.g. team:payments, and press Enter")
                    Layout.fillWidth: true
                    onAccepted: {
                        dialog.editor.addTag(text)
                        text = ""
                    }
                }
                FieldError {
                    objectName: "tagsError"
                    text: dialog.editor.tagErrors.find(message => message.length > 0) ?? ""
                    Layout.fillWidth: true
                }
            }
        }
    }
}
