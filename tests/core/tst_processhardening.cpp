// SPDX-License-Identifier: GPL-3.0-or-later
// Process hardening: disableCoreDumps() sets RLIMIT_CORE to 0/0 and PR_SET_DUMPABLE to 0, and
// coreDumpsDisabled() reports exactly that state. Each case runs in a forked child, because both
// settings are one-way for an unprivileged process and must not leak into this test process. The
// child sets up a starting state, observes it and calls the function; it only makes system calls
// before _exit and reports through a pipe.

#include "security/ProcessHardening.h"

#include <QTest>

#include <cerrno>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace continuum;

namespace {

/// The state a child starts from before it calls disableCoreDumps().
enum class Start {
    Inherited,     ///< whatever this test process has
    SoftLimitZero, ///< RLIMIT_CORE soft 0 but the hard limit left open (a common default)
    LimitsZero,    ///< RLIMIT_CORE 0/0 but still dumpable
    NotDumpable,   ///< PR_SET_DUMPABLE 0 but core size limits open
    BothOffByHand, ///< both settings made by hand, without the function
};

/// What the child saw; plain data written through a pipe.
struct Observation {
    int setupFailed = 1;
    int expectedBefore = -1; ///< from raw getrlimit/prctl before the call
    int reportedBefore = -1; ///< coreDumpsDisabled() before the call
    int disableFailed = 1;
    int disableAgainFailed = 1;
    rlim_t limitCur = RLIM_INFINITY;
    rlim_t limitMax = RLIM_INFINITY;
    int dumpable = -1;
    int reportedAfter = -1;
};

bool rawDisabled()
{
    rlimit current{};
    return ::getrlimit(RLIMIT_CORE, &current) == 0 && current.rlim_cur == 0 && current.rlim_max == 0 &&
           ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

bool setUp(Start start, rlim_t inheritedMax)
{
    switch (start) {
    case Start::Inherited: return true;
    case Start::SoftLimitZero: {
        const rlimit limits{0, inheritedMax};
        return ::setrlimit(RLIMIT_CORE, &limits) == 0 && ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) == 0;
    }
    case Start::LimitsZero: {
        const rlimit limits{0, 0};
        return ::setrlimit(RLIMIT_CORE, &limits) == 0 && ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) == 0;
    }
    case Start::NotDumpable: {
        const rlimit limits{inheritedMax, inheritedMax};
        return ::setrlimit(RLIMIT_CORE, &limits) == 0 && ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    }
    case Start::BothOffByHand: {
        const rlimit limits{0, 0};
        return ::setrlimit(RLIMIT_CORE, &limits) == 0 && ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    }
    }
    return false;
}

[[noreturn]] void childMain(int fd, Start start, rlim_t inheritedMax)
{
    Observation o;
    o.setupFailed = setUp(start, inheritedMax) ? 0 : 1;
    o.expectedBefore = rawDisabled() ? 1 : 0;
    o.reportedBefore = coreDumpsDisabled() ? 1 : 0;
    o.disableFailed = disableCoreDumps().ok() ? 0 : 1;
    o.disableAgainFailed = disableCoreDumps().ok() ? 0 : 1;
    rlimit after{};
    if (::getrlimit(RLIMIT_CORE, &after) == 0) {
        o.limitCur = after.rlim_cur;
        o.limitMax = after.rlim_max;
    }
    o.dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    o.reportedAfter = coreDumpsDisabled() ? 1 : 0;
    const bool written = ::write(fd, &o, sizeof o) == static_cast<ssize_t>(sizeof o);
    ::_exit(written ? 0 : 1);
}

/// Forks, runs childMain in the child and returns what it observed; false on any failure.
bool observeInChild(Start start, rlim_t inheritedMax, Observation& o)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        ::close(fds[0]);
        childMain(fds[1], start, inheritedMax);
    }
    ::close(fds[1]);
    ssize_t got = 0;
    do {
        got = ::read(fds[0], &o, sizeof o);
    } while (got < 0 && errno == EINTR);
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return got == static_cast<ssize_t>(sizeof o) && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disablesFromAnyStartingState_data();
    void disablesFromAnyStartingState();
};

void TestProcessHardening::disablesFromAnyStartingState_data()
{
    QTest::addColumn<Start>("start");
    QTest::addColumn<int>("disabledBefore"); ///< -1: whatever the inherited state is
    QTest::addRow("inherited") << Start::Inherited << -1;
    QTest::addRow("soft limit zero") << Start::SoftLimitZero << 0;
    QTest::addRow("limits zero, dumpable") << Start::LimitsZero << 0;
    QTest::addRow("not dumpable, limits open") << Start::NotDumpable << 0;
    QTest::addRow("both off by hand") << Start::BothOffByHand << 1;
}

void TestProcessHardening::disablesFromAnyStartingState()
{
    QFETCH(Start, start);
    QFETCH(int, disabledBefore);

    rlimit inherited{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &inherited), 0);
    const int dumpableHere = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    if ((start == Start::SoftLimitZero || start == Start::NotDumpable) && inherited.rlim_max == 0)
        QSKIP("the hard core-size limit is already 0 here, so this starting state cannot be set up");

    Observation o;
    QVERIFY(observeInChild(start, inherited.rlim_max, o));
    QCOMPARE(o.setupFailed, 0);

    // Before the call the function reports the state the process is in, nothing else.
    QCOMPARE(o.reportedBefore, o.expectedBefore);
    if (disabledBefore >= 0)
        QCOMPARE(o.reportedBefore, disabledBefore);

    // After it (twice: a second call is harmless) both settings are off and reported as off.
    QCOMPARE(o.disableFailed, 0);
    QCOMPARE(o.disableAgainFailed, 0);
    QCOMPARE(o.limitCur, static_cast<rlim_t>(0));
    QCOMPARE(o.limitMax, static_cast<rlim_t>(0));
    QCOMPARE(o.dumpable, 0);
    QCOMPARE(o.reportedAfter, 1);

    // The child's settings stayed in the child.
    rlimit here{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &here), 0);
    QCOMPARE(here.rlim_cur, inherited.rlim_cur);
    QCOMPARE(here.rlim_max, inherited.rlim_max);
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), dumpableHere);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
