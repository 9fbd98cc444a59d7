// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "messages/message.h"
#include "phone/parsednumber.h"
#include "routing/routedecision.h"
#include "sms/segmentinfo.h"

#include <QCoreApplication>
#include <QStringList>

class CarrierService;
class Database;
class RuleService;
class Settings;

/// What the operator asked to send: one body to one or more numbers.
struct SendRequest
{
    QStringList recipients; ///< as typed; see SendService::splitRecipients
    QString from;
    QString body;
    QString carrierName; ///< force this carrier instead of routing (empty: route)
    QString region; ///< read national numbers in this region (empty: the store's default)
    /// For the first event of each message (translated when the request is made).
    QString origin = QCoreApplication::translate("SendService", "sent by hand");
    /// Send even where the same text went to the same number from the same sender within
    /// SendService::RepeatWindow (the operator was asked, or passed --allow-repeat).
    bool allowRepeat = false;
};

/// One recipient of a send, before anything is stored.
struct RecipientPlan
{
    QString input;
    ParsedNumber number;
    RouteDecision decision;
    qint64 carrierId = 0;
    QString carrierName;
    qint64 costMicros = 0; ///< for the whole message: segments × cost per segment
    QString problemKind; ///< invalid_number, duplicate, unroutable, opted_out; empty when it can be sent
    QString problem; ///< for a person
    /// The single send this one would repeat (same number, sender and text, not rejected,
    /// within SendService::RepeatWindow); 0 when there is none. Not a problem: a question.
    qint64 repeatOfId = 0;
    qint64 repeatOfCreatedAt = 0;

    bool sendable() const { return problemKind.isEmpty(); }
};

/// The preview of a send: the text's encoding and segments, each recipient's carrier and
/// price, and what stops it (problems about the whole send).
struct SendPlan
{
    SegmentInfo segments;
    int maxSegments = 0;
    QList<RecipientPlan> recipients;
    qint64 totalCostMicros = 0;
    QString currency;
    QStringList problems; ///< nothing is sent while there is one
    /// A sentence naming the earlier message(s) this send would repeat; empty when it repeats
    /// nothing. enqueue() refuses such a send unless SendRequest::allowRepeat.
    QString repeatWarning;
    /// Numbers written without a country code while no region is known: Compose asks which
    /// country they are in (a problem until answered) rather than calling them invalid.
    int needRegion = 0;

    int sendableCount() const;
    int repeatCount() const;
    bool canSend() const { return problems.isEmpty() && sendableCount() > 0; }
};

/// Single sends (the Compose page, `smsrouter-cli send`): checks and routes each recipient and
/// stores one message per recipient — queued for the dispatcher where it can be sent, rejected
/// with its reason where it cannot — in one transaction, each with its first event.
class SendService final
{
public:
    SendService(Database &db, CarrierService &carriers, RuleService &rules, Settings &settings,
                const Clock &clock = SystemClock::instance());

    /// A send identical to one made this recently (same number, sender and text) is asked about
    /// first: the classic accidental double send is a second press of Send.
    static constexpr qint64 RepeatWindowMs = 10 * 60 * 1000;

    /// Numbers separated by newlines, commas or semicolons; blanks dropped.
    static QStringList splitRecipients(const QString &text);
    /// Empty when `from` is a usable sender: digits (with an optional '+', 3–15 of them) or an
    /// alphanumeric ID of 1–11 letters, digits and spaces with at least one letter.
    static QString checkSender(const QString &from);

    SendPlan plan(const SendRequest &request) const;
    /// Stores the messages of plan(request). Error::Invalid (nothing stored) while the plan has
    /// a problem about the whole send, or repeats an earlier send and request.allowRepeat is unset.
    Result<MessageList> enqueue(const SendRequest &request);
    /// The messages with these ids as they are now (for following a send's progress).
    MessageList current(const QList<qint64> &ids) const;

private:
    void findRepeats(SendPlan &plan, const QString &from, const QString &body) const;

    Database &m_db;
    CarrierService &m_carriers;
    RuleService &m_rules;
    Settings &m_settings;
    const Clock &m_clock;
};
