#include "cli/StandardStreams.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace certdeck {

namespace {
bool g_reserved = false;
bool g_outClosed = false;
bool g_errClosed = false;
} // namespace

void StandardStreams::reserveDescriptors()
{
    if (g_reserved) {
        return;
    }
    g_reserved = true;
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            g_outClosed = g_outClosed || fd == STDOUT_FILENO;
            g_errClosed = g_errClosed || fd == STDERR_FILENO;
            const int null = ::open("/dev/null", O_RDWR); // the lowest free number: this one
            if (null >= 0 && null != fd) {
                ::dup2(null, fd);
                ::close(null);
            }
        }
    }
}

void StandardStreams::Channel::attach(int fd, bool isClosed)
{
    closed = isClosed;
    // Unbuffered: each flush of the text stream is one checked write(2) on the descriptor.
    if (closed) {
        lost.open(QIODevice::WriteOnly);
        stream.setDevice(&lost);
    } else {
        file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
        stream.setDevice(&file);
    }
}

QString StandardStreams::Channel::loss()
{
    stream.flush();
    if (closed) {
        return lost.data().isEmpty() ? QString() : tr("standard output is closed");
    }
    if (stream.status() != QTextStream::Ok || file.error() != QFileDevice::NoError) {
        return file.errorString();
    }
    return {};
}

StandardStreams::StandardStreams(QString program) : m_program(std::move(program))
{
    std::signal(SIGPIPE, SIG_IGN);
    reserveDescriptors(); // a no-op when main() did it first, as it should
    m_out.attach(STDOUT_FILENO, g_outClosed);
    m_err.attach(STDERR_FILENO, g_errClosed);
}

int StandardStreams::finish(int status)
{
    const QString outLoss = m_out.loss();
    if (!outLoss.isEmpty()) {
        m_err.stream << tr("%1: cannot write the output: %2").arg(m_program, outLoss) << '\n';
    }
    const bool errLost = !m_err.loss().isEmpty();
    if ((!outLoss.isEmpty() || errLost) && status == 0) {
        return 1;
    }
    return status;
}

} // namespace certdeck
