// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"

#include <QDialog>
#include <QMap>

#include <array>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

namespace continuum {
class Domain;
} // namespace continuum

namespace continuum::ui {

class CountSpinBox;
class RatingComboBox;

/// The counselor's review of their own work in one session (draft or signed), theirs alone and never
/// printed with the person's record: the MIA:STEP behaviours in two groups (MI-consistent, rated for how
/// much and how well; MI-inconsistent, for how much), and, when they coded a recording, the MITI 4.2.1
/// globals and counts with the summary scores worked out as they type, beside the manual's thresholds
/// (labelled as expert opinion). The person's own rating of the session, if they gave one, sits beside it,
/// read-only. Every value is optional. Saving writes through SelfReviewService; a refusal keeps the dialog
/// open with the reason and the cursor on the value at fault.
class SelfReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    SelfReviewDialog(Domain& domain, SessionId session, QWidget* parent = nullptr);

    /// What the form holds now (MITI values only when "I coded a recording" is ticked).
    SelfReviewContent content() const;
    /// The summary scores of the MITI values shown, as the form works them out.
    MitiSummary summary() const;

    /// Saves; closes only when the review was saved.
    void accept() override;

private:
    void load();
    void updateSummary();
    MitiCoding coding() const;
    QGroupBox* buildConsistent();
    QGroupBox* buildInconsistent();
    QGroupBox* buildClientRating();
    QGroupBox* buildMiti();

    Domain& m_domain;
    SessionId m_session;
    QMap<MiaStepItem, RatingComboBox*> m_adherence;
    QMap<MiaStepItem, RatingComboBox*> m_competence;
    QCheckBox* m_coded = nullptr;
    QGroupBox* m_mitiPanel = nullptr;
    std::array<RatingComboBox*, kMitiGlobalCount> m_globals{};
    std::array<CountSpinBox*, kMitiCountCount> m_counts{};
    QMap<MitiSummaryScore, QLabel*> m_scores;
    QLabel* m_adherent = nullptr;
    QLabel* m_nonAdherent = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace continuum::ui
