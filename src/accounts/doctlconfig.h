#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace accounts {

// One authentication context found in doctl's config.yaml.
struct DoctlContext
{
    QString name;
    QString token;
    QString apiUrl; // empty = the default API URL

    friend bool operator==(const DoctlContext&, const DoctlContext&) = default;
};

// What an import found: the contexts with a token, doctl's current context,
// and sentences about whatever was skipped or could not be read (with line
// numbers where the YAML has them).
struct DoctlImport
{
    QList<DoctlContext> contexts;
    QString current;
    QStringList errors;
    bool unreadable = false; // the file could not be read at all (readDoctlConfigFile)
};

// doctl's config is a few hundred bytes; larger input is refused unparsed.
inline constexpr qint64 MaxDoctlConfigBytes = 1024 * 1024;

// Reads doctl's config.yaml text. `access-token` is the token of the context
// "default", `auth-contexts` ({name: token}) the named ones, `context` the
// current one, `api-url` applies to all. Never throws; never writes anything.
DoctlImport readDoctlConfig(const QByteArray& yaml);
// The same for a file: its size is checked before it is read (at most
// MaxDoctlConfigBytes), so a huge or endless file is refused at once; an
// unreadable file is one error naming it (and `unreadable` is set).
DoctlImport readDoctlConfigFile(const QString& path);

// Where doctl keeps its config on this machine: $DIGITALOCEAN_CONFIG if set,
// else $XDG_CONFIG_HOME/doctl/config.yaml (when absolute), else
// ~/.config/doctl/config.yaml, as doctl (Go's os.UserConfigDir) finds it.
QString defaultDoctlConfigPath();

} // namespace accounts
