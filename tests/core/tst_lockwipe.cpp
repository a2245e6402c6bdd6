// SPDX-License-Identifier: GPL-3.0-or-later
// Locking leaves no record text in the process's memory. The test writes records holding marker words (a
// client's chosen name, a goal in the client's words, a session note), unlocks the vault again, reads
// everything back through the services and holds the results, then counts the markers in its own memory;
// drops the results, destroys the services, locks the vault and counts again. After the lock no copy may
// remain: not in SQLite's page cache, not in freed QString data, not anywhere this process can read.
//
// The scan covers every readable mapping except the read-only images of files (the executable, shared
// libraries, the locale archive: they hold what is on disk, and tst_atrest covers the disk), the kernel's
// [vvar]/[vdso]/[vsyscall], and the scanner's own buffer. It reads through /proc/self/mem, so a page that
// cannot be read is skipped instead of faulting. Each marker is looked for as UTF-8 (SQLite, QByteArray)
// and as UTF-16LE (QString), ignoring ASCII case (the search index and the sort key hold folded copies).
// The markers exist in this program only masked: the record text is built from the masked form one
// character at a time and the scan unmasks on the fly, so every plaintext copy is one the program made.
//
// A second test holds the interposer (core/security/WipeOnFree.cpp) to the same scan on its own: a block
// filled with a marker and released through free, realloc (growing, shrinking, to zero) or reallocarray,
// small or large, in the heap or in a mapping of its own, leaves no copy, and realloc keeps the contents.
//
// Both depend on the interposer, and show that they do: tst_lockwipe_control is this file built without
// it (not built by default, not registered with CTest) and must fail. CONTINUUM_LOCKWIPE_MEMORY_SECURITY=off
// runs either binary with PRAGMA cipher_memory_security left off. Not built with the sanitizers: there free
// belongs to ASan, and its shadow memory would make a scan of every readable mapping read terabytes.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#ifndef CONTINUUM_LOCKWIPE_CONTROL
#include "security/WipeOnFree.h"
#endif

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <memory>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);
const QDate kToday(2024, 5, 6);

constexpr unsigned char kMask = 0xA5;
constexpr std::size_t kMaxMarker = 24;

/// A marker word (ASCII letters), held only masked.
struct Marker {
    const char* field = nullptr; ///< what the output calls it: never the word itself
    std::array<unsigned char, kMaxMarker> masked{};
    std::size_t size = 0;
};

/// Masks the word at compile time; the word itself is never emitted into the binary.
consteval Marker masked(const char* field, const char* word)
{
    Marker m;
    m.field = field;
    while (word[m.size] != '\0') {
        m.masked.at(m.size) = static_cast<unsigned char>(word[m.size] ^ kMask);
        ++m.size;
    }
    return m;
}

constexpr std::array kMarkers = {
    masked("client's chosen name", "Quorvathine"),
    masked("goal in the client's words", "Xylomantic"),
    masked("session note", "Brindlewick"),
    masked("freed block", "Pellucidarian"),
};
enum MarkerIndex { ChosenName, GoalWords, NoteText, RecordMarkers, FreedBlock = RecordMarkers };

inline unsigned char plainLower(const Marker& m, std::size_t i)
{
    return static_cast<unsigned char>((m.masked[i] ^ kMask) | 0x20);
}

/// The marker as a QString, built one character at a time: no other plaintext copy is made.
QString reveal(const Marker& m)
{
    QString out;
    out.reserve(qsizetype(m.size));
    for (std::size_t i = 0; i < m.size; ++i)
        out.append(QChar(char16_t(m.masked[i] ^ kMask)));
    return out;
}

/// Whether text holds the marker (exact case), compared without unmasking it into memory.
bool holds(const QString& text, const Marker& m)
{
    const auto size = qsizetype(m.size);
    for (qsizetype at = 0; at + size <= text.size(); ++at) {
        qsizetype i = 0;
        while (i < size && text.at(at + i).unicode() == char16_t(m.masked[std::size_t(i)] ^ kMask))
            ++i;
        if (i == size)
            return true;
    }
    return false;
}

