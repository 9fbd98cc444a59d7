// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

/// Credentials of one account the simulator knows.
struct SimAccountInfo
{
    QString name; ///< the account's friendly_name in defaultAccounts()
    QString sid;
    QString email;
    QString password;
    QString token; ///< md5(password), as Restcomm computes it

    /// "Basic base64(sid:token)", ready for an Authorization header.
    QByteArray basicAuth() const;
};

/// Runs the built restcomm-sim (tests/sim) for one test: a temporary accounts file and ledger,
/// the port read from the sim's first stdout line, and the /sim/ control API wrapped in blocking
/// calls (bounded by a timeout, driven by a local event loop: no sleeps). The process is killed
/// when the object goes away.
///
///     SimProcess sim({QStringLiteral("--hang-rate"), QStringLiteral("1")});
///     QVERIFY2(sim.start(), qPrintable(sim.errorString()));
///     const SimAccountInfo carrier = SimProcess::account(QStringLiteral("carrier1"));
///     … POST to sim.baseUrl() + "/Accounts/" + carrier.sid + "/SMS/Messages.json" …
///     QCOMPARE(sim.readLedger().size(), 1);
class SimProcess final
{
public:
    /// \a extraArguments go to restcomm-sim after --accounts and --ledger (so they may override
    /// other defaults). \a accounts is written to the accounts file.
    explicit SimProcess(QStringList extraArguments = {}, QJsonArray accounts = defaultAccounts());
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    /// Starts the sim and waits for its port. False with errorString() on failure.
    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    QString errorString() const { return m_error; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// What the sim wrote to stderr so far (for failure messages).
    QString stderrText();

    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    /// http(s)://127.0.0.1:port
    QUrl rootUrl() const;
    /// rootUrl() + base path, e.g. http://127.0.0.1:port/restcomm/2012-04-24
    QUrl baseUrl() const;
    /// A configuration that trusts the sim's certificate (the --tls-cert file as CA) when TLS is on.
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    QString ledgerPath() const { return m_ledgerPath; }
    QString accountsPath() const { return m_accountsPath; }
    /// Every line of the ledger, parsed.
    QList<QJsonObject> readLedger() const;

    /// POST /sim/clock/advance?ms=N.
    bool advanceClock(qint64 ms);
    /// A reply from a handset (POST /sim/inbound): listed with direction `inbound`, status
    /// `received`, dated `atMs` (0: the sim's now). Returns its SID, empty on failure.
    QString addInbound(const QString &accountSid, const QString &from, const QString &to, const QString &body,
                       qint64 atMs = 0);
    /// POST /sim/faults with \a faults (e.g. {"error_rate": 0.5}).
    bool setFaults(const QJsonObject &faults);
    /// GET /sim/faults.
    QJsonObject faults();
    /// GET /sim/stats (empty object on failure).
    QJsonObject stats();

    /// The accounts written when none are given. Friendly names (use with account()):
    /// admin (top, Administrator, the Restcomm default admin), carrier1 and carrier2 (children of
    /// admin, Administrator), grandchild (child of carrier1), developer (child of admin, role
    /// Developer: may not send), suspended (child of admin, status suspended), nocreate (child of
    /// admin, can_create_subaccounts false), stranger (another top-level tree).
    static QJsonArray defaultAccounts();
    /// Credentials of a defaultAccounts() entry by friendly name (qFatal if unknown).
    static SimAccountInfo account(const QString &name);

private:
    std::optional<QJsonDocument> control(const QByteArray &verb, const QString &pathAndQuery,
                                         const QByteArray &body = {});

    QStringList m_arguments;
    QJsonArray m_accounts;
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    QString m_accountsPath;
    QString m_basePath = QStringLiteral("/restcomm/2012-04-24");
    QProcess m_process;
    QString m_error;
    QByteArray m_stderr;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
