// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

/// The top of every page: title, one sentence saying what the page is for, and the page's
/// primary actions on the right.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString &title, const QString &description, QWidget *parent = nullptr);

    /// Adds a widget (usually a button) to the action area, right-aligned, in order.
    void addAction(QWidget *widget);

private:
    QHBoxLayout *m_actions;
};
