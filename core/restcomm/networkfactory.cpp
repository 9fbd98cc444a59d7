// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "networkfactory.h"

#include <QNetworkAccessManager>

namespace network {
namespace {

/// A named type, so that isSystem() can recognise it inside a std::function.
struct SystemManagers
{
    QNetworkAccessManager *operator()(QObject *parent) const
    {
        auto *manager = new QNetworkAccessManager(parent);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        return manager;
    }
};

} // namespace

NetworkFactory system()
{
    return SystemManagers {};
}

bool isSystem(const NetworkFactory &factory)
{
    return !factory || factory.target<SystemManagers>() != nullptr;
}

NetworkFactory orSystem(const NetworkFactory &factory)
{
    return factory ? factory : system();
}

} // namespace network
