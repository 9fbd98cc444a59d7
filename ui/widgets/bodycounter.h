#pragma once

#include "sms/encodingreport.h"

#include <QWidget>

class QLabel;
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
    /// "’ at position 37 forces UCS-2 — 3 segments instead of 1", or empty.
    static QString describeOffender(const EncodingReport &report);

    QString text() const;
    QString warning() const;

Q_SIGNALS:
    /// The operator asked to replace typographic characters with plain ones.
    void fixRequested();

private:
    QLabel *m_summary;
    QLabel *m_warning;
    QPushButton *m_fix;
};
