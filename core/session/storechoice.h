// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

/// A store as the window names it (File → Open store…, Move store to server…): a file or a
/// postgresql:// URL, checked, titled and given its password, without the window reaching into
/// core/store itself.
class StoreChoice final
{
public:
    /// What the operator typed, checked without touching the store: empty, a folder, a URL of
    /// another scheme or with a password are refused (Error::invalid, a sentence for the field).
    /// Returns the store as it will be opened: an absolute file path, or the URL.
    static Result<QString> check(const QString &text);
    /// check(), also refusing anything but a PostgreSQL URL (Move store to server…).
    static Result<QString> checkServer(const QString &text);

    /// True for a postgresql:// URL.
    static bool isServer(const QString &store);
    /// How the window's title names the store: a file's name, or "dbname on host:port". Never a
    /// password (a URL cannot hold one).
    static QString title(const QString &store);
    /// The server and user a password is for ("ops@db.example.com:5432"), for the prompt.
    static QString passwordTarget(const QString &store);

    /// True when opening failed because the server wants a password (Database::needsPassword).
    static bool needsPassword(const Error &error);
    /// Keeps `password` in this process's memory for the server of `store`: never in settings,
    /// a log, a title or argv (Database::rememberPassword).
    static void rememberPassword(const QString &store, const QString &password);
};
