// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace continuum::ui {

/// Notices the first time a widget with a given object name has been painted, anywhere in the
/// application, and says when (CLOCK_MONOTONIC, in nanoseconds: comparable between processes on one
/// machine). The start-up benchmark (tests/bench/bench_startup) uses it to time the program from exec
/// to its first window on screen, and an unlock to Today; it reads no record and changes nothing.
class PaintProbe final : public QObject
{
    Q_OBJECT

public:
    using Reached = std::function<void(qint64 monotonicNs)>;

    /// Installs itself on the application; `reached` is called once, after the first paint of a widget
    /// named `objectName` has been delivered.
    PaintProbe(const QString& objectName, Reached reached, QObject* parent = nullptr);
    ~PaintProbe() override;

    /// The environment variable the program reads: CONTINUUM_PAINT_PROBE=<object name> makes it print
    /// "painted <object name> <ns>" on standard output at that first paint, then quit.
    static constexpr const char* kEnvironmentVariable = "CONTINUUM_PAINT_PROBE";
    /// Installs the probe the environment asks for, if any (app/main.cpp).
    static void installFromEnvironment();

    static qint64 monotonicNs();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_objectName;
    Reached m_reached;
    bool m_done = false;
};

} // namespace continuum::ui
