// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvheaderdetector.h"

#include <QSet>
#include <QString>

namespace {

const QSet<QString> &headerWords()
{
    // Lower case, accents removed: tokens are compared after the same folding.
    static const QSet<QString> words = {
        QStringLiteral("phone"),     QStringLiteral("phones"),      QStringLiteral("telephone"),
        QStringLiteral("tel"),       QStringLiteral("telefone"),    QStringLiteral("telefono"),
        QStringLiteral("telefon"),   QStringLiteral("mobile"),      QStringLiteral("mobil"),
        QStringLiteral("movil"),     QStringLiteral("cell"),        QStringLiteral("cellphone"),
        QStringLiteral("cellular"),  QStringLiteral("celular"),     QStringLiteral("telemovel"),
        QStringLiteral("handy"),     QStringLiteral("portable"),    QStringLiteral("msisdn"),
        QStringLiteral("number"),    QStringLiteral("numero"),      QStringLiteral("nummer"),
        QStringLiteral("recipient"), QStringLiteral("destination"), QStringLiteral("name"),
        QStringLiteral("names"),     QStringLiteral("firstname"),   QStringLiteral("lastname"),
        QStringLiteral("fullname"),  QStringLiteral("given"),       QStringLiteral("family"),
        QStringLiteral("surname"),   QStringLiteral("nome"),        QStringLiteral("apelido"),
        QStringLiteral("nombre"),    QStringLiteral("apellido"),    QStringLiteral("nom"),
        QStringLiteral("prenom"),    QStringLiteral("vorname"),     QStringLiteral("nachname"),
        QStringLiteral("email"),     QStringLiteral("mail"),        QStringLiteral("contact"),
        QStringLiteral("contacto"),  QStringLiteral("contato"),     QStringLiteral("country"),
        QStringLiteral("pais"),      QStringLiteral("city"),        QStringLiteral("cidade"),
        QStringLiteral("address"),   QStringLiteral("morada"),      QStringLiteral("company"),
        QStringLiteral("empresa"),   QStringLiteral("notes"),       QStringLiteral("id"),
    };
    return words;
}

bool hasLetter(QStringView field)
{
    for (const QChar c : field) {
        if (c.isLetter())
            return true;
    }
    return false;
}

/// Share of `rows` (after the first) whose column `column` satisfies `test`; 0 when none has it.
template<typename Test>
double columnShare(const QList<QStringList> &rows, qsizetype column, Test test)
{
    int total = 0;
    int matching = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (column >= rows[i].size())
            continue;
        ++total;
        matching += test(QStringView(rows[i][column]).trimmed()) ? 1 : 0;
    }
    return total == 0 ? 0.0 : double(matching) / double(total);
}

} // namespace

bool CsvHeaderDetector::looksLikeHeader(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return false;
    const QStringList &first = rows.first();
    for (const QString &field : first) {
        if (looksLikePhoneNumber(field))
            return false;
    }
    for (const QString &field : first) {
        if (containsHeaderWord(field))
            return true;
    }
    for (qsizetype column = 0; column < first.size(); ++column) {
        if (!hasLetter(first[column]))
            continue;
        if (columnShare(rows, column, looksLikePhoneNumber) >= 0.5)
            return true;
        if (columnShare(rows, column, looksLikeNumber) == 1.0)
            return true;
    }
    return false;
}

bool CsvHeaderDetector::looksLikePhoneNumber(QStringView field)
{
    field = field.trimmed();
    if (field.startsWith(QLatin1Char('+')))
        field = field.sliced(1);
    else if (field.startsWith(QLatin1String("00")))
        field = field.sliced(2);
    int digits = 0;
    for (const QChar c : field) {
        if (c.isDigit())
            ++digits;
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'/' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 6 && digits <= 15;
}

bool CsvHeaderDetector::looksLikeNumber(QStringView field)
{
    field = field.trimmed();
    if (field.startsWith(QLatin1Char('-')) || field.startsWith(QLatin1Char('+')))
        field = field.sliced(1);
    bool separator = false;
    int digits = 0;
    for (const QChar c : field) {
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if ((c == u'.' || c == u',') && !separator && digits > 0) {
            separator = true;
        } else {
            return false;
        }
    }
    return digits > 0;
}

bool CsvHeaderDetector::containsHeaderWord(QStringView field)
{
    // Fold: decompose accents away, lower case, then split on anything that is not a letter, so
    // "Phone 1 - Value", "first_name" and "Telemóvel" give phone / first, name / telemovel.
    const QString folded = field.toString().normalized(QString::NormalizationForm_D).toLower();
    QString word;
    const auto wordIsKnown = [&word]() {
        return !word.isEmpty() && headerWords().contains(word);
    };
    for (const QChar c : folded) {
        if (c.isLetter()) {
            word.append(c);
            continue;
        }
        if (c.isMark())
            continue;
        if (wordIsKnown())
            return true;
        word.clear();
    }
    return wordIsKnown();
}
