// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "session.h"
#include "settings/settings.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

/// A thread with a Session of its own on the window's store. Pages hand it work and get the
/// answer back on their own thread, so the window's thread never runs SQL and never waits for
/// the store or the keychain: a store held by another program for ten seconds delays the answer,
/// not the window. Calls run one at a time, in the order they were made.
///
/// The worker's services announce their changes through this object's signals, on the window's
/// thread.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    /// `options` as the window's own Session was opened with (same store, same keychain object,
    /// same clock); the worker's Session is opened on its thread at the first call.
    explicit StoreWorker(SessionOptions options, QObject *parent = nullptr);
    /// Lets the call under way finish, drops the calls not started, and joins the thread.
    ~StoreWorker() override;

    /// A Settings on this object's thread (the window's Session's) that takes every store-wide
    /// value the worker reads or writes, so both answer alike. Not owned; null: none.
    void setSettingsFollower(Settings *follower) { m_settingsFollower = follower; }
    /// Calls made on this thread whose answer has not been delivered yet (tests wait for 0).
    int unanswered() const { return m_unanswered; }

    /// Runs `work(Session &)` on the worker, then `done(result)` on this object's thread, unless
    /// `context` was destroyed meanwhile. `work` returns a Result or a Status; a store that
    /// cannot be opened answers with its error without calling `work`.
    template<typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        using Answer = std::invoke_result_t<Work &, Session &>;
        QPointer<QObject> guard(context);
        ++m_unanswered;
        post([this, guard, work = std::move(work), done = std::move(done)](Session *session,
                                                                           const Error &openError) mutable {
            auto answer = std::make_shared<Answer>(session ? work(*session) : Answer(openError));
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, answer] {
                    --m_unanswered;
                    if (guard)
                        done(std::move(*answer));
                },
                Qt::QueuedConnection);
        });
    }

    /// For work that answers later (a Restcomm request): `work(Session &, reply)` starts it on the
    /// worker, and `reply(answer)` (called on the worker, now or later) brings `answer` to
    /// `done` on this object's thread. `Answer` must be constructible from an Error (a Result).
    template<typename Answer, typename Work, typename Done>
    void runAsync(QObject *context, Work work, Done done)
    {
        QPointer<QObject> guard(context);
        ++m_unanswered;
        post([this, guard, work = std::move(work), done = std::move(done)](Session *session,
                                                                           const Error &openError) mutable {
            std::function<void(Answer)> reply = [this, guard, done](Answer answer) {
                QMetaObject::invokeMethod(
                    this,
                    [this, guard, done, answer = std::move(answer)] {
                        --m_unanswered;
                        if (guard)
                            done(answer);
                    },
                    Qt::QueuedConnection);
            };
            if (session)
                work(*session, std::move(reply));
            else
                reply(Answer(openError));
        });
    }

Q_SIGNALS:
    void carriersChanged();
    void rulesChanged();
    void optOutsChanged();
    /// A store-wide setting changed through the worker (the follower has the new value already).
    void settingsChanged(const QString &key);

private:
    void post(std::function<void(Session *, const Error &)> call);

    QThread m_thread;
    QObject *m_executor; ///< lives on m_thread; runs the calls
    std::shared_ptr<std::unique_ptr<Session>> m_session; ///< opened and closed on m_thread
    SessionOptions m_options;
    QPointer<Settings> m_settingsFollower;
    int m_unanswered = 0; ///< touched on this object's thread only
};
