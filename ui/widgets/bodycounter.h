// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sms/encodingreport.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// The line under the Compose page's text: "143 characters · GSM-7 · 1 segment (17 left)", and
/// when a character forces UCS-2, which one and where, what it costs, and a one-click fix.
class BodyCounter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyCounter)

public:
    explicit BodyCounter(QWidget *parent = nullptr);

    void setReport(const EncodingReport &report, int maxSegments);

    /// "143 characters · GSM-7 · 1 segment (17 left)".
    static QString describe(const SegmentInfo &info);
    /// "’ at position 37 forces UCS-2 — 3 segments instead of 1", "ç, ã and á force UCS-2 (the
    /// first at position 7)", or empty: every distinct character is named.
    static QString describeOffender(const EncodingReport &report);

    QString text() const;
    QString warning() const;

    /// The two fixes the counter offers, applied to the text being counted as one undo step
    /// (Ctrl+Z brings the original back). Each returns whether anything changed.
    static bool usePlainQuotes(QPlainTextEdit *edit);
    /// Plain quotes and letters without the accents GSM-7 lacks (AccentStripping).
    static bool removeAccents(QPlainTextEdit *edit);
    /// "Remove accents…": shown when only accented letters GSM-7 lacks keep the text in UCS-2.
    QPushButton *stripButton() const { return m_strip; }
    /// The question it opens, showing the text as it would become (non-blocking), or null.
    QMessageBox *stripQuestion() const { return m_stripQuestion; }

Q_SIGNALS:
    /// The operator asked to replace typographic characters with plain ones.
    void fixRequested();
    /// The operator saw the text without accents and chose it (apply AccentStripping).
    void stripRequested();

private:
    void askToStrip();

    QLabel *m_summary;
    QLabel *m_warning;
    QPushButton *m_fix;
    QPushButton *m_strip;
    QPointer<QMessageBox> m_stripQuestion;
    EncodingReport m_report;
};
