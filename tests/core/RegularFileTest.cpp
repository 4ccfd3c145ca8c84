// Reading a file that comes from the disk: only a regular file, only up to a bound, never a FIFO or device.

#include "util/RegularFile.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class RegularFileRead : public ::testing::Test {
protected:
    QString read(const QString& name, qint64 max = 1024, QByteArray* bytes = nullptr)
    {
        QByteArray ignored;
        QString error;
        const bool ok = RegularFile::read(dir.filePath(name), max, bytes ? bytes : &ignored, &error);
        EXPECT_EQ(ok, error.isEmpty()) << error.toStdString();
        return error;
    }
    QTemporaryDir dir;
};

TEST_F(RegularFileRead, ReadsARegularFileAndASymlinkToOne)
{
    QFile f(dir.filePath(QStringLiteral("a.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    ASSERT_TRUE(QFile::link(QStringLiteral("a.txt"), dir.filePath(QStringLiteral("b.txt"))));
    QByteArray bytes;
    EXPECT_EQ(read(QStringLiteral("b.txt"), 1024, &bytes), QString());
    EXPECT_EQ(bytes, QByteArray("hello"));
}

TEST_F(RegularFileRead, EachKindOfNonFileIsNamed)
{
    ASSERT_EQ(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("folder"))));
    ASSERT_TRUE(QFile::link(QStringLiteral("loop"), dir.filePath(QStringLiteral("loop"))));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), dir.filePath(QStringLiteral("device"))));
    EXPECT_EQ(read(QStringLiteral("fifo")), QStringLiteral("is a named pipe (FIFO), not a regular file"));
    EXPECT_EQ(read(QStringLiteral("folder")), QStringLiteral("is a folder, not a regular file"));
    EXPECT_EQ(read(QStringLiteral("loop")),
              QStringLiteral("is a symbolic link that loops, not a regular file"));
    EXPECT_EQ(read(QStringLiteral("device")), QStringLiteral("is a device, not a regular file"));
    EXPECT_EQ(read(QStringLiteral("missing")), QStringLiteral("does not exist"));
}

TEST_F(RegularFileRead, AFileOverItsBoundIsRefusedAndAHeadIsCut)
{
    QFile f(dir.filePath(QStringLiteral("big")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'x'));
    f.close();
    EXPECT_TRUE(read(QStringLiteral("big"), 1024).startsWith(QStringLiteral("is too large")));
    QByteArray head;
    QString error;
    ASSERT_TRUE(RegularFile::readHead(dir.filePath(QStringLiteral("big")), 100, &head, &error));
    EXPECT_EQ(head.size(), 100);
}

} // namespace
