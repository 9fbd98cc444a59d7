// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The shipped catalogues (translations/*.ts) against the sources: up to date, complete, with the
// placeholders of their source texts, and sources that write "…" rather than "...".
#include "testprogram.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

const QString sourceDir = QStringLiteral(SMSROUTER_SOURCE_DIR);

struct CatalogueEntry
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false; ///< type="unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one, or one per plural form
};

QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CatalogueEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            CatalogueEntry entry;
            entry.context = context;
            entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            entries.append(entry);
        } else if (xml.name() == QLatin1String("source")) {
            entries.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entries.last().unfinished = !type.isEmpty();
            if (!entries.last().numerus)
                entries.last().translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            entries.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s at line %lld", qPrintable(path), qPrintable(xml.errorString()), xml.lineNumber());
    return xml.hasError() ? QList<CatalogueEntry>() : entries;
}

/// "%1", "%2", "%n", "%Ln" (as "%n": the form of a number is the translator's choice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const CatalogueEntry &e)
{
    return QStringLiteral("[%1] “%2”").arg(e.context, e.source.left(70));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral("smsrouter_de.ts") << false;
        QTest::newRow("pt_PT") << QStringLiteral("smsrouter_pt_PT.ts") << false;
        QTest::newRow("en (plural forms)") << QStringLiteral("smsrouter_en.ts") << true;
    }

    // Every text of the sources is in the catalogue and finished, with every plural form.
    void catalogues()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        const QList<CatalogueEntry> entries = readCatalogue(sourceDir + QStringLiteral("/translations/") + file);
        QVERIFY2(entries.size() > (pluralOnly ? 20 : 1000), qPrintable(file + QStringLiteral(" could not be read")));
        QStringList problems;
        for (const CatalogueEntry &e : entries) {
            if (pluralOnly && !e.numerus)
                problems.append(describe(e) + QStringLiteral(": not a plural text (lupdate -pluralonly)"));
            else if (e.unfinished)
                problems.append(describe(e) + QStringLiteral(": unfinished"));
            else if (e.translations.isEmpty() || e.translations.contains(QString()))
                problems.append(describe(e) + QStringLiteral(": a translation is empty"));
            else if (e.numerus && e.translations.size() != 2) // de, pt_PT and en have two forms
                problems.append(describe(e) + QStringLiteral(": %1 plural forms, not 2").arg(e.translations.size()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A translation keeps the placeholders of its source: a lost %2 loses a number, an extra
    // one prints "%3" to the user.
    void placeholdersMatch_data() { catalogues_data(); }
    void placeholdersMatch()
    {
        QFETCH(QString, file);
        const QList<CatalogueEntry> entries = readCatalogue(sourceDir + QStringLiteral("/translations/") + file);
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const CatalogueEntry &e : entries) {
            const QStringList expected = placeholders(e.source);
            for (const QString &t : e.translations) {
                if (!t.isEmpty() && placeholders(t) != expected)
                    problems.append(
                        describe(e)
                        + QStringLiteral(" has %1, its translation “%2” has %3")
                              .arg(expected.join(QLatin1Char(' ')), t, placeholders(t).join(QLatin1Char(' '))));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The typographic ellipsis, in the sources and in what translators wrote.
    void ellipsis_data() { catalogues_data(); }
    void ellipsis()
    {
        QFETCH(QString, file);
        const QList<CatalogueEntry> entries = readCatalogue(sourceDir + QStringLiteral("/translations/") + file);
        QVERIFY(!entries.isEmpty());
        QStringList problems;
        for (const CatalogueEntry &e : entries) {
            if (e.source.contains(QLatin1String("...")))
                problems.append(describe(e) + QStringLiteral(": write “…” in the source, not \"...\""));
            for (const QString &t : e.translations) {
                if (t.contains(QLatin1String("...")))
                    problems.append(describe(e) + QStringLiteral(": its translation has \"...\" for “…”"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // What scripts/update-translations.sh would write is what is committed: a text changed in
    // the sources without updating the catalogues fails here.
    void cataloguesAreUpToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess update;
        update.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(SMSROUTER_LUPDATE));
        update.setProcessEnvironment(environment);
        update.start(
            QStringLiteral("bash"),
            {sourceDir + QStringLiteral("/scripts/update-translations.sh"), QStringLiteral("--into"), dir.path()});
        QVERIFY(update.waitForFinished(120'000));
        QVERIFY2(update.exitCode() == 0, update.readAll().constData());
        const QStringList files = QDir(sourceDir + QStringLiteral("/translations")).entryList({QStringLiteral("*.ts")});
        QCOMPARE(files.size(), 3);
        QStringList stale;
        for (const QString &name : files) {
            QFile committed(sourceDir + QStringLiteral("/translations/") + name);
            QFile updated(dir.filePath(name));
            QVERIFY(committed.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
            if (committed.readAll() != updated.readAll())
                stale.append(name);
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("out of date with the sources: %1. Run "
                                           "scripts/update-translations.sh and translate "
                                           "the new entries.")
                                .arg(stale.join(QStringLiteral(", ")))));
    }
};

SMSROUTER_TEST(TestTranslations)
#include "testtranslations.moc"
