// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// PlainHttpClient against a scripted server in this process: answers in each framing arrive
// whole, connections are kept and capped, and a request is never sent twice, whatever the
// connection does.
#include "restcomm/plainhttpclient.h"
#include "testprogram.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

/// Answers each complete request (headers and Content-Length body) through `answer`, which
/// writes the response (or closes the connection). Counts connections and requests.
class ScriptedServer final : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit ScriptedServer(Answer answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                ++open;
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --open;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer.indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qint64 length = 0;
                        for (const QByteArray &line : buffer.left(end).split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer.size() < end + 4 + length)
                            return;
                        const QByteArray request = buffer.left(end + 4 + length);
                        buffer.remove(0, end + 4 + length);
                        requests.append(request);
                        m_answer(socket, request);
                    }
                });
            }
        });
    }

    QString url(const QString &path = QStringLiteral("/x")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    int connections = 0;
    int open = 0;
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

PlainHttpRequest post(const QString &url, const QByteArray &body = "To=%2B447911123456")
{
    PlainHttpRequest r;
    r.method = "POST";
    r.url = QUrl(url);
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = body;
    r.timeout = std::chrono::seconds(10);
    return r;
}

/// Sends `requests` at once and waits (bounded) for every answer, in order of arrival.
QList<PlainHttpResponse> run(PlainHttpClient &client, const QList<PlainHttpRequest> &requests)
{
    QList<PlainHttpResponse> answers;
    QEventLoop loop;
    for (const PlainHttpRequest &r : requests) {
        client.send(r, [&](const PlainHttpResponse &answer) {
            answers.append(answer);
            if (answers.size() == requests.size())
                loop.quit();
        });
    }
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (answers.size() < requests.size())
        loop.exec();
    return answers;
}

void answerOk(QTcpSocket *socket, const QByteArray &)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"sid\":\"1\"}");
}

} // namespace

class TestPlainHttpClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheRequestAsWrittenAndKeepsTheConnection()
    {
        ScriptedServer server(answerOk);
        PlainHttpClient client;
        const auto first = run(client, {post(server.url(QStringLiteral("/a/Messages.json")))});
        const auto second = run(client, {post(server.url(QStringLiteral("/a/Messages.json")), "Body=b")});
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).httpStatus, 200);
        QCOMPARE(first.at(0).body, QByteArray("{\"sid\":\"1\"}"));
        QVERIFY(first.at(0).written);
        QCOMPARE(second.value(0).httpStatus, 200);
        QCOMPARE(server.connections, 1); // kept alive
        const QByteArray request = server.requests.value(0);
        QVERIFY(request.startsWith("POST /a/Messages.json HTTP/1.1\r\n"));
        QVERIFY(request.contains("\r\nContent-Type: application/x-www-form-urlencoded\r\n"));
        QVERIFY(request.contains("\r\nContent-Length: 18\r\n"));
        QVERIFY(request.endsWith("\r\n\r\nTo=%2B447911123456"));
    }

    void readsChunkedAnswersAndRetryAfter()
    {
        ScriptedServer server([](QTcpSocket *socket, const QByteArray &) {
            // In pieces, as a slow server sends it.
            socket->write(
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhe");
            socket->flush();
            socket->write("llo\r\n6;x=1\r\n world\r\n0\r\n\r\n");
        });
        PlainHttpClient client;
        const auto answers = run(client, {post(server.url()), post(server.url())});
        QCOMPARE(answers.size(), 2);
        for (const PlainHttpResponse &a : answers) {
            QCOMPARE(a.httpStatus, 429);
            QCOMPARE(a.body, QByteArray("hello world"));
            QCOMPARE(a.retryAfter, QByteArray("7"));
        }
    }

    void anAnswerThatEndsWithTheConnection()
    {
        ScriptedServer server([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.0 500 Internal Server Error\r\n\r\nbroken");
            socket->disconnectFromHost();
        });
        PlainHttpClient client;
        const auto answers = run(client, {post(server.url()), post(server.url())});
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).httpStatus, 500);
        QCOMPARE(answers.at(0).body, QByteArray("broken"));
        QCOMPARE(server.connections, 2); // a closed connection is not reused
    }

    void aConnectionClosedAfterTheRequestIsAnErrorNeverAResend()
    {
        ScriptedServer server([](QTcpSocket *socket, const QByteArray &) { socket->abort(); });
        PlainHttpClient client;
        const auto answers = run(client, {post(server.url()), post(server.url()), post(server.url())});
        QCOMPARE(answers.size(), 3);
        for (const PlainHttpResponse &a : answers) {
            QCOMPARE(a.httpStatus, 0);
            QCOMPARE(a.error, QNetworkReply::RemoteHostClosedError);
            QVERIFY(a.written); // so it may have arrived: the caller looks it up
        }
        QCOMPARE(server.requests.size(), 3); // each exactly once
    }

    void nothingListeningIsRefusedBeforeAnythingIsWritten()
    {
        QTcpSocket holder; // bound, never listening: refused
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        PlainHttpClient client;
        const auto answers = run(client, {post(QStringLiteral("http://127.0.0.1:%1/x").arg(holder.localPort()))});
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!answers.at(0).written);
    }

    void aSilentServerTimesOut()
    {
        ScriptedServer server([](QTcpSocket *, const QByteArray &) {});
        PlainHttpClient client;
        PlainHttpRequest r = post(server.url());
        r.timeout = std::chrono::milliseconds(100);
        const auto answers = run(client, {r});
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).error, QNetworkReply::OperationCanceledError);
        QVERIFY(answers.at(0).written);
        QCOMPARE(server.requests.size(), 1);
    }

    void atMostSixConnectionsPerHost()
    {
        ScriptedServer server(answerOk);
        PlainHttpClient client;
        QList<PlainHttpRequest> many;
        for (int i = 0; i < 40; ++i)
            many.append(post(server.url(), "n=" + QByteArray::number(i)));
        const auto answers = run(client, many);
        QCOMPARE(answers.size(), 40);
        for (const PlainHttpResponse &a : answers)
            QCOMPARE(a.httpStatus, 200);
        QVERIFY(server.connections <= PlainHttpClient::connectionsPerHost);
        QCOMPARE(server.requests.size(), 40);
    }
};

SMSROUTER_TEST(TestPlainHttpClient)
#include "testplainhttpclient.moc"
