#include "manifestrewrite.h"

#include <QCoreApplication>
#include <QList>

namespace core::manifest {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(manifestrewrite)
};

QByteArray withoutLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// `---` (or `...`) alone or followed by blanks or a comment: a document
// boundary. Anything else after it (`--- {a: 1}`) is content, and such files
// are refused by the read-back check rather than guessed at.
bool isMarker(const QByteArray& line)
{
    const QByteArray bare = withoutLineEnd(line);
    if (!bare.startsWith("---") && !bare.startsWith("..."))
        return false;
    const QByteArray rest = bare.mid(3);
    return rest.isEmpty() || rest.at(0) == ' ' || rest.at(0) == '\t';
}

bool isCommentOrBlank(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

// The file cut at its document markers; each part after the first begins with
// its marker line. Joined, the parts are the file again.
QList<QList<QByteArray>> parts(const QByteArray& yaml)
{
    QList<QList<QByteArray>> out{{}};
    qsizetype start = 0;
    while (start < yaml.size()) {
        qsizetype end = yaml.indexOf('\n', start);
        end = end < 0 ? yaml.size() : end + 1;
        const QByteArray line = yaml.mid(start, end - start);
        if (isMarker(line))
            out.append(QList<QByteArray>{});
        out.last().append(line);
        start = end;
    }
    return out;
}

QByteArray joined(const QList<QByteArray>& lines)
{
    QByteArray out;
    for (const QByteArray& line : lines)
        out += line;
    return out;
}

} // namespace

std::optional<QByteArray> replaceDocument(const QByteArray& yaml, const PoolManifest& current,
                                          const PoolManifest& given, const WriteOptions& options,
                                          QString* error)
{
    // A live pool knows nothing of Planton's metadata (fromPool has none);
    // the document's own stays rather than being dropped by the rewrite.
    PoolManifest replacement = given;
    if (replacement.metadata.isEmpty())
        replacement.metadata = current.metadata;
    const ReadResult before = read(yaml);
    const QList<QList<QByteArray>> split = parts(yaml);
    int found = -1;
    for (int i = 0; i < split.size(); ++i) {
        const ReadResult part = read(joined(split.at(i)));
        if (part.manifests.size() != 1 || !(part.manifests.first() == current))
            continue;
        if (found >= 0) {
            *error = Tr::tr("pool %1 is described twice in the file; rewrite it by hand")
                         .arg(current.spec.name);
            return std::nullopt;
        }
        found = i;
    }
    if (found < 0) {
        *error = Tr::tr("the file no longer holds this manifest of pool %1; check again")
                     .arg(current.spec.name);
        return std::nullopt;
    }

    const QList<QByteArray>& old = split.at(found);
    QList<QByteArray> kept;
    qsizetype line = 0;
    if (!old.isEmpty() && isMarker(old.first()))
        kept << old.at(line++);
    while (line < old.size() && isCommentOrBlank(old.at(line)))
        kept << old.at(line++);
    QByteArray document = write(replacement, options);
    if (yaml.contains("\r\n"))
        document.replace("\n", "\r\n");
    // The marker line might have lacked a newline at the very end of a file.
    if (!kept.isEmpty() && !kept.last().endsWith('\n'))
        kept.last() += yaml.contains("\r\n") ? "\r\n" : "\n";

    QByteArray out;
    for (int i = 0; i < split.size(); ++i)
        out += i == found ? joined(kept) + document : joined(split.at(i));

    // Read back: the same documents, with just that one replaced (as it reads
    // once written: no status unless asked for, the name as metadata.name).
    const ReadResult after = read(out);
    const ReadResult alone = read(write(replacement, options));
    QList<PoolManifest> expected = before.manifests;
    for (PoolManifest& manifest : expected)
        if (manifest == current && alone.manifests.size() == 1)
            manifest = alone.manifests.first();
    if (after.errors.size() != before.errors.size() || after.manifests != expected) {
        *error = Tr::tr("the file's layout could not be kept while rewriting pool %1; it was left "
                        "as it was")
                     .arg(current.spec.name);
        return std::nullopt;
    }
    return out;
}

} // namespace core::manifest
