// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

/// A request body that can be read once and never rewound.
///
/// Why: Qt 6.4 silently resends a request whose connection closes before an answer arrives,
/// even a POST (measured against restcomm-sim with --reset-rate 1: 6 ledger lines for 5 sends).
/// For Restcomm, which has no idempotency key, that is a message billed twice. Qt can only
/// resend a body it can rewind; with this device (and upload buffering off) it fails the
/// request with ContentReSendError instead, which the client reports as "outcome unknown", and
/// reconciliation looks the message up before anything is sent again.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
