// libFuzzer: DigitalOcean answers as DoClient reads them (api/replyreader):
// QJsonDocument, the duplicate-key scan, the type check of every field, and
// the tolerant decoder, on any bytes.
#include "core/dojson.h"
#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The scanner is meant for valid JSON but must be safe on anything.
    core::json::firstDuplicateKey(bytes);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    if (!core::dojson::responseTypeProblem(object).isEmpty())
        return 0; // refused whole, as readReply does
    core::dojson::clustersFromResponse(object);
    core::dojson::nodePoolsFromResponse(object);
    core::dojson::sizesFromResponse(object);
    core::dojson::optionsFromResponse(object);
    core::dojson::nodePoolFromJson(object.value(u"node_pool").toObject());
    return 0;
}
