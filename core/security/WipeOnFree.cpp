// SPDX-License-Identifier: GPL-3.0-or-later
// Wipe-on-free: this file defines free(), realloc() and reallocarray() for the executable it is linked
// into, and the dynamic linker hands those definitions to every shared library (Qt, SQLCipher, OpenSSL,
// libstdc++'s operator delete), because an executable's symbols come first in the lookup order.
//
// Why: record text (a client's name, their goals, a session note) lives in QString and QByteArray data
// and in SQLite's buffers, all of which come from malloc and go back through free. glibc's free leaves the
// bytes where they were: it writes its list pointers over the first 8 to 32 bytes of the block and nothing
// else, so after the vault locks the text stays readable in the heap until something happens to reuse the
// block. mallopt(M_PERTURB) would fill freed memory, but glibc skips it for blocks that go to the
// per-thread cache (tcache, every block up to 1032 bytes: most strings), and it would fill new
// allocations as well. PRAGMA cipher_memory_security wipes what SQLite frees, not what Qt and our own
// code free. So free() here zeroes the whole usable block, then calls glibc's free. Two kinds of block
// are spared the full memset because nothing of them can stay behind: one with a mapping of its own goes
// back to the kernel, and of a large one only the pages in memory are zeroed (see wipeLarge).
//
// realloc() never calls glibc's realloc, which would move a growing block and free the old one unwiped
// (or split a shrinking one and free the tail unwiped): it returns the same block while it is big enough,
// otherwise allocates, copies and frees the old block through the wiping free. reallocarray() is glibc's
// own entry point (libX11 and libsystemd call it) and reaches glibc's realloc internally, so it is
// redirected here too. The others need nothing: cfree is a compatibility alias of free that no current
// binary can link against; malloc_trim only returns whole free pages to the kernel, and those blocks were
// wiped when they were freed; calloc, memalign, posix_memalign and aligned_alloc only allocate, and what
// they return is freed through free(). What glibc frees internally (stdio buffers, vasprintf, getline)
// does not pass through here.
//
// Executables only, never a library: the definitions must be the first in the lookup order, and under
// AddressSanitizer the sanitizer's runtime defines free itself (CMake does not build this file then).
#include "security/WipeOnFree.h"

#include <dlfcn.h>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

using FreeFunction = void (*)(void*);

std::atomic<FreeFunction> g_nextFree{nullptr};
// Whether the next free is glibc's own, whose block header this file may read (see hasOwnMapping).
std::atomic<bool> g_glibcFree{false};
std::size_t g_pageSize = 4096;

// Set while this thread looks glibc's free up: dlsym may itself free (an earlier dlerror message), and
// that free cannot reach glibc's before the lookup returns.
__attribute__((tls_model("initial-exec"))) thread_local bool t_resolving = false;

FreeFunction nextFree() noexcept
{
    FreeFunction next = g_nextFree.load(std::memory_order_acquire);
    if (next || t_resolving)
        return next;
    t_resolving = true;
    next = reinterpret_cast<FreeFunction>(dlsym(RTLD_NEXT, "free"));
    const bool glibc = next && reinterpret_cast<void*>(next) == dlsym(RTLD_NEXT, "__libc_free");
    t_resolving = false;
    if (next) {
        g_glibcFree.store(glibc, std::memory_order_relaxed);
        g_nextFree.store(next, std::memory_order_release);
    }
    return next;
}

// A block glibc made with a mapping of its own (large ones) goes back to the kernel when freed, and the
// kernel hands out only zeroed pages: nothing of it stays in this process, so it needs no wiping (which
// would cost a memset of megabytes for every offscreen image). glibc marks such a block with bit 1 of
// the size word just before it (IS_MMAPPED in its malloc.c); read only when the allocator is glibc's.
bool hasOwnMapping(const void* block) noexcept
{
    return g_glibcFree.load(std::memory_order_relaxed) && (static_cast<const std::size_t*>(block)[-1] & 2) != 0;
}

