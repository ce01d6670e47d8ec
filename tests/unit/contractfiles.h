#pragma once

// The DigitalOcean contract files in tests/data/do-api (copies of the API's
// OpenAPI description, see tests/data/README.md), as the unit tests read them.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace contractfiles {

// The bytes of tests/data/do-api/NAME; empty if it cannot be read.
inline QByteArray fileBytes(const QString& name)
{
    QFile file(QStringLiteral(POOLSTUDIO_TEST_DATA "/do-api/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The node pools description (do-api-nodepools.json) as one object.
inline QJsonObject nodePools()
{
    return QJsonDocument::fromJson(fileBytes(QStringLiteral("do-api-nodepools.json"))).object();
}

// Every JSON response example of an operation: `example`, or each `examples.*.value`.
inline QList<QJsonObject> responseExamples(const QJsonObject& contract, const QString& path,
                                           const QString& method, const QString& status)
{
    const QJsonObject content =
        contract[u"paths"][path][method][u"responses"][status][u"content"][u"application/json"]
            .toObject();
    QList<QJsonObject> out;
    if (content.contains(u"example"))
        out << content.value(u"example").toObject();
    const QJsonObject examples = content.value(u"examples").toObject();
    for (auto it = examples.begin(); it != examples.end(); ++it)
        out << it.value().toObject().value(u"value").toObject();
    return out;
}

} // namespace contractfiles
