// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaigntesting.h"

#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "carriers/carrierservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "tempstore.h"

#include <QFile>
#include <QTest>

namespace CampaignTesting {

bool setUpRouting(Session &session)
{
    if (!session.settings().setDefaultRegion(QStringLiteral("PT")))
        return false;
    const struct
    {
        const char *name;
        int sid;
        Rule::Kind kind;
        const char *value;
        qint64 cost;
    } routes[] = {{"PT Mobile", 1, Rule::Kind::Prefix, "351", 12'500},
                  {"EU Carrier", 2, Rule::Kind::Default, "", 50'000}};
    for (const auto &route : routes) {
        Carrier carrier;
        carrier.name = QString::fromUtf8(route.name);
        carrier.accountSid = testAccountSid(route.sid);
        auto added = session.carriers().add(carrier, "token");
        if (!added) {
            QWARN(qPrintable(added.errorMessage()));
            return false;
        }
        Rule rule;
        rule.kind = route.kind;
        rule.value = QString::fromUtf8(route.value);
        rule.carrierId = added->id;
        rule.costMicros = route.cost;
        if (auto ok = session.rules().add(rule); !ok) {
            QWARN(qPrintable(ok.errorMessage()));
            return false;
        }
    }
    return true;
}

bool writeList(const QString &path, int rows, int first, int invalid)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray content = "phone,name\n";
    for (int i = 0; i < rows; ++i)
        content += "+3519" + QByteArray::number(12'000'000 + first + i) + ",Client " + QByteArray::number(i) + '\n';
    for (int i = 0; i < invalid; ++i)
        content += "n/a,Nobody\n";
    return file.write(content) == content.size();
}

qint64 import(Session &session, const QString &path, const QString &name, const QString &bodyTemplate)
{
    CampaignImporter importer(session.database(), session.campaigns().importContext());
    CampaignImportRequest request;
    request.filePath = path;
    request.name = name;
    request.sender = QStringLiteral("Shop");
    request.bodyTemplate = bodyTemplate;
    auto summary = importer.run(request);
    if (!summary) {
        QWARN(qPrintable(summary.errorMessage()));
        return 0;
    }
    return summary->campaignId;
}

} // namespace CampaignTesting
