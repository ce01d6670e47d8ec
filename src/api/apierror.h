#pragma once

#include <QMetaType>
#include <QString>

namespace api {

// Everything that can go wrong with one API call, as a value the UI can show:
// the HTTP status, DigitalOcean's error id, message and request id, or the
// network failure when no answer came back.
struct ApiError
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString id;         // DigitalOcean's error id, e.g. "not_found"
    QString message;    // DigitalOcean's message, or the network error text
    QString requestId;  // from the body or the x-request-id header
    bool networkFailure = false;

    bool isError() const { return networkFailure || httpStatus >= 400 || !message.isEmpty(); }
    // Whether the request certainly never reached the API: refused before
    // sending (an insecure URL), a TLS handshake that failed, a scheme the
    // client cannot speak, a redirect not followed. Never worth repeating,
    // and a create refused so was certainly not made.
    bool neverSent() const;
    // Whether an idempotent request may be sent again: connection errors, unreadable
    // answers, 429, 5xx but 501.
    bool isRetryable() const;
    // One line for a person: what happened and what to do about it.
    QString humanText() const;
};

} // namespace api

Q_DECLARE_METATYPE(api::ApiError)
