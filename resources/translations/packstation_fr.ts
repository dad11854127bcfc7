<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>La dernière étiquette imprimée s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu&#xa0;: %1</translation>
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
        <translation>Rien à réimprimer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Start-up check done: nothing was left unfinished.</source>
        <translation>Vérification au démarrage terminée&#xa0;: rien n&apos;était resté inachevé.</translation>
    </message>
    <message numerus="yes">
        <source>Start-up check finished %n label(s) left from the last session.</source>
        <translation>
            <numerusform>Vérification au démarrage&#xa0;: %n étiquette laissée par la dernière session a été traitée.</numerusform>
            <numerusform>Vérification au démarrage&#xa0;: %n étiquettes laissées par la dernière session ont été traitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The start-up check could not finish; it runs again at the next start.</source>
        <translation>La vérification au démarrage n&apos;a pas pu se terminer&#xa0;; elle sera relancée au prochain démarrage.</translation>
    </message>
    <message>
        <source>A scan is still running</source>
        <translation>Un scan est encore en cours</translation>
    </message>
    <message>
        <source>A label may be being made right now. Close anyway? The station checks it at the next start.</source>
        <translation>Une étiquette est peut-être en cours de création. Fermer quand même&#xa0;? Le poste la vérifiera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Réimpression %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan an order barcode</source>
        <translation>Scannez le code-barres d&apos;une commande</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>Live station</source>
        <translation>Poste en production</translation>
    </message>
    <message>
        <source>not contacted yet</source>
        <translation>pas encore contacté</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Sendcloud %1: %2</source>
        <translation>Sendcloud %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Printer: none (labels are saved to files)</source>
        <translation>Imprimante&#xa0;: aucune (les étiquettes sont enregistrées dans des fichiers)</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>pas encore utilisée</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>intervention requise</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Imprimante %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in progress</source>
        <translation>
            <numerusform>%n scan en cours</numerusform>
            <numerusform>%n scans en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Aucun scan en cours</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>FORMATION — commandes d&apos;entraînement et imprimante virtuelle&#xa0;; rien n&apos;est expédié ni payé</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Imprimer les codes-barres d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>Scan an order barcode.</source>
        <translation>Scannez le code-barres d&apos;une commande.</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) queued</source>
        <translation>
            <numerusform>%n autre scan en attente</numerusform>
            <numerusform>%n autres scans en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>WORKING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>STARTING</source>
        <translation>DÉMARRAGE</translation>
    </message>
    <message>
        <source>Recovering… checking labels left unfinished by the last session.</source>
        <translation>Reprise… vérification des étiquettes laissées inachevées par la dernière session.</translation>
    </message>
    <message>
        <source>Scans wait until this is done.</source>
        <translation>Les scans attendent que ce soit terminé.</translation>
    </message>
    <message>
        <source>(station default)</source>
        <translation>(par défaut du poste)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Packstation: unexpected error</source>
        <translation>Packstation&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that Packstation did not expect. It was written to the log. Check the last scan in the list before scanning it again.

%1</source>
        <translation>Une erreur imprévue s&apos;est produite dans Packstation. Elle a été enregistrée dans le journal. Vérifiez le dernier scan de la liste avant de le scanner à nouveau.

