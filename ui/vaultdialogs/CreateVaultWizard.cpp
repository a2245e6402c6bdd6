// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultdialogs/CreateVaultWizard.h"

#include "UiHooks.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/PassphraseFields.h"
#include "common/ScreenFit.h"
#include "crypto/RecoveryKey.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

// The groups the counselor types back (1-based): far apart, so the whole key was really kept.
constexpr int kCheckGroupA = 3;
constexpr int kCheckGroupB = 6;

QString normalizedGroup(const QString& typed)
{
    QString t = typed.trimmed().toUpper();
    t.replace(QLatin1Char('O'), QLatin1Char('0'));
    t.replace(QLatin1Char('I'), QLatin1Char('1'));
    t.replace(QLatin1Char('L'), QLatin1Char('1'));
    return t;
}

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

class PassphraseWizardPage final : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(CreateVaultWizard)

public:
    explicit PassphraseWizardPage(CreateVaultWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(tr("Protect your records"));
        setSubTitle(tr("Continuum keeps everything in one encrypted vault on this computer."));
        m_fields = new PassphraseFields(this);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("createStatus"));
        m_status->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(
            tr("Choose a passphrase that only you know. You will type it each time you unlock Continuum. "
               "Nobody, including your agency's IT staff, can read the vault without it or the recovery key."),
            this));
        auto* where = explanation(tr("Vault folder: %1").arg(QDir::toNativeSeparators(wizard->vaultDir())), this);
        where->setObjectName(QStringLiteral("vaultFolderLabel"));
        layout->addWidget(where);
        layout->addWidget(m_fields);
        layout->addWidget(m_status);
        layout->addStretch();
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Create vault"));
        connect(m_fields, &PassphraseFields::changed, this, &QWizardPage::completeChanged);
        connect(wizard, &CreateVaultWizard::creationFinished, this, [this] {
            if (m_wizard->isCreated()) {
                m_status->clear();
                m_wizard->next();
            } else {
                m_status->setText(m_wizard->lastError());
                m_fields->setEnabled(true);
            }
            Q_EMIT completeChanged();
        });
    }

    void initializePage() override { m_fields->firstField()->setFocus(); }
    bool isComplete() const override { return !m_wizard->isBusy() && m_fields->isAcceptable(); }
    bool validatePage() override
    {
        if (m_wizard->isCreated())
            return true;
        m_status->setText(tr("Creating the encrypted vault… this takes a few seconds."));
        m_fields->setEnabled(false);
        m_wizard->createVault(m_fields);
        Q_EMIT completeChanged();
        return false;
    }

private:
    CreateVaultWizard* m_wizard;
    PassphraseFields* m_fields;
    QLabel* m_status;
};

class RecoveryKeyWizardPage final : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(CreateVaultWizard)

public:
    explicit RecoveryKeyWizardPage(CreateVaultWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(tr("Your recovery key"));
        setSubTitle(tr("This is shown only once. Print it or write it down now."));
        m_key = new QLabel(this);
        m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
        m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(mono.pointSizeF() * 1.6);
        mono.setBold(true);
        m_key->setFont(mono);
        m_key->setAlignment(Qt::AlignCenter);
        m_key->setAccessibleName(tr("Recovery key"));
        auto* copy = new QPushButton(tr("C&opy"), this);
        copy->setObjectName(QStringLiteral("copyRecoveryKeyButton"));
        auto* print = new QPushButton(tr("&Print…"), this);
        print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
        m_saved = new QCheckBox(tr("I have &printed or written down the recovery key and will keep it apart from "
                                   "this computer."),
                                this);
        m_saved->setObjectName(QStringLiteral("recoveryKeySavedCheck"));
        m_feedback = new QLabel(this);
        m_feedback->setObjectName(QStringLiteral("recoveryKeyFeedback"));

        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(copy);
        buttons->addWidget(print);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(
            tr("If you forget your passphrase, this key is the only way back into your records. Anyone who has it "
               "can open the vault, so keep it somewhere safe and private, not on this computer."),
            this));
        layout->addSpacing(12);
        layout->addWidget(m_key);
        layout->addLayout(buttons);
        layout->addWidget(m_feedback);
        layout->addSpacing(12);
        layout->addWidget(m_saved);
        layout->addStretch();

        connect(m_saved, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        connect(copy, &QPushButton::clicked, this, [this] {
            QClipboard* clipboard = QApplication::clipboard();
            const QString key = m_wizard->recoveryKey();
            clipboard->setText(key);
            m_feedback->setText(tr("Copied. The clipboard is cleared again in two minutes."));
            // Do not leave the key lying in the clipboard for whatever reads it next.
            QTimer::singleShot(120000, clipboard, [clipboard, key] {
                if (clipboard->text() == key)
                    clipboard->clear();
            });
        });
        connect(print, &QPushButton::clicked, this, [this] { printKey(); });
    }

    void initializePage() override { m_key->setText(m_wizard->recoveryKey()); }
    bool isComplete() const override { return m_saved->isChecked(); }

