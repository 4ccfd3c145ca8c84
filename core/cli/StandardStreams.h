#pragma once

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTextStream>

namespace certdeck {

/// The process's stdout and stderr as text streams whose every write is checked. Output lost to a full
/// disk, a closed pipe or a closed descriptor turns a successful exit status into 1, with a message on
/// stderr (SIGPIPE is ignored, so a closed pipe is an error to report rather than a silent death).
class StandardStreams {
    Q_DECLARE_TR_FUNCTIONS(StandardStreams)

public:
    /// Makes sure descriptors 0, 1 and 2 are open. Were one closed, the next file the process opens (an
    /// eventfd of the event loop, a database) would take its number, and text meant for stdout would go
    /// there. A closed descriptor gets /dev/null. Call first thing in main(), before QCoreApplication.
    static void reserveDescriptors();

    explicit StandardStreams(QString program);
    StandardStreams(const StandardStreams&) = delete;
    StandardStreams& operator=(const StandardStreams&) = delete;

    QTextStream& out() { return m_out.stream; }
    QTextStream& err() { return m_err.stream; }

    /// Flushes both streams and returns `status`, or 1 when some output did not arrive.
    int finish(int status);

private:
    /// One standard stream: the descriptor, or, when it was closed, memory that tells whether anything
    /// meant for it was lost.
    struct Channel {
        void attach(int fd, bool closed);
        /// Why what was written did not arrive, or an empty string.
        QString loss();

        bool closed = false;
        QFile file;
        QBuffer lost;
        QTextStream stream;
    };

    QString m_program;
    Channel m_out;
    Channel m_err;
};

} // namespace certdeck
