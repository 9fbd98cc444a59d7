# SPDX-FileCopyrightText: 2026 The SMS Router developers
# SPDX-License-Identifier: MIT
# The one INTERFACE target that carries the language level, warnings and Qt strictness
# defines. Every target of the project links it; nothing sets flags any other way.
add_library(smsrouter_options INTERFACE)
target_compile_features(smsrouter_options INTERFACE cxx_std_20)
target_compile_options(smsrouter_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${SMSROUTER_WERROR}>:-Werror>)
# The fuzz preset instruments everything for libFuzzer's coverage and checks it with ASan/UBSan.
if(SMSROUTER_FUZZ)
    target_compile_options(smsrouter_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                       -fno-omit-frame-pointer)
    target_link_options(smsrouter_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(smsrouter_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SMSROUTER_VERSION="${PROJECT_VERSION}")

# Build speed (a fresh clone builds ~600 steps on a 2-core machine): lld when the compiler can
# use it (it links the test programs about four times faster than ld.bfd), ccache when present.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" SMSROUTER_HAVE_LLD)
if(SMSROUTER_HAVE_LLD)
    target_link_options(smsrouter_options INTERFACE -fuse-ld=lld)
endif()
find_program(SMSROUTER_CCACHE ccache)
if(SMSROUTER_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    # Precompiled headers are only cacheable with these sloppiness settings.
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros
                                    ${SMSROUTER_CCACHE})
endif()

# The Qt and standard headers nearly every file of core and ui includes, precompiled once per
# library.
set(SMSROUTER_PCH_CORE
    <QDateTime> <QHash> <QList> <QObject> <QSqlError> <QSqlQuery> <QString> <QStringList> <QVariant>
    <functional> <memory> <optional> <utility> <variant>)
set(SMSROUTER_PCH_UI ${SMSROUTER_PCH_CORE}
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