enum class Encoding { Utf8, Utf16 };

/// A place a marker was found.
struct Hit {
    int marker = 0;
    Encoding encoding = Encoding::Utf8;
    quintptr address = 0;
    QByteArray mapping; ///< the /proc/self/maps line it lies in
};

/// Occurrences per marker and encoding, and where they are.
struct Scan {
    std::array<std::array<int, 2>, kMarkers.size()> counts{};
    QList<Hit> hits;
    qint64 bytesScanned = 0;
    int regions = 0;

    int count(int marker, Encoding e) const { return counts[std::size_t(marker)][e == Encoding::Utf8 ? 0 : 1]; }
};

bool matchesAt(const unsigned char* p, const Marker& m, Encoding e)
{
    const std::size_t step = e == Encoding::Utf8 ? 1 : 2;
    for (std::size_t i = 0; i < m.size; ++i) {
        if ((p[i * step] | 0x20) != plainLower(m, i) || (step == 2 && p[i * step + 1] != 0))
            return false;
    }
    return true;
}

/// Counts every marker that starts in data[0, limit) and fits in data[0, size).
void scanBuffer(const unsigned char* data, std::size_t size, std::size_t limit, quintptr base,
                const QByteArray& mapping, Scan& scan)
{
    for (std::size_t k = 0; k < kMarkers.size(); ++k) {
        const Marker& m = kMarkers[k];
        const unsigned char first = plainLower(m, 0);
        for (Encoding e : {Encoding::Utf8, Encoding::Utf16}) {
            const std::size_t bytes = m.size * (e == Encoding::Utf8 ? 1 : 2);
            for (std::size_t at = 0; at < limit && at + bytes <= size; ++at) {
                if ((data[at] | 0x20) != first || !matchesAt(data + at, m, e))
                    continue;
                ++scan.counts[k][e == Encoding::Utf8 ? 0 : 1];
                scan.hits.append({int(k), e, base + at, mapping});
            }
        }
    }
}

/// Whether a mapping of /proc/self/maps is one the scan covers.
bool scanned(const QByteArray& perms, const QByteArray& path)
{
    if (!perms.startsWith('r'))
        return false; // guard pages and reservations
    if (path == "[vvar]" || path == "[vdso]" || path == "[vsyscall]")
        return false; // the kernel's
    // Read-only images of files (the executable, libraries, the locale archive) hold what is on disk.
    return !(path.startsWith('/') && perms.at(1) != 'w');
}

/// Counts the markers in every readable mapping of this process (see the file comment for which).
Scan scanOwnMemory()
{
    Scan scan;
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    constexpr std::size_t kOverlap = 2 * kMaxMarker;
    constexpr std::size_t kPage = 4096;
    // The buffer is a mapping of its own, so the scan can leave it out: it holds copies of what it read.
    void* mapped = ::mmap(nullptr, kChunk + kOverlap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        qFatal("mmap failed");
    auto* buffer = static_cast<unsigned char*>(mapped);
    const auto bufferStart = reinterpret_cast<quintptr>(mapped);
    const quintptr bufferEnd = bufferStart + ((kChunk + kOverlap + kPage - 1) & ~(kPage - 1));

    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0)
        qFatal("cannot open /proc/self/mem");

    const auto scanRange = [&](quintptr start, quintptr end, const QByteArray& line) {
        for (quintptr at = start; at < end; at += kChunk) {
            const std::size_t size = std::min<std::size_t>(kChunk + kOverlap, end - at);
            const std::size_t limit = std::min(kChunk, size);
            if (::pread(mem, buffer, size, off_t(at)) == ssize_t(size)) {
                scanBuffer(buffer, size, limit, at, line, scan);
                scan.bytesScanned += qint64(limit);
                continue;
            }
            // Some page in this chunk cannot be read: go page by page and skip the ones that fail.
            for (std::size_t page = 0; page < limit; page += kPage) {
                const std::size_t pageSize = std::min(kPage + kOverlap, size - page);
                if (::pread(mem, buffer, pageSize, off_t(at + page)) != ssize_t(pageSize))
                    continue;
                scanBuffer(buffer, pageSize, std::min(kPage, pageSize), at + page, line, scan);
                scan.bytesScanned += qint64(std::min(kPage, pageSize));
            }
        }
    };
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5)
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const QByteArray path = fields.size() > 5 ? fields.at(5) : QByteArray();
        if (range.size() != 2 || !scanned(fields.at(1), path))
            continue;
        const quintptr start = range.at(0).toULongLong(nullptr, 16);
        const quintptr end = range.at(1).toULongLong(nullptr, 16);
        ++scan.regions;
        // The buffer's own mapping may have merged with its neighbours: leave out its range, not the line.
        scanRange(start, std::min(end, std::max(start, bufferStart)), line);
        scanRange(std::max(start, std::min(end, bufferEnd)), end, line);
    }
    ::close(mem);
    explicit_bzero(buffer, kChunk + kOverlap);
    ::munmap(mapped, kChunk + kOverlap);
    return scan;
}

