// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/GoalEditorDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace continuum::ui {

namespace {

/// Items side by side, sharing out the room left over equally, in one row where they fit; where they do not
/// (longer words, as in Spanish, or a narrower window) in rows of cells of one size (the widest item's), as
/// many to a row as the width holds. None is ever cut.
class WrappingChoicesLayout final : public QLayout
{
public:
    explicit WrappingChoicesLayout(QWidget* parent)
        : QLayout(parent)
    {}
    ~WrappingChoicesLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem* item) override { m_items.emplace_back(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override
    {
        return index >= 0 && index < count() ? m_items.at(std::size_t(index)).get() : nullptr;
    }
    QLayoutItem* takeAt(int index) override
    {
        if (index < 0 || index >= count())
            return nullptr;
        QLayoutItem* item = m_items.at(std::size_t(index)).release();
        m_items.erase(m_items.begin() + index);
        return item;
    }
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QMargins m = contentsMargins();
        const int rows = rowsFor(width - m.left() - m.right());
        return m.top() + m.bottom() + rows * cell().height() + std::max(0, rows - 1) * spacing();
    }
    QSize sizeHint() const override
    {
        // All in one row.
        const QMargins m = contentsMargins();
        return {m.left() + m.right() + oneRowWidth(), m.top() + m.bottom() + cell().height()};
    }
    QSize minimumSize() const override
    {
        // One to a row: as narrow as the widest item.
        const QMargins m = contentsMargins();
        return {m.left() + m.right() + cell().width(), heightForWidth(m.left() + m.right() + cell().width())};
    }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        const QRect r = contentsRect();
        const int height = cell().height();
        if (count() > 0 && oneRowWidth() <= r.width()) {
            const int extra = (r.width() - oneRowWidth()) / count();
            int x = r.x();
            for (const auto& item : m_items) {
                const int width = item->sizeHint().width() + extra;
                item->setGeometry(QRect(x, r.y(), width, height));
                x += width + spacing();
            }
            return;
        }
        const int columns = columnsFor(r.width());
        if (columns == 0)
            return;
        const int width = (r.width() - (columns - 1) * spacing()) / columns;
        for (int i = 0; i < count(); ++i) {
            const int row = i / columns;
            const int column = i % columns;
            m_items.at(std::size_t(i))
                ->setGeometry(
                    QRect(r.x() + column * (width + spacing()), r.y() + row * (height + spacing()), width, height));
        }
    }

private:
    QSize cell() const
    {
        QSize c;
        for (const auto& item : m_items)
            c = c.expandedTo(item->sizeHint());
        return c;
    }
    int columnsFor(int width) const
    {
        if (count() == 0)
            return 0;
        const int fit = (width + spacing()) / std::max(1, cell().width() + spacing());
        return std::clamp(fit, 1, count());
    }
    int oneRowWidth() const
    {
        int width = std::max(0, count() - 1) * spacing();
        for (const auto& item : m_items)
            width += item->sizeHint().width();
        return width;
    }
    int rowsFor(int width) const
    {
        if (count() > 0 && oneRowWidth() <= width)
            return 1;
        const int columns = columnsFor(width);
        return columns == 0 ? 0 : (count() + columns - 1) / columns;
    }

    std::vector<std::unique_ptr<QLayoutItem>> m_items;
};

QPlainTextEdit* textBox(QWidget* parent, const char* name, const QString& accessible, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setAccessibleName(accessible);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    e->setMaximumHeight(e->fontMetrics().lineSpacing() * (lines + 3) + 12);
    return e;
}

} // namespace

