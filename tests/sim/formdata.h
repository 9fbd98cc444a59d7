// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

/// Form fields decoded exactly like a Java servlet container decodes
/// application/x-www-form-urlencoded text (request bodies and query strings alike): a bare '+'
/// becomes a space, %XX becomes that byte, and the bytes are read as UTF-8. So a client that
/// sends "+351…" instead of "%2B351…" gets " 351…" here, as it would from Restcomm.
/// A repeated key keeps its first value (Jersey's MultivaluedMap::getFirst).
class FormData final
{
public:
    static FormData parse(QByteArrayView encoded);

    bool contains(const QString &key) const { return m_fields.contains(key); }
    QString value(const QString &key, const QString &fallback = {}) const { return m_fields.value(key, fallback); }
    bool isEmpty() const { return m_fields.isEmpty(); }

    /// Decodes one component: '+' → space, %XX → byte (a malformed escape stays literal).
    static QByteArray decodeComponent(QByteArrayView encoded);

private:
    QHash<QString, QString> m_fields;
};
