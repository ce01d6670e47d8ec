#include "boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace core {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::BoundedFile)
};

QString tooLargeText(const QString& size, qint64 maxBytes)
{
    return Tr::tr("it is %1, more than the %2 allowed; it was not read")
        .arg(size, describeSize(maxBytes));
}

} // namespace

QString describeSize(qint64 bytes)
{
    constexpr qint64 KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024;
    const auto scaled = [bytes](qint64 unit, const char* name) {
        const QString number = bytes % unit == 0 ? QString::number(bytes / unit)
                                                 : QString::number(double(bytes) / unit, 'f', 1);
        return number + QLatin1Char(' ') + QLatin1String(name);
    };
    if (bytes >= GiB)
        return scaled(GiB, "GiB");
    if (bytes >= MiB)
        return scaled(MiB, "MiB");
    if (bytes >= KiB)
        return scaled(KiB, "KiB");
    return QCoreApplication::translate("core::BoundedFile", "%n byte(s)", nullptr, int(bytes));
}

BoundedRead readBoundedFile(const QString& path, qint64 maxBytes)
{
    BoundedRead out;
    const QFileInfo info(path);
    // A regular file says its size without being read; pipes and devices
    // say 0 and are caught by the bounded read below.
    if (info.isFile() && info.size() > maxBytes) {
        out.tooLarge = true;
        out.error = tooLargeText(describeSize(info.size()), maxBytes);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    // One byte more than allowed tells "exactly at the limit" from "beyond it"
    // (the file may also have grown since it was looked at).
    out.bytes = file.read(maxBytes + 1);
    if (out.bytes.size() > maxBytes) {
        out.bytes.clear();
        out.tooLarge = true;
        out.error = Tr::tr("it is larger than the %1 allowed; reading stopped there")
                        .arg(describeSize(maxBytes));
        return out;
    }
    if (file.error() != QFileDevice::NoError) {
        out.bytes.clear();
        out.error = file.errorString();
    }
    return out;
}

} // namespace core
