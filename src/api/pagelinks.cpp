#include "pagelinks.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace api {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageLinks)
};

NextPage broken(const QString& problem)
{
    NextPage next;
    next.kind = NextPage::Kind::Broken;
    next.problem = problem;
    return next;
}

} // namespace

NextPage nextPage(const QJsonObject& body, int currentPage, int pagesRead)
{
    const QString link =
        body.value(u"links").toObject().value(u"pages").toObject().value(u"next").toString();
    if (link.isEmpty())
        return {};
    if (pagesRead >= MaxPages)
        return broken(Tr::tr("the listing has more than %1 pages; stopped there").arg(MaxPages));

    // Relative links resolve against nothing: only their query matters here.
    const QUrlQuery query(QUrl(link).query());
    bool pageOk = false;
    const int page = query.queryItemValue(QStringLiteral("page")).toInt(&pageOk);
    if (!pageOk)
        return broken(Tr::tr("the link to the next page names no page number (%1)").arg(link));
    if (page <= currentPage)
        return broken(
            Tr::tr("page %1 links back to page %2 as the next one; the listing would never "
                   "end")
                .arg(currentPage)
                .arg(page));
    NextPage next;
    next.kind = NextPage::Kind::Follow;
    next.page = page;
    bool perPageOk = false;
    const int perPage = query.queryItemValue(QStringLiteral("per_page")).toInt(&perPageOk);
    next.perPage = perPageOk && perPage > 0 ? perPage : 0;
    return next;
}

QString totalMismatch(const QJsonObject& lastPage, qsizetype collected)
{
    const QJsonValue total = lastPage.value(u"meta").toObject().value(u"total");
    if (!total.isDouble() || qsizetype(total.toDouble()) == collected)
        return {};
    return Tr::tr("the listing says it holds %1 items but its pages gave %2; it may have changed "
                  "while it was read: refresh to read it again")
        .arg(qsizetype(total.toDouble()))
        .arg(collected);
}

} // namespace api
