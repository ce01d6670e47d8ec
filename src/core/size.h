#pragma once

#include <QString>
#include <QStringList>

namespace core {

struct GpuInfo
{
    int count = 0;
    QString model;
    int vramGiB = 0;

    friend bool operator==(const GpuInfo&, const GpuInfo&) = default;
};

// A droplet size from /v2/sizes. Money is kept in integer cents.
struct Size
{
    QString slug;
    QString description; // the family: Basic, General Purpose, ...
    int vcpus = 0;
    int memoryMiB = 0;
    int diskGiB = 0;
    qint64 priceMonthlyCents = 0;
    double priceHourly = 0.0;
    QStringList regions;
    bool available = true;
    GpuInfo gpu;

    friend bool operator==(const Size&, const Size&) = default;
};

} // namespace core
