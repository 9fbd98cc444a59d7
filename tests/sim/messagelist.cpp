// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelist.h"

#include "messagestore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

// SimpleDateFormat("yyyy-MM-dd").parse(): reads a date at the start, ignores trailing text.
std::optional<qint64> dayStartMs(const QString &text, int utcOffsetS)
{
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, utcOffsetS).toMSecsSinceEpoch();
}

std::optional<int> parseJavaInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

using Less = std::function<bool(const SimMessage *, const SimMessage *)>;

std::optional<Less> sortOrder(const QString &sortBy)
{
    if (sortBy.isEmpty()) {
        return Less([](const SimMessage *a, const SimMessage *b) {
            return a->createdMs != b->createdMs ? a->createdMs > b->createdMs : a->sequence > b->sequence;
        });
    }
    const QString field = sortBy.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString direction = sortBy.section(QLatin1Char(':'), 1).trimmed().toLower();
    if (!direction.isEmpty() && direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return std::nullopt;
    const bool descending = direction == QLatin1String("desc");
    std::function<QString(const SimMessage *)> key;
    if (field == QLatin1String("DateCreated")) {
        return Less([descending](const SimMessage *a, const SimMessage *b) {
            const bool less = a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->sequence < b->sequence;
            const bool greater = a->createdMs != b->createdMs ? a->createdMs > b->createdMs : a->sequence > b->sequence;
            return descending ? greater : less;
        });
    } else if (field == QLatin1String("From")) {
        key = [](const SimMessage *m) {
            return m->from;
        };
    } else if (field == QLatin1String("To")) {
        key = [](const SimMessage *m) {
            return m->to;
        };
    } else if (field == QLatin1String("Body")) {
        key = [](const SimMessage *m) {
            return m->body;
        };
    } else if (field == QLatin1String("Direction") || field == QLatin1String("Price")
               || field == QLatin1String("Status")) {
        // Every simulated message is outbound-api at price 0; status sorts by arrival (stable).
        key = [](const SimMessage *) {
            return QString();
        };
    } else {
        return std::nullopt;
    }
    return Less([key, descending](const SimMessage *a, const SimMessage *b) {
        const int order = key(a).compare(key(b));
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return a->sequence < b->sequence;
    });
}

QString pageUri(const QString &path, int page, int pageSize)
{
    return QStringLiteral("%1?Page=%2&PageSize=%3").arg(path).arg(page).arg(pageSize);
}

} // namespace

bool MessageList::like(const QString &text, const QString &pattern)
{
    // Iterative wildcard match with backtracking to the last '%'.
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('_') || pattern[p] == text[t])) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('%')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('%'))
        ++p;
    return p == pattern.size();
}

SimResponse MessageList::respond(QList<const SimMessage *> messages, const FormData &query, const Context &context)
{
    std::optional<qint64> start;
    std::optional<qint64> end;
    if (query.contains(QStringLiteral("StartTime"))) {
        start = dayStartMs(query.value(QStringLiteral("StartTime")), context.utcOffsetS);
        if (!start)
            return SimResponse::text(400, QStringLiteral("StartTime must be a date yyyy-MM-dd"));
    }
    if (query.contains(QStringLiteral("EndTime"))) {
        end = dayStartMs(query.value(QStringLiteral("EndTime")), context.utcOffsetS);
        if (!end)
            return SimResponse::text(400, QStringLiteral("EndTime must be a date yyyy-MM-dd"));
        *end += 24 * 3600 * 1000; // EndTime is inclusive: date_created <= EndTime + 1 day
    }
    const auto sort = sortOrder(query.value(QStringLiteral("SortBy")));
    if (!sort)
        return SimResponse::text(400,
                                 QStringLiteral("SortBy must be Field[:asc|desc] with Field one of DateCreated, "
                                                "From, To, Direction, Status, Body, Price"));
    // Integer.parseInt and a division by the page size: Restcomm answers 500 to junk or 0 here.
    const auto pageSize = parseJavaInt(query.value(QStringLiteral("PageSize"), QStringLiteral("50")));
    const auto page = parseJavaInt(query.value(QStringLiteral("Page"), QStringLiteral("0")));
    if (!pageSize || !page || *page < 0 || *pageSize < 0)
        return SimResponse::text(500, QStringLiteral("For input string: Page/PageSize must be integers >= 0"));
    if (*pageSize == 0)
        return SimResponse::text(500, QStringLiteral("/ by zero"));

    const QString to =
        query.contains(QStringLiteral("To")) ? QLatin1Char('%') + query.value(QStringLiteral("To")) : QString();
    const QString from =
        query.contains(QStringLiteral("From")) ? QLatin1Char('%') + query.value(QStringLiteral("From")) : QString();
    const QString body = query.contains(QStringLiteral("Body"))
        ? QLatin1Char('%') + query.value(QStringLiteral("Body")) + QLatin1Char('%')
        : QString();
    const QString status = query.value(QStringLiteral("Status"));
    QList<const SimMessage *> selected;
    for (const SimMessage *message : messages) {
        if ((start && message->createdMs < *start) || (end && message->createdMs > *end))
            continue;
        if ((!to.isEmpty() && !like(message->to, to)) || (!from.isEmpty() && !like(message->from, from))
            || (!body.isEmpty() && !like(message->body, body)))
            continue;
        if (!status.isEmpty() && !like(MessageStore::statusOf(*message, *context.config, context.nowMs).name, status))
            continue;
        selected.append(message);
    }
    std::stable_sort(selected.begin(), selected.end(), *sort);

    const int total = static_cast<int>(selected.size());
    const int lastPage = total / *pageSize; // Restcomm's "num_pages"
    if (*page > lastPage)
        return SimResponse::empty(400);
    const int first = *page * *pageSize;
    const int count = std::min(*pageSize, total - first);
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        const SimMessage &message = *selected.at(i);
        items.append(MessageStore::toJson(message, MessageStore::statusOf(message, *context.config, context.nowMs),
                                          context.utcOffsetS));
    }
    const int endIndex = *page == lastPage ? first + count : first + *pageSize - 1;
    const QString null = QStringLiteral("null");
    QString next = null;
    if (*page < lastPage) {
        next = pageUri(context.uriPath, *page + 1, *pageSize);
        if (count > 0)
            next += QStringLiteral("&AfterSid=") + selected.at(first + count - 1)->sid;
    }
    const QJsonObject json {
        {QStringLiteral("page"), *page},
        {QStringLiteral("num_pages"), lastPage},
        {QStringLiteral("page_size"), *pageSize},
        {QStringLiteral("total"), total},
        {QStringLiteral("start"), QString::number(first)},
        {QStringLiteral("end"), QString::number(endIndex)},
        {QStringLiteral("uri"), context.uriPath},
        {QStringLiteral("first_page_uri"), pageUri(context.uriPath, 0, *pageSize)},
        {QStringLiteral("previous_page_uri"), *page > 0 ? pageUri(context.uriPath, *page - 1, *pageSize) : null},
        {QStringLiteral("next_page_uri"), next},
        {QStringLiteral("last_page_uri"), pageUri(context.uriPath, lastPage, *pageSize)},
        {QStringLiteral("messages"), items},
    };
    return SimResponse::json(json);
}
