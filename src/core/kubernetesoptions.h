#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// /v2/kubernetes/options: what DOKS offers. Sizes here carry slug and name
// only; prices come from /v2/sizes.
struct KubernetesOptions
{
    struct Region
    {
        QString slug;
        QString name;
        friend bool operator==(const Region&, const Region&) = default;
    };
    struct Version
    {
        QString slug;              // 1.18.8-do.0
        QString kubernetesVersion; // 1.18.8
        QStringList supportedFeatures;
        friend bool operator==(const Version&, const Version&) = default;
    };
    struct SizeName
    {
        QString slug;
        QString name;
        friend bool operator==(const SizeName&, const SizeName&) = default;
    };

    QList<Region> regions;
    QList<Version> versions;
    QList<SizeName> sizes;

    friend bool operator==(const KubernetesOptions&, const KubernetesOptions&) = default;
};

} // namespace core
