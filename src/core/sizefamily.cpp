#include "sizefamily.h"

namespace core {

QStringList sizeFamilies()
{
    return {QStringLiteral("Basic"),
            QStringLiteral("General Purpose"),
            QStringLiteral("CPU-Optimized"),
            QStringLiteral("Memory-Optimized"),
            QStringLiteral("Storage-Optimized"),
            QStringLiteral("GPU")};
}

QString sizeFamily(const core::Size& size)
{
    if (size.gpu.count > 0 || size.slug.startsWith(u"gpu-"))
        return QStringLiteral("GPU");
    for (const QString& family : sizeFamilies())
        if (size.description.startsWith(family, Qt::CaseInsensitive))
            return family;
    // Older catalogues describe sizes by slug prefix only.
    if (size.slug.startsWith(u"s-"))
        return QStringLiteral("Basic");
    if (size.slug.startsWith(u"g-") || size.slug.startsWith(u"gd-"))
        return QStringLiteral("General Purpose");
    if (size.slug.startsWith(u"c-") || size.slug.startsWith(u"c2-"))
        return QStringLiteral("CPU-Optimized");
    if (size.slug.startsWith(u"m-") || size.slug.startsWith(u"m3-"))
        return QStringLiteral("Memory-Optimized");
    if (size.slug.startsWith(u"so-"))
        return QStringLiteral("Storage-Optimized");
    return QStringLiteral("Basic");
}

} // namespace core
