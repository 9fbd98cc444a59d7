#pragma once

#include <QWidget>

class QPushButton;

/// What a table shows instead of an empty grid: one sentence and the button that fills it.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &sentence, const QString &buttonText, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }

private:
    QPushButton *m_button;
};
