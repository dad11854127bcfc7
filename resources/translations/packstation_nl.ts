<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Scanned at</source>
        <translation>Gescand om</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Inpakker</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Foutcode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>All packed</source>
        <translation>Alles ingepakt</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1</source>
        <translation>Geparkeerd: %1</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Doos %1</translation>
    </message>
    <message numerus="yes">
        <source>Closed: %n box(es)</source>
        <translation>
            <numerusform>Dicht: %n doos</numerusform>
            <numerusform>Dicht: %n dozen</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm with F4</source>
        <translation>bevestig met F4</translation>
    </message>
    <message numerus="yes">
        <source>+%n more line(s) (F2 shows all)</source>
        <translation>
            <numerusform>+%n regel meer (F2 toont alles)</numerusform>
            <numerusform>+%n regels meer (F2 toont alles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Void the label</source>
        <translation>Label annuleren</translation>
    </message>
    <message>
        <source>Cancel the label of order %1 (tracking %2) at Sendcloud? The label must not be used afterwards. Cancelling is free only on the day the label was created; later the carrier may charge for it or refuse.</source>
        <translation>Het label van bestelling %1 (trackingnummer %2) bij Sendcloud annuleren? Het label mag daarna niet meer worden gebruikt. Annuleren is alleen gratis op de dag dat het label is gemaakt; later kan de vervoerder kosten rekenen of weigeren.</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Ja, label annuleren</translation>
    </message>
    <message>
        <source>Ship a second label</source>
        <translation>Tweede label maken</translation>
    </message>
    <message>
        <source>Order %1 already has a label (tracking %2). Make and pay for a second label? Do this only when the first label is lost or damaged, and void the first one if it was never used.</source>
        <translation>Bestelling %1 heeft al een label (trackingnummer %2). Een tweede label maken en betalen? Doe dit alleen als het eerste label kwijt of beschadigd is, en annuleer het eerste als het nooit is gebruikt.</translation>
    </message>
    <message>
        <source>Delete the order</source>
        <translation>Bestelling verwijderen</translation>
    </message>
    <message>
        <source>Delete order %1 in Sendcloud? Do this only when the shop cancelled it: the order cannot be shipped afterwards.</source>
        <translation>Bestelling %1 in Sendcloud verwijderen? Doe dit alleen als de winkel de bestelling heeft geannuleerd: daarna kan ze niet meer worden verzonden.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Bestelling verwijderen</translation>
    </message>
    <message>
        <source>Order %1 deleted in Sendcloud.</source>
        <translation>Bestelling %1 verwijderd in Sendcloud.</translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation>Gemarkeerd als opgelost: %1</translation>
    </message>
    <message>
        <source>Order %1 updated in Sendcloud. Retry it to make the label.</source>
        <translation>Bestelling %1 bijgewerkt in Sendcloud. Probeer het opnieuw om het label te maken.</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 rijen geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Select the failed orders to retry.</source>
        <translation>Selecteer de mislukte bestellingen om opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Select at most %1 orders for one batch retry.</source>
        <translation>Selecteer maximaal %1 bestellingen om tegelijk opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Some selected rows have no order in Sendcloud: retry them one at a time.</source>
        <translation>Sommige geselecteerde rijen hebben geen bestelling in Sendcloud: probeer ze één voor één opnieuw.</translation>
    </message>
    <message>
        <source>A batch retry takes orders of one shop only: select orders of one shop.</source>
        <translation>Meerdere bestellingen tegelijk opnieuw proberen kan alleen met bestellingen van één winkel: selecteer bestellingen van één winkel.</translation>
    </message>
    <message>
        <source>An order is selected more than once: select each order once.</source>
        <translation>Een bestelling is meer dan eens geselecteerd: selecteer elke bestelling één keer.</translation>
    </message>
    <message>
        <source>%1 of %2 labels printed.</source>
        <translation>%1 van %2 labels afgedrukt.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Failed shipments — %1</source>
        <translation>Mislukte zendingen — %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Fix order…</source>
        <translation>&amp;Bestelling corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>&amp;Selectie opnieuw proberen</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Opnieuw &amp;afdrukken</translation>
    </message>
    <message>
        <source>&amp;Void label…</source>
        <translation>Label a&amp;nnuleren…</translation>
    </message>
    <message>
        <source>Second &amp;label…</source>
        <translation>&amp;Tweede label…</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>Bestelling &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>Als opgelost &amp;markeren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Shift &amp;chart</source>
        <translation>&amp;Grafiek van de dienst</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(niemand aangemeld)</translation>
    </message>
    <message numerus="yes">
        <source>Item checks caught %n wrong or extra item(s) this shift: %1; most at %2 (%3).</source>
        <translation>
            <numerusform>De artikelcontrole heeft deze dienst %n verkeerd of extra artikel tegengehouden: %1; de meeste om %2 (%3).</numerusform>
            <numerusform>De artikelcontrole heeft deze dienst %n verkeerde of extra artikelen tegengehouden: %1; de meeste om %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed shipment(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n mislukte zending (%1 geladen)</numerusform>
            <numerusform>%n mislukte zendingen (%1 geladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the failed shipments</source>
        <translation>Mislukte zendingen exporteren</translation>
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
        <translation>%1 (Sendcloud-id %2, winkel %3)</translation>
    </message>
    <message>
        <source>Ship to: no shipping address</source>
        <translation>Verzenden naar: geen verzendadres</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Verzenden naar: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikelen:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Foutcode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>The order in Sendcloud now</source>
        <translation>De bestelling nu in Sendcloud</translation>
    </message>
    <message>
        <source>Select a row to see what happened.</source>
        <translation>Selecteer een rij om te zien wat er gebeurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — scanned %2 at %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — gescand op %2 op station %3 door %4</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>(niemand aangemeld)</translation>
    </message>
    <message>
        <source>Box %1 printed</source>
        <translation>Doos %1 afgedrukt</translation>
    </message>
    <message>
        <source>(history purged)</source>
        <translation>(geschiedenis gewist)</translation>
    </message>
    <message>
        <source>No order in Sendcloud for this scan.</source>
        <translation>Geen bestelling in Sendcloud voor deze scan.</translation>
    </message>
    <message>
        <source>Not connected to Sendcloud.</source>
        <translation>Niet verbonden met Sendcloud.</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Navragen bij Sendcloud…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>any station</source>
        <translation>Alle stations</translation>
    </message>
    <message>
        <source>any packer (badge)</source>
        <translation>Alle inpakkers (badge)</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle problemen</translation>
    </message>
    <message>
        <source>Any error code</source>
        <translation>Alle foutcodes</translation>
    </message>
    <message>
        <source>order or tracking number</source>
        <translation>bestel- of trackingnummer</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
</context>
<context>
    <name>FirstPinDialog</name>
    <message>
        <source>Set up the shift-lead PIN</source>
        <translation>Teamleiderspincode instellen</translation>
    </message>
    <message>
        <source>This station has no shift-lead PIN yet. Choose one: settings, batch retries and other lead actions will ask for it.</source>
        <translation>Dit station heeft nog geen teamleiderspincode. Kies er een: instellingen, meerdere bestellingen tegelijk opnieuw proberen en andere teamleideracties vragen erom.</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Pincode opslaan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Lead&apos;s name</source>
        <translation>Naam van de teamleider</translation>
    </message>
    <message>
        <source>Current PIN (to change a PIN)</source>
        <translation>Huidige pincode (om een pincode te wijzigen)</translation>
    </message>
    <message>
        <source>PIN (%1 to %2 digits)</source>
        <translation>Pincode (%1 tot %2 cijfers)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode herhalen</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who did what.</source>
        <translation>Vul je naam in: het logboek legt vast wie wat heeft gedaan.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Een pincode heeft %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>De twee pincodes verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>FixOrderDialog</name>
    <message>
        <source>Fix order %1</source>
        <translation>Bestelling %1 corrigeren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresregel 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Staat of provincie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikelen: %1</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>Het laatst afgedrukte label verschijnt hier.</translation>
    </message>
    <message>
        <source>The label of this scan appears here.</source>
        <translation>Het label van deze scan verschijnt hier.</translation>
    </message>
    <message numerus="yes">
        <source>and %n customs document(s)</source>
        <translation>
            <numerusform>en %n douanedocument</numerusform>
            <numerusform>en %n douanedocumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>LeadTools</name>
    <message>
        <source>&amp;Shift lead</source>
        <translation>&amp;Teamleider</translation>
    </message>
    <message>
        <source>&amp;Failed shipments…</source>
        <translation>&amp;Mislukte zendingen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Lock shift-lead mode</source>
        <translation>Teamleidermodus &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Set a lead&apos;s &amp;PIN…</source>
        <translation>&amp;Pincode van een teamleider instellen…</translation>
    </message>
    <message>
        <source>Complete without scanning</source>
        <translation>Afronden zonder scannen</translation>
    </message>
    <message>
        <source>Why is order %1 completed without scanning every item?</source>
        <translation>Waarom wordt bestelling %1 afgerond zonder elk artikel te scannen?</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>The settings are saved. Restart Packstation to use them.</source>
        <translation>De instellingen zijn opgeslagen. Start Packstation opnieuw om ze te gebruiken.</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Set a shift lead&apos;s PIN</source>
        <translation>Pincode van een teamleider instellen</translation>
    </message>
    <message>
        <source>Keep your own name to change your PIN, or type a new lead&apos;s name to give them one. Changing a lead&apos;s PIN needs their current PIN: a lead&apos;s PIN is theirs alone.</source>
        <translation>Laat je eigen naam staan om je pincode te wijzigen, of typ de naam van een nieuwe teamleider om die een pincode te geven. Een bestaande pincode wijzig je alleen met de huidige pincode: die kent alleen de teamleider zelf.</translation>
    </message>
    <message>
        <source>PIN saved for %1.</source>
        <translation>Pincode opgeslagen voor %1.</translation>
    </message>
    <message>
        <source>Shift lead: %1</source>
        <translation>Teamleider: %1</translation>
    </message>
    <message>
        <source>Packer mode</source>
        <translation>Inpakkersmodus</translation>
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
        <translation>Een scan in een venster is naar de scanwachtrij gegaan: %1</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation kan niet starten</translation>
    </message>
    <message>
        <source>The station could not open. Scans are refused until this is fixed.</source>
        <translation>Het station kon niet worden geopend. Scans worden geweigerd tot dit is opgelost.</translation>
    </message>
    <message>
        <source>Nothing to reprint: the station is not open.</source>
        <translation>Niets om opnieuw af te drukken: het station is niet geopend.</translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation>Nog niets om opnieuw af te drukken.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Afgerond zonder de rest te scannen</translation>
    </message>
    <message>
        <source>Completed by %1: %2</source>
        <translation>Afgerond door %1: %2</translation>
    </message>
    <message>
        <source>Every line of this order has a code to scan.</source>
        <translation>Elke regel van deze bestelling heeft een code om te scannen.</translation>
    </message>
    <message>
        <source>No order is open for packing: there is no box to close.</source>
        <translation>Er is geen bestelling open om in te pakken: er is geen doos om te sluiten.</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Nieuwe doos</translation>
    </message>
    <message>
        <source>No order is open for packing: scan an order first.</source>
        <translation>Er is geen bestelling open om in te pakken: scan eerst een bestelling.</translation>
    </message>
    <message>
        <source>Box size %1</source>
        <translation>Doosmaat %1</translation>
    </message>
    <message>
        <source>Press Esc again to give up packing order %1.</source>
        <translation>Druk nogmaals op Esc om het inpakken van bestelling %1 te stoppen.</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Inpakken gestopt</translation>
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
        <source>Start-up check: %n label(s) from the last session need a look. F5 reprints the last one.</source>
        <translation>
            <numerusform>Opstartcontrole: %n label van de vorige sessie vraagt aandacht. F5 drukt het opnieuw af.</numerusform>
            <numerusform>Opstartcontrole: %n labels van de vorige sessie vragen aandacht. F5 drukt het laatste opnieuw af.</numerusform>
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
    <message>
        <source>Weighing: put the parcel on the scale and let go of it…</source>
        <translation>Wegen: zet het pakket op de weegschaal en laat het los…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Mark resolved</source>
        <translation>Als opgelost markeren</translation>
    </message>
    <message>
        <source>How was it resolved? (required)</source>
        <translation>Hoe is het opgelost? (verplicht)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestelling %1</translation>
    </message>
</context>
<context>
    <name>PackersTab</name>
    <message>
        <source>Badge id</source>
        <translation>Badge-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Add packer</source>
        <translation>Inpakker toevoegen</translation>
    </message>
    <message>
        <source>Remove packer</source>
        <translation>Inpakker verwijderen</translation>
    </message>
    <message>
        <source>Packers</source>
        <translation>Inpakkers</translation>
    </message>
    <message>
        <source>The warehouse&apos;s packers: every station shares this list. A badge added here signs in at every station.</source>
        <translation>De inpakkers van het magazijn: alle stations delen deze lijst. Met een badge die je hier toevoegt, meldt een inpakker zich op elk station aan.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
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
        <translation>Scannerprefix om te verwijderen</translation>
    </message>
    <message>
        <source>Scanner suffix to strip</source>
        <translation>Scannersuffix om te verwijderen</translation>
    </message>
    <message>
        <source>Scanner keyboard layout</source>
        <translation>Toetsenbordindeling van de scanner</translation>
    </message>
    <message>
        <source>Ignore a repeated scan within</source>
        <translation>Een herhaalde scan negeren binnen</translation>
    </message>
    <message>
        <source>Scanner keys at most this far apart</source>
        <translation>Scannertoetsen hooguit zo ver uit elkaar</translation>
    </message>
    <message>
        <source>none: packers do not sign in by badge</source>
        <translation>geen: inpakkers melden zich niet aan met een badge</translation>
    </message>
    <message>
        <source>Badges start with</source>
        <translation>Badges beginnen met</translation>
    </message>
    <message>
        <source>Words separated by commas. A badge is one of these words, then - or :, then its id (1 to 32 letters or digits), for example BADGE-A17.</source>
        <translation>Woorden gescheiden door komma&apos;s. Een badge is een van deze woorden, dan - of :, dan de ID (1 tot 32 letters of cijfers), bijvoorbeeld BADGE-A17.</translation>
    </message>
    <message>
        <source>Badge pattern (written by hand)</source>
        <translation>Badgepatroon (met de hand geschreven)</translation>
    </message>
    <message>
        <source>scan or type a badge</source>
        <translation>scan of typ een badge</translation>
    </message>
    <message>
        <source>Try a badge</source>
        <translation>Badge proberen</translation>
    </message>
    <message>
        <source>Not a badge: this scans as an order number.</source>
        <translation>Geen badge: dit wordt gescand als bestelnummer.</translation>
    </message>
    <message>
        <source>Badge %1: signs in %2.</source>
        <translation>Badge %1: meldt %2 aan.</translation>
    </message>
    <message>
        <source>Badge %1: not in the packers list above.</source>
        <translation>Badge %1: staat niet in de lijst met inpakkers hierboven.</translation>
    </message>
    <message>
        <source>Order lookups</source>
        <translation>Zoekpogingen per bestelling</translation>
    </message>
    <message>
        <source>Wait between lookups</source>
        <translation>Wachttijd tussen zoekpogingen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Shift lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Enter your name and your shift-lead PIN.</source>
        <translation>Voer je naam en je teamleiderspincode in.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Enter your name: the PIN is checked as yours.</source>
        <translation>Voer je naam in: de pincode wordt bij die naam gecontroleerd.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Een pincode heeft %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Je kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Te veel verkeerde pincodes. Probeer het over %1 s opnieuw.</translation>
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
        <translation>Oefening &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Oefening terugzetten</translation>
    </message>
    <message>
        <source>Start the practice again? Every practice scan, label and shipment of this training station is forgotten: the practice orders can be shipped again, and the shift-lead PIN is %1 again. The settings stay.</source>
        <translation>Opnieuw beginnen met oefenen? Elke oefenscan, elk label en elke zending van dit trainingsstation wordt vergeten: de oefenbestellingen kunnen weer worden verzonden en de teamleiderspincode is weer %1. De instellingen blijven.</translation>
    </message>
    <message>
        <source>Resetting the practice…</source>
        <translation>Oefening wordt teruggezet…</translation>
    </message>
    <message>
        <source>Practice reset: every practice order can be shipped again.</source>
        <translation>Oefening teruggezet: elke oefenbestelling kan weer worden verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s) removed.</source>
        <translation>
            <numerusform>%n bestand of map verwijderd.</numerusform>
            <numerusform>%n bestanden en mappen verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Label format</source>
        <translation>Labelformaat</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Labelresolutie</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100 — empty: labels only saved</source>
        <translation>tcp://192.168.1.50:9100 — leeg: labels alleen opgeslagen</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Printeradres</translation>
    </message>
    <message>
        <source>Printer language</source>
        <translation>Printertaal</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Ask the printer</source>
        <translation>De printer vragen</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>Printerresolutie</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Labelafmeting</translation>
    </message>
    <message>
        <source>Short side across the head</source>
        <translation>Korte zijde langs de printkop (staand)</translation>
    </message>
    <message>
        <source>Long side across the head</source>
        <translation>Lange zijde langs de printkop (liggend)</translation>
    </message>
    <message>
        <source>Media loaded</source>
        <translation>Labels ingelegd</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testafdruk</translation>
    </message>
    <message>
        <source>Gap between labels</source>
        <translation>Ruimte tussen labels</translation>
    </message>
    <message>
        <source>Move the print down</source>
        <translation>Afdruk omlaag verschuiven</translation>
    </message>
    <message>
        <source>Move the print right</source>
        <translation>Afdruk naar rechts verschuiven</translation>
    </message>
    <message>
        <source>Printer&apos;s own</source>
        <translation>Instelling van de printer</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>Zwarting</translation>
    </message>
    <message>
        <source>Print speed</source>
        <translation>Afdruksnelheid</translation>
    </message>
    <message>
        <source>Copies of each label</source>
        <translation>Exemplaren per label</translation>
    </message>
    <message>
        <source>Calibrate media</source>
        <translation>Labels kalibreren</translation>
    </message>
    <message>
        <source>Save as power-up default</source>
        <translation>Opslaan als standaard bij opstarten</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default (%1 dpi)</source>
        <translation>Standaard van Sendcloud (%1 dpi)</translation>
    </message>
    <message>
        <source>Test label printed: %1.</source>
        <translation>Testlabel afgedrukt: %1.</translation>
    </message>
    <message>
        <source>Media calibration sent: %1.</source>
        <translation>Kalibratie van de labels verstuurd: %1.</translation>
    </message>
    <message>
        <source>Saved as the printer&apos;s power-up default: %1.</source>
        <translation>Opgeslagen als standaard van de printer bij opstarten: %1.</translation>
    </message>
    <message>
        <source>%1 reports %2 dpi.</source>
        <translation>%1 meldt %2 dpi.</translation>
    </message>
    <message>
        <source>No printer address is set.</source>
        <translation>Er is geen printeradres ingesteld.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Navragen bij de printer…</translation>
    </message>
    <message>
        <source>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — empty: no scale</source>
        <translation>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — leeg: geen weegschaal</translation>
    </message>
    <message>
        <source>Scale address</source>
        <translation>Adres van de weegschaal</translation>
    </message>
    <message>
        <source>Read the scale</source>
        <translation>Weegschaal uitlezen</translation>
    </message>
    <message>
        <source>No scale address is set.</source>
        <translation>Er is geen adres voor de weegschaal ingesteld.</translation>
    </message>
    <message>
        <source>Put something on the scale… (up to %1 s)</source>
        <translation>Leg iets op de weegschaal… (hooguit %1 s)</translation>
    </message>
    <message>
        <source>The scale reads %1.</source>
        <translation>De weegschaal geeft %1 aan.</translation>
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
        <translation>Opnieuw afdrukken %1</translation>
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
    <name>ReviewBox</name>
    <message>
        <source>The settings file was changed outside Packstation. Until a shift lead saves these settings, the station keeps the values below as a lead last saved them, and this dialog shows them. Tick a value to take the file&apos;s instead. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Het instellingenbestand is buiten Packstation gewijzigd. Tot een teamleider deze instellingen opslaat, houdt het station de waarden hieronder zoals een teamleider ze het laatst heeft opgeslagen, en dit venster toont die. Vink een waarde aan om die uit het bestand te nemen. Controleer elke pagina: na opslaan is dit alles de instellingen van een teamleider.</translation>
    </message>
    <message>
        <source>The settings file was changed outside Packstation. Its changes are in use and shown here. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Het instellingenbestand is buiten Packstation gewijzigd. De wijzigingen zijn in gebruik en hier te zien. Controleer elke pagina: na opslaan is dit alles de instellingen van een teamleider.</translation>
    </message>
    <message>
        <source>%1: in use %2; in the file %3</source>
        <translation>%1: in gebruik %2; in het bestand %3</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Waarde uit het bestand nemen</translation>
    </message>
    <message>
        <source>Sendcloud address</source>
        <translation>Sendcloud-adres</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>Labelformaat</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Labelresolutie</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Labels bewaren gedurende</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default</source>
        <translation>standaard van Sendcloud</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
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
    <name>SendcloudTab</name>
    <message>
        <source>Looking for stored keys…</source>
        <translation>Opgeslagen sleutels zoeken…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>leave empty to keep the stored keys</source>
        <translation>leeg laten om de opgeslagen sleutels te houden</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publieke sleutel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Integrations (none: all)</source>
        <translation>Integraties (geen: alle)</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Ship with</source>
        <translation>Verzenden met</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>no brand</source>
        <translation>geen merk</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>Merk-id</translation>
    </message>
    <message>
        <source>Apply the account&apos;s shipping rules</source>
        <translation>De verzendregels van het account toepassen</translation>
    </message>
    <message>
        <source>Reload from Sendcloud</source>
        <translation>Opnieuw laden uit Sendcloud</translation>
    </message>
    <message>
        <source>Enter both the public and the secret key, or neither.</source>
        <translation>Vul zowel de publieke als de geheime sleutel in, of geen van beide.</translation>
    </message>
    <message>
        <source>No keys stored in this computer&apos;s keyring.</source>
        <translation>Geen sleutels opgeslagen in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <source>Stored in the keyring (public key %1).</source>
        <translation>Opgeslagen in de sleutelbos (publieke sleutel %1).</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Navragen bij Sendcloud…</translation>
    </message>
    <message>
        <source>Lists loaded from Sendcloud.</source>
        <translation>Lijsten geladen uit Sendcloud.</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>De lijsten konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integratie %1</translation>
    </message>
    <message>
        <source>The account&apos;s default sender address</source>
        <translation>Het standaard afzenderadres van het account</translation>
    </message>
    <message>
        <source>Sender address %1</source>
        <translation>Afzenderadres %1</translation>
    </message>
    <message>
        <source>Sendcloud decides (rules, order, defaults)</source>
        <translation>Sendcloud beslist (regels, bestelling, standaardinstellingen)</translation>
    </message>
    <message>
        <source>%1 (not offered for this route)</source>
        <translation>%1 (niet aangeboden voor deze route)</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (the most common destination of the last %3 orders).</source>
        <translation>Opties voor %1 → %2 (de meest voorkomende bestemming van de laatste %3 bestellingen).</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (no recent orders: the sender&apos;s own country).</source>
        <translation>Opties voor %1 → %2 (geen recente bestellingen: het eigen land van de afzender).</translation>
    </message>
    <message>
        <source>Any contract (Sendcloud&apos;s default)</source>
        <translation>Elk contract (standaard van Sendcloud)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Sendcloud accepted the keys; %n integration(s) on the account.</source>
        <translation>
            <numerusform>Verbonden: Sendcloud heeft de sleutels geaccepteerd; %n integratie op het account.</numerusform>
            <numerusform>Verbonden: Sendcloud heeft de sleutels geaccepteerd; %n integraties op het account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sendcloud refused the API keys (401). Copy the public and the secret key again from the Sendcloud panel (Settings → Integrations → your API integration).</source>
        <translation>Sendcloud heeft de API-sleutels geweigerd (401). Kopieer de publieke en de geheime sleutel opnieuw uit het Sendcloud-panel (Instellingen → Integraties → je API-integratie).</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Stationsinstellingen</translation>
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
        <translation>Labels en printer</translation>
    </message>
    <message>
        <source>Packers and scanner</source>
        <translation>Inpakkers en scanner</translation>
    </message>
    <message>
        <source>Please fix:</source>
        <translation>Corrigeer het volgende:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The printer&apos;s resolution could not be checked: %1</source>
        <translation>De resolutie van de printer kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Saved. Please check:</source>
        <translation>Opgeslagen. Controleer het volgende:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ShiftChart</name>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Labels per hour</source>
        <translation>Labels per uur</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Foutpercentage</translation>
    </message>
    <message>
        <source>Median scan → print</source>
        <translation>Mediaan scan → afdruk</translation>
    </message>
    <message>
        <source>no packer</source>
        <translation>geen inpakker</translation>
    </message>
    <message>
        <source>%1, not a failure</source>
        <translation>%1, geen fout</translation>
    </message>
    <message>
        <source>No statistics yet.</source>
        <translation>Nog geen statistieken.</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Fouten per oorzaak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Opening the station…</source>
        <translation>Station openen…</translation>
    </message>
    <message>
        <source>The station is not open</source>
        <translation>Het station is niet geopend</translation>
    </message>
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
    <message>
        <source>Packer: %1</source>
        <translation>Inpakker: %1</translation>
    </message>
    <message>
        <source>Waiting for Sendcloud&apos;s limit: %1 s</source>
        <translation>Wachten op de limiet van Sendcloud: %1 s</translation>
    </message>
    <message>
        <source>Shared journal unreachable: no label is made, scans wait. %1</source>
        <translation>Gedeeld logboek onbereikbaar: er wordt geen label gemaakt, scans wachten. %1</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Station name</source>
        <translation>Stationsnaam</translation>
    </message>
    <message>
        <source>Play a sound for every scan</source>
        <translation>Een geluid afspelen bij elke scan</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>De taal van de computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Hoog contrast (wit op zwart)</translation>
    </message>
    <message>
        <source>Theme (from the next start)</source>
        <translation>Thema (vanaf de volgende start)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock shift-lead mode after</source>
        <translation>Teamleidermodus vergrendelen na</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Labels bewaren gedurende</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>TRAINING — oefenbestellingen en een virtuele printer; er wordt niets verzonden of betaald</translation>
    </message>
    <message>
        <source>Shift lead for practice: %1, PIN %2</source>
        <translation>Teamleider om mee te oefenen: %1, pincode %2</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Oefenbarcodes afdrukken</translation>
    </message>
    <message>
        <source>No program on this computer opened the practice barcodes (a PDF). Print the file: %1</source>
        <translation>Geen enkel programma op deze computer heeft de oefenbarcodes (een pdf) geopend. Druk het bestand af: %1</translation>
    </message>
</context>
<context>
    <name>TrainingScale</name>
    <message>
        <source>Training scale</source>
        <translation>Oefenweegschaal</translation>
    </message>
    <message>
        <source>weight, e.g. 1.25 kg</source>
        <translation>gewicht, bijv. 1,25 kg</translation>
    </message>
    <message>
        <source>Put on scale (F6)</source>
        <translation>Op de weegschaal (F6)</translation>
    </message>
    <message>
        <source>Take off (F7)</source>
        <translation>Eraf halen (F7)</translation>
    </message>
    <message>
        <source>Scale: empty</source>
        <translation>Weegschaal: leeg</translation>
    </message>
    <message>
        <source>Type a weight with its unit, such as 1.25 kg, 800 g or 2.5 lb.</source>
        <translation>Typ een gewicht met de eenheid, zoals 1,25 kg, 800 g of 2,5 lb.</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Weegschaal: %1</translation>
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
        <translation>Trackingnummer</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>GEREED</translation>
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
        <source>Opening the station…</source>
        <translation>Station openen…</translation>
    </message>
    <message>
        <source>You can scan already: scans wait until the station is open.</source>
        <translation>Je kunt al scannen: scans wachten tot het station geopend is.</translation>
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
        <source>chosen by Sendcloud</source>
        <translation>gekozen door Sendcloud</translation>
    </message>
    <message numerus="yes">
        <source>+%n more (F2 shows all)</source>
        <translation>
            <numerusform>+%n meer (F2 toont alles)</numerusform>
            <numerusform>+%n meer (F2 toont alles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>weight limit not checked</source>
        <translation>gewichtslimiet niet gecontroleerd</translation>
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
        <translation>Er ging iets mis dat Packstation niet verwachtte. Het staat in het logbestand. Controleer de laatste scan in de lijst voordat je hem opnieuw scant.

%1</translation>
    </message>
    <message>
        <source>Packstation is already running</source>
        <translation>Packstation draait al</translation>
    </message>
    <message>
        <source>This station is already open in another window. Use that one: two copies could print two labels for one order.</source>
        <translation>Dit station is al geopend in een ander venster. Gebruik dat venster: twee geopende vensters kunnen twee labels voor één bestelling afdrukken.</translation>
    </message>
    <message>
        <source>The station could not open: %1. It was written to the log.</source>
        <translation>Het station kon niet worden geopend: %1. Het staat in het logbestand.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>Order not found</source>
        <translation>Bestelling niet gevonden</translation>
    </message>
    <message>
        <source>Label not created</source>
        <translation>Label niet gemaakt</translation>
    </message>
    <message>
        <source>Created but not printed</source>
        <translation>Gemaakt maar niet afgedrukt</translation>
    </message>
    <message>
        <source>Station fault</source>
        <translation>Stationsfout</translation>
    </message>
    <message>
        <source>Printer settings wrong</source>
        <translation>Printerinstellingen onjuist</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>Pincode geweigerd</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Twee keer gescand</translation>
    </message>
    <message>
        <source>Badge unknown</source>
        <translation>Badge onbekend</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Item packed</source>
        <translation>Artikel ingepakt</translation>
    </message>
    <message>
        <source>Being packed</source>
        <translation>Wordt ingepakt</translation>
    </message>
    <message>
        <source>Box closed</source>
        <translation>Doos gesloten</translation>
    </message>
    <message>
        <source>Box size chosen</source>
        <translation>Doosmaat gekozen</translation>
    </message>
    <message>
        <source>Box size not chosen</source>
        <translation>Doosmaat niet gekozen</translation>
    </message>
    <message>
        <source>Unknown box size</source>
        <translation>Onbekende doosmaat</translation>
    </message>
    <message>
        <source>Box empty</source>
        <translation>Doos leeg</translation>
    </message>
    <message>
        <source>Boxes do not hold the order</source>
        <translation>Dozen bevatten de bestelling niet</translation>
    </message>
    <message>
        <source>Several boxes not offered</source>
        <translation>Meerdere dozen niet mogelijk</translation>
    </message>
    <message>
        <source>Order line without item id</source>
        <translation>Bestelregel zonder artikel-id</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Inpakken gestopt</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Geen bestelling open</translation>
    </message>
    <message>
        <source>Items must be scanned</source>
        <translation>Artikelen moeten gescand worden</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Verkeerd artikel</translation>
    </message>
    <message>
        <source>Too many of an item</source>
        <translation>Te veel van een artikel</translation>
    </message>
    <message>
        <source>Unreadable item code</source>
        <translation>Onleesbare artikelcode</translation>
    </message>
    <message>
        <source>Unknown case code</source>
        <translation>Onbekende omdooscode</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Opnieuw afgedrukt</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Printerstatus onbekend</translation>
    </message>
    <message>
        <source>Document not printed</source>
        <translation>Document niet afgedrukt</translation>
    </message>
    <message>
        <source>ZPL label: reprint as PDF</source>
        <translation>ZPL-label: opnieuw printen als pdf</translation>
    </message>
    <message>
        <source>Label unreadable</source>
        <translation>Label onleesbaar</translation>
    </message>
    <message>
        <source>Label too large</source>
        <translation>Label te groot</translation>
    </message>
    <message>
        <source>Label file unreadable</source>
        <translation>Labelbestand onleesbaar</translation>
    </message>
    <message>
        <source>Not allowed for these keys</source>
        <translation>Niet toegestaan voor deze sleutels</translation>
    </message>
    <message>
        <source>Not found at Sendcloud</source>
        <translation>Niet gevonden bij Sendcloud</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Onleesbaar antwoord</translation>
    </message>
    <message>
        <source>Label still in the making</source>
        <translation>Label nog in de maak</translation>
    </message>
    <message>
        <source>Cancel refused</source>
        <translation>Annuleren geweigerd</translation>
    </message>
    <message>
        <source>At another station</source>
        <translation>Op een ander station</translation>
    </message>
    <message>
        <source>No live label</source>
        <translation>Geen geldig label</translation>
    </message>
    <message>
        <source>Label not fetched</source>
        <translation>Label niet opgehaald</translation>
    </message>
    <message>
        <source>Label not saved</source>
        <translation>Label niet opgeslagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Shift lead only</source>
        <translation>Alleen teamleider</translation>
    </message>
    <message>
        <source>Read-only console</source>
        <translation>Console alleen-lezen</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Niets gewijzigd</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Geen adres</translation>
    </message>
    <message>
        <source>No order lines</source>
        <translation>Geen bestelregels</translation>
    </message>
    <message>
        <source>Order line incomplete</source>
        <translation>Bestelregel onvolledig</translation>
    </message>
    <message>
        <source>No currency</source>
        <translation>Geen valuta</translation>
    </message>
    <message>
        <source>Order unknown</source>
        <translation>Bestelling onbekend</translation>
    </message>
    <message>
        <source>No order number</source>
        <translation>Geen bestelnummer</translation>
    </message>
    <message>
        <source>Still has a label</source>
        <translation>Heeft nog een label</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Geen label</translation>
    </message>
    <message>
        <source>Label cancelled</source>
        <translation>Label geannuleerd</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultaat onbekend</translation>
    </message>
    <message>
        <source>Shipment not found</source>
        <translation>Zending niet gevonden</translation>
    </message>
    <message>
        <source>Selected twice</source>
        <translation>Twee keer geselecteerd</translation>
    </message>
    <message>
        <source>Batch too large</source>
        <translation>Selectie te groot</translation>
    </message>
    <message>
        <source>Several shops</source>
        <translation>Meerdere winkels</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Al opgelost</translation>
    </message>
    <message>
        <source>Already retried</source>
        <translation>Al opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>Already printed</source>
        <translation>Al afgedrukt</translation>
    </message>
    <message>
        <source>Label not on this station</source>
        <translation>Label niet op dit station</translation>
    </message>
    <message>
        <source>Not already shipped</source>
        <translation>Nog niet verzonden</translation>
    </message>
    <message>
        <source>Note missing</source>
        <translation>Notitie ontbreekt</translation>
    </message>
    <message>
        <source>Not a failure</source>
        <translation>Niet mislukt</translation>
    </message>
    <message>
        <source>API keys incomplete</source>
        <translation>API-sleutels onvolledig</translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation>Geen API-sleutels</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Sleutelbos niet beschikbaar</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Naam ontbreekt</translation>
    </message>
    <message>
        <source>PIN store damaged</source>
        <translation>Pincodeopslag beschadigd</translation>
    </message>
    <message>
        <source>PIN store lost</source>
        <translation>Pincodeopslag kwijt</translation>
    </message>
    <message>
        <source>Shared PIN store lost</source>
        <translation>Gedeelde pincodeopslag kwijt</translation>
    </message>
    <message>
        <source>Settings wrong</source>
        <translation>Instellingen onjuist</translation>
    </message>
    <message>
        <source>Settings changed outside</source>
        <translation>Instellingen buiten de app gewijzigd</translation>
    </message>
    <message>
        <source>Connection not encrypted</source>
        <translation>Verbinding niet versleuteld</translation>
    </message>
    <message>
        <source>Journal too new</source>
        <translation>Logboek te nieuw</translation>
    </message>
    <message>
        <source>Training port in use</source>
        <translation>Trainingspoort in gebruik</translation>
    </message>
    <message>
        <source>Training in use</source>
        <translation>Training in gebruik</translation>
    </message>
    <message>
        <source>Practice reset failed</source>
        <translation>Oefening terugzetten mislukt</translation>
    </message>
    <message>
        <source>Training counters damaged</source>
        <translation>Trainingstellers beschadigd</translation>
    </message>
    <message>
        <source>Scale settings wrong</source>
        <translation>Weegschaalinstellingen onjuist</translation>
    </message>
    <message>
        <source>Scale unreachable</source>
        <translation>Weegschaal niet bereikbaar</translation>
    </message>
    <message>
        <source>Scale not answering</source>
        <translation>Weegschaal antwoordt niet</translation>
    </message>
    <message>
        <source>No stable weight</source>
        <translation>Geen stabiel gewicht</translation>
    </message>
    <message>
        <source>Nothing on the scale</source>
        <translation>Niets op de weegschaal</translation>
    </message>
    <message>
        <source>Scale below zero</source>
        <translation>Weegschaal onder nul</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>Weegschaal overbelast</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>Weegschaalfout</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescand</translation>
    </message>
    <message>
        <source>Order found</source>
        <translation>Bestelling gevonden</translation>
    </message>
    <message>
        <source>Label requested</source>
        <translation>Label aangevraagd</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Label gemaakt</translation>
    </message>
    <message>
        <source>Label saved</source>
        <translation>Label opgeslagen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Barcode scanned; looking for the order.</source>
        <translation>Barcode gescand; de bestelling wordt gezocht.</translation>
    </message>
    <message>
        <source>Order found in Sendcloud; checking it has no label yet.</source>
        <translation>Bestelling gevonden in Sendcloud; controleren of er nog geen label is.</translation>
    </message>
    <message>
        <source>Label asked for at Sendcloud; waiting for the answer.</source>
        <translation>Label aangevraagd bij Sendcloud; wachten op het antwoord.</translation>
    </message>
    <message>
        <source>Sendcloud made the label (parcel and tracking number known).</source>
        <translation>Sendcloud heeft het label gemaakt (pakket en trackingnummer bekend).</translation>
    </message>
    <message>
        <source>Label file saved on this station; ready to print.</source>
        <translation>Labelbestand op dit station opgeslagen; gereed om af te drukken.</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Label afgedrukt.</translation>
    </message>
    <message>
        <source>Stopped by an error; see the error code and message.</source>
        <translation>Gestopt door een fout; zie de foutcode en de melding.</translation>
    </message>
    <message>
        <source>No clear answer to the label request: a label may exist. Sendcloud is asked before any retry.</source>
        <translation>Geen duidelijk antwoord op de labelaanvraag: mogelijk bestaat er al een label. Sendcloud wordt gevraagd vóór elke nieuwe poging.</translation>
    </message>
    <message>
        <source>Label sent to the printer, but the printer did not confirm it printed.</source>
        <translation>Label naar de printer gestuurd, maar de printer heeft het afdrukken niet bevestigd.</translation>
    </message>
    <message>
        <source>Label cancelled at Sendcloud; it must not be used.</source>
        <translation>Label bij Sendcloud geannuleerd; het mag niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Afgerond zonder de rest te scannen</translation>
    </message>
    <message>
        <source>Completed by a shift lead</source>
        <translation>Afgerond door een teamleider</translation>
    </message>
    <message>
        <source>Parked for another order</source>
        <translation>Geparkeerd voor een andere bestelling</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>The barcode could not be used as an order number (unreadable, another keyboard layout, or a repeat of the scan before); no order was looked up.</source>
        <translation>De barcode was geen bruikbaar bestelnummer (onleesbaar, een andere toetsenbordindeling, of een herhaling van de vorige scan); er is geen bestelling opgezocht.</translation>
    </message>
    <message>
        <source>The order was not found in Sendcloud (see the error code); no label was made.</source>
        <translation>De bestelling is niet gevonden in Sendcloud (zie de foutcode); er is geen label gemaakt.</translation>
    </message>
    <message>
        <source>The order already has a label, so no new one was made. Reprint it; not counted as a failure.</source>
        <translation>De bestelling heeft al een label, dus er is geen nieuw label gemaakt. Druk het opnieuw af; dit telt niet als fout.</translation>
    </message>
    <message>
        <source>The order was found, but Sendcloud made no label. Fix the order, then retry.</source>
        <translation>De bestelling is gevonden, maar Sendcloud heeft geen label gemaakt. Corrigeer de bestelling en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sendcloud made the label, but it was not printed. Reprint it; never retry.</source>
        <translation>Sendcloud heeft het label gemaakt, maar het is niet afgedrukt. Druk het opnieuw af; probeer het nooit opnieuw.</translation>
    </message>
    <message>
        <source>Print not confirmed</source>
        <translation>Afdruk niet bevestigd</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>Onleesbare scan</translation>
    </message>
    <message>
        <source>Order in two shops</source>
        <translation>Bestelling in twee winkels</translation>
    </message>
    <message>
        <source>Already shipped</source>
        <translation>Al verzonden</translation>
    </message>
    <message>
        <source>Order data refused</source>
        <translation>Bestelgegevens geweigerd</translation>
    </message>
    <message>
        <source>Carrier refused</source>
        <translation>Geweigerd door vervoerder</translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Geen duidelijk antwoord</translation>
    </message>
    <message>
        <source>Sendcloud error</source>
        <translation>Sendcloud-fout</translation>
    </message>
    <message>
        <source>Sendcloud too slow</source>
        <translation>Sendcloud te traag</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Netwerk onbereikbaar</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Te veel verzoeken</translation>
    </message>
    <message>
        <source>API keys refused</source>
        <translation>API-sleutels geweigerd</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Printer niet gereed</translation>
    </message>
    <message>
        <source>Printer unreachable</source>
        <translation>Printer onbereikbaar</translation>
    </message>
    <message>
        <source>Printer busy</source>
        <translation>Printer bezet</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <source>Previous parcel on the scale</source>
        <translation>Vorig pakket op de weegschaal</translation>
    </message>
    <message>
        <source>Too heavy for the option</source>
        <translation>Te zwaar voor de optie</translation>
    </message>
    <message>
        <source>Too light for the option</source>
        <translation>Te licht voor de optie</translation>
    </message>
    <message>
        <source>Weight not saved</source>
        <translation>Gewicht niet opgeslagen</translation>
    </message>
    <message>
        <source>No weight from the scale</source>
        <translation>Geen gewicht van de weegschaal</translation>
    </message>
    <message>
        <source>Journal unreachable</source>
        <translation>Logboek onbereikbaar</translation>
    </message>
    <message>
        <source>Scan waited too long</source>
        <translation>Scan wachtte te lang</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>shipping address</source>
        <translation>verzendadres</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>afzenderadres</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>factuuradres</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>adresregel 2</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>staat of provincie</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>postbus</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artikelen</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>pakket</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>gewicht</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>afmetingen</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>maten</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-code</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>land van herkomst</translation>
    </message>
    <message>
        <source>total price</source>
        <translation>totaalprijs</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>stukprijs</translation>
    </message>
    <message>
        <source>shop integration</source>
        <translation>winkelkoppeling</translation>
    </message>
    <message>
        <source>shipping method</source>
        <translation>verzendmethode</translation>
    </message>
    <message>
        <source>carrier contract</source>
        <translation>vervoerderscontract</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>merk</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>bestel-ID</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>bestelnummer</translation>
    </message>
    <message>
        <source>customs details</source>
        <translation>douanegegevens</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>service point</source>
        <translation>servicepunt</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <source>label format</source>
        <translation>labelformaat</translation>
    </message>
    <message>
        <source>label resolution</source>
        <translation>labelresolutie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>the whole order</source>
        <translation>de hele bestelling</translation>
    </message>
</context>
<context>
    <name>lead_mode</name>
    <message>
        <source>No shift-lead PIN is set up yet.</source>
        <translation>Er is nog geen teamleiderspincode ingesteld.</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Verkeerde naam of pincode.</translation>
    </message>
    <message>
        <source>This lead has a PIN already. Enter their current PIN to change it.</source>
        <translation>Deze teamleider heeft al een pincode. Voer de huidige pincode in om die te wijzigen.</translation>
    </message>
    <message>
        <source>A shift-lead PIN is already set up. Unlock with it.</source>
        <translation>Er is al een teamleiderspincode ingesteld. Ontgrendel daarmee.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Een pincode heeft %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from the shared journal, though the warehouse had some. Ask its administrator to restore them.</source>
        <translation>De teamleiderspincodes ontbreken in het gedeelde logboek, hoewel het magazijn ze had. Vraag de beheerder om ze terug te zetten.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from this computer&apos;s keyring, though this station had some. Ask an administrator to restore them.</source>
        <translation>De teamleiderspincodes ontbreken in de sleutelbos van deze computer, hoewel dit station ze had. Vraag een beheerder om ze terug te zetten.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used: %1</source>
        <translation>De sleutelbos van het besturingssysteem kan niet worden gebruikt: %1</translation>
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
        <translation>Bestelling %1 is al verzonden (trackingnummer %2). Er is geen nieuw label gemaakt: druk het oude opnieuw af.</translation>
    </message>
    <message>
        <source>%1 was just scanned; the second scan was ignored.</source>
        <translation>%1 is net gescand; de tweede scan is genegeerd.</translation>
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
        <source>The scan could not be read. Scan again.</source>
        <translation>De scan was onleesbaar. Scan opnieuw.</translation>
    </message>
    <message>
        <source>This badge is not known at this station. Ask your shift lead to add you.</source>
        <translation>Deze badge is onbekend op dit station. Vraag je teamleider om je toe te voegen.</translation>
    </message>
    <message>
        <source>Packed: %2.</source>
        <translation>Ingepakt: %2.</translation>
    </message>
    <message>
        <source>Order %1: scan each item into the box.</source>
        <translation>Bestelling %1: scan elk artikel dat in de doos gaat.</translation>
    </message>
    <message>
        <source>Packing of order %1 was given up; no label was made. Unpack the box.</source>
        <translation>Inpakken van bestelling %1 is gestopt; er is geen label gemaakt. Pak de doos uit.</translation>
    </message>
    <message>
        <source>No order is open for packing. Scan an order first.</source>
        <translation>Er is geen bestelling open om in te pakken. Scan eerst een bestelling.</translation>
    </message>
    <message>
        <source>Order %1 cannot leave in several boxes here. Pack it in one box, or ask your shift lead.</source>
        <translation>Bestelling %1 kan hier niet in meerdere dozen weg. Pak één doos in, of vraag je teamleider.</translation>
    </message>
    <message>
        <source>The boxes do not hold exactly order %1. Check each box against the order.</source>
        <translation>De dozen bevatten niet precies bestelling %1. Controleer elke doos met de bestelling.</translation>
    </message>
    <message>
        <source>Every item must be scanned here. Only a shift lead may complete the order without it.</source>
        <translation>Hier moet elk artikel gescand worden. Alleen een teamleider mag de bestelling afronden zonder alles te scannen.</translation>
    </message>
    <message>
        <source>%2 is not in order %1. Take it out of the box; nothing was counted.</source>
        <translation>%2 hoort niet bij bestelling %1. Haal het uit de doos; er is niets geteld.</translation>
    </message>
    <message>
        <source>Order %1 needs fewer of these (%2). Take the extra one out; nothing was counted.</source>
        <translation>Bestelling %1 heeft er minder nodig (%2). Haal het extra exemplaar uit de doos; er is niets geteld.</translation>
    </message>
    <message>
        <source>%2 cannot be read as a product code. Scan it again.</source>
        <translation>%2 is niet te lezen als productcode. Scan het opnieuw.</translation>
    </message>
    <message>
        <source>Box %2 is closed. Scan the items of the next box.</source>
        <translation>Doos %2 is dicht. Scan de artikelen van de volgende doos.</translation>
    </message>
    <message>
        <source>Box size: %2.</source>
        <translation>Doosmaat: %2.</translation>
    </message>
    <message>
        <source>Choose the box size first: Ctrl+1 to 9, or scan the box&apos;s barcode.</source>
        <translation>Kies eerst de doosmaat: Ctrl+1 t/m 9, of scan de barcode van de doos.</translation>
    </message>
    <message>
        <source>No box size has the key %2 here. Ask your shift lead.</source>
        <translation>Geen doosmaat heeft hier de toets %2. Vraag het je teamleider.</translation>
    </message>
    <message>
        <source>This box is empty. Scan its items before the next box.</source>
        <translation>Deze doos is leeg. Scan eerst de artikelen erin, dan pas een nieuwe doos.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: %2 has no item id. Pack it in one box.</source>
        <translation>Bestelling %1 kan niet in meerdere dozen: %2 heeft geen artikel-id. Pak alles in één doos.</translation>
    </message>
    <message>
        <source>%2 is a case this station does not know. Scan the units inside, or ask your shift lead.</source>
        <translation>%2 is een omdoos die dit station niet kent. Scan de artikelen erin, of vraag het je teamleider.</translation>
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
        <source>The printer did not say whether it is ready. Check it, then scan again.</source>
        <translation>De printer meldde niet of hij gereed is. Controleer hem en scan dan opnieuw.</translation>
    </message>
    <message>
        <source>The label was made but not printed. Fix the printer, then reprint (F5).</source>
        <translation>Het label is gemaakt maar niet afgedrukt. Verhelp het printerprobleem en druk dan opnieuw af (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>Het label is verstuurd, maar de printer heeft het niet bevestigd. Druk alleen opnieuw af (F5) als er geen label uitkwam.</translation>
    </message>
    <message>
        <source>The label is printed, but a customs document is not. Reprint (F5) when the printer is ready.</source>
        <translation>Het label is afgedrukt, maar een douanedocument niet. Druk opnieuw af (F5) als de printer gereed is.</translation>
    </message>
    <message>
        <source>This station cannot reach this kind of printer. Call your shift lead (F9).</source>
        <translation>Dit station kan dit type printer niet bereiken. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>This label is ZPL, which this printer cannot print. Press F5 again to print a PDF of the same parcel from Sendcloud (no new label).</source>
        <translation>Dit label is ZPL en deze printer kan dat niet printen. Druk nogmaals op F5 om een pdf van hetzelfde pakket van Sendcloud te printen (geen nieuw label).</translation>
    </message>
    <message>
        <source>The label could not be prepared for the printer. Call your shift lead.</source>
        <translation>Het label kon niet voor de printer worden klaargemaakt. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>The label is larger than the printer&apos;s labels. Call your shift lead (F9).</source>
        <translation>Het label is groter dan de labels in de printer. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>The saved label file cannot be read. Call your shift lead.</source>
        <translation>Het opgeslagen labelbestand is onleesbaar. Roep je teamleider erbij.</translation>
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
        <source>This station&apos;s API keys may not do this. Call your shift lead.</source>
        <translation>De API-sleutels van dit station mogen dit niet. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>The carrier refused this shipment. Put the parcel aside for your shift lead.</source>
        <translation>De vervoerder heeft deze zending geweigerd. Zet het pakket apart voor je teamleider.</translation>
    </message>
    <message>
        <source>Sendcloud could not find what was asked for. Call your shift lead.</source>
        <translation>Sendcloud kon het gevraagde niet vinden. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s answer could not be read. Scan again; if it happens again, call your shift lead.</source>
        <translation>Het antwoord van Sendcloud was onleesbaar. Scan opnieuw; gebeurt het weer, roep dan je teamleider erbij.</translation>
    </message>
    <message>
        <source>Sendcloud is still making the label. Wait a moment, then reprint (F5).</source>
        <translation>Sendcloud maakt het label nog. Wacht even en druk dan opnieuw af (F5).</translation>
    </message>
    <message>
        <source>Sendcloud would not cancel this label. Check the shipment in Sendcloud.</source>
        <translation>Sendcloud wilde dit label niet annuleren. Controleer de zending in Sendcloud.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud heeft geen label voor %1 gemaakt. Scan opnieuw.</translation>
    </message>
    <message>
        <source>The station stopped before it asked for a label for %1; nothing was paid. Scan it again.</source>
        <translation>Het station stopte voordat het een label voor %1 aanvroeg; er is niets betaald. Scan opnieuw.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Nothing was changed.</source>
        <translation>Alleen een teamleider mag dit doen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This console is read-only: it has no connection to Sendcloud.</source>
        <translation>Deze console is alleen-lezen: er is geen verbinding met Sendcloud.</translation>
    </message>
    <message>
        <source>Sign in first: every action is recorded with who did it.</source>
        <translation>Meld je eerst aan: bij elke actie wordt vastgelegd wie die uitvoerde.</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>Er is niets gewijzigd, dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The order has no shipping address to change; enter it in the shop.</source>
        <translation>De bestelling heeft geen verzendadres om te wijzigen; vul het in de winkel in.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Een bestelling heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <source>Every order line needs a name and a quantity of 0 or more.</source>
        <translation>Elke bestelregel heeft een naam en een aantal van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>Sendcloud did not say the order&apos;s currency; add the new line in the shop.</source>
        <translation>Sendcloud meldde geen valuta voor de bestelling; voeg de nieuwe regel in de winkel toe.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be changed.</source>
        <translation>Sendcloud meldde niet welke bestelling dit is, dus ze kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be deleted.</source>
        <translation>Sendcloud meldde niet welke bestelling dit is, dus ze kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>There is no label for this shipment; retry it to make one.</source>
        <translation>Er is geen label voor deze zending; probeer het opnieuw om er een te maken.</translation>
    </message>
    <message>
        <source>This label was cancelled at Sendcloud; it must not be printed again.</source>
        <translation>Dit label is bij Sendcloud geannuleerd; het mag niet opnieuw worden afgedrukt.</translation>
    </message>
    <message>
        <source>This label is already cancelled.</source>
        <translation>Dit label is al geannuleerd.</translation>
    </message>
    <message>
        <source>Sendcloud has not yet said whether this label exists. Retry the shipment first, then void.</source>
        <translation>Sendcloud heeft nog niet laten weten of dit label bestaat. Probeer de zending eerst opnieuw en annuleer dan.</translation>
    </message>
    <message>
        <source>Sendcloud has no such shipment for this order; nothing was cancelled.</source>
        <translation>Sendcloud kent deze zending niet voor deze bestelling; er is niets geannuleerd.</translation>
    </message>
    <message>
        <source>The same failed shipment is selected twice.</source>
        <translation>Dezelfde mislukte zending is twee keer geselecteerd.</translation>
    </message>
    <message>
        <source>Sendcloud has no live label for this order (cancelled, or never finished). Nothing was printed: check the shipment in Sendcloud.</source>
        <translation>Sendcloud heeft geen geldig label voor deze bestelling (geannuleerd, of nooit afgerond). Er is niets afgedrukt: controleer de zending in Sendcloud.</translation>
    </message>
    <message>
        <source>The label was made but this station could not save it. Call your shift lead to fix the label folder, then reprint (F5); no new label is needed.</source>
        <translation>Het label is gemaakt, maar het station kon het niet opslaan. Laat je teamleider de labelmap herstellen en druk dan opnieuw af (F5).</translation>
    </message>
    <message>
        <source>The label was made but could not be fetched yet. Reprint it in a moment; no new label is needed.</source>
        <translation>Het label is gemaakt maar kon nog niet worden opgehaald. Druk het zo opnieuw af; er is geen nieuw label nodig.</translation>
    </message>
    <message>
        <source>The settings were changed outside Packstation. Until a shift lead reviews them (F9), the values a lead last saved apply.</source>
        <translation>De instellingen zijn buiten Packstation gewijzigd. Tot een teamleider ze nakijkt (F9), gelden de waarden die een teamleider het laatst heeft opgeslagen.</translation>
    </message>
    <message>
        <source>The training folder is busy: close any other Packstation, let this one finish, then try again.</source>
        <translation>De trainingsmap is bezet: sluit andere Packstation-vensters, laat dit venster zijn werk afmaken en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>%2 cannot ship order %1 in several boxes. Pack it in one box, or ask your shift lead.</source>
        <translation>%2 kan bestelling %1 niet in meerdere dozen verzenden. Pak alles in één doos, of vraag het je teamleider.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: this station names no shipping option. Pack it in one box.</source>
        <translation>Bestelling %1 kan niet in meerdere dozen: dit station noemt geen verzendoptie. Pak alles in één doos.</translation>
    </message>
    <message>
        <source>%2 labels for %1 printed.</source>
        <translation>%2 labels voor %1 afgedrukt.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan it again yet; the station asks Sendcloud before it makes another.</source>
        <translation>Sendcloud gaf geen duidelijk antwoord: er kan al een label zijn. Scan nog niet opnieuw; het station vraagt het eerst na.</translation>
    </message>
    <message>
        <source>Order %1 is being packed or labelled at another station right now. Leave it to them, or ask your shift lead.</source>
        <translation>Bestelling %1 wordt nu op een ander station ingepakt of gelabeld. Laat het aan hen over, of vraag je teamleider.</translation>
    </message>
    <message>
        <source>The label for %1 is made, but its print was not confirmed. Look at the printer; if no label came out, press F5.</source>
        <translation>Het label voor %1 is gemaakt, maar het afdrukken is niet bevestigd. Kijk bij de printer; is er geen label uitgekomen, druk dan op F5.</translation>
    </message>
    <message>
        <source>Sendcloud may already have a label for %1, so no new one was made. Wait %2, then scan it again.</source>
        <translation>Sendcloud heeft mogelijk al een label voor %1, dus er is geen nieuw label gemaakt. Wacht %2 en scan de bestelling dan opnieuw.</translation>
    </message>
    <message>
        <source>This order still has a label. Void the label before deleting the order.</source>
        <translation>Deze bestelling heeft nog een label. Annuleer het label voordat je de bestelling verwijdert.</translation>
    </message>
    <message>
        <source>This shipment is already resolved; there is nothing more to do.</source>
        <translation>Deze zending is al gemarkeerd als opgelost; er hoeft niets meer te gebeuren.</translation>
    </message>
    <message>
        <source>This shipment was already retried; retry the newer attempt.</source>
        <translation>Deze zending is al opnieuw geprobeerd; probeer de meest recente poging opnieuw.</translation>
    </message>
    <message>
        <source>This label is printed; reprint it instead of retrying.</source>
        <translation>Dit label is afgedrukt; druk het opnieuw af in plaats van opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Say in a note how the failure was resolved.</source>
        <translation>Vermeld in een notitie hoe de fout is opgelost.</translation>
    </message>
    <message>
        <source>This shipment did not fail; there is nothing to resolve.</source>
        <translation>Deze zending is niet mislukt; er is niets op te lossen.</translation>
    </message>
    <message>
        <source>Both the public and the secret key are needed.</source>
        <translation>Zowel de publieke als de geheime sleutel zijn nodig.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Unlock shift-lead mode with your PIN first.</source>
        <translation>Alleen een teamleider mag dit doen. Ontgrendel eerst de teamleidermodus met je pincode.</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Aangemeld: %1.</translation>
    </message>
    <message>
        <source>This station has a problem it cannot fix itself. Call your shift lead.</source>
        <translation>Dit station heeft een probleem dat het niet zelf kan oplossen. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>This station&apos;s settings are incomplete or wrong. Call your shift lead (F9).</source>
        <translation>De instellingen van dit station zijn onvolledig of onjuist. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>The printer settings do not match this printer. Call your shift lead (F9).</source>
        <translation>De printerinstellingen passen niet bij deze printer. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s data. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud heeft de bestelgegevens geweigerd. Zet het pakket apart voor je teamleider.</translation>
    </message>
    <message>
        <source>The printer did not take the label. Check it, then reprint (F5).</source>
        <translation>De printer nam het label niet aan. Controleer hem en druk dan opnieuw af (F5).</translation>
    </message>
    <message>
        <source>Label for %1 reprinted.</source>
        <translation>Label voor %1 opnieuw afgedrukt.</translation>
    </message>
    <message>
        <source>This order is already shipped: a retry would be refused again. Reprint its label instead.</source>
        <translation>Deze bestelling is al verzonden: een nieuwe poging zou opnieuw worden geweigerd. Druk in plaats daarvan het label opnieuw af.</translation>
    </message>
    <message>
        <source>This station holds no copy of this order&apos;s label. Reprint it at the station that made it, or from Sendcloud.</source>
        <translation>Dit station heeft geen kopie van het label van deze bestelling. Druk het opnieuw af op het station dat het maakte, of vanuit Sendcloud.</translation>
    </message>
    <message>
        <source>This shipment was not refused as already shipped; retry it instead.</source>
        <translation>Deze zending is niet als al verzonden geweigerd; probeer het gewoon opnieuw.</translation>
    </message>
    <message>
        <source>This shipment has no order number, so it cannot be retried.</source>
        <translation>Deze zending heeft geen bestelnummer: opnieuw proberen kan niet.</translation>
    </message>
    <message>
        <source>This station has no Sendcloud API keys yet. Call your shift lead (F9).</source>
        <translation>Dit station heeft nog geen Sendcloud-API-sleutels. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>A shift lead needs a name.</source>
        <translation>Een teamleider heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a moment, then try again.</source>
        <translation>Te veel verkeerde pincodes. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The stored shift-lead PINs cannot be read. Ask support to set them up again.</source>
        <translation>De opgeslagen teamleiderspincodes zijn onleesbaar. Vraag support om ze opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>The shift-lead PIN could not be checked. Try again.</source>
        <translation>De teamleiderspincode kon niet worden gecontroleerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This station&apos;s Sendcloud address is not https: the API keys would travel unencrypted, so nothing was sent. Call your shift lead (F9).</source>
        <translation>Het Sendcloud-adres is geen https; er is niets verstuurd, want de API-sleutels zouden onversleuteld gaan. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>A newer Packstation wrote this station&apos;s journal. Call your shift lead to update it.</source>
        <translation>Het logboek van dit station is door een nieuwere Packstation geschreven. Roep je teamleider erbij om bij te werken.</translation>
    </message>
    <message>
        <source>Training cannot start: its port is in use. Close the other Packstation, then try again.</source>
        <translation>De training kan niet starten: de poort is in gebruik. Sluit het andere Packstation-venster en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The practice could not be reset: a file in the training folder cannot be removed. Close every Packstation, then try again.</source>
        <translation>De oefening is niet teruggezet: een bestand in de trainingsmap is niet te verwijderen. Sluit alle Packstation-vensters en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The training folder&apos;s counters are damaged. Reset the practice: packstation --training --reset.</source>
        <translation>De tellers in de trainingsmap zijn beschadigd. Zet de oefening terug: packstation --training --reset.</translation>
    </message>
    <message>
        <source>The scale settings are wrong. Call your shift lead (F9).</source>
        <translation>De instellingen van de weegschaal zijn onjuist. Roep je teamleider erbij (F9).</translation>
    </message>
    <message>
        <source>The scale cannot be reached. Check its cable and power, then weigh again.</source>
        <translation>De weegschaal is niet bereikbaar. Controleer de kabel en de stroom en weeg dan opnieuw.</translation>
    </message>
    <message>
        <source>The scale does not answer. Check that it is switched on, then weigh again.</source>
        <translation>De weegschaal antwoordt niet. Controleer of hij aanstaat en weeg dan opnieuw.</translation>
    </message>
    <message>
        <source>The weight did not settle. Keep the parcel still on the scale.</source>
        <translation>Het gewicht werd niet stabiel. Houd het pakket stil op de weegschaal.</translation>
    </message>
    <message>
        <source>The scale reads zero. Put the parcel on the scale.</source>
        <translation>De weegschaal staat op nul. Zet het pakket op de weegschaal.</translation>
    </message>
    <message>
        <source>The scale reads below zero. Take everything off it and zero it.</source>
        <translation>De weegschaal staat onder nul. Haal alles eraf en zet hem op nul.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this scale. Call your shift lead.</source>
        <translation>Het pakket is te zwaar voor deze weegschaal. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>The scale reports a problem. Call your shift lead.</source>
        <translation>De weegschaal meldt een probleem. Roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: press F5 to reprint it.</source>
        <translation>Bestelling %1 is al verzonden (trackingnummer %2). Er is geen nieuw label gemaakt; F5 drukt het opnieuw af.</translation>
    </message>
    <message>
        <source>The address has no house number. Put the parcel aside for your shift lead.</source>
        <translation>Het adres heeft geen huisnummer. Zet het pakket apart voor je teamleider.</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s %1. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud heeft het veld %1 van de bestelling geweigerd. Zet het pakket apart voor je teamleider.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
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
        <source>a moment</source>
        <translation>even</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation>Onverwachte fout (%1): %2</translation>
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
        <source>PACK</source>
        <translation>INPAKKEN</translation>
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
    <message>
        <source>The scale still shows the previous parcel&apos;s weight. Take it off, put this parcel on, then scan the order again.</source>
        <translation>De weegschaal toont nog het gewicht van het vorige pakket. Haal dat eraf, zet dit pakket erop en scan de bestelling opnieuw.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this shipping option. Nothing was paid: split it, or call your shift lead.</source>
        <translation>Het pakket is te zwaar voor deze verzendoptie. Er is niets betaald: verdeel het, of roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>The parcel is too light for this shipping option. Nothing was paid: check the scale, or call your shift lead.</source>
        <translation>Het pakket is te licht voor deze verzendoptie. Er is niets betaald: controleer de weegschaal, of roep je teamleider erbij.</translation>
    </message>
    <message>
        <source>Sendcloud did not save the parcel&apos;s weight in time. Nothing was paid: scan the order again in a moment.</source>
        <translation>Sendcloud heeft het gewicht van het pakket niet op tijd opgeslagen. Er is niets betaald: scan de bestelling zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The shared journal cannot be reached, so no label is made. Scans wait; the station goes on by itself when the journal is back.</source>
        <translation>Het gedeelde logboek is onbereikbaar: er wordt geen label gemaakt. Scans wachten; het station gaat vanzelf verder zodra het terug is.</translation>
    </message>
    <message>
        <source>%1 is being packed at %2. Leave it to them, or ask your shift lead.</source>
        <translation>%1 wordt ingepakt op %2. Laat het daar, of vraag je teamleider.</translation>
    </message>
    <message>
        <source>%1 was already shipped at %2 at %3. No new label was made: press F5 to reprint it.</source>
        <translation>%1 is al verzonden op %2 om %3. Er is geen nieuw label gemaakt: druk op F5 om het opnieuw af te drukken.</translation>
    </message>
    <message>
        <source>%1 waited too long for Sendcloud&apos;s limit or the journal, so no label was made. Scan it again with its box.</source>
        <translation>%1 heeft te lang gewacht op de limiet van Sendcloud of op het logboek, dus er is geen label gemaakt. Scan het opnieuw met de doos erbij.</translation>
    </message>
</context>
</TS>
