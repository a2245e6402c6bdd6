// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ProcessHardening.h"

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace continuum {

Status disableCoreDumps()
{
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("setrlimit: ") + QString::fromLocal8Bit(std::strerror(errno)));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("prctl: ") + QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

bool coreDumpsDisabled()
{
    rlimit current{};
    if (::getrlimit(RLIMIT_CORE, &current) != 0)
        return false;
    return current.rlim_cur == 0 && current.rlim_max == 0 && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace continuum
