#pragma once

#include "core/clustersummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cli {

// `poolctl clusters` as it streams: the text of each page of clusters as the
// page arrives, then the end. What one page prints is what the whole list
// printed at once always did; over several pages JSON and YAML are still
// byte for byte one document, and the table keeps the first page's column
// widths (a longer name later only pushes the rest of its own row).
class ClusterListing
{
public:
    explicit ClusterListing(QString format) : m_format(std::move(format)) {}

    // How much of each cluster the format shows.
    core::SummaryDetail detail() const;
    QByteArray page(const QList<core::ClusterSummary>& clusters);
    QByteArray end();

private:
    QString m_format; // table, json or yaml
    bool m_started = false;
    QList<qsizetype> m_widths; // the table's, from the first page
};

} // namespace cli
