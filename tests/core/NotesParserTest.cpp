// The notes parser on both styles: every line in exactly one section, sections under the right topics.

#include "content/NotesParser.h"

#include "TestSupport.h"
#include "content/DeckLoader.h"

#include <QDir>

using namespace certdeck;
using namespace certdeck::test;

namespace {

TopicCatalog repoCatalog()
{
    QList<Diagnostic> diagnostics;
    const QString file = QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/topics.yaml");
    TopicCatalog catalog(DeckLoader::loadTopics(file, readFile(file), diagnostics));
    EXPECT_TRUE(diagnostics.isEmpty()) << describe(diagnostics).toStdString();
    return catalog;
}

/// Sections are contiguous, in order, and cover line 1 to the last line: each line in exactly one.
void expectPartition(const NotesDocument& doc)
{
    ASSERT_FALSE(doc.sections.isEmpty());
    EXPECT_EQ(doc.sections.first().firstLine, 1);
    EXPECT_EQ(doc.sections.last().lastLine, doc.lines.size());
    for (qsizetype i = 0; i < doc.sections.size(); ++i) {
        const NoteSection& s = doc.sections[i];
        EXPECT_LE(s.firstLine, s.lastLine) << s.title.toStdString();
        EXPECT_LE(s.firstLine, s.headingLine) << s.title.toStdString();
        EXPECT_LE(s.headingLine, s.lastLine) << s.title.toStdString();
        EXPECT_FALSE(s.topic.isEmpty()) << s.title.toStdString();
        if (i > 0) {
            EXPECT_EQ(s.firstLine, doc.sections[i - 1].lastLine + 1) << s.title.toStdString();
        }
    }
    for (int line = 1; line <= doc.lines.size(); ++line) {
        EXPECT_GE(doc.sectionIndexAt(line), 0) << "line " << line;
    }
}

/// The section whose title starts with `title`.
const NoteSection* section(const NotesDocument& doc, const QString& title)
{
    for (const NoteSection& s : doc.sections) {
        if (s.title.startsWith(title)) {
            return &s;
        }
    }
    ADD_FAILURE() << "no section titled " << title.toStdString();
    return nullptr;
}

QString topicAt(const NotesDocument& doc, int line)
{
    const qsizetype i = doc.sectionIndexAt(line);
    return i >= 0 ? doc.sections[i].topic : QString();
}

TEST(NotesParser, SplitsLinesAsWritten)
{
    EXPECT_EQ(NotesParser::splitLines("a\nb\n"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(NotesParser::splitLines("a\r\n\r\nb"),
              (QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")}));
    EXPECT_EQ(NotesParser::splitLines("  keep  trailing  \n").first(), QStringLiteral("  keep  trailing  "));
    EXPECT_TRUE(NotesParser::splitLines("").isEmpty());
}

TEST(NotesParser, RuledStyle)
{
    const TopicCatalog catalog = repoCatalog();
    const QByteArray text =
        "EC2, IAM basics,\n"                // 1  first line heads the file
        "        1. IAM - global service\n" // 2
        "        ==\n"                      // 3  rule inside: a sub-section
        "        Read EC2 instance types\n" // 4
        "LB\n"                              // 5  short heading between blocks
        "    ALB : layer 7\n"               // 6
        "=====\n"                           // 7
        "SQL, SNS and Kinesis\n"            // 8  typo "SQL" in a list of topics
        "===\n"                             // 9  underline
        "    SQS = Simple Queue Service\n"  // 10
        "    ===============\n"             // 11
        "    SNS : one message to many\n"   // 12
        "    - data not persisted\n"        // 13
        "    ================\n"            // 14
        "    AWS Kinesis => streaming\n"    // 15
        "\n"                                // 16
        "Route 53 (global service): DNS\n"  // 17 heading underlined after a blank
        "===\n"                             // 18
        "    - A: hostname to IPV4\n"       // 19
        "=\n"                               // 20
        "By default, all DynamoDB tables are encrypted under an AWS owned key, always.\n"; // 21
    const NotesDocument doc = NotesParser(catalog).parse(QStringLiteral("ruled.txt"), text);
    EXPECT_EQ(doc.style, NotesStyle::Ruled);
    ASSERT_EQ(doc.lines.size(), 21);
    expectPartition(doc);

    const NoteSection* first = section(doc, QStringLiteral("EC2, IAM basics"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->headingTopics, (QStringList{QStringLiteral("ec2"), QStringLiteral("iam")}));
    EXPECT_EQ(topicAt(doc, 4), QStringLiteral("ec2"));
    EXPECT_EQ(section(doc, QStringLiteral("Read EC2"))->level, 2);
    EXPECT_EQ(topicAt(doc, 6), QStringLiteral("elb"));

    const NoteSection* list = section(doc, QStringLiteral("SQL, SNS and Kinesis"));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->headingTopics,
              (QStringList{QStringLiteral("sqs"), QStringLiteral("sns"), QStringLiteral("kinesis")}));
    EXPECT_EQ(list->firstLine, 7); // the rule above a heading is the heading's
    EXPECT_EQ(topicAt(doc, 9), QStringLiteral("sqs")) << "an underline stays with its title";
    EXPECT_EQ(topicAt(doc, 10), QStringLiteral("sqs"));
    EXPECT_EQ(topicAt(doc, 13), QStringLiteral("sns"));
    EXPECT_EQ(topicAt(doc, 15), QStringLiteral("kinesis"));
    EXPECT_EQ(topicAt(doc, 19), QStringLiteral("route53"));
    EXPECT_EQ(section(doc, QStringLiteral("Route 53"))->firstLine, 17);
    EXPECT_EQ(topicAt(doc, 21), QStringLiteral("dynamodb")) << "a prose title names its topic anywhere";
}

TEST(NotesParser, BannerStyle)
{
    const TopicCatalog catalog = repoCatalog();
    const QByteArray text = "--------------------\n"    // 1
                            "---------S3---------\n"    // 2
                            "--------------------\n"    // 3
                            "Buckets are regional\n"    // 4  first paragraph: the banner's
                            "\n"                        // 5
                            "MFA Delete\n"              // 6  sub-section
                            "- needs versioning\n"      // 7
                            "\n"                        // 8
                            "----Cost Management----\n" // 9  one-line banner
                            "- create a budget\n"       // 10
                            "-----------\n"             // 11
                            "======IP/CIDR======\n"     // 12
                            "-----------\n"             // 13
                            "Public IP from your ISP\n" // 14
                            "\n"                        // 15
                            "----------ECS----------\n" // 16
                            "Runs containers\n"         // 17
                            "\n"                        // 18
                            "EC2 Launch Type\n"         // 19 another topic named: it moves there
                            "- you manage instances\n"  // 20
                            "\n"                        // 21
                            "IAM roles for ECS Tasks\n" // 22 names the banner's topic: stays
                            "- task role\n"             // 23
                            "\n"                        // 24
                            "API\n"                     // 25 no topic (and no typo match)
                            "- SendMessage\n";          // 26
    const NotesDocument doc = NotesParser(catalog).parse(QStringLiteral("banner.txt"), text);
    EXPECT_EQ(doc.style, NotesStyle::Banner);
    expectPartition(doc);

    const NoteSection* s3 = section(doc, QStringLiteral("S3"));
    ASSERT_TRUE(s3);
    EXPECT_EQ(s3->firstLine, 1);
    EXPECT_EQ(s3->headingLine, 2);
    EXPECT_EQ(s3->topic, QStringLiteral("s3"));
    EXPECT_EQ(section(doc, QStringLiteral("MFA Delete"))->level, 2);
    EXPECT_EQ(topicAt(doc, 7), QStringLiteral("s3"));
    EXPECT_EQ(topicAt(doc, 10), QStringLiteral("billing"));
    EXPECT_EQ(section(doc, QStringLiteral("IP/CIDR"))->firstLine, 11);
    EXPECT_EQ(topicAt(doc, 14), QStringLiteral("vpc"));
    EXPECT_EQ(topicAt(doc, 20), QStringLiteral("ec2"));
    EXPECT_EQ(topicAt(doc, 23), QStringLiteral("ecs"));
    EXPECT_EQ(topicAt(doc, 26), QStringLiteral("ecs"));
}

TEST(NotesParser, BlankLinesBeforeTheFirstBannerBelongToItsSection)
{
    // Found by fuzzing: the blank top of a file became a section whose heading was the banner below it, so a
    // lookup hit on it opened the wrong section.
    const TopicCatalog catalog = repoCatalog();
    const NotesDocument doc = NotesParser(catalog).parse(QStringLiteral("n.txt"),
                                                         "\n\n\n-----\n---RDS---\n-----\nRDS is a service\n");
    expectPartition(doc);
    ASSERT_EQ(doc.sections.size(), 1);
    EXPECT_EQ(doc.sections.first().title, QStringLiteral("RDS"));
    EXPECT_EQ(doc.sections.first().headingLine, 5);
}

TEST(NotesParser, OnlyATitleBetweenRulesMakesABanner)
{
    // The one-pass banner reader must agree with what the notes mean: a long rule is a rule, a rule with
    // text after it is text, a title between long rules is a banner. (Its speed is a benchmark:
    // BM_NotesParserHostileRules.)
    const TopicCatalog catalog = repoCatalog();
    const QByteArray notes =
        "SQS\n" + QByteArray(1 << 16, '-') + "\n---" + QByteArray(8000, ' ') + "x\n  - retention 4 days\n";
    NotesDocument doc = NotesParser(catalog).parse(QStringLiteral("n.txt"), notes);
    expectPartition(doc);
    EXPECT_EQ(doc.style, NotesStyle::Ruled);
    doc = NotesParser(catalog).parse(QStringLiteral("n.txt"), "---" + QByteArray(5000, ' ') + "EC2" +
                                                                  QByteArray(5000, ' ') + "---\nbody\n");
    EXPECT_EQ(doc.style, NotesStyle::Banner);
    ASSERT_EQ(doc.sections.size(), 1);
    EXPECT_EQ(doc.sections.first().title, QStringLiteral("EC2"));
}

TEST(NotesParser, TopicNamesIgnoreCaseAndVendorPrefix)
{
    const TopicCatalog catalog = repoCatalog();
    EXPECT_EQ(catalog.topicsInHeading(QStringLiteral("s3")), QStringList{QStringLiteral("s3")});
    EXPECT_EQ(catalog.topicsInHeading(QStringLiteral("S3")), QStringList{QStringLiteral("s3")});
    EXPECT_EQ(catalog.topicsInHeading(QStringLiteral("Amazon SQS")), QStringList{QStringLiteral("sqs")});
    EXPECT_EQ(catalog.topicsInHeading(QStringLiteral("AWS CloudTrail")),
              QStringList{QStringLiteral("cloudtrail")});
    EXPECT_EQ(catalog.topicsInHeading(QStringLiteral("X-RAY")), QStringList{QStringLiteral("xray")});
    EXPECT_TRUE(catalog.topicsInHeading(QStringLiteral("API")).isEmpty())
        << "a lone word is never typo-matched";
}

class RealNotes : public ::testing::TestWithParam<const char*> {};

TEST_P(RealNotes, EveryLineBelongsToExactlyOneSection)
{
    const QString file =
        QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/notes/") + QString::fromLatin1(GetParam());
    const QByteArray bytes = readFile(file);
    const NotesDocument doc = NotesParser(repoCatalog()).parse(QFileInfo(file).fileName(), bytes);
    const qsizetype expectedLines = bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1);
    EXPECT_EQ(doc.lines.size(), expectedLines);
    expectPartition(doc);
    // The lines as written: joined back they are the file.
    EXPECT_EQ(doc.lines.join(u'\n').toUtf8() + (bytes.endsWith('\n') ? "\n" : ""), bytes);
}

INSTANTIATE_TEST_SUITE_P(BothStyles, RealNotes,
                         ::testing::Values("000_42ab871c923022a8.txt", "002_e7319ff5bf5ed8ff.txt"));

TEST(RealNotesTopics, SolutionsArchitectNotes)
{
    const QString file = QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/notes/000_42ab871c923022a8.txt");
    const NotesDocument doc = NotesParser(repoCatalog()).parse(QStringLiteral("000.txt"), readFile(file));
    EXPECT_EQ(doc.style, NotesStyle::Ruled);
    const NoteSection* list = section(doc, QStringLiteral("SQL, SNS and Kinesis"));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->headingTopics,
              (QStringList{QStringLiteral("sqs"), QStringLiteral("sns"), QStringLiteral("kinesis")}));
    QStringList topicsUnderIt;
    for (int line = list->firstLine; line <= 430; ++line) {
        if (!topicsUnderIt.contains(topicAt(doc, line))) {
            topicsUnderIt.append(topicAt(doc, line));
        }
    }
    EXPECT_EQ(topicsUnderIt,
              (QStringList{QStringLiteral("sqs"), QStringLiteral("sns"), QStringLiteral("kinesis")}));
    EXPECT_EQ(section(doc, QStringLiteral("s3"))->topic, QStringLiteral("s3"));
    EXPECT_EQ(section(doc, QStringLiteral("LB"))->topic, QStringLiteral("elb"));
    EXPECT_EQ(section(doc, QStringLiteral("EBS vs Instance Store vs EFS"))->headingTopics,
              (QStringList{QStringLiteral("ebs"), QStringLiteral("ec2"), QStringLiteral("efs")}));
    EXPECT_EQ(section(doc, QStringLiteral("GP2"))->topic, QStringLiteral("ebs"));
    EXPECT_EQ(section(doc, QStringLiteral("DynamoDB"))->topic, QStringLiteral("dynamodb"));
    EXPECT_EQ(section(doc, QStringLiteral("Route 53"))->topic, QStringLiteral("route53"));
    EXPECT_EQ(topicAt(doc, 541), QStringLiteral("dynamodb"));
}

TEST(RealNotesTopics, DeveloperNotes)
{
    const QString file = QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/notes/002_e7319ff5bf5ed8ff.txt");
    const NotesDocument doc = NotesParser(repoCatalog()).parse(QStringLiteral("002.txt"), readFile(file));
    EXPECT_EQ(doc.style, NotesStyle::Banner);
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("IAM - CLI"), QStringLiteral("iam")},
        {QStringLiteral("Cost Management"), QStringLiteral("billing")},
        {QStringLiteral("EC2"), QStringLiteral("ec2")},
        {QStringLiteral("EBS types"), QStringLiteral("ebs")},
        {QStringLiteral("RDS"), QStringLiteral("rds")},
        {QStringLiteral("ElastiCache"), QStringLiteral("elasticache")},
        {QStringLiteral("Route 53"), QStringLiteral("route53")},
        {QStringLiteral("IP/CIDR"), QStringLiteral("vpc")},
        {QStringLiteral("S3"), QStringLiteral("s3")},
        {QStringLiteral("CloudFront"), QStringLiteral("cloudfront")},
        {QStringLiteral("Encryption & Decryption"), QStringLiteral("kms")},
        {QStringLiteral("Elastic Beanstalk"), QStringLiteral("beanstalk")},
        {QStringLiteral("Amazon SQS"), QStringLiteral("sqs")},
        {QStringLiteral("Amazon SNS"), QStringLiteral("sns")},
        {QStringLiteral("Kinesis"), QStringLiteral("kinesis")},
        {QStringLiteral("X-RAY"), QStringLiteral("xray")},
        {QStringLiteral("Amazon EventBridge"), QStringLiteral("eventbridge")},
        {QStringLiteral("AWS CloudTrail"), QStringLiteral("cloudtrail")},
        {QStringLiteral("Lambda"), QStringLiteral("lambda")},
        {QStringLiteral("DynamoDB"), QStringLiteral("dynamodb")},
    };
    for (const auto& [title, topic] : expected) {
        const NoteSection* s = section(doc, title);
        ASSERT_TRUE(s) << title.toStdString();
        EXPECT_EQ(s->topic, topic) << title.toStdString();
    }
    EXPECT_EQ(section(doc, QStringLiteral("IAM - CLI"))->firstLine, 1);
    EXPECT_EQ(section(doc, QStringLiteral("API"))->topic, QStringLiteral("sqs"));
}

} // namespace
