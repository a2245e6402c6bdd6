// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace continuum::ui {

/// A person's name (and pronouns) as a heading that never widens its window: text() stays the full
/// name, and what does not fit is drawn elided, with the full name in the tooltip.
class ClientNameLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ClientNameLabel(QWidget* parent = nullptr);

    /// Sets the full text (use this rather than setText, so the tooltip follows).
    void setName(const QString& name);
    /// True when the name is drawn shortened at the current width.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToolTip();
};

} // namespace continuum::ui
