// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "accentstripping.h"

#include "gsmalphabet.h"

std::optional<QString> AccentStripping::replacementFor(char32_t codePoint)
{
    if (GsmAlphabet::isGsm(codePoint))
        return std::nullopt;
    // Latin letters with no decomposition, each with one plain spelling.
    switch (codePoint) {
    case U'ß':
        return QStringLiteral("ss");
    case U'ł':
        return QStringLiteral("l");
    case U'Ł':
        return QStringLiteral("L");
    case U'đ':
        return QStringLiteral("d");
    case U'Đ':
        return QStringLiteral("D");
    case U'œ':
        return QStringLiteral("oe");
    case U'Œ':
        return QStringLiteral("OE");
    case U'ı':
        return QStringLiteral("i");
    default:
        break;
    }
    // A letter of Latin script written as an ASCII letter plus accents (á = a + ´).
    const QString decomposed = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_D);
    if (decomposed.size() < 2 || decomposed.at(0).unicode() > 0x7F || !decomposed.at(0).isLetter())
        return std::nullopt;
    for (qsizetype i = 1; i < decomposed.size(); ++i) {
        if (decomposed.at(i).category() != QChar::Mark_NonSpacing)
            return std::nullopt;
    }
    return decomposed.left(1);
}

SmartEncoding::Fixed AccentStripping::apply(const QString &text)
{
    SmartEncoding::Fixed fixed;
    QString out;
    out.reserve(text.size());
    for (const uint u : text.toUcs4()) {
        const auto c = char32_t(u);
        if (const auto plain = replacementFor(c)) {
            out += *plain;
            ++fixed.replacements;
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    fixed.text = fixed.replacements == 0 ? text : out;
    return fixed;
}
