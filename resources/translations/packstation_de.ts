<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>Hier erscheint das zuletzt gedruckte Etikett.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Packstation %1 — %2</source>
        <translation>Packstation %1 — %2</translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation>Noch nichts zum Nachdrucken.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Start-up check done: nothing was left unfinished.</source>
        <translation>Startprüfung abgeschlossen: Nichts war unerledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Start-up check finished %n label(s) left from the last session.</source>
        <translation>
            <numerusform>Startprüfung hat %n offenes Etikett der letzten Sitzung abgeschlossen.</numerusform>
            <numerusform>Startprüfung hat %n offene Etiketten der letzten Sitzung abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The start-up check could not finish; it runs again at the next start.</source>
        <translation>Die Startprüfung konnte nicht abgeschlossen werden; sie läuft beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>A scan is still running</source>
        <translation>Ein Scan läuft noch</translation>
    </message>
    <message>
        <source>A label may be being made right now. Close anyway? The station checks it at the next start.</source>
        <translation>Möglicherweise wird gerade ein Etikett erstellt. Trotzdem schließen? Die Station prüft es beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Nachdruck %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan an order barcode</source>
        <translation>Barcode einer Bestellung scannen</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>Live station</source>
        <translation>Echtbetrieb</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Sendcloud %1: %2</source>
        <translation>Sendcloud %1: %2</translation>
    </message>
    <message>
        <source>Printer: none (labels are saved to files)</source>
        <translation>Drucker: keiner (Etiketten werden als Dateien gespeichert)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>noch nicht benutzt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>Eingriff nötig</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Drucker %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in progress</source>
        <translation>
            <numerusform>%n Scan läuft</numerusform>
            <numerusform>%n Scans laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Keine Scans in Arbeit</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>TRAINING — Übungsbestellungen und ein virtueller Drucker; nichts wird versendet oder bezahlt</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Übungsbarcodes drucken</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>Scan an order barcode.</source>
        <translation>Barcode einer Bestellung scannen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) queued</source>
        <translation>
            <numerusform>%n weiterer Scan wartet</numerusform>
            <numerusform>%n weitere Scans warten</numerusform>
        </translation>
    </message>
    <message>
        <source>WORKING</source>
        <translation>IN ARBEIT</translation>
    </message>
    <message>
        <source>STARTING</source>
        <translation>START</translation>
    </message>
    <message>
        <source>Recovering… checking labels left unfinished by the last session.</source>
        <translation>Wiederherstellung… Unfertige Etiketten der letzten Sitzung werden geprüft.</translation>
    </message>
    <message>
        <source>Scans wait until this is done.</source>
        <translation>Scans warten, bis das erledigt ist.</translation>
    </message>
    <message>
        <source>(station default)</source>
        <translation>(Standard der Station)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Packstation: unexpected error</source>
        <translation>Packstation: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that Packstation did not expect. It was written to the log. Check the last scan in the list before scanning it again.

%1</source>
        <translation>Etwas ist schiefgegangen, womit Packstation nicht gerechnet hat. Es wurde ins Protokoll geschrieben. Prüfen Sie den letzten Scan in der Liste, bevor Sie ihn erneut scannen.

