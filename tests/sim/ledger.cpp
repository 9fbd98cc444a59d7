// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ledger.h"

#include "simmessage.h"

#include <QJsonDocument>
#include <QJsonObject>

bool Ledger::open(const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write the ledger %1: %2. Pick a writable path for --ledger.")
                     .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void Ledger::append(const SimMessage &message, const char *reply)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line {
        {QStringLiteral("sid"), message.sid},
        {QStringLiteral("account_sid"), message.accountSid},
        {QStringLiteral("to"), message.to},
        {QStringLiteral("from"), message.from},
        {QStringLiteral("body"), message.body},
        {QStringLiteral("encoding"), message.encoding},
        {QStringLiteral("received_at"), message.createdMs},
        {QStringLiteral("reply"), QString::fromLatin1(reply)},
    };
    if (!message.statusCallback.isEmpty())
        line.insert(QStringLiteral("status_callback"), message.statusCallback);
    // Unbuffered: one write(2) per line, so a killed process never loses an accepted message.
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n'));
}
