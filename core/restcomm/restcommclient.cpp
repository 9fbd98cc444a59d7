// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "restcommclient.h"

#include "common/logging.h"
#include "oneshotbody.h"
#include "plainhttpclient.h"
#include "restcommparser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

RestcommClient::RestcommClient(const NetworkFactory &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_factory(network::orSystem(network))
    , m_network(m_factory(this))
    , m_plain(network::isSystem(network) ? new PlainHttpClient(this) : nullptr)
    , m_clock(clock)
{ }

void RestcommClient::start(const RestcommEndpoint &endpoint, const QUrl &url, const QByteArray *formBody,
                           QObject *context, AnswerHandler handler, restcommparser::RequestPurpose purpose)
{
    auto refuse = [this, context, handler](RestcommError::Kind kind, const QString &message) {
        Answer answer;
        answer.error.kind = kind;
        answer.error.message = message;
        // Answer asynchronously, like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, context ? context : this, [handler, answer] { handler(answer); });
    };
    if (auto transport = restcommrequests::checkTransport(url, endpoint.carrierName); !transport) {
        refuse(RestcommError::Kind::NotSent, transport.errorMessage());
        return;
    }
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    if (m_plain && url.scheme() == QLatin1String("http")) {
        PlainHttpRequest plain;
        plain.method = formBody ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
        plain.url = url;
        plain.headers = restcommrequests::headers(endpoint, formBody != nullptr);
        if (formBody)
            plain.body = *formBody;
        plain.timeout = endpoint.timeout;
        ++m_inFlight;
        m_plain->send(std::move(plain),
                      [this, carrierName = endpoint.carrierName, url, guard, hadContext, handler,
                       purpose](const PlainHttpResponse &r) {
                          --m_inFlight;
                          Answer answer = answerOf(r.httpStatus, r.body, r.error, r.errorText, r.written, r.retryAfter,
                                                   carrierName, url, purpose);
                          if (hadContext && !guard)
                              return;
                          handler(answer);
                      });
        return;
    }

    QNetworkRequest request = restcommrequests::request(endpoint, url, formBody != nullptr);
    if (url.scheme() == QLatin1String("https")) {
        auto found = m_tlsByCaFile.constFind(endpoint.caFile);
        if (found == m_tlsByCaFile.constEnd()) {
            auto config = restcommrequests::tlsConfiguration(endpoint.caFile);
            if (!config) {
                refuse(RestcommError::Kind::NotSent, config.errorMessage());
                return;
            }
            found = m_tlsByCaFile.insert(endpoint.caFile, *config);
        }
        request.setSslConfiguration(*found);
    }

    QNetworkAccessManager *network = networkFor(endpoint.caFile);
    QNetworkReply *reply = nullptr;
    if (formBody) {
        // Streamed from a body Qt cannot rewind, so Qt never resends it on its own (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, formBody->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(*formBody);
        reply = network->post(request, body);
        body->setParent(reply);
    } else {
        reply = network->get(request);
    }
    ++m_inFlight;
    // Whether any of the request left this program decides "not sent" versus "maybe accepted".
    auto written = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, reply, [written] { *written = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply, [written](qint64 sent, qint64) {
        if (sent > 0)
            *written = true;
    });
    const QString carrierName = endpoint.carrierName;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, written, carrierName, guard, hadContext, handler, purpose] {
                --m_inFlight;
                reply->deleteLater();
                Answer answer = answerOf(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                         reply->readAll(), reply->error(), reply->errorString(), *written,
                                         reply->rawHeader("Retry-After"), carrierName, reply->url(), purpose);
                if (hadContext && !guard)
                    return;
                handler(answer);
            });
}

RestcommClient::Answer RestcommClient::answerOf(int httpStatus, QByteArray body, int networkError,
                                                const QString &networkErrorText, bool written,
                                                const QByteArray &retryAfter, const QString &carrierName,
                                                const QUrl &url, restcommparser::RequestPurpose purpose) const
{
    Answer answer;
    answer.httpStatus = httpStatus;
    answer.body = std::move(body);
    if (answer.httpStatus < 200 || answer.httpStatus >= 300) {
        answer.error = restcommparser::classify(answer.httpStatus, networkError, networkErrorText, written, answer.body,
                                                retryAfter, carrierName, m_clock.now(), purpose);
        qCDebug(lcRestcomm) << "request failed" << answer.httpStatus << RestcommError::kindName(answer.error.kind)
                            << url.path();
    }
    return answer;
}

QNetworkAccessManager *RestcommClient::networkFor(const QString &caFile)
{
    if (caFile.isEmpty())
        return m_network;
    QNetworkAccessManager *&network = m_networkByCaFile[caFile];
    if (!network)
        network = m_factory(this);
    return network;
}

