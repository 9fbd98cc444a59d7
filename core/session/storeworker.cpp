// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "storeworker.h"

#include "carriers/carrierservice.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "store/database.h"

StoreWorker::StoreWorker(SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_executor(new QObject)
    , m_session(std::make_shared<std::unique_ptr<Session>>())
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("store worker"));
    m_executor->moveToThread(&m_thread);
    // The Session closes its connection on the thread that opened it.
    connect(&m_thread, &QThread::finished, m_executor, [session = m_session] { session->reset(); });
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(std::function<void(Session *, const Error &)> call)
{
    QMetaObject::invokeMethod(
        m_executor,
        [this, call = std::move(call)] {
            std::unique_ptr<Session> &session = *m_session;
            Error openError;
            // A PostgreSQL server that restarted dropped the connection: the call that found
            // out failed, this one connects again.
            if (session) {
                if (auto reconnected = session->database().reconnectIfLost(); !reconnected) {
                    call(nullptr, reconnected.error());
                    return;
                }
            }
            if (!session) {
                auto opened = Session::open(m_options);
                if (opened) {
                    session = std::move(*opened);
                    // Changes made here are announced on the window's thread (queued: `this`
                    // lives there).
                    connect(&session->carriers(), &CarrierService::changed, this, &StoreWorker::carriersChanged);
                    connect(&session->rules(), &RuleService::changed, this, &StoreWorker::rulesChanged);
                    connect(&session->optouts(), &OptOutService::changed, this, &StoreWorker::optOutsChanged);
                    // Read on this thread, where the worker's Settings lives; adopted on the window's.
                    Settings *settings = &session->settings();
                    connect(settings, &Settings::changed, settings, [this, settings](const QString &key) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, key, values = settings->storeValues()] {
                                if (m_settingsFollower)
                                    m_settingsFollower->adopt(values);
                                Q_EMIT settingsChanged(key);
                            },
                            Qt::QueuedConnection);
                    });
                } else {
                    openError = opened.error();
                }
            }
            call(session.get(), openError);
        },
        Qt::QueuedConnection);
}
