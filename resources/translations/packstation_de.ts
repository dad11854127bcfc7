<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Scanned at</source>
        <translation>Gescannt um</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>All packed</source>
        <translation>Alles eingepackt</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>noch %n</numerusform>
            <numerusform>noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Karton %1</translation>
    </message>
    <message numerus="yes">
        <source>Closed: %n box(es)</source>
        <translation>
            <numerusform>Geschlossen: %n Karton</numerusform>
            <numerusform>Geschlossen: %n Kartons</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm with F4</source>
        <translation>mit F4 bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more line(s) (F2 shows all)</source>
        <translation>
            <numerusform>+%n weitere Zeile (F2 zeigt alle)</numerusform>
            <numerusform>+%n weitere Zeilen (F2 zeigt alle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Void the label</source>
        <translation>Etikett stornieren</translation>
    </message>
    <message>
        <source>Cancel the label of order %1 (tracking %2) at Sendcloud? The label must not be used afterwards. Cancelling is free only on the day the label was created; later the carrier may charge for it or refuse.</source>
        <translation>Das Etikett der Bestellung %1 (Sendungsnummer %2) bei Sendcloud stornieren? Das Etikett darf danach nicht mehr verwendet werden. Stornieren ist nur am Tag der Erstellung kostenlos; später kann der Versanddienstleister Kosten berechnen oder ablehnen.</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Etikett stornieren</translation>
    </message>
    <message>
        <source>Ship a second label</source>
        <translation>Zweites Etikett erstellen</translation>
    </message>
    <message>
        <source>Order %1 already has a label (tracking %2). Make and pay for a second label? Do this only when the first label is lost or damaged, and void the first one if it was never used.</source>
        <translation>Bestellung %1 hat bereits ein Etikett (Sendungsnummer %2). Ein zweites Etikett erstellen und bezahlen? Tun Sie das nur, wenn das erste Etikett verloren oder beschädigt ist, und stornieren Sie das erste, wenn es nie benutzt wurde.</translation>
    </message>
    <message>
        <source>Delete the order</source>
        <translation>Bestellung löschen</translation>
    </message>
    <message>
        <source>Delete order %1 in Sendcloud? Do this only when the shop cancelled it: the order cannot be shipped afterwards.</source>
        <translation>Bestellung %1 in Sendcloud löschen? Tun Sie das nur, wenn der Shop sie storniert hat: Die Bestellung kann danach nicht mehr versendet werden.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Bestellung löschen</translation>
    </message>
    <message>
        <source>Order %1 deleted in Sendcloud.</source>
        <translation>Bestellung %1 in Sendcloud gelöscht.</translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation>Als erledigt markiert: %1</translation>
    </message>
    <message>
        <source>Order %1 updated in Sendcloud. Retry it to make the label.</source>
        <translation>Bestellung %1 in Sendcloud aktualisiert. Versuchen Sie sie erneut, um das Etikett zu erstellen.</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Select the failed orders to retry.</source>
        <translation>Wählen Sie die fehlgeschlagenen Bestellungen aus, die erneut versucht werden sollen.</translation>
    </message>
    <message>
        <source>Select at most %1 orders for one batch retry.</source>
        <translation>Wählen Sie höchstens %1 Bestellungen aus, um sie gemeinsam erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Some selected rows have no order in Sendcloud: retry them one at a time.</source>
        <translation>Einige ausgewählte Zeilen haben keine Bestellung in Sendcloud: Versuchen Sie sie einzeln erneut.</translation>
    </message>
    <message>
        <source>A batch retry takes orders of one shop only: select orders of one shop.</source>
        <translation>Gemeinsam erneut versuchen lassen sich nur Bestellungen eines Shops: Wählen Sie Bestellungen eines einzigen Shops aus.</translation>
    </message>
    <message>
        <source>An order is selected more than once: select each order once.</source>
        <translation>Eine Bestellung ist mehrfach ausgewählt: Wählen Sie jede Bestellung nur einmal aus.</translation>
    </message>
    <message>
        <source>%1 of %2 labels printed.</source>
        <translation>%1 von %2 Etiketten gedruckt.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Failed shipments — %1</source>
        <translation>Fehlgeschlagene Sendungen — %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Fix order…</source>
        <translation>Bestellung &amp;korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>A&amp;uswahl erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>&amp;Nachdrucken</translation>
    </message>
    <message>
        <source>&amp;Void label…</source>
        <translation>Etikett &amp;stornieren…</translation>
    </message>
    <message>
        <source>Second &amp;label…</source>
        <translation>&amp;Zweites Etikett…</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>Bestellung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>Als erledigt &amp;markieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Shift &amp;chart</source>
        <translation>Schicht&amp;diagramm</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message numerus="yes">
        <source>Item checks caught %n wrong or extra item(s) this shift: %1; most at %2 (%3).</source>
        <translation>
            <numerusform>Die Artikelprüfung hat in dieser Schicht %n falschen oder zusätzlichen Artikel abgefangen: %1; die meisten um %2 (%3).</numerusform>
            <numerusform>Die Artikelprüfung hat in dieser Schicht %n falsche oder zusätzliche Artikel abgefangen: %1; die meisten um %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed shipment(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Sendung (%1 geladen)</numerusform>
            <numerusform>%n fehlgeschlagene Sendungen (%1 geladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the failed shipments</source>
        <translation>Fehlgeschlagene Sendungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>%1 (Sendcloud id %2, shop %3)</source>
        <translation>%1 (Sendcloud-ID %2, Shop %3)</translation>
    </message>
    <message>
        <source>Ship to: no shipping address</source>
        <translation>Empfänger: keine Lieferadresse</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The order in Sendcloud now</source>
        <translation>Die Bestellung jetzt in Sendcloud</translation>
    </message>
    <message>
        <source>Select a row to see what happened.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was passiert ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — scanned %2 at %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — gescannt am %2 an Station %3 von %4</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <source>Box %1 printed</source>
        <translation>Karton %1 gedruckt</translation>
    </message>
    <message>
        <source>(history purged)</source>
        <translation>(Verlauf gelöscht)</translation>
    </message>
    <message>
        <source>No order in Sendcloud for this scan.</source>
        <translation>Keine Bestellung in Sendcloud für diesen Scan.</translation>
    </message>
    <message>
        <source>Not connected to Sendcloud.</source>
        <translation>Nicht mit Sendcloud verbunden.</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Anfrage bei Sendcloud…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>any station</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <source>any packer (badge)</source>
        <translation>Alle Packer (Ausweis)</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle Probleme</translation>
    </message>
    <message>
        <source>Any error code</source>
        <translation>Alle Fehlercodes</translation>
    </message>
    <message>
        <source>order or tracking number</source>
        <translation>Bestell- oder Sendungsnummer</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>FirstPinDialog</name>
    <message>
        <source>Set up the shift-lead PIN</source>
        <translation>Schichtleitungs-PIN einrichten</translation>
    </message>
    <message>
        <source>This station has no shift-lead PIN yet. Choose one: settings, batch retries and other lead actions will ask for it.</source>
        <translation>Diese Station hat noch keine Schichtleitungs-PIN. Wählen Sie eine: Einstellungen, gemeinsames erneutes Versuchen und andere Aktionen der Schichtleitung fragen danach.</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>PIN speichern</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Lead&apos;s name</source>
        <translation>Name der Schichtleitung</translation>
    </message>
    <message>
        <source>Current PIN (to change a PIN)</source>
        <translation>Aktuelle PIN (zum Ändern einer PIN)</translation>
    </message>
    <message>
        <source>PIN (%1 to %2 digits)</source>
        <translation>PIN (%1 bis %2 Ziffern)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who did what.</source>
        <translation>Geben Sie Ihren Namen ein: Das Journal hält fest, wer was getan hat.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>FixOrderDialog</name>
    <message>
        <source>Fix order %1</source>
        <translation>Bestellung %1 korrigieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>Hier erscheint das zuletzt gedruckte Etikett.</translation>
    </message>
    <message>
        <source>The label of this scan appears here.</source>
        <translation>Das Etikett dieses Scans erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>and %n customs document(s)</source>
        <translation>
            <numerusform>und %n Zolldokument</numerusform>
            <numerusform>und %n Zolldokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>LeadTools</name>
    <message>
        <source>&amp;Shift lead</source>
        <translation>&amp;Schichtleitung</translation>
    </message>
    <message>
        <source>&amp;Failed shipments…</source>
        <translation>&amp;Fehlgeschlagene Sendungen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock shift-lead mode</source>
        <translation>Schichtleitungsmodus &amp;sperren</translation>
    </message>
    <message>
        <source>Set a lead&apos;s &amp;PIN…</source>
        <translation>&amp;PIN einer Schichtleitung festlegen…</translation>
    </message>
    <message>
        <source>Complete without scanning</source>
        <translation>Ohne Scannen abschließen</translation>
    </message>
    <message>
        <source>Why is order %1 completed without scanning every item?</source>
        <translation>Warum wird Bestellung %1 abgeschlossen, ohne jeden Artikel zu scannen?</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The settings are saved. Restart Packstation to use them.</source>
        <translation>Die Einstellungen sind gespeichert. Starten Sie Packstation neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Set a shift lead&apos;s PIN</source>
        <translation>PIN einer Schichtleitung festlegen</translation>
    </message>
    <message>
        <source>Keep your own name to change your PIN, or type a new lead&apos;s name to give them one. Changing a lead&apos;s PIN needs their current PIN: a lead&apos;s PIN is theirs alone.</source>
        <translation>Lassen Sie Ihren eigenen Namen stehen, um Ihre PIN zu ändern, oder geben Sie den Namen einer neuen Schichtleitung ein, um ihr eine PIN zu geben. Eine bestehende PIN lässt sich nur mit der aktuellen PIN ändern: Nur die jeweilige Schichtleitung kennt sie.</translation>
    </message>
    <message>
        <source>PIN saved for %1.</source>
        <translation>PIN für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Shift lead: %1</source>
        <translation>Schichtleitung: %1</translation>
    </message>
    <message>
        <source>Packer mode</source>
        <translation>Packer-Modus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Packstation</source>
        <translation>Packstation</translation>
    </message>
    <message>
        <source>Packstation %1 — %2</source>
        <translation>Packstation %1 — %2</translation>
    </message>
    <message>
        <source>A scan typed into a dialog went to the scan queue: %1</source>
        <translation>Ein Scan in einem Dialog wurde in die Scan-Warteschlange gestellt: %1</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation kann nicht starten</translation>
    </message>
    <message>
        <source>The station could not open. Scans are refused until this is fixed.</source>
        <translation>Die Station konnte nicht geöffnet werden. Scans werden abgelehnt, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Nothing to reprint: the station is not open.</source>
        <translation>Nichts zum Nachdrucken: Die Station ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation>Noch nichts zum Nachdrucken.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Abgeschlossen, ohne den Rest zu scannen</translation>
    </message>
    <message>
        <source>Completed by %1: %2</source>
        <translation>Abgeschlossen von %1: %2</translation>
    </message>
    <message>
        <source>Every line of this order has a code to scan.</source>
        <translation>Jede Zeile dieser Bestellung hat einen Code zum Scannen.</translation>
    </message>
    <message>
        <source>No order is open for packing: there is no box to close.</source>
        <translation>Keine Bestellung zum Packen offen: kein Karton zu schließen.</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Neuer Karton</translation>
    </message>
    <message>
        <source>No order is open for packing: scan an order first.</source>
        <translation>Keine Bestellung zum Packen offen: zuerst eine Bestellung scannen.</translation>
    </message>
    <message>
        <source>Box size %1</source>
        <translation>Kartongröße %1</translation>
    </message>
    <message>
        <source>Press Esc again to give up packing order %1.</source>
        <translation>Erneut Esc drücken, um das Packen der Bestellung %1 abzubrechen.</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Packen abgebrochen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Start-up check done: nothing was left unfinished.</source>
        <translation>Startprüfung abgeschlossen: Nichts ist unerledigt geblieben.</translation>
    </message>
    <message numerus="yes">
        <source>Start-up check: %n label(s) from the last session need a look. F5 reprints the last one.</source>
        <translation>
            <numerusform>Startprüfung: %n Etikett aus der letzten Sitzung muss geprüft werden. F5 druckt es nach.</numerusform>
            <numerusform>Startprüfung: %n Etiketten aus der letzten Sitzung müssen geprüft werden. F5 druckt das letzte nach.</numerusform>
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
    <message>
        <source>Weighing: put the parcel on the scale and let go of it…</source>
        <translation>Wiegen: Paket auf die Waage legen und loslassen…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Mark resolved</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>How was it resolved? (required)</source>
        <translation>Wie wurde es gelöst? (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
</context>
<context>
    <name>PackersTab</name>
    <message>
        <source>Badge id</source>
        <translation>Ausweis-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add packer</source>
        <translation>Packer hinzufügen</translation>
    </message>
    <message>
        <source>Remove packer</source>
        <translation>Packer entfernen</translation>
    </message>
    <message>
        <source>Packers</source>
        <translation>Packer</translation>
    </message>
    <message>
        <source>The warehouse&apos;s packers: every station shares this list. A badge added here signs in at every station.</source>
        <translation>Die Packer des Lagers: Alle Stationen teilen diese Liste. Mit einem hier hinzugefügten Ausweis meldet sich ein Packer an jeder Station an.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Scanner prefix to strip</source>
        <translation>Zu entfernendes Scanner-Präfix</translation>
    </message>
    <message>
        <source>Scanner suffix to strip</source>
        <translation>Zu entfernendes Scanner-Suffix</translation>
    </message>
    <message>
        <source>Scanner keyboard layout</source>
        <translation>Tastaturlayout des Scanners</translation>
    </message>
    <message>
        <source>Ignore a repeated scan within</source>
        <translation>Wiederholten Scan ignorieren innerhalb von</translation>
    </message>
    <message>
        <source>Scanner keys at most this far apart</source>
        <translation>Scanner-Tasten höchstens so weit auseinander</translation>
    </message>
    <message>
        <source>none: packers do not sign in by badge</source>
        <translation>keine: Packer melden sich nicht per Ausweis an</translation>
    </message>
    <message>
        <source>Badges start with</source>
        <translation>Ausweise beginnen mit</translation>
    </message>
    <message>
        <source>Words separated by commas. A badge is one of these words, then - or :, then its id (1 to 32 letters or digits), for example BADGE-A17.</source>
        <translation>Wörter durch Kommas getrennt. Ein Ausweis ist eines dieser Wörter, dann - oder :, dann seine Kennung (1 bis 32 Buchstaben oder Ziffern), zum Beispiel BADGE-A17.</translation>
    </message>
    <message>
        <source>Badge pattern (written by hand)</source>
        <translation>Format der Ausweisnummer (von Hand geschrieben)</translation>
    </message>
    <message>
        <source>scan or type a badge</source>
        <translation>Ausweis scannen oder eintippen</translation>
    </message>
    <message>
        <source>Try a badge</source>
        <translation>Ausweis testen</translation>
    </message>
    <message>
        <source>Not a badge: this scans as an order number.</source>
        <translation>Kein Ausweis: Das wird als Bestellnummer gescannt.</translation>
    </message>
    <message>
        <source>Badge %1: signs in %2.</source>
        <translation>Ausweis %1: meldet %2 an.</translation>
    </message>
    <message>
        <source>Badge %1: not in the packers list above.</source>
        <translation>Ausweis %1: nicht in der Packer-Liste oben.</translation>
    </message>
    <message>
        <source>Order lookups</source>
        <translation>Suchversuche pro Bestellung</translation>
    </message>
    <message>
        <source>Wait between lookups</source>
        <translation>Wartezeit zwischen Suchversuchen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Shift lead</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Enter your name and your shift-lead PIN.</source>
        <translation>Geben Sie Ihren Namen und Ihre Schichtleitungs-PIN ein.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Enter your name: the PIN is checked as yours.</source>
        <translation>Geben Sie Ihren Namen ein: Die PIN wird für diesen Namen geprüft.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>PracticeTools</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>Übung &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Übung zurücksetzen</translation>
    </message>
    <message>
        <source>Start the practice again? Every practice scan, label and shipment of this training station is forgotten: the practice orders can be shipped again, and the shift-lead PIN is %1 again. The settings stay.</source>
        <translation>Die Übung neu beginnen? Jeder Übungsscan, jedes Etikett und jede Sendung dieser Trainingsstation wird vergessen: Die Übungsbestellungen können wieder versendet werden, und die Schichtleitungs-PIN ist wieder %1. Die Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Resetting the practice…</source>
        <translation>Übung wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Practice reset: every practice order can be shipped again.</source>
        <translation>Übung zurückgesetzt: Jede Übungsbestellung kann wieder versendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s) removed.</source>
        <translation>
            <numerusform>%n Datei oder Ordner entfernt.</numerusform>
            <numerusform>%n Dateien und Ordner entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Label format</source>
        <translation>Etikettenformat</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Etikettenauflösung</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100 — empty: labels only saved</source>
        <translation>tcp://192.168.1.50:9100 — leer: Etiketten nur gespeichert</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Druckeradresse</translation>
    </message>
    <message>
        <source>Printer language</source>
        <translation>Druckersprache</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Ask the printer</source>
        <translation>Drucker abfragen</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>Druckerauflösung</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Etikettengröße</translation>
    </message>
    <message>
        <source>Short side across the head</source>
        <translation>Kurze Seite entlang des Druckkopfs (Hochformat)</translation>
    </message>
    <message>
        <source>Long side across the head</source>
        <translation>Lange Seite entlang des Druckkopfs (Querformat)</translation>
    </message>
    <message>
        <source>Media loaded</source>
        <translation>Etiketten eingelegt</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>Gap between labels</source>
        <translation>Abstand zwischen Etiketten</translation>
    </message>
    <message>
        <source>Move the print down</source>
        <translation>Druck nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the print right</source>
        <translation>Druck nach rechts verschieben</translation>
    </message>
    <message>
        <source>Printer&apos;s own</source>
        <translation>Einstellung des Druckers</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>Druckdichte</translation>
    </message>
    <message>
        <source>Print speed</source>
        <translation>Druckgeschwindigkeit</translation>
    </message>
    <message>
        <source>Copies of each label</source>
        <translation>Exemplare je Etikett</translation>
    </message>
    <message>
        <source>Calibrate media</source>
        <translation>Etiketten kalibrieren</translation>
    </message>
    <message>
        <source>Save as power-up default</source>
        <translation>Als Standard beim Einschalten speichern</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default (%1 dpi)</source>
        <translation>Standard von Sendcloud (%1 dpi)</translation>
    </message>
    <message>
        <source>Test label printed: %1.</source>
        <translation>Testetikett gedruckt: %1.</translation>
    </message>
    <message>
        <source>Media calibration sent: %1.</source>
        <translation>Etikettenkalibrierung gesendet: %1.</translation>
    </message>
    <message>
        <source>Saved as the printer&apos;s power-up default: %1.</source>
        <translation>Als Standard des Druckers beim Einschalten gespeichert: %1.</translation>
    </message>
    <message>
        <source>%1 reports %2 dpi.</source>
        <translation>%1 meldet %2 dpi.</translation>
    </message>
    <message>
        <source>No printer address is set.</source>
        <translation>Es ist keine Druckeradresse eingestellt.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Drucker wird abgefragt…</translation>
    </message>
    <message>
        <source>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — empty: no scale</source>
        <translation>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — leer: keine Waage</translation>
    </message>
    <message>
        <source>Scale address</source>
        <translation>Adresse der Waage</translation>
    </message>
    <message>
        <source>Read the scale</source>
        <translation>Waage ablesen</translation>
    </message>
    <message>
        <source>No scale address is set.</source>
        <translation>Es ist keine Adresse für die Waage eingestellt.</translation>
    </message>
    <message>
        <source>Put something on the scale… (up to %1 s)</source>
        <translation>Etwas auf die Waage legen… (höchstens %1 s)</translation>
    </message>
    <message>
        <source>The scale reads %1.</source>
        <translation>Die Waage zeigt %1.</translation>
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
    <name>ReviewBox</name>
    <message>
        <source>The settings file was changed outside Packstation. Until a shift lead saves these settings, the station keeps the values below as a lead last saved them, and this dialog shows them. Tick a value to take the file&apos;s instead. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Die Einstellungsdatei wurde außerhalb von Packstation geändert. Bis die Schichtleitung diese Einstellungen speichert, behält die Station die Werte unten so, wie die Schichtleitung sie zuletzt gespeichert hat, und dieser Dialog zeigt sie. Einen Wert ankreuzen, um stattdessen den aus der Datei zu übernehmen. Jede Seite prüfen: Speichern macht all das zu den Einstellungen der Schichtleitung.</translation>
    </message>
    <message>
        <source>The settings file was changed outside Packstation. Its changes are in use and shown here. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Die Einstellungsdatei wurde außerhalb von Packstation geändert. Ihre Änderungen sind in Gebrauch und hier zu sehen. Jede Seite prüfen: Speichern macht all das zu den Einstellungen der Schichtleitung.</translation>
    </message>
    <message>
        <source>%1: in use %2; in the file %3</source>
        <translation>%1: in Gebrauch %2; in der Datei %3</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Wert aus der Datei übernehmen</translation>
    </message>
    <message>
        <source>Sendcloud address</source>
        <translation>Sendcloud-Adresse</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>Etikettenformat</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Etikettenauflösung</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Etiketten aufbewahren für</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default</source>
        <translation>Standard von Sendcloud</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
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
    <name>SendcloudTab</name>
    <message>
        <source>Looking for stored keys…</source>
        <translation>Gespeicherte Schlüssel werden gesucht…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>leave empty to keep the stored keys</source>
        <translation>leer lassen, um die gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Integrations (none: all)</source>
        <translation>Integrationen (keine: alle)</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Ship with</source>
        <translation>Versenden mit</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>no brand</source>
        <translation>keine Marke</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>Marken-ID</translation>
    </message>
    <message>
        <source>Apply the account&apos;s shipping rules</source>
        <translation>Versandregeln des Kontos anwenden</translation>
    </message>
    <message>
        <source>Reload from Sendcloud</source>
        <translation>Neu aus Sendcloud laden</translation>
    </message>
    <message>
        <source>Enter both the public and the secret key, or neither.</source>
        <translation>Geben Sie sowohl den öffentlichen als auch den geheimen Schlüssel ein oder keinen von beiden.</translation>
    </message>
    <message>
        <source>No keys stored in this computer&apos;s keyring.</source>
        <translation>Keine Schlüssel im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the keyring (public key %1).</source>
        <translation>Im Schlüsselbund gespeichert (öffentlicher Schlüssel %1).</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Anfrage bei Sendcloud…</translation>
    </message>
    <message>
        <source>Lists loaded from Sendcloud.</source>
        <translation>Listen aus Sendcloud geladen.</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>The account&apos;s default sender address</source>
        <translation>Standard-Absenderadresse des Kontos</translation>
    </message>
    <message>
        <source>Sender address %1</source>
        <translation>Absenderadresse %1</translation>
    </message>
    <message>
        <source>Sendcloud decides (rules, order, defaults)</source>
        <translation>Sendcloud entscheidet (Regeln, Bestellung, Standardwerte)</translation>
    </message>
    <message>
        <source>%1 (not offered for this route)</source>
        <translation>%1 (für diese Strecke nicht angeboten)</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (the most common destination of the last %3 orders).</source>
        <translation>Optionen für %1 → %2 (das häufigste Ziel der letzten %3 Bestellungen).</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (no recent orders: the sender&apos;s own country).</source>
        <translation>Optionen für %1 → %2 (keine neueren Bestellungen: das Land des Absenders).</translation>
    </message>
    <message>
        <source>Any contract (Sendcloud&apos;s default)</source>
        <translation>Beliebiger Vertrag (Standard von Sendcloud)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Sendcloud accepted the keys; %n integration(s) on the account.</source>
        <translation>
            <numerusform>Verbunden: Sendcloud hat die Schlüssel akzeptiert; %n Integration im Konto.</numerusform>
            <numerusform>Verbunden: Sendcloud hat die Schlüssel akzeptiert; %n Integrationen im Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sendcloud refused the API keys (401). Copy the public and the secret key again from the Sendcloud panel (Settings → Integrations → your API integration).</source>
        <translation>Sendcloud hat die API-Schlüssel abgelehnt (401). Kopieren Sie den öffentlichen und den geheimen Schlüssel erneut aus dem Sendcloud-Panel (Einstellungen → Integrationen → Ihre API-Integration).</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Sendcloud</source>
        <translation>Sendcloud</translation>
    </message>
    <message>
        <source>Labels and printer</source>
        <translation>Etiketten und Drucker</translation>
    </message>
    <message>
        <source>Packers and scanner</source>
        <translation>Packer und Scanner</translation>
    </message>
    <message>
        <source>Please fix:</source>
        <translation>Bitte korrigieren:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The printer&apos;s resolution could not be checked: %1</source>
        <translation>Die Auflösung des Druckers konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Saved. Please check:</source>
        <translation>Gespeichert. Bitte prüfen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ShiftChart</name>
    <message>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>Labels per hour</source>
        <translation>Etiketten pro Stunde</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Median scan → print</source>
        <translation>Median Scan → Druck</translation>
    </message>
    <message>
        <source>no packer</source>
        <translation>kein Packer</translation>
    </message>
    <message>
        <source>%1, not a failure</source>
        <translation>%1, kein Fehler</translation>
    </message>
    <message>
        <source>No statistics yet.</source>
        <translation>Noch keine Statistik.</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Opening the station…</source>
        <translation>Station wird geöffnet…</translation>
    </message>
    <message>
        <source>The station is not open</source>
        <translation>Die Station ist nicht geöffnet</translation>
    </message>
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
    <message>
        <source>Packer: %1</source>
        <translation>Packer: %1</translation>
    </message>
    <message>
        <source>Waiting for Sendcloud&apos;s limit: %1 s</source>
        <translation>Warten auf das Sendcloud-Limit: %1 s</translation>
    </message>
    <message>
        <source>Shared journal unreachable: no label is made, scans wait. %1</source>
        <translation>Gemeinsames Journal nicht erreichbar: Es wird kein Etikett erstellt, Scans warten. %1</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <source>Play a sound for every scan</source>
        <translation>Bei jedem Scan einen Ton abspielen</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Hoher Kontrast (weiß auf schwarz)</translation>
    </message>
    <message>
        <source>Theme (from the next start)</source>
        <translation>Design (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock shift-lead mode after</source>
        <translation>Schichtleitungsmodus sperren nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Etiketten aufbewahren für</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>TRAINING — Übungsbestellungen und ein virtueller Drucker; nichts wird versendet oder bezahlt</translation>
    </message>
    <message>
        <source>Shift lead for practice: %1, PIN %2</source>
        <translation>Schichtleitung zum Üben: %1, PIN %2</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Übungsbarcodes drucken</translation>
    </message>
    <message>
        <source>No program on this computer opened the practice barcodes (a PDF). Print the file: %1</source>
        <translation>Kein Programm auf diesem Computer hat die Übungsbarcodes (ein PDF) geöffnet. Drucken Sie die Datei: %1</translation>
    </message>
</context>
<context>
    <name>TrainingScale</name>
    <message>
        <source>Training scale</source>
        <translation>Übungswaage</translation>
    </message>
    <message>
        <source>weight, e.g. 1.25 kg</source>
        <translation>Gewicht, z. B. 1,25 kg</translation>
    </message>
    <message>
        <source>Put on scale (F6)</source>
        <translation>Auf die Waage (F6)</translation>
    </message>
    <message>
        <source>Take off (F7)</source>
        <translation>Herunternehmen (F7)</translation>
    </message>
    <message>
        <source>Scale: empty</source>
        <translation>Waage: leer</translation>
    </message>
    <message>
        <source>Type a weight with its unit, such as 1.25 kg, 800 g or 2.5 lb.</source>
        <translation>Ein Gewicht mit Einheit eingeben, etwa 1,25 kg, 800 g oder 2,5 lb.</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Waage: %1</translation>
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
        <translation>STARTET</translation>
    </message>
    <message>
        <source>Opening the station…</source>
        <translation>Station wird geöffnet…</translation>
    </message>
    <message>
        <source>You can scan already: scans wait until the station is open.</source>
        <translation>Sie können schon scannen: Scans warten, bis die Station geöffnet ist.</translation>
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
        <source>chosen by Sendcloud</source>
        <translation>von Sendcloud gewählt</translation>
    </message>
    <message numerus="yes">
        <source>+%n more (F2 shows all)</source>
        <translation>
            <numerusform>+%n weitere (F2 zeigt alle)</numerusform>
            <numerusform>+%n weitere (F2 zeigt alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>weight limit not checked</source>
        <translation>Gewichtsgrenze nicht geprüft</translation>
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
        <translation>Diese Station ist bereits in einem anderen Fenster geöffnet. Verwenden Sie das andere Fenster: Zwei geöffnete Instanzen könnten zwei Etiketten für eine Bestellung drucken.</translation>
    </message>
    <message>
        <source>The station could not open: %1. It was written to the log.</source>
        <translation>Die Station konnte nicht geöffnet werden: %1. Der Fehler wurde ins Protokoll geschrieben.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>Order not found</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <source>Label not created</source>
        <translation>Etikett nicht erstellt</translation>
    </message>
    <message>
        <source>Created but not printed</source>
        <translation>Erstellt, aber nicht gedruckt</translation>
    </message>
    <message>
        <source>Station fault</source>
        <translation>Stationsfehler</translation>
    </message>
    <message>
        <source>Printer settings wrong</source>
        <translation>Druckereinstellungen falsch</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>PIN abgelehnt</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Zweimal gescannt</translation>
    </message>
    <message>
        <source>Badge unknown</source>
        <translation>Ausweis unbekannt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Item packed</source>
        <translation>Artikel eingepackt</translation>
    </message>
    <message>
        <source>Being packed</source>
        <translation>Wird gepackt</translation>
    </message>
    <message>
        <source>Box closed</source>
        <translation>Karton geschlossen</translation>
    </message>
    <message>
        <source>Box size chosen</source>
        <translation>Kartongröße gewählt</translation>
    </message>
    <message>
        <source>Box size not chosen</source>
        <translation>Kartongröße nicht gewählt</translation>
    </message>
    <message>
        <source>Unknown box size</source>
        <translation>Unbekannte Kartongröße</translation>
    </message>
    <message>
        <source>Box empty</source>
        <translation>Karton leer</translation>
    </message>
    <message>
        <source>Boxes do not hold the order</source>
        <translation>Kartons enthalten nicht die Bestellung</translation>
    </message>
    <message>
        <source>Several boxes not offered</source>
        <translation>Mehrere Kartons nicht möglich</translation>
    </message>
    <message>
        <source>Order line without item id</source>
        <translation>Position ohne Artikel-ID</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Packen abgebrochen</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Keine Bestellung offen</translation>
    </message>
    <message>
        <source>Items must be scanned</source>
        <translation>Artikel müssen gescannt werden</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Too many of an item</source>
        <translation>Zu viele Stück eines Artikels</translation>
    </message>
    <message>
        <source>Unreadable item code</source>
        <translation>Unlesbarer Artikelcode</translation>
    </message>
    <message>
        <source>Unknown case code</source>
        <translation>Unbekannter Umkarton-Code</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Nachgedruckt</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Druckerstatus unbekannt</translation>
    </message>
    <message>
        <source>Document not printed</source>
        <translation>Dokument nicht gedruckt</translation>
    </message>
    <message>
        <source>ZPL label: reprint as PDF</source>
        <translation>ZPL-Etikett: als PDF nachdrucken</translation>
    </message>
    <message>
        <source>Label unreadable</source>
        <translation>Etikett unlesbar</translation>
    </message>
    <message>
        <source>Label too large</source>
        <translation>Etikett zu groß</translation>
    </message>
    <message>
        <source>Label file unreadable</source>
        <translation>Etikettendatei unlesbar</translation>
    </message>
    <message>
        <source>Not allowed for these keys</source>
        <translation>Für diese Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found at Sendcloud</source>
        <translation>Bei Sendcloud nicht gefunden</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Label still in the making</source>
        <translation>Etikett noch in Arbeit</translation>
    </message>
    <message>
        <source>Cancel refused</source>
        <translation>Stornierung abgelehnt</translation>
    </message>
    <message>
        <source>At another station</source>
        <translation>An anderer Station</translation>
    </message>
    <message>
        <source>No live label</source>
        <translation>Kein gültiges Etikett</translation>
    </message>
    <message>
        <source>Label not fetched</source>
        <translation>Etikett nicht abgerufen</translation>
    </message>
    <message>
        <source>Label not saved</source>
        <translation>Etikett nicht gespeichert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Shift lead only</source>
        <translation>Nur Schichtleitung</translation>
    </message>
    <message>
        <source>Read-only console</source>
        <translation>Konsole schreibgeschützt</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>No order lines</source>
        <translation>Keine Positionen</translation>
    </message>
    <message>
        <source>Order line incomplete</source>
        <translation>Position unvollständig</translation>
    </message>
    <message>
        <source>No currency</source>
        <translation>Keine Währung</translation>
    </message>
    <message>
        <source>Order unknown</source>
        <translation>Bestellung unbekannt</translation>
    </message>
    <message>
        <source>No order number</source>
        <translation>Keine Bestellnummer</translation>
    </message>
    <message>
        <source>Still has a label</source>
        <translation>Hat noch ein Etikett</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Kein Etikett</translation>
    </message>
    <message>
        <source>Label cancelled</source>
        <translation>Etikett storniert</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Shipment not found</source>
        <translation>Sendung nicht gefunden</translation>
    </message>
    <message>
        <source>Selected twice</source>
        <translation>Zweimal ausgewählt</translation>
    </message>
    <message>
        <source>Batch too large</source>
        <translation>Auswahl zu groß</translation>
    </message>
    <message>
        <source>Several shops</source>
        <translation>Mehrere Shops</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Already retried</source>
        <translation>Bereits erneut versucht</translation>
    </message>
    <message>
        <source>Already printed</source>
        <translation>Bereits gedruckt</translation>
    </message>
    <message>
        <source>Label not on this station</source>
        <translation>Etikett nicht an dieser Station</translation>
    </message>
    <message>
        <source>Not already shipped</source>
        <translation>Noch nicht versendet</translation>
    </message>
    <message>
        <source>Note missing</source>
        <translation>Notiz fehlt</translation>
    </message>
    <message>
        <source>Not a failure</source>
        <translation>Nicht fehlgeschlagen</translation>
    </message>
    <message>
        <source>API keys incomplete</source>
        <translation>API-Schlüssel unvollständig</translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation>Keine API-Schlüssel</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>PIN store damaged</source>
        <translation>PIN-Speicher beschädigt</translation>
    </message>
    <message>
        <source>PIN store lost</source>
        <translation>PIN-Speicher verloren</translation>
    </message>
    <message>
        <source>Shared PIN store lost</source>
        <translation>Gemeinsamer PIN-Speicher verloren</translation>
    </message>
    <message>
        <source>Settings wrong</source>
        <translation>Einstellungen falsch</translation>
    </message>
    <message>
        <source>Settings changed outside</source>
        <translation>Einstellungen außerhalb geändert</translation>
    </message>
    <message>
        <source>Connection not encrypted</source>
        <translation>Verbindung nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Journal too new</source>
        <translation>Journal zu neu</translation>
    </message>
    <message>
        <source>Training port in use</source>
        <translation>Trainings-Port belegt</translation>
    </message>
    <message>
        <source>Training in use</source>
        <translation>Training belegt</translation>
    </message>
    <message>
        <source>Practice reset failed</source>
        <translation>Übung nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Training counters damaged</source>
        <translation>Trainingszähler beschädigt</translation>
    </message>
    <message>
        <source>Scale settings wrong</source>
        <translation>Waageneinstellungen falsch</translation>
    </message>
    <message>
        <source>Scale unreachable</source>
        <translation>Waage nicht erreichbar</translation>
    </message>
    <message>
        <source>Scale not answering</source>
        <translation>Waage antwortet nicht</translation>
    </message>
    <message>
        <source>No stable weight</source>
        <translation>Kein stabiles Gewicht</translation>
    </message>
    <message>
        <source>Nothing on the scale</source>
        <translation>Nichts auf der Waage</translation>
    </message>
    <message>
        <source>Scale below zero</source>
        <translation>Waage unter null</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>Waage überlastet</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>Waagenfehler</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Order found</source>
        <translation>Bestellung gefunden</translation>
    </message>
    <message>
        <source>Label requested</source>
        <translation>Etikett angefordert</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Etikett erstellt</translation>
    </message>
    <message>
        <source>Label saved</source>
        <translation>Etikett gespeichert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Barcode scanned; looking for the order.</source>
        <translation>Barcode gescannt; Bestellung wird gesucht.</translation>
    </message>
    <message>
        <source>Order found in Sendcloud; checking it has no label yet.</source>
        <translation>Bestellung in Sendcloud gefunden; es wird geprüft, dass sie noch kein Etikett hat.</translation>
    </message>
    <message>
        <source>Label asked for at Sendcloud; waiting for the answer.</source>
        <translation>Etikett bei Sendcloud angefordert; Warten auf die Antwort.</translation>
    </message>
    <message>
        <source>Sendcloud made the label (parcel and tracking number known).</source>
        <translation>Sendcloud hat das Etikett erstellt (Paket und Sendungsnummer bekannt).</translation>
    </message>
    <message>
        <source>Label file saved on this station; ready to print.</source>
        <translation>Etikettendatei an dieser Station gespeichert; bereit zum Drucken.</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Etikett gedruckt.</translation>
    </message>
    <message>
        <source>Stopped by an error; see the error code and message.</source>
        <translation>Durch einen Fehler angehalten; siehe Fehlercode und Meldung.</translation>
    </message>
    <message>
        <source>No clear answer to the label request: a label may exist. Sendcloud is asked before any retry.</source>
        <translation>Keine klare Antwort auf die Etikettenanfrage: Möglicherweise gibt es schon ein Etikett. Vor jedem neuen Versuch wird Sendcloud gefragt.</translation>
    </message>
    <message>
        <source>Label sent to the printer, but the printer did not confirm it printed.</source>
        <translation>Etikett an den Drucker gesendet, aber der Drucker hat den Druck nicht bestätigt.</translation>
    </message>
    <message>
        <source>Label cancelled at Sendcloud; it must not be used.</source>
        <translation>Etikett bei Sendcloud storniert; es darf nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Abgeschlossen, ohne den Rest zu scannen</translation>
    </message>
    <message>
        <source>Completed by a shift lead</source>
        <translation>Von der Schichtleitung abgeschlossen</translation>
    </message>
    <message>
        <source>Parked for another order</source>
        <translation>Für eine andere Bestellung zurückgestellt</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>The barcode could not be used as an order number (unreadable, another keyboard layout, or a repeat of the scan before); no order was looked up.</source>
        <translation>Der Barcode war keine verwendbare Bestellnummer (unlesbar, ein anderes Tastaturlayout oder eine Wiederholung des vorigen Scans); es wurde keine Bestellung gesucht.</translation>
    </message>
    <message>
        <source>The order was not found in Sendcloud (see the error code); no label was made.</source>
        <translation>Die Bestellung wurde in Sendcloud nicht gefunden (siehe Fehlercode); es wurde kein Etikett erstellt.</translation>
    </message>
    <message>
        <source>The order already has a label, so no new one was made. Reprint it; not counted as a failure.</source>
        <translation>Die Bestellung hat bereits ein Etikett, daher wurde kein neues erstellt. Drucken Sie es nach; das zählt nicht als Fehler.</translation>
    </message>
    <message>
        <source>The order was found, but Sendcloud made no label. Fix the order, then retry.</source>
        <translation>Die Bestellung wurde gefunden, aber Sendcloud hat kein Etikett erstellt. Korrigieren Sie die Bestellung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sendcloud made the label, but it was not printed. Reprint it; never retry.</source>
        <translation>Sendcloud hat das Etikett erstellt, aber es wurde nicht gedruckt. Drucken Sie es nach; versuchen Sie es nie erneut.</translation>
    </message>
    <message>
        <source>Print not confirmed</source>
        <translation>Druck nicht bestätigt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>Unlesbarer Scan</translation>
    </message>
    <message>
        <source>Order in two shops</source>
        <translation>Bestellung in zwei Shops</translation>
    </message>
    <message>
        <source>Already shipped</source>
        <translation>Bereits versendet</translation>
    </message>
    <message>
        <source>Order data refused</source>
        <translation>Bestelldaten abgelehnt</translation>
    </message>
    <message>
        <source>Carrier refused</source>
        <translation>Vom Versanddienstleister abgelehnt</translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Keine klare Antwort</translation>
    </message>
    <message>
        <source>Sendcloud error</source>
        <translation>Sendcloud-Fehler</translation>
    </message>
    <message>
        <source>Sendcloud too slow</source>
        <translation>Sendcloud zu langsam</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>API keys refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Drucker nicht bereit</translation>
    </message>
    <message>
        <source>Printer unreachable</source>
        <translation>Drucker nicht erreichbar</translation>
    </message>
    <message>
        <source>Printer busy</source>
        <translation>Drucker belegt</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Druck fehlgeschlagen</translation>
    </message>
    <message>
        <source>Previous parcel on the scale</source>
        <translation>Voriges Paket auf der Waage</translation>
    </message>
    <message>
        <source>Too heavy for the option</source>
        <translation>Zu schwer für die Option</translation>
    </message>
    <message>
        <source>Too light for the option</source>
        <translation>Zu leicht für die Option</translation>
    </message>
    <message>
        <source>Weight not saved</source>
        <translation>Gewicht nicht gespeichert</translation>
    </message>
    <message>
        <source>No weight from the scale</source>
        <translation>Kein Gewicht von der Waage</translation>
    </message>
    <message>
        <source>Journal unreachable</source>
        <translation>Journal nicht erreichbar</translation>
    </message>
    <message>
        <source>Scan waited too long</source>
        <translation>Scan wartete zu lange</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>shop integration</source>
        <translation>Shop-Integration</translation>
    </message>
    <message>
        <source>shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>carrier contract</source>
        <translation>Versanddienstleister-Vertrag</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>customs details</source>
        <translation>Zollangaben</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>service point</source>
        <translation>Paketshop</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>label format</source>
        <translation>Etikettenformat</translation>
    </message>
    <message>
        <source>label resolution</source>
        <translation>Etikettenauflösung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>the whole order</source>
        <translation>die gesamte Bestellung</translation>
    </message>
</context>
<context>
    <name>lead_mode</name>
    <message>
        <source>No shift-lead PIN is set up yet.</source>
        <translation>Es ist noch keine Schichtleitungs-PIN eingerichtet.</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Falscher Name oder falsche PIN.</translation>
    </message>
    <message>
        <source>This lead has a PIN already. Enter their current PIN to change it.</source>
        <translation>Diese Schichtleitung hat bereits eine PIN. Geben Sie die aktuelle PIN ein, um sie zu ändern.</translation>
    </message>
    <message>
        <source>A shift-lead PIN is already set up. Unlock with it.</source>
        <translation>Eine Schichtleitungs-PIN ist bereits eingerichtet. Entsperren Sie damit.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from the shared journal, though the warehouse had some. Ask its administrator to restore them.</source>
        <translation>Die Schichtleitungs-PINs fehlen im gemeinsamen Journal, obwohl das Lager welche hatte. Bitten Sie die Administration, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from this computer&apos;s keyring, though this station had some. Ask an administrator to restore them.</source>
        <translation>Die Schichtleitungs-PINs fehlen im Schlüsselbund, obwohl diese Station welche hatte. Bitten Sie die Administration, sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht verwendet werden: %1</translation>
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
        <source>The scan could not be read. Scan again.</source>
        <translation>Der Scan war unlesbar. Erneut scannen.</translation>
    </message>
    <message>
        <source>This badge is not known at this station. Ask your shift lead to add you.</source>
        <translation>Dieser Ausweis ist an dieser Station unbekannt. Schichtleitung bitten, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Packed: %2.</source>
        <translation>Eingepackt: %2.</translation>
    </message>
    <message>
        <source>Order %1: scan each item into the box.</source>
        <translation>Bestellung %1: jeden Artikel beim Einpacken scannen.</translation>
    </message>
    <message>
        <source>Packing of order %1 was given up; no label was made. Unpack the box.</source>
        <translation>Packen der Bestellung %1 abgebrochen; kein Etikett erstellt. Karton auspacken.</translation>
    </message>
    <message>
        <source>No order is open for packing. Scan an order first.</source>
        <translation>Keine Bestellung zum Packen offen. Zuerst eine Bestellung scannen.</translation>
    </message>
    <message>
        <source>Order %1 cannot leave in several boxes here. Pack it in one box, or ask your shift lead.</source>
        <translation>Bestellung %1 kann hier nicht in mehreren Kartons raus. In einen Karton packen oder Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>The boxes do not hold exactly order %1. Check each box against the order.</source>
        <translation>Die Kartons enthalten nicht genau Bestellung %1. Jeden Karton mit der Bestellung abgleichen.</translation>
    </message>
    <message>
        <source>Every item must be scanned here. Only a shift lead may complete the order without it.</source>
        <translation>Hier muss jeder Artikel gescannt werden. Nur die Schichtleitung darf die Bestellung ohne Scannen abschließen.</translation>
    </message>
    <message>
        <source>%2 is not in order %1. Take it out of the box; nothing was counted.</source>
        <translation>%2 gehört nicht zu Bestellung %1. Aus dem Karton nehmen; nichts wurde gezählt.</translation>
    </message>
    <message>
        <source>Order %1 needs fewer of these (%2). Take the extra one out; nothing was counted.</source>
        <translation>Bestellung %1 braucht weniger davon (%2). Das überzählige Stück herausnehmen; nichts wurde gezählt.</translation>
    </message>
    <message>
        <source>%2 cannot be read as a product code. Scan it again.</source>
        <translation>%2 ist als Produktcode nicht lesbar. Erneut scannen.</translation>
    </message>
    <message>
        <source>Box %2 is closed. Scan the items of the next box.</source>
        <translation>Karton %2 ist geschlossen. Artikel des nächsten Kartons scannen.</translation>
    </message>
    <message>
        <source>Box size: %2.</source>
        <translation>Kartongröße: %2.</translation>
    </message>
    <message>
        <source>Choose the box size first: Ctrl+1 to 9, or scan the box&apos;s barcode.</source>
        <translation>Zuerst die Kartongröße wählen: Ctrl+1 bis 9, oder den Barcode des Kartons scannen.</translation>
    </message>
    <message>
        <source>No box size has the key %2 here. Ask your shift lead.</source>
        <translation>Keine Kartongröße hat hier die Taste %2. Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>This box is empty. Scan its items before the next box.</source>
        <translation>Dieser Karton ist leer. Erst seine Artikel scannen, dann den nächsten Karton.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: %2 has no item id. Pack it in one box.</source>
        <translation>Bestellung %1 kann nicht in mehrere Kartons: %2 hat keine Artikel-ID. Alles in einen Karton packen.</translation>
    </message>
    <message>
        <source>%2 is a case this station does not know. Scan the units inside, or ask your shift lead.</source>
        <translation>%2 ist ein Umkarton, den diese Station nicht kennt. Die einzelnen Artikel scannen oder die Schichtleitung fragen.</translation>
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
        <source>The printer did not say whether it is ready. Check it, then scan again.</source>
        <translation>Der Drucker meldete nicht, ob er bereit ist. Drucker prüfen, dann erneut scannen.</translation>
    </message>
    <message>
        <source>The label was made but not printed. Fix the printer, then reprint (F5).</source>
        <translation>Das Etikett wurde erstellt, aber nicht gedruckt. Drucker in Ordnung bringen, dann nachdrucken (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>Das Etikett wurde gesendet, aber der Drucker hat es nicht bestätigt. Nur nachdrucken (F5), wenn kein Etikett herauskam.</translation>
    </message>
    <message>
        <source>The label is printed, but a customs document is not. Reprint (F5) when the printer is ready.</source>
        <translation>Das Etikett ist gedruckt, ein Zolldokument aber nicht. Nachdrucken (F5), wenn der Drucker bereit ist.</translation>
    </message>
    <message>
        <source>This station cannot reach this kind of printer. Call your shift lead (F9).</source>
        <translation>Diese Station kann diesen Druckertyp nicht erreichen. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>This label is ZPL, which this printer cannot print. Press F5 again to print a PDF of the same parcel from Sendcloud (no new label).</source>
        <translation>Dieses Etikett ist ZPL; dieser Drucker kann es nicht drucken. Noch einmal F5: ein PDF desselben Pakets von Sendcloud drucken (kein neues Etikett).</translation>
    </message>
    <message>
        <source>The label could not be prepared for the printer. Call your shift lead.</source>
        <translation>Das Etikett konnte nicht für den Drucker aufbereitet werden. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The label is larger than the printer&apos;s labels. Call your shift lead (F9).</source>
        <translation>Das Etikett ist größer als die Etiketten im Drucker. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>The saved label file cannot be read. Call your shift lead.</source>
        <translation>Die gespeicherte Etikettendatei ist unlesbar. Schichtleitung rufen.</translation>
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
        <source>This station&apos;s API keys may not do this. Call your shift lead.</source>
        <translation>Die API-Schlüssel dieser Station dürfen das nicht. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The carrier refused this shipment. Put the parcel aside for your shift lead.</source>
        <translation>Der Versanddienstleister hat diese Sendung abgelehnt. Paket für die Schichtleitung beiseitelegen.</translation>
    </message>
    <message>
        <source>Sendcloud could not find what was asked for. Call your shift lead.</source>
        <translation>Sendcloud konnte das Angefragte nicht finden. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s answer could not be read. Scan again; if it happens again, call your shift lead.</source>
        <translation>Die Antwort von Sendcloud war unlesbar. Erneut scannen; passiert es wieder, Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Sendcloud is still making the label. Wait a moment, then reprint (F5).</source>
        <translation>Sendcloud erstellt das Etikett noch. Kurz warten, dann nachdrucken (F5).</translation>
    </message>
    <message>
        <source>Sendcloud would not cancel this label. Check the shipment in Sendcloud.</source>
        <translation>Sendcloud wollte dieses Etikett nicht stornieren. Sendung in Sendcloud prüfen.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud hat kein Etikett für %1 erstellt. Erneut scannen.</translation>
    </message>
    <message>
        <source>The station stopped before it asked for a label for %1; nothing was paid. Scan it again.</source>
        <translation>Die Station brach ab, bevor sie ein Etikett für %1 anforderte; nichts wurde bezahlt. Erneut scannen.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Nothing was changed.</source>
        <translation>Nur die Schichtleitung darf das tun. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This console is read-only: it has no connection to Sendcloud.</source>
        <translation>Diese Konsole ist schreibgeschützt, da sie keine Verbindung zu Sendcloud hat.</translation>
    </message>
    <message>
        <source>Sign in first: every action is recorded with who did it.</source>
        <translation>Melden Sie sich zuerst an: Jede Aktion wird mit dem Namen der handelnden Person festgehalten.</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>Es wurde nichts geändert, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The order has no shipping address to change; enter it in the shop.</source>
        <translation>Die Bestellung hat keine Lieferadresse, die sich ändern ließe; geben Sie sie im Shop ein.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Eine Bestellung braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>Every order line needs a name and a quantity of 0 or more.</source>
        <translation>Jede Position braucht einen Namen und eine Menge von 0 oder mehr.</translation>
    </message>
    <message>
        <source>Sendcloud did not say the order&apos;s currency; add the new line in the shop.</source>
        <translation>Sendcloud hat die Währung der Bestellung nicht angegeben; fügen Sie die neue Position im Shop hinzu.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be changed.</source>
        <translation>Sendcloud hat nicht angegeben, welche Bestellung das ist; daher kann sie nicht geändert werden.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be deleted.</source>
        <translation>Sendcloud hat nicht angegeben, welche Bestellung das ist; daher kann sie nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>There is no label for this shipment; retry it to make one.</source>
        <translation>Für diese Sendung gibt es kein Etikett; versuchen Sie sie erneut, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>This label was cancelled at Sendcloud; it must not be printed again.</source>
        <translation>Dieses Etikett wurde bei Sendcloud storniert; es darf nicht nachgedruckt werden.</translation>
    </message>
    <message>
        <source>This label is already cancelled.</source>
        <translation>Dieses Etikett ist bereits storniert.</translation>
    </message>
    <message>
        <source>Sendcloud has not yet said whether this label exists. Retry the shipment first, then void.</source>
        <translation>Sendcloud hat noch nicht gemeldet, ob dieses Etikett existiert. Versuchen Sie die Sendung zuerst erneut und stornieren Sie dann.</translation>
    </message>
    <message>
        <source>Sendcloud has no such shipment for this order; nothing was cancelled.</source>
        <translation>Sendcloud kennt diese Sendung für diese Bestellung nicht; nichts wurde storniert.</translation>
    </message>
    <message>
        <source>The same failed shipment is selected twice.</source>
        <translation>Dieselbe fehlgeschlagene Sendung ist zweimal ausgewählt.</translation>
    </message>
    <message>
        <source>Sendcloud has no live label for this order (cancelled, or never finished). Nothing was printed: check the shipment in Sendcloud.</source>
        <translation>Sendcloud hat kein gültiges Etikett für diese Bestellung (storniert oder nie fertig). Nichts gedruckt: Sendung in Sendcloud prüfen.</translation>
    </message>
    <message>
        <source>The label was made but this station could not save it. Call your shift lead to fix the label folder, then reprint (F5); no new label is needed.</source>
        <translation>Das Etikett wurde erstellt, aber nicht gespeichert. Die Schichtleitung den Etikettenordner reparieren lassen, dann nachdrucken (F5).</translation>
    </message>
    <message>
        <source>The label was made but could not be fetched yet. Reprint it in a moment; no new label is needed.</source>
        <translation>Das Etikett wurde erstellt, konnte aber noch nicht abgerufen werden. Gleich nachdrucken; ein neues Etikett ist nicht nötig.</translation>
    </message>
    <message>
        <source>The settings were changed outside Packstation. Until a shift lead reviews them (F9), the values a lead last saved apply.</source>
        <translation>Die Einstellungen wurden außerhalb von Packstation geändert. Bis die Schichtleitung sie prüft (F9), gelten die zuletzt von ihr gespeicherten Werte.</translation>
    </message>
    <message>
        <source>The training folder is busy: close any other Packstation, let this one finish, then try again.</source>
        <translation>Der Trainingsordner ist belegt: Andere Packstation-Fenster schließen, dieses Fenster fertig arbeiten lassen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>%2 cannot ship order %1 in several boxes. Pack it in one box, or ask your shift lead.</source>
        <translation>%2 versendet Bestellung %1 nicht in mehreren Kartons. In einen Karton packen oder Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: this station names no shipping option. Pack it in one box.</source>
        <translation>Bestellung %1 kann nicht in mehrere Kartons: Diese Station nennt keine Versandoption. Alles in einen Karton packen.</translation>
    </message>
    <message>
        <source>%2 labels for %1 printed.</source>
        <translation>%2 Etiketten für %1 gedruckt.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan it again yet; the station asks Sendcloud before it makes another.</source>
        <translation>Keine klare Antwort von Sendcloud: Vielleicht gibt es schon ein Etikett. Noch nicht erneut scannen; die Station fragt zuerst nach.</translation>
    </message>
    <message>
        <source>Order %1 is being packed or labelled at another station right now. Leave it to them, or ask your shift lead.</source>
        <translation>Bestellung %1 wird gerade an einer anderen Station gepackt oder etikettiert. Dort lassen oder die Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>The label for %1 is made, but its print was not confirmed. Look at the printer; if no label came out, press F5.</source>
        <translation>Das Etikett für %1 ist erstellt, aber der Druck ist nicht bestätigt. Am Drucker nachsehen: Kam kein Etikett heraus, F5 drücken.</translation>
    </message>
    <message>
        <source>Sendcloud may already have a label for %1, so no new one was made. Wait %2, then scan it again.</source>
        <translation>Sendcloud hat möglicherweise schon ein Etikett für %1, daher wurde kein neues erstellt. %2 warten, dann erneut scannen.</translation>
    </message>
    <message>
        <source>This order still has a label. Void the label before deleting the order.</source>
        <translation>Diese Bestellung hat noch ein Etikett. Stornieren Sie das Etikett, bevor Sie die Bestellung löschen.</translation>
    </message>
    <message>
        <source>This shipment is already resolved; there is nothing more to do.</source>
        <translation>Diese Sendung ist bereits erledigt; es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>This shipment was already retried; retry the newer attempt.</source>
        <translation>Diese Sendung wurde bereits erneut versucht; wiederholen Sie den neuesten Versuch.</translation>
    </message>
    <message>
        <source>This label is printed; reprint it instead of retrying.</source>
        <translation>Dieses Etikett ist gedruckt; drucken Sie es nach, statt es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Say in a note how the failure was resolved.</source>
        <translation>Geben Sie in einer Notiz an, wie der Fehler behoben wurde.</translation>
    </message>
    <message>
        <source>This shipment did not fail; there is nothing to resolve.</source>
        <translation>Diese Sendung ist nicht fehlgeschlagen; es gibt nichts zu erledigen.</translation>
    </message>
    <message>
        <source>Both the public and the secret key are needed.</source>
        <translation>Sowohl der öffentliche als auch der geheime Schlüssel werden benötigt.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Unlock shift-lead mode with your PIN first.</source>
        <translation>Nur die Schichtleitung darf das. Entsperren Sie zuerst den Schichtleitungsmodus mit Ihrer PIN.</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Angemeldet: %1.</translation>
    </message>
    <message>
        <source>This station has a problem it cannot fix itself. Call your shift lead.</source>
        <translation>Diese Station hat ein Problem, das sie nicht selbst beheben kann. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>This station&apos;s settings are incomplete or wrong. Call your shift lead (F9).</source>
        <translation>Die Einstellungen dieser Station sind unvollständig oder falsch. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>The printer settings do not match this printer. Call your shift lead (F9).</source>
        <translation>Die Druckereinstellungen passen nicht zu diesem Drucker. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s data. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud hat die Bestelldaten abgelehnt. Paket für die Schichtleitung beiseitelegen.</translation>
    </message>
    <message>
        <source>The printer did not take the label. Check it, then reprint (F5).</source>
        <translation>Der Drucker nahm das Etikett nicht an. Drucker prüfen, dann nachdrucken (F5).</translation>
    </message>
    <message>
        <source>Label for %1 reprinted.</source>
        <translation>Etikett für %1 nachgedruckt.</translation>
    </message>
    <message>
        <source>This order is already shipped: a retry would be refused again. Reprint its label instead.</source>
        <translation>Diese Bestellung ist bereits versendet: Ein erneuter Versuch würde wieder abgelehnt. Drucken Sie stattdessen ihr Etikett nach.</translation>
    </message>
    <message>
        <source>This station holds no copy of this order&apos;s label. Reprint it at the station that made it, or from Sendcloud.</source>
        <translation>Diese Station hat keine Kopie des Etiketts dieser Bestellung. Drucken Sie es an der Station nach, die es erstellt hat, oder aus Sendcloud.</translation>
    </message>
    <message>
        <source>This shipment was not refused as already shipped; retry it instead.</source>
        <translation>Diese Sendung wurde nicht als bereits versendet abgelehnt; versuchen Sie sie stattdessen erneut.</translation>
    </message>
    <message>
        <source>This shipment has no order number, so it cannot be retried.</source>
        <translation>Diese Sendung hat keine Bestellnummer, daher kann sie nicht erneut versucht werden.</translation>
    </message>
    <message>
        <source>This station has no Sendcloud API keys yet. Call your shift lead (F9).</source>
        <translation>Diese Station hat noch keine Sendcloud-API-Schlüssel. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>A shift lead needs a name.</source>
        <translation>Eine Schichtleitung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a moment, then try again.</source>
        <translation>Zu viele falsche PINs. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The stored shift-lead PINs cannot be read. Ask support to set them up again.</source>
        <translation>Die gespeicherten Schichtleitungs-PINs sind unlesbar. Bitten Sie den Support, sie neu einzurichten.</translation>
    </message>
    <message>
        <source>The shift-lead PIN could not be checked. Try again.</source>
        <translation>Die Schichtleitungs-PIN konnte nicht geprüft werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This station&apos;s Sendcloud address is not https: the API keys would travel unencrypted, so nothing was sent. Call your shift lead (F9).</source>
        <translation>Die Sendcloud-Adresse ist kein https: Die API-Schlüssel wären unverschlüsselt, daher wurde nichts gesendet. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>A newer Packstation wrote this station&apos;s journal. Call your shift lead to update it.</source>
        <translation>Das Journal dieser Station stammt von einer neueren Packstation. Schichtleitung zum Aktualisieren rufen.</translation>
    </message>
    <message>
        <source>Training cannot start: its port is in use. Close the other Packstation, then try again.</source>
        <translation>Training kann nicht starten: Der Port ist belegt. Das andere Packstation-Fenster schließen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The practice could not be reset: a file in the training folder cannot be removed. Close every Packstation, then try again.</source>
        <translation>Übung nicht zurückgesetzt: Eine Trainingsdatei lässt sich nicht löschen. Alle Packstation-Fenster schließen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The training folder&apos;s counters are damaged. Reset the practice: packstation --training --reset.</source>
        <translation>Die Zähler im Trainingsordner sind beschädigt. Die Übung zurücksetzen: packstation --training --reset.</translation>
    </message>
    <message>
        <source>The scale settings are wrong. Call your shift lead (F9).</source>
        <translation>Die Waageneinstellungen sind falsch. Schichtleitung rufen (F9).</translation>
    </message>
    <message>
        <source>The scale cannot be reached. Check its cable and power, then weigh again.</source>
        <translation>Die Waage ist nicht erreichbar. Kabel und Stromversorgung prüfen, dann erneut wiegen.</translation>
    </message>
    <message>
        <source>The scale does not answer. Check that it is switched on, then weigh again.</source>
        <translation>Die Waage antwortet nicht. Prüfen, ob sie eingeschaltet ist, dann erneut wiegen.</translation>
    </message>
    <message>
        <source>The weight did not settle. Keep the parcel still on the scale.</source>
        <translation>Das Gewicht wurde nicht stabil. Das Paket ruhig auf der Waage liegen lassen.</translation>
    </message>
    <message>
        <source>The scale reads zero. Put the parcel on the scale.</source>
        <translation>Die Waage zeigt null. Das Paket auf die Waage legen.</translation>
    </message>
    <message>
        <source>The scale reads below zero. Take everything off it and zero it.</source>
        <translation>Die Waage zeigt unter null. Alles herunternehmen und die Waage nullen.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this scale. Call your shift lead.</source>
        <translation>Das Paket ist zu schwer für diese Waage. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The scale reports a problem. Call your shift lead.</source>
        <translation>Die Waage meldet ein Problem. Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: press F5 to reprint it.</source>
        <translation>Bestellung %1 ist bereits versendet (Sendungsnummer %2). Kein neues Etikett erstellt: mit F5 nachdrucken.</translation>
    </message>
    <message>
        <source>The address has no house number. Put the parcel aside for your shift lead.</source>
        <translation>Die Adresse hat keine Hausnummer. Paket für die Schichtleitung beiseitelegen.</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s %1. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud hat das Feld %1 der Bestellung abgelehnt. Paket für die Schichtleitung beiseitelegen.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
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
        <source>a moment</source>
        <translation>einen Moment</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation>Unerwarteter Fehler (%1): %2</translation>
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
        <source>PACK</source>
        <translation>PACKEN</translation>
    </message>
    <message>
        <source>Looking for the order…</source>
        <translation>Bestellung wird gesucht…</translation>
    </message>
    <message>
        <source>Order found; checking it has no label yet…</source>
        <translation>Bestellung gefunden; es wird geprüft, ob es schon ein Etikett gibt…</translation>
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
    <message>
        <source>The scale still shows the previous parcel&apos;s weight. Take it off, put this parcel on, then scan the order again.</source>
        <translation>Die Waage zeigt noch das Gewicht des vorigen Pakets. Es herunternehmen, dieses Paket auflegen, dann die Bestellung erneut scannen.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this shipping option. Nothing was paid: split it, or call your shift lead.</source>
        <translation>Das Paket ist zu schwer für diese Versandoption. Es wurde nichts bezahlt: aufteilen oder Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>The parcel is too light for this shipping option. Nothing was paid: check the scale, or call your shift lead.</source>
        <translation>Das Paket ist zu leicht für diese Versandoption. Es wurde nichts bezahlt: Waage prüfen oder Schichtleitung rufen.</translation>
    </message>
    <message>
        <source>Sendcloud did not save the parcel&apos;s weight in time. Nothing was paid: scan the order again in a moment.</source>
        <translation>Sendcloud hat das Gewicht des Pakets nicht rechtzeitig gespeichert. Es wurde nichts bezahlt: Bestellung gleich noch einmal scannen.</translation>
    </message>
    <message>
        <source>The shared journal cannot be reached, so no label is made. Scans wait; the station goes on by itself when the journal is back.</source>
        <translation>Das gemeinsame Journal ist nicht erreichbar: Es wird kein Etikett erstellt. Scans warten; die Station macht selbst weiter, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>%1 is being packed at %2. Leave it to them, or ask your shift lead.</source>
        <translation>%1 wird gerade an %2 gepackt. Dort lassen oder die Schichtleitung fragen.</translation>
    </message>
    <message>
        <source>%1 was already shipped at %2 at %3. No new label was made: press F5 to reprint it.</source>
        <translation>%1 wurde bereits an %2 um %3 versendet. Kein neues Etikett erstellt: mit F5 nachdrucken.</translation>
    </message>
    <message>
        <source>%1 waited too long for Sendcloud&apos;s limit or the journal, so no label was made. Scan it again with its box.</source>
        <translation>%1 hat zu lange auf das Sendcloud-Limit oder das Journal gewartet, daher wurde kein Etikett erstellt. Mit dem Paket erneut scannen.</translation>
    </message>
</context>
</TS>
