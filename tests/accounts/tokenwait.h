#pragma once

// Runs a TokenStore call and waits (in the event loop, with a deadline) for
// its answer. Stores answer later, never inside the call: that is checked too.
#include "accounts/tokenstore.h"

#include <QTest>
#include <optional>

struct ReadAnswer
{
    QString token;
    QString error;
};

inline ReadAnswer readAndWait(accounts::TokenStore& store, const QString& context,
                              int timeoutMs = 15000)
{
    std::optional<ReadAnswer> answer;
    store.readToken(context, [&](const QString& token, const QString& error) {
        answer = ReadAnswer{token, error};
    });
    if (answer)
        qFatal("readToken answered before it returned");
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        qFatal("readToken gave no answer within %d ms", timeoutMs);
    return *answer;
}

inline QString writeAndWait(accounts::TokenStore& store, const QString& context,
                            const QString& token, int timeoutMs = 15000)
{
    std::optional<QString> answer;
    store.writeToken(context, token, [&](const QString& error) { answer = error; });
    if (answer)
        qFatal("writeToken answered before it returned");
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        qFatal("writeToken gave no answer within %d ms", timeoutMs);
    return *answer;
}

inline QString removeAndWait(accounts::TokenStore& store, const QString& context,
                             int timeoutMs = 15000)
{
    std::optional<QString> answer;
    store.removeToken(context, [&](const QString& error) { answer = error; });
    if (answer)
        qFatal("removeToken answered before it returned");
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        qFatal("removeToken gave no answer within %d ms", timeoutMs);
    return *answer;
}
