import QtQuick
import QtQuick.Controls
import PoolStudio

// The validation message for one field, shown right under it.
Label {
    visible: text.length > 0
    color: Colors.error
    font.pixelSize: 12
    wrapMode: Text.Wrap
}
