// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "networkfactory.h"
#include "restcommendpoint.h"
#include "restcommerror.h"
#include "restcommparser.h"
#include "restcommrecords.h"
#include "restcommrequests.h"
#include "sms/smsencoding.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class PlainHttpClient;
class QNetworkAccessManager;
class QNetworkReply;

/// The answer to one Restcomm call: a value, or an error of a known class.
template<typename T>
struct RestcommReply
{
    std::optional<T> value;
    RestcommError error;
    int httpStatus = 0; ///< of the answer, when one came
    bool ok() const { return value.has_value(); }
};

/// What to send.
struct SmsSubmission
{
    QString to; ///< E.164 with '+'
    QString from;
    QString body;
    SmsEncoding encoding = SmsEncoding::Gsm7;
};

/// Talks the Restcomm SMS and Accounts API over one QNetworkAccessManager (so one client per
/// thread). Every call is asynchronous; the callback runs in this thread, and not at all when
/// `context` was destroyed first. TLS errors are never ignored.
class RestcommClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestcommClient)

public:
    /// Every manager it uses comes from `network` (network::system() when empty).
    explicit RestcommClient(const NetworkFactory &network = {}, const Clock &clock = SystemClock::instance(),
                            QObject *parent = nullptr);

    /// POST …/SMS/Messages.json. Success is any 2xx with a message SID.
    void sendSms(const RestcommEndpoint &endpoint, const SmsSubmission &sms, QObject *context,
                 std::function<void(const RestcommReply<SmsRecord> &)> done);
    /// GET …/SMS/Messages/{sid}.json.
    void fetchSms(const RestcommEndpoint &endpoint, const QString &smsSid, QObject *context,
                  std::function<void(const RestcommReply<SmsRecord> &)> done);
    /// GET …/SMS/Messages.json with filters and paging.
    void listSms(const RestcommEndpoint &endpoint, const SmsListQuery &query, QObject *context,
                 std::function<void(const RestcommReply<SmsPage> &)> done);
    /// The credential test: GET /Accounts.json/{Sid}, then /Accounts/{Sid}.json on 404.
    void fetchAccount(const RestcommEndpoint &endpoint, QObject *context,
                      std::function<void(const RestcommReply<AccountRecord> &)> done);
    /// POST /Accounts.json as the parent: a new sub-account (its token is md5(password)).
    void createSubAccount(const RestcommEndpoint &parent, const QString &email, const QByteArray &password,
                          const QString &friendlyName, QObject *context,
                          std::function<void(const RestcommReply<AccountRecord> &)> done);

    /// Requests started and not finished yet.
    int inFlight() const { return m_inFlight; }

private:
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
        RestcommError error; ///< kind None for a 2xx
    };
    using AnswerHandler = std::function<void(const Answer &)>;

    void start(const RestcommEndpoint &endpoint, const QUrl &url, const QByteArray *formBody, QObject *context,
               AnswerHandler handler, restcommparser::RequestPurpose purpose = restcommparser::RequestPurpose::Other);
    /// The answer from what came back: a 2xx, or the error class restcommparser makes of it.
    Answer answerOf(int httpStatus, QByteArray body, int networkError, const QString &networkErrorText, bool written,
                    const QByteArray &retryAfter, const QString &carrierName, const QUrl &url,
                    restcommparser::RequestPurpose purpose) const;
    template<typename T, typename Parser>
    static RestcommReply<T> parsed(const Answer &answer, Parser parse);

    /// The manager for requests trusting `caFile`. Qt keeps one connection cache per manager
    /// and reuses a host's connection with the TLS settings it was opened with, so carriers
    /// with different CA files on one host each get their own manager.
    QNetworkAccessManager *networkFor(const QString &caFile);

    NetworkFactory m_factory;
    QNetworkAccessManager *m_network;
    PlainHttpClient *m_plain = nullptr; ///< plain http:// with real managers (see PlainHttpClient)
    const Clock &m_clock;
    QHash<QString, QSslConfiguration> m_tlsByCaFile;
    QHash<QString, QNetworkAccessManager *> m_networkByCaFile;
    int m_inFlight = 0;
};
