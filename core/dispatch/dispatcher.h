// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierruntime.h"
#include "dispatchoptions.h"
#include "dispatchstatus.h"
#include "inboundfetcher.h"

#include <QObject>
#include <QThread>

#include <chrono>

class CarrierRuntimeLoader;
class CarrierService;
class CredentialStore;
class DispatchEngine;

/// Runs a DispatchEngine on its own thread and is the GUI's and CLI's handle to it: start,
/// stop, pause, and the status it reports. Carrier changes are passed on as they happen: a
/// loader thread reads the carriers and their tokens, so neither the caller's thread nor the
/// sending loop waits for the keychain.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    /// `holder` names this dispatcher in the store's lease ("smsrouter (GUI)"). `carriers` tells
    /// when carriers change; `keychain` is where their tokens are read (any thread may call it).
    Dispatcher(CarrierService &carriers, CredentialStore *keychain, DispatchOptions options, QString holder,
               QObject *parent = nullptr);
    /// Stops the engine (bounded by the request timeout) and joins its threads, waiting without
    /// an event loop. The window stops it first (stop(), then stopped()), so this finds it idle.
    ~Dispatcher() override;

    /// Reads the carriers, then starts the engine with them.
    void start();
    /// Stops claiming; requests in flight are answered and written, then stopped() comes.
    void stop();
    /// Like stop(), but requests still open after `grace` are left to the next start's recovery
    /// (they become unknown and are looked up before any resend). For a window that closes.
    void stopWithin(std::chrono::milliseconds grace);
    /// Blocks (in a local event loop) until stopped or `timeoutMs` passed. For the CLI and tests.
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
    /// Reads every enabled carrier's replies now; repliesFetched() when all have answered.
    void fetchReplies();

Q_SIGNALS:
    void started();
    void stopped();
    void failed(const QString &message);
    void statusChanged(const DispatchStatus &status);
    void messagesChanged(int count);
    void idle();
    /// New replies are in the store.
    void repliesStored(int count);
    void repliesFetched(const InboundFetchReports &reports);

private:
    void onCarriersLoaded(const CarrierRuntimeList &runtimes);

    QThread m_thread;
    DispatchEngine *m_engine;
    QThread m_loaderThread;
    CarrierRuntimeLoader *m_loader;
    bool m_loading = false; ///< a load is on its way
    bool m_loadAgain = false; ///< carriers changed while it was
    bool m_startWhenLoaded = false;
    DispatchStatus m_status;
    bool m_running = false;
};
