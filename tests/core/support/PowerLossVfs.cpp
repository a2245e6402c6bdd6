// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PowerLossVfs.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace continuum::test {

namespace {

using FileKind = PowerLossVfs::FileKind;
using Op = PowerLossVfs::Op;

/// One write or truncation that is not durable yet: enough to undo it, and to redo it (RandomSubset).
struct UndoEntry {
    bool truncate = false;
    qint64 offset = 0;   ///< write: where it went; truncation: the new size
    QByteArray oldBytes; ///< what the range held before, as far as it lay within the old size
    qint64 oldSize = 0;
    QByteArray newBytes; ///< write: the data written
};

/// What this VFS knows about one path since arm().
struct FileRecord {
    FileKind kind = FileKind::Other;
    bool created = false; ///< did not exist when first opened after arm()
    bool syncedSinceCreate = false;
    std::vector<UndoEntry> undo;             ///< since the last sync, oldest first
    std::vector<UndoEntry> lastWalSyncBatch; ///< for Sabotage::ForgetLastWalSync
    bool deleted = false;                    ///< deleted without a directory sync: the deletion may not survive
    QByteArray contentAtDeletion;
};

struct ShmSnapshot {
    bool taken = false;
    std::optional<QByteArray> bytes; ///< nullopt: there was no wal-index file
};

/// The wrapper around the real VFS's file object, which SQLite allocates right behind it.
struct WrappedFile {
    sqlite3_file base;
    sqlite3_file* real;
    const char* path; ///< SQLite keeps the name valid until xClose; null for anonymous temporary files
    FileKind kind;
    bool tracked;
};

constexpr int kWrapSize = static_cast<int>((sizeof(WrappedFile) + 7) & ~std::size_t(7));

struct State {
    sqlite3_vfs vfs{};
    sqlite3_vfs* base = nullptr;
    sqlite3_io_methods methods{};
    bool armed = false;
    bool realSync = false;
    PowerLossVfs::Plan plan;
    PowerLossVfs::Cut cut;
    quint64 operations = 0;
    quint64 counted = 0;
    std::map<std::string, FileRecord> files;
    std::map<std::string, ShmSnapshot> shmAtCut;      ///< by main database path
    std::map<std::string, ShmSnapshot> shmStale;      ///< by main database path
    std::map<std::string, ShmSnapshot> shmAtDeletion; ///< by main database path
};

State& state()
{
    static State s;
    return s;
}

WrappedFile* wrapped(sqlite3_file* file)
{
    return reinterpret_cast<WrappedFile*>(file);
}

FileKind kindForFlags(int flags)
{
    if (flags & SQLITE_OPEN_MAIN_DB)
        return FileKind::MainDb;
    if (flags & SQLITE_OPEN_WAL)
        return FileKind::Wal;
    return FileKind::Other;
}

bool exists(const std::string& path)
{
    struct stat info = {};
    return ::lstat(path.c_str(), &info) == 0;
}

std::optional<QByteArray> readWholeFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray out;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    ::close(fd);
    return out;
}

bool pwriteAll(int fd, const QByteArray& bytes, qint64 offset)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done),
                                   static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QString errnoText(const char* what, const std::string& path)
{
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(what), QString::fromStdString(path), QString::fromLocal8Bit(std::strerror(errno)));
}

