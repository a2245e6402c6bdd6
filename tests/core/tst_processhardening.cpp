// SPDX-License-Identifier: GPL-3.0-or-later
// Process hardening: after disableCoreDumps() a crash leaves no core dump. Checked from outside, never by
// asking the system calls the function itself makes:
// - a child hardens itself and aborts; the kernel's wait status and the child's working folder say whether a
//   core was written;
// - a live hardened child is read the way another process sees it: /proc/<pid>/limits for the core size
//   limits, and whether a process of the same user may open its /proc/<pid>/mem, which the kernel refuses
//   for a process that is not dumpable.
// Each case runs in a forked child, because both settings are one-way for an unprivileged process and must
// not leak into this test process. A control child that is not hardened shows, on this machine, that the
// same checks do see a core dump and a dumpable process.

#include "security/ProcessHardening.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace continuum;
using namespace continuum::test;

namespace {

/// The state a child starts from before it calls disableCoreDumps() (or, for the control, does not).
enum class Start {
    Open,          ///< core size limits at the hard maximum, dumpable: a crash writes a core
    SoftLimitZero, ///< RLIMIT_CORE soft 0 but the hard limit left open (a common default)
    LimitsZero,    ///< RLIMIT_CORE 0/0 but still dumpable
    NotDumpable,   ///< PR_SET_DUMPABLE 0 but core size limits open
    BothOffByHand, ///< both settings made by hand, without the function
};

/// What the child does after setting up its starting state.
enum class Then {
    Nothing, ///< the control: not hardened
    Harden,  ///< disableCoreDumps()
};

// Exit statuses of a child that could not do what it was asked.
constexpr int kSetupFailed = 10;
constexpr int kHardenFailed = 11;

bool setUp(Start start, rlim_t max)
{
    rlimit limits{max, max};
    int dumpable = 1;
    switch (start) {
    case Start::Open: break;
    case Start::SoftLimitZero: limits = {0, max}; break;
    case Start::LimitsZero: limits = {0, 0}; break;
    case Start::NotDumpable: dumpable = 0; break;
    case Start::BothOffByHand:
        limits = {0, 0};
        dumpable = 0;
        break;
    }
    return ::setrlimit(RLIMIT_CORE, &limits) == 0 && ::prctl(PR_SET_DUMPABLE, dumpable, 0, 0, 0) == 0;
}

/// In the child: the starting state, then what it was asked to do. Only system calls from here on.
int prepare(Start start, Then then, rlim_t max)
{
    if (!setUp(start, max))
        return kSetupFailed;
    if (then != Then::Nothing && !disableCoreDumps().ok())
        return kHardenFailed;
    return 0;
}

/// Drops a capability for good: from the effective and the permitted set of the calling thread.
bool dropCapability(int capability)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    data[capability / 32].effective &= ~(1u << (capability % 32));
    data[capability / 32].permitted &= ~(1u << (capability % 32));
    return ::syscall(SYS_capset, &header, data) == 0;
}

struct Crash {
    bool forked = false;
    int exitStatus = -1;     ///< when the child exited instead of crashing
    int signal = 0;          ///< the signal that ended it
    bool coreDumped = false; ///< the kernel's word, from the wait status
    QStringList leftBehind;  ///< what appeared in its working folder
};

/// Forks a child that sets up `start`, does `then`, and aborts in an empty folder of its own.
Crash crashInChild(Start start, Then then, rlim_t max)
{
    Crash c;
    QTemporaryDir cwd;
    if (!cwd.isValid())
        return c;
    const QByteArray folder = QFile::encodeName(cwd.path());
    const pid_t pid = ::fork();
    if (pid < 0)
        return c;
    if (pid == 0) {
        if (::chdir(folder.constData()) != 0)
            ::_exit(kSetupFailed);
        if (const int failed = prepare(start, then, max); failed != 0)
            ::_exit(failed);
        ::signal(SIGABRT, SIG_DFL); // not the test library's crash handler
        ::abort();
    }
    c.forked = true;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        c.exitStatus = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) {
        c.signal = WTERMSIG(status);
        c.coreDumped = WCOREDUMP(status);
    }
    c.leftBehind = QDir(cwd.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    return c;
}