// Large blocks are often reserved generously and filled in part (a compression buffer sized for the worst
// case): zeroing them whole would first make the kernel supply every page never touched. Pages that are
// not resident are left to madvise, which also drops a copy the kernel may have put in swap; the pages
// that are resident are zeroed.
void wipeLarge(unsigned char* block, std::size_t size) noexcept
{
    const std::size_t page = g_pageSize;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first = (start + page - 1) & ~(page - 1);
    const std::uintptr_t last = (start + size) & ~(page - 1);
    explicit_bzero(block, first - start);
    explicit_bzero(reinterpret_cast<void*>(last), start + size - last);
    constexpr std::size_t kWindow = 256; // pages a mincore call looks at
    unsigned char resident[kWindow];
    for (std::uintptr_t at = first; at < last; at += kWindow * page) {
        const std::size_t pages = std::min<std::size_t>(kWindow, (last - at) / page);
        auto* base = reinterpret_cast<unsigned char*>(at);
        if (mincore(base, pages * page, resident) != 0) {
            explicit_bzero(base, pages * page);
            continue;
        }
        for (std::size_t i = 0; i < pages;) {
            const bool inMemory = resident[i] & 1;
            std::size_t end = i + 1;
            while (end < pages && bool(resident[end] & 1) == inMemory)
                ++end;
            if (!inMemory && madvise(base + i * page, (end - i) * page, MADV_DONTNEED) == 0) {
                i = end;
                continue;
            }
            explicit_bzero(base + i * page, (end - i) * page);
            i = end;
        }
    }
}

constexpr std::size_t kLargeBlock = 256 * 1024;

void wipeAndFree(void* block) noexcept
{
    const FreeFunction next = nextFree();
    if (!hasOwnMapping(block)) {
        const std::size_t size = malloc_usable_size(block);
        if (size >= kLargeBlock)
            wipeLarge(static_cast<unsigned char*>(block), size);
        else
            explicit_bzero(block, size);
    }
    if (next)
        next(block);
    // Otherwise this is a free made by dlsym while looking up glibc's free: the block is leaked, once,
    // rather than recursing.
}

// A shrinking block moves only when that gives back a lot: more than half of it and at least a page.
bool worthMoving(std::size_t usable, std::size_t wanted) noexcept
{
    return usable - wanted >= 4096 && wanted < usable / 2;
}

// Resolve early, on the main thread, before any other thread can free.
__attribute__((constructor)) void resolveAtStart()
{
    if (const long page = sysconf(_SC_PAGESIZE); page > 0)
        g_pageSize = std::size_t(page);
    (void)nextFree();
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) void free(void* block) noexcept
{
    if (block)
        wipeAndFree(block);
}

__attribute__((visibility("default"))) void* realloc(void* block, std::size_t size) noexcept
{
    if (!block)
        return std::malloc(size);
    if (size == 0) {
        // glibc's realloc(p, 0) frees p and returns a null pointer.
        wipeAndFree(block);
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(block);
    if (size <= usable && !worthMoving(usable, size))
        return block;
    void* moved = std::malloc(size);
    if (!moved)
        return nullptr; // errno is ENOMEM (set by malloc); the old block stays valid, as with glibc's realloc
    std::memcpy(moved, block, size < usable ? size : usable);
    wipeAndFree(block);
    return moved;
}

__attribute__((visibility("default"))) void* reallocarray(void* block, std::size_t count, std::size_t size) noexcept
{
    std::size_t total = 0;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return nullptr;
    }
    return realloc(block, total);
}

} // extern "C"

namespace continuum {

bool wipeOnFreeActive()
{
    // The libraries get these definitions only if the executable exports them (CMake asks the linker to),
    // and only then does a lookup in the global scope find them rather than glibc's.
    const auto resolvesHere = [](const char* name, void* ours) { return dlsym(RTLD_DEFAULT, name) == ours; };
    const FreeFunction next = nextFree();
    return next && next != &::free && resolvesHere("free", reinterpret_cast<void*>(&::free)) &&
           resolvesHere("realloc", reinterpret_cast<void*>(&::realloc)) &&
           resolvesHere("reallocarray", reinterpret_cast<void*>(&::reallocarray));
}

} // namespace continuum
