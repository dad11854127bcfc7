<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Scanned at</source>
        <translation>Scanné à</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Emballeur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>All packed</source>
        <translation>Tout est emballé</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>encore %n</numerusform>
            <numerusform>encore %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Parked: %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Boîte %1</translation>
    </message>
    <message numerus="yes">
        <source>Closed: %n box(es)</source>
        <translation>
            <numerusform>Fermée&#xa0;: %n boîte</numerusform>
            <numerusform>Fermées&#xa0;: %n boîtes</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm with F4</source>
        <translation>confirmez avec F4</translation>
    </message>
    <message numerus="yes">
        <source>+%n more line(s) (F2 shows all)</source>
        <translation>
            <numerusform>+%n autre ligne (F2 affiche tout)</numerusform>
            <numerusform>+%n autres lignes (F2 affiche tout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Void the label</source>
        <translation>Annuler l&apos;étiquette</translation>
    </message>
    <message>
        <source>Cancel the label of order %1 (tracking %2) at Sendcloud? The label must not be used afterwards. Cancelling is free only on the day the label was created; later the carrier may charge for it or refuse.</source>
        <translation>Annuler l&apos;étiquette de la commande %1 (n° de suivi %2) chez Sendcloud&#xa0;? L&apos;étiquette ne doit plus être utilisée ensuite. L&apos;annulation n&apos;est gratuite que le jour de création de l&apos;étiquette&#xa0;; plus tard, le transporteur peut la facturer ou la refuser.</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Oui, annuler l&apos;étiquette</translation>
    </message>
    <message>
        <source>Ship a second label</source>
        <translation>Créer une seconde étiquette</translation>
    </message>
    <message>
        <source>Order %1 already has a label (tracking %2). Make and pay for a second label? Do this only when the first label is lost or damaged, and void the first one if it was never used.</source>
        <translation>La commande %1 a déjà une étiquette (n° de suivi %2). Créer et payer une seconde étiquette&#xa0;? Ne le faites que si la première est perdue ou abîmée, et annulez la première si elle n&apos;a jamais servi.</translation>
    </message>
    <message>
        <source>Delete the order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message>
        <source>Delete order %1 in Sendcloud? Do this only when the shop cancelled it: the order cannot be shipped afterwards.</source>
        <translation>Supprimer la commande %1 dans Sendcloud&#xa0;? Ne le faites que si la boutique l&apos;a annulée&#xa0;: la commande ne pourra plus être expédiée.</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message>
        <source>Order %1 deleted in Sendcloud.</source>
        <translation>Commande %1 supprimée dans Sendcloud.</translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation>Marquée comme résolue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order %1 updated in Sendcloud. Retry it to make the label.</source>
        <translation>Commande %1 mise à jour dans Sendcloud. Réessayez pour créer l&apos;étiquette.</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
        <source>Select the failed orders to retry.</source>
        <translation>Sélectionnez les commandes en échec à réessayer.</translation>
    </message>
    <message>
        <source>Select at most %1 orders for one batch retry.</source>
        <translation>Sélectionnez au plus %1 commandes pour une tentative groupée.</translation>
    </message>
    <message>
        <source>Some selected rows have no order in Sendcloud: retry them one at a time.</source>
        <translation>Certaines lignes sélectionnées n&apos;ont pas de commande dans Sendcloud&#xa0;: réessayez-les une par une.</translation>
    </message>
    <message>
        <source>A batch retry takes orders of one shop only: select orders of one shop.</source>
        <translation>Une tentative groupée ne prend que les commandes d&apos;une seule boutique&#xa0;: sélectionnez les commandes d&apos;une seule boutique.</translation>
    </message>
    <message>
        <source>An order is selected more than once: select each order once.</source>
        <translation>Une commande est sélectionnée plusieurs fois&#xa0;: sélectionnez chaque commande une seule fois.</translation>
    </message>
    <message>
        <source>%1 of %2 labels printed.</source>
        <translation>%1 étiquettes imprimées sur %2.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Failed shipments — %1</source>
        <translation>Envois en échec — %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Fix order…</source>
        <translation>&amp;Corriger la commande…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>Réessayer la &amp;sélection</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Réim&amp;primer</translation>
    </message>
    <message>
        <source>&amp;Void label…</source>
        <translation>&amp;Annuler l&apos;étiquette…</translation>
    </message>
    <message>
        <source>Second &amp;label…</source>
        <translation>Seconde &amp;étiquette…</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>Supprimer la comman&amp;de…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>&amp;Marquer comme résolu…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Shift &amp;chart</source>
        <translation>&amp;Graphique de l&apos;équipe</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(aucun emballeur identifié)</translation>
    </message>
    <message numerus="yes">
        <source>Item checks caught %n wrong or extra item(s) this shift: %1; most at %2 (%3).</source>
        <translation>
            <numerusform>Les contrôles d&apos;articles ont intercepté %n article erroné ou en trop pendant cette équipe&#xa0;: %1&#xa0;; le plus grand nombre à %2 (%3).</numerusform>
            <numerusform>Les contrôles d&apos;articles ont intercepté %n articles erronés ou en trop pendant cette équipe&#xa0;: %1&#xa0;; le plus grand nombre à %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed shipment(s) (%1 loaded)</source>
        <translation>
            <numerusform>%n envoi en échec (chargés&#xa0;: %1)</numerusform>
            <numerusform>%n envois en échec (chargés&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the failed shipments</source>
        <translation>Exporter les envois en échec</translation>
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
        <translation>%1 (identifiant Sendcloud %2, boutique %3)</translation>
    </message>
    <message>
        <source>Ship to: no shipping address</source>
        <translation>Destinataire&#xa0;: pas d&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Poids&#xa0;: %1</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The order in Sendcloud now</source>
        <translation>La commande dans Sendcloud maintenant</translation>
    </message>
    <message>
        <source>Select a row to see what happened.</source>
        <translation>Sélectionnez une ligne pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — scanned %2 at %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — scanné le %2 au poste %3 par %4</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>(aucun emballeur identifié)</translation>
    </message>
    <message>
        <source>Box %1 printed</source>
        <translation>Carton %1 imprimé</translation>
    </message>
    <message>
        <source>(history purged)</source>
        <translation>(historique purgé)</translation>
    </message>
    <message>
        <source>No order in Sendcloud for this scan.</source>
        <translation>Aucune commande dans Sendcloud pour ce scan.</translation>
    </message>
    <message>
        <source>Not connected to Sendcloud.</source>
        <translation>Non connecté à Sendcloud.</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Interrogation de Sendcloud…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>any station</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>any packer (badge)</source>
        <translation>Tous les emballeurs (badge)</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Any error code</source>
        <translation>Tous les codes d&apos;erreur</translation>
    </message>
    <message>
        <source>order or tracking number</source>
        <translation>numéro de commande ou de suivi</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>FirstPinDialog</name>
    <message>
        <source>Set up the shift-lead PIN</source>
        <translation>Configurer le code PIN de chef d&apos;équipe</translation>
    </message>
    <message>
        <source>This station has no shift-lead PIN yet. Choose one: settings, batch retries and other lead actions will ask for it.</source>
        <translation>Ce poste n&apos;a pas encore de code PIN de chef d&apos;équipe. Choisissez-en un&#xa0;: les paramètres, les tentatives groupées et les autres actions du chef d&apos;équipe le demanderont.</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Enregistrer le code PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Lead&apos;s name</source>
        <translation>Nom du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Current PIN (to change a PIN)</source>
        <translation>Code PIN actuel (pour changer un code PIN)</translation>
    </message>
    <message>
        <source>PIN (%1 to %2 digits)</source>
        <translation>Code PIN (%1 à %2 chiffres)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who did what.</source>
        <translation>Saisissez votre nom&#xa0;: le journal enregistre qui a fait quoi.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Un code PIN compte %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>FixOrderDialog</name>
    <message>
        <source>Fix order %1</source>
        <translation>Corriger la commande %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Articles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The last printed label appears here.</source>
        <translation>La dernière étiquette imprimée s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>The label of this scan appears here.</source>
        <translation>L&apos;étiquette de ce scan s&apos;affiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>and %n customs document(s)</source>
        <translation>
            <numerusform>et %n document douanier</numerusform>
            <numerusform>et %n documents douaniers</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadTools</name>
    <message>
        <source>&amp;Shift lead</source>
        <translation>&amp;Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Failed shipments…</source>
        <translation>&amp;Envois en échec…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Lock shift-lead mode</source>
        <translation>&amp;Verrouiller le mode chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Set a lead&apos;s &amp;PIN…</source>
        <translation>Définir le code &amp;PIN d&apos;un chef d&apos;équipe…</translation>
    </message>
    <message>
        <source>Complete without scanning</source>
        <translation>Terminer sans scanner</translation>
    </message>
    <message>
        <source>Why is order %1 completed without scanning every item?</source>
        <translation>Pourquoi la commande %1 est-elle terminée sans scanner chaque article&#xa0;?</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>The settings are saved. Restart Packstation to use them.</source>
        <translation>Les paramètres sont enregistrés. Redémarrez Packstation pour les utiliser.</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Set a shift lead&apos;s PIN</source>
        <translation>Définir le code PIN d&apos;un chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Keep your own name to change your PIN, or type a new lead&apos;s name to give them one. Changing a lead&apos;s PIN needs their current PIN: a lead&apos;s PIN is theirs alone.</source>
        <translation>Gardez votre propre nom pour changer votre code PIN, ou saisissez le nom d&apos;un nouveau chef d&apos;équipe pour lui en donner un. Un code PIN existant ne se change qu&apos;avec le code PIN actuel&#xa0;: seul le chef d&apos;équipe concerné le connaît.</translation>
    </message>
    <message>
        <source>PIN saved for %1.</source>
        <translation>Code PIN enregistré pour %1.</translation>
    </message>
    <message>
        <source>Shift lead: %1</source>
        <translation>Chef d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Packer mode</source>
        <translation>Mode emballeur</translation>
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
        <translation>Un scan saisi dans une fenêtre est allé dans la file des scans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Packstation cannot start</source>
        <translation>Packstation ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The station could not open. Scans are refused until this is fixed.</source>
        <translation>Le poste n&apos;a pas pu s&apos;ouvrir. Les scans sont refusés jusqu&apos;à ce que ce soit réglé.</translation>
    </message>
    <message>
        <source>Nothing to reprint: the station is not open.</source>
        <translation>Rien à réimprimer&#xa0;: le poste n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Nothing to reprint yet.</source>
        <translation>Rien à réimprimer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Terminée sans scanner le reste</translation>
    </message>
    <message>
        <source>Completed by %1: %2</source>
        <translation>Terminée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every line of this order has a code to scan.</source>
        <translation>Chaque ligne de cette commande a un code à scanner.</translation>
    </message>
    <message>
        <source>No order is open for packing: there is no box to close.</source>
        <translation>Aucune commande n&apos;est ouverte pour l&apos;emballage&#xa0;: il n&apos;y a pas de boîte à fermer.</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Nouvelle boîte</translation>
    </message>
    <message>
        <source>No order is open for packing: scan an order first.</source>
        <translation>Aucune commande n&apos;est ouverte pour l&apos;emballage&#xa0;: scannez d&apos;abord une commande.</translation>
    </message>
    <message>
        <source>Box size %1</source>
        <translation>Taille de boîte %1</translation>
    </message>
    <message>
        <source>Press Esc again to give up packing order %1.</source>
        <translation>Appuyez de nouveau sur Échap pour abandonner l&apos;emballage de la commande %1.</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Emballage abandonné</translation>
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
        <source>Start-up check: %n label(s) from the last session need a look. F5 reprints the last one.</source>
        <translation>
            <numerusform>Vérification au démarrage&#xa0;: %n étiquette de la dernière session demande votre attention. F5 la réimprime.</numerusform>
            <numerusform>Vérification au démarrage&#xa0;: %n étiquettes de la dernière session demandent votre attention. F5 réimprime la dernière.</numerusform>
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
    <message>
        <source>Weighing: put the parcel on the scale and let go of it…</source>
        <translation>Pesée&#xa0;: posez le colis sur la balance et lâchez-le…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <source>How was it resolved? (required)</source>
        <translation>Comment cela a-t-il été résolu&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
</context>
<context>
    <name>PackersTab</name>
    <message>
        <source>Badge id</source>
        <translation>Identifiant du badge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Add packer</source>
        <translation>Ajouter un emballeur</translation>
    </message>
    <message>
        <source>Remove packer</source>
        <translation>Retirer l&apos;emballeur</translation>
    </message>
    <message>
        <source>Packers</source>
        <translation>Emballeurs</translation>
    </message>
    <message>
        <source>The warehouse&apos;s packers: every station shares this list. A badge added here signs in at every station.</source>
        <translation>Les emballeurs de l&apos;entrepôt&#xa0;: tous les postes partagent cette liste. Avec un badge ajouté ici, un emballeur s&apos;identifie à n&apos;importe quel poste.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <source>Scanner prefix to strip</source>
        <translation>Préfixe du scanner à retirer</translation>
    </message>
    <message>
        <source>Scanner suffix to strip</source>
        <translation>Suffixe du scanner à retirer</translation>
    </message>
    <message>
        <source>Scanner keyboard layout</source>
        <translation>Disposition de clavier du scanner</translation>
    </message>
    <message>
        <source>Ignore a repeated scan within</source>
        <translation>Ignorer un scan répété dans un délai de</translation>
    </message>
    <message>
        <source>Scanner keys at most this far apart</source>
        <translation>Touches du scanner espacées d&apos;au plus</translation>
    </message>
    <message>
        <source>none: packers do not sign in by badge</source>
        <translation>aucun&#xa0;: les emballeurs ne s&apos;identifient pas par badge</translation>
    </message>
    <message>
        <source>Badges start with</source>
        <translation>Les badges commencent par</translation>
    </message>
    <message>
        <source>Words separated by commas. A badge is one of these words, then - or :, then its id (1 to 32 letters or digits), for example BADGE-A17.</source>
        <translation>Mots séparés par des virgules. Un badge est l&apos;un de ces mots, puis - ou :, puis son identifiant (1 à 32 lettres ou chiffres), par exemple BADGE-A17.</translation>
    </message>
    <message>
        <source>Badge pattern (written by hand)</source>
        <translation>Modèle de badge (écrit à la main)</translation>
    </message>
    <message>
        <source>scan or type a badge</source>
        <translation>scannez ou tapez un badge</translation>
    </message>
    <message>
        <source>Try a badge</source>
        <translation>Tester un badge</translation>
    </message>
    <message>
        <source>Not a badge: this scans as an order number.</source>
        <translation>Pas un badge&#xa0;: ceci est lu comme un numéro de commande.</translation>
    </message>
    <message>
        <source>Badge %1: signs in %2.</source>
        <translation>Badge %1&#xa0;: identifie %2.</translation>
    </message>
    <message>
        <source>Badge %1: not in the packers list above.</source>
        <translation>Badge %1&#xa0;: absent de la liste des emballeurs ci-dessus.</translation>
    </message>
    <message>
        <source>Order lookups</source>
        <translation>Tentatives de recherche de commande</translation>
    </message>
    <message>
        <source>Wait between lookups</source>
        <translation>Attente entre les recherches</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Shift lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Enter your name and your shift-lead PIN.</source>
        <translation>Saisissez votre nom et votre code PIN de chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Enter your name: the PIN is checked as yours.</source>
        <translation>Saisissez votre nom&#xa0;: le code PIN est vérifié pour ce nom.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Un code PIN compte %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1 s.</translation>
    </message>
</context>
<context>
    <name>PracticeTools</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>&amp;Reset practice…</source>
        <translation>&amp;Réinitialiser l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Reset practice</source>
        <translation>Réinitialiser l&apos;entraînement</translation>
    </message>
    <message>
        <source>Start the practice again? Every practice scan, label and shipment of this training station is forgotten: the practice orders can be shipped again, and the shift-lead PIN is %1 again. The settings stay.</source>
        <translation>Recommencer l&apos;entraînement&#xa0;? Chaque scan, étiquette et envoi d&apos;entraînement de ce poste de formation est oublié&#xa0;: les commandes d&apos;entraînement peuvent être expédiées à nouveau, et le code PIN de chef d&apos;équipe redevient %1. Les paramètres sont conservés.</translation>
    </message>
    <message>
        <source>Resetting the practice…</source>
        <translation>Réinitialisation de l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Practice reset: every practice order can be shipped again.</source>
        <translation>Entraînement réinitialisé&#xa0;: chaque commande d&apos;entraînement peut être expédiée à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and folder(s) removed.</source>
        <translation>
            <numerusform>%n fichier ou dossier supprimé.</numerusform>
            <numerusform>%n fichiers et dossiers supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <source>Label format</source>
        <translation>Format d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Résolution de l&apos;étiquette</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100 — empty: labels only saved</source>
        <translation>tcp://192.168.1.50:9100 — vide&#xa0;: étiquettes seulement enregistrées</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Adresse de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Printer language</source>
        <translation>Langage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Ask the printer</source>
        <translation>Interroger l&apos;imprimante</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>Résolution de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Taille de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Short side across the head</source>
        <translation>Petit côté le long de la tête d&apos;impression (portrait)</translation>
    </message>
    <message>
        <source>Long side across the head</source>
        <translation>Grand côté le long de la tête d&apos;impression (paysage)</translation>
    </message>
    <message>
        <source>Media loaded</source>
        <translation>Étiquettes chargées</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Gap between labels</source>
        <translation>Espace entre étiquettes</translation>
    </message>
    <message>
        <source>Move the print down</source>
        <translation>Décaler l&apos;impression vers le bas</translation>
    </message>
    <message>
        <source>Move the print right</source>
        <translation>Décaler l&apos;impression vers la droite</translation>
    </message>
    <message>
        <source>Printer&apos;s own</source>
        <translation>Réglage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Darkness</source>
        <translation>Noirceur</translation>
    </message>
    <message>
        <source>Print speed</source>
        <translation>Vitesse d&apos;impression</translation>
    </message>
    <message>
        <source>Copies of each label</source>
        <translation>Exemplaires par étiquette</translation>
    </message>
    <message>
        <source>Calibrate media</source>
        <translation>Calibrer les étiquettes</translation>
    </message>
    <message>
        <source>Save as power-up default</source>
        <translation>Enregistrer comme réglage au démarrage</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default (%1 dpi)</source>
        <translation>Valeur par défaut de Sendcloud (%1 dpi)</translation>
    </message>
    <message>
        <source>Test label printed: %1.</source>
        <translation>Étiquette de test imprimée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Media calibration sent: %1.</source>
        <translation>Calibration des étiquettes envoyée : %1.</translation>
    </message>
    <message>
        <source>Saved as the printer&apos;s power-up default: %1.</source>
        <translation>Enregistré comme réglage de l&apos;imprimante au démarrage : %1.</translation>
    </message>
    <message>
        <source>%1 reports %2 dpi.</source>
        <translation>%1 indique %2 dpi.</translation>
    </message>
    <message>
        <source>No printer address is set.</source>
        <translation>Aucune adresse d&apos;imprimante n&apos;est définie.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Interrogation de l&apos;imprimante…</translation>
    </message>
    <message>
        <source>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — empty: no scale</source>
        <translation>serial:///dev/ttyUSB0?baudrate=9600&amp;protocol=sics, hid://0922:8003 — vide&#xa0;: pas de balance</translation>
    </message>
    <message>
        <source>Scale address</source>
        <translation>Adresse de la balance</translation>
    </message>
    <message>
        <source>Read the scale</source>
        <translation>Lire la balance</translation>
    </message>
    <message>
        <source>No scale address is set.</source>
        <translation>Aucune adresse de balance n&apos;est définie.</translation>
    </message>
    <message>
        <source>Put something on the scale… (up to %1 s)</source>
        <translation>Posez quelque chose sur la balance… (%1 s au plus)</translation>
    </message>
    <message>
        <source>The scale reads %1.</source>
        <translation>La balance indique %1.</translation>
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
    <name>ReviewBox</name>
    <message>
        <source>The settings file was changed outside Packstation. Until a shift lead saves these settings, the station keeps the values below as a lead last saved them, and this dialog shows them. Tick a value to take the file&apos;s instead. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Le fichier des paramètres a été modifié en dehors de Packstation. Tant qu&apos;un chef d&apos;équipe n&apos;a pas enregistré ces paramètres, le poste garde les valeurs ci-dessous telles qu&apos;un chef d&apos;équipe les a enregistrées en dernier, et cette fenêtre les affiche. Cochez une valeur pour prendre celle du fichier à la place. Vérifiez chaque page : l&apos;enregistrement fait de tout cela les paramètres d&apos;un chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The settings file was changed outside Packstation. Its changes are in use and shown here. Check every page: saving makes all of it the settings a lead saved.</source>
        <translation>Le fichier des paramètres a été modifié en dehors de Packstation. Ses modifications sont en vigueur et affichées ici. Vérifiez chaque page : l&apos;enregistrement fait de tout cela les paramètres d&apos;un chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1: in use %2; in the file %3</source>
        <translation>%1 : en vigueur %2 ; dans le fichier %3</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Prendre la valeur du fichier</translation>
    </message>
    <message>
        <source>Sendcloud address</source>
        <translation>Adresse Sendcloud</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>Format d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label resolution</source>
        <translation>Résolution de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Conserver les étiquettes pendant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s default</source>
        <translation>valeur par défaut de Sendcloud</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
    <name>SendcloudTab</name>
    <message>
        <source>Looking for stored keys…</source>
        <translation>Recherche des clés enregistrées…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>leave empty to keep the stored keys</source>
        <translation>laisser vide pour garder les clés enregistrées</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Integrations (none: all)</source>
        <translation>Intégrations (aucune&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Ship with</source>
        <translation>Expédier avec</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>no brand</source>
        <translation>aucune marque</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>Identifiant de marque</translation>
    </message>
    <message>
        <source>Apply the account&apos;s shipping rules</source>
        <translation>Appliquer les règles d&apos;expédition du compte</translation>
    </message>
    <message>
        <source>Reload from Sendcloud</source>
        <translation>Recharger depuis Sendcloud</translation>
    </message>
    <message>
        <source>Enter both the public and the secret key, or neither.</source>
        <translation>Saisissez à la fois la clé publique et la clé secrète, ou aucune des deux.</translation>
    </message>
    <message>
        <source>No keys stored in this computer&apos;s keyring.</source>
        <translation>Aucune clé enregistrée dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Stored in the keyring (public key %1).</source>
        <translation>Enregistrées dans le trousseau (clé publique %1).</translation>
    </message>
    <message>
        <source>Asking Sendcloud…</source>
        <translation>Interrogation de Sendcloud…</translation>
    </message>
    <message>
        <source>Lists loaded from Sendcloud.</source>
        <translation>Listes chargées depuis Sendcloud.</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Les listes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Intégration %1</translation>
    </message>
    <message>
        <source>The account&apos;s default sender address</source>
        <translation>L&apos;adresse d&apos;expéditeur par défaut du compte</translation>
    </message>
    <message>
        <source>Sender address %1</source>
        <translation>Adresse d&apos;expéditeur %1</translation>
    </message>
    <message>
        <source>Sendcloud decides (rules, order, defaults)</source>
        <translation>Sendcloud décide (règles, commande, valeurs par défaut)</translation>
    </message>
    <message>
        <source>%1 (not offered for this route)</source>
        <translation>%1 (non proposé pour ce trajet)</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (the most common destination of the last %3 orders).</source>
        <translation>Options pour %1 → %2 (la destination la plus fréquente des %3 dernières commandes).</translation>
    </message>
    <message>
        <source>Options for %1 → %2 (no recent orders: the sender&apos;s own country).</source>
        <translation>Options pour %1 → %2 (aucune commande récente&#xa0;: le pays de l&apos;expéditeur).</translation>
    </message>
    <message>
        <source>Any contract (Sendcloud&apos;s default)</source>
        <translation>Tout contrat (par défaut de Sendcloud)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Sendcloud accepted the keys; %n integration(s) on the account.</source>
        <translation>
            <numerusform>Connecté&#xa0;: Sendcloud a accepté les clés&#xa0;; %n intégration sur le compte.</numerusform>
            <numerusform>Connecté&#xa0;: Sendcloud a accepté les clés&#xa0;; %n intégrations sur le compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sendcloud refused the API keys (401). Copy the public and the secret key again from the Sendcloud panel (Settings → Integrations → your API integration).</source>
        <translation>Sendcloud a refusé les clés API (401). Copiez à nouveau la clé publique et la clé secrète depuis le panneau Sendcloud (Paramètres → Intégrations → votre intégration API).</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Paramètres du poste</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Sendcloud</source>
        <translation>Sendcloud</translation>
    </message>
    <message>
        <source>Labels and printer</source>
        <translation>Étiquettes et imprimante</translation>
    </message>
    <message>
        <source>Packers and scanner</source>
        <translation>Emballeurs et scanner</translation>
    </message>
    <message>
        <source>Please fix:</source>
        <translation>À corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The printer&apos;s resolution could not be checked: %1</source>
        <translation>La résolution de l&apos;imprimante n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Please check:</source>
        <translation>Enregistré. Veuillez vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShiftChart</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Labels per hour</source>
        <translation>Étiquettes par heure</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Median scan → print</source>
        <translation>Médiane scan → impression</translation>
    </message>
    <message>
        <source>no packer</source>
        <translation>aucun emballeur</translation>
    </message>
    <message>
        <source>%1, not a failure</source>
        <translation>%1, pas un échec</translation>
    </message>
    <message>
        <source>No statistics yet.</source>
        <translation>Pas encore de statistiques.</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Échecs par cause</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Opening the station…</source>
        <translation>Ouverture du poste…</translation>
    </message>
    <message>
        <source>The station is not open</source>
        <translation>Le poste n&apos;est pas ouvert</translation>
    </message>
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
    <message>
        <source>Packer: %1</source>
        <translation>Emballeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for Sendcloud&apos;s limit: %1 s</source>
        <translation>En attente de la limite de Sendcloud&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Shared journal unreachable: no label is made, scans wait. %1</source>
        <translation>Journal partagé injoignable&#xa0;: aucune étiquette n&apos;est créée, les scans attendent. %1</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Play a sound for every scan</source>
        <translation>Jouer un son à chaque scan</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>Theme (from the next start)</source>
        <translation>Thème (au prochain démarrage)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock shift-lead mode after</source>
        <translation>Verrouiller le mode chef d&apos;équipe après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep labels for</source>
        <translation>Conserver les étiquettes pendant</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice orders and a virtual printer; nothing is shipped or paid for</source>
        <translation>FORMATION — commandes d&apos;entraînement et imprimante virtuelle&#xa0;; rien n&apos;est expédié ni payé</translation>
    </message>
    <message>
        <source>Shift lead for practice: %1, PIN %2</source>
        <translation>Chef d&apos;équipe pour l&apos;entraînement&#xa0;: %1, code PIN %2</translation>
    </message>
    <message>
        <source>Print the practice barcodes</source>
        <translation>Imprimer les codes-barres d&apos;entraînement</translation>
    </message>
    <message>
        <source>No program on this computer opened the practice barcodes (a PDF). Print the file: %1</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert les codes-barres d&apos;entraînement (un PDF). Imprimez le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrainingScale</name>
    <message>
        <source>Training scale</source>
        <translation>Balance d&apos;entraînement</translation>
    </message>
    <message>
        <source>weight, e.g. 1.25 kg</source>
        <translation>poids, p. ex. 1,25 kg</translation>
    </message>
    <message>
        <source>Put on scale (F6)</source>
        <translation>Poser sur la balance (F6)</translation>
    </message>
    <message>
        <source>Take off (F7)</source>
        <translation>Retirer (F7)</translation>
    </message>
    <message>
        <source>Scale: empty</source>
        <translation>Balance&#xa0;: vide</translation>
    </message>
    <message>
        <source>Type a weight with its unit, such as 1.25 kg, 800 g or 2.5 lb.</source>
        <translation>Saisissez un poids avec son unité, par exemple 1,25 kg, 800 g ou 2,5 lb.</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Balance&#xa0;: %1</translation>
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
        <translation>N° de suivi</translation>
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
        <source>Opening the station…</source>
        <translation>Ouverture du poste…</translation>
    </message>
    <message>
        <source>You can scan already: scans wait until the station is open.</source>
        <translation>Vous pouvez déjà scanner&#xa0;: les scans attendent que le poste soit ouvert.</translation>
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
        <source>chosen by Sendcloud</source>
        <translation>choisi par Sendcloud</translation>
    </message>
    <message numerus="yes">
        <source>+%n more (F2 shows all)</source>
        <translation>
            <numerusform>+%n autre (F2 affiche tout)</numerusform>
            <numerusform>+%n autres (F2 affiche tout)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>weight limit not checked</source>
        <translation>limite de poids non vérifiée</translation>
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
        <translation>Une erreur imprévue s&apos;est produite dans Packstation. Elle a été consignée dans le fichier journal. Vérifiez le dernier scan de la liste avant de le scanner à nouveau.

%1</translation>
    </message>
    <message>
        <source>Packstation is already running</source>
        <translation>Packstation est déjà ouvert</translation>
    </message>
    <message>
        <source>This station is already open in another window. Use that one: two copies could print two labels for one order.</source>
        <translation>Ce poste est déjà ouvert dans une autre fenêtre. Utilisez l&apos;autre fenêtre&#xa0;: deux fenêtres ouvertes pourraient imprimer deux étiquettes pour une même commande.</translation>
    </message>
    <message>
        <source>The station could not open: %1. It was written to the log.</source>
        <translation>Le poste n&apos;a pas pu s&apos;ouvrir&#xa0;: %1. L&apos;erreur a été consignée dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>Order not found</source>
        <translation>Commande introuvable</translation>
    </message>
    <message>
        <source>Label not created</source>
        <translation>Étiquette non créée</translation>
    </message>
    <message>
        <source>Created but not printed</source>
        <translation>Créée mais pas imprimée</translation>
    </message>
    <message>
        <source>Station fault</source>
        <translation>Erreur du poste</translation>
    </message>
    <message>
        <source>Printer settings wrong</source>
        <translation>Paramètres d&apos;impression erronés</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>Code PIN refusé</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Scanné deux fois</translation>
    </message>
    <message>
        <source>Badge unknown</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Item packed</source>
        <translation>Article emballé</translation>
    </message>
    <message>
        <source>Being packed</source>
        <translation>En cours d&apos;emballage</translation>
    </message>
    <message>
        <source>Box closed</source>
        <translation>Boîte fermée</translation>
    </message>
    <message>
        <source>Box size chosen</source>
        <translation>Taille de boîte choisie</translation>
    </message>
    <message>
        <source>Box size not chosen</source>
        <translation>Taille de boîte non choisie</translation>
    </message>
    <message>
        <source>Unknown box size</source>
        <translation>Taille de boîte inconnue</translation>
    </message>
    <message>
        <source>Box empty</source>
        <translation>Boîte vide</translation>
    </message>
    <message>
        <source>Boxes do not hold the order</source>
        <translation>Les boîtes ne contiennent pas la commande</translation>
    </message>
    <message>
        <source>Several boxes not offered</source>
        <translation>Plusieurs boîtes impossibles</translation>
    </message>
    <message>
        <source>Order line without item id</source>
        <translation>Ligne de commande sans identifiant d&apos;article</translation>
    </message>
    <message>
        <source>Packing given up</source>
        <translation>Emballage abandonné</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Aucune commande ouverte</translation>
    </message>
    <message>
        <source>Items must be scanned</source>
        <translation>Les articles doivent être scannés</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Too many of an item</source>
        <translation>Article en trop</translation>
    </message>
    <message>
        <source>Unreadable item code</source>
        <translation>Code article illisible</translation>
    </message>
    <message>
        <source>Unknown case code</source>
        <translation>Code de carton inconnu</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Réimprimée</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>État de l&apos;imprimante inconnu</translation>
    </message>
    <message>
        <source>Document not printed</source>
        <translation>Document non imprimé</translation>
    </message>
    <message>
        <source>ZPL label: reprint as PDF</source>
        <translation>Étiquette ZPL : réimprimer en PDF</translation>
    </message>
    <message>
        <source>Label unreadable</source>
        <translation>Étiquette illisible</translation>
    </message>
    <message>
        <source>Label too large</source>
        <translation>Étiquette trop grande</translation>
    </message>
    <message>
        <source>Label file unreadable</source>
        <translation>Fichier d&apos;étiquette illisible</translation>
    </message>
    <message>
        <source>Not allowed for these keys</source>
        <translation>Non autorisé pour ces clés</translation>
    </message>
    <message>
        <source>Not found at Sendcloud</source>
        <translation>Introuvable chez Sendcloud</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Label still in the making</source>
        <translation>Étiquette en cours de création</translation>
    </message>
    <message>
        <source>Cancel refused</source>
        <translation>Annulation refusée</translation>
    </message>
    <message>
        <source>At another station</source>
        <translation>Sur un autre poste</translation>
    </message>
    <message>
        <source>No live label</source>
        <translation>Pas d&apos;étiquette valide</translation>
    </message>
    <message>
        <source>Label not fetched</source>
        <translation>Étiquette non récupérée</translation>
    </message>
    <message>
        <source>Label not saved</source>
        <translation>Étiquette non enregistrée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Shift lead only</source>
        <translation>Réservé au chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Read-only console</source>
        <translation>Console en lecture seule</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est identifié</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Pas d&apos;adresse</translation>
    </message>
    <message>
        <source>No order lines</source>
        <translation>Pas de ligne de commande</translation>
    </message>
    <message>
        <source>Order line incomplete</source>
        <translation>Ligne de commande incomplète</translation>
    </message>
    <message>
        <source>No currency</source>
        <translation>Pas de devise</translation>
    </message>
    <message>
        <source>Order unknown</source>
        <translation>Commande inconnue</translation>
    </message>
    <message>
        <source>No order number</source>
        <translation>Pas de numéro de commande</translation>
    </message>
    <message>
        <source>Still has a label</source>
        <translation>Étiquette encore présente</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label cancelled</source>
        <translation>Étiquette annulée</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Shipment not found</source>
        <translation>Envoi introuvable</translation>
    </message>
    <message>
        <source>Selected twice</source>
        <translation>Doublon dans la sélection</translation>
    </message>
    <message>
        <source>Batch too large</source>
        <translation>Sélection trop grande</translation>
    </message>
    <message>
        <source>Several shops</source>
        <translation>Plusieurs boutiques</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Déjà résolu</translation>
    </message>
    <message>
        <source>Already retried</source>
        <translation>Déjà retenté</translation>
    </message>
    <message>
        <source>Already printed</source>
        <translation>Déjà imprimée</translation>
    </message>
    <message>
        <source>Label not on this station</source>
        <translation>Étiquette absente de ce poste</translation>
    </message>
    <message>
        <source>Not already shipped</source>
        <translation>Pas encore expédiée</translation>
    </message>
    <message>
        <source>Note missing</source>
        <translation>Note manquante</translation>
    </message>
    <message>
        <source>Not a failure</source>
        <translation>Pas en échec</translation>
    </message>
    <message>
        <source>API keys incomplete</source>
        <translation>Clés API incomplètes</translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation>Pas de clés API</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Nom manquant</translation>
    </message>
    <message>
        <source>PIN store damaged</source>
        <translation>Stockage des codes PIN endommagé</translation>
    </message>
    <message>
        <source>PIN store lost</source>
        <translation>Stockage des codes PIN perdu</translation>
    </message>
    <message>
        <source>Shared PIN store lost</source>
        <translation>Stockage partagé des codes PIN perdu</translation>
    </message>
    <message>
        <source>Settings wrong</source>
        <translation>Paramètres erronés</translation>
    </message>
    <message>
        <source>Settings changed outside</source>
        <translation>Paramètres modifiés hors de l&apos;application</translation>
    </message>
    <message>
        <source>Connection not encrypted</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>Journal too new</source>
        <translation>Journal trop récent</translation>
    </message>
    <message>
        <source>Training port in use</source>
        <translation>Port de formation occupé</translation>
    </message>
    <message>
        <source>Training in use</source>
        <translation>Formation occupée</translation>
    </message>
    <message>
        <source>Practice reset failed</source>
        <translation>Échec de la réinitialisation</translation>
    </message>
    <message>
        <source>Training counters damaged</source>
        <translation>Compteurs de formation endommagés</translation>
    </message>
    <message>
        <source>Scale settings wrong</source>
        <translation>Paramètres de la balance erronés</translation>
    </message>
    <message>
        <source>Scale unreachable</source>
        <translation>Balance injoignable</translation>
    </message>
    <message>
        <source>Scale not answering</source>
        <translation>La balance ne répond pas</translation>
    </message>
    <message>
        <source>No stable weight</source>
        <translation>Aucun poids stable</translation>
    </message>
    <message>
        <source>Nothing on the scale</source>
        <translation>Rien sur la balance</translation>
    </message>
    <message>
        <source>Scale below zero</source>
        <translation>Balance sous zéro</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>Balance en surcharge</translation>
    </message>
    <message>
        <source>Scale error</source>
        <translation>Erreur de balance</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <source>Order found</source>
        <translation>Commande trouvée</translation>
    </message>
    <message>
        <source>Label requested</source>
        <translation>Étiquette demandée</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Étiquette créée</translation>
    </message>
    <message>
        <source>Label saved</source>
        <translation>Étiquette enregistrée</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Barcode scanned; looking for the order.</source>
        <translation>Code-barres scanné&#xa0;; recherche de la commande.</translation>
    </message>
    <message>
        <source>Order found in Sendcloud; checking it has no label yet.</source>
        <translation>Commande trouvée dans Sendcloud&#xa0;; vérification qu&apos;elle n&apos;a pas encore d&apos;étiquette.</translation>
    </message>
    <message>
        <source>Label asked for at Sendcloud; waiting for the answer.</source>
        <translation>Étiquette demandée à Sendcloud&#xa0;; en attente de la réponse.</translation>
    </message>
    <message>
        <source>Sendcloud made the label (parcel and tracking number known).</source>
        <translation>Sendcloud a créé l&apos;étiquette (colis et n° de suivi connus).</translation>
    </message>
    <message>
        <source>Label file saved on this station; ready to print.</source>
        <translation>Fichier d&apos;étiquette enregistré sur ce poste&#xa0;; prêt à imprimer.</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Étiquette imprimée.</translation>
    </message>
    <message>
        <source>Stopped by an error; see the error code and message.</source>
        <translation>Arrêté par une erreur&#xa0;; voir le code d&apos;erreur et le message.</translation>
    </message>
    <message>
        <source>No clear answer to the label request: a label may exist. Sendcloud is asked before any retry.</source>
        <translation>Pas de réponse claire à la demande d&apos;étiquette&#xa0;: une étiquette existe peut-être. Sendcloud est interrogé avant toute nouvelle tentative.</translation>
    </message>
    <message>
        <source>Label sent to the printer, but the printer did not confirm it printed.</source>
        <translation>Étiquette envoyée à l&apos;imprimante, mais l&apos;imprimante n&apos;a pas confirmé l&apos;impression.</translation>
    </message>
    <message>
        <source>Label cancelled at Sendcloud; it must not be used.</source>
        <translation>Étiquette annulée chez Sendcloud&#xa0;; elle ne doit pas être utilisée.</translation>
    </message>
    <message>
        <source>Completed without scanning the rest</source>
        <translation>Terminée sans scanner le reste</translation>
    </message>
    <message>
        <source>Completed by a shift lead</source>
        <translation>Terminée par un chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Parked for another order</source>
        <translation>Mise en attente pour une autre commande</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>The barcode could not be used as an order number (unreadable, another keyboard layout, or a repeat of the scan before); no order was looked up.</source>
        <translation>Le code-barres n&apos;a pas pu servir de numéro de commande (illisible, autre disposition de clavier, ou répétition du scan précédent)&#xa0;; aucune commande n&apos;a été recherchée.</translation>
    </message>
    <message>
        <source>The order was not found in Sendcloud (see the error code); no label was made.</source>
        <translation>La commande est introuvable dans Sendcloud (voir le code d&apos;erreur)&#xa0;; aucune étiquette n&apos;a été créée.</translation>
    </message>
    <message>
        <source>The order already has a label, so no new one was made. Reprint it; not counted as a failure.</source>
        <translation>La commande a déjà une étiquette, aucune nouvelle n&apos;a donc été créée. Réimprimez-la&#xa0;; ce n&apos;est pas compté comme un échec.</translation>
    </message>
    <message>
        <source>The order was found, but Sendcloud made no label. Fix the order, then retry.</source>
        <translation>La commande a été trouvée, mais Sendcloud n&apos;a créé aucune étiquette. Corrigez la commande, puis réessayez.</translation>
    </message>
    <message>
        <source>Sendcloud made the label, but it was not printed. Reprint it; never retry.</source>
        <translation>Sendcloud a créé l&apos;étiquette, mais elle n&apos;a pas été imprimée. Réimprimez-la&#xa0;; ne réessayez jamais.</translation>
    </message>
    <message>
        <source>Print not confirmed</source>
        <translation>Impression non confirmée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unreadable scan</source>
        <translation>Scan illisible</translation>
    </message>
    <message>
        <source>Order in two shops</source>
        <translation>Commande dans deux boutiques</translation>
    </message>
    <message>
        <source>Already shipped</source>
        <translation>Déjà expédiée</translation>
    </message>
    <message>
        <source>Order data refused</source>
        <translation>Données de commande refusées</translation>
    </message>
    <message>
        <source>Carrier refused</source>
        <translation>Refus du transporteur</translation>
    </message>
    <message>
        <source>No clear answer</source>
        <translation>Pas de réponse claire</translation>
    </message>
    <message>
        <source>Sendcloud error</source>
        <translation>Erreur Sendcloud</translation>
    </message>
    <message>
        <source>Sendcloud too slow</source>
        <translation>Sendcloud trop lent</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Réseau indisponible</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>API keys refused</source>
        <translation>Clés API refusées</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>Imprimante pas prête</translation>
    </message>
    <message>
        <source>Printer unreachable</source>
        <translation>Imprimante injoignable</translation>
    </message>
    <message>
        <source>Printer busy</source>
        <translation>Imprimante occupée</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Journal unreachable</source>
        <translation>Journal injoignable</translation>
    </message>
    <message>
        <source>Scan waited too long</source>
        <translation>Scan en attente trop longue</translation>
    </message>
    <message>
        <source>Previous parcel on the scale</source>
        <translation>Colis précédent sur la balance</translation>
    </message>
    <message>
        <source>Too heavy for the option</source>
        <translation>Trop lourd pour l&apos;option</translation>
    </message>
    <message>
        <source>Too light for the option</source>
        <translation>Trop léger pour l&apos;option</translation>
    </message>
    <message>
        <source>Weight not saved</source>
        <translation>Poids non enregistré</translation>
    </message>
    <message>
        <source>No weight from the scale</source>
        <translation>Aucun poids de la balance</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>shipping address</source>
        <translation>adresse de livraison</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>adresse de facturation</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>numéro de rue</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>complément d&apos;adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>état ou province</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>boîte postale</translation>
    </message>
    <message>
        <source>items</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>colis</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensions</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>code SH</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>pays d&apos;origine</translation>
    </message>
    <message>
        <source>total price</source>
        <translation>prix total</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>shop integration</source>
        <translation>intégration de boutique</translation>
    </message>
    <message>
        <source>shipping method</source>
        <translation>mode d&apos;expédition</translation>
    </message>
    <message>
        <source>carrier contract</source>
        <translation>contrat transporteur</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>order ID</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>customs details</source>
        <translation>données douanières</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>service point</source>
        <translation>point relais</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>label format</source>
        <translation>format d&apos;étiquette</translation>
    </message>
    <message>
        <source>label resolution</source>
        <translation>résolution d&apos;étiquette</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>the whole order</source>
        <translation>la commande entière</translation>
    </message>
</context>
<context>
    <name>lead_mode</name>
    <message>
        <source>No shift-lead PIN is set up yet.</source>
        <translation>Aucun code PIN de chef d&apos;équipe n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Nom ou code PIN erroné.</translation>
    </message>
    <message>
        <source>This lead has a PIN already. Enter their current PIN to change it.</source>
        <translation>Ce chef d&apos;équipe a déjà un code PIN. Saisissez son code PIN actuel pour le changer.</translation>
    </message>
    <message>
        <source>A shift-lead PIN is already set up. Unlock with it.</source>
        <translation>Un code PIN de chef d&apos;équipe est déjà configuré. Déverrouillez avec celui-ci.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Un code PIN compte %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from the shared journal, though the warehouse had some. Ask its administrator to restore them.</source>
        <translation>Les codes PIN de chef d&apos;équipe manquent dans le journal partagé, alors que l&apos;entrepôt en avait. Demandez à l&apos;administrateur de les restaurer.</translation>
    </message>
    <message>
        <source>The shift-lead PINs are missing from this computer&apos;s keyring, though this station had some. Ask an administrator to restore them.</source>
        <translation>Les codes PIN de chef d&apos;équipe manquent dans le trousseau, alors que ce poste en avait. Demandez à un administrateur de les restaurer.</translation>
    </message>
    <message>
        <source>The OS keyring cannot be used: %1</source>
        <translation>Le trousseau de clés du système ne peut pas être utilisé&#xa0;: %1</translation>
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
        <translation>La commande %1 est déjà expédiée (n° de suivi %2). Aucune nouvelle étiquette n&apos;a été créée&#xa0;: réimprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>%1 was just scanned; the second scan was ignored.</source>
        <translation>%1 vient d&apos;être scanné&#xa0;; le second scan a été ignoré.</translation>
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
        <source>The scan could not be read. Scan again.</source>
        <translation>Le scan était illisible. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>This badge is not known at this station. Ask your shift lead to add you.</source>
        <translation>Ce badge est inconnu sur ce poste. Demandez à votre chef d&apos;équipe de vous ajouter.</translation>
    </message>
    <message>
        <source>Packed: %2.</source>
        <translation>Emballé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Order %1: scan each item into the box.</source>
        <translation>Commande %1&#xa0;: scannez chaque article mis dans le carton.</translation>
    </message>
    <message>
        <source>Packing of order %1 was given up; no label was made. Unpack the box.</source>
        <translation>L&apos;emballage de la commande %1 est abandonné&#xa0;; aucune étiquette n&apos;a été créée. Videz le carton.</translation>
    </message>
    <message>
        <source>No order is open for packing. Scan an order first.</source>
        <translation>Aucune commande n&apos;est ouverte pour l&apos;emballage. Scannez d&apos;abord une commande.</translation>
    </message>
    <message>
        <source>Order %1 cannot leave in several boxes here. Pack it in one box, or ask your shift lead.</source>
        <translation>La commande %1 ne peut pas partir ici en plusieurs cartons. Un seul carton, ou demandez au chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The boxes do not hold exactly order %1. Check each box against the order.</source>
        <translation>Les cartons ne contiennent pas exactement la commande %1. Vérifiez chaque carton.</translation>
    </message>
    <message>
        <source>Every item must be scanned here. Only a shift lead may complete the order without it.</source>
        <translation>Ici, chaque article doit être scanné. Seul un chef d&apos;équipe peut terminer la commande sans cela.</translation>
    </message>
    <message>
        <source>%2 is not in order %1. Take it out of the box; nothing was counted.</source>
        <translation>%2 ne fait pas partie de la commande %1. Retirez-le du carton&#xa0;; rien n&apos;a été compté.</translation>
    </message>
    <message>
        <source>Order %1 needs fewer of these (%2). Take the extra one out; nothing was counted.</source>
        <translation>La commande %1 en demande moins (%2). Retirez l&apos;article en trop&#xa0;; rien n&apos;a été compté.</translation>
    </message>
    <message>
        <source>%2 cannot be read as a product code. Scan it again.</source>
        <translation>%2 n&apos;est pas lisible comme code produit. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>Box %2 is closed. Scan the items of the next box.</source>
        <translation>La boîte %2 est fermée. Scannez les articles de la boîte suivante.</translation>
    </message>
    <message>
        <source>Box size: %2.</source>
        <translation>Taille de boîte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose the box size first: Ctrl+1 to 9, or scan the box&apos;s barcode.</source>
        <translation>Choisissez d&apos;abord la taille de boîte&#xa0;: Ctrl+1 à 9, ou scannez le code-barres de la boîte.</translation>
    </message>
    <message>
        <source>No box size has the key %2 here. Ask your shift lead.</source>
        <translation>Aucune taille de boîte n&apos;a la touche %2 ici. Demandez à votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>This box is empty. Scan its items before the next box.</source>
        <translation>Cette boîte est vide. Scannez ses articles avant la boîte suivante.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: %2 has no item id. Pack it in one box.</source>
        <translation>Commande %1 impossible en plusieurs boîtes&#xa0;: %2 n&apos;a pas d&apos;identifiant d&apos;article. Emballez-la dans une boîte.</translation>
    </message>
    <message>
        <source>%2 is a case this station does not know. Scan the units inside, or ask your shift lead.</source>
        <translation>%2 est un carton que ce poste ne connaît pas. Scannez les unités à l&apos;intérieur ou demandez à votre chef d&apos;équipe.</translation>
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
        <source>The printer did not say whether it is ready. Check it, then scan again.</source>
        <translation>L&apos;imprimante n&apos;a pas indiqué si elle est prête. Vérifiez-la, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>The label was made but not printed. Fix the printer, then reprint (F5).</source>
        <translation>L&apos;étiquette a été créée mais pas imprimée. Réglez le problème d&apos;imprimante, puis réimprimez (F5).</translation>
    </message>
    <message>
        <source>The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.</source>
        <translation>L&apos;étiquette a été envoyée mais l&apos;imprimante ne l&apos;a pas confirmée. Réimprimez (F5) seulement si aucune étiquette n&apos;est sortie.</translation>
    </message>
    <message>
        <source>The label is printed, but a customs document is not. Reprint (F5) when the printer is ready.</source>
        <translation>L&apos;étiquette est imprimée, mais pas un document douanier. Réimprimez (F5) quand l&apos;imprimante est prête.</translation>
    </message>
    <message>
        <source>This station cannot reach this kind of printer. Call your shift lead (F9).</source>
        <translation>Ce poste ne peut pas joindre ce type d&apos;imprimante. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>This label is ZPL, which this printer cannot print. Press F5 again to print a PDF of the same parcel from Sendcloud (no new label).</source>
        <translation>Étiquette en ZPL, que cette imprimante ne sait pas imprimer. F5 de nouveau&#xa0;: un PDF du même colis depuis Sendcloud (pas de nouvelle étiquette).</translation>
    </message>
    <message>
        <source>The label could not be prepared for the printer. Call your shift lead.</source>
        <translation>L&apos;étiquette n&apos;a pas pu être préparée pour l&apos;imprimante. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The label is larger than the printer&apos;s labels. Call your shift lead (F9).</source>
        <translation>L&apos;étiquette est plus grande que celles de l&apos;imprimante. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>The saved label file cannot be read. Call your shift lead.</source>
        <translation>Le fichier d&apos;étiquette enregistré est illisible. Appelez votre chef d&apos;équipe.</translation>
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
        <source>This station&apos;s API keys may not do this. Call your shift lead.</source>
        <translation>Les clés API de ce poste n&apos;ont pas ce droit. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The carrier refused this shipment. Put the parcel aside for your shift lead.</source>
        <translation>Le transporteur a refusé cet envoi. Mettez le colis de côté pour votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Sendcloud could not find what was asked for. Call your shift lead.</source>
        <translation>Sendcloud n&apos;a pas trouvé ce qui était demandé. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Sendcloud&apos;s answer could not be read. Scan again; if it happens again, call your shift lead.</source>
        <translation>La réponse de Sendcloud est illisible. Scannez à nouveau&#xa0;; si cela se reproduit, appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Sendcloud is still making the label. Wait a moment, then reprint (F5).</source>
        <translation>Sendcloud crée encore l&apos;étiquette. Patientez un instant, puis réimprimez (F5).</translation>
    </message>
    <message>
        <source>Sendcloud would not cancel this label. Check the shipment in Sendcloud.</source>
        <translation>Sendcloud a refusé d&apos;annuler cette étiquette. Vérifiez l&apos;envoi dans Sendcloud.</translation>
    </message>
    <message>
        <source>Sendcloud made no label for %1. Scan it again.</source>
        <translation>Sendcloud n&apos;a créé aucune étiquette pour %1. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>The station stopped before it asked for a label for %1; nothing was paid. Scan it again.</source>
        <translation>Le poste s&apos;est arrêté avant de demander une étiquette pour %1&#xa0;; rien n&apos;a été payé. Scannez à nouveau.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Nothing was changed.</source>
        <translation>Seul un chef d&apos;équipe peut faire cela. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This console is read-only: it has no connection to Sendcloud.</source>
        <translation>Cette console est en lecture seule&#xa0;: elle n&apos;a pas de connexion à Sendcloud.</translation>
    </message>
    <message>
        <source>Sign in first: every action is recorded with who did it.</source>
        <translation>Identifiez-vous d&apos;abord&#xa0;: chaque action est enregistrée avec son auteur.</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>Rien n&apos;a été modifié, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The order has no shipping address to change; enter it in the shop.</source>
        <translation>La commande n&apos;a pas d&apos;adresse de livraison à modifier&#xa0;; saisissez-la dans la boutique.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Une commande doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>Every order line needs a name and a quantity of 0 or more.</source>
        <translation>Chaque ligne de commande doit avoir un nom et une quantité de 0 ou plus.</translation>
    </message>
    <message>
        <source>Sendcloud did not say the order&apos;s currency; add the new line in the shop.</source>
        <translation>Sendcloud n&apos;a pas indiqué la devise de la commande&#xa0;; ajoutez la nouvelle ligne dans la boutique.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be changed.</source>
        <translation>Sendcloud n&apos;a pas identifié la commande&#xa0;: impossible de la modifier.</translation>
    </message>
    <message>
        <source>Sendcloud did not say which order this is, so it cannot be deleted.</source>
        <translation>Sendcloud n&apos;a pas identifié la commande&#xa0;: impossible de la supprimer.</translation>
    </message>
    <message>
        <source>There is no label for this shipment; retry it to make one.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette pour cet envoi&#xa0;; réessayez-le pour en créer une.</translation>
    </message>
    <message>
        <source>This label was cancelled at Sendcloud; it must not be printed again.</source>
        <translation>Cette étiquette a été annulée chez Sendcloud&#xa0;; elle ne doit pas être réimprimée.</translation>
    </message>
    <message>
        <source>This label is already cancelled.</source>
        <translation>Cette étiquette est déjà annulée.</translation>
    </message>
    <message>
        <source>Sendcloud has not yet said whether this label exists. Retry the shipment first, then void.</source>
        <translation>Sendcloud n&apos;a pas encore indiqué si cette étiquette existe. Réessayez d&apos;abord l&apos;envoi, puis annulez.</translation>
    </message>
    <message>
        <source>Sendcloud has no such shipment for this order; nothing was cancelled.</source>
        <translation>Sendcloud ne connaît pas cet envoi pour cette commande&#xa0;; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>The same failed shipment is selected twice.</source>
        <translation>Le même envoi en échec est sélectionné deux fois.</translation>
    </message>
    <message>
        <source>Sendcloud has no live label for this order (cancelled, or never finished). Nothing was printed: check the shipment in Sendcloud.</source>
        <translation>Sendcloud n&apos;a pas d&apos;étiquette valide pour cette commande (annulée, ou jamais terminée). Rien n&apos;a été imprimé&#xa0;: vérifiez l&apos;envoi dans Sendcloud.</translation>
    </message>
    <message>
        <source>The label was made but this station could not save it. Call your shift lead to fix the label folder, then reprint (F5); no new label is needed.</source>
        <translation>L&apos;étiquette est créée mais pas enregistrée. Appelez votre chef d&apos;équipe pour réparer le dossier des étiquettes, puis réimprimez (F5).</translation>
    </message>
    <message>
        <source>The label was made but could not be fetched yet. Reprint it in a moment; no new label is needed.</source>
        <translation>L&apos;étiquette est créée mais pas encore récupérée. Réimprimez-la dans un instant&#xa0;; inutile d&apos;en créer une autre.</translation>
    </message>
    <message>
        <source>The settings were changed outside Packstation. Until a shift lead reviews them (F9), the values a lead last saved apply.</source>
        <translation>Paramètres modifiés hors de Packstation. Tant qu&apos;un chef d&apos;équipe ne les a pas vérifiés (F9), les dernières valeurs enregistrées restent en vigueur.</translation>
    </message>
    <message>
        <source>The training folder is busy: close any other Packstation, let this one finish, then try again.</source>
        <translation>Le dossier de formation est occupé&#xa0;: fermez les autres fenêtres Packstation, laissez celle-ci terminer, puis réessayez.</translation>
    </message>
    <message>
        <source>%2 cannot ship order %1 in several boxes. Pack it in one box, or ask your shift lead.</source>
        <translation>%2 n&apos;expédie pas la commande %1 en plusieurs boîtes. Une seule boîte, ou demandez à votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Order %1 cannot go in several boxes: this station names no shipping option. Pack it in one box.</source>
        <translation>La commande %1 ne peut pas partir en plusieurs boîtes&#xa0;: ce poste ne nomme aucune option d&apos;expédition. Emballez-la dans une boîte.</translation>
    </message>
    <message>
        <source>%2 labels for %1 printed.</source>
        <translation>%2 étiquettes de %1 imprimées.</translation>
    </message>
    <message>
        <source>No clear answer from Sendcloud: a label may exist. Do not scan it again yet; the station asks Sendcloud before it makes another.</source>
        <translation>Pas de réponse claire de Sendcloud&#xa0;: une étiquette existe peut-être. Ne scannez pas encore&#xa0;; le poste vérifiera d&apos;abord.</translation>
    </message>
    <message>
        <source>Order %1 is being packed or labelled at another station right now. Leave it to them, or ask your shift lead.</source>
        <translation>La commande %1 est en cours d&apos;emballage ou d&apos;étiquetage sur un autre poste. Laissez-la, ou demandez à votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The label for %1 is made, but its print was not confirmed. Look at the printer; if no label came out, press F5.</source>
        <translation>L&apos;étiquette de %1 est créée, mais l&apos;impression n&apos;est pas confirmée. Regardez l&apos;imprimante&#xa0;: si rien n&apos;est sorti, appuyez sur F5.</translation>
    </message>
    <message>
        <source>Sendcloud may already have a label for %1, so no new one was made. Wait %2, then scan it again.</source>
        <translation>Sendcloud a peut-être déjà une étiquette pour %1, donc aucune nouvelle n&apos;a été créée. Attendez %2, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>This order still has a label. Void the label before deleting the order.</source>
        <translation>Cette commande a encore une étiquette. Annulez l&apos;étiquette avant de supprimer la commande.</translation>
    </message>
    <message>
        <source>This shipment is already resolved; there is nothing more to do.</source>
        <translation>Cet envoi est déjà résolu&#xa0;; il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>This shipment was already retried; retry the newer attempt.</source>
        <translation>Cet envoi a déjà été retenté&#xa0;; relancez la tentative la plus récente.</translation>
    </message>
    <message>
        <source>This label is printed; reprint it instead of retrying.</source>
        <translation>Cette étiquette est imprimée&#xa0;; réimprimez-la au lieu de réessayer.</translation>
    </message>
    <message>
        <source>Say in a note how the failure was resolved.</source>
        <translation>Indiquez dans une note comment l&apos;échec a été résolu.</translation>
    </message>
    <message>
        <source>This shipment did not fail; there is nothing to resolve.</source>
        <translation>Cet envoi n&apos;a pas échoué&#xa0;; il n&apos;y a rien à résoudre.</translation>
    </message>
    <message>
        <source>Both the public and the secret key are needed.</source>
        <translation>La clé publique et la clé secrète sont toutes deux nécessaires.</translation>
    </message>
    <message>
        <source>Only a shift lead may do this. Unlock shift-lead mode with your PIN first.</source>
        <translation>Seul un chef d&apos;équipe peut faire cela. Déverrouillez d&apos;abord le mode chef d&apos;équipe avec votre code PIN.</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Identifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This station has a problem it cannot fix itself. Call your shift lead.</source>
        <translation>Ce poste a un problème qu&apos;il ne peut pas résoudre seul. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>This station&apos;s settings are incomplete or wrong. Call your shift lead (F9).</source>
        <translation>Les paramètres de ce poste sont incomplets ou erronés. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>The printer settings do not match this printer. Call your shift lead (F9).</source>
        <translation>Les paramètres d&apos;impression ne conviennent pas à cette imprimante. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s data. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud a refusé les données de la commande. Mettez le colis de côté pour votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The printer did not take the label. Check it, then reprint (F5).</source>
        <translation>L&apos;imprimante n&apos;a pas accepté l&apos;étiquette. Vérifiez-la, puis réimprimez (F5).</translation>
    </message>
    <message>
        <source>Label for %1 reprinted.</source>
        <translation>Étiquette de %1 réimprimée.</translation>
    </message>
    <message>
        <source>This order is already shipped: a retry would be refused again. Reprint its label instead.</source>
        <translation>Cette commande est déjà expédiée&#xa0;: une nouvelle tentative serait refusée à nouveau. Réimprimez plutôt son étiquette.</translation>
    </message>
    <message>
        <source>This station holds no copy of this order&apos;s label. Reprint it at the station that made it, or from Sendcloud.</source>
        <translation>Ce poste n&apos;a aucune copie de l&apos;étiquette de cette commande. Réimprimez-la au poste qui l&apos;a créée, ou depuis Sendcloud.</translation>
    </message>
    <message>
        <source>This shipment was not refused as already shipped; retry it instead.</source>
        <translation>Cet envoi n&apos;a pas été refusé comme déjà expédié&#xa0;; réessayez-le plutôt.</translation>
    </message>
    <message>
        <source>This shipment has no order number, so it cannot be retried.</source>
        <translation>Cet envoi n&apos;a pas de numéro de commande&#xa0;: impossible de le réessayer.</translation>
    </message>
    <message>
        <source>This station has no Sendcloud API keys yet. Call your shift lead (F9).</source>
        <translation>Ce poste n&apos;a pas encore de clés API Sendcloud. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>A shift lead needs a name.</source>
        <translation>Un chef d&apos;équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a moment, then try again.</source>
        <translation>Trop de codes PIN erronés. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The stored shift-lead PINs cannot be read. Ask support to set them up again.</source>
        <translation>Les codes PIN de chef d&apos;équipe enregistrés sont illisibles. Demandez au support de les reconfigurer.</translation>
    </message>
    <message>
        <source>The shift-lead PIN could not be checked. Try again.</source>
        <translation>Le code PIN de chef d&apos;équipe n&apos;a pas pu être vérifié. Réessayez.</translation>
    </message>
    <message>
        <source>This station&apos;s Sendcloud address is not https: the API keys would travel unencrypted, so nothing was sent. Call your shift lead (F9).</source>
        <translation>L&apos;adresse Sendcloud de ce poste n&apos;est pas en https&#xa0;: les clés API circuleraient sans chiffrement, rien n&apos;a donc été envoyé. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>A newer Packstation wrote this station&apos;s journal. Call your shift lead to update it.</source>
        <translation>Le journal de ce poste vient d&apos;un Packstation plus récent. Appelez votre chef d&apos;équipe pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Training cannot start: its port is in use. Close the other Packstation, then try again.</source>
        <translation>La formation ne peut pas démarrer&#xa0;: son port est occupé. Fermez l&apos;autre fenêtre Packstation, puis réessayez.</translation>
    </message>
    <message>
        <source>The practice could not be reset: a file in the training folder cannot be removed. Close every Packstation, then try again.</source>
        <translation>Réinitialisation impossible&#xa0;: un fichier de formation ne peut pas être supprimé. Fermez toutes les fenêtres Packstation, puis réessayez.</translation>
    </message>
    <message>
        <source>The training folder&apos;s counters are damaged. Reset the practice: packstation --training --reset.</source>
        <translation>Les compteurs du dossier de formation sont endommagés. Réinitialisez l&apos;entraînement&#xa0;: packstation --training --reset.</translation>
    </message>
    <message>
        <source>The scale settings are wrong. Call your shift lead (F9).</source>
        <translation>Les paramètres de la balance sont erronés. Appelez votre chef d&apos;équipe (F9).</translation>
    </message>
    <message>
        <source>The scale cannot be reached. Check its cable and power, then weigh again.</source>
        <translation>La balance est injoignable. Vérifiez son câble et son alimentation, puis pesez à nouveau.</translation>
    </message>
    <message>
        <source>The scale does not answer. Check that it is switched on, then weigh again.</source>
        <translation>La balance ne répond pas. Vérifiez qu&apos;elle est allumée, puis pesez à nouveau.</translation>
    </message>
    <message>
        <source>The weight did not settle. Keep the parcel still on the scale.</source>
        <translation>Le poids ne s&apos;est pas stabilisé. Laissez le colis immobile sur la balance.</translation>
    </message>
    <message>
        <source>The scale reads zero. Put the parcel on the scale.</source>
        <translation>La balance indique zéro. Posez le colis sur la balance.</translation>
    </message>
    <message>
        <source>The scale reads below zero. Take everything off it and zero it.</source>
        <translation>La balance indique un poids négatif. Retirez tout ce qui est dessus et remettez-la à zéro.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this scale. Call your shift lead.</source>
        <translation>Le colis est trop lourd pour cette balance. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The scale reports a problem. Call your shift lead.</source>
        <translation>La balance signale un problème. Appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Order %1 is already shipped (tracking %2). No new label was made: press F5 to reprint it.</source>
        <translation>La commande %1 est déjà expédiée (n° de suivi %2). Aucune nouvelle étiquette n&apos;a été créée&#xa0;: appuyez sur F5 pour la réimprimer.</translation>
    </message>
    <message>
        <source>The address has no house number. Put the parcel aside for your shift lead.</source>
        <translation>L&apos;adresse n&apos;a pas de numéro de rue. Mettez le colis de côté pour votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Sendcloud refused the order&apos;s %1. Put the parcel aside for your shift lead.</source>
        <translation>Sendcloud a refusé le champ %1 de la commande. Mettez le colis de côté pour votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
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
        <source>a moment</source>
        <translation>un instant</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation>Erreur inattendue (%1)&#xa0;: %2</translation>
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
        <source>PACK</source>
        <translation>EMBALLER</translation>
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
    <message>
        <source>The scale still shows the previous parcel&apos;s weight. Take it off, put this parcel on, then scan the order again.</source>
        <translation>La balance affiche encore le poids du colis précédent. Retirez-le, posez ce colis, puis scannez de nouveau la commande.</translation>
    </message>
    <message>
        <source>The parcel is too heavy for this shipping option. Nothing was paid: split it, or call your shift lead.</source>
        <translation>Le colis est trop lourd pour cette option d&apos;expédition. Rien n&apos;a été payé&#xa0;: divisez-le ou appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>The parcel is too light for this shipping option. Nothing was paid: check the scale, or call your shift lead.</source>
        <translation>Le colis est trop léger pour cette option d&apos;expédition. Rien n&apos;a été payé&#xa0;: vérifiez la balance ou appelez votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Sendcloud did not save the parcel&apos;s weight in time. Nothing was paid: scan the order again in a moment.</source>
        <translation>Sendcloud n&apos;a pas enregistré le poids du colis à temps. Rien n&apos;a été payé&#xa0;: scannez de nouveau la commande dans un instant.</translation>
    </message>
    <message>
        <source>The shared journal cannot be reached, so no label is made. Scans wait; the station goes on by itself when the journal is back.</source>
        <translation>Le journal partagé est injoignable&#xa0;: aucune étiquette n&apos;est créée. Les scans attendent&#xa0;; le poste reprend de lui-même dès que le journal est de retour.</translation>
    </message>
    <message>
        <source>%1 is being packed at %2. Leave it to them, or ask your shift lead.</source>
        <translation>%1 est en cours d&apos;emballage sur %2. Laissez-la à ce poste, ou demandez au chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 was already shipped at %2 at %3. No new label was made: press F5 to reprint it.</source>
        <translation>%1 a déjà été expédiée sur %2 à %3. Aucune nouvelle étiquette n&apos;a été créée&#xa0;: appuyez sur F5 pour la réimprimer.</translation>
    </message>
    <message>
        <source>%1 waited too long for Sendcloud&apos;s limit or the journal, so no label was made. Scan it again with its box.</source>
        <translation>%1 a attendu trop longtemps la limite de Sendcloud ou le journal&#xa0;: aucune étiquette n&apos;a été créée. Scannez-la à nouveau avec son colis.</translation>
    </message>
</context>
</TS>
