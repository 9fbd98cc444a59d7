// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"

#include <QByteArray>

class Session;

/// Imports the tutorial's carriers.json: one JSON object whose keys are countries
/// ("portugal", "uk", "germany", …) and whose values are {carrier, acctsid, accttoken}.
/// Each key becomes a carrier (its token in the credential store) and one country rule for
/// the key's region, priority 1. A carrier name used by several keys with the same SID and
/// token is one carrier with several rules.
///
/// All or nothing: an unknown country, a bad SID, a missing token, a duplicate name or country,
/// or malformed JSON imports nothing, and the report names every problem with its key. Should
/// the store or the keychain fail half-way, the transaction is rolled back and the tokens
/// already written are removed again.
class CarriersJsonImporter final
{
public:
    explicit CarriersJsonImporter(Session &session)
        : m_session(session)
    { }

    ImportReport import(const QByteArray &json);

private:
    Session &m_session;
};