QString encodingName(Encoding e)
{
    return e == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("UTF-16");
}

/// Fills size bytes at block with the freed-block marker, repeated: a copy left in any part shows.
void fillWithMarker(void* block, std::size_t size)
{
    const Marker& m = kMarkers[FreedBlock];
    auto* bytes = static_cast<unsigned char*>(block);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = (i % (m.size + 1)) == m.size ? ' ' : static_cast<unsigned char>(m.masked[i % (m.size + 1)] ^ kMask);
    // The compiler may not drop stores into memory that is freed next: it has escaped.
    asm volatile("" : : "r"(block) : "memory");
}

/// Whether size bytes at block still hold what fillWithMarker wrote.
bool stillFilled(const void* block, std::size_t size)
{
    const Marker& m = kMarkers[FreedBlock];
    const auto* bytes = static_cast<const unsigned char*>(block);
    for (std::size_t i = 0; i < size; ++i) {
        const std::size_t at = i % (m.size + 1);
        if (bytes[i] != (at == m.size ? ' ' : static_cast<unsigned char>(m.masked[at] ^ kMask)))
            return false;
    }
    return true;
}

/// The /proc/self/maps name of the mapping holding address ("[heap]", "" for an anonymous one).
QByteArray mappingOf(const void* address)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return "?";
    const auto at = reinterpret_cast<quintptr>(address);
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const QList<QByteArray> range = fields.value(0).split('-');
        if (range.size() == 2 && range.at(0).toULongLong(nullptr, 16) <= at &&
            at < range.at(1).toULongLong(nullptr, 16))
            return fields.value(5);
    }
    return "?";
}

/// Where glibc is to put a large block: in the heap, or in a mapping of its own (mmap).
enum class Placement { Default, Heap, OwnMapping };

/// Sets the size from which glibc gives a block a mapping of its own while it lives; back to glibc's
/// default (128 KiB) afterwards.
class MmapThreshold
{
public:
    explicit MmapThreshold(int bytes) { mallopt(M_MMAP_THRESHOLD, bytes); }
    ~MmapThreshold() { mallopt(M_MMAP_THRESHOLD, 128 << 10); }
    MmapThreshold(const MmapThreshold&) = delete;
    MmapThreshold& operator=(const MmapThreshold&) = delete;
};

enum class Release { Free, Realloc, ReallocArray };

/// What a counselor's screen would hold after unlocking: every read the window makes, kept.
struct Held {
    Client client;
    QList<ClientSummary> list;
    QList<ClientSummary> searched;
    QList<Goal> goals;
    QList<GoalRevision> history;
    SessionRecord session;
    QList<SessionSummary> sessions;
    QList<FollowUpItem> followUps;
};

