// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "sms/messagetemplate.h"
#include "testprogram.h"

#include <QTest>

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data();
    void placeholders();
    void parseError_data();
    void parseError();
    void render_data();
    void render();
    void columns();
    void bindError_data();
    void bindError();
    void unusedDuplicateHeadersAreFine();
    void preview_data();
    void preview();
    void defaultTemplateIsEmpty();
};

void TestMessageTemplate::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty template") << QString() << QStringList();
    QTest::newRow("no placeholders") << QStringLiteral("Hello there") << QStringList();
    QTest::newRow("one") << QStringLiteral("Hello {name}") << QStringList {QStringLiteral("name")};
    QTest::newRow("in order of use") << QStringLiteral("{code} for {name}")
                                     << QStringList {QStringLiteral("code"), QStringLiteral("name")};
    QTest::newRow("trimmed") << QStringLiteral("{ First name }") << QStringList {QStringLiteral("First name")};
    QTest::newRow("case variants are one")
        << QStringLiteral("{Name} {name} {NAME}") << QStringList {QStringLiteral("Name")};
    QTest::newRow("escaped braces only") << QStringLiteral("{{name}}") << QStringList();
    QTest::newRow("escapes around a placeholder")
        << QStringLiteral("{{{name}}}") << QStringList {QStringLiteral("name")};
    QTest::newRow("non-ASCII name") << QStringLiteral("{Nome próprio}") << QStringList {QStringLiteral("Nome próprio")};
}

void TestMessageTemplate::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->placeholders(), expected);
    QCOMPARE(parsed->source(), text);
}

void TestMessageTemplate::parseError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");

    const QString unclosed = QStringLiteral("never closed");
    const QString lone = QStringLiteral("closes no placeholder");
    const QString empty = QStringLiteral("names no column");
    const QString nested = QStringLiteral("inside the placeholder opened at position 1");

    QTest::newRow("unclosed at the end") << QStringLiteral("Hello {name") << 7 << unclosed;
    QTest::newRow("lone open brace at the end") << QStringLiteral("Hello {") << 7 << unclosed;
    QTest::newRow("lone open brace, text after") << QStringLiteral("a { b") << 3 << unclosed;
    QTest::newRow("unclosed before a line break") << QStringLiteral("Hi {name\nBye}") << 4 << unclosed;
    QTest::newRow("triple open brace") << QStringLiteral("{{{") << 3 << unclosed;
    QTest::newRow("lone close brace") << QStringLiteral("Hello }") << 7 << lone;
    QTest::newRow("extra close after placeholder") << QStringLiteral("{a}}") << 4 << lone;
    QTest::newRow("triple close brace") << QStringLiteral("}}}") << 3 << lone;
    QTest::newRow("empty placeholder") << QStringLiteral("Hi {}") << 4 << empty;
    QTest::newRow("blank placeholder") << QStringLiteral("Hi {  }") << 4 << empty;
    QTest::newRow("open brace inside placeholder") << QStringLiteral("{a{b}") << 3 << nested;
    QTest::newRow("escaped brace inside placeholder") << QStringLiteral("{a{{b}}") << 3 << nested;
    // Positions count characters: the emoji is one, though it is two UTF-16 units.
    QTest::newRow("position counts characters") << QStringLiteral("😀 {x") << 3 << unclosed;
}

void TestMessageTemplate::parseError()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, says);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
    const QString message = parsed.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("at position %1 ").arg(position)), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
}

void TestMessageTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << QStringLiteral("Hello {name}!")
                            << QStringList {QStringLiteral("phone"), QStringLiteral("name")}
                            << QStringList {QStringLiteral("+351912345678"), QStringLiteral("Ana")}
                            << QStringLiteral("Hello Ana!");
    QTest::newRow("header case and spaces ignored")
        << QStringLiteral("Hi {FIRST NAME}") << QStringList {QStringLiteral(" phone "), QStringLiteral("  First Name ")}
        << QStringList {QStringLiteral("1"), QStringLiteral("Rui")} << QStringLiteral("Hi Rui");
    QTest::newRow("placeholder spaces ignored") << QStringLiteral("Hi { name }") << QStringList {QStringLiteral("name")}
                                                << QStringList {QStringLiteral("Ana")} << QStringLiteral("Hi Ana");
    QTest::newRow("escaped braces") << QStringLiteral("{{name}} is {name}") << QStringList {QStringLiteral("name")}
                                    << QStringList {QStringLiteral("Ana")} << QStringLiteral("{name} is Ana");
    QTest::newRow("close then open escapes")
        << QStringLiteral("}}{{") << QStringList() << QStringList() << QStringLiteral("}{");
    QTest::newRow("escapes around a placeholder")
        << QStringLiteral("{{{name}}}") << QStringList {QStringLiteral("name")} << QStringList {QStringLiteral("Ana")}
        << QStringLiteral("{Ana}");
    QTest::newRow("repeated in two cases") << QStringLiteral("{a}-{A}") << QStringList {QStringLiteral("a")}
                                           << QStringList {QStringLiteral("x")} << QStringLiteral("x-x");
    QTest::newRow("adjacent") << QStringLiteral("{a}{b}") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
                              << QStringList {QStringLiteral("1"), QStringLiteral("2")} << QStringLiteral("12");
    QTest::newRow("short row renders empty")
        << QStringLiteral("Hi {name}, code {code}.")
        << QStringList {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("code")}
        << QStringList {QStringLiteral("+1")} << QStringLiteral("Hi , code .");
    QTest::newRow("empty row") << QStringLiteral("Hi {name}") << QStringList {QStringLiteral("name")} << QStringList()
                               << QStringLiteral("Hi ");
    QTest::newRow("braces in a field are verbatim")
        << QStringLiteral("{a}") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
        << QStringList {QStringLiteral("{b}"), QStringLiteral("x")} << QStringLiteral("{b}");
    QTest::newRow("non-ASCII") << QStringLiteral("Olá {nome}, o seu código é {código}")
                               << QStringList {QStringLiteral("nome"), QStringLiteral("código")}
                               << QStringList {QStringLiteral("João"), QStringLiteral("4242")}
                               << QStringLiteral("Olá João, o seu código é 4242");
    QTest::newRow("emoji literal") << QStringLiteral("😀 {a}") << QStringList {QStringLiteral("a")}
                                   << QStringList {QStringLiteral("x")} << QStringLiteral("😀 x");
    QTest::newRow("no placeholders") << QStringLiteral("Same for all") << QStringList {QStringLiteral("phone")}
                                     << QStringList {QStringLiteral("1")} << QStringLiteral("Same for all");
    QTest::newRow("empty template") << QString() << QStringList {QStringLiteral("phone")}
                                    << QStringList {QStringLiteral("1")} << QString();
    QTest::newRow("other fields ignored")
        << QStringLiteral("{b}") << QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")} << QStringLiteral("2");
    QTest::newRow("line breaks kept") << QStringLiteral("Hi {a}\nBye") << QStringList {QStringLiteral("a")}
                                      << QStringList {QStringLiteral("x")} << QStringLiteral("Hi x\nBye");
}

void TestMessageTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, row);
    QFETCH(QString, expected);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    const Result<BoundTemplate> bound = parsed->bind(headers);
    QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.errorMessage()));
    QCOMPARE(bound->render(row), expected);
    // The preview agrees whenever binding succeeds.
    QCOMPARE(parsed->preview(headers, row), expected);
}