%1</translation>
    </message>
    <message>
        <source>Packstation is already running</source>
        <translation>Packstation läuft bereits</translation>
    </message>
    <message>
        <source>This station is already open in another window. Use that one: two copies could print two labels for one order.</source>
        <translation>Diese Station ist bereits in einem anderen Fenster geöffnet. Verwenden Sie dieses: Zwei Kopien könnten zwei Etiketten für eine Bestellung drucken.</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation kann nicht starten</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>No order %1 in Sendcloud. Check the packing slip and scan again.</source>
        <translation>Keine Bestellung %1 in Sendcloud. Lieferschein prüfen und erneut scannen.</translation>
    </message>
    <message>
        <source>More than one shop has an order %1. Ask your shift lead which one to ship.</source>
        <translation>Mehr als ein Shop hat eine Bestellung %1. Schichtleitung fragen, welche versendet werden soll.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: reprint the old one.</source>
        <translation>Bestellung %1 ist bereits versendet (Sendungsnummer %2). Kein neues Etikett erstellt: das alte nachdrucken.</translation>
    </message>
    <message>
        <source>%1 was just scanned; the second scan was ignored.</source>
        <translation>%1 wurde gerade gescannt; der zweite Scan wurde ignoriert.</translation>
    </message>
    <message>
        <source>That was a badge, not an order. Scan the order&apos;s barcode.</source>
        <translation>Das war ein Ausweis, keine Bestellung. Barcode der Bestellung scannen.</translation>
    </message>
    <message>
        <source>The scan was empty. Scan again.</source>
        <translation>Der Scan war leer. Erneut scannen.</translation>
    </message>
    <message>
        <source>The scan was too short. Scan again.</source>
        <translation>Der Scan war zu kurz. Erneut scannen.</translation>
    </message>
    <message>
        <source>The scan was too long. Scan again.</source>
        <translation>Der Scan war zu lang. Erneut scannen.</translation>
    </message>
    <message>
        <source>The scan has characters an order number cannot have. Scan again.</source>
        <translation>Der Scan enthält Zeichen, die in keiner Bestellnummer vorkommen. Erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner and this computer use different keyboard layouts. Call your shift lead.</source>
        <translation>Scanner und Computer verwenden unterschiedliche Tastaturlayouts. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The printer is not ready. No label was made: fix the printer, then scan again.</source>
        <translation>Der Drucker ist nicht bereit. Kein Etikett erstellt: Drucker in Ordnung bringen, dann erneut scannen.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. No label was made: check its cable and power.</source>
        <translation>Der Drucker ist nicht erreichbar. Kein Etikett erstellt: Kabel und Stromversorgung prüfen.</translation>
    </message>
    <message>
        <source>The printer is busy. No label was made: scan again.</source>
        <translation>Der Drucker ist belegt. Kein Etikett erstellt: erneut scannen.</translation>
    </message>
    <message>
        <source>The label was made but not printed (%2). Fix the printer, then reprint (F5).</source>
        <translation>Das Etikett wurde erstellt, aber nicht gedruckt (%2). Drucker in Ordnung bringen, dann nachdrucken (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>Das Etikett wurde gesendet, aber der Drucker hat es nicht bestätigt. Nur nachdrucken (F5), wenn kein Etikett herauskam.</translation>
    </message>
    <message>
        <source>Sendcloud cannot be reached. Check the network, then scan again.</source>
        <translation>Sendcloud ist nicht erreichbar. Netzwerk prüfen, dann erneut scannen.</translation>
    </message>
    <message>
        <source>Sendcloud did not answer in time. Scan again.</source>
        <translation>Sendcloud hat nicht rechtzeitig geantwortet. Erneut scannen.</translation>
    </message>
    <message>
        <source>Sendcloud has a problem on its side. Wait a minute, then scan again.</source>
        <translation>Sendcloud hat ein Problem auf seiner Seite. Eine Minute warten, dann erneut scannen.</translation>
    </message>
    <message>
        <source>Too many requests to Sendcloud. Wait a moment, then scan again.</source>
        <translation>Zu viele Anfragen an Sendcloud. Kurz warten, dann erneut scannen.</translation>
    </message>
    <message>
        <source>Sendcloud refused this station&apos;s API keys. Call your shift lead.</source>
        <translation>Sendcloud hat die API-Schlüssel dieser Station abgelehnt. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan again; it is checked at next start.</source>
        <translation>Keine eindeutige Antwort von Sendcloud: Möglicherweise gibt es schon ein Etikett. Nicht erneut scannen; es wird beim nächsten Start geprüft.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud hat kein Etikett für %1 erstellt. Erneut scannen.</translation>
    </message>
    <message>
        <source>Label for %1 printed.</source>
        <translation>Etikett für %1 gedruckt.</translation>
    </message>
    <message>
        <source>Label for %1 created.</source>
        <translation>Etikett für %1 erstellt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <source>Looking for the order…</source>
        <translation>Bestellung wird gesucht…</translation>
    </message>
    <message>
        <source>Order found; checking it has no label yet…</source>
        <translation>Bestellung gefunden; prüfen, dass es noch kein Etikett gibt…</translation>
    </message>
    <message>
        <source>Asking Sendcloud for the label…</source>
        <translation>Etikett wird bei Sendcloud angefordert…</translation>
    </message>
    <message>
        <source>Label made; saving it…</source>
        <translation>Etikett erstellt; wird gespeichert…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No clear answer; checking with Sendcloud…</source>
        <translation>Keine eindeutige Antwort; Rückfrage bei Sendcloud…</translation>
    </message>
    <message>
        <source>The printer did not confirm the label.</source>
        <translation>Der Drucker hat das Etikett nicht bestätigt.</translation>
    </message>
    <message>
        <source>Label cancelled.</source>
        <translation>Etikett storniert.</translation>
    </message>
</context>
</TS>
