#include "importsources.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace app {

namespace {

const QString SourceMarker = QStringLiteral("# source: ");

} // namespace

QString joinSources(const QList<SourceFile>& files)
{
    QString out;
    for (const SourceFile& file : files) {
        if (!out.isEmpty())
            out += QStringLiteral("---\n");
        out += SourceMarker + file.path + u'\n';
        QString text = QString::fromUtf8(file.bytes);
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        out += text;
    }
    return out;
}

SourceMap::SourceMap(const QString& joined)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= joined.size()) {
        qsizetype end = joined.indexOf(u'\n', start);
        if (end < 0)
            end = joined.size();
        const QStringView text = QStringView(joined).mid(start, end - start);
        if (text.startsWith(SourceMarker))
            m_markers.append({line, text.mid(SourceMarker.size()).toString()});
        start = end + 1;
        ++line;
    }
}

SourceLocation SourceMap::locate(int line) const
{
    SourceLocation location{QString(), line};
    for (const Marker& marker : m_markers) {
        if (marker.line > line)
            break;
        // The file's first line is the one after the marker.
        location = {marker.file, line - marker.line};
    }
    return location;
}

QString SourceMap::describe(int line, int column) const
{
    const SourceLocation location = locate(line);
    if (location.file.isEmpty())
        return QCoreApplication::translate("import", "line %1:%2").arg(line).arg(column);
    return QStringLiteral("%1:%2:%3")
        .arg(QFileInfo(location.file).fileName())
        .arg(location.line)
        .arg(column);
}

} // namespace app
