// The window tst_syntaxhighlighter shows: a manifest with one error mark.
import QtQuick
import QtQuick.Controls
import PoolStudio

ApplicationWindow {
    id: window
    width: 600
    height: 380
    visible: true
    Component.onCompleted: Colors.applyTheme(palette)

    ScrollView {
        anchors.fill: parent
        anchors.margins: 8
        TextArea {
            id: area
            objectName: "manifestText"
            readOnly: true
            font.family: "monospace"
            wrapMode: TextEdit.NoWrap
            text: "---\n"
                + "# gpu pool, exported from prod-tor1\n"
                + "apiVersion: digital-ocean.project-planton.org/v1\n"
                + "kind: DigitalOceanKubernetesNodePool\n"
                + "metadata:\n"
                + "  name: &pool gpu-inference\n"
                + "spec:\n"
                + "  nodePoolName: *pool\n"
                + "  cluster:\n"
                + "    value: 81427890-05c8-4261-a62f-752e9e2788d2  # prod-tor1\n"
                + "  size: gpu-h100x1-80gb\n"
                + "  nodeCount: 1\n"
                + "  autoScale: false\n"
                + "  labels: {hardware: gpu}\n"
                + "  taints:\n"
                + "    - {key: nvidia.com/gpu, value: \"true\", effect: NoSchedul}\n"
                + "  tags: [team:ml, env:prod]\n"
            background: Rectangle {
                color: window.palette.base
                border.color: window.palette.mid
            }
        }
    }

    SyntaxHighlighter {
        objectName: "highlighter"
        textDocument: area.textDocument
        dark: Colors.dark
        errorMarks: [{line: 16, column: 52, message: "spec.taints[0].effect: unknown effect"}]
    }
}