%1</translation>
    </message>
    <message>
        <source>Packstation is already running</source>
        <translation>Packstation est déjà ouvert</translation>
    </message>
    <message>
        <source>This station is already open in another window. Use that one: two copies could print two labels for one order.</source>
        <translation>Ce poste est déjà ouvert dans une autre fenêtre. Utilisez celle-ci&#xa0;: deux copies pourraient imprimer deux étiquettes pour une même commande.</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>No order %1 in Sendcloud. Check the packing slip and scan again.</source>
        <translation>Aucune commande %1 dans Sendcloud. Vérifiez le bon de livraison et scannez à nouveau.</translation>
    </message>
    <message>
        <source>More than one shop has an order %1. Ask your shift lead which one to ship.</source>
        <translation>Plusieurs boutiques ont une commande %1. Demandez à votre chef d&apos;équipe laquelle expédier.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: reprint the old one.</source>
        <translation>La commande %1 est déjà expédiée (suivi %2). Aucune nouvelle étiquette n&apos;a été créée&#xa0;: réimprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>%1 was just scanned; the second scan was ignored.</source>
        <translation>%1 vient d&apos;être scanné&#xa0;; le second scan a été ignoré.</translation>
    </message>
    <message>
        <source>That was a badge, not an order. Scan the order&apos;s barcode.</source>
        <translation>C&apos;était un badge, pas une commande. Scannez le code-barres de la commande.</translation>
    </message>
    <message>
        <source>The scan was empty. Scan again.</source>
        <translation>Le scan était vide. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scan was too short. Scan again.</source>
        <translation>Le scan était trop court. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scan was too long. Scan again.</source>
        <translation>Le scan était trop long. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scan has characters an order number cannot have. Scan again.</source>
        <translation>Le scan contient des caractères impossibles dans un numéro de commande. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scanner and this computer use different keyboard layouts. Call your shift lead.</source>
        <translation>Le scanner et cet ordinateur utilisent des dispositions de clavier différentes. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The printer is not ready. No label was made: fix the printer, then scan again.</source>
        <translation>L&apos;imprimante n&apos;est pas prête. Aucune étiquette n&apos;a été créée&#xa0;: réglez le problème d&apos;imprimante, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. No label was made: check its cable and power.</source>
        <translation>L&apos;imprimante est injoignable. Aucune étiquette n&apos;a été créée&#xa0;: vérifiez son câble et son alimentation.</translation>
    </message>
    <message>
        <source>The printer is busy. No label was made: scan again.</source>
        <translation>L&apos;imprimante est occupée. Aucune étiquette n&apos;a été créée&#xa0;: scannez à nouveau.</translation>
    </message>
    <message>
        <source>The label was made but not printed (%2). Fix the printer, then reprint (F5).</source>
        <translation>L&apos;étiquette a été créée mais pas imprimée (%2). Réglez le problème d&apos;imprimante, puis réimprimez (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>L&apos;étiquette a été envoyée mais l&apos;imprimante ne l&apos;a pas confirmée. Réimprimez (F5) seulement si aucune étiquette n&apos;est sortie.</translation>
    </message>
    <message>
        <source>Sendcloud cannot be reached. Check the network, then scan again.</source>
        <translation>Sendcloud est injoignable. Vérifiez le réseau, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Sendcloud did not answer in time. Scan again.</source>
        <translation>Sendcloud n&apos;a pas répondu à temps. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>Sendcloud has a problem on its side. Wait a minute, then scan again.</source>
        <translation>Sendcloud rencontre un problème de son côté. Attendez une minute, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Too many requests to Sendcloud. Wait a moment, then scan again.</source>
        <translation>Trop de requêtes vers Sendcloud. Patientez un instant, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Sendcloud refused this station&apos;s API keys. Call your shift lead.</source>
        <translation>Sendcloud a refusé les clés API de ce poste. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan again; it is checked at next start.</source>
        <translation>Pas de réponse claire de Sendcloud&#xa0;: une étiquette existe peut-être. Ne scannez pas à nouveau&#xa0;; ce sera vérifié au prochain démarrage.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud n&apos;a créé aucune étiquette pour %1. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>Label for %1 printed.</source>
        <translation>Étiquette de %1 imprimée.</translation>
    </message>
    <message>
        <source>Label for %1 created.</source>
        <translation>Étiquette de %1 créée.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>VÉRIFIER</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Looking for the order…</source>
        <translation>Recherche de la commande…</translation>
    </message>
    <message>
        <source>Order found; checking it has no label yet…</source>
        <translation>Commande trouvée&#xa0;; vérification qu&apos;elle n&apos;a pas encore d&apos;étiquette…</translation>
    </message>
    <message>
        <source>Asking Sendcloud for the label…</source>
        <translation>Demande de l&apos;étiquette à Sendcloud…</translation>
    </message>
    <message>
        <source>Label made; saving it…</source>
        <translation>Étiquette créée&#xa0;; enregistrement…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Imprimée.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No clear answer; checking with Sendcloud…</source>
        <translation>Pas de réponse claire&#xa0;; vérification auprès de Sendcloud…</translation>
    </message>
    <message>
        <source>The printer did not confirm the label.</source>
        <translation>L&apos;imprimante n&apos;a pas confirmé l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Label cancelled.</source>
        <translation>Étiquette annulée.</translation>
    </message>
</context>
</TS>
