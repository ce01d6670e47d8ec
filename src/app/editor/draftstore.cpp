#include "draftstore.h"

#include "core/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace app {

namespace {

QJsonObject toJson(const Draft& draft)
{
    const core::NodePoolSpec& spec = draft.spec;
    QJsonArray labels;
    for (const auto& [key, value] : draft.labelRows)
        labels.append(QJsonArray{key, value});
    QJsonArray taints;
    for (const core::Taint& taint : spec.taints)
        taints.append(QJsonObject{{QStringLiteral("key"), taint.key},
                                  {QStringLiteral("value"), taint.value},
                                  {QStringLiteral("effect"), taint.effect}});
    return {
        {QStringLiteral("clusterId"), draft.clusterId},
        {QStringLiteral("poolId"), draft.poolId},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("size"), spec.size},
        {QStringLiteral("count"), spec.count},
        {QStringLiteral("autoScale"), spec.autoScale},
        {QStringLiteral("minNodes"), spec.minNodes},
        {QStringLiteral("maxNodes"), spec.maxNodes},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("taints"), taints},
        {QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags)},
        {QStringLiteral("countTouched"), draft.countTouched},
    };
}

Draft fromJson(const QJsonObject& json)
{
    Draft draft;
    draft.clusterId = json.value(u"clusterId").toString();
    draft.poolId = json.value(u"poolId").toString();
    core::NodePoolSpec& spec = draft.spec;
    spec.name = json.value(u"name").toString();
    spec.cluster.value = draft.clusterId;
    spec.size = json.value(u"size").toString();
    spec.count = json.value(u"count").toInt();
    spec.autoScale = json.value(u"autoScale").toBool();
    spec.minNodes = json.value(u"minNodes").toInt();
    spec.maxNodes = json.value(u"maxNodes").toInt();
    for (const QJsonValue& row : json.value(u"labels").toArray()) {
        const QJsonArray pair = row.toArray();
        draft.labelRows.append({pair.at(0).toString(), pair.at(1).toString()});
        spec.labels.insert(pair.at(0).toString(), pair.at(1).toString());
    }
    for (const QJsonValue& item : json.value(u"taints").toArray()) {
        const QJsonObject taint = item.toObject();
        spec.taints.append({taint.value(u"key").toString(), taint.value(u"value").toString(),
                            taint.value(u"effect").toString()});
    }
    for (const QJsonValue& tag : json.value(u"tags").toArray())
        spec.tags.append(tag.toString());
    draft.countTouched = json.value(u"countTouched").toBool();
    return draft;
}

} // namespace

DraftStore::DraftStore(QString path) : m_path(std::move(path)) {}

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts/pool-editor.json");
}

bool DraftStore::save(const Draft& draft, QString* error) const
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("app::DraftStore",
                                                 "The draft could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QCoreApplication::translate("app::DraftStore", "cannot create its folder"));
    QSaveFile file(m_path);
    // Unbuffered: a short write (ENOSPC, EFBIG) is seen here. Through Qt's
    // buffer the rest of a partly written draft could be dropped at commit.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    const QByteArray bytes = QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented);
    // A short write (ENOSPC, EFBIG) cancels the save: commit() then keeps the
    // old file. The write after a short one fails and says why.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    if (error)
        error->clear();
    return true;
}

std::optional<Draft> DraftStore::load() const
{
    const core::BoundedRead read = core::readBoundedFile(m_path, MaxFileBytes);
    if (!read.ok())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(read.bytes);
    if (!document.isObject())
        return std::nullopt; // unreadable drafts are not offered, and not deleted either
    return fromJson(document.object());
}

void DraftStore::clear() const
{
    QFile::remove(m_path);
}

} // namespace app
