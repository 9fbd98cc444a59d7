// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "networkfactory.h"

#include <QNetworkAccessManager>

namespace network {

NetworkFactory system()
{
    return [](QObject *parent) {
        auto *manager = new QNetworkAccessManager(parent);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        return manager;
    };
}

NetworkFactory orSystem(const NetworkFactory &factory)
{
    return factory ? factory : system();
}

} // namespace network
