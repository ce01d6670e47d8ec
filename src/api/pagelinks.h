#pragma once

#include <QJsonObject>
#include <QString>

namespace api {

// A walk over a paged collection ends here, whatever the links say.
inline constexpr int MaxPages = 1000;

// Where a paged answer says the collection goes on. DigitalOcean writes
// `links.pages.next` as an absolute URL at its own host even behind a proxy,
// so only the page number (and per_page) is taken from it, as godo does; the
// page is then asked of the configured base URL, never of the link's host.
struct NextPage
{
    enum class Kind
    {
        Done,   // no next link: this was the last page
        Follow, // ask for `page` (with `perPage`, 0 to keep ours)
        Broken  // the links cannot be followed: `problem` says why
    };
    Kind kind = Kind::Done;
    int page = 0;
    int perPage = 0;
    QString problem;
};

// `body` is the answer for page `currentPage`, the `pagesRead`-th page read.
NextPage nextPage(const QJsonObject& body, int currentPage, int pagesRead);

// Empty when `meta.total` (if given) matches what was collected; otherwise
// what is wrong, for the error.
QString totalMismatch(const QJsonObject& lastPage, qsizetype collected);

} // namespace api
