#pragma once

#include "cluster.h"

#include <QList>
#include <QString>
#include <QStringList>

// A cluster as a listing shows it (`poolctl clusters`): the cluster's own
// fields, its pools without their nodes, and how many nodes each pool has
// and how many of them run. clusterpagescan.h reads it straight from a page of
// JSON without building the 20,000 nodes of a large account; summarize()
// makes the same from a fully decoded Cluster.
namespace core {

// How much of each pool a summary keeps. Every field is still type-checked.
enum class SummaryDetail
{
    Counts, // the cluster's fields and per pool the node counts only (the table)
    Pools   // also each pool's id, spec, labels, taints and tags (-o json, -o yaml)
};

struct PoolSummary
{
    // Empty for SummaryDetail::Counts.
    QString id;
    NodePoolSpec spec; // spec.cluster.value is the cluster's id
    QStringList automaticTags;
    int nodes = 0;   // nodes listed
    int running = 0; // of them in state "running"

    friend bool operator==(const PoolSummary&, const PoolSummary&) = default;
};

struct ClusterSummary
{
    QString id;
    QString name;
    QString region;
    QString version;
    QString state;
    QList<PoolSummary> pools;

    friend bool operator==(const ClusterSummary&, const ClusterSummary&) = default;
};

ClusterSummary summarize(const Cluster& cluster, SummaryDetail detail);

} // namespace core
