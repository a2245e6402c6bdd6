// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/VoicePanel.h"

#include "voice/ChangesPanel.h"
#include "voice/LadderPanel.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace continuum::ui {

VoicePanel::VoicePanel(Domain& domain, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("voicePanel"));
    auto* changesBox = new QGroupBox(tr("Changes they count"), this);
    changesBox->setObjectName(QStringLiteral("changesGroup"));
    m_changes = new ChangesPanel(domain, changesBox);
    auto* changesLayout = new QVBoxLayout(changesBox);
    changesLayout->addWidget(m_changes);
    auto* ladderBox = new QGroupBox(tr("Their steps toward a goal"), this);
    ladderBox->setObjectName(QStringLiteral("ladderGroup"));
    m_ladder = new LadderPanel(domain, ladderBox);
    auto* ladderLayout = new QVBoxLayout(ladderBox);
    ladderLayout->addWidget(m_ladder);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(changesBox);
    split->addWidget(ladderBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void VoicePanel::setClient(ClientId client)
{
    m_changes->setClient(client);
    m_ladder->setClient(client);
}

void VoicePanel::clear()
{
    m_changes->clear();
    m_ladder->clear();
}

void VoicePanel::recordChanged(const RecordChange& change)
{
    switch (change.kind) {
    case RecordChange::Kind::PositiveChange: m_changes->reload(); break;
    case RecordChange::Kind::Ladder: m_ladder->reload(); break;
    case RecordChange::Kind::Goal: m_ladder->reloadGoals(); break;
    // A session or contact discarded or corrected can take or unlink changes and marks made in it.
    case RecordChange::Kind::Session:
    case RecordChange::Kind::Contact:
        m_changes->reload();
        m_ladder->reload();
        break;
    default: break;
    }
}

} // namespace continuum::ui
