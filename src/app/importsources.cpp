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

SourceLocation locateLine(const QString& joined, int line)
{
    SourceLocation location{QString(), line};
    int current = 1;
    qsizetype start = 0;
    while (current <= line && start <= joined.size()) {
        qsizetype end = joined.indexOf(u'\n', start);
        if (end < 0)
            end = joined.size();
        const QStringView text = QStringView(joined).mid(start, end - start);
        if (text.startsWith(SourceMarker)) {
            location.file = text.mid(SourceMarker.size()).toString();
            // The file's first line is the one after the marker.
            location.line = line - current;
        }
        start = end + 1;
        ++current;
    }
    return location;
}

QString describeLocation(const QString& joined, int line, int column)
{
    const SourceLocation location = locateLine(joined, line);
    if (location.file.isEmpty())
        return QCoreApplication::translate("import", "line %1:%2").arg(line).arg(column);
    return QStringLiteral("%1:%2:%3")
        .arg(QFileInfo(location.file).fileName())
        .arg(location.line)
        .arg(column);
}

} // namespace app
