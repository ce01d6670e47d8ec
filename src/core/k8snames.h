#pragma once

#include <QString>

// Kubernetes naming rules (apimachinery's validation), as plain checks that
// return an empty string when the text is valid and a short reason otherwise.
namespace core::k8snames {

// Lower-case alphanumerics and '-', 1..63, starting and ending alphanumeric.
QString checkDns1123Label(const QString& text);

// Dot-separated DNS-1123 labels, at most 253 characters.
QString checkDns1123Subdomain(const QString& text);

// A label or taint key: [prefix/]name, prefix a DNS-1123 subdomain, name
// 1..63 alphanumerics with '-', '_', '.' inside.
QString checkQualifiedName(const QString& text);

// A label or taint value: empty, or 1..63 characters like a key's name part.
QString checkLabelValue(const QString& text);

// The prefix of a qualified name ("" when it has none).
QString prefixOf(const QString& key);

// True when the key's prefix belongs to Kubernetes (kubernetes.io, k8s.io and
// their subdomains, e.g. node-role.kubernetes.io) or to DOKS
// (doks.digitalocean.com): labels there are refused or stop nodes joining.
bool isReservedLabelPrefix(const QString& prefix);

} // namespace core::k8snames
