// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "dispatch/sendservice.h"
#include "page.h"

#include <QHash>
#include <QTimer>

class BodyCounter;
class FieldError;
class Dispatcher;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;
class RoutePreviewModel;
class Settings;
class StoreWatcher;
class StoreWorker;

/// Compose: one text to one or more numbers. As you type it counts characters and segments,
/// names the character that forces UCS-2 (with a one-click fix), and previews each
/// recipient's carrier and price. Send queues the messages for the dispatcher and follows them.
/// Routing, queueing and following happen on the store worker; the window's thread only draws.
class ComposePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePage)

public:
    ComposePage(StoreWorker &worker, Settings &settings, Dispatcher *dispatcher, StoreWatcher &watcher,
                QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("compose"); }
    QString title() const override { return tr("Compose"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/compose.svg")); }
    void activate() override;
    /// `--page-arg "TO|FROM|TEXT"` fills the form (for documentation pictures and scripts).
    void setPageArgument(const QString &argument) override;

    /// Asks for the preview now (otherwise debounced while typing); previewShown() follows.
    void updatePreview();
    /// Queues the message for every sendable recipient of the preview on screen; sendFinished()
    /// follows with the error shown, or empty. A send that repeats one of the last 10 minutes
    /// asks first (repeatQuestion(), non-blocking); declining emits sendFinished("cancelled").
    void send();
    /// The open "send it again?" question, or null.
    QMessageBox *repeatQuestion() const { return m_repeatQuestion; }
    /// What the last send queued, in words ("Queued 1 message to +351…; follow it below.").
    QString sentNotice() const;

    void setRecipients(const QString &text);
    void setSender(const QString &text);
    void setBody(const QString &text);
    QString body() const;
    BodyCounter *counter() const { return m_counter; }
    RoutePreviewModel *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *senderField() const { return m_from; }
    /// "National numbers are in:", shown while numbers without a country code meet a store with
    /// no default region; choosing a country makes it the default region.
    QComboBox *regionQuestion() const { return m_region; }
    QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    void previewShown();
    void sendFinished(const QString &error);
    /// The "Sent from this page" list was refreshed from the store.
    void resultsShown();

private:
    SendRequest requestFromFields() const;
    void showPlan(const SendPlan &plan);
    void reloadCarriers();
    void highlightOffenders();
    void refreshResults();
    void replaceTypographic();
    void stripAccents();
    void regionChosen();
    void enqueue(SendRequest request);
    void showSent(const MessageList &stored);
    /// The fields that make two sends "the same" for the double-send guard: recipients and text.
    QString sendSignature() const;
    void updateSendButton();

    StoreWorker &m_worker;
    Settings &m_settings;
    int m_planAsked = 0; ///< previews asked for; only the latest one's answer is shown
    bool m_planCurrent = false; ///< the preview on screen is for what the fields hold
    bool m_planSendable = false; ///< … and it can be sent
    bool m_sending = false; ///< Send was pressed; the answer is on its way
    bool m_refreshing = false; ///< the results are being read
    QString m_repeatWarning; ///< the preview's: this send repeats a recent one
    QString m_sentSignature; ///< sendSignature() of the last send; Send waits for a change
    QHash<qint64, QString> m_carrierNames;
    Dispatcher *m_dispatcher;
    QLineEdit *m_from;
    QPlainTextEdit *m_to;
    QPlainTextEdit *m_body;
    QComboBox *m_carrier;
    QComboBox *m_region;
    QLabel *m_regionLabel;
    BodyCounter *m_counter;
    RoutePreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_totals;
    FieldError *m_problems;
    QLabel *m_sent;
    QMessageBox *m_repeatQuestion = nullptr;
    QPushButton *m_send;
    QTreeWidget *m_results;
    QList<qint64> m_sentIds;
    QTimer m_debounce;
};
