#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The import view edits one text, yet it may come from several files. Each
// file's part starts with a "# source: PATH" comment, so problems found in
// the joined text can still be reported at their file and line, and the
// mapping survives the user's edits (it is read back from the text itself).
namespace app {

struct SourceFile
{
    QString path;
    QByteArray bytes;
};

// The files as one multi-document text, in the order given.
QString joinSources(const QList<SourceFile>& files);

struct SourceLocation
{
    QString file; // empty for text that came from no file (pasted)
    int line = 0; // 1-based within that file
};

// Where each file's part of a joined text begins: read once, then asked for
// every problem's location.
class SourceMap
{
public:
    explicit SourceMap(const QString& joined);

    // Where line `line` (1-based) of the joined text came from.
    SourceLocation locate(int line) const;
    // "pools.yaml:12:5", or "line 12:5" for pasted text.
    QString describe(int line, int column) const;

private:
    struct Marker
    {
        int line; // of the "# source:" comment
        QString file;
    };
    QList<Marker> m_markers; // by line
};

} // namespace app
