<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed: %n box(es)</source>
        <translation>
            <numerusform>Closed: %n box</numerusform>
            <numerusform>Closed: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more line(s) (F2 shows all)</source>
        <translation>
            <numerusform>+%n more line (F2 shows all)</numerusform>
            <numerusform>+%n more lines (F2 shows all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>Item checks caught %n wrong or extra item(s) this shift: %1; most at %2 (%3).</source>
        <translation>
            <numerusform>Item checks caught %n wrong or extra item this shift: %1; most at %2 (%3).</numerusform>
            <numerusform>Item checks caught %n wrong or extra items this shift: %1; most at %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed shipment(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n failed shipment (%1 loaded)</numerusform>
            <numerusform>%n failed shipments (%1 loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message numerus="yes">
        <source>and %n customs document(s)</source>
        <translation>
            <numerusform>and %n customs document</numerusform>
            <numerusform>and %n customs documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Start-up check: %n label(s) from the last session need a look. F5 reprints the last one.</source>
        <translation>
            <numerusform>Start-up check: %n label from the last session needs a look. F5 reprints it.</numerusform>
            <numerusform>Start-up check: %n labels from the last session need a look. F5 reprints the last one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeTools</name>
    <message numerus="yes">
        <source>%n file(s) and folder(s) removed.</source>
        <translation>
            <numerusform>%n file or folder removed.</numerusform>
            <numerusform>%n files and folders removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendcloudTab</name>
    <message numerus="yes">
        <source>Connected: Sendcloud accepted the keys; %n integration(s) on the account.</source>
        <translation>
            <numerusform>Connected: Sendcloud accepted the keys; %n integration on the account.</numerusform>
            <numerusform>Connected: Sendcloud accepted the keys; %n integrations on the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message numerus="yes">
        <source>%n scan(s) in progress</source>
        <translation>
            <numerusform>%n scan in progress</numerusform>
            <numerusform>%n scans in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message numerus="yes">
        <source>%n more scan(s) queued</source>
        <translation>
            <numerusform>%n more scan queued</numerusform>
            <numerusform>%n more scans queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more (F2 shows all)</source>
        <translation>
            <numerusform>+%n more (F2 shows all)</numerusform>
            <numerusform>+%n more (F2 shows all)</numerusform>
        </translation>
    </message>
</context>
</TS>