/// Puts `bytes` at `path` (nullopt: no file there).
QString placeFile(const std::string& path, const std::optional<QByteArray>& bytes)
{
    if (!bytes) {
        if (::unlink(path.c_str()) != 0 && errno != ENOENT)
            return errnoText("cannot remove", path);
        return {};
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errnoText("cannot create", path);
    const bool ok = pwriteAll(fd, *bytes, 0);
    ::close(fd);
    return ok ? QString() : errnoText("cannot write", path);
}

void snapshotShm(std::map<std::string, ShmSnapshot>& into)
{
    State& s = state();
    for (const auto& [path, record] : s.files) {
        if (record.kind != FileKind::MainDb)
            continue;
        into[path] = ShmSnapshot{true, readWholeFile(path + "-shm")};
    }
}

/// Counts one write, truncation, sync or delete. True if the power is off (now or already): the operation
/// must fail without touching the file.
bool powerIsOff(FileKind kind, Op op, qint64 offset, qint64 length)
{
    State& s = state();
    if (!s.armed)
        return false;
    if (s.cut.happened)
        return true;
    ++s.operations;
    if (s.plan.counting == PowerLossVfs::Counting::MainDbOnly && kind != FileKind::MainDb)
        return false;
    ++s.counted;
    if (s.plan.staleShmAt != 0 && s.counted == s.plan.staleShmAt)
        snapshotShm(s.shmStale);
    if (s.plan.cutAt == 0 || s.counted != s.plan.cutAt)
        return false;
    s.cut = PowerLossVfs::Cut{true, true, s.operations, op, kind, offset, length};
    snapshotShm(s.shmAtCut);
    return true;
}

FileRecord* recordFor(WrappedFile* f)
{
    State& s = state();
    if (!s.armed || !f->tracked)
        return nullptr;
    auto [it, inserted] = s.files.try_emplace(f->path);
    if (inserted)
        it->second.kind = f->kind;
    return &it->second;
}

// ---- sqlite3_io_methods ----------------------------------------------------------------------------------

int plClose(sqlite3_file* file)
{
    WrappedFile* f = wrapped(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->real->pMethods = nullptr;
    return rc;
}

int plRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xRead(f->real, buffer, amount, offset);
}

int plWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    WrappedFile* f = wrapped(file);
    if (powerIsOff(f->kind, Op::Write, offset, amount))
        return SQLITE_IOERR_WRITE;
    if (FileRecord* r = recordFor(f)) {
        UndoEntry e;
        e.offset = offset;
        e.newBytes = QByteArray(static_cast<const char*>(buffer), amount);
        sqlite3_int64 size = 0;
        if (const int rc = f->real->pMethods->xFileSize(f->real, &size); rc != SQLITE_OK)
            return rc;
        e.oldSize = size;
        if (offset < size) {
            e.oldBytes.resize(static_cast<qsizetype>(std::min<sqlite3_int64>(amount, size - offset)));
            const int rc =
                f->real->pMethods->xRead(f->real, e.oldBytes.data(), static_cast<int>(e.oldBytes.size()), offset);
            if (rc != SQLITE_OK)
                return rc;
        }
        r->undo.push_back(std::move(e));
    }
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int plTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    WrappedFile* f = wrapped(file);
    if (powerIsOff(f->kind, Op::Truncate, size, 0))
        return SQLITE_IOERR_TRUNCATE;
    if (FileRecord* r = recordFor(f)) {
        UndoEntry e;
        e.truncate = true;
        e.offset = size;
        sqlite3_int64 oldSize = 0;
        if (const int rc = f->real->pMethods->xFileSize(f->real, &oldSize); rc != SQLITE_OK)
            return rc;
        e.oldSize = oldSize;
        if (size < oldSize) {
            e.oldBytes.resize(static_cast<qsizetype>(oldSize - size));
            const int rc =
                f->real->pMethods->xRead(f->real, e.oldBytes.data(), static_cast<int>(e.oldBytes.size()), size);
            if (rc != SQLITE_OK)
                return rc;
        }
        r->undo.push_back(std::move(e));
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int plSync(sqlite3_file* file, int flags)
{
    WrappedFile* f = wrapped(file);
    if (powerIsOff(f->kind, Op::Sync, 0, 0))
        return SQLITE_IOERR_FSYNC;
    if (FileRecord* r = recordFor(f)) {
        if (r->kind == FileKind::Wal && !r->undo.empty())
            r->lastWalSyncBatch = std::move(r->undo);
        r->undo.clear();
        // The unix VFS syncs the directory on the first sync of a journal or log it created.
        r->syncedSinceCreate = true;
    }
    if (!state().realSync)
        return SQLITE_OK;
    return f->real->pMethods->xSync(f->real, flags);
}

int plFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xFileSize(f->real, size);
}

int plLock(sqlite3_file* file, int level)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xLock(f->real, level);
}

