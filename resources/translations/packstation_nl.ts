<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>Het laatst afgedrukte label verschijnt hier.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
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
        <translation>Nog niets om opnieuw af te drukken.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Start-up check done: nothing was left unfinished.</source>
        <translation>Opstartcontrole klaar: er was niets onafgemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Start-up check finished %n label(s) left from the last session.</source>
        <translation>
            <numerusform>Opstartcontrole heeft %n label van de vorige sessie afgehandeld.</numerusform>
            <numerusform>Opstartcontrole heeft %n labels van de vorige sessie afgehandeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>The start-up check could not finish; it runs again at the next start.</source>
        <translation>De opstartcontrole kon niet worden afgerond; ze loopt opnieuw bij de volgende start.</translation>
    </message>
    <message>
        <source>A scan is still running</source>
        <translation>Er loopt nog een scan</translation>
    </message>
    <message>
        <source>A label may be being made right now. Close anyway? The station checks it at the next start.</source>
        <translation>Er wordt mogelijk op dit moment een label gemaakt. Toch sluiten? Het station controleert dit bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Herdruk %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in de wachtrij</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>bezig…</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan an order barcode</source>
        <translation>Scan de barcode van een bestelling</translation>
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
        <translation>Live-station</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>nog geen contact</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>niet bereikbaar</translation>
    </message>
    <message>
        <source>Sendcloud %1: %2</source>
        <translation>Sendcloud %1: %2</translation>
    </message>
    <message>
        <source>Printer: none (labels are saved to files)</source>
        <translation>Printer: geen (labels worden als bestanden opgeslagen)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>nog niet gebruikt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>vraagt aandacht</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Printer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in progress</source>
        <translation>
            <numerusform>%n scan bezig</numerusform>
            <numerusform>%n scans bezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Geen scans bezig</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>TRAINING — oefenbestellingen en een virtuele printer; er wordt niets verzonden of betaald</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Oefenbarcodes afdrukken</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Verzenden naar</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Trackingcode</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>KLAAR</translation>
    </message>
    <message>
        <source>Scan an order barcode.</source>
        <translation>Scan de barcode van een bestelling.</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) queued</source>
        <translation>
            <numerusform>Nog %n scan in de wachtrij</numerusform>
            <numerusform>Nog %n scans in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <source>WORKING</source>
        <translation>BEZIG</translation>
    </message>
    <message>
        <source>STARTING</source>
        <translation>OPSTARTEN</translation>
    </message>
    <message>
        <source>Recovering… checking labels left unfinished by the last session.</source>
        <translation>Herstellen… Onafgemaakte labels van de vorige sessie worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Scans wait until this is done.</source>
        <translation>Scans wachten tot dit klaar is.</translation>
    </message>
    <message>
        <source>(station default)</source>
        <translation>(standaard van het station)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Packstation: unexpected error</source>
        <translation>Packstation: onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that Packstation did not expect. It was written to the log. Check the last scan in the list before scanning it again.

%1</source>
        <translation>Er ging iets mis dat Packstation niet verwachtte. Het staat in het logboek. Controleer de laatste scan in de lijst voordat je hem opnieuw scant.

