#pragma once

#include "nodepoolspec.h"

#include <QString>

// A pool as a Terraform `digitalocean_kubernetes_node_pool` resource, following
// the DigitalOcean provider's documented schema, so a pool made in the app can
// move to Terraform without a diff on the first plan.
namespace core::terraform {

// The resource block, ending in a newline. Keys come in a fixed order
// (cluster_id, name, size, node_count or auto_scale/min_nodes/max_nodes, tags,
// labels, taint blocks), aligned as `terraform fmt` aligns them.
//
// - An autoscaled pool gets no node_count: the provider documents setting it
//   as "reset the autoscaler's count to this value".
// - Tags DOKS adds itself (k8s, k8s:worker, k8s:<id>) and `terraform:` tags
//   (the provider filters both out of its state) are never written; a left-out
//   `terraform:` tag is named in a comment.
// - Strings are HCL-escaped, including `${` and `%{` so that nothing in a
//   value is read as a template.
// - `clusterName`, when given, is written as a `# cluster: NAME` comment.
// - The resource is named identifier(spec.name), or `resourceName` when given
//   (pool names repeat across clusters; resource names must not in a module).
QString nodePoolResource(const NodePoolSpec& spec, const QString& clusterId,
                         const QString& clusterName = {}, const QString& resourceName = {});

// `text` as an HCL quoted string literal.
QString quoted(const QString& text);

// A Terraform resource name for a pool name: letters, digits, `_` and `-`,
// starting with a letter or `_` (others become `_`; a leading digit or `-`
// gets a `pool_` prefix).
QString identifier(const QString& name);

} // namespace core::terraform
