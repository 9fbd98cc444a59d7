// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "firstdigits.h"

#include <QStringView>

namespace {

/// FIRST set and nullability of a pattern in the metadata's subset of the regex syntax.
class Analyser
{
public:
    explicit Analyser(QStringView pattern)
        : m_pattern(pattern)
    { }

    bool run(quint16 *first)
    {
        bool nullable = false;
        if (!alternation(first, &nullable) || m_pos != m_pattern.size())
            return false;
        // A pattern that can match the empty string may match any number at all.
        if (nullable)
            *first = FirstDigits::all;
        return true;
    }

private:
    QChar peek() const { return m_pos < m_pattern.size() ? m_pattern.at(m_pos) : QChar(); }

    bool alternation(quint16 *first, bool *nullable)
    {
        *first = 0;
        *nullable = false;
        for (;;) {
            quint16 branchFirst = 0;
            bool branchNullable = true;
            while (m_pos < m_pattern.size() && peek() != QLatin1Char('|') && peek() != QLatin1Char(')')) {
                quint16 atomFirst = 0;
                bool atomNullable = false;
                if (!quantifiedAtom(&atomFirst, &atomNullable))
                    return false;
                if (branchNullable)
                    branchFirst |= atomFirst;
                branchNullable = branchNullable && atomNullable;
            }
            *first |= branchFirst;
            *nullable = *nullable || branchNullable;
            if (peek() != QLatin1Char('|'))
                return true;
            ++m_pos;
        }
    }

    bool quantifiedAtom(quint16 *first, bool *nullable)
    {
        const QChar c = peek();
        *nullable = false;
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            *first = quint16(1u << (c.unicode() - u'0'));
            ++m_pos;
        } else if (c == QLatin1Char('\\')) {
            if (m_pos + 1 >= m_pattern.size() || m_pattern.at(m_pos + 1) != QLatin1Char('d'))
                return false;
            *first = FirstDigits::all;
            m_pos += 2;
        } else if (c == QLatin1Char('[')) {
            if (!characterClass(first))
                return false;
        } else if (c == QLatin1Char('(')) {
            if (!m_pattern.mid(m_pos).startsWith(u"(?:"))
                return false;
            m_pos += 3;
            if (!alternation(first, nullable) || peek() != QLatin1Char(')'))
                return false;
            ++m_pos;
        } else {
            return false;
        }
        return quantifier(nullable);
    }

    bool quantifier(bool *nullable)
    {
        const QChar q = peek();
        if (q == QLatin1Char('?') || q == QLatin1Char('*')) {
            *nullable = true;
            ++m_pos;
        } else if (q == QLatin1Char('+')) {
            ++m_pos;
        } else if (q == QLatin1Char('{')) {
            ++m_pos;
            int minimum = 0;
            bool any = false;
            while (peek().isDigit()) {
                minimum = minimum * 10 + (peek().unicode() - u'0');
                any = true;
                ++m_pos;
            }
            while (peek().isDigit() || peek() == QLatin1Char(','))
                ++m_pos;
            if (!any || peek() != QLatin1Char('}'))
                return false;
            ++m_pos;
            if (minimum == 0)
                *nullable = true;
        }
        // A lazy or possessive suffix does not change the language.
        if (peek() == QLatin1Char('?') || peek() == QLatin1Char('+'))
            return false;
        return true;
    }

    bool characterClass(quint16 *first)
    {
        ++m_pos; // '['
        *first = 0;
        while (m_pos < m_pattern.size() && peek() != QLatin1Char(']')) {
            const char16_t from = peek().unicode();
            if (from < u'0' || from > u'9')
                return false;
            char16_t to = from;
            if (m_pos + 2 < m_pattern.size() && m_pattern.at(m_pos + 1) == QLatin1Char('-')
                && m_pattern.at(m_pos + 2) != QLatin1Char(']')) {
                to = m_pattern.at(m_pos + 2).unicode();
                if (to < from || to > u'9')
                    return false;
                m_pos += 3;
            } else {
                ++m_pos;
            }
            for (char16_t d = from; d <= to; ++d)
                *first |= quint16(1u << (d - u'0'));
        }
        if (peek() != QLatin1Char(']'))
            return false;
        ++m_pos;
        return true;
    }

    QStringView m_pattern;
    qsizetype m_pos = 0;
};

} // namespace

quint16 FirstDigits::of(const QString &pattern)
{
    quint16 first = 0;
    Analyser analyser(pattern);
    if (!analyser.run(&first))
        return all;
    return first;
}
