<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>certdeck::LookupPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
