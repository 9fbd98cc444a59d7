// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "fakenetworkmanager.h"

#include <QTimer>

namespace {

/// A finished reply carrying a FakeAnswer, delivered on the next turn of the event loop like a
/// real one.
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const FakeAnswer &answer,
              QObject *parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (answer.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
            for (const auto &[name, value] : answer.headers)
                setRawHeader(name, value);
        }
        const QNetworkReply::NetworkError error = answer.error != NoError ? answer.error
            : answer.status >= 400                                        ? ProtocolInvalidOperationError
                                                                          : NoError;
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT requestSent();
            if (error != NoError) {
                setError(error, QStringLiteral("fake error"));
                Q_EMIT errorOccurred(error);
            }
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override { }
    qint64 bytesAvailable() const override { return m_body.size() - m_position + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_body.size() - m_position);
        if (count <= 0)
            return -1;
        std::copy_n(m_body.constData() + m_position, count, data);
        m_position += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_position = 0;
};

} // namespace

QNetworkReply *FakeNetworkManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    m_requests.append(request);
    m_bodies.append(outgoingData ? outgoingData->readAll() : QByteArray());
    const FakeAnswer answer = m_respond ? m_respond(request, m_bodies.constLast())
        : m_answers.isEmpty()           ? FakeAnswer {404, QByteArray("no canned answer"), {}, {}}
                                        : m_answers.takeFirst();
    return new FakeReply(request, op, answer, this);
}
