// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace continuum::test {

/// A SQLite VFS for tests that simulates power loss. It wraps the default ("unix") VFS and, once
/// registered, is the process's default, so unchanged core code (Vault::unlock, the services) runs through
/// it. While armed it keeps, per file, an undo log of every write and truncation since that file's last
/// xSync (which makes them durable and clears the log). At the cut, every later write, truncation, sync and
/// delete fails with SQLITE_IOERR, as if the machine had stopped there; reads, locks and closing keep
/// working so the connection can be closed. revert() then puts the files in a state the disk could hold
/// after the power came back: unsynced writes dropped (all, or a random subset), deletions that were never
/// made durable undone, files never synced since they were created gone, and the wal-index (-shm, which is
/// memory-mapped and never written through the VFS) as chosen by the caller.
///
/// Single-threaded use only (the tests drive one connection at a time).
class PowerLossVfs final
{
public:
    enum class FileKind { MainDb, Wal, Other };
    enum class Op { Write, Truncate, Sync, Delete };

    /// Which operations count towards Plan::cutAt.
    enum class Counting {
        AllFiles,   ///< every write, truncate, sync and delete
        MainDbOnly, ///< only those on a main database file: in WAL mode, checkpoints
    };

    struct Plan {
        quint64 cutAt = 0; ///< the counted operation (1-based) that is the first to fail; 0: only cutNow()
        Counting counting = Counting::AllFiles;
        quint64 staleShmAt = 0; ///< for ShmAfterCut::Stale: the wal-index as before counted operation N
    };

    /// Where the power went.
    struct Cut {
        bool happened = false;
        bool atOperation = false; ///< false: cutNow() between operations
        quint64 operation = 0;    ///< number of the failed operation, counting all files
        Op op = Op::Write;
        FileKind file = FileKind::Other;
        qint64 offset = 0;
        qint64 length = 0;
    };

    /// What of the unsynced writes the disk kept.
    enum class Survivors {
        None,         ///< every write since the file's last sync is lost
        RandomSubset, ///< each such write, and each unlink never made durable, independently kept or lost
    };

    /// The wal-index file after the cut. SQLite rebuilds it when the first connection opens the database,
    /// but anything that reads it before then sees one of these.
    enum class ShmAfterCut {
        AsAtCut, ///< the kernel had written back every page of the mapping
        Deleted, ///< it never reached the directory
        Stale,   ///< written back at Plan::staleShmAt and not since
        Zeroed,  ///< the file's pages never reached the disk
    };

    /// A deliberate fault in revert(), so a test can prove its checks notice lost commits.
    enum class Sabotage {
        None,
        ForgetLastWalSync, ///< also undo the writes that the last effective sync of the write-ahead log made durable
    };

    struct RevertOptions {
        Survivors survivors = Survivors::None;
        ShmAfterCut shm = ShmAfterCut::AsAtCut;
        bool keepCreatedFilesEmpty = false; ///< a file created but never synced: left empty instead of removed
        quint32 seed = 0;                   ///< for Survivors::RandomSubset
        Sabotage sabotage = Sabotage::None;
    };

    struct RevertStats {
        int writesDropped = 0; ///< writes and truncations undone
        qint64 bytesDropped = 0;
        int writesKept = 0; ///< unsynced writes the disk kept (RandomSubset)
        int filesRemoved = 0;
        int filesRestored = 0; ///< deletions undone (the log or wal-index back after a clean close)
        int deletionsKept = 0; ///< deletions never made durable that reached the disk all the same
    };

    /// The VFS, registered as the process's default on first use.
    static PowerLossVfs& instance();

    /// Starts recording with a fresh operation count; the power fails at plan.cutAt.
    void arm(const Plan& plan);
    /// Cuts the power now, between operations (after a clean close, say).
    void cutNow();
    /// The files created so far now exist durably: the code under test synced their folder, which this
    /// VFS cannot see (Vault::unlock does, before it returns, when it writes its session marker).
    void folderSynced();
    /// Stops recording and forgets everything: a plain pass-through again.
    void disarm();

    bool isArmed() const;
    bool isCut() const;
    Cut cut() const;
    /// Operations counted since arm(), all files.
    quint64 operations() const;
    /// Operations counted since arm() that Plan::counting counts.
    quint64 countedOperations() const;

    /// One line per file recorded since arm(): name, kind, unsynced writes, created/deleted (for replays).
    QString describeFiles() const;

    /// Call when every connection is closed: reverts the files to what the disk held after the cut. An
    /// error text if a file could not be restored.
    QString revert(const RevertOptions& options, RevertStats* stats = nullptr);

    /// Whether xSync also calls fsync (default off: durability is what this VFS simulates; a real fsync
    /// per commit only makes the test slow).
    void setRealSync(bool on);

    static const char* name(FileKind kind);
    static const char* name(Op op);

    PowerLossVfs(const PowerLossVfs&) = delete;
    PowerLossVfs& operator=(const PowerLossVfs&) = delete;

private:
    PowerLossVfs();
    ~PowerLossVfs();
};

} // namespace continuum::test
