// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Terminal.h"

#include <sodium.h>

#include <cerrno>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace continuum {

namespace {

Result<SecureBytes> readLineFromFd(int fd)
{
    // One byte of room past the limit, for a carriage return before the newline.
    SecureBytes buffer(kMaxSecretBytes + 1);
    if (!buffer.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    std::size_t used = 0;
    bool any = false;
    bool tooLong = false;
    while (true) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        if (used < buffer.size())
            buffer.data()[used++] = static_cast<unsigned char>(c);
        else
            tooLong = true; // read on to the end of the line, keep nothing more
        c = 0;
    }
    if (!any)
        return makeError(ErrorCode::NotFound, QStringLiteral("no input"));
    if (used > 0 && buffer.data()[used - 1] == '\r')
        --used;
    if (tooLong || used > kMaxSecretBytes)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("longer than %1 bytes; nothing was used").arg(kMaxSecretBytes));
    return SecureBytes(buffer.data(), used);
}

} // namespace

Result<SecureBytes> readSecretFromTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no terminal"));
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(fd, p.constData(), static_cast<size_t>(p.size()));
    termios old{};
    const bool haveTermios = ::tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    auto line = readLineFromFd(fd);
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &old);
    ::close(fd);
    return line;
}

Result<SecureBytes> readSecretLine(std::FILE* in)
{
    std::fflush(stdout);
    return readLineFromFd(::fileno(in));
}

QString askOnTerminal(const QString& question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return {};
    const QByteArray q = question.toLocal8Bit();
    (void)!::write(fd, q.constData(), static_cast<size_t>(q.size()));
    char answer[16] = {};
    ssize_t n = 0;
    do {
        n = ::read(fd, answer, sizeof answer - 1);
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0)
        return {};
    return QString::fromLocal8Bit(answer, static_cast<qsizetype>(n)).trimmed();
}

} // namespace continuum