template<typename T, typename Parser>
RestcommReply<T> RestcommClient::parsed(const Answer &answer, Parser parse)
{
    RestcommReply<T> result;
    result.httpStatus = answer.httpStatus;
    if (!answer.error.ok()) {
        result.error = answer.error;
        return result;
    }
    auto value = parse(answer.body);
    if (!value) {
        result.error.kind = RestcommError::Kind::Protocol;
        result.error.httpStatus = answer.httpStatus;
        result.error.message = value.errorMessage();
        result.error.responseExcerpt = QString::fromUtf8(answer.body.left(300));
        return result;
    }
    result.value = std::move(*value);
    return result;
}

void RestcommClient::sendSms(const RestcommEndpoint &endpoint, const SmsSubmission &sms, QObject *context,
                             std::function<void(const RestcommReply<SmsRecord> &)> done)
{
    const QByteArray body = restcommrequests::sendSmsBody(sms.to, sms.from, sms.body, sms.encoding);
    start(
        endpoint, restcommrequests::sendSmsUrl(endpoint), &body, context,
        [done](const Answer &answer) {
            RestcommReply<SmsRecord> reply = parsed<SmsRecord>(answer, restcommparser::parseSms);
            // A 2xx without a readable SID was still accepted by the server: treat it as "may
            // exist" so reconciliation looks it up instead of sending it again.
            if (!reply.ok() && reply.error.kind == RestcommError::Kind::Protocol)
                reply.error.kind = RestcommError::Kind::Ambiguous;
            done(reply);
        },
        restcommparser::RequestPurpose::SubmitMessage);
}

void RestcommClient::fetchSms(const RestcommEndpoint &endpoint, const QString &smsSid, QObject *context,
                              std::function<void(const RestcommReply<SmsRecord> &)> done)
{
    start(endpoint, restcommrequests::smsUrl(endpoint, smsSid), nullptr, context,
          [done](const Answer &answer) { done(parsed<SmsRecord>(answer, restcommparser::parseSms)); });
}

void RestcommClient::listSms(const RestcommEndpoint &endpoint, const SmsListQuery &query, QObject *context,
                             std::function<void(const RestcommReply<SmsPage> &)> done)
{
    start(endpoint, restcommrequests::smsListUrl(endpoint, query), nullptr, context,
          [done](const Answer &answer) { done(parsed<SmsPage>(answer, restcommparser::parseSmsPage)); });
}

void RestcommClient::fetchAccount(const RestcommEndpoint &endpoint, QObject *context,
                                  std::function<void(const RestcommReply<AccountRecord> &)> done)
{
    start(endpoint, restcommrequests::accountUrl(endpoint, false), nullptr, context,
          [this, endpoint, context, done](const Answer &answer) {
              if (answer.httpStatus != 404) {
                  done(parsed<AccountRecord>(answer, restcommparser::parseAccount));
                  return;
              }
              // Servers from 2018 on also route /Accounts/{Sid}.json; older ones only the first form.
              start(
                  endpoint, restcommrequests::accountUrl(endpoint, true), nullptr, context,
                  [done](const Answer &second) { done(parsed<AccountRecord>(second, restcommparser::parseAccount)); });
          });
}

void RestcommClient::createSubAccount(const RestcommEndpoint &parent, const QString &email, const QByteArray &password,
                                      const QString &friendlyName, QObject *context,
                                      std::function<void(const RestcommReply<AccountRecord> &)> done)
{
    QList<std::pair<QString, QString>> fields {{QStringLiteral("EmailAddress"), email},
                                               {QStringLiteral("Password"), QString::fromUtf8(password)}};
    if (!friendlyName.isEmpty())
        fields.append({QStringLiteral("FriendlyName"), friendlyName});
    const QByteArray body = restcommrequests::formEncode(fields);
    const QString parentName = parent.carrierName;
    start(parent, restcommrequests::createAccountUrl(parent), &body, context,
          [done, email, parentName](const Answer &answer) {
              RestcommReply<AccountRecord> reply = parsed<AccountRecord>(answer, restcommparser::parseAccount);
              // The generic texts speak of sending; account creation has its own well-known refusals.
              if (answer.httpStatus == 409)
                  reply.error.message =
                      QCoreApplication::translate("RestcommClient",
                                                  "The e-mail address %1 is already used by another Restcomm "
                                                  "account (HTTP 409). Choose another address.")
                          .arg(email);
              else if (answer.httpStatus == 400)
                  reply.error.message =
                      QCoreApplication::translate("RestcommClient",
                                                  "Restcomm refused the new account (HTTP 400: %1). Use a valid "
                                                  "e-mail address and a stronger password (letters, digits and "
                                                  "symbols); Restcomm also allows at most three levels of accounts.")
                          .arg(reply.error.responseExcerpt.isEmpty()
                                   ? QCoreApplication::translate("RestcommClient", "no reason given")
                                   : reply.error.responseExcerpt);
              else if (answer.httpStatus == 403)
                  reply.error.message =
                      QCoreApplication::translate("RestcommClient",
                                                  "The account of carrier “%1” may not create sub-accounts (HTTP "
                                                  "403). Use an account with the Administrator role as the parent.")
                          .arg(parentName);
              done(reply);
          });
}
