// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace continuum::ui {

/// A readiness chart inside a printed document, drawn with the same painting code as the client page.
/// The points travel in the character format, so a cloned document (the renderer lays out a copy) keeps
/// them; each document needs the handler registered once.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    /// Registers a handler owned by doc, so doc can lay out and draw the charts in it.
    static void registerWith(QTextDocument& doc);
    /// Inserts a chart of trend, widthMm by heightMm, at the cursor.
    static void insert(QTextCursor& cursor, const QList<ReadinessPoint>& trend, qreal widthMm, qreal heightMm);

    QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int position,
                    const QTextFormat& format) override;
};

} // namespace continuum::ui
