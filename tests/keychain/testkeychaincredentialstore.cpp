// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The keychain backend against a real Secret Service (run through with-keyring.sh), and the
// promise that follows from it: with the keychain, the token never reaches the store file.
#include "carriers/carrierservice.h"
#include "secrets/keychaincredentialstore.h"
#include "session/session.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

const QByteArray distinctiveToken("tok-9f8e7d6c5b4a39281706f5e4d3c2b1a0");

/// Every byte SQLite wrote for this store: the file and its WAL and shared-memory files.
QByteArray storeBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        KeychainCredentialStore keychain(QStringLiteral("smsrouter-test"));
        QVERIFY2(keychain.write(QStringLiteral("entry-1"), "secret-bytes"), "is the keyring unlocked?");
        auto read = keychain.read(QStringLiteral("entry-1"));
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(*read, QByteArray("secret-bytes"));
        QVERIFY(keychain.remove(QStringLiteral("entry-1")));
        auto gone = keychain.read(QStringLiteral("entry-1"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY(!gone.errorMessage().contains(QStringLiteral("secret-bytes")));
    }

    void tokenNeverReachesTheStoreFile()
    {
        TempStore store;
        SessionOptions options;
        options.storePath = store.path();
        options.userSettingsFile = store.filePath(QStringLiteral("user.ini"));
        auto session = Session::open(options); // the real keychain
        QVERIFY2(session, qPrintable(session.errorMessage()));
        Carrier carrier;
        carrier.name = QStringLiteral("UK");
        carrier.accountSid = testAccountSid(1);
        auto added = (*session)->carriers().add(carrier, distinctiveToken);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QVERIFY(added->secretRef.startsWith(QStringLiteral("keychain:")));
        QCOMPARE(*(*session)->carriers().token(*added), distinctiveToken);

        const QByteArray bytes = storeBytes(store.path());
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains(testAccountSid(1).toLatin1())); // the carrier is in there…
        QVERIFY(!bytes.contains(distinctiveToken)); // …its token is not
        QVERIFY(!bytes.contains(distinctiveToken.toBase64()));
        QVERIFY(removeAndCheck(**session, *added));
    }

    void cliKeepsTheTokenInTheKeychainAndNeverPrintsIt()
    {
        TempStore store;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMSROUTER_DB"), store.path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SMSROUTER_CLI_PATH),
                  {QStringLiteral("carrier"), QStringLiteral("add"), QStringLiteral("UK"),
                   QStringLiteral("--account-sid"), testAccountSid(2), QStringLiteral("--token-stdin")});
        QVERIFY(cli.waitForStarted());
        cli.write(distinctiveToken + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(out.contains("keychain"), out.constData());
        QVERIFY(!out.contains(distinctiveToken));

        cli.start(QStringLiteral(SMSROUTER_CLI_PATH),
                  {QStringLiteral("carrier"), QStringLiteral("show"), QStringLiteral("UK"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray shown = cli.readAllStandardOutput();
        QVERIFY(shown.contains("\"token_kept_in\": \"keychain\""));
        QVERIFY(!shown.contains(distinctiveToken));
        QVERIFY(!storeBytes(store.path()).contains(distinctiveToken));
    }

private:
    static bool removeAndCheck(Session &session, const Carrier &carrier)
    {
        if (!session.carriers().remove(carrier.id))
            return false;
        KeychainCredentialStore keychain;
        return !keychain.read(carrier.secretRef.mid(carrier.secretRef.indexOf(QLatin1Char(':')) + 1));
    }
};

SMSROUTER_TEST(TestKeychainCredentialStore)
#include "testkeychaincredentialstore.moc"
