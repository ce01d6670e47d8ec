#pragma once

#include <QString>
#include <QUrl>

namespace app {

// A file dialog's URL as a path (a plain path passes through), for the
// manifest pages' saves and loads alike.
inline QString localPathOf(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace app
