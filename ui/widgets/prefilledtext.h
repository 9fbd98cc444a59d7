// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QLineEdit;

/// Text the program suggested in a field (a campaign name from the file name, the remembered
/// sender) is selected whenever the field gets focus, by keyboard or mouse, so that typing
/// replaces it instead of appending to it ("recipients-win1252Spring sale"). Once the operator
/// edits it, the text is theirs and focus behaves as usual.
class PrefilledText final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrefilledText)

public:
    /// Puts `text` in `edit` as a suggestion (installing the behaviour on first use).
    static void suggest(QLineEdit *edit, const QString &text);
    /// Whether the field still holds the program's suggestion.
    static bool isSuggestion(const QLineEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PrefilledText(QLineEdit *edit);
    static PrefilledText *of(QLineEdit *edit);

    bool m_suggested = false;
};
