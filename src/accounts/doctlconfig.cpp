#include "doctlconfig.h"

#include "core/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

namespace accounts {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accounts::DoctlConfig)
};

QString lineOf(const YAML::Node& node)
{
    return Tr::tr("line %1").arg(node.Mark().line + 1);
}

QString text(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>()).trimmed();
}

QString kindOf(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return Tr::tr("a list");
    case YAML::NodeType::Map:
        return Tr::tr("a mapping");
    default:
        return Tr::tr("a single value");
    }
}

// A scalar (or null) under `key` as text; anything else is an error.
bool scalarValue(const YAML::Node& node, const QString& key, QString& value, QStringList& errors)
{
    if (node.IsNull()) {
        value.clear();
        return true;
    }
    if (!node.IsScalar()) {
        errors << Tr::tr("%1: “%2” should be a single value, not %3")
                      .arg(lineOf(node), key, kindOf(node));
        return false;
    }
    value = text(node);
    return true;
}

void addContext(DoctlImport& result, const QString& name, const QString& token, int line)
{
    if (token.isEmpty()) {
        result.errors
            << Tr::tr("line %1: the token of context “%2” is empty; skipped").arg(line).arg(name);
        return;
    }
    result.contexts.append({name, token, {}});
}

void readConfig(const YAML::Node& root, DoctlImport& result)
{
    if (root.IsNull())
        return; // an empty file
    if (!root.IsMap()) {
        result.errors << Tr::tr("%1: doctl's config should be a mapping of settings, not %2")
                             .arg(lineOf(root), kindOf(root));
        return;
    }

    QString apiUrl;
    if (const YAML::Node node = root["api-url"])
        scalarValue(node, QStringLiteral("api-url"), apiUrl, result.errors);

    // doctl uses access-token for the context named "default".
    const QString DefaultName = QStringLiteral("default");
    if (const YAML::Node node = root["access-token"]) {
        QString token;
        if (scalarValue(node, QStringLiteral("access-token"), token, result.errors))
            addContext(result, DefaultName, token, node.Mark().line + 1);
    }

    if (const YAML::Node contexts = root["auth-contexts"]) {
        if (contexts.IsMap()) {
            for (const auto& entry : contexts) {
                if (!entry.first.IsScalar()) {
                    result.errors << Tr::tr("%1: a context name should be a single value")
                                         .arg(lineOf(entry.first));
                    continue;
                }
                const QString name = text(entry.first);
                if (name == DefaultName) {
                    result.errors << Tr::tr("%1: doctl takes the token of context “default” from "
                                            "access-token, not from auth-contexts; skipped")
                                         .arg(lineOf(entry.first));
                    continue;
                }
                QString token;
                if (scalarValue(entry.second, name, token, result.errors))
                    addContext(result, name, token, entry.first.Mark().line + 1);
            }
        } else if (!contexts.IsNull()) {
            result.errors << Tr::tr("%1: “auth-contexts” should be a mapping of context name to "
                                    "token, not %2")
                                 .arg(lineOf(contexts), kindOf(contexts));
        }
    }

    for (DoctlContext& context : result.contexts)
        context.apiUrl = apiUrl;

    // Without `context`, doctl uses "default".
    QString current = DefaultName;
    if (const YAML::Node node = root["context"])
        scalarValue(node, QStringLiteral("context"), current, result.errors);
    const bool known = std::any_of(result.contexts.begin(), result.contexts.end(),
                                   [&](const DoctlContext& c) { return c.name == current; });
    if (known)
        result.current = current;
    else if (root["context"] && !current.isEmpty())
        result.errors << Tr::tr("%1: the current context “%2” has no token here")
                             .arg(lineOf(root["context"]), current);
}

} // namespace

DoctlImport readDoctlConfig(const QByteArray& yaml)
{
    DoctlImport result;
    if (yaml.size() > MaxDoctlConfigBytes) {
        result.errors << Tr::tr("doctl's config is %1, more than the %2 Pool Studio reads; it was "
                                "not read")
                             .arg(core::describeSize(yaml.size()),
                                  core::describeSize(MaxDoctlConfigBytes));
        return result;
    }
    try {
        readConfig(YAML::Load(yaml.toStdString()), result);
    } catch (const YAML::Exception& e) {
        // e.mark is unset (-1) for errors that are not about a place in the text.
        result = {};
        result.errors << (e.mark.is_null() ? Tr::tr("doctl's config is not valid YAML: %1")
                                                 .arg(QString::fromStdString(e.msg))
                                           : Tr::tr("line %1: doctl's config is not valid YAML: %2")
                                                 .arg(e.mark.line + 1)
                                                 .arg(QString::fromStdString(e.msg)));
    }
    if (result.contexts.isEmpty() && result.errors.isEmpty())
        result.errors << Tr::tr("doctl's config holds no access token.");
    return result;
}

DoctlImport readDoctlConfigFile(const QString& path)
{
    const core::BoundedRead read = core::readBoundedFile(path, MaxDoctlConfigBytes);
    if (!read.ok()) {
        DoctlImport result;
        result.errors << Tr::tr("cannot read doctl's config %1: %2").arg(path, read.error);
        result.unreadable = true;
        return result;
    }
    return readDoctlConfig(read.bytes);
}

QString defaultDoctlConfigPath()
{
    // doctl reads DIGITALOCEAN_CONFIG (viper, prefix DIGITALOCEAN) over its
    // default, <os.UserConfigDir()>/doctl/config.yaml. Go's UserConfigDir on
    // Linux is $XDG_CONFIG_HOME when it is an absolute path, else ~/.config.
    if (const QString file = qEnvironmentVariable("DIGITALOCEAN_CONFIG"); !file.isEmpty())
        return file;
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QFileInfo(base).isRelative())
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/doctl/config.yaml");
}

} // namespace accounts