int plUnlock(sqlite3_file* file, int level)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xUnlock(f->real, level);
}

int plCheckReservedLock(sqlite3_file* file, int* out)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

int plFileControl(sqlite3_file* file, int op, void* arg)
{
    WrappedFile* f = wrapped(file);
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        // The unix VFS may grow the file here (with a chunk size set): that is a write too.
        if (state().cut.happened)
            return SQLITE_OK;
        sqlite3_int64 before = 0;
        f->real->pMethods->xFileSize(f->real, &before);
        const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
        sqlite3_int64 after = before;
        f->real->pMethods->xFileSize(f->real, &after);
        if (after != before) {
            if (FileRecord* r = recordFor(f))
                r->undo.push_back(UndoEntry{true, after, {}, before, {}});
        }
        return rc;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int plSectorSize(sqlite3_file* file)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int plDeviceCharacteristics(sqlite3_file* file)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

int plShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out)
{
    WrappedFile* f = wrapped(file);
    if (f->real->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    return f->real->pMethods->xShmMap(f->real, page, pageSize, extend, out);
}

int plShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    WrappedFile* f = wrapped(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void plShmBarrier(sqlite3_file* file)
{
    WrappedFile* f = wrapped(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int plShmUnmap(sqlite3_file* file, int deleteFlag)
{
    WrappedFile* f = wrapped(file);
    State& s = state();
    if (deleteFlag && s.armed && f->tracked && f->kind == FileKind::MainDb) {
        // The unix VFS unlinks the wal-index without syncing the directory: it may come back.
        const std::string path(f->path);
        s.shmAtDeletion[path] = ShmSnapshot{true, readWholeFile(path + "-shm")};
    }
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int plFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    WrappedFile* f = wrapped(file);
    if (f->real->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}

int plUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* p)
{
    WrappedFile* f = wrapped(file);
    if (f->real->pMethods->iVersion < 3)
        return SQLITE_OK;
    return f->real->pMethods->xUnfetch(f->real, offset, p);
}

// ---- sqlite3_vfs -----------------------------------------------------------------------------------------

int plOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    State& s = state();
    WrappedFile* f = wrapped(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kWrapSize);
    f->real->pMethods = nullptr;
    f->path = name;
    f->kind = kindForFlags(flags);
    f->tracked = name != nullptr && (flags & SQLITE_OPEN_DELETEONCLOSE) == 0;
    const bool existed = !f->tracked || exists(name);
    const int rc = s.base->xOpen(s.base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->real->pMethods = nullptr;
        return rc;
    }
    if (s.armed && f->tracked) {
        auto [it, inserted] = s.files.try_emplace(name);
        FileRecord& r = it->second;
        if (inserted || (r.deleted && !existed)) {
            // New, or made again after a deletion: from here on it is a new file (the deletion is taken as
            // durable; the tests never reopen a file they saw deleted).
            r = FileRecord{};
            r.kind = f->kind;
            r.created = !existed;
        }
    }
    f->base.pMethods = &s.methods;
    return SQLITE_OK;
}

int plDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    State& s = state();
    FileKind kind = FileKind::Other;
    if (auto it = s.files.find(name); it != s.files.end())
        kind = it->second.kind;
    if (powerIsOff(kind, Op::Delete, 0, 0))
        return SQLITE_IOERR_DELETE;
    if (s.armed) {
        if (syncDir) {
            s.files.erase(name);
        } else if (auto content = readWholeFile(name)) {
            FileRecord& r = s.files[name];
            r.kind = kind;
            r.deleted = true;
            r.contentAtDeletion = std::move(*content);
        }
    }
    return s.base->xDelete(s.base, name, syncDir);
}

int plAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return state().base->xAccess(state().base, name, flags, out);
}

int plFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return state().base->xFullPathname(state().base, name, size, out);
}

