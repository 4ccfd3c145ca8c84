// certdeck_manpage OUT VERSION DATE: writes certdeck(1) from the command table (core/cli/ManPage.h) to OUT.
// DATE is the release's date as the Debian changelog gives it ("Mon, 23 Nov 2026 08:00:00 +0000").

#include "cli/ManPage.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: certdeck_manpage OUT VERSION DATE\n");
        return 2;
    }
    const QDateTime date = QDateTime::fromString(QString::fromUtf8(argv[3]), Qt::RFC2822Date);
    if (!date.isValid()) {
        std::fprintf(stderr, "certdeck_manpage: not an RFC 2822 date: %s\n", argv[3]);
        return 2;
    }
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(certdeck::manPage(QString::fromUtf8(argv[2]), date.date()).toUtf8()) < 0 || !out.flush()) {
        std::fprintf(stderr, "certdeck_manpage: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