/// A live child that set up `start` and did `then`, waiting to be looked at; it exits when this goes.
class LiveChild
{
public:
    LiveChild(Start start, Then then, rlim_t max)
    {
        int ready[2];
        int hold[2];
        if (::pipe(ready) != 0)
            return;
        if (::pipe(hold) != 0) {
            ::close(ready[0]);
            ::close(ready[1]);
            return;
        }
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(ready[0]);
            ::close(hold[1]);
            // Without CAP_SYS_PTRACE, as this process is when it looks: the kernel lets one process open
            // another's memory only if it holds every capability the other is permitted, and the other is
            // dumpable.
            const char result =
                static_cast<char>(dropCapability(CAP_SYS_PTRACE) ? prepare(start, then, max) : kSetupFailed);
            if (::write(ready[1], &result, 1) != 1)
                ::_exit(1);
            char ignored = 0;
            while (::read(hold[0], &ignored, 1) < 0 && errno == EINTR) {
            }
            ::_exit(0);
        }
        ::close(ready[1]);
        ::close(hold[0]);
        m_hold = hold[1];
        if (m_pid > 0) {
            char result = -1;
            ssize_t got = 0;
            do {
                got = ::read(ready[0], &result, 1);
            } while (got < 0 && errno == EINTR);
            m_prepared = got == 1 ? result : -1;
        }
        ::close(ready[0]);
    }
    ~LiveChild()
    {
        if (m_hold >= 0)
            ::close(m_hold); // the child reads end-of-file and exits
        if (m_pid > 0) {
            int status = 0;
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
        }
    }
    LiveChild(const LiveChild&) = delete;
    LiveChild& operator=(const LiveChild&) = delete;

    pid_t pid() const { return m_pid; }
    int prepared() const { return m_prepared; } ///< 0, or the k…Failed status; -1 if it never said

    /// "soft hard" of the "Max core file size" line of /proc/<pid>/limits, as the kernel prints it.
    QString coreLimits() const
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(m_pid));
        if (!limits.open(QIODevice::ReadOnly))
            return QStringLiteral("<cannot read %1>").arg(limits.fileName());
        for (const QByteArray& line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                const QList<QByteArray> cols = line.mid(int(qstrlen("Max core file size"))).simplified().split(' ');
                return cols.size() >= 2 ? QString::fromLatin1(cols.at(0) + ' ' + cols.at(1)) : QString();
            }
        }
        return QStringLiteral("<no core line>");
    }

    /// Whether this process, as an ordinary process of the same user (no CAP_SYS_PTRACE), may open the
    /// child's /proc/<pid>/mem: the kernel refuses it when the child is not dumpable.
    bool memoryOpenableByItsUser() const
    {
        WithoutCapabilities plain{CAP_SYS_PTRACE};
        if (!plain.ok())
            return true; // reported as "openable", which fails a hardened row rather than passing it
        const QByteArray path = QStringLiteral("/proc/%1/mem").arg(m_pid).toLatin1();
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        ::close(fd);
        return true;
    }

private:
    pid_t m_pid = -1;
    int m_hold = -1;
    int m_prepared = -1;
};

/// The hard core size limit this test process may give its children; 0 means none can dump a core.
rlim_t hardCoreLimit()
{
    rlimit here{};
    return ::getrlimit(RLIMIT_CORE, &here) == 0 ? here.rlim_max : 0;
}

