// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/ChangesPanel.h"

#include "common/ErrorText.h"
#include "domain/Domain.h"
#include "voice/ChangeDialog.h"
#include "voice/PositiveChangeModel.h"
#include "voice/ReasonDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace continuum::ui {

ChangesPanel::ChangesPanel(Domain& domain, QWidget* parent)
    : QWidget(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("changesPanel"));
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("newChangeEdit"));
    m_words->setAccessibleName(tr("A change they count, in their words"));
    m_words->setPlaceholderText(tr("A change they count, as they say it"));
    m_words->setMaxLength(PositiveChangeService::kMaxWords);
    auto* wordsLabel = new QLabel(tr("A change the&y count:"), this);
    wordsLabel->setBuddy(m_words);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("newChangeDayEdit"));
    m_day->setAccessibleName(tr("When it happened or they noticed it"));
    m_day->setCalendarPopup(true);
    m_onPlan = new QCheckBox(tr("&On their plan"), this);
    m_onPlan->setObjectName(QStringLiteral("newChangeOnPlanCheck"));
    m_onPlan->setToolTip(tr("Tick only if they want it on the plan they take home."));
    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setObjectName(QStringLiteral("addChangeButton"));
    connect(m_add, &QPushButton::clicked, this, &ChangesPanel::addChange);
    connect(m_words, &QLineEdit::returnPressed, this, &ChangesPanel::addChange);

    m_model = new PositiveChangeModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("changeTimeline"));
    m_view->setAccessibleName(tr("Changes they count, newest first"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PositiveChangeModel::Words, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PositiveChangeModel::Day, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PositiveChangeModel::OnPlan, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PositiveChangeModel::AddedInColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, &ChangesPanel::correctChange);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChangesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangesPanel::updateButtons);

    m_correct = new QPushButton(tr("Co&rrect…"), this);
    m_correct->setObjectName(QStringLiteral("correctChangeButton"));
    m_planToggle = new QPushButton(tr("Put on Pla&n"), this);
    m_planToggle->setObjectName(QStringLiteral("changeOnPlanButton"));
    m_inError = new QPushButton(tr("&Mark Entered in Error…"), this);
    m_inError->setObjectName(QStringLiteral("changeEnteredInErrorButton"));
    m_showInError = new QCheckBox(tr("Show entr&ies in error"), this);
    m_showInError->setObjectName(QStringLiteral("showChangesInErrorCheck"));
    connect(m_correct, &QPushButton::clicked, this, &ChangesPanel::correctChange);
    connect(m_planToggle, &QPushButton::clicked, this, &ChangesPanel::toggleOnPlan);
    connect(m_inError, &QPushButton::clicked, this, &ChangesPanel::markEnteredInError);
    connect(m_showInError, &QCheckBox::toggled, this, &ChangesPanel::reload);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(wordsLabel);
    addRow->addWidget(m_words, 1);
    addRow->addWidget(m_day);
    addRow->addWidget(m_onPlan);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_planToggle);
    buttons->addWidget(m_inError);
    buttons->addStretch();
    buttons->addWidget(m_showInError);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    clear();
}

void ChangesPanel::setClient(ClientId client)
{
    const bool someoneElse = client != m_client;
    m_client = client;
    const QDate today = m_domain.positiveChanges().today();
    m_day->setMaximumDate(today);
    if (someoneElse) {
        // Nothing typed for one person is ever left for the next.
        m_words->clear();
        m_onPlan->setChecked(false);
        m_message->hide();
        m_day->setDate(today);
    }
    reload();
}

void ChangesPanel::clear()
{
    m_client = ClientId();
    m_model->setChanges({});
    m_words->clear();
    m_message->hide();
    updateButtons();
}

void ChangesPanel::reload()
{
    const PositiveChangeId selected = selectedChange();
    if (m_client.isNull()) {
        m_model->setChanges({});
        return;
    }
    auto changes = m_domain.positiveChanges().changesOfClient(
        m_client, m_showInError->isChecked() ? EnteredInError::Show : EnteredInError::Hide);
    if (!changes) {
        showMessage(errorText(changes.error()));
        return;
    }
    m_model->setChanges(changes.value());
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, PositiveChangeModel::Words));
    updateButtons();
}

PositiveChangeId ChangesPanel::selectedChange() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->changeAt(current.row()).id : PositiveChangeId();
}

void ChangesPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ChangesPanel::updateButtons()
{
    const PositiveChangeId id = selectedChange();
    const int row = m_model->rowOf(id);
    const PositiveChange c = m_model->changeAt(row);
    const bool editable = row >= 0 && !c.current.enteredInError;
    m_correct->setEnabled(editable);
    m_planToggle->setEnabled(editable);
    m_inError->setEnabled(editable);
    m_planToggle->setText(editable && c.current.onPlan ? tr("Take off Pla&n") : tr("Put on Pla&n"));
    m_add->setEnabled(!m_client.isNull());
    m_words->setEnabled(!m_client.isNull());
}

bool ChangesPanel::addChange()
{
    if (m_client.isNull())
        return false;
    NewPositiveChange c;
    c.client = m_client;
    c.words = m_words->text();
    c.noticedOn = m_day->date();
    c.onPlan = m_onPlan->isChecked();
    auto id = m_domain.positiveChanges().add(c);
    if (!id) {
        showMessage(errorText(id.error()));
        (id.error().field == Field::ChangeDate ? static_cast<QWidget*>(m_day) : m_words)->setFocus();
        return false;
    }
    showMessage({});
    m_words->clear();
    m_onPlan->setChecked(false);
    m_day->setDate(m_domain.positiveChanges().today());
    reload();
    const int row = m_model->rowOf(id.value());
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, PositiveChangeModel::Words));
    m_words->setFocus();
    return true;
}

void ChangesPanel::correctChange()
{
    const int row = m_model->rowOf(selectedChange());
    if (row < 0 || m_model->changeAt(row).current.enteredInError)
        return;
    ChangeDialog dialog(m_domain.positiveChanges(), m_model->changeAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChangesPanel::toggleOnPlan()
{
    const int row = m_model->rowOf(selectedChange());
    if (row < 0)
        return;
    const PositiveChange c = m_model->changeAt(row);
    if (const Status s = m_domain.positiveChanges().setOnPlan(c.id, !c.current.onPlan); !s)
        showMessage(errorText(s.error()));
    else
        showMessage({});
    reload();
}

void ChangesPanel::markEnteredInError()
{
    const int row = m_model->rowOf(selectedChange());
    if (row < 0)
        return;
    const PositiveChange c = m_model->changeAt(row);
    ReasonDialog dialog(
        tr("Change Entered in Error"),
        tr("“%1” stays in the record, as it was written, but no longer shows on the timeline or "
           "their plan. Say why.")
            .arg(c.current.words),
        [this, id = c.id](const QString& reason) { return m_domain.positiveChanges().markEnteredInError(id, reason); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace continuum::ui
