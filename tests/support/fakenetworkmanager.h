// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

/// A canned HTTP answer for FakeNetworkManager.
struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; ///< for answers without HTTP
};

/// A network manager that answers every request with the next canned answer, without any
/// socket: for the rare server behaviours restcomm-sim does not produce (201, a 2xx without a
/// SID, an HTTP-date Retry-After, …). It records what was asked.
// No Q_OBJECT: it adds no signals or slots, and needs no moc.
class FakeNetworkManager final : public QNetworkAccessManager
{

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void enqueue(const FakeAnswer &answer) { m_answers.append(answer); }
    /// Answers every request with what `respond` makes of it (instead of the queue), for
    /// tests that drive a dispatcher: by account, by attempt, in virtual time.
    using Responder = std::function<FakeAnswer(const QNetworkRequest &request, const QByteArray &body)>;
    void setResponder(Responder respond) { m_respond = std::move(respond); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }
    const QList<QByteArray> &bodies() const { return m_bodies; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<FakeAnswer> m_answers;
    Responder m_respond;
    QList<QNetworkRequest> m_requests;
    QList<QByteArray> m_bodies;
};
