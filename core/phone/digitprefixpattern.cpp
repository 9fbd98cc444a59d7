// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "digitprefixpattern.h"

namespace {

using Strings = std::vector<std::string>;

/// Recursive-descent expansion of the finite subset of the regex syntax. Alternatives come out
/// in the order a backtracking engine tries them: left alternative before right, and within a
/// concatenation every continuation of the first choice before the second choice. Characters
/// of one class exclude each other for a given subject digit, so their order does not matter.
class Expander
{
public:
    Expander(QStringView pattern, std::size_t limit)
        : m_pattern(pattern)
        , m_limit(limit)
    { }

    bool run(Strings *out)
    {
        if (!alternation(out))
            return false;
        return m_pos == m_pattern.size();
    }

private:
    QChar peek() const { return m_pos < m_pattern.size() ? m_pattern.at(m_pos) : QChar(); }

    bool alternation(Strings *out)
    {
        Strings branch;
        if (!concatenation(&branch))
            return false;
        *out = std::move(branch);
        while (peek() == QLatin1Char('|')) {
            ++m_pos;
            if (!concatenation(&branch))
                return false;
            out->insert(out->end(), branch.begin(), branch.end());
            if (out->size() > m_limit)
                return false;
        }
        return true;
    }

    bool concatenation(Strings *out)
    {
        *out = Strings {std::string()};
        while (m_pos < m_pattern.size() && peek() != QLatin1Char('|') && peek() != QLatin1Char(')')) {
            Strings choices;
            if (!atom(&choices))
                return false;
            if (out->size() * choices.size() > m_limit)
                return false;
            Strings product;
            product.reserve(out->size() * choices.size());
            for (const std::string &head : *out) {
                for (const std::string &tail : choices)
                    product.push_back(head + tail);
            }
            out->swap(product);
        }
        return true;
    }

    bool atom(Strings *out)
    {
        const QChar c = peek();
        out->clear();
        if (c.isDigit() && c.unicode() < 128) {
            out->push_back(std::string(1, char(c.unicode())));
            ++m_pos;
        } else if (c == QLatin1Char('\\')) {
            if (m_pos + 1 >= m_pattern.size() || m_pattern.at(m_pos + 1) != QLatin1Char('d'))
                return false;
            for (char d = '0'; d <= '9'; ++d)
                out->push_back(std::string(1, d));
            m_pos += 2;
        } else if (c == QLatin1Char('[')) {
            if (!characterClass(out))
                return false;
        } else if (c == QLatin1Char('(')) {
            if (!m_pattern.mid(m_pos).startsWith(u"(?:"))
                return false; // a capturing group or another construct: leave it to the regex
            m_pos += 3;
            if (!alternation(out) || peek() != QLatin1Char(')'))
                return false;
            ++m_pos;
        } else {
            return false;
        }
        // Any quantifier makes the language infinite or order-sensitive: use the regex.
        const QChar next = peek();
        return next != QLatin1Char('?') && next != QLatin1Char('*') && next != QLatin1Char('+')
            && next != QLatin1Char('{');
    }

    bool characterClass(Strings *out)
    {
        ++m_pos; // '['
        bool members[10] = {};
        bool any = false;
        while (m_pos < m_pattern.size() && peek() != QLatin1Char(']')) {
            const QChar from = peek();
            if (!from.isDigit() || from.unicode() >= 128)
                return false;
            QChar to = from;
            if (m_pos + 2 < m_pattern.size() && m_pattern.at(m_pos + 1) == QLatin1Char('-')
                && m_pattern.at(m_pos + 2) != QLatin1Char(']')) {
                to = m_pattern.at(m_pos + 2);
                if (!to.isDigit() || to.unicode() >= 128 || to < from)
                    return false;
                m_pos += 3;
            } else {
                ++m_pos;
            }
            for (char16_t d = from.unicode(); d <= to.unicode(); ++d)
                members[d - u'0'] = true;
            any = true;
        }
        if (peek() != QLatin1Char(']') || !any)
            return false;
        ++m_pos;
        for (int d = 0; d < 10; ++d) {
            if (members[d])
                out->push_back(std::string(1, char('0' + d)));
        }
        return true;
    }

    QStringView m_pattern;
    std::size_t m_limit;
    qsizetype m_pos = 0;
};

bool startsWith(QStringView digits, const std::string &literal)
{
    if (qsizetype(literal.size()) > digits.size())
        return false;
    for (std::size_t i = 0; i < literal.size(); ++i) {
        if (digits[qsizetype(i)].unicode() != char16_t(literal[i]))
            return false;
    }
    return true;
}

} // namespace

DigitPrefixPattern::DigitPrefixPattern(const QString &pattern)
    : m_pattern(pattern)
{
    if (m_pattern.isEmpty())
        return;
    if (expand(m_pattern, &m_literals)) {
        m_expanded = true;
        m_valid = true;
        return;
    }
    m_regex.setPattern(QStringLiteral("\\A(?:%1)").arg(m_pattern));
    m_regex.optimize();
    m_valid = m_regex.isValid();
}

qsizetype DigitPrefixPattern::consume(QStringView digits) const
{
    if (!m_valid)
        return -1;
    if (m_expanded) {
        for (const std::string &literal : m_literals) {
            if (startsWith(digits, literal))
                return qsizetype(literal.size());
        }
        return -1;
    }
    const QRegularExpressionMatch match = m_regex.match(digits);
    return match.hasMatch() ? match.capturedLength(0) : -1;
}

bool DigitPrefixPattern::expand(const QString &pattern, std::vector<std::string> *out, std::size_t limit)
{
    Strings literals;
    Expander expander(pattern, limit);
    if (!expander.run(&literals))
        return false;
    *out = std::move(literals);
    return true;
}
