#pragma once

#include <QString>

namespace accounts {

// Pool Studio's config folder, the same for the app and for poolctl:
// what QStandardPaths::AppConfigLocation is for the app (organisation
// "PoolStudio", application "poolstudio"), e.g. ~/.config/PoolStudio/poolstudio.
// poolctl has another application name, so it cannot ask QStandardPaths itself.
QString configDirectory();

} // namespace accounts
