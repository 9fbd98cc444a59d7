// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What this program is and what it runs on, for `--version` and Help → About: its own version
/// (one number, from CMake's project()), and those of Qt, libphonenumber and SQLite.
namespace buildinfo {

QString version();
QString qtVersion(); ///< of the Qt libraries loaded, which may be newer than the headers
QString phoneNumberVersion(); ///< from the library's file name at build time; "unknown" if it had none
QString sqliteVersion(); ///< of the SQLite library loaded

} // namespace buildinfo