private:
    void printKey()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Continuum recovery key"));
        if (!UiHooks::instance().choosePrinter(&printer, this))
            return;
        QPainter painter;
        if (!painter.begin(&printer)) {
            UiHooks::instance().warning(this, tr("Print"), tr("The printer could not be started."));
            return;
        }
        const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
        const int margin = page.width() / 12;
        QRect area = page.adjusted(margin, margin, -margin, -margin);
        QFont heading = painter.font();
        heading.setPointSizeF(18);
        heading.setBold(true);
        painter.setFont(heading);
        QRect used;
        painter.drawText(area, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, tr("Continuum recovery key"), &used);
        area.setTop(used.bottom() + margin / 2);
        QFont body = painter.font();
        body.setPointSizeF(11);
        body.setBold(false);
        painter.setFont(body);
        painter.drawText(area, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                         tr("Printed %1. This key opens your Continuum vault if you forget your passphrase. Anyone "
                            "who has it can read the vault: keep this page locked away, apart from the computer.")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
                         &used);
        area.setTop(used.bottom() + margin / 2);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(20);
        mono.setBold(true);
        painter.setFont(mono);
        painter.drawText(area, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, m_wizard->recoveryKey());
        painter.end();
        m_feedback->setText(tr("Sent to the printer."));
    }

    CreateVaultWizard* m_wizard;
    QLabel* m_key;
    QLabel* m_feedback;
    QCheckBox* m_saved;
};

class ConfirmKeyWizardPage final : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(CreateVaultWizard)

public:
    explicit ConfirmKeyWizardPage(CreateVaultWizard* wizard)
        : m_wizard(wizard)
    {
        setTitle(tr("Check your copy"));
        setSubTitle(tr("Type two groups from the recovery key you printed or wrote down."));
        m_groupA = new QLineEdit(this);
        m_groupA->setObjectName(QStringLiteral("confirmGroupAEdit"));
        m_groupB = new QLineEdit(this);
        m_groupB->setObjectName(QStringLiteral("confirmGroupBEdit"));
        for (QLineEdit* e : {m_groupA, m_groupB}) {
            e->setMaxLength(RecoveryKey::kGroupLength);
            e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")) + 16);
            connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
            connect(e, &QLineEdit::textChanged, this, &ConfirmKeyWizardPage::explain);
        }
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("confirmKeyMessage"));
        m_message->setWordWrap(true);
        m_groupA->setAccessibleName(tr("Group %1 of the recovery key").arg(kCheckGroupA));
        m_groupB->setAccessibleName(tr("Group %1 of the recovery key").arg(kCheckGroupB));
        auto* form = new QFormLayout;
        form->addRow(tr("Group &%1:").arg(kCheckGroupA), m_groupA);
        form->addRow(tr("Group &%1:").arg(kCheckGroupB), m_groupB);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(tr("This makes sure your copy is complete and readable before you rely on it. "
                                         "The key on screen is hidden now; read from your copy."),
                                      this));
        layout->addLayout(form);
        layout->addWidget(m_message);
        layout->addStretch();
    }

    void initializePage() override { m_groupA->setFocus(); }
    bool isComplete() const override
    {
        const QStringList groups = m_wizard->recoveryKey().split(QLatin1Char('-'));
        if (groups.size() != RecoveryKey::kGroups)
            return false;
        return normalizedGroup(m_groupA->text()) == groups.at(kCheckGroupA - 1) &&
               normalizedGroup(m_groupB->text()) == groups.at(kCheckGroupB - 1);
    }

