// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QComboBox;
class QPushButton;

/// The first-start question of a store with no default region (a desktop whose locale names no
/// country, such as C or POSIX): "Which country are most of your numbers in?", across the top
/// of the window. Not a modal dialog: the window stays usable, and the question stays until
/// answered here or in Settings.
class RegionQuestion final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionQuestion)

public:
    explicit RegionQuestion(QWidget *parent = nullptr);

    QComboBox *regions() const { return m_regions; }
    QPushButton *useButton() const { return m_use; }

Q_SIGNALS:
    /// The operator chose this region (ISO code) as the store's default.
    void chosen(const QString &region);

private:
    QComboBox *m_regions;
    QPushButton *m_use;
};