void* plDlOpen(sqlite3_vfs*, const char* name)
{
    return state().base->xDlOpen(state().base, name);
}

void plDlError(sqlite3_vfs*, int size, char* out)
{
    state().base->xDlError(state().base, size, out);
}

void (*plDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return state().base->xDlSym(state().base, handle, symbol);
}

void plDlClose(sqlite3_vfs*, void* handle)
{
    state().base->xDlClose(state().base, handle);
}

int plRandomness(sqlite3_vfs*, int size, char* out)
{
    return state().base->xRandomness(state().base, size, out);
}

int plSleep(sqlite3_vfs*, int microseconds)
{
    return state().base->xSleep(state().base, microseconds);
}

int plCurrentTime(sqlite3_vfs*, double* out)
{
    return state().base->xCurrentTime(state().base, out);
}

int plGetLastError(sqlite3_vfs*, int size, char* out)
{
    return state().base->xGetLastError ? state().base->xGetLastError(state().base, size, out) : 0;
}

int plCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return state().base->xCurrentTimeInt64(state().base, out);
}

int plSetSystemCall(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call)
{
    return state().base->xSetSystemCall(state().base, name, call);
}

sqlite3_syscall_ptr plGetSystemCall(sqlite3_vfs*, const char* name)
{
    return state().base->xGetSystemCall(state().base, name);
}

const char* plNextSystemCall(sqlite3_vfs*, const char* name)
{
    return state().base->xNextSystemCall(state().base, name);
}

/// Reverts one file: unsynced writes undone (newest first), then with RandomSubset the kept ones done
/// again in their order. Returns the number kept, or -1 with `error` set.
int revertFile(const std::string& path, const std::vector<UndoEntry>& entries, const PowerLossVfs::RevertOptions& o,
               QRandomGenerator& rng, PowerLossVfs::RevertStats& stats, QString& error)
{
    if (entries.empty())
        return 0;
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        error = errnoText("cannot open", path);
        return -1;
    }
    int kept = 0;
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
        if (!pwriteAll(fd, e->oldBytes, e->offset) || ::ftruncate(fd, static_cast<off_t>(e->oldSize)) != 0) {
            error = errnoText("cannot undo a write to", path);
            ::close(fd);
            return -1;
        }
    }
    for (const UndoEntry& e : entries) {
        const bool keep = o.survivors == PowerLossVfs::Survivors::RandomSubset && rng.bounded(2) == 1;
        if (!keep) {
            ++stats.writesDropped;
            stats.bytesDropped += e.truncate ? 0 : e.newBytes.size();
            continue;
        }
        ++kept;
        ++stats.writesKept;
        const bool ok =
            e.truncate ? ::ftruncate(fd, static_cast<off_t>(e.offset)) == 0 : pwriteAll(fd, e.newBytes, e.offset);
        if (!ok) {
            error = errnoText("cannot redo a write to", path);
            ::close(fd);
            return -1;
        }
    }
    ::close(fd);
    return kept;
}

} // namespace

