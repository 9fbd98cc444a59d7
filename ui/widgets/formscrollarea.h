// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

/// A side form (carrier, rule) that scrolls up and down but is never narrower than the form
/// needs: a splitter then gives it its width, and no field is cut off on the right (which
/// happened in a 1024-pixel window).
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormScrollArea)

public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};
