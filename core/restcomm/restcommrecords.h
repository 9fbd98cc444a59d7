// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// One SMS resource as Restcomm returns it. Every field is optional on the wire; missing ones
/// stay empty (errorCode 0).
struct SmsRecord
{
    QString sid;
    QString accountSid;
    QString from;
    QString to;
    QString body;
    QString status; ///< sending, sent, delivered, undelivered, failed, …
    QString direction;
    QString price; ///< a string on the wire ("0", "-0.0210")
    QString priceUnit;
    int errorCode = 0;
    QString errorMessage;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime dateSent;
};

/// One page of the message list. Paging fields are as Restcomm means them: `numPages` is the
/// index of the last page (pages run 0..numPages inclusive).
struct SmsPage
{
    int page = 0;
    int numPages = 0;
    int pageSize = 0;
    int total = 0;
    QList<SmsRecord> messages;

    bool hasNextPage() const { return page < numPages; }
};

/// An account resource (credential test, sub-account creation). `authToken` is a secret: it
/// is read only to store a new sub-account's token and must never be shown or logged.
struct AccountRecord
{
    QString sid;
    QString friendlyName;
    QString email;
    QString status; ///< active, suspended, closed, inactive, uninitialized
    QString type;
    QString role;
    QByteArray authToken;
};