struct Ids {
    ClientId client;
    GoalId goal;
    SessionId session;
};

} // namespace

class TestLockWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockLeavesNoRecordText();
    void releasedBlocksAreWiped_data();
    void releasedBlocksAreWiped();

private:
    Ids writeRecords(const QString& dir);
};

void TestLockWipe::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // Must come before the first key(): SQLCipher's memory security is process-wide and cannot be undone.
    if (qEnvironmentVariable("CONTINUUM_LOCKWIPE_MEMORY_SECURITY") == QLatin1String("off"))
        Database::setMemorySecurity(false);
#ifdef CONTINUUM_LOCKWIPE_CONTROL
    qInfo("control run: built without the wipe-on-free interposer; this run is expected to fail");
#else
    QVERIFY2(wipeOnFreeActive(), "free() is not the wiping one: is continuum_wipe_on_free linked and exported?");
#endif
    qInfo("SQLCipher memory security: %s", Database::memorySecurity() ? "on" : "off");
}

Ids TestLockWipe::writeRecords(const QString& dir)
{
    Ids ids;
    FixedClock clock(kNow);
    clock.setToday(kToday);
    auto created = createTestVault(dir);
    Domain domain(created.vault->database(), clock);
    if (auto s = domain.counselor().setCounselor({QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}); !s)
        qFatal("counselor: %s", qPrintable(s.error().detail));

    Client client;
    client.chosenName = reveal(kMarkers[ChosenName]);
    client.pronouns = QStringLiteral("they/them");
    auto clientId = domain.clients().create(client);
    if (!clientId)
        qFatal("client: %s", qPrintable(clientId.error().detail));
    ids.client = clientId.value();

    GoalFields goal;
    goal.clientWords = QStringLiteral("I want ") + reveal(kMarkers[GoalWords]) + QStringLiteral(" mornings again");
    goal.lifeArea = LifeArea::Health;
    auto goalId = domain.goals().create(ids.client, goal, {});
    if (!goalId)
        qFatal("goal: %s", qPrintable(goalId.error().detail));
    ids.goal = goalId.value();

    SessionContent session;
    session.date = kToday;
    session.followUp = kToday.addDays(3);
    session.goals = {{ids.goal, StageOfChange::Preparation, false, std::nullopt, std::nullopt, std::nullopt, {}}};
    session.noteFormat = NoteFormat::Dap;
    session.note = {{QStringLiteral("data"),
                     QStringLiteral("Talked about ") + reveal(kMarkers[NoteText]) + QStringLiteral(" and the bus")}};
    auto sessionId = domain.sessions().createDraft(ids.client, session);
    if (!sessionId)
        qFatal("session: %s", qPrintable(sessionId.error().detail));
    ids.session = sessionId.value();
    if (auto s = domain.sessions().sign(ids.session); !s)
        qFatal("sign: %s", qPrintable(s.error().detail));
    created.vault->lock();
    return ids;
}

