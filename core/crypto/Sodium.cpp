// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Sodium.h"

#include <sodium.h>

namespace continuum {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (ensureSodium() && n > 0)
        randombytes_buf(out.data(), static_cast<std::size_t>(n));
    return out;
}

} // namespace continuum
