// The cost review: charts and a sortable summary, all figures from CostModel
// (C++, the same core rules as `poolctl cost`). QML only draws them, and reads
// each series once per redraw: the model computes them once per refresh.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import PoolStudio

Pane {
    id: page
    objectName: "costPage"

    // Owned by CostDrawer, which keeps it (and the history it records) while
    // this page is not built.
    required property CostModel costs
    property string exportStatus: ""
    readonly property bool dark: palette.window.hslLightness < 0.5
    readonly property int chartTheme: dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    signal closeRequested()

    // What the charts drew, read once per redraw (hover and click look here).
    property var stacks: []
    property var slices: []
    property var familyBars: []
    property var bands: []

    Connections {
        target: page.costs
        function onCostChanged() { page.redraw() }
        function onHistoryChanged() { page.redrawHistory() }
    }

    // Saved where the user chooses, in the platform's file dialog.
    CostExports {
        id: exports
        costs: page.costs
        onSaved: (message) => page.exportStatus = message
    }
    function saveChart(item, name) { exports.saveChart(item, name) }
    function saveCsv(which, name) { exports.saveCsv(which, name) }

    function niceMax(value) {
        if (value <= 0)
            return 1
        const step = Math.pow(10, Math.floor(Math.log(value) / Math.LN10))
        return Math.ceil(value * 1.1 / step) * step
    }

    function redraw() {
        // Cost by cluster, one stacked segment per pool.
        clusterSeries.clear()
        clusterAxisX.categories = page.costs.clusterCategories
        const stacks = page.costs.clusterStacks
        page.stacks = stacks
        const totals = []
        for (let s = 0; s < stacks.length; ++s) {
            const set = clusterSeries.append(stacks[s].label, stacks[s].values)
            if (stacks[s].other)
                set.color = page.dark ? "#6b7280" : "#9ca3af"
            for (let c = 0; c < stacks[s].values.length; ++c)
                totals[c] = (totals[c] || 0) + stacks[s].values[c]
        }
        clusterAxisY.max = niceMax(Math.max.apply(null, totals.concat([0])))

        // Donut by tag value.
        tagSeries.clear()
        const slices = page.costs.tagSlices
        page.slices = slices
        for (let i = 0; i < slices.length; ++i) {
            const slice = tagSeries.append(slices[i].label + "  " + slices[i].text, slices[i].dollars)
            slice.labelVisible = false
        }

        // Size families.
        const families = page.costs.familyBars
        page.familyBars = families
        familySet.values = families.map(b => b.dollars)
        familyAxisX.categories = families.map(b => b.shortLabel)
        familyAxisY.max = niceMax(Math.max.apply(null, families.map(b => b.dollars).concat([0])))

        // Autoscaling bands: transparent up to min, then min..max, current as a dot.
        const bands = page.costs.bands
        page.bands = bands
        bandAxisY.categories = bands.map(b => b.axisLabel)
        bandBelow.values = bands.map(b => b.min)
        bandRange.values = bands.map(b => Math.max(b.max - b.min, 0.08))
        bandCurrent.clear()
        for (let j = 0; j < bands.length; ++j)
            bandCurrent.append(bands[j].current, j)
        bandAxisX.max = page.costs.maxBandNodes + 1
    }

    function redrawHistory() {
        historyChart.removeAllSeries()
        const pools = page.costs.history
        let top = 1
        let first = Date.now()
        const rate = historyMetric.currentIndex === 1
        for (let i = 0; i < pools.length; ++i) {
            const line = historyChart.createSeries(ChartView.SeriesTypeLine, pools[i].label,
                                                   historyAxisX, historyAxisY)
            for (let p = 0; p < pools[i].points.length; ++p) {
                const point = pools[i].points[p]
                const y = rate ? point.runRate : point.count
                line.append(point.t, y)
                top = Math.max(top, y)
                first = Math.min(first, point.t)
            }
        }
        historyAxisY.max = niceMax(top)
        historyAxisX.min = new Date(first)
        historyAxisX.max = new Date(Math.max(Date.now(), first + 3600000))
    }

    // A chart theme resets axis fonts to its own (larger) ones, which elides
    // pool and family names: set the small fonts again once themes are applied.
    function applyAxisFonts() {
        bandAxisY.labelsFont = Qt.font({pixelSize: 10})
        familyAxisX.labelsFont = Qt.font({pixelSize: 10})
        clusterAxisX.labelsFont = Qt.font({pixelSize: 10})
    }

    onChartThemeChanged: Qt.callLater(applyAxisFonts)
    Component.onCompleted: { applyAxisFonts(); redraw(); redrawHistory() }

    // Billed vs estimated (BilledView.qml), over the page while it is open.
    property bool billedOpen: false
    Loader {
        id: billedLoader
        objectName: "billedLoader"
        anchors.fill: parent
        z: 10
        active: page.billedOpen
        // By URL: a bound inline component may not be made by a Loader in Qt 6.4.
        Component.onCompleted: setSource("BilledView.qml", {
            workspace: Qt.binding(() => page.costs.workspace),
            historyPath: Qt.binding(() => page.costs.historyPath)
        })
        Connections {
            target: billedLoader.item
            function onCloseRequested() { page.billedOpen = false }
        }
    }

    ToolTip {
        id: tip
        objectName: "costTip"
        delay: 0
    }
    function showTip(text) { tip.text = text; tip.visible = text !== "" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: qsTr("Costs")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "costTotal"
                text: qsTr("%1 a month (estimate)").arg(page.costs.totalText)
                font.pixelSize: 16
            }
            Label {
                text: page.costs.rangeText
                opacity: 0.75
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("Tag key") }
            ComboBox {
                objectName: "tagKeyBox"
                model: page.costs.tagKeys
                currentIndex: Math.max(0, page.costs.tagKeys.indexOf(page.costs.tagKey))
                onActivated: index => page.costs.tagKey = page.costs.tagKeys[index]
                implicitContentWidthPolicy: ComboBox.WidestText
            }
            Label { text: qsTr("Keep history (days)") }
            SpinBox {
                objectName: "retentionBox"
                from: 1
                to: 3650
                editable: true
                value: page.costs.retentionDays
                onValueModified: page.costs.retentionDays = value
            }
            ToolButton {
                objectName: "costCloseButton"
                text: qsTr("Close")
                onClicked: page.closeRequested()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Label {
                objectName: "monthSoFar"
                text: qsTr("This month so far: %1").arg(page.costs.monthSoFarText)
            }
            Label {
                objectName: "last30Days"
                text: qsTr("Last 30 days: %1").arg(page.costs.last30DaysText)
            }
            ToolButton {
                objectName: "billedButton"
                text: qsTr("Billed vs estimated")
                onClicked: page.billedOpen = true
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "selectionLabel"
                text: page.costs.selectionText
                color: Colors.accent
            }
            ToolButton {
                visible: page.costs.selectedPoolIds.length > 0
                text: qsTr("Clear selection")
                onClicked: page.costs.clearSelection()
            }
        }

        Label {
            objectName: "chartNote"
            visible: text !== ""
            text: page.costs.chartNote
            font.pixelSize: 11
            opacity: 0.75
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            GridLayout {
                id: charts
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 2
                rowSpacing: 4
                columnSpacing: 4

                component ChartFrame: ColumnLayout {
                    id: frame
                    property string title
                    property string fileName
                    property Item chart
                    default property alias content: holder.data
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Both columns the same width: the narrow one elided
                    // the family names of a large account.
                    Layout.preferredWidth: 100
                    Layout.minimumHeight: 220
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: frame.title
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        ToolButton {
                            objectName: frame.fileName + "Png"
                            text: qsTr("PNG")
                            font.pixelSize: 11
                            onClicked: page.saveChart(frame.chart, frame.fileName)
                        }
                    }
                    Item {
                        id: holder
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                    }
                }

                ChartFrame {
                    title: qsTr("By cluster, stacked by pool")
                    fileName: "cost-by-cluster"
                    chart: clusterChart
                    ChartView {
                        id: clusterChart
                        objectName: "costByClusterChart"
                        anchors.fill: parent
                        antialiasing: true
                        theme: page.chartTheme
                        legend.visible: false
                        margins { top: 4; bottom: 4; left: 4; right: 4 }
                        StackedBarSeries {
                            id: clusterSeries
                            objectName: "clusterSeries"
                            // Many clusters: slanted names, so that each is read whole.
                            axisX: BarCategoryAxis {
                                id: clusterAxisX
                                labelsAngle: count > 4 ? -60 : 0
                            }
                            axisY: ValueAxis {
                                id: clusterAxisY
                                min: 0
                                labelFormat: "$%.0f"
                            }
                            onHovered: (status, index, barset) => {
                                const stack = page.stacks.find(s => s.label === barset.label)
                                page.showTip(status && stack ? stack.label + ": " + stack.text : "")
                            }
                            onClicked: (index, barset) => {
                                const stack = page.stacks.find(s => s.label === barset.label)
                                if (stack)
                                    page.costs.selectPools(stack.poolIds)
                            }
                        }
                    }
                }

                ChartFrame {
                    title: qsTr("By tag “%1”").arg(page.costs.tagKey)
                    fileName: "cost-by-tag"
                    chart: tagChart
                    ChartView {
                        id: tagChart
                        objectName: "costByTagChart"
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.bottom: tagLegend.top
                        antialiasing: true
                        theme: page.chartTheme
                        // Qt Charts elides legend entries in a narrow chart; the
                        // legend below has room for the names and amounts.
                        legend.visible: false
                        margins { top: 4; bottom: 4; left: 4; right: 4 }
                        PieSeries {
                            id: tagSeries
                            objectName: "tagSeries"
                            holeSize: 0.45
                            size: 0.9
                            onHovered: (slice, state) => {
                                slice.exploded = state
                                page.showTip(state ? slice.label : "")
                            }
                            onClicked: slice => {
                                const group = page.slices.find(s => slice.label.startsWith(s.label + "  "))
                                if (group)
                                    page.costs.selectPools(group.poolIds)
                            }
                        }
                    }
                    Flow {
                        id: tagLegend
                        objectName: "tagLegend"
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: 4
                        spacing: 10
                        Repeater {
                            model: page.slices
                            delegate: Row {
                                id: legendEntry
                                required property int index
                                required property var modelData
                                spacing: 4
                                Rectangle {
                                    width: 10
                                    height: 10
                                    anchors.verticalCenter: parent.verticalCenter
                                    color: tagSeries.count > legendEntry.index
                                           ? tagSeries.at(legendEntry.index).color : "grey"
                                }
                                Label {
                                    text: legendEntry.modelData.label + " " + legendEntry.modelData.text
                                    font.pixelSize: 11
                                }
                            }
                        }
                    }
                }

                ChartFrame {
                    title: page.costs.poolCount > page.bands.length
                           ? qsTr("Autoscaling band of the %1 dearest pools (nodes; dot = now)").arg(page.bands.length)
                           : qsTr("Autoscaling band per pool (nodes; dot = now)")
                    fileName: "autoscaling-bands"
                    // The chart and the pools' names beside it, saved together.
                    chart: bandFrame
                    Item {
                        id: bandFrame
                        anchors.fill: parent
                        ChartView {
                            id: bandChart
                            objectName: "bandChart"
                            anchors.fill: parent
                            antialiasing: true
                            theme: page.chartTheme
                            legend.visible: false
                            // Room on the left for the names (bandLabels).
                            margins { top: 4; bottom: 4; left: Math.min(150, width * 0.35); right: 4 }
                            ValueAxis {
                                id: bandAxisX
                                min: 0
                                labelFormat: "%d"
                                tickType: ValueAxis.TicksDynamic
                                tickInterval: Math.max(1, Math.ceil(max / 8))
                            }
                            // Its labels are drawn by bandLabels: Qt Charts shows a
                            // category label taller than its row as "...", as all
                            // ten were in a 1280×800 window.
                            BarCategoryAxis {
                                id: bandAxisY
                                labelsVisible: false
                            }
                            HorizontalStackedBarSeries {
                                id: bandSeries
                                axisX: bandAxisX
                                axisY: bandAxisY
                                barWidth: 0.5
                                BarSet { id: bandBelow; label: "below"; color: "transparent"; borderColor: "transparent" }
                                BarSet { id: bandRange; label: "band"; color: Qt.rgba(0.23, 0.51, 0.96, 0.35); borderColor: Colors.accent }
                                onHovered: (status, index) => page.showTip(status ? page.bands[index].label + ": " + page.bands[index].rangeText : "")
                                onClicked: index => page.costs.selectPools([page.bands[index].poolId])
                            }
                            ScatterSeries {
                                id: bandCurrent
                                axisX: bandAxisX
                                axisY: bandAxisY
                                markerSize: 10
                                color: Colors.accent
                                borderColor: page.dark ? "white" : "black"
                            }
                        }
                        // Each row's pool (cluster/pool) beside it, at the row's
                        // centre, cut at the left so the pool's name stays whole;
                        // the tooltip of the bar gives it whole too.
                        Repeater {
                            id: bandLabels
                            model: page.bands.length
                            Label {
                                required property int index
                                readonly property real centreY: {
                                    // Moves with the plot and the rows.
                                    bandChart.plotArea
                                    bandAxisY.count
                                    return bandChart.mapToPosition(Qt.point(0, index), bandSeries).y
                                }
                                objectName: "bandLabel_" + index
                                x: 4
                                y: centreY - height / 2
                                width: Math.max(0, bandChart.plotArea.x - 10)
                                text: page.bands[index] ? page.bands[index].label : ""
                                elide: Text.ElideLeft
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: 10
                                color: bandAxisX.labelsColor
                            }
                        }
                    }
                }

                ChartFrame {
                    title: qsTr("By size family")
                    fileName: "cost-by-family"
                    chart: familyChart
                    ChartView {
                        id: familyChart
                        objectName: "costByFamilyChart"
                        anchors.fill: parent
                        antialiasing: true
                        theme: page.chartTheme
                        legend.visible: false
                        margins { top: 4; bottom: 4; left: 4; right: 4 }
                        BarSeries {
                            id: familySeries
                            axisX: BarCategoryAxis { id: familyAxisX; labelsFont.pixelSize: 10 }
                            axisY: ValueAxis { id: familyAxisY; min: 0; labelFormat: "$%.0f" }
                            labelsVisible: true
                            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                            labelsFormat: "$@value"
                            BarSet { id: familySet; label: qsTr("monthly"); color: Colors.accent }
                            onHovered: (status, index) => page.showTip(status ? page.familyBars[index].label + ": " + page.familyBars[index].text : "")
                            onClicked: index => page.costs.selectPools(page.familyBars[index].poolIds)
                        }
                    }
                }

                ChartFrame {
                    Layout.columnSpan: 2
                    title: page.costs.historyPoolCount > page.costs.history.length
                           ? qsTr("Over time, the %1 pools with the highest run-rate (measured history)").arg(page.costs.history.length)
                           : qsTr("Over time per pool (measured history)")
                    fileName: "history"
                    chart: historyChart
                    ComboBox {
                        id: historyMetric
                        objectName: "historyMetric"
                        z: 2
                        anchors.right: parent.right
                        anchors.top: parent.top
                        model: [qsTr("Node count"), qsTr("Run-rate ($/month)")]
                        onActivated: page.redrawHistory()
                    }
                    ChartView {
                        id: historyChart
                        objectName: "historyChart"
                        anchors.fill: parent
                        antialiasing: true
                        theme: page.chartTheme
                        legend.alignment: Qt.AlignRight
                        legend.font.pixelSize: 10
                        margins { top: 4; bottom: 4; left: 4; right: 4 }
                        DateTimeAxis { id: historyAxisX; format: "MMM d hh:mm"; tickCount: 5 }
                        ValueAxis {
                            id: historyAxisY
                            min: 0
                            labelFormat: "%.0f"
                            // Whole steps: five ticks over 0..3 printed 0, 1, 2, 2, 3.
                            tickType: ValueAxis.TicksDynamic
                            tickInterval: Math.max(1, Math.ceil(max / 5))
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 430
                Layout.maximumWidth: 430
                Layout.fillHeight: true
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Summary")
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        objectName: "tableCsvButton"
                        text: qsTr("CSV")
                        font.pixelSize: 11
                        onClicked: page.saveCsv("table", "cost-summary")
                    }
                    ToolButton {
                        objectName: "tagCsvButton"
                        text: qsTr("CSV by tag")
                        font.pixelSize: 11
                        onClicked: page.saveCsv("tag", "cost-by-tag-" + page.costs.tagKey)
                    }
                }
                Row {
                    id: header
                    Layout.fillWidth: true
                    // A Row in a layout is given no height of its own: without
                    // this the table's first rows covered the column headers.
                    Layout.preferredHeight: childrenRect.height
                    readonly property var widths: [0.22, 0.28, 0.24, 0.08, 0.18]
                    Repeater {
                        model: [qsTr("Cluster"), qsTr("Pool"), qsTr("Size"), qsTr("Nodes"), qsTr("Monthly")]
                        delegate: ItemDelegate {
                            required property string modelData
                            required property int index
                            objectName: "sortColumn" + index
                            width: header.width * header.widths[index]
                            padding: 4
                            font.bold: true
                            font.pixelSize: 12
                            text: modelData + (page.costs.table.sortColumn === index ? (page.costs.table.sortAscending ? " ▲" : " ▼") : "")
                            onClicked: page.costs.table.sortBy(index)
                        }
                    }
                }
                ListView {
                    id: table
                    objectName: "costTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.costs.table
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: row
                        required property string cluster
                        required property string pool
                        required property string size
                        required property int nodes
                        required property string monthlyText
                        required property string rangeText
                        required property string key
                        required property bool selected
                        objectName: "costRow_" + key
                        width: ListView.view.width
                        padding: 4
                        highlighted: selected
                        onClicked: page.costs.selectPools(key.startsWith("cp:") ? [] : [key])
                        ToolTip.visible: hovered && rangeText !== ""
                        ToolTip.text: qsTr("autoscaling %1").arg(rangeText)
                        contentItem: Row {
                            Repeater {
                                model: [row.cluster, row.pool, row.size, row.nodes > 0 ? String(row.nodes) : "", row.monthlyText]
                                delegate: Label {
                                    required property string modelData
                                    required property int index
                                    width: header.width * header.widths[index] - (index === 0 ? 4 : 0)
                                    text: modelData
                                    elide: Text.ElideRight
                                    font.pixelSize: 12
                                    horizontalAlignment: index >= 3 ? Text.AlignRight : Text.AlignLeft
                                    color: row.highlighted ? row.palette.highlightedText : row.palette.text
                                }
                            }
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: page.costs.estimateNote
                    wrapMode: Text.WordWrap
                    font.pixelSize: 11
                    opacity: 0.75
                }
                Label {
                    objectName: "exportStatus"
                    Layout.fillWidth: true
                    text: page.exportStatus
                    elide: Text.ElideMiddle
                    font.pixelSize: 11
                }
            }
        }
    }
}
