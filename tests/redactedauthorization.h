#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

// Whether a log shows the Authorization header redacted ("Bearer ***"). The
// header's name is matched in any case: Qt 6.4 logs it as the code set it
// ("Authorization"), Qt 6.8 in lower case ("authorization"), as HTTP/2 writes
// it; the scheme and the stars are matched exactly.
inline bool showsRedactedAuthorization(const QString& log)
{
    static const QRegularExpression header(QStringLiteral(R"((?i:authorization): Bearer \*\*\*)"));
    return log.contains(header);
}

inline bool showsRedactedAuthorization(const QByteArray& log)
{
    return showsRedactedAuthorization(QString::fromUtf8(log));
}
