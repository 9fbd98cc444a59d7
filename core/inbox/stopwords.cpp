// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "stopwords.h"

#include <QRegularExpression>

QStringList StopWords::defaults()
{
    return {QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
            QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
            QStringLiteral("PARAR"),  QStringLiteral("SAIR"),    QStringLiteral("CANCELAR"),
            QStringLiteral("STOPP"),  QStringLiteral("ABMELDEN")};
}

QStringList StopWords::resubscribeWords()
{
    return {QStringLiteral("START"), QStringLiteral("UNSTOP")};
}

StopWords::StopWords(const QStringList &words)
{
    for (const QString &word : words) {
        const QString folded = fold(word.trimmed());
        if (folded.isEmpty() || m_folded.contains(folded))
            continue;
        m_words.append(word.trimmed().toUpper());
        m_folded.append(folded);
    }
}

QString StopWords::fold(const QString &word)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped; toUpper() turns
    // "ß" into "SS". AccentStripping is not used: it keeps the letters GSM-7 has (é, ü, ñ).
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        plain.append(c);
    }
    return plain.toUpper();
}

QString StopWords::firstWord(const QString &reply)
{
    // The first run of letters and digits, after any leading punctuation or spaces ("¡Stop!",
    // "\"STOP\"", " stop."). A word joined by an apostrophe ("don't") is one word, so it is not
    // taken for its first part.
    static const QRegularExpression word(QStringLiteral("^[^\\p{L}\\p{N}]*([\\p{L}\\p{M}\\p{N}'’]+)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    const auto found = word.match(reply);
    if (!found.hasMatch())
        return {};
    return fold(found.captured(1));
}

QStringList StopWords::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList words;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString upper = part.trimmed().toUpper();
        if (!upper.isEmpty() && !words.contains(upper))
            words.append(upper);
    }
    return words;
}

QString StopWords::match(const QString &reply) const
{
    const QString first = firstWord(reply);
    if (first.isEmpty())
        return {};
    const qsizetype at = m_folded.indexOf(first);
    return at < 0 ? QString() : m_words.at(at);
}

bool StopWords::isResubscribe(const QString &reply) const
{
    const QString first = firstWord(reply);
    return !first.isEmpty() && resubscribeWords().contains(first);
}