QString corePattern()
{
    QFile f(QStringLiteral("/proc/sys/kernel/core_pattern"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()).trimmed() : QStringLiteral("?");
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCrashAfterHardeningLeavesNoCore_data();
    void aCrashAfterHardeningLeavesNoCore();
    void theKernelReportsBothSettingsOff_data();
    void theKernelReportsBothSettingsOff();
    void reportsTheStateItFinds_data();
    void reportsTheStateItFinds();
};

void TestProcessHardening::aCrashAfterHardeningLeavesNoCore_data()
{
    QTest::addColumn<Start>("start");
    QTest::addColumn<Then>("then");
    QTest::addColumn<bool>("coreExpected");
    QTest::addRow("control: not hardened") << Start::Open << Then::Nothing << true;
    QTest::addRow("hardened from limits open, dumpable") << Start::Open << Then::Harden << false;
    QTest::addRow("hardened from soft limit zero") << Start::SoftLimitZero << Then::Harden << false;
    QTest::addRow("hardened from limits zero, dumpable") << Start::LimitsZero << Then::Harden << false;
    QTest::addRow("hardened from not dumpable") << Start::NotDumpable << Then::Harden << false;
}

void TestProcessHardening::aCrashAfterHardeningLeavesNoCore()
{
    QFETCH(Start, start);
    QFETCH(Then, then);
    QFETCH(bool, coreExpected);
    const rlim_t max = hardCoreLimit();
    if (max == 0)
        QSKIP("the hard core size limit is 0 here: no crash can leave a core, so its absence proves nothing");

    // The control first, every time: on this machine, an unhardened crash does leave a core.
    const Crash control = crashInChild(Start::Open, Then::Nothing, max);
    QVERIFY(control.forked);
    QCOMPARE(control.signal, SIGABRT);
    if (!control.coreDumped) {
        QSKIP(qPrintable(QStringLiteral("this machine writes no core dumps (core_pattern \"%1\"), so their "
                                        "absence after hardening would prove nothing")
                             .arg(corePattern())));
    }

    const Crash c = crashInChild(start, then, max);
    QVERIFY(c.forked);
    QCOMPARE(c.exitStatus, -1); // it did crash, after doing all it was asked
    QCOMPARE(c.signal, SIGABRT);
    QCOMPARE(c.coreDumped, coreExpected);
    if (!coreExpected)
        QCOMPARE(c.leftBehind, QStringList());
}

void TestProcessHardening::theKernelReportsBothSettingsOff_data()
{
    QTest::addColumn<Start>("start");
    QTest::addColumn<Then>("then");
    QTest::addColumn<bool>("hardened");
    QTest::addRow("control: not hardened") << Start::Open << Then::Nothing << false;
    QTest::addRow("from limits open, dumpable") << Start::Open << Then::Harden << true;
    QTest::addRow("from soft limit zero") << Start::SoftLimitZero << Then::Harden << true;
    QTest::addRow("from limits zero, dumpable") << Start::LimitsZero << Then::Harden << true;
    QTest::addRow("from not dumpable") << Start::NotDumpable << Then::Harden << true;
    QTest::addRow("from both off by hand") << Start::BothOffByHand << Then::Harden << true;
}

void TestProcessHardening::theKernelReportsBothSettingsOff()
{
    QFETCH(Start, start);
    QFETCH(Then, then);
    QFETCH(bool, hardened);
    const rlim_t max = hardCoreLimit();
    if (max == 0)
        QSKIP("the hard core size limit is already 0 here, so an open starting state cannot be set up");

    LiveChild child(start, then, max);
    QVERIFY(child.pid() > 0);
    QCOMPARE(child.prepared(), 0);
    if (hardened) {
        QCOMPARE(child.coreLimits(), QStringLiteral("0 0"));
        QVERIFY2(!child.memoryOpenableByItsUser(), "the hardened child is still dumpable");
    } else {
        // The control: the same readings see an open limit and a dumpable process.
        QVERIFY2(child.coreLimits() != QStringLiteral("0 0"), qPrintable(child.coreLimits()));
        QVERIFY2(child.memoryOpenableByItsUser(), "a dumpable child's memory cannot be opened: the check sees nothing");
    }

    // The child's settings stayed in the child: this process can still start one with open limits.
    QCOMPARE(hardCoreLimit(), max);
}

void TestProcessHardening::reportsTheStateItFinds_data()
{
    QTest::addColumn<Start>("start");
    QTest::addColumn<bool>("reportedBefore"); ///< worked out from the starting state, by hand
    QTest::addRow("limits open, dumpable") << Start::Open << false;
    QTest::addRow("soft limit zero") << Start::SoftLimitZero << false;
    QTest::addRow("limits zero, dumpable") << Start::LimitsZero << false;
    QTest::addRow("not dumpable, limits open") << Start::NotDumpable << false;
    QTest::addRow("both off by hand") << Start::BothOffByHand << true;
}

void TestProcessHardening::reportsTheStateItFinds()
{
    QFETCH(Start, start);
    QFETCH(bool, reportedBefore);
    const rlim_t max = hardCoreLimit();
    if (max == 0 && start != Start::LimitsZero && start != Start::BothOffByHand)
        QSKIP("the hard core size limit is already 0 here, so this starting state cannot be set up");

    // In a child: what coreDumpsDisabled() says before the call, after it, and after a second call.
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t pid = ::fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        char said[4] = {'x', 'x', 'x', 'x'};
        if (setUp(start, max)) {
            said[0] = coreDumpsDisabled() ? '1' : '0';
            said[1] = disableCoreDumps().ok() ? 'k' : 'f';
            said[2] = disableCoreDumps().ok() ? 'k' : 'f'; // a second call is harmless
            said[3] = coreDumpsDisabled() ? '1' : '0';
        }
        ::_exit(::write(fds[1], said, sizeof said) == static_cast<ssize_t>(sizeof said) ? 0 : 1);
    }
    ::close(fds[1]);
    char said[4] = {};
    ssize_t got = 0;
    do {
        got = ::read(fds[0], said, sizeof said);
    } while (got < 0 && errno == EINTR);
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    QCOMPARE(got, static_cast<ssize_t>(sizeof said));
    QCOMPARE(status, 0); // exited normally, with 0
    QCOMPARE(QString::fromLatin1(said, sizeof said), QString::fromLatin1(reportedBefore ? "1kk1" : "0kk1"));
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