void TestLockWipe::lockLeavesNoRecordText()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const Ids ids = writeRecords(dir);

    FixedClock clock(kNow);
    clock.setToday(kToday);
    auto unlocked = Vault::unlock(dir, secret(testPassphrase()));
    QVERIFY2(unlocked, qPrintable(unlocked.error().detail));
    std::unique_ptr<Vault> vault = std::move(unlocked).value();
    auto domain = std::make_unique<Domain>(vault->database(), clock);
    auto held = std::make_unique<Held>();
    {
        auto client = domain->clients().client(ids.client);
        auto list = domain->clients().search({});
        // Search as the counselor types it: the first letters of the chosen name.
        auto searched = domain->clients().search({reveal(kMarkers[ChosenName]).left(4)});
        auto goals = domain->goals().goalsForClient(ids.client);
        auto history = domain->goals().history(ids.goal);
        auto session = domain->sessions().session(ids.session);
        auto sessions = domain->sessions().sessionsForClient(ids.client);
        auto followUps = domain->caseload().followUpsThisWeek();
        QVERIFY(client && list && searched && goals && history && session && sessions && followUps);
        *held = {client.value(),  list.value(),    searched.value(), goals.value(),
                 history.value(), session.value(), sessions.value(), followUps.value()};
    }
    // Record text is compared against the masked markers, never printed: QCOMPARE would make copies.
    QVERIFY2(holds(held->client.chosenName, kMarkers[ChosenName]), "the client read back lacks the chosen name");
    QVERIFY2(held->searched.size() == 1 && holds(held->searched.at(0).chosenName, kMarkers[ChosenName]),
             "the search did not find the client");
    QVERIFY2(held->goals.size() == 1 && holds(held->goals.at(0).fields.clientWords, kMarkers[GoalWords]),
             "the goal read back lacks the client's words");
    QVERIFY2(held->session.content.note.size() == 1 && holds(held->session.content.note.at(0).body, kMarkers[NoteText]),
             "the session read back lacks its note");
    QVERIFY2(held->followUps.size() == 1, "the follow-up list does not show the client");

    const Scan before = scanOwnMemory();

    held.reset();
    domain.reset();
    vault->lock();
    vault.reset();

    const Scan after = scanOwnMemory();

    qInfo("scanned %d mappings, %.1f MiB before lock and %d mappings, %.1f MiB after", before.regions,
          double(before.bytesScanned) / (1 << 20), after.regions, double(after.bytesScanned) / (1 << 20));
    QStringList leftovers;
    for (int k = 0; k < RecordMarkers; ++k) {
        for (Encoding e : {Encoding::Utf8, Encoding::Utf16}) {
            qInfo("%-27s %-6s before lock %3d, after lock %3d", kMarkers[std::size_t(k)].field,
                  qPrintable(encodingName(e)), before.count(k, e), after.count(k, e));
        }
    }
    for (const Hit& h : after.hits) {
        if (h.marker >= RecordMarkers)
            continue;
        leftovers.append(QStringLiteral("%1 (%2) at 0x%3 in %4")
                             .arg(QLatin1String(kMarkers[std::size_t(h.marker)].field), encodingName(h.encoding))
                             .arg(h.address, 0, 16)
                             .arg(QString::fromLatin1(h.mapping.simplified())));
    }
    for (const QString& l : std::as_const(leftovers))
        qInfo("after lock: %s", qPrintable(l));

    // The scan sees what is certainly there: the held QStrings and SQLite's cached pages.
    for (int k = 0; k < RecordMarkers; ++k) {
        for (Encoding e : {Encoding::Utf8, Encoding::Utf16}) {
            QVERIFY2(before.count(k, e) > 0,
                     qPrintable(QStringLiteral("%1 (%2) not found before the lock")
                                    .arg(QLatin1String(kMarkers[std::size_t(k)].field), encodingName(e))));
        }
    }
    QCOMPARE(leftovers, QStringList());
}