private:
    // A whole group typed that does not match: say which one, so the counselor checks that group on
    // their copy (a button that stays disabled says nothing).
    void explain()
    {
        const QStringList groups = m_wizard->recoveryKey().split(QLatin1Char('-'));
        QStringList wrong;
        const std::pair<QLineEdit*, int> checks[] = {{m_groupA, kCheckGroupA}, {m_groupB, kCheckGroupB}};
        for (const auto& [edit, number] : checks) {
            const QString typed = normalizedGroup(edit->text());
            if (typed.size() == RecoveryKey::kGroupLength && groups.size() == RecoveryKey::kGroups &&
                typed != groups.at(number - 1))
                wrong.append(QString::number(number));
        }
        if (wrong.isEmpty())
            m_message->clear();
        else if (wrong.size() == 1)
            m_message->setText(tr("Group %1 does not match the key. Check that group on your copy: a 0 and an O, "
                                  "or a 1 and an I, read the same.")
                                   .arg(wrong.first()));
        else
            m_message->setText(tr("Groups %1 and %2 do not match the key. Check those groups on your copy.")
                                   .arg(wrong.at(0), wrong.at(1)));
    }

    CreateVaultWizard* m_wizard;
    QLineEdit* m_groupA;
    QLineEdit* m_groupB;
    QLabel* m_message = nullptr;
};

class CounselorWizardPage final : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(CreateVaultWizard)

public:
    CounselorWizardPage()
    {
        setTitle(tr("About you"));
        setSubTitle(tr("Your name and credentials appear where you sign session notes and on printouts."));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("counselorNameEdit"));
        m_name->setAccessibleName(tr("Your name"));
        m_name->setMaxLength(200);
        m_credentials = new QLineEdit(this);
        m_credentials->setObjectName(QStringLiteral("counselorCredentialsEdit"));
        m_credentials->setAccessibleName(tr("Your credentials"));
        m_credentials->setPlaceholderText(tr("For example: CADC, peer support worker"));
        m_credentials->setMaxLength(200);
        auto* form = new QFormLayout;
        form->addRow(tr("Your &name:"), m_name);
        form->addRow(tr("&Credentials (optional):"), m_credentials);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(explanation(tr("You can change these later in Preferences."), this));
        layout->addStretch();
        connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { m_name->setFocus(); }
    bool isComplete() const override { return !m_name->text().trimmed().isEmpty(); }
    Counselor counselor() const { return {m_name->text().trimmed(), m_credentials->text().trimmed()}; }

private:
    QLineEdit* m_name;
    QLineEdit* m_credentials;
};

} // namespace

CreateVaultWizard::CreateVaultWizard(const QString& vaultDir, const KdfParams& kdf, QWidget* parent)
    : QWizard(parent)
    , m_dir(vaultDir)
    , m_kdf(kdf)
{
    setObjectName(QStringLiteral("createVaultWizard"));
    setWindowTitle(tr("Set up Continuum"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(PassphrasePage, new PassphraseWizardPage(this));
    setPage(RecoveryKeyPage, new RecoveryKeyWizardPage(this));
    setPage(ConfirmKeyPage, new ConfirmKeyWizardPage(this));
    setPage(CounselorPage, new CounselorWizardPage);
    setButtonText(QWizard::FinishButton, tr("&Start using Continuum"));
    fitToScreen(this, QSize(640, 520));
}

CreateVaultWizard::~CreateVaultWizard() = default;

void CreateVaultWizard::createVault(PassphraseFields* fields)
{
    if (m_busy || m_vault)
        return;
    m_busy = true;
    m_error.clear();
    auto passphrase = std::make_shared<SecureBytes>(fields->passphrase());
    runInBackground(
        this, [dir = m_dir, kdf = m_kdf, passphrase] { return Vault::create(dir, *passphrase, kdf); },
        [this](Result<Vault::Created> created) {
            m_busy = false;
            if (created) {
                m_vault = std::move(created.value().vault);
                m_recoveryKey = created.value().recoveryKey;
            } else {
                m_error = errorText(created.error());
            }
            Q_EMIT creationFinished();
        });
}

Counselor CreateVaultWizard::counselor() const
{
    if (const auto* p = dynamic_cast<const CounselorWizardPage*>(page(CounselorPage)))
        return p->counselor();
    return {};
}

std::unique_ptr<Vault> CreateVaultWizard::takeVault()
{
    m_recoveryKey.clear();
    return std::move(m_vault);
}

void CreateVaultWizard::reject()
{
    if (m_busy)
        return;
    if (m_vault) {
        // The vault exists; leaving now would lose the only chance to see the recovery key.
        if (!UiHooks::instance().confirm(this, tr("Leave setup?"),
                                         tr("The vault has been created, but the recovery key is shown only here. "
                                            "If you leave now and later forget your passphrase, your records "
                                            "cannot be recovered."),
                                         tr("&Leave without the key"))) {
            return;
        }
    }
    QWizard::reject();
}

} // namespace continuum::ui
