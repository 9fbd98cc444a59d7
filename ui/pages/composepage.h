#pragma once

#include "page.h"

#include <QTimer>

class BodyCounter;
class CarrierService;
class FieldError;
class Dispatcher;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;
class RoutePreviewModel;
class SendService;
class Settings;
class StoreWatcher;

/// Compose: one text to one or more numbers. As you type it counts characters and segments,
/// names the character that forces UCS-2 (with a one-click fix), and previews each
/// recipient's carrier and price. Send queues the messages for the dispatcher and follows them.
class ComposePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePage)

public:
    ComposePage(SendService &sends, CarrierService &carriers, Settings &settings, Dispatcher *dispatcher,
                StoreWatcher &watcher, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("compose"); }
    QString title() const override { return tr("Compose"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/compose.svg")); }
    void activate() override;
    /// `--page-arg "TO|FROM|TEXT"` fills the form (for documentation pictures and scripts).
    void setPageArgument(const QString &argument) override;

    /// Recomputes the preview now (otherwise debounced while typing).
    void updatePreview();
    /// Queues the message for every sendable recipient. Returns the error shown, or empty.
    QString send();

    void setRecipients(const QString &text);
    void setSender(const QString &text);
    void setBody(const QString &text);
    QString body() const;
    BodyCounter *counter() const { return m_counter; }
    RoutePreviewModel *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    QTreeWidget *results() const { return m_results; }

private:
    void reloadCarriers();
    void highlightOffenders();
    void refreshResults();
    void replaceTypographic();

    SendService &m_sends;
    CarrierService &m_carriers;
    Settings &m_settings;
    Dispatcher *m_dispatcher;
    QLineEdit *m_from;
    QPlainTextEdit *m_to;
    QPlainTextEdit *m_body;
    QComboBox *m_carrier;
    BodyCounter *m_counter;
    RoutePreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_totals;
    FieldError *m_problems;
    QPushButton *m_send;
    QTreeWidget *m_results;
    QList<qint64> m_sentIds;
    QTimer m_debounce;
};
