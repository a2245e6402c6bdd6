// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/ReadinessTableView.h"

#include "goals/ReadinessTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace continuum::ui {

namespace {

// However narrow the window, the goal and the person's words keep at least this many letters to a line.
constexpr int kGoalLetters = 12;
constexpr int kWordsLetters = 18;
// Lines of text the table asks room for (about three rows of two lines), and the least it keeps.
constexpr int kHintLines = 7;
constexpr int kMinimumLines = 3;

} // namespace

ReadinessTableView::ReadinessTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    setWordWrap(true);
    // Rows as tall as a person's answers scroll a few pixels at a time, not a whole row at once.
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);
    // Sized here, from the width there is and the words in them (fitColumns).
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
}

void ReadinessTableView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ReadinessTableView::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ReadinessTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReadinessTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReadinessTableView::scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReadinessTableView::scheduleFit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ReadinessTableView::scheduleFit);
    scheduleFit();
}

QSize ReadinessTableView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {QTableView::sizeHint().width(),
            horizontalHeader()->sizeHint().height() + kHintLines * fontMetrics().lineSpacing() + frame};
}

QSize ReadinessTableView::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    return {QTableView::minimumSizeHint().width(),
            horizontalHeader()->sizeHint().height() + kMinimumLines * fontMetrics().lineSpacing() + frame};
}

void ReadinessTableView::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QMetaObject::invokeMethod(this, &ReadinessTableView::fitColumns, Qt::QueuedConnection);
}

int ReadinessTableView::widestWord(int column) const
{
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, column);
        // A date is one word: only what follows it ("(draft)") may go to the next line.
        if (const QVariant date = index.data(ReadinessTableModel::ValueRole); date.typeId() == QMetaType::QDate)
            widest = std::max(widest, fm.horizontalAdvance(QLocale().toString(date.toDate(), QLocale::ShortFormat)));
        const QString text = index.data().toString();
        for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, fm.horizontalAdvance(word));
    }
    // The style's margin on each side of an item's text, as it lays the text out.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    return widest + 2 * margin + 1;
}

void ReadinessTableView::fitColumns()
{
    m_fitScheduled = false;
    const QAbstractItemModel* m = model();
    if (!m || m->columnCount() != ReadinessTableModel::ColumnCount)
        return;
    QHeaderView* header = horizontalHeader();
    const int letter = fontMetrics().averageCharWidth();
    // The goal and what they said: never under their heading, nor under a dozen or so letters to a line.
    const int goalLeast = std::max(header->sectionSizeHint(ReadinessTableModel::GoalColumn), kGoalLetters * letter);
    const int wordsLeast = std::max(header->sectionSizeHint(ReadinessTableModel::WordsColumn), kWordsLetters * letter);
    const int goalWants = std::max(goalLeast, sizeHintForColumn(ReadinessTableModel::GoalColumn));
    const int wordsWants = std::max(wordsLeast, sizeHintForColumn(ReadinessTableModel::WordsColumn));
    const int width = viewport()->width();

    // The date and the rulers: as wide as their heading or their widest value on one line. Where that leaves the
    // person's words less than they need on one line, a value wraps at its spaces ("not asked") to give them
    // room; a column is never narrower than its heading or its longest word.
    struct Fixed {
        int column;
        int wants;
        int least;
    };
    QList<Fixed> fixed;
    int fixedWidth = 0;
    // The rulers give first, the date last: a date broken over lines reads worst.
    for (int column : {ReadinessTableModel::ReadinessColumn, ReadinessTableModel::ConfidenceColumn,
                       ReadinessTableModel::ImportanceColumn, ReadinessTableModel::DateColumn}) {
        const int heading = header->sectionSizeHint(column);
        const int wants = std::max(heading, sizeHintForColumn(column));
        fixed.append({column, wants, std::min(wants, std::max(heading, widestWord(column)))});
        fixedWidth += wants;
    }
    int over = fixedWidth + goalLeast + wordsWants - width;
    for (Fixed& f : fixed) {
        const int give = std::clamp(over, 0, f.wants - f.least);
        f.wants -= give;
        fixedWidth -= give;
        over -= give;
        header->resizeSection(f.column, f.wants);
    }
    // The goal and what they said share the rest: each as wide as its words on one line where there is room,
    // otherwise what they said (different in every row) three quarters and the goal (the same in every row,
    // and shown above the table) a quarter.
    const int rest = width - fixedWidth;
    int goal = goalWants;
    int words = std::max(wordsWants, rest - goalWants);
    if (goalWants + wordsWants > rest) {
        goal = std::clamp(rest / 4, goalLeast, goalWants);
        words = std::max(wordsLeast, rest - goal);
    }
    header->resizeSection(ReadinessTableModel::GoalColumn, goal);
    header->resizeSection(ReadinessTableModel::WordsColumn, words);
    // Each row as tall as its wrapped words.
    resizeRowsToContents();
}

bool ReadinessTableView::viewportEvent(QEvent* event)
{
    const bool handled = QTableView::viewportEvent(event);
    // A new width (the window, the splitter, a scroll bar coming or going): the columns follow it.
    if (event->type() == QEvent::Resize)
        scheduleFit();
    return handled;
}

} // namespace continuum::ui
