// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PageStream.h"

#include "util/AtomicFile.h"
#include "util/SafeFile.h"
#include "vault/PageAuthenticator.h"

#include <QByteArray>

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace continuum {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;
/// Chunks in flight: read and handed to the sink, their check not yet done. 8 MiB of buffers.
constexpr qint64 kSlots = 8;

/// What the reading thread and the checking thread share, under one mutex.
struct Shared {
    std::mutex mutex;
    std::condition_variable changed;
    qint64 published = 0;   ///< chunks read and given to the sink, ready to be checked
    qint64 nextToCheck = 0; ///< the next chunk either thread may claim for checking
    qint64 checked = 0;     ///< chunks whose check is done
    std::vector<qint64> checkedInSlot = std::vector<qint64>(kSlots, -1); ///< last chunk checked in each slot
    quint32 badPage = 0; ///< the first page found whose HMAC does not match; 0 while none
    bool stop = false;   ///< a bad page, or the reader gave up
};

} // namespace

Status PageStream::run(int fd, qint64 pageCount, const Sink& sink) const
{
    const qint64 pageSize = m_pages.pageSize();
    const qint64 chunkPages = std::max<qint64>(1, kChunkBytes / pageSize);
    const qint64 chunks = (pageCount + chunkPages - 1) / chunkPages;
    QByteArray buffers(qsizetype(kSlots * chunkPages * pageSize), Qt::Uninitialized);
    const auto slotOf = [&](qint64 chunk) {
        return reinterpret_cast<unsigned char*>(buffers.data()) + (chunk % kSlots) * chunkPages * pageSize;
    };
    const auto pagesIn = [&](qint64 chunk) { return std::min(chunkPages, pageCount - chunk * chunkPages); };

    Shared shared;
    // Checks one claimed chunk and records the outcome.
    const auto check = [&](qint64 chunk) {
        const unsigned char* data = slotOf(chunk);
        quint32 bad = 0;
        for (qint64 i = 0; i < pagesIn(chunk) && bad == 0; ++i) {
            const auto number = static_cast<quint32>(chunk * chunkPages + i + 1);
            if (!m_pages.check(number, data + i * pageSize))
                bad = number;
        }
        {
            const std::lock_guard lock(shared.mutex);
            shared.checkedInSlot[size_t(chunk % kSlots)] = chunk;
            ++shared.checked;
            if (bad != 0) {
                shared.badPage = shared.badPage == 0 ? bad : std::min(shared.badPage, bad);
                shared.stop = true;
            }
        }
        shared.changed.notify_all();
    };
    // Claims the next published chunk not yet claimed, under the lock.
    const auto claim = [&]() -> std::optional<qint64> {
        if (shared.nextToCheck < shared.published)
            return shared.nextToCheck++;
        return std::nullopt;
    };
    const auto checker = [&] {
        while (true) {
            std::optional<qint64> chunk;
            {
                std::unique_lock lock(shared.mutex);
                shared.changed.wait(lock, [&] {
                    return shared.stop || shared.nextToCheck >= chunks || shared.nextToCheck < shared.published;
                });
                if (shared.stop || shared.nextToCheck >= chunks)
                    return;
                chunk = claim();
            }
            check(*chunk);
        }
    };
    const auto stopWith = [&](Status s) {
        {
            const std::lock_guard lock(shared.mutex);
            shared.stop = true;
        }
        shared.changed.notify_all();
        return s;
    };

    Status outcome;
    {
        std::optional<std::jthread> second;
        try {
            second.emplace(checker);
        } catch (const std::system_error&) {
            // No thread to be had: this one checks every chunk, as slowly as that is.
        }
        for (qint64 chunk = 0; chunk < chunks && outcome.ok(); ++chunk) {
            // The slot's previous chunk must be checked before it is overwritten; help with the checks
            // rather than wait.
            bool stopped = false;
            while (true) {
                std::unique_lock lock(shared.mutex);
                if (shared.stop) {
                    stopped = true;
                    break;
                }
                if (chunk < kSlots || shared.checkedInSlot[size_t(chunk % kSlots)] == chunk - kSlots)
                    break;
                if (const auto mine = claim()) {
                    lock.unlock();
                    check(*mine);
                    continue;
                }
                shared.changed.wait(lock);
            }
            if (stopped)
                break;
            const qint64 bytes = pagesIn(chunk) * pageSize;
            const qint64 n =
                readFully(fd, chunk * chunkPages * pageSize, reinterpret_cast<char*>(slotOf(chunk)), bytes);
            if (n < 0) {
                outcome = stopWith(ioError(errno, QStringLiteral("read the database file")));
                break;
            }
            if (n != bytes) {
                outcome = stopWith(makeError(ErrorCode::DamagedVault,
                                             QStringLiteral("the database file ends before its last page (%1 of %2)")
                                                 .arg(chunk * chunkPages + n / pageSize)
                                                 .arg(pageCount)));
                break;
            }
            if (auto s = sink(QByteArrayView(reinterpret_cast<const char*>(slotOf(chunk)), bytes)); !s) {
                outcome = stopWith(s);
                break;
            }
            {
                const std::lock_guard lock(shared.mutex);
                shared.published = chunk + 1;
            }
            shared.changed.notify_all();
        }
        // The rest of the checks, shared with the other thread; then wait for its last one.
        while (outcome.ok()) {
            std::unique_lock lock(shared.mutex);
            if (shared.stop || shared.checked == chunks)
                break;
            if (const auto mine = claim()) {
                lock.unlock();
                check(*mine);
                continue;
            }
            shared.changed.wait(lock);
        }
    }
    if (!outcome)
        return outcome;
    if (shared.badPage != 0)
        return makeError(
            ErrorCode::DamagedVault,
            QStringLiteral("page %1 of the database fails its authentication check (HMAC)").arg(shared.badPage));
    return {};
}

} // namespace continuum