void TestMessageTemplate::columns()
{
    const Result<MessageTemplate> parsed = MessageTemplate::parse(QStringLiteral("{b} {a} {B}"));
    QVERIFY(parsed.ok());
    const Result<BoundTemplate> bound = parsed->bind({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(bound.ok());
    QCOMPARE(bound->columns(), (QList<qsizetype> {1, 0}));
}

void TestMessageTemplate::bindError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("one unknown, columns listed")
        << QStringLiteral("Hi {name}") << QStringList {QStringLiteral("phone"), QStringLiteral(" first ")}
        << QStringList {QStringLiteral("{name}"), QStringLiteral("\"phone\""), QStringLiteral("\"first\"")};
    QTest::newRow("every unknown named") << QStringLiteral("{name} {code} {NAME}")
                                         << QStringList {QStringLiteral("phone")}
                                         << QStringList {QStringLiteral("{name}"), QStringLiteral("{code}"),
                                                         QStringLiteral("\"phone\"")};
    QTest::newRow("no columns at all") << QStringLiteral("{a}") << QStringList()
                                       << QStringList {QStringLiteral("{a}"), QStringLiteral("none")};
    QTest::newRow("ambiguous column") << QStringLiteral(
        "{name}") << QStringList {QStringLiteral("Name"), QStringLiteral("phone"), QStringLiteral("name ")}
                                      << QStringList {QStringLiteral("{name}"), QStringLiteral("1 \"Name\""),
                                                      QStringLiteral("3 \"name\"")};
    QTest::newRow("unknown and ambiguous together")
        << QStringLiteral("{x} {name}") << QStringList {QStringLiteral("name"), QStringLiteral("NAME")}
        << QStringList {QStringLiteral("{x}"), QStringLiteral("1 \"name\""), QStringLiteral("2 \"NAME\"")};
}

void TestMessageTemplate::bindError()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, mentions);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    QVERIFY(parsed.ok());
    const Result<BoundTemplate> bound = parsed->bind(headers);
    QVERIFY(!bound.ok());
    QCOMPARE(bound.error().kind, Error::Kind::Invalid);
    for (const QString &mention : mentions)
        QVERIFY2(bound.errorMessage().contains(mention), qPrintable(bound.errorMessage()));
    // Each unknown placeholder is named once, whatever its spelling in the template.
    QVERIFY2(bound.errorMessage().count(QStringLiteral("{name}"), Qt::CaseInsensitive) <= 1,
             qPrintable(bound.errorMessage()));
}

void TestMessageTemplate::unusedDuplicateHeadersAreFine()
{
    const Result<MessageTemplate> parsed = MessageTemplate::parse(QStringLiteral("To {phone}"));
    QVERIFY(parsed.ok());
    const Result<BoundTemplate> bound =
        parsed->bind({QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("Name")});
    QVERIFY(bound.ok());
    QCOMPARE(bound->render({QStringLiteral("+1"), QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("To +1"));
}

void TestMessageTemplate::preview_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown kept as written")
        << QStringLiteral("Hi {name} {missing}") << QStringList {QStringLiteral("name")}
        << QStringList {QStringLiteral("Ana")} << QStringLiteral("Hi Ana {missing}");
    QTest::newRow("unknown shown trimmed")
        << QStringLiteral("{ missing }") << QStringList() << QStringList() << QStringLiteral("{missing}");
    QTest::newRow("ambiguous takes the first")
        << QStringLiteral("{name}") << QStringList {QStringLiteral("name"), QStringLiteral("Name")}
        << QStringList {QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("a");
    QTest::newRow("short row") << QStringLiteral("[{b}]") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
                               << QStringList {QStringLiteral("1")} << QStringLiteral("[]");
}

void TestMessageTemplate::preview()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, row);
    QFETCH(QString, expected);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->preview(headers, row), expected);
}

void TestMessageTemplate::defaultTemplateIsEmpty()
{
    const MessageTemplate empty;
    QVERIFY(empty.placeholders().isEmpty());
    QVERIFY(empty.source().isEmpty());
    const Result<BoundTemplate> bound = empty.bind({QStringLiteral("phone")});
    QVERIFY(bound.ok());
    QCOMPARE(bound->render({QStringLiteral("+1")}), QString());
}

SMSROUTER_TEST(TestMessageTemplate)
#include "testmessagetemplate.moc"