PowerLossVfs::PowerLossVfs()
{
    State& s = state();
    s.base = sqlite3_vfs_find(nullptr);
    Q_ASSERT(s.base);

    sqlite3_io_methods& m = s.methods;
    m.iVersion = 3;
    m.xClose = plClose;
    m.xRead = plRead;
    m.xWrite = plWrite;
    m.xTruncate = plTruncate;
    m.xSync = plSync;
    m.xFileSize = plFileSize;
    m.xLock = plLock;
    m.xUnlock = plUnlock;
    m.xCheckReservedLock = plCheckReservedLock;
    m.xFileControl = plFileControl;
    m.xSectorSize = plSectorSize;
    m.xDeviceCharacteristics = plDeviceCharacteristics;
    m.xShmMap = plShmMap;
    m.xShmLock = plShmLock;
    m.xShmBarrier = plShmBarrier;
    m.xShmUnmap = plShmUnmap;
    m.xFetch = plFetch;
    m.xUnfetch = plUnfetch;

    sqlite3_vfs& v = s.vfs;
    v.iVersion = std::min(s.base->iVersion, 3);
    v.szOsFile = kWrapSize + s.base->szOsFile;
    v.mxPathname = s.base->mxPathname;
    v.zName = "continuum-powerloss";
    v.xOpen = plOpen;
    v.xDelete = plDelete;
    v.xAccess = plAccess;
    v.xFullPathname = plFullPathname;
    v.xDlOpen = plDlOpen;
    v.xDlError = plDlError;
    v.xDlSym = plDlSym;
    v.xDlClose = plDlClose;
    v.xRandomness = plRandomness;
    v.xSleep = plSleep;
    v.xCurrentTime = plCurrentTime;
    v.xGetLastError = plGetLastError;
    v.xCurrentTimeInt64 = plCurrentTimeInt64;
    v.xSetSystemCall = plSetSystemCall;
    v.xGetSystemCall = plGetSystemCall;
    v.xNextSystemCall = plNextSystemCall;
    const int rc = sqlite3_vfs_register(&v, 1);
    if (rc != SQLITE_OK)
        qFatal("cannot register the power-loss VFS: %s", sqlite3_errstr(rc));
}

PowerLossVfs::~PowerLossVfs() = default;

PowerLossVfs& PowerLossVfs::instance()
{
    static PowerLossVfs vfs;
    return vfs;
}

void PowerLossVfs::arm(const Plan& plan)
{
    disarm();
    State& s = state();
    s.plan = plan;
    s.armed = true;
}

void PowerLossVfs::cutNow()
{
    State& s = state();
    if (!s.armed || s.cut.happened)
        return;
    s.cut = Cut{true, false, s.operations, Op::Write, FileKind::Other, 0, 0};
    snapshotShm(s.shmAtCut);
}

void PowerLossVfs::folderSynced()
{
    State& s = state();
    if (!s.armed || s.cut.happened)
        return;
    for (auto& [path, record] : s.files) {
        if (record.created)
            record.syncedSinceCreate = true;
    }
}

void PowerLossVfs::disarm()
{
    State& s = state();
    s.armed = false;
    s.plan = Plan{};
    s.cut = Cut{};
    s.operations = 0;
    s.counted = 0;
    s.files.clear();
    s.shmAtCut.clear();
    s.shmStale.clear();
    s.shmAtDeletion.clear();
}

bool PowerLossVfs::isArmed() const
{
    return state().armed;
}

bool PowerLossVfs::isCut() const
{
    return state().cut.happened;
}

PowerLossVfs::Cut PowerLossVfs::cut() const
{
    return state().cut;
}

quint64 PowerLossVfs::operations() const
{
    return state().operations;
}

quint64 PowerLossVfs::countedOperations() const
{
    return state().counted;
}

QString PowerLossVfs::describeFiles() const
{
    QStringList lines;
    for (const auto& [path, r] : state().files) {
        const std::size_t slash = path.rfind('/');
        lines.append(QStringLiteral("%1 (%2): %3 unsynced%4%5%6")
                         .arg(QString::fromStdString(slash == std::string::npos ? path : path.substr(slash + 1)),
                              QLatin1String(name(r.kind)))
                         .arg(r.undo.size())
                         .arg(r.created ? QStringLiteral(", created") : QString(),
                              r.created && !r.syncedSinceCreate ? QStringLiteral(", never synced") : QString(),
                              r.deleted ? QStringLiteral(", deleted") : QString()));
    }
    return lines.join(QStringLiteral("; "));
}

