// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/GoalHistoryDialog.h"

#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "common/TimeText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace continuum::ui {

GoalHistoryDialog::GoalHistoryDialog(const QList<GoalRevision>& revisions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("goalHistoryDialog"));
    setWindowTitle(tr("Goal History"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("goalHistoryTree"));
    tree->setAccessibleName(tr("Revisions of this goal"));
    tree->setHeaderLabels({tr("Revision"), tr("Change")});
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    for (const GoalRevision& r : revisions) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, tr("%1 — %2").arg(r.number).arg(dateTimeText(r.revisedAt)));
        QStringList summary;
        summary.append(r.number == 1 ? tr("As first written") : tr("Revised"));
        summary.append(tr("by %1").arg(r.revisedBy));
        if (r.clientAgreement) {
            switch (*r.clientAgreement) {
            case ClientAgreement::Yes: summary.append(tr("they agreed")); break;
            case ClientAgreement::No: summary.append(tr("they did not agree")); break;
            case ClientAgreement::NotDiscussed: summary.append(tr("agreement not talked about")); break;
            }
        }
        if (!r.reason.isEmpty())
            summary.append(tr("why: %1").arg(r.reason));
        item->setText(1, summary.join(QStringLiteral(" · ")));
        if (r.number == 1) {
            auto* words = new QTreeWidgetItem(item);
            words->setText(0, goalFieldTitle(QStringLiteral("clientWords")));
            words->setText(1, r.fields.clientWords);
        }
        for (const FieldChange& c : r.changes) {
            auto* change = new QTreeWidgetItem(item);
            change->setText(0, goalFieldTitle(c.field));
            change->setText(
                1, tr("%1  →  %2").arg(goalFieldValue(c.field, c.oldValue), goalFieldValue(c.field, c.newValue)));
        }
        item->setExpanded(true);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(720, 460));
}

} // namespace continuum::ui
