// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ChartObject.h"

#include "goals/ReadinessChart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace continuum::ui {

namespace {
constexpr int kChartObject = QTextFormat::UserObject + 1;
enum ChartProperty { ChartPoints = QTextFormat::UserProperty + 1, ChartWidthMm, ChartHeightMm };
} // namespace

void ChartObject::registerWith(QTextDocument& doc)
{
    doc.documentLayout()->registerHandler(kChartObject, new ChartObject(&doc));
}

void ChartObject::insert(QTextCursor& cursor, const QList<ReadinessPoint>& trend, qreal widthMm, qreal heightMm)
{
    QVariantList points;
    for (const ReadinessPoint& p : trend) {
        QVariantMap m{{QStringLiteral("date"), p.date}};
        if (p.importance)
            m.insert(QStringLiteral("i"), *p.importance);
        if (p.confidence)
            m.insert(QStringLiteral("c"), *p.confidence);
        if (p.readiness)
            m.insert(QStringLiteral("r"), *p.readiness);
        points.append(m);
    }
    QTextCharFormat f;
    f.setObjectType(kChartObject);
    f.setProperty(ChartPoints, points);
    f.setProperty(ChartWidthMm, widthMm);
    f.setProperty(ChartHeightMm, heightMm);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

QSizeF ChartObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const qreal dpi = doc->documentLayout()->paintDevice() ? doc->documentLayout()->paintDevice()->logicalDpiX() : 96;
    return {format.doubleProperty(ChartWidthMm) / 25.4 * dpi, format.doubleProperty(ChartHeightMm) / 25.4 * dpi};
}

void ChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    QList<ReadinessPoint> points;
    for (const QVariant& v : format.property(ChartPoints).toList()) {
        const QVariantMap m = v.toMap();
        ReadinessPoint p;
        p.date = m.value(QStringLiteral("date")).toDate();
        if (m.contains(QStringLiteral("i")))
            p.importance = m.value(QStringLiteral("i")).toInt();
        if (m.contains(QStringLiteral("c")))
            p.confidence = m.value(QStringLiteral("c")).toInt();
        if (m.contains(QStringLiteral("r")))
            p.readiness = m.value(QStringLiteral("r")).toInt();
        points.append(p);
    }
    QPalette light;
    light.setColor(QPalette::WindowText, Qt::black);
    painter->save();
    // Draw in screen units (96 per inch) scaled to the device, so lines and labels keep their size on
    // a 600 dpi PDF just as on screen.
    const qreal scale = painter->device() ? painter->device()->logicalDpiY() / 96.0 : 1.0;
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(7);
    painter->setFont(small);
    painter->setRenderHint(QPainter::Antialiasing);
    ReadinessChart::paint(*painter, QRectF(QPointF(0, 0), rect.size() / scale), points, light, true);
    painter->restore();
}

} // namespace continuum::ui
