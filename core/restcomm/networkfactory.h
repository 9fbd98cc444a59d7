// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

class QNetworkAccessManager;
class QObject;

/// Makes the QNetworkAccessManagers through which the program talks to Restcomm: the one place
/// that decides how a manager is set up, and the seam where tests put a network of their own
/// (answers without sockets, in virtual time). Every request is built by restcommrequests, which
/// stamps it (credentials, Accept, User-Agent); every manager comes from a factory.
///
/// A factory returns a manager owned by `parent` (or one that outlives it, for a test's fake).
using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

namespace network {

/// Real managers: no automatic redirects (a Restcomm answer is read where it was asked), so a
/// misconfigured base URL fails with its own status instead of being followed elsewhere.
NetworkFactory system();

/// Whether `factory` makes real managers (system(), or empty): then plain http:// to this
/// computer may go through PlainHttpClient instead, while a test's fake network sees every request.
bool isSystem(const NetworkFactory &factory);

/// `factory`, or system() when it is empty.
NetworkFactory orSystem(const NetworkFactory &factory);

} // namespace network
