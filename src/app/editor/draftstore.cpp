#include "draftstore.h"

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

bool DraftStore::save(const Draft& draft) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented));
    return file.commit();
}

std::optional<Draft> DraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt; // unreadable drafts are not offered, and not deleted either
    return fromJson(document.object());
}

void DraftStore::clear() const
{
    QFile::remove(m_path);
}

} // namespace app
