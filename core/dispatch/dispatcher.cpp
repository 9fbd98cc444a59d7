#include "dispatcher.h"

#include "carrierruntime.h"
#include "carriers/carrierservice.h"
#include "dispatchengine.h"

#include <QEventLoop>
#include <QTimer>

Dispatcher::Dispatcher(CarrierService &carriers, DispatchOptions options, QString holder, QObject *parent)
    : QObject(parent)
    , m_carriers(carriers)
    , m_engine(new DispatchEngine(std::move(options), std::move(holder)))
{
    qRegisterMetaType<DispatchStatus>();
    qRegisterMetaType<CarrierRuntimeList>();
    m_thread.setObjectName(QStringLiteral("dispatcher"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
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
    connect(&m_carriers, &CarrierService::changed, this, &Dispatcher::refreshCarriers);
    m_thread.start();
}

Dispatcher::~Dispatcher()
{
    stopAndWait(45'000);
    m_thread.quit();
    m_thread.wait();
}

void Dispatcher::start()
{
    refreshCarriers();
    QMetaObject::invokeMethod(m_engine, &DispatchEngine::start, Qt::QueuedConnection);
}

void Dispatcher::stop()
{
    QMetaObject::invokeMethod(m_engine, &DispatchEngine::stop, Qt::QueuedConnection);
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

void Dispatcher::refreshCarriers()
{
    const CarrierRuntimeList runtimes = buildCarrierRuntimes(m_carriers);
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, runtimes] { engine->setCarriers(runtimes); }, Qt::QueuedConnection);
}