GoalEditorDialog::GoalEditorDialog(GoalService* service, ClientId clientId, const Goal& goal,
                                   std::optional<SessionId> session, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_client(clientId)
    , m_goal(goal)
    , m_session(session)
{
    const bool isNew = goal.id.isNull();
    setObjectName(QStringLiteral("goalEditorDialog"));
    setWindowTitle(isNew ? tr("New Goal") : tr("Revise Goal"));

    m_words = textBox(this, "clientWordsEdit", tr("What they want, in their own words"), 3);
    m_words->setPlaceholderText(tr("Write it the way they said it."));
    m_why = textBox(this, "whyItMattersEdit", tr("Why it matters to them"), 2);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("lifeAreaCombo"));
    m_area->setAccessibleName(tr("Life area"));
    // "Other" last, whatever order the areas were added to the program in.
    for (LifeArea a : allValues<LifeArea>()) {
        if (a != LifeArea::Other)
            m_area->addItem(label(a), toKey(a));
    }
    m_area->addItem(label(LifeArea::Other), toKey(LifeArea::Other));

    // The positions side by side, same size, no arrows or numbers: none is better than another. Where a row
    // cannot hold them all (longer words, a narrow window) they wrap, still the same size, rather than be cut.
    m_positionBox = new QWidget(this);
    m_positionBox->setObjectName(QStringLiteral("continuumPicker"));
    m_positionBox->setAccessibleName(tr("Where they place this goal on the continuum"));
    m_position = new QButtonGroup(this);
    auto* positions = new WrappingChoicesLayout(m_positionBox);
    positions->setContentsMargins(0, 0, 0, 0);
    QSizePolicy wraps(QSizePolicy::Preferred, QSizePolicy::Preferred);
    wraps.setHeightForWidth(true);
    m_positionBox->setSizePolicy(wraps);
    for (ContinuumPosition p : allValues<ContinuumPosition>()) {
        auto* b = new QRadioButton(label(p), m_positionBox);
        b->setObjectName(QStringLiteral("position_") + toKey(p));
        m_position->addButton(b, int(p));
        positions->addWidget(b);
    }

    m_steps = textBox(this, "stepsEdit", tr("Next steps, one per line"), 3);
    m_steps->setPlaceholderText(tr("One step per line"));
    m_whoCanHelp = textBox(this, "whoCanHelpEdit", tr("Who can help"), 2);
    m_ifHard = textBox(this, "ifItGetsHardEdit", tr("If it gets hard"), 2);
    m_framing = textBox(this, "counselorFramingEdit", tr("Counselor's framing"), 2);
    m_framing->setPlaceholderText(tr("Optional: your own clinical framing, kept secondary"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("goalStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (GoalStatus s : allValues<GoalStatus>())
        m_status->addItem(label(s), toKey(s));
    m_statusReason = new QLineEdit(this);
    m_statusReason->setObjectName(QStringLiteral("statusReasonEdit"));
    m_statusReason->setAccessibleName(tr("Reason, in their words"));
    m_statusReason->setPlaceholderText(tr("Their reason, in their words"));

    auto* theirs = new QGroupBox(tr("In their words"), this);
    auto* theirsForm = new QFormLayout(theirs);
    theirsForm->addRow(tr("What I &want:"), m_words);
    theirsForm->addRow(tr("&Why it matters to me:"), m_why);
    theirsForm->addRow(tr("Life &area:"), m_area);
    theirsForm->addRow(tr("On the continuum:"), m_positionBox);
    theirsForm->addRow(tr("My next &steps:"), m_steps);
    theirsForm->addRow(tr("Who can &help:"), m_whoCanHelp);
    theirsForm->addRow(tr("If it gets &hard:"), m_ifHard);
    auto* status = new QHBoxLayout;
    status->addWidget(m_status);
    status->addWidget(m_statusReason, 1);
    auto* statusLabel = new QLabel(tr("Sta&tus:"), this);
    statusLabel->setBuddy(m_status);
    theirsForm->addRow(statusLabel, status);
    auto* yours = new QGroupBox(tr("Counselor"), this);
    auto* yoursForm = new QFormLayout(yours);
    yoursForm->addRow(tr("&Framing:"), m_framing);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(theirs);
    contentLayout->addWidget(yours);
    if (!isNew) {
        auto* revision = new QGroupBox(tr("This revision"), this);
        auto* revisionForm = new QFormLayout(revision);
        m_revisionReason = new QLineEdit(this);
        m_revisionReason->setObjectName(QStringLiteral("revisionReasonEdit"));
        m_revisionReason->setAccessibleName(tr("Why it changed"));
        m_revisionReasonLabel = new QLabel(tr("Why it &changed:"), this);
        m_revisionReasonLabel->setBuddy(m_revisionReason);
        // Asked, not assumed: no answer is chosen until the counselor chooses one with the client.
        m_agreementBox = new QWidget(this);
        m_agreementBox->setObjectName(QStringLiteral("clientAgreementPicker"));
        m_agreementBox->setAccessibleName(tr("Did they agree to this change?"));
        m_agreement = new QButtonGroup(this);
        auto* answers = new QHBoxLayout(m_agreementBox);
        answers->setContentsMargins(0, 0, 0, 0);
        const QList<std::pair<ClientAgreement, QString>> choices{
            {ClientAgreement::Yes, tr("&Yes")},
            {ClientAgreement::No, tr("N&o")},
            {ClientAgreement::NotDiscussed, tr("Not talked a&bout")}};
        for (const auto& [answer, text] : choices) {
            auto* b = new QRadioButton(text, m_agreementBox);
            b->setObjectName(QStringLiteral("agreement_") + toKey(answer));
            m_agreement->addButton(b, int(answer));
            answers->addWidget(b);
        }
        answers->addStretch();
        auto* agreementLabel = new QLabel(tr("Did they agree? (needed)"), this);
        agreementLabel->setWordWrap(true);
        revisionForm->addRow(m_revisionReasonLabel, m_revisionReason);
        revisionForm->addRow(agreementLabel, m_agreementBox);
        contentLayout->addWidget(revision);
    }
    auto* scroll = new QScrollArea(this);
    // Not a stop for Tab (it could show no focus): its fields take focus and are scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("goalEditorMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveGoalButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(640, 760));

    const GoalFields& f = goal.fields;
    m_words->setPlainText(f.clientWords);
    m_why->setPlainText(f.whyItMatters);
    m_area->setCurrentIndex(m_area->findData(toKey(isNew ? LifeArea::Other : f.lifeArea)));
    if (f.position)
        m_position->button(int(*f.position))->setChecked(true);
    m_steps->setPlainText(f.steps.join(QLatin1Char('\n')));
    m_whoCanHelp->setPlainText(f.whoCanHelp);
    m_ifHard->setPlainText(f.ifItGetsHard);
    m_framing->setPlainText(f.counselorFraming);
    m_status->setCurrentIndex(m_status->findData(toKey(f.status)));
    m_statusReason->setText(f.statusReason);

    connect(m_area, &QComboBox::currentIndexChanged, this, &GoalEditorDialog::updateState);
    connect(m_status, &QComboBox::currentIndexChanged, this, &GoalEditorDialog::updateState);
    connect(m_position, &QButtonGroup::idToggled, this, &GoalEditorDialog::updateState);
    updateState();
    m_opened = fields();
    m_words->setFocus();
}

bool GoalEditorDialog::hasChanges() const
{
    if (fields() != m_opened)
        return true;
    if (m_revisionReason && !m_revisionReason->text().trimmed().isEmpty())
        return true;
    return m_agreement && m_agreement->checkedId() >= 0;
}

void GoalEditorDialog::reject()
{
    if (hasChanges() && !UiHooks::instance().confirmOrGoBack(this, tr("Discard what you typed?"),
                                                             tr("What you typed here has not been saved. Discard it?"),
                                                             tr("&Discard"), tr("&Keep Editing"))) {
        return; // keep editing: everything stays as typed
    }
    QDialog::reject();
}

void GoalEditorDialog::updateState()
{
    const bool substance = m_area->currentData().toString() == toKey(LifeArea::SubstanceUse);
    m_positionBox->setEnabled(substance);
    const bool needsReason = m_status->currentData().toString() != toKey(GoalStatus::Active);
    m_statusReason->setEnabled(needsReason);
    if (m_revisionReasonLabel) {
        // A move along the continuum needs its reason; the label says so as soon as the move is made.
        const bool moves = fields().position != m_goal.fields.position;
        m_revisionReasonLabel->setText(moves ? tr("Why it &changed (needed):") : tr("Why it &changed:"));
        m_revisionReason->setPlaceholderText(moves ? tr("Needed when the goal moves along the continuum")
                                                   : tr("Optional"));
    }
}

GoalFields GoalEditorDialog::fields() const
{
    GoalFields f;
    f.clientWords = m_words->toPlainText();
    f.whyItMatters = m_why->toPlainText();
    f.lifeArea = fromKey<LifeArea>(m_area->currentData().toString()).value_or(LifeArea::Other);
    if (f.lifeArea == LifeArea::SubstanceUse && m_position->checkedId() >= 0)
        f.position = static_cast<ContinuumPosition>(m_position->checkedId());
    f.steps = m_steps->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.whoCanHelp = m_whoCanHelp->toPlainText();
    f.ifItGetsHard = m_ifHard->toPlainText();
    f.counselorFraming = m_framing->toPlainText();
    f.status = fromKey<GoalStatus>(m_status->currentData().toString()).value_or(GoalStatus::Active);
    f.statusReason = m_statusReason->isEnabled() ? m_statusReason->text() : QString();
    return f;
}

void GoalEditorDialog::showError(Field field, const QString& message)
{
    m_message->setText(message);
    if (field == Field::ClientWords)
        m_words->setFocus();
    else if (field == Field::Position)
        m_positionBox->setFocus();
    else if (field == Field::StatusReason)
        m_statusReason->setFocus();
    else if (field == Field::Steps)
        m_steps->setFocus();
    else if (field == Field::WhyItMatters)
        m_why->setFocus();
    else if (field == Field::WhoCanHelp)
        m_whoCanHelp->setFocus();
    else if (field == Field::IfItGetsHard)
        m_ifHard->setFocus();
    else if (field == Field::CounselorFraming)
        m_framing->setFocus();
    else if (field == Field::RevisionReason && m_revisionReason)
        m_revisionReason->setFocus();
    else if (field == Field::Agreement && m_agreementBox)
        m_agreementBox->setFocus();
}

void GoalEditorDialog::accept()
{
    if (!m_service)
        return;
    const GoalFields f = fields();
    RevisionInfo info;
    info.sessionId = m_session;
    if (m_revisionReason)
        info.reason = m_revisionReason->text();
    if (m_agreement && m_agreement->checkedId() >= 0)
        info.agreement = static_cast<ClientAgreement>(m_agreement->checkedId());
    Status saved;
    if (m_goal.id.isNull()) {
        auto id = m_service->create(m_client, f, info);
        if (id)
            m_savedId = id.value();
        else
            saved = id.error();
    } else {
        saved = m_service->revise(m_goal.id, f, info);
        if (saved)
            m_savedId = m_goal.id;
    }
    if (!saved) {
        const Error& e = saved.error();
        showError(e.field, errorText(e)); // for a refused value, the sentence for its field and reason
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
