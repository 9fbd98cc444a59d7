// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messages/messagefilter.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

/// The WHERE clause of a MessageFilter with its bound values, shared by MessageRepository's
/// list() and count() so both always agree. Only placeholders: no value is pasted into SQL.
struct MessageFilterSql
{
    QString clause; ///< "WHERE …", or empty when nothing filters
    QList<std::pair<QString, QVariant>> bindings;

    static MessageFilterSql from(const MessageFilter &filter);
};
