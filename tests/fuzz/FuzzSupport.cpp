#include "FuzzSupport.h"

#include "FuzzTargets.h"
#include "util/PlainText.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

namespace certdeck::fuzz {

namespace {

QString g_contentDir;
QString g_contentDb;

const Target kTargets[] = {
    {"notes_parser", notesParser},   {"deck_loader", deckLoader},     {"lookup_query", lookupQuery},
    {"cli_arguments", cliArguments}, {"progress_file", progressFile},
};

} // namespace

const Target* targets(std::size_t* count)
{
    *count = sizeof kTargets / sizeof kTargets[0];
    return kTargets;
}

const Target* findTarget(const char* name)
{
    for (const Target& t : kTargets) {
        if (std::strcmp(t.name, name) == 0) {
            return &t;
        }
    }
    return nullptr;
}

void setUp(const char* contentDirectory, const char* contentDatabase)
{
    static int argc = 1;
    static char name[] = "certdeck-fuzz";
    static char* argv[] = {name, nullptr};
    static const std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
    g_contentDir = QString::fromLocal8Bit(contentDirectory);
    g_contentDb = QString::fromLocal8Bit(contentDatabase);
}

bool holdsUnsafe(const QString& text, bool allowLines)
{
    for (const QChar c : text) {
        if (PlainText::isUnsafe(c.unicode()) || (!allowLines && (c == u'\n' || c == u'\t'))) {
            return true;
        }
    }
    return false;
}

const QString& contentDir()
{
    return g_contentDir;
}

const QString& contentDb()
{
    return g_contentDb;
}

QString scratchDir()
{
    static const QTemporaryDir dir;
    return dir.path();
}

} // namespace certdeck::fuzz