%1</translation>
    </message>
    <message>
        <source>Packstation is already running</source>
        <translation>Packstation draait al</translation>
    </message>
    <message>
        <source>This station is already open in another window. Use that one: two copies could print two labels for one order.</source>
        <translation>Dit station is al geopend in een ander venster. Gebruik dat venster: twee exemplaren kunnen twee labels voor één bestelling afdrukken.</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation kan niet starten</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>No order %1 in Sendcloud. Check the packing slip and scan again.</source>
        <translation>Geen bestelling %1 in Sendcloud. Controleer de pakbon en scan opnieuw.</translation>
    </message>
    <message>
        <source>More than one shop has an order %1. Ask your shift lead which one to ship.</source>
        <translation>Meer dan één winkel heeft een bestelling %1. Vraag je teamleider welke verzonden moet worden.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: reprint the old one.</source>
        <translation>Bestelling %1 is al verzonden (tracking %2). Er is geen nieuw label gemaakt: druk het oude opnieuw af.</translation>
    </message>
    <message>
        <source>%1 was just scanned; the second scan was ignored.</source>
        <translation>%1 is net gescand; de tweede scan is genegeerd.</translation>
    </message>
    <message>
        <source>That was a badge, not an order. Scan the order&apos;s barcode.</source>
        <translation>Dat was een badge, geen bestelling. Scan de barcode van de bestelling.</translation>
    </message>
    <message>
        <source>The scan was empty. Scan again.</source>
        <translation>De scan was leeg. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The scan was too short. Scan again.</source>
        <translation>De scan was te kort. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The scan was too long. Scan again.</source>
        <translation>De scan was te lang. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The scan has characters an order number cannot have. Scan again.</source>
        <translation>De scan bevat tekens die niet in een bestelnummer kunnen staan. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The scanner and this computer use different keyboard layouts. Call your shift lead.</source>
        <translation>De scanner en deze computer gebruiken verschillende toetsenbordindelingen. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>The printer is not ready. No label was made: fix the printer, then scan again.</source>
        <translation>De printer is niet gereed. Er is geen label gemaakt: verhelp het printerprobleem en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. No label was made: check its cable and power.</source>
        <translation>De printer is niet bereikbaar. Er is geen label gemaakt: controleer de kabel en de stroom.</translation>
    </message>
    <message>
        <source>The printer is busy. No label was made: scan again.</source>
        <translation>De printer is bezet. Er is geen label gemaakt: scan opnieuw.</translation>
    </message>
    <message>
        <source>The label was made but not printed (%2). Fix the printer, then reprint (F5).</source>
        <translation>Het label is gemaakt maar niet afgedrukt (%2). Verhelp het printerprobleem en druk dan opnieuw af (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>Het label is verstuurd, maar de printer heeft het niet bevestigd. Druk alleen opnieuw af (F5) als er geen label uitkwam.</translation>
    </message>
    <message>
        <source>Sendcloud cannot be reached. Check the network, then scan again.</source>
        <translation>Sendcloud is niet bereikbaar. Controleer het netwerk en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>Sendcloud did not answer in time. Scan again.</source>
        <translation>Sendcloud antwoordde niet op tijd. Scan opnieuw.</translation>
    </message>
    <message>
        <source>Sendcloud has a problem on its side. Wait a minute, then scan again.</source>
        <translation>Sendcloud heeft een probleem aan zijn kant. Wacht een minuut en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>Too many requests to Sendcloud. Wait a moment, then scan again.</source>
        <translation>Te veel verzoeken aan Sendcloud. Wacht even en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>Sendcloud refused this station&apos;s API keys. Call your shift lead.</source>
        <translation>Sendcloud heeft de API-sleutels van dit station geweigerd. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan again; it is checked at next start.</source>
        <translation>Geen duidelijk antwoord van Sendcloud: er bestaat mogelijk al een label. Scan niet opnieuw; het wordt bij de volgende start gecontroleerd.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud heeft geen label voor %1 gemaakt. Scan opnieuw.</translation>
    </message>
    <message>
        <source>Label for %1 printed.</source>
        <translation>Label voor %1 afgedrukt.</translation>
    </message>
    <message>
        <source>Label for %1 created.</source>
        <translation>Label voor %1 gemaakt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CONTROLEER</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Looking for the order…</source>
        <translation>Bestelling zoeken…</translation>
    </message>
    <message>
        <source>Order found; checking it has no label yet…</source>
        <translation>Bestelling gevonden; controleren of er nog geen label is…</translation>
    </message>
    <message>
        <source>Asking Sendcloud for the label…</source>
        <translation>Label opvragen bij Sendcloud…</translation>
    </message>
    <message>
        <source>Label made; saving it…</source>
        <translation>Label gemaakt; opslaan…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Afgedrukt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>No clear answer; checking with Sendcloud…</source>
        <translation>Geen duidelijk antwoord; navragen bij Sendcloud…</translation>
    </message>
    <message>
        <source>The printer did not confirm the label.</source>
        <translation>De printer heeft het label niet bevestigd.</translation>
    </message>
    <message>
        <source>Label cancelled.</source>
        <translation>Label geannuleerd.</translation>
    </message>
</context>
</TS>
