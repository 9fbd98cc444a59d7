// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phonecolumn.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// Whole normalised names that are a phone column by themselves.
const QSet<QString> &exactNames()
{
    static const QSet<QString> names {
        QStringLiteral("phone"),      QStringLiteral("phone number"),   QStringLiteral("phonenumber"),
        QStringLiteral("mobile"),     QStringLiteral("mobile number"),  QStringLiteral("mobile phone"),
        QStringLiteral("msisdn"),     QStringLiteral("number"),         QStringLiteral("telefone"),
        QStringLiteral("telemovel"),  QStringLiteral("telefono"),       QStringLiteral("telephone"),
        QStringLiteral("tel"),        QStringLiteral("cell"),           QStringLiteral("cellphone"),
        QStringLiteral("cell phone"), QStringLiteral("handy"),          QStringLiteral("handynummer"),
        QStringLiteral("mobil"),      QStringLiteral("mobilnummer"),    QStringLiteral("telefonnummer"),
        QStringLiteral("gsm"),        QStringLiteral("celular"),        QStringLiteral("movil"),
        QStringLiteral("portable"),   QStringLiteral("numero"),         QStringLiteral("to"),
        QStringLiteral("recipient"),  QStringLiteral("destination"),    QStringLiteral("sms"),
        QStringLiteral("whatsapp"),   QStringLiteral("contact number"), QStringLiteral("e164"),
    };
    return names;
}

// Words that make a name a candidate; mobile words rank above generic phone words.
const QSet<QString> &mobileWords()
{
    static const QSet<QString> words {
        QStringLiteral("mobile"),    QStringLiteral("msisdn"),      QStringLiteral("cell"),
        QStringLiteral("cellphone"), QStringLiteral("telemovel"),   QStringLiteral("handy"),
        QStringLiteral("celular"),   QStringLiteral("movil"),       QStringLiteral("mobil"),
        QStringLiteral("gsm"),       QStringLiteral("handynummer"), QStringLiteral("mobilnummer")};
    return words;
}

const QSet<QString> &phoneWords()
{
    static const QSet<QString> words {QStringLiteral("phone"),         QStringLiteral("telefone"),
                                      QStringLiteral("telefono"),      QStringLiteral("telephone"),
                                      QStringLiteral("tel"),           QStringLiteral("msisdn"),
                                      QStringLiteral("telefonnummer"), QStringLiteral("phonenumber"),
                                      QStringLiteral("numero"),        QStringLiteral("number")};
    return words;
}

// Words that make a column describe a phone instead of holding one.
const QSet<QString> &excludedWords()
{
    static const QSet<QString> words {
        QStringLiteral("type"),    QStringLiteral("label"),   QStringLiteral("kind"),  QStringLiteral("tipo"),
        QStringLiteral("country"), QStringLiteral("code"),    QStringLiteral("ext"),   QStringLiteral("extension"),
        QStringLiteral("id"),      QStringLiteral("account"), QStringLiteral("order"), QStringLiteral("customer")};
    return words;
}

int headerScore(const QString &name)
{
    const QString normalised = PhoneColumn::normalise(name);
    if (normalised.isEmpty())
        return 0;
    if (exactNames().contains(normalised))
        return 100;
    const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int score = 0;
    for (const QString &word : words) {
        if (excludedWords().contains(word))
            return 0;
        if (mobileWords().contains(word))
            score = std::max(score, 60);
        else if (phoneWords().contains(word))
            score = std::max(score, word == QLatin1String("number") || word == QLatin1String("numero") ? 20 : 50);
    }
    return score;
}

} // namespace

QString PhoneColumn::normalise(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    return out;
}

QString PhoneColumn::firstValue(const QString &cell)
{
    const QStringView first = firstValue(QStringView(cell));
    return first.size() == cell.size() ? cell : first.toString(); // the cell itself is shared, not copied
}

QStringView PhoneColumn::firstValue(QStringView cell)
{
    const qsizetype separator = cell.indexOf(QLatin1String(" ::: "));
    return separator < 0 ? cell : cell.left(separator);
}

bool PhoneColumn::looksLikePhone(QStringView cell)
{
    int digits = 0;
    for (const QChar c : cell) {
        if (c.isDigit())
            ++digits;
        else if (!QStringView(u"+()-./ \u00a0").contains(c))
            return false;
    }
    return digits >= 6 && digits <= 17;
}

int PhoneColumn::detect(const QStringList &header, const QList<QStringList> &preview)
{
    int best = -1;
    int bestScore = 0;
    for (int column = 0; column < header.size(); ++column) {
        const int score = headerScore(header.at(column));
        if (score > bestScore) {
            best = column;
            bestScore = score;
        }
    }
    if (best >= 0)
        return best;

    qsizetype columns = header.size();
    for (const QStringList &row : preview)
        columns = std::max(columns, row.size());
    int bestCount = 0;
    for (int column = 0; column < columns; ++column) {
        int phones = 0;
        int filled = 0;
        for (const QStringList &row : preview) {
            const QString cell = column < row.size() ? firstValue(row.at(column)).trimmed() : QString();
            if (cell.isEmpty())
                continue;
            ++filled;
            phones += looksLikePhone(cell) ? 1 : 0;
        }
        if (phones > bestCount && phones * 2 >= filled) {
            best = column;
            bestCount = phones;
        }
    }
    return best;
}

Result<int> PhoneColumn::resolve(const QString &spec, const QStringList &columns)
{
    const QString wanted = normalise(spec);
    for (int column = 0; column < columns.size(); ++column) {
        if (!wanted.isEmpty() && normalise(columns.at(column)) == wanted)
            return column;
    }
    bool isNumber = false;
    const int number = spec.trimmed().toInt(&isNumber);
    if (isNumber && number >= 1 && number <= columns.size())
        return number - 1;
    QStringList quoted;
    for (const QString &name : columns)
        quoted.append(QStringLiteral("“%1”").arg(name.trimmed()));
    if (isNumber)
        return Error::invalid(
            QCoreApplication::translate("PhoneColumn",
                                        "--phone-column %1: the file has %n column(s); give a number from 1 to %n "
                                        "or a column name (%2).",
                                        nullptr, int(columns.size()))
                .arg(spec.trimmed(), quoted.join(QStringLiteral(", "))));
    return Error::invalid(
        QCoreApplication::translate("PhoneColumn",
                                    "The file has no column “%1”. Its columns are: %2. Give one of these names, "
                                    "or the column's number (1 for the first).")
            .arg(spec.trimmed(), quoted.join(QStringLiteral(", "))));
}
