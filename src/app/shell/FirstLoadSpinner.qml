import QtQuick
import QtQuick.Controls

// The toolbar's spinner for the first load, built by a Loader in Main.qml and
// unloaded once data is shown: a hidden Fusion BusyIndicator still runs its
// 250 ms fade-out animator, frames drawn for nothing (issue 16).
BusyIndicator {
    objectName: "firstLoadIndicator"
    running: true
}
