// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Terminal.h"

#include <sodium.h>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace continuum {

namespace {

constexpr std::size_t kMaxSecret = 4096;

std::optional<SecureBytes> readLineFromFd(int fd)
{
    SecureBytes buffer(kMaxSecret);
    if (!buffer.isValid())
        return std::nullopt;
    std::size_t used = 0;
    bool any = false;
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
        if (used < kMaxSecret)
            buffer.data()[used++] = static_cast<unsigned char>(c);
    }
    if (!any)
        return std::nullopt;
    if (used > 0 && buffer.data()[used - 1] == '\r')
        --used;
    return SecureBytes(buffer.data(), used);
}

} // namespace

std::optional<SecureBytes> readSecretFromTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
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

std::optional<SecureBytes> readSecretLine(std::FILE* in)
{
    std::fflush(stdout);
    return readLineFromFd(::fileno(in));
}

} // namespace continuum
