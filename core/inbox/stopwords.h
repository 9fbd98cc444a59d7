// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// Which replies opt their sender out (a stop word) or back in (a re-subscribe word).
///
/// Only the reply's first word counts, so "stop please" opts out and "don't stop" does not: a
/// handset answering in a sentence usually means the sentence, while the short STOP the law asks
/// for is always the first (and usually the only) word. Matching ignores case, accents and the
/// punctuation around the word ("Stop!", "stop.", "ABMELDEN", "abmélden").
class StopWords final
{
public:
    /// STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT (English), PARAR, SAIR, CANCELAR
    /// (Portuguese), STOPP, ABMELDEN (German).
    static QStringList defaults();
    /// START and UNSTOP: they take back an opt-out that a stop reply made.
    static QStringList resubscribeWords();

    explicit StopWords(const QStringList &words = defaults());

    /// The listed word (as listed, upper case) that `reply` starts with, or an empty string.
    QString match(const QString &reply) const;
    /// Whether `reply` starts with START or UNSTOP.
    bool isResubscribe(const QString &reply) const;

    /// Upper case without accents or marks ("Abmélden" → "ABMELDEN"; "ß" → "SS").
    static QString fold(const QString &word);
    /// The reply's first word, folded; punctuation around it dropped.
    static QString firstWord(const QString &reply);
    /// A stored list (one word per line or comma-separated) as words, folded; blanks dropped.
    static QStringList parse(const QString &text);

    const QStringList &words() const { return m_words; }

private:
    QStringList m_words; ///< as given, upper case
    QStringList m_folded; ///< the same, folded, same order
};
