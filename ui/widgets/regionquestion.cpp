// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "regionquestion.h"

#include "phone/phonenumberparser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

RegionQuestion::RegionQuestion(QWidget *parent)
    : QFrame(parent)
    , m_regions(new QComboBox(this))
    , m_use(new QPushButton(tr("Use this country"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *question = new QLabel(tr("<b>Which country are most of your numbers in?</b> Numbers written without a "
                                   "country code are read as numbers of that country (you can change it in "
                                   "Settings)."),
                                this);
    question->setWordWrap(true);
    question->setForegroundRole(QPalette::ToolTipText);
    question->setBuddy(m_regions);

    m_regions->addItem(tr("Choose a country…"), QString());
    for (const QString &code : PhoneNumberParser::supportedRegions())
        m_regions->addItem(PhoneNumberParser::describeRegion(code), code);
    m_use->setEnabled(false);
    connect(m_regions, &QComboBox::currentIndexChanged, this,
            [this] { m_use->setEnabled(!m_regions->currentData().toString().isEmpty()); });
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT chosen(m_regions->currentData().toString()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(question, 1);
    layout->addWidget(m_regions);
    layout->addWidget(m_use);
}
