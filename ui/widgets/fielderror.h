// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

/// The small line under a form field that says what is wrong with it, as you type. Hidden
/// while the field is fine, so the form does not jump about with empty space.
class FieldError final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldError)

public:
    explicit FieldError(QWidget *parent = nullptr);
    void setProblem(const QString &problem);

    /// A red that reads on both light and dark palettes.
    static QColor errorColor(const QPalette &palette);
};
