// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PassphraseFields.h"

#include "security/PassphraseStrength.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace continuum::ui {

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent)
{
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("New passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the new passphrase"));
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 3);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_hint->setWordWrap(true);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("matchHint"));
    m_show = new QCheckBox(tr("&Show what I type"), this);
    m_show->setObjectName(QStringLiteral("showPassphraseCheck"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), m_match);
    form->addRow(QString(), m_show);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_first, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        const auto mode = on ? QLineEdit::Normal : QLineEdit::Password;
        m_first->setEchoMode(mode);
        m_repeat->setEchoMode(mode);
    });
    update();
}

bool PassphraseFields::isAcceptable() const
{
    return m_first->text().size() >= Vault::kMinPassphraseLength && m_first->text() == m_repeat->text();
}

SecureBytes PassphraseFields::passphrase() const
{
    return SecureBytes::fromText(m_first->text());
}

void PassphraseFields::clear()
{
    m_first->clear();
    m_repeat->clear();
}

void PassphraseFields::update()
{
    const QString text = m_first->text();
    const PassphraseAssessment a = assessPassphrase(SecureBytes::fromText(text), Vault::kMinPassphraseLength);
    switch (a.strength) {
    case PassphraseStrength::TooShort:
        m_meter->setValue(0);
        if (text.isEmpty()) {
            m_hint->setText(tr("At least %n characters. Four or more unrelated words are strong and easy to "
                               "remember.",
                               "", Vault::kMinPassphraseLength));
        } else {
            // Say why the button waits, and how far there is to go: a disabled button alone explains nothing.
            const int missing = Vault::kMinPassphraseLength - int(text.size());
            m_hint->setText(tr("Too short: add %n more character(s). Four or more unrelated words are strong and "
                               "easy to remember.",
                               "", qMax(1, missing)));
        }
        break;
    case PassphraseStrength::Weak:
        m_meter->setValue(1);
        m_hint->setText(tr("Weak: easy to guess. Add more words."));
        break;
    case PassphraseStrength::Fair:
        m_meter->setValue(2);
        m_hint->setText(tr("Fair. One or two more words would make it strong."));
        break;
    case PassphraseStrength::Strong:
        m_meter->setValue(3);
        m_hint->setText(tr("Strong."));
        break;
    }
    if (m_repeat->text().isEmpty())
        m_match->clear();
    else if (m_repeat->text() == text)
        m_match->setText(tr("The two entries match."));
    else
        m_match->setText(tr("The two entries do not match yet."));
    Q_EMIT changed();
}

} // namespace continuum::ui
