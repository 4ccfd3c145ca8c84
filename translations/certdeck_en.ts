<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Rotation removed %n older backup(s):
</source>
        <translation>
            <numerusform>Rotation removed %n older backup:
</numerusform>
            <numerusform>Rotation removed %n older backups:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam answer(s) (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</source>
        <translation>
            <numerusform>%n exam answer (exam_answer) belongs to an exam attempt that does not exist (exam_attempt)</numerusform>
            <numerusform>%n exam answers (exam_answer) belong to an exam attempt that does not exist (exam_attempt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in review_log are of a card without a schedule (no card_state row)</source>
        <translation>
            <numerusform>%n review in review_log is of a card without a schedule (no card_state row)</numerusform>
            <numerusform>%n reviews in review_log are of a card without a schedule (no card_state row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found
</source>
        <translation>
            <numerusform>%1: %n problem found
</numerusform>
            <numerusform>%1: %n problems found
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDatabase</name>
    <message numerus="yes">
        <source>it is cut short: %n byte(s)</source>
        <translation>
            <numerusform>it is cut short: %n byte</numerusform>
            <numerusform>it is cut short: %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserDialog</name>
    <message numerus="yes">
        <source>%n card(s) could not be suspended: %1</source>
        <extracomment>%1 says why (SQLite&apos;s message)</extracomment>
        <translation>
            <numerusform>%n card could not be suspended: %1</numerusform>
            <numerusform>%n cards could not be suspended: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be unsuspended: %1</source>
        <translation>
            <numerusform>%n card could not be unsuspended: %1</numerusform>
            <numerusform>%n cards could not be unsuspended: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s)</source>
        <extracomment>%1 cards shown of %n in all: &quot;42 of 74 cards&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n card</numerusform>
            <numerusform>%1 of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>After the card count: &quot;42 of 74 cards, 3 selected&quot;</extracomment>
        <translation>
            <numerusform>%1, %n selected</numerusform>
            <numerusform>%1, %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardBrowserModel</name>
    <message numerus="yes">
        <source>overdue %n minute(s)</source>
        <translation>
            <numerusform>overdue %n minute</numerusform>
            <numerusform>overdue %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>overdue %n hour</numerusform>
            <numerusform>overdue %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n time(s)</source>
        <translation>
            <numerusform>Reviewed %n time</numerusform>
            <numerusform>Reviewed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s)</source>
        <translation>
            <numerusform>Forgotten %n time</numerusform>
            <numerusform>Forgotten %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgotten %n time(s) after it was learned</source>
        <translation>
            <numerusform>Forgotten %n time after it was learned</numerusform>
            <numerusform>Forgotten %n times after it was learned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::CardHistoryDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s), oldest first</source>
        <translation>
            <numerusform>%n review, oldest first</numerusform>
            <numerusform>%n reviews, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::FlashcardsPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) come due by the end of tomorrow.</source>
        <translation>
            <numerusform>%n card comes due by the end of tomorrow.</numerusform>
            <numerusform>%n cards come due by the end of tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</source>
        <extracomment>%n new cards wait; %1 is the daily limit of new cards</extracomment>
        <translation>
            <numerusform>%n new card waits; today&apos;s limit of %1 new cards is reached (change it in Settings).</numerusform>
            <numerusform>%n new cards wait; today&apos;s limit of %1 new cards is reached (change it in Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::LookupPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
