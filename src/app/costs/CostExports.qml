import QtQuick
import PoolStudio

// Saves the cost page's charts (PNG) and tables (CSV) where the user
// chooses, through the platform's file dialog; charts and tables each open
// in the folder they were last saved to. Says what happened in `saved`.
Item {
    id: exports

    required property CostModel costs

    signal saved(string message)

    function saveChart(item, name) {
        chartDialog.chart = item
        chartDialog.openFor(name + ".png")
    }
    function saveCsv(which, name) {
        tableDialog.which = which
        tableDialog.openFor(name + ".csv")
    }

    SaveFileDialog {
        id: chartDialog
        objectName: "chartSaveDialog"
        kind: "chart"
        property Item chart
        title: qsTr("Save chart")
        nameFilters: [qsTr("PNG images (*.png)")]
        defaultSuffix: "png"
        onFileChosen: (file) => {
            const path = FileDialogMemory.localPath(file)
            const chart = chartDialog.chart
            if (!chart)
                return
            chart.grabToImage(function(result) {
                exports.saved(result.saveToFile(path) ? qsTr("Saved %1").arg(path)
                                                      : qsTr("Could not save %1").arg(path))
            })
        }
    }
    SaveFileDialog {
        id: tableDialog
        objectName: "tableSaveDialog"
        kind: "table"
        property string which
        title: qsTr("Save table")
        nameFilters: [qsTr("CSV tables (*.csv)")]
        defaultSuffix: "csv"
        onFileChosen: (file) => {
            const path = FileDialogMemory.localPath(file)
            const error = exports.costs.exportCsv(tableDialog.which, path)
            exports.saved(error === "" ? qsTr("Saved %1").arg(path)
                                       : qsTr("Could not save %1: %2").arg(path).arg(error))
        }
    }
}
