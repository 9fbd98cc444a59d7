// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "dispatcher.h"

#include "carrierruntimeloader.h"
#include "carriers/carrierservice.h"
#include "dispatchengine.h"

#include <QEventLoop>
#include <QSemaphore>
#include <QTimer>

Dispatcher::Dispatcher(CarrierService &carriers, CredentialStore *keychain, DispatchOptions options, QString holder,
                       QObject *parent)
    : QObject(parent)
    , m_loader(new CarrierRuntimeLoader(options.storePath, keychain))
{
    qRegisterMetaType<DispatchStatus>();
    qRegisterMetaType<CarrierRuntimeList>();
    qRegisterMetaType<InboundFetchReports>();
    m_engine = new DispatchEngine(std::move(options), std::move(holder));
    m_thread.setObjectName(QStringLiteral("dispatcher"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_loaderThread.setObjectName(QStringLiteral("carrier loader"));
    m_loader->moveToThread(&m_loaderThread);
    connect(&m_loaderThread, &QThread::finished, m_loader, &QObject::deleteLater);

    connect(m_engine, &DispatchEngine::started, this, [this] {
        m_running = true;
        Q_EMIT started();
    });
    connect(m_engine, &DispatchEngine::stopped, this, [this] {
        m_running = false;
        Q_EMIT stopped();
    });
    connect(m_engine, &DispatchEngine::failed, this, &Dispatcher::failed);
    connect(m_engine, &DispatchEngine::statusChanged, this, [this](const DispatchStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_engine, &DispatchEngine::messagesChanged, this, &Dispatcher::messagesChanged);
    connect(m_engine, &DispatchEngine::idle, this, &Dispatcher::idle);
    connect(m_engine, &DispatchEngine::repliesStored, this, &Dispatcher::repliesStored);
    connect(m_engine, &DispatchEngine::repliesFetched, this, &Dispatcher::repliesFetched);
    connect(m_loader, &CarrierRuntimeLoader::loaded, this, &Dispatcher::onCarriersLoaded);
    connect(m_loader, &CarrierRuntimeLoader::failed, this, [this](const QString &message) {
        m_loading = false;
        m_startWhenLoaded = false;
        Q_EMIT failed(message);
    });
    connect(&carriers, &CarrierService::changed, this, &Dispatcher::refreshCarriers);
    m_thread.start();
    m_loaderThread.start();
}

Dispatcher::~Dispatcher()
{
    // Whatever the engine is doing, it stops and says so; this thread waits for that on a
    // semaphore, not in an event loop, so no handler of the caller runs meanwhile.
    QSemaphore stoppedSignal;
    const QMetaObject::Connection connection = connect(
        m_engine, &DispatchEngine::stopped, m_engine, [&stoppedSignal] { stoppedSignal.release(); },
        Qt::DirectConnection);
    const auto grace = std::chrono::seconds(2);
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, grace] { engine->stopWithin(grace); }, Qt::QueuedConnection);
    (void)stoppedSignal.tryAcquire(1, int(std::chrono::milliseconds(grace + std::chrono::seconds(10)).count()));
    disconnect(connection);
    m_thread.quit();
    m_thread.wait();
    m_loaderThread.quit();
    m_loaderThread.wait();
}

void Dispatcher::start()
{
    m_startWhenLoaded = true;
    refreshCarriers();
}

void Dispatcher::stop()
{
    m_startWhenLoaded = false;
    QMetaObject::invokeMethod(m_engine, &DispatchEngine::stop, Qt::QueuedConnection);
}

void Dispatcher::stopWithin(std::chrono::milliseconds grace)
{
    m_startWhenLoaded = false;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, grace] { engine->stopWithin(grace); }, Qt::QueuedConnection);
}

bool Dispatcher::stopAndWait(int timeoutMs)
{
    if (!m_running)
        return true;
    QEventLoop loop;
    connect(this, &Dispatcher::stopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    stop();
    if (m_running)
        loop.exec();
    return !m_running;
}

void Dispatcher::setPaused(bool paused)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, paused] { engine->setPaused(paused); }, Qt::QueuedConnection);
}

void Dispatcher::setCarrierPaused(qint64 carrierId, bool paused)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, carrierId, paused] { engine->setCarrierPaused(carrierId, paused); },
        Qt::QueuedConnection);
}

void Dispatcher::wake()
{
    QMetaObject::invokeMethod(m_engine, &DispatchEngine::wake, Qt::QueuedConnection);
}

void Dispatcher::fetchReplies()
{
    QMetaObject::invokeMethod(m_engine, &DispatchEngine::fetchReplies, Qt::QueuedConnection);
}

void Dispatcher::refreshCarriers()
{
    if (m_loading) {
        m_loadAgain = true; // one more load once this one is in, with whatever changed meanwhile
        return;
    }
    m_loading = true;
    QMetaObject::invokeMethod(m_loader, &CarrierRuntimeLoader::load, Qt::QueuedConnection);
}

void Dispatcher::onCarriersLoaded(const CarrierRuntimeList &runtimes)
{
    m_loading = false;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, runtimes] { engine->setCarriers(runtimes); }, Qt::QueuedConnection);
    if (m_startWhenLoaded) {
        // After setCarriers, in the engine's queue: it starts knowing its carriers.
        m_startWhenLoaded = false;
        QMetaObject::invokeMethod(m_engine, &DispatchEngine::start, Qt::QueuedConnection);
    }
    if (m_loadAgain) {
        m_loadAgain = false;
        refreshCarriers();
    }
}
