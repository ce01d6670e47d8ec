import QtQuick
import QtQuick.Layouts

// One of the main window's banners, built the first time it is wanted and
// kept from then on (issue 16: the window starts without the banners it does
// not show; kept, so hiding one costs nothing and tests find it once shown).
// The banner keeps its objectName and hides itself when no longer wanted.
// By file name with setSource: a bound inline Component cannot be built by a
// Loader in Qt 6.4 ("outside its creation context").
Loader {
    // The condition the banner shows on.
    property bool wanted: false
    // The banner's file, beside this one, and its initial properties.
    property string file
    property var initialProperties: ({})

    Layout.fillWidth: true
    onWantedChanged: build()
    Component.onCompleted: build()
    function build() {
        if (wanted && !item)
            setSource(file, initialProperties)
    }
}
