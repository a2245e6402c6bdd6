// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QWidget>

namespace continuum {
class Domain;
struct RecordChange;
} // namespace continuum

namespace continuum::ui {

class ChangesPanel;
class LadderPanel;

/// The person's own voice about their progress, one tab of their page: the changes they count (ChangesPanel)
/// above, the steps they set for a goal and where they marked themselves (LadderPanel) below.
class VoicePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VoicePanel(Domain& domain, QWidget* parent = nullptr);

    void setClient(ClientId client);
    void clear();
    /// A change in the vault for this person (the page forwards the workspace's events): what it touches.
    void recordChanged(const RecordChange& change);

    ChangesPanel& changes() { return *m_changes; }
    LadderPanel& ladder() { return *m_ladder; }

private:
    ChangesPanel* m_changes;
    LadderPanel* m_ladder;
};

} // namespace continuum::ui
