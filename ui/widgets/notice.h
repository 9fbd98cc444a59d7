// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

/// A message box that does not block: shown window-modal over `parent` with open() (no nested
/// event loop), deleted when closed. For answers that arrive from the store worker.
QMessageBox *openNotice(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
