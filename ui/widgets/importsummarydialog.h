// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "routing/importreport.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

/// What an all-or-nothing import did, shown after File → Import …: what was added and updated,
/// or every problem with its key or line and the assurance that nothing was changed.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    /// `what` names the kind of file ("carriers.json", "rate card"); `path` is the file read.
    ImportSummaryDialog(const QString &what, const QString &path, const ImportReport &report,
                        QWidget *parent = nullptr);

    /// The first line: "Imported rates.csv: 3 rules added, 1 updated." or "Nothing was imported …".
    QString headline() const;
    /// The list below it as plain text, one item or problem a line.
    QString details() const;

private:
    QLabel *m_headline;
    QTextBrowser *m_details;
};