void TestLockWipe::releasedBlocksAreWiped_data()
{
    QTest::addColumn<Release>("release");
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("filled");  ///< bytes written (the rest never touched)
    QTest::addColumn<qsizetype>("newSize"); ///< for realloc and reallocarray
    QTest::addColumn<Placement>("placement");

    constexpr qsizetype KiB = 1024;
    QTest::addRow("free, 1000 bytes (per-thread cache)")
        << Release::Free << qsizetype(1000) << qsizetype(1000) << qsizetype(0) << Placement::Default;
    QTest::addRow("free, 40 KiB") << Release::Free << 40 * KiB << 40 * KiB << qsizetype(0) << Placement::Default;
    QTest::addRow("free, 1 MiB in the heap, every page written")
        << Release::Free << 1024 * KiB << 1024 * KiB << qsizetype(0) << Placement::Heap;
    QTest::addRow("free, 1 MiB in the heap, first 40 KiB written")
        << Release::Free << 1024 * KiB << 40 * KiB << qsizetype(0) << Placement::Heap;
    QTest::addRow("free, 1 MiB in a mapping of its own")
        << Release::Free << 1024 * KiB << 1024 * KiB << qsizetype(0) << Placement::OwnMapping;
    QTest::addRow("realloc, small growing")
        << Release::Realloc << qsizetype(200) << qsizetype(200) << 5 * KiB << Placement::Default;
    QTest::addRow("realloc, 512 KiB in the heap growing to 2 MiB")
        << Release::Realloc << 512 * KiB << 512 * KiB << 2048 * KiB << Placement::Heap;
    QTest::addRow("realloc, 1 MiB in the heap shrinking to 100 KiB")
        << Release::Realloc << 1024 * KiB << 1024 * KiB << 100 * KiB << Placement::Heap;
    QTest::addRow("realloc, small shrinking in place")
        << Release::Realloc << qsizetype(400) << qsizetype(400) << qsizetype(300) << Placement::Default;
    QTest::addRow("realloc to size zero")
        << Release::Realloc << qsizetype(300) << qsizetype(300) << qsizetype(0) << Placement::Default;
    QTest::addRow("reallocarray, growing")
        << Release::ReallocArray << qsizetype(300) << qsizetype(300) << 8 * KiB << Placement::Default;
}

// The interposer on its own: a block filled with a marker and released through each path leaves no copy,
// and realloc keeps what the block held. (free, realloc and reallocarray here are the executable's own.)
void TestLockWipe::releasedBlocksAreWiped()
{
    QFETCH(Release, release);
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, filled);
    QFETCH(qsizetype, newSize);
    QFETCH(Placement, placement);

    std::optional<MmapThreshold> threshold;
    if (placement != Placement::Default)
        threshold.emplace(placement == Placement::Heap ? 16 << 20 : 128 << 10);
    void* block = std::malloc(std::size_t(size));
    QVERIFY(block);
    if (placement == Placement::Heap)
        QCOMPARE(mappingOf(block), QByteArray("[heap]"));
    if (placement == Placement::OwnMapping)
        QCOMPARE(mappingOf(block), QByteArray()); // anonymous
    // Copies an earlier row left (only where the interposer is missing) are not this row's.
    const int already = scanOwnMemory().count(FreedBlock, Encoding::Utf8);
    fillWithMarker(block, std::size_t(filled));
    QVERIFY2(scanOwnMemory().count(FreedBlock, Encoding::Utf8) > already, "the scan does not see the filled block");

    void* result = nullptr;
    switch (release) {
    case Release::Free: std::free(block); break;
    case Release::Realloc: result = std::realloc(block, std::size_t(newSize)); break;
    case Release::ReallocArray: result = reallocarray(block, std::size_t(newSize), 1); break;
    }
    if (release != Release::Free) {
        if (newSize == 0) {
            QCOMPARE(result, nullptr); // glibc's realloc(p, 0) frees p
        } else {
            QVERIFY(result);
            QVERIFY2(stillFilled(result, std::size_t(std::min(filled, newSize))), "realloc lost the block's bytes");
            QVERIFY(malloc_usable_size(result) >= std::size_t(newSize));
            // What realloc made is released too: a copy left where the block used to be is what counts.
            std::free(result);
        }
    }
    threshold.reset();

    const Scan after = scanOwnMemory();
    const int left = after.count(FreedBlock, Encoding::Utf8) - already;
    if (left > 0) {
        const auto first =
            std::find_if(after.hits.cbegin(), after.hits.cend(), [](const Hit& h) { return h.marker == FreedBlock; });
        qInfo("%d copies left; one at 0x%llx in %s", left, qulonglong(first->address),
              first->mapping.simplified().constData());
    }
    QCOMPARE(left, 0);
}

QTEST_GUILESS_MAIN(TestLockWipe)
#include "tst_lockwipe.moc"
