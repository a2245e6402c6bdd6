// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>

#include <functional>

namespace continuum {

class PageAuthenticator;

/// Streams the pages of an encrypted database file, in order, to a sink (which writes and hashes them),
/// and checks every page's HMAC from the very buffers the sink was given, on a second thread. The caller
/// keeps the file from changing for the duration (a read transaction on the unchanged file).
class PageStream final
{
public:
    /// Takes each run of whole pages in file order; a failure stops the stream and is returned as it is.
    using Sink = std::function<Status(QByteArrayView)>;

    explicit PageStream(const PageAuthenticator& pages)
        : m_pages(pages)
    {}

    /// The first pageCount pages of the file at fd, through sink. DamagedVault naming the first page whose
    /// HMAC does not match (the sink may by then have received it: its output must not be called good);
    /// DamagedVault if the file ends early, Io if it cannot be read, or the sink's own error.
    Status run(int fd, qint64 pageCount, const Sink& sink) const;

private:
    const PageAuthenticator& m_pages;
};

} // namespace continuum
