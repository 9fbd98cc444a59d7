# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The rule of the rooms, for ui/: it draws and asks core services; it never reaches the store
# (core/store, repositories, SQL), never builds MessageActions or HTTP requests of its own.
# Run as a test: cmake -DUI_DIR=<ui folder> -P CheckUiRoom.cmake
file(GLOB_RECURSE sources "${UI_DIR}/*.cpp" "${UI_DIR}/*.h")
set(forbidden
    "#include \"store/"
    "Repository("
    "MessageActions("
    "#include <QSql"
    "QNetworkAccessManager"
    "QNetworkRequest")
set(problems "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    foreach(pattern IN LISTS forbidden)
        string(FIND "${text}" "${pattern}" at)
        if(NOT at EQUAL -1)
            file(RELATIVE_PATH shown "${UI_DIR}/.." "${source}")
            string(APPEND problems "\n  ${shown}: uses ${pattern}")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "ui/ must ask core services, not reach the store or the network itself:${problems}")
endif()
list(LENGTH sources count)
message(STATUS "ui/ stays in its room: ${count} files checked")
