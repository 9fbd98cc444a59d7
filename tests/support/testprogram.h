// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// One test program per folder (testcore, testcli, testui, testkeychain) holds every test class of
// that folder, so a cold build compiles one precompiled header and links four programs instead
// of ninety. Isolation is unchanged: ctest still starts one process per class
// (`testcore testmoney`), with its own application object, HOME and store.
//
// A test file ends with SMSROUTER_TEST(TestFoo) (a QCoreApplication, as QTEST_GUILESS_MAIN) or
// SMSROUTER_GUI_TEST(TestFoo) (a QApplication, as QTEST_MAIN) instead of Qt's main macros.
// Every test speaks English with its plural forms ("1 message", "3 messages"), as a user does.
#pragma once

#include "common/translations.h"

#include <QTest>

namespace testprogram {

using Runner = int (*)(int argc, char *argv[]);

// Registers the class under its lower-case name ("testfoo", the name of its file and of its ctest
// entry). Returns true so that it can initialise a static.
bool add(const char *className, Runner runner);

} // namespace testprogram

// The body is QTEST_MAIN_WRAPPER's, under a name of its own instead of main().
#define SMSROUTER_TEST_WITH_APP(TestObject, ...)                                    \
    static int smsrouterRun##TestObject(int argc, char *argv[])                     \
    {                                                                               \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();          \
        __VA_ARGS__                                                                 \
        translations::install(*QCoreApplication::instance(), QStringLiteral("en")); \
        TestObject tc;                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                  \
        return QTest::qExec(&tc, argc, argv);                                       \
    }                                                                               \
    static const bool smsrouterRegistered##TestObject = testprogram::add(#TestObject, &smsrouterRun##TestObject);

#define SMSROUTER_TEST(TestObject) SMSROUTER_TEST_WITH_APP(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define SMSROUTER_GUI_TEST(TestObject) SMSROUTER_TEST_WITH_APP(TestObject, QTEST_MAIN_SETUP())
