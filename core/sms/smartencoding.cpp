// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "smartencoding.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace {

struct Replacement
{
    char16_t from;
    std::u16string_view to;
};

// Sorted by code point (binary search below; a static_assert keeps it sorted).
constexpr std::array<Replacement, 40> replacements {{
    {u'\t', u" "}, // character tabulation
    {u'\u00A0', u" "}, // no-break space
    {u'\u00AD', u""}, // soft hyphen (invisible unless a line breaks there)
    {u'\u2000', u" "}, // en quad
    {u'\u2001', u" "}, // em quad
    {u'\u2002', u" "}, // en space
    {u'\u2003', u" "}, // em space
    {u'\u2004', u" "}, // three-per-em space
    {u'\u2005', u" "}, // four-per-em space
    {u'\u2006', u" "}, // six-per-em space
    {u'\u2007', u" "}, // figure space
    {u'\u2008', u" "}, // punctuation space
    {u'\u2009', u" "}, // thin space
    {u'\u200A', u" "}, // hair space
    {u'\u200B', u""}, // zero width space
    {u'\u2010', u"-"}, // hyphen
    {u'\u2011', u"-"}, // non-breaking hyphen
    {u'\u2012', u"-"}, // figure dash
    {u'\u2013', u"-"}, // en dash
    {u'\u2014', u"-"}, // em dash
    {u'\u2015', u"-"}, // horizontal bar
    {u'\u2018', u"'"}, // left single quotation mark
    {u'\u2019', u"'"}, // right single quotation mark (also the typographic apostrophe)
    {u'\u201A', u"'"}, // single low-9 quotation mark
    {u'\u201B', u"'"}, // single high-reversed-9 quotation mark
    {u'\u201C', u"\""}, // left double quotation mark
    {u'\u201D', u"\""}, // right double quotation mark
    {u'\u201E', u"\""}, // double low-9 quotation mark
    {u'\u201F', u"\""}, // double high-reversed-9 quotation mark
    {u'\u2022', u"-"}, // bullet
    {u'\u2026', u"..."}, // horizontal ellipsis
    {u'\u2028', u"\n"}, // line separator
    {u'\u2029', u"\n"}, // paragraph separator
    {u'\u202F', u" "}, // narrow no-break space
    {u'\u2032', u"'"}, // prime
    {u'\u2033', u"\""}, // double prime
    {u'\u2043', u"-"}, // hyphen bullet
    {u'\u205F', u" "}, // medium mathematical space
    {u'\u2060', u""}, // word joiner
    {u'\u2212', u"-"}, // minus sign
}};

// Kept apart from the sorted array above because they sort after it (and after each other).
constexpr Replacement ideographicSpace {u'\u3000', u" "};
constexpr Replacement byteOrderMark {u'\uFEFF', u""}; // zero width no-break space / BOM

static_assert(std::is_sorted(replacements.begin(), replacements.end(),
                             [](const Replacement &a, const Replacement &b) { return a.from < b.from; }));

const std::u16string_view *find(char16_t c)
{
    // Everything below U+00A0 except the tab is either GSM or has no plain equivalent.
    if (c < 0x00A0 && c != u'\t')
        return nullptr;
    if (c == ideographicSpace.from)
        return &ideographicSpace.to;
    if (c == byteOrderMark.from)
        return &byteOrderMark.to;
    const auto it = std::lower_bound(replacements.begin(), replacements.end(), c,
                                     [](const Replacement &r, char16_t value) { return r.from < value; });
    return it != replacements.end() && it->from == c ? &it->to : nullptr;
}

QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

} // namespace

SmartEncoding::Fixed SmartEncoding::apply(const QString &text)
{
    const QStringView input(text);
    qsizetype first = 0;
    while (first < input.size() && find(input[first].unicode()) == nullptr)
        ++first;
    if (first == input.size())
        return {text, 0};

    Fixed fixed;
    fixed.text.reserve(input.size() + 8);
    fixed.text.append(input.left(first));
    for (qsizetype k = first; k < input.size(); ++k) {
        const QChar c = input[k];
        if (const std::u16string_view *to = find(c.unicode())) {
            fixed.text.append(view(*to));
            ++fixed.replacements;
        } else {
            fixed.text.append(c);
        }
    }
    return fixed;
}

std::optional<QStringView> SmartEncoding::replacementFor(char32_t codePoint)
{
    if (codePoint > 0xFFFF)
        return std::nullopt;
    if (const std::u16string_view *to = find(char16_t(codePoint)))
        return view(*to);
    return std::nullopt;
}
