// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Fuzz target: the readers of what a carrier answers (restcomm-api.md §8.6). A carrier's body is
// input nobody here controls; reading it must never crash, and a Retry-After must never be a
// negative wait (the dispatcher would resend at once, into the throttle).
#include "fuzzcheck.h"
#include "restcomm/restcommparser.h"

#include <QDateTime>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    if (auto sms = restcommparser::parseSms(bytes); !sms)
        FUZZ_CHECK(!sms.errorMessage().isEmpty());
    if (auto page = restcommparser::parseSmsPage(bytes)) {
        FUZZ_CHECK(page->messages.size() <= bytes.size()); // every record came from the body
    } else {
        FUZZ_CHECK(!page.errorMessage().isEmpty());
    }
    if (auto account = restcommparser::parseAccount(bytes); !account)
        FUZZ_CHECK(!account.errorMessage().isEmpty());

    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    FUZZ_CHECK(restcommparser::parseRetryAfter(bytes, now).count() >= 0);
    (void)restcommparser::parseDate(QString::fromUtf8(bytes));
    return 0;
}
