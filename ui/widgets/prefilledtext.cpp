// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "prefilledtext.h"

#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

PrefilledText::PrefilledText(QLineEdit *edit)
    : QObject(edit)
{
    setObjectName(QStringLiteral("prefilledText"));
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_suggested = false; });
}

PrefilledText *PrefilledText::of(QLineEdit *edit)
{
    auto *existing = edit->findChild<PrefilledText *>(QStringLiteral("prefilledText"), Qt::FindDirectChildrenOnly);
    return existing ? existing : new PrefilledText(edit);
}

void PrefilledText::suggest(QLineEdit *edit, const QString &text)
{
    PrefilledText *behaviour = of(edit);
    edit->setText(text);
    behaviour->m_suggested = !text.isEmpty();
    if (behaviour->m_suggested && edit->hasFocus())
        edit->selectAll();
}

bool PrefilledText::isSuggestion(const QLineEdit *edit)
{
    const auto *behaviour =
        edit->findChild<PrefilledText *>(QStringLiteral("prefilledText"), Qt::FindDirectChildrenOnly);
    return behaviour && behaviour->m_suggested;
}

bool PrefilledText::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && m_suggested) {
        // After the event: a mouse press would otherwise put the cursor back where it landed.
        QPointer<QLineEdit> edit = qobject_cast<QLineEdit *>(watched);
        QTimer::singleShot(0, this, [this, edit] {
            if (edit && m_suggested && edit->hasFocus())
                edit->selectAll();
        });
    }
    return QObject::eventFilter(watched, event);
}
