import QtQuick
import QtQuick.Controls
import QtTest
import PoolStudio

// A TextArea with a SyntaxHighlighter attached, as the manifest views use it:
// it loads, names its backend, and marking errors or switching language never
// changes the text (the import view must not take a re-colour for an edit).
Item {
    id: root
    width: 480
    height: 240

    TextArea {
        id: area
        objectName: "manifestText"
        anchors.fill: parent
        textFormat: TextEdit.PlainText
        text: "kind: DigitalOceanKubernetesNodePool\nspec:\n  nodeCount: 3\n  taints:\n"
              + "    - {key: gpu, value: \"true\", effect: Bogus}\n"
        property int edits: 0
        onTextChanged: edits += 1
    }

    SyntaxHighlighter {
        id: highlighter
        textDocument: area.textDocument
        dark: false
    }

    TestCase {
        name: "SyntaxHighlighter"
        when: windowShown

        function init() {
            highlighter.language = "yaml"
            highlighter.errorMarks = []
            area.edits = 0
        }

        function test_loadsWithItsDefaults() {
            compare(highlighter.language, "yaml")
            verify(highlighter.textDocument === area.textDocument)
            verify(highlighter.backendName === "built-in"
                   || highlighter.backendName === "KSyntaxHighlighting",
                   highlighter.backendName)
        }

        function test_errorMarksLeaveTheTextAlone() {
            const before = area.text
            highlighter.errorMarks = [{line: 5, column: 41, message: "unknown effect \"Bogus\""}]
            compare(highlighter.errorMarks.length, 1)
            compare(highlighter.errorMessagesAt(5), "unknown effect \"Bogus\"")
            compare(highlighter.errorMessagesAt(4), "")
            compare(area.text, before)
            compare(area.edits, 0)
        }

        function test_languageSwitchLeavesTheTextAlone() {
            highlighter.language = "terraform"
            highlighter.language = "bash"
            highlighter.language = "yaml"
            compare(area.edits, 0)
        }

        function test_plainTextNeedsNoKdeDefinition() {
            highlighter.language = "plain"
            compare(highlighter.backendName, "built-in")
        }
    }
}
