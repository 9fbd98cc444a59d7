// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QWidget>

/// One page of the main window: a title, a line saying what the page is for, and its content.
/// MainWindow lists pages in the navigation list in the order they are added.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr)
        : QWidget(parent)
    { }

    /// Short name used on the command line (--page) and in saved state, e.g. "carriers".
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// What the navigation list says: the title, with a count where one waits ("Inbox (3)").
    virtual QString navigationText() const { return title(); }

    /// Called when the page becomes visible: refresh what may have changed elsewhere.
    virtual void activate() { }
    /// Ctrl+F: put the cursor in the page's filter box, if it has one.
    virtual void focusFilter() { }
    /// Opens the page on something named on the command line (`--page-arg`): the Rules page
    /// tests this number. Pages that take nothing ignore it.
    virtual void setPageArgument(const QString &argument) { Q_UNUSED(argument) }

Q_SIGNALS:
    /// navigationText() changed.
    void navigationTextChanged();
};