void PowerLossVfs::setRealSync(bool on)
{
    state().realSync = on;
}

QString PowerLossVfs::revert(const RevertOptions& options, RevertStats* statsOut)
{
    State& s = state();
    if (!s.armed)
        return QStringLiteral("revert() without arm()");
    cutNow();
    RevertStats stats;
    QRandomGenerator rng(options.seed);
    QString error;
    for (auto& [path, r] : s.files) {
        std::vector<UndoEntry> entries;
        if (options.sabotage == Sabotage::ForgetLastWalSync && r.kind == FileKind::Wal)
            entries = r.lastWalSyncBatch;
        entries.insert(entries.end(), r.undo.begin(), r.undo.end());
        if (r.deleted) {
            // An unlink whose directory was never synced: with RandomSubset it reached the disk or not.
            if (options.survivors == Survivors::RandomSubset && rng.bounded(2) == 1) {
                ++stats.deletionsKept;
                continue;
            }
            if (QString e = placeFile(path, r.contentAtDeletion); !e.isEmpty())
                return e;
            ++stats.filesRestored;
        } else if (!exists(path)) {
            continue; // deleted for good
        }
        const int kept = revertFile(path, entries, options, rng, stats, error);
        if (kept < 0)
            return error;
        if (r.created && !r.syncedSinceCreate && kept == 0 && !options.keepCreatedFilesEmpty) {
            if (QString e = placeFile(path, std::nullopt); !e.isEmpty())
                return e;
            ++stats.filesRemoved;
        }
    }

    for (const auto& [path, r] : s.files) {
        if (r.kind != FileKind::MainDb)
            continue;
        const auto snapshot = [&](const std::map<std::string, ShmSnapshot>& from) -> const ShmSnapshot* {
            const auto it = from.find(path);
            return it == from.end() || !it->second.taken ? nullptr : &it->second;
        };
        // As at the cut; if SQLite had unlinked it by then, the unlink may not have reached the disk.
        std::optional<QByteArray> atCut;
        const ShmSnapshot* unlinked = nullptr;
        if (const ShmSnapshot* c = snapshot(s.shmAtCut); c && c->bytes)
            atCut = c->bytes;
        else if ((unlinked = snapshot(s.shmAtDeletion)))
            atCut = unlinked->bytes;
        const bool unlinkSurvives =
            unlinked && unlinked->bytes && options.survivors == Survivors::RandomSubset && rng.bounded(2) == 1;
        if (unlinkSurvives) {
            ++stats.deletionsKept;
            if (QString e = placeFile(path + "-shm", std::nullopt); !e.isEmpty())
                return e;
            continue;
        }
        std::optional<QByteArray> shm;
        switch (options.shm) {
        case ShmAfterCut::AsAtCut: shm = atCut; break;
        case ShmAfterCut::Deleted: break;
        case ShmAfterCut::Stale: {
            const ShmSnapshot* stale = snapshot(s.shmStale);
            shm = stale ? stale->bytes : atCut;
            break;
        }
        case ShmAfterCut::Zeroed:
            if (atCut)
                shm = QByteArray(atCut->size(), '\0');
            break;
        }
        if (unlinked && unlinked->bytes && shm)
            ++stats.filesRestored;
        if (QString e = placeFile(path + "-shm", shm); !e.isEmpty())
            return e;
    }
    disarm();
    if (statsOut)
        *statsOut = stats;
    return {};
}

const char* PowerLossVfs::name(FileKind kind)
{
    switch (kind) {
    case FileKind::MainDb: return "db";
    case FileKind::Wal: return "wal";
    case FileKind::Other: return "other";
    }
    return "?";
}

const char* PowerLossVfs::name(Op op)
{
    switch (op) {
    case Op::Write: return "write";
    case Op::Truncate: return "truncate";
    case Op::Sync: return "sync";
    case Op::Delete: return "delete";
    }
    return "?";
}

} // namespace continuum::test
