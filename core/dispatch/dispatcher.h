#pragma once

#include "dispatchoptions.h"
#include "dispatchstatus.h"

#include <QObject>
#include <QThread>

class CarrierService;
class DispatchEngine;

/// Runs a DispatchEngine on its own thread and is the GUI's and CLI's handle to it: start,
/// stop, pause, and the status it reports. Carrier changes are passed on as they happen.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    /// `holder` names this dispatcher in the store's lease ("smsrouter (GUI)").
    Dispatcher(CarrierService &carriers, DispatchOptions options, QString holder, QObject *parent = nullptr);
    /// Stops the engine (bounded by the request timeout) and joins its thread.
    ~Dispatcher() override;

    void start();
    void stop();
    /// Blocks (in a local event loop) until stopped or `timeoutMs` passed. For shutdown paths.
    bool stopAndWait(int timeoutMs);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_status.paused; }
    const DispatchStatus &status() const { return m_status; }

    void setPaused(bool paused);
    void setCarrierPaused(qint64 carrierId, bool paused);
    /// Tell the engine new work is waiting (started campaign, retried messages).
    void wake();
    /// Re-reads carriers and tokens and hands them to the engine.
    void refreshCarriers();

Q_SIGNALS:
    void started();
    void stopped();
    void failed(const QString &message);
    void statusChanged(const DispatchStatus &status);
    void messagesChanged(int count);
    void idle();

private:
    CarrierService &m_carriers;
    QThread m_thread;
    DispatchEngine *m_engine;
    DispatchStatus m_status;
    bool m_running = false;
};
