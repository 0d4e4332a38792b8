<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../src/assocompta/ui/delegates/cells.py" line="49"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>AccountEdit</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/account_edit.py" line="107"/>
        <source>« {} » : aucun compte ne porte ces mots ; tapez son numéro ou un mot de son libellé (ex. tél)</source>
        <translation>“{}”: no account has these words; type its number or a word of its name (e.g. tél)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/account_edit.py" line="111"/>
        <source>« {} » désigne plusieurs comptes ({}{}) : choisissez-en un dans la liste ou tapez son numéro</source>
        <translation>“{}” names several accounts ({}{}): pick one in the list or type its number</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="36"/>
        <source>Affectation du résultat {}</source>
        <translation>Allocation of the {} result</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="39"/>
        <source>Excédent de l&apos;exercice {} : {}. L&apos;assemblée générale décide de le garder en report à nouveau (110) ou de le mettre en réserves (1068).</source>
        <translation>Surplus for fiscal year {}: {}. The general meeting decides whether to carry it forward (report à nouveau, 110) or put it into reserves (1068).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="42"/>
        <source>Déficit de l&apos;exercice {} : {}. L&apos;assemblée générale décide de le garder en report à nouveau (119) ou de l&apos;imputer sur les réserves (1068).</source>
        <translation>Deficit for fiscal year {}: {}. The general meeting decides whether to carry it forward (report à nouveau, 119) or charge it against reserves (1068).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="48"/>
        <source>L&apos;écriture d&apos;affectation sera passée dans l&apos;exercice {} (journal OD).</source>
        <translation>The allocation entry will be posted in the year {} (journal OD).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="53"/>
        <source>Report à nouveau</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="55"/>
        <source>Réserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="57"/>
        <source>Date de l&apos;écriture</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="63"/>
        <source>&amp;Report à nouveau ({})</source>
        <translation>&amp;Carried forward ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="65"/>
        <source>Ré&amp;serves (1068)</source>
        <translation>Re&amp;serves (1068)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="66"/>
        <source>&amp;Date (jj/mm/aaaa)</source>
        <translation>&amp;Date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="74"/>
        <source>Enregistrer l&apos;affectation</source>
        <translation>Save the allocation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="75"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="93"/>
        <source>L&apos;affectation du résultat {} est déjà enregistrée.</source>
        <translation>The allocation of the {} result is already recorded.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="95"/>
        <source>L&apos;exercice {} n&apos;est pas clos.</source>
        <translation>Fiscal year {} is not closed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="97"/>
        <source>Le résultat est nul : il n&apos;y a rien à affecter.</source>
        <translation>The result is zero: there is nothing to allocate.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="99"/>
        <source>Aucun exercice ouvert après {} pour y enregistrer l&apos;affectation : ajoutez l&apos;exercice suivant (Exercice › Ajouter un exercice…).</source>
        <translation>No open year after {} to record the allocation in: add the next year (Year › Add a year…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/allocation_dialog.py" line="142"/>
        <source>Affectation du résultat {} enregistrée : écriture n°{} de l&apos;exercice {}</source>
        <translation>Allocation of the {} result saved: entry no. {} of fiscal year {}</translation>
    </message>
</context>
<context>
    <name>AnnexeDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="68"/>
        <source>Annexe des comptes annuels — exercice {}</source>
        <extracomment>The presentation&apos;s sections (art. 431-2), in the annexe whether written or not.</extracomment>
        <translation>Notes to the annual accounts — year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="75"/>
        <source>Sections de l&apos;annexe</source>
        <extracomment>what the treasurer typed, by key, not saved yet</extracomment>
        <translation>Sections of the notes</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="104"/>
        <source>Note de l&apos;annexe</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="107"/>
        <source>Aperçu de la note</source>
        <translation>Preview of the note</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="114"/>
        <source>Aperçu :</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="131"/>
        <source>Exporter {}…</source>
        <translation>Export {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="132"/>
        <source>Enregistre les textes modifiés, puis écrit l&apos;annexe entière (les notes à la suite dans le PDF, une feuille par note dans le classeur)</source>
        <translation>Saves the changed texts, then writes the whole notes (one after the other in the PDF, one sheet per note in the workbook)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="139"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="141"/>
        <source>A&amp;ppliquer</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="142"/>
        <source>Enregistrer sans fermer : l&apos;aperçu montre les textes enregistrés</source>
        <translation>Save without closing: the preview shows the saved texts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="144"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="172"/>
        <source>Note {} : {}</source>
        <translation>Note {}: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="203"/>
        <source>Modifié, pas encore enregistré.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="205"/>
        <source>Texte écrit pour l&apos;exercice {}.</source>
        <translation>Text written for the year {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="207"/>
        <source>Texte proposé d&apos;après le livre : modifiez-le ou gardez-le tel quel. Vide, l&apos;annexe reprend ce texte.</source>
        <translation>Text proposed from the book: change it or keep it. Left empty, the notes use this text.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="210"/>
        <source>Rien d&apos;écrit : l&apos;annexe imprime « À compléter » sous ce titre (art. 431-2, toujours présent).</source>
        <translation>Nothing written: the notes print « À compléter » (to be completed) under this heading (art. 431-2, always there).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="213"/>
        <source>Rien d&apos;écrit : la section n&apos;apparaît pas dans l&apos;annexe tant qu&apos;elle n&apos;a ni texte ni montant.</source>
        <translation>Nothing written: the section stays out of the notes while it has neither text nor amount.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="263"/>
        <source>Textes de l&apos;annexe non enregistrés.</source>
        <translation>Texts of the notes not saved.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="267"/>
        <source>Textes enregistrés (Ctrl+Z dans la fenêtre principale les remet comme avant).</source>
        <translation>Texts saved (Ctrl+Z in the main window puts them back as they were).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="281"/>
        <source>Annexe {}</source>
        <translation>Notes {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="283"/>
        <source>Exporter l&apos;annexe en {}</source>
        <translation>Export the notes as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="293"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="295"/>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="296"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
</context>
<context>
    <name>AssetsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="55"/>
        <source>Registre des immobilisations — exercice {}</source>
        <extracomment>the asset whose terms the form holds for a change (None: the form enters one)</extracomment>
        <translation>Fixed-asset register — fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="65"/>
        <source>Biens détenus</source>
        <translation>Assets held</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="67"/>
        <source>Plan d&apos;&amp;amortissement du bien sélectionné</source>
        <translation>&amp;Depreciation plan of the selected asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="74"/>
        <source>Plan d&apos;amortissement</source>
        <translation>Depreciation plan</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="77"/>
        <source>Inscrire un bien</source>
        <translation>Enter an asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="79"/>
        <source>n° de l&apos;écriture d&apos;achat, s&apos;il y en a une</source>
        <translation>no. of the purchase entry, if there is one</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="81"/>
        <source>ex. Ordinateur portable</source>
        <translation>e.g. Laptop</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="85"/>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="113"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="90"/>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="157"/>
        <source>non amortissable</source>
        <translation>not depreciated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="91"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="93"/>
        <source>Depuis l&apos;écriture &amp;n°</source>
        <translation>From entry &amp;no.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="94"/>
        <source>&amp;Libellé</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="95"/>
        <source>&amp;Compte (classe 2)</source>
        <translation>&amp;Account (class 2)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="96"/>
        <source>&amp;Date de mise en service</source>
        <translation>&amp;Date in service</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="97"/>
        <source>C&amp;oût</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="98"/>
        <source>Durée d&apos;&amp;utilisation</source>
        <translation>&amp;Useful life</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="99"/>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="253"/>
        <source>&amp;Inscrire</source>
        <translation>&amp;Enter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="101"/>
        <source>&amp;Modifier le bien sélectionné</source>
        <translation>&amp;Modify the selected asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="108"/>
        <source>Sortir le bien sélectionné</source>
        <translation>Dispose of the selected asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="110"/>
        <source>Vente (cession)</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="111"/>
        <source>Mise au rebut</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="116"/>
        <source>&amp;Sortie</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="117"/>
        <source>Da&amp;te de sortie</source>
        <translation>Exit da&amp;te</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="118"/>
        <source>&amp;Prix de vente</source>
        <translation>Sale &amp;price</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="119"/>
        <source>Sortir du &amp;registre</source>
        <translation>Remove from the &amp;register</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="134"/>
        <source>Les biens détenus au {} ; les dotations de l&apos;exercice sont proposées à la clôture.</source>
        <translation>Assets held on {}; the year&apos;s depreciation is proposed at closing.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="158"/>
        <source>{} mois</source>
        <translation>{} months</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="163"/>
        <source>Total : valeur brute {}, amortissements {}, valeur nette {}</source>
        <translation>Total: gross value {}, depreciation {}, net value {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="210"/>
        <source>Bien n°{} inscrit au registre</source>
        <translation>Asset no. {} entered in the register</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="220"/>
        <source>Sélectionnez d&apos;abord le bien à modifier dans le tableau.</source>
        <translation>First select the asset to change in the table.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="233"/>
        <source>&amp;Enregistrer la modification</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="247"/>
        <source>Bien n°{} modifié</source>
        <translation>Asset no. {} changed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="263"/>
        <source>n° d&apos;écriture « {} » : un nombre, celui de la vue Saisie</source>
        <translation>entry no. &quot;{}&quot;: a number, the one in the Entries view</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="269"/>
        <source>l&apos;exercice {} n&apos;a pas d&apos;écriture n°{}</source>
        <translation>fiscal year {} has no entry no. {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="278"/>
        <source>Sélectionnez d&apos;abord le bien dans le tableau.</source>
        <translation>First select the asset in the table.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="292"/>
        <source>Sélectionnez d&apos;abord le bien à sortir dans le tableau.</source>
        <translation>First select the asset to dispose of in the table.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/assets_dialog.py" line="303"/>
        <source>Écriture de sortie passée en brouillard</source>
        <translation>Disposal entry booked as a draft</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="47"/>
        <source>{} o</source>
        <translation>{} B</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="48"/>
        <source>{} Ko</source>
        <translation>{} KB</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="49"/>
        <source>{} Mo</source>
        <translation>{} MB</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="74"/>
        <source>Justificatifs — écriture n° {} du {}</source>
        <translation>Attachments — entry no. {} of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="78"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="78"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="78"/>
        <source>Ajouté le</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="81"/>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="187"/>
        <source>Justificatifs</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="92"/>
        <source>Déposez des fichiers ici (PDF, images…) ou cliquez sur Ajouter. Ils sont enregistrés dans le livre.</source>
        <translation>Drop files here (PDF, images…) or click Add. They are saved in the book.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="98"/>
        <source>&amp;Ajouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="99"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="100"/>
        <source>&amp;Enregistrer sous…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="101"/>
        <source>Su&amp;pprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="113"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="149"/>
        <source>Exercice {} clos : ses justificatifs font partie des comptes arrêtés ; on peut les ouvrir et les enregistrer, non les ajouter ni les supprimer.</source>
        <translation>Fiscal year {} is closed: its attachments are part of the final accounts; they can be opened and saved, but not added or deleted.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="154"/>
        <source>Livre en lecture seule pour le moment.</source>
        <translation>The book is read-only for now.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="157"/>
        <source>Écriture validée le {} : on peut lui joindre d&apos;autres justificatifs, non retirer ceux qu&apos;elle a.</source>
        <translation>Entry validated {}: more attachments can be added to it, but those it has cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="177"/>
        <source>Joindre des justificatifs</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="178"/>
        <source>Justificatifs (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="184"/>
        <source>Justificatif non ajouté.</source>
        <translation>Attachment not added.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="188"/>
        <source>Déjà joint à cette écriture : {}</source>
        <translation>Already attached to this entry: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="201"/>
        <source>Ouverture impossible.</source>
        <translation>Could not open.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="212"/>
        <source>Enregistrer le justificatif</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="219"/>
        <source>Enregistrement impossible.</source>
        <translation>Could not save.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="228"/>
        <source>Supprimer le justificatif</source>
        <translation>Delete the attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="229"/>
        <source>Retirer « {} » du livre ? Le fichier n&apos;y sera plus.</source>
        <translation>Remove “{}” from the book? The file will no longer be in it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/attachments_dialog.py" line="235"/>
        <source>Suppression refusée.</source>
        <translation>Deletion refused.</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="108"/>
        <source>ex. Crédit Mutuel – compte courant</source>
        <translation>e.g. Crédit Mutuel – current account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="109"/>
        <source>Nom du compte bancaire {}</source>
        <translation>Name of bank account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="111"/>
        <source>Solde du compte bancaire {}</source>
        <translation>Balance of bank account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="112"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="114"/>
        <source>Retirer le compte bancaire {}</source>
        <translation>Remove bank account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="124"/>
        <source>Soldes d&apos;ouverture</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="125"/>
        <source>Ce que l&apos;association possède et doit au premier jour de son premier exercice dans AssoCompta.</source>
        <translation>What the association owns and owes on the first day of its first fiscal year in AssoCompta.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="129"/>
        <source>&amp;Oui : elle a déjà de l&apos;argent en banque ou en caisse (ou des dettes, des créances)</source>
        <translation>&amp;Yes: it already has money in the bank or the cash box (or debts, amounts owed to it)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="131"/>
        <source>&amp;Non : elle est créée maintenant, elle part de zéro</source>
        <translation>N&amp;o: it is being set up now and starts from zero</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="134"/>
        <source>&lt;b&gt;L&apos;association existe-t-elle déjà ?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Does the association already exist?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="136"/>
        <source>Comptes bancaires</source>
        <translation>Bank accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="139"/>
        <source>&amp;Ajouter un compte bancaire</source>
        <translation>&amp;Add a bank account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="142"/>
        <source>Solde de la caisse</source>
        <translation>Cash box balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="144"/>
        <source>&amp;Caisse (530)</source>
        <translation>&amp;Cash box (530)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="148"/>
        <source>J&apos;ai le &amp;bilan de l&apos;exercice précédent (fonds propres, dettes, créances…) : je le saisis</source>
        <translation>I have the &amp;previous year&apos;s balance sheet (equity, debts, receivables…): I enter it</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="151"/>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="234"/>
        <source>Sans bilan, la contrepartie de ces soldes est le compte 1021 « Première situation nette établie » (fonds propres de l&apos;association).</source>
        <translation>Without a balance sheet, the counterpart of these balances is account 1021 “Première situation nette établie” (the association&apos;s equity).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="156"/>
        <source>Elle a aussi des &amp;dettes ou des créances au premier jour (factures à payer, subventions à recevoir…)</source>
        <translation>It also has &amp;debts or receivables on the first day (bills to pay, grants to receive…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="158"/>
        <source>Créances et dettes au premier jour</source>
        <translation>Receivables and debts on the first day</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="181"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="229"/>
        <source>Sans bilan, la contrepartie est le compte 1021 « Première situation nette établie » (fonds propres) : banques et caisse, plus les créances, moins les dettes.</source>
        <translation>Without a balance sheet, the counterpart is account 1021 “Première situation nette établie” (equity): banks and cash, plus receivables, less debts.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="258"/>
        <source>Nom du compte</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="259"/>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="296"/>
        <source>Solde au {}</source>
        <translation>Balance on {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="312"/>
        <source>solde du compte bancaire {}</source>
        <translation>balance of bank account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="317"/>
        <source>Caisse</source>
        <translation>Cash box</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="20"/>
        <source>validation de {} ligne de relevé</source>
        <translation>posting {} statement line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="21"/>
        <source>validation de {} lignes de relevé</source>
        <translation>posting {} statement lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="40"/>
        <source>création de la règle « {} »</source>
        <translation>creating the rule “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="60"/>
        <source>suppression de la règle « {} »</source>
        <translation>removing the rule “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="73"/>
        <source>déplacement de la règle « {} »</source>
        <translation>moving the rule “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="89"/>
        <source>mise à l&apos;écart de {} ligne de relevé</source>
        <translation>setting aside {} statement line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="90"/>
        <source>mise à l&apos;écart de {} lignes de relevé</source>
        <translation>setting aside {} statement lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="107"/>
        <source>choix du compte de {} ligne de relevé</source>
        <translation>choosing the account of {} statement line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/bank_commands.py" line="108"/>
        <source>choix du compte de {} lignes de relevé</source>
        <translation>choosing the account of {} statement lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="44"/>
        <source>choisi</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="45"/>
        <source>règle</source>
        <translation>rule</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="46"/>
        <source>historique</source>
        <translation>history</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="47"/>
        <source>Entrées et sorties</source>
        <translation>Money in and out</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="48"/>
        <source>Sorties seulement</source>
        <translation>Money out only</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="49"/>
        <source>Entrées seulement</source>
        <translation>Money in only</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="119"/>
        <source>Compte de banque</source>
        <extracomment>what the view last put in Compte/Tiers/Action (the selected line&apos;s proposal)</extracomment>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="122"/>
        <source>&amp;Importer un relevé…</source>
        <translation>&amp;Import a statement…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="128"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="164"/>
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="134"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="134"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="134"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="135"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="516"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="135"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="156"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="521"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="135"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="160"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="522"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="136"/>
        <source>Proposé par</source>
        <translation>Suggested by</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="138"/>
        <source>Lignes à catégoriser</source>
        <translation>Lines to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="153"/>
        <source>Compte de contrepartie</source>
        <translation>Contra account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="154"/>
        <source>numéro ou mot du libellé (ex. 626, télé)</source>
        <translation>number or a word of its name (e.g. 626, télé)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="166"/>
        <source>Tiers :</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="168"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="172"/>
        <source>&amp;Valider la sélection</source>
        <translation>&amp;Post the selection</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="174"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="375"/>
        <source>Valider &amp;toutes les lignes proposées</source>
        <translation>Post &amp;all suggested lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="176"/>
        <source>I&amp;gnorer</source>
        <translation>I&amp;gnore</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="177"/>
        <source>Retirer de la liste sans passer d&apos;écriture (opération déjà saisie à la main…)</source>
        <translation>Remove from the list without posting an entry (transaction already entered by hand…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="237"/>
        <source>{} ligne à catégoriser</source>
        <translation>{} line to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="238"/>
        <source>{} lignes à catégoriser</source>
        <translation>{} lines to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="240"/>
        <source>, dont {} avec un compte proposé</source>
        <translation>, {} with a suggested account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="242"/>
        <source> ({} à vérifier)</source>
        <translation> ({} to check)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="479"/>
        <source>{} écriture passée au journal BQ (Ctrl+Z pour annuler)</source>
        <translation>{} entry posted to the BQ journal (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="480"/>
        <source>{} écritures passées au journal BQ (Ctrl+Z pour annuler)</source>
        <translation>{} entries posted to the BQ journal (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="492"/>
        <source>Aucune ligne n&apos;a été ignorée</source>
        <translation>No line was ignored</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="497"/>
        <source>{} ligne ignorée (Ctrl+Z pour la remettre)</source>
        <translation>{} line ignored (Ctrl+Z to bring it back)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="498"/>
        <source>{} lignes ignorées (Ctrl+Z pour les remettre)</source>
        <translation>{} lines ignored (Ctrl+Z to bring them back)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="538"/>
        <source>Règle « {} » créée (Ctrl+Z pour annuler)</source>
        <translation>Rule “{}” created (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="568"/>
        <source>{} : {}, {}</source>
        <translation>{}: {}, {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="569"/>
        <source>{} ligne ajoutée à catégoriser</source>
        <translation>{} line added to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="570"/>
        <source>{} lignes ajoutées à catégoriser</source>
        <translation>{} lines added to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="571"/>
        <source>{} déjà importée</source>
        <translation>{} already imported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="572"/>
        <source>{} déjà importées</source>
        <translation>{} already imported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="288"/>
        <source>Référence banque : {}</source>
        <translation>Bank reference: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="124"/>
        <source>Règ&amp;les…</source>
        <translation>Ru&amp;les…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="161"/>
        <source>A&amp;ppliquer à la sélection</source>
        <translation>Apply to the sele&amp;ction</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="180"/>
        <source>Créer u&amp;ne règle…</source>
        <translation>Create a r&amp;ule…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="290"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="298"/>
        <source>des mots courants</source>
        <translation>common words</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="301"/>
        <source>À vérifier : ce compte vient d&apos;écritures de {} au libellé proche (mots communs : {}), mais le libellé ne nomme pas {}. Le tiers n&apos;est pas repris : choisissez-le si c&apos;est bien un don, une cotisation… d&apos;une personne connue.</source>
        <translation>To check: this account comes from entries of {} with a similar description (words in common: {}), but the description does not name {}. The party is not carried over: choose it if this really is a gift, a membership fee… from someone you know.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="306"/>
        <source>À vérifier : ce compte vient d&apos;écritures au libellé proche, sur peu de mots communs ({}).</source>
        <translation>To check: this account comes from entries with a similar description, on few words in common ({}).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="308"/>
        <source>« Valider toutes les lignes proposées » ne valide pas cette ligne : sélectionnez-la, vérifiez, puis « Valider la sélection ».</source>
        <translation>“Post all suggested lines” does not post this line: select it, check it, then “Post the selection”.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="374"/>
        <source>Valider &amp;toutes les lignes proposées ({})</source>
        <translation>Post &amp;all suggested lines ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="377"/>
        <source>Les lignes proposées « à vérifier » ne sont pas validées ici : sélectionnez-les une à une</source>
        <translation>Suggested lines marked “to check” are not posted here: select them one at a time</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="400"/>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="424"/>
        <source>Compte refusé</source>
        <translation>Account refused</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="444"/>
        <source>{} des lignes sélectionnées ont une proposition « à vérifier » (compte trouvé sur peu de mots, tiers non repris) :</source>
        <translation>{} of the selected lines have a suggestion “to check” (account found on few words, party not carried over):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="446"/>
        <source>{} des lignes sélectionnées a une proposition « à vérifier » (compte trouvé sur peu de mots, tiers non repris) :</source>
        <translation>{} of the selected lines has a suggestion “to check” (account found on few words, party not carried over):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="450"/>
        <source>Valider la sélection</source>
        <translation>Post the selection</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="451"/>
        <source>Les passer en écriture telles quelles ?</source>
        <translation>Post them as they are?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="471"/>
        <source>Rien n&apos;a été passé en écriture</source>
        <translation>Nothing was posted</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="514"/>
        <source>Créer une règle</source>
        <translation>Create a rule</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="515"/>
        <source>Le libellé contient les mots</source>
        <translation>The description contains the words</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="517"/>
        <source>Les lignes dont le libellé contient tous ces mots recevront ce compte (les règles passent avant l&apos;historique, dans leur ordre).</source>
        <translation>Lines whose description contains all these words get this account (rules come before history, in their order).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="519"/>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="534"/>
        <source>Règle refusée</source>
        <translation>Rule refused</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="575"/>
        <source>Import de {} refusé : rien n&apos;a été écrit.</source>
        <translation>Import of {} refused: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="578"/>
        <source>Import de {}…</source>
        <translation>Importing {}…</translation>
    </message>
</context>
<context>
    <name>BilanPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="345"/>
        <source>à l&apos;actif</source>
        <translation>on the assets side</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="345"/>
        <source>au passif</source>
        <translation>on the liabilities side</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="347"/>
        <source>n°</source>
        <translation>no.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="349"/>
        <source>Autre compte {} : numéro</source>
        <translation>Other account {}: number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="351"/>
        <source>Un compte de bilan que les lignes ne proposent pas (ex. 165 dépôts reçus, 4386 charges à payer) ; montant négatif s&apos;il est de l&apos;autre sens</source>
        <translation>A balance sheet account the lines do not offer (e.g. 165 deposits received, 4386 accrued expenses); a negative amount if it is on the other side</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="353"/>
        <source>Autre compte {} : montant</source>
        <translation>Other account {}: amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="359"/>
        <source>Autre compte</source>
        <translation>Other account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="371"/>
        <source>Bilan de l&apos;exercice précédent</source>
        <translation>Previous year&apos;s balance sheet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="372"/>
        <source>Recopiez les montants du dernier bilan approuvé (laissez vides les lignes absentes). L&apos;actif doit égaler le passif.</source>
        <translation>Copy the amounts from the last approved balance sheet (leave missing lines empty). Assets must equal liabilities.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="381"/>
        <source>Actif</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="381"/>
        <source>Passif</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="386"/>
        <source>Banques et caisse (page précédente)</source>
        <translation>Banks and cash box (previous page)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="392"/>
        <source>Négatif s&apos;il est débiteur (compte {})</source>
        <translation>Negative if in debit (account {})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="398"/>
        <source>Compte de la ligne « {} »</source>
        <translation>Account of the line “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="400"/>
        <source>{} : choisissez le compte de votre bilan</source>
        <translation>{}: choose the account of your balance sheet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="415"/>
        <source>Totaux du bilan</source>
        <translation>Balance sheet totals</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="419"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="482"/>
        <source>Total de l&apos;actif : {} · Total du passif : {}</source>
        <translation>Total assets: {} · Total liabilities: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="485"/>
        <source>Écart : {}</source>
        <translation>Difference: {}</translation>
    </message>
</context>
<context>
    <name>BookSession</name>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="169"/>
        <source>votre compte PostgreSQL « {} » peut lire ce livre mais pas le modifier (demandez ce droit à qui gère la base)</source>
        <extracomment>what the last action changed (entry ids, a BudgetChange…); empty tuple: everything. (Never None through a PySide6 signal of ``object``: on Python 3.11 PySide 6.12 drops one reference to None per queued delivery, and the interpreter aborts at exit.) the background writer open failed so that the book cannot be used (damaged file)</extracomment>
        <translation>your PostgreSQL account “{}” may read this book but not change it (ask the person who runs the database for that right)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="183"/>
        <source>Base partagée ouverte : prête pour la saisie</source>
        <translation>Shared database open: ready for entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="184"/>
        <source>Livre vérifié et sauvegardé : prêt pour la saisie</source>
        <translation>Book checked and backed up: ready for entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="187"/>
        <source>Lecture seule : {}</source>
        <translation>Read-only: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="192"/>
        <source>ouverture impossible : {!r}</source>
        <translation>could not open: {!r}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="295"/>
        <source>Le livre a été modifié sur un autre poste : affichage mis à jour (ce qui a été fait avant ne peut plus être annulé).</source>
        <translation>The book was changed on another computer: the display is up to date (what was done before can no longer be undone).</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="38"/>
        <source>budget : {}</source>
        <translation>budget: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="51"/>
        <source>budget : ajout {}</source>
        <translation>budget: add {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="67"/>
        <source>budget : suppression {}</source>
        <translation>budget: delete {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="86"/>
        <source>budget {} copié de {}</source>
        <translation>budget {} copied from {}</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="27"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="28"/>
        <source>Poste du plan</source>
        <translation>Chart heading</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="29"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="30"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="31"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="32"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="33"/>
        <source>Type de financeur</source>
        <translation>Funder type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="160"/>
        <source>Le type de financeur se règle sur le tiers, dans Tiers et actions</source>
        <extracomment>the service field each editable column changes</extracomment>
        <translation>The funder type is set on the party, in Parties and actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="185"/>
        <source>champ {} : {}</source>
        <translation>field {}: {}</translation>
    </message>
</context>
<context>
    <name>BudgetScopeDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/budget_scope_dialog.py" line="19"/>
        <source>Budget exporté</source>
        <translation>Budget exported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/budget_scope_dialog.py" line="20"/>
        <source>Toute l&apos;association</source>
        <translation>The whole association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/budget_scope_dialog.py" line="24"/>
        <source>Un dossier de subvention demande souvent le budget de l&apos;action financée : ses seules lignes, et ses totaux.</source>
        <translation>A grant application often asks for the funded action&apos;s budget: its lines only, and its totals.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/budget_scope_dialog.py" line="29"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/budget_scope_dialog.py" line="33"/>
        <source>&amp;Budget de :</source>
        <translation>&amp;Budget of:</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="58"/>
        <source>Lignes du budget</source>
        <extracomment>the action filter&apos;s entry for lines of the association as a whole</extracomment>
        <translation>Budget lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="76"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="77"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="86"/>
        <source>Filtre action</source>
        <translation>Action filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="91"/>
        <source>&amp;Copier depuis l&apos;année précédente…</source>
        <translation>&amp;Copy from the previous year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="96"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="111"/>
        <source>Totaux du budget</source>
        <translation>Budget totals</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="112"/>
        <source>Équilibre charges et produits</source>
        <translation>Balance of expenses and income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="114"/>
        <source>Équilibre des contributions volontaires</source>
        <translation>Balance of contributions in kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="158"/>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="159"/>
        <source>Hors actions (association)</source>
        <translation>No action (association)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="182"/>
        <source>{} lignes</source>
        <translation>{} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="182"/>
        <source>{} ligne</source>
        <translation>{} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="186"/>
        <source>Total des charges (excédent prévisionnel compris) : {}   ·   Total des produits : {}   ·   {}</source>
        <translation>Total expenses (forecast surplus included): {}   ·   Total income: {}   ·   {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="189"/>
        <source>Total des charges : {}   ·   Total des produits (insuffisance prévisionnelle comprise) : {}   ·   {}</source>
        <translation>Total expenses: {}   ·   Total income (forecast shortfall included): {}   ·   {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="192"/>
        <source>Total des charges : {}   ·   Total des produits : {}   ·   {}</source>
        <translation>Total expenses: {}   ·   Total income: {}   ·   {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="209"/>
        <source>Excédent prévisionnel de {} (produits {} − charges {}) : la ligne « Excédent prévisionnel » du CERFA équilibre le budget</source>
        <translation>Budgeted surplus of {} (income {} − expenses {}): the CERFA line “Excédent prévisionnel” balances the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="212"/>
        <source>Insuffisance prévisionnelle de {} (charges {} − produits {}) : la ligne « Insuffisance prévisionnelle » (autofinancement) du CERFA équilibre le budget</source>
        <translation>Budgeted deficit of {} (expenses {} − income {}): the CERFA line “Insuffisance prévisionnelle” (self-financing) balances the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="216"/>
        <source>Contributions volontaires : emplois (86) {} {} ressources (87) {}</source>
        <translation>Contributions in kind: uses (86) {} {} resources (87) {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="219"/>
        <source>Charges = produits ({}) : budget équilibré</source>
        <translation>Expenses = income ({}): balanced budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="220"/>
        <source>Total des charges {} ≠ total des produits {}</source>
        <translation>Total expenses {} ≠ total income {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="301"/>
        <source>Remplacer {} du budget {} par la copie de {} ? Ctrl+Z revient en arrière.</source>
        <translation>Replace {} of the {} budget with the copy of {}? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="303"/>
        <source>la ligne</source>
        <translation>the line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="304"/>
        <source>les {} lignes</source>
        <translation>the {} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="228"/>
        <source>Exercice clos : son budget ne change plus</source>
        <translation>Closed fiscal year: its budget can no longer change</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="89"/>
        <source>Ajouter une &amp;ligne</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="90"/>
        <source>Su&amp;pprimer la ligne</source>
        <translation>&amp;Delete the line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="230"/>
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="236"/>
        <source>Aucun exercice avant celui-ci</source>
        <translation>No fiscal year before this one</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="261"/>
        <source>Ligne de budget refusée.</source>
        <translation>Budget line refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="288"/>
        <source>Suppression refusée.</source>
        <translation>Deletion refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="300"/>
        <source>Copier le budget</source>
        <translation>Copy the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="311"/>
        <source>Copie du budget impossible.</source>
        <translation>The budget could not be copied.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="32"/>
        <source>Fonds propres</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="33"/>
        <source>Dettes</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="34"/>
        <source>Actif</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="35"/>
        <source>Charge</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="36"/>
        <source>Produit</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="38"/>
        <source>Contribution volontaire (emploi)</source>
        <translation>Contribution in kind (use)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="40"/>
        <source>Contribution volontaire (ressource)</source>
        <translation>Contribution in kind (resource)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="42"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="43"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="44"/>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="45"/>
        <source>Solde de l&apos;exercice</source>
        <translation>Balance for the year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="63"/>
        <source>Comptes de l&apos;exercice</source>
        <translation>Accounts of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="69"/>
        <source>Rechercher un compte (numéro ou mot du libellé)</source>
        <translation>Search for an account (number or word of the description)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="71"/>
        <source>Rechercher un compte</source>
        <translation>Search for an account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="73"/>
        <source>Afficher les comptes masqués</source>
        <translation>Show hidden accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="75"/>
        <source>Ajouter un sous-&amp;compte…</source>
        <translation>&amp;Add a sub-account…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="76"/>
        <source>Re&amp;nommer…</source>
        <translation>Rena&amp;me…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="77"/>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="149"/>
        <source>&amp;Masquer</source>
        <translation>H&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="90"/>
        <source>Solde : D débiteur, C créditeur. Les comptes du plan officiel gardent leur libellé ; créez un sous-compte (ex. 7411 Subvention Ville) pour un libellé à vous.</source>
        <translation>Balance: D debit, C credit. Accounts of the official chart keep their description; create a sub-account (e.g. 7411 Town grant) for a description of your own.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="117"/>
        <source>Sous-compte créé par l&apos;association</source>
        <translation>Sub-account created by the association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="118"/>
        <source>Compte du plan comptable officiel</source>
        <translation>Account of the official chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="120"/>
        <source> ; masqué dans les listes de saisie</source>
        <translation>; hidden from the entry lists</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="126"/>
        <source>{} comptes</source>
        <translation>{} accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="126"/>
        <source>{} compte</source>
        <translation>{} account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="146"/>
        <source>Les comptes du plan officiel gardent leur libellé : créez un sous-compte</source>
        <translation>Accounts of the official chart keep their description: create a sub-account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="148"/>
        <source>Ré&amp;afficher</source>
        <translation>Unh&amp;ide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="150"/>
        <source>Masquer : le compte n&apos;est plus proposé à la saisie ; refusé s&apos;il a des écritures sur l&apos;exercice</source>
        <translation>Hide: the account is no longer offered for entries; refused if it has entries in the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="166"/>
        <source>Ajouter un sous-compte</source>
        <translation>Add a sub-account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="167"/>
        <source>&amp;Numéro</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="167"/>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="187"/>
        <source>&amp;Libellé</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="168"/>
        <source>Le numéro commence par celui d&apos;un compte du plan (ex. 7411 sous 741) : le sous-compte en prend la place dans le compte de résultat et le bilan.</source>
        <translation>The number starts with that of an account of the chart (e.g. 7411 under 741): the sub-account takes its place in the income statement and the balance sheet.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="175"/>
        <source>Sous-compte refusé.</source>
        <translation>Sub-account refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="185"/>
        <source>Renommer le compte {}</source>
        <translation>Rename account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="186"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="192"/>
        <source>Renommage refusé.</source>
        <translation>Renaming refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="202"/>
        <source>Ce compte ne peut pas être masqué.</source>
        <translation>This account cannot be hidden.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/chart_commands.py" line="17"/>
        <source>ajout du sous-compte {} « {} »</source>
        <translation>adding the sub-account {} “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/chart_commands.py" line="32"/>
        <source>renommage du compte {} « {} »</source>
        <translation>renaming the account {} “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/chart_commands.py" line="47"/>
        <source>masquage du compte {}</source>
        <translation>hiding the account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/chart_commands.py" line="48"/>
        <source>réaffichage du compte {}</source>
        <translation>showing the account {} again</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="43"/>
        <source>Exercice ouvert</source>
        <translation>Fiscal year open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="44"/>
        <source>Exercices précédents clos</source>
        <translation>Earlier fiscal years closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="45"/>
        <source>Écritures équilibrées</source>
        <translation>Entries balanced</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="46"/>
        <source>Contributions volontaires : 86 = 87</source>
        <translation>Contributions in kind: 86 = 87</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="47"/>
        <source>Rapprochement bancaire</source>
        <translation>Bank reconciliation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="48"/>
        <source>Opérations bancaires catégorisées</source>
        <translation>Bank transactions categorised</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="49"/>
        <source>Exercice suivant</source>
        <translation>Next fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="50"/>
        <source>À-nouveaux</source>
        <translation>Opening entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="51"/>
        <source>Compte d&apos;attente</source>
        <translation>Suspense account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="52"/>
        <source>Résultat précédent</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="53"/>
        <source>Travaux d&apos;inventaire</source>
        <translation>Year-end work</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="54"/>
        <source>Rapprochement bancaire {}</source>
        <translation>Bank reconciliation {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="55"/>
        <source>Compte {}</source>
        <translation>Account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="74"/>
        <source>Vérifications avant la clôture de l&apos;exercice {}</source>
        <translation>Checks before closing fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="76"/>
        <source>Tout doit être vert pour clôturer. Les points orange sont des conseils : ils ne bloquent pas.</source>
        <translation>Everything must be green to close. Orange points are advice: they do not block the closing.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="87"/>
        <source>&amp;Vérifier à nouveau</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="119"/>
        <source>Corriger…</source>
        <translation>Fix…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="120"/>
        <source>Corriger : {}</source>
        <translation>Fix: {}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/checks_panel.py" line="20"/>
        <source>Contrôles du rapport</source>
        <translation>Report checks</translation>
    </message>
</context>
<context>
    <name>ClosingWizard</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="303"/>
        <source>Clôture de l&apos;exercice {}</source>
        <translation>Closing fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="307"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="308"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="309"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="310"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="342"/>
        <source>Clôture refusée.</source>
        <translation>Closing refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="350"/>
        <source>Exercice {} clos ; à-nouveaux dans l&apos;exercice {}</source>
        <translation>Fiscal year {} closed; opening entries in fiscal year {}</translation>
    </message>
</context>
<context>
    <name>ColumnWidths</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/columns.py" line="102"/>
        <source>Largeurs de colonnes par défaut</source>
        <translation>Default column widths</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/assocompta/ui/commands.py" line="58"/>
        <source>Impossible d&apos;annuler « {} »</source>
        <translation>Cannot undo “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/commands.py" line="91"/>
        <source>l&apos;écriture n°{} de l&apos;exercice {} n&apos;est plus celle que cette action a enregistrée (numéros changés depuis) : elle n&apos;est pas touchée</source>
        <translation>entry no. {} of fiscal year {} is no longer the one this action saved (numbers have changed since): it is left untouched</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/commands.py" line="159"/>
        <source>contre-passation de l&apos;écriture n°{}</source>
        <translation>reversal of entry no. {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/identity_commands.py" line="16"/>
        <source>identité de l&apos;association</source>
        <translation>the association&apos;s identity</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="35"/>
        <source>détails du don</source>
        <translation>gift details</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/annexe_dialog.py" line="46"/>
        <source>textes de l&apos;annexe {}</source>
        <translation>texts of the notes {}</translation>
    </message>
</context>
<context>
    <name>CompteRenduDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="46"/>
        <source>Compte rendu financier (CERFA 15059) — {}</source>
        <translation>Financial report (CERFA 15059) — {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="50"/>
        <source>Action subventionnée</source>
        <translation>Subsidised action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="51"/>
        <source>Toute l&apos;association</source>
        <translation>The whole association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="56"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="57"/>
        <source>(aucun financeur désigné)</source>
        <translation>(no funder named)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="61"/>
        <source>Taux des charges indirectes</source>
        <translation>Rate of indirect costs</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="62"/>
        <source>ex. 12,5</source>
        <translation>e.g. 12,5</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="64"/>
        <source>% des charges sans action, imputé à l&apos;action (pas de charges indirectes pour toute l&apos;association)</source>
        <translation>% of the costs without action, charged to the action (no indirect costs for the whole association)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="71"/>
        <source>Montant de la subvention accordée</source>
        <translation>Amount of the subsidy granted</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="72"/>
        <source>ex. 10 000</source>
        <translation>e.g. 10 000</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="75"/>
        <source>Décision ou convention</source>
        <translation>Decision or agreement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="76"/>
        <source>ex. convention n° 2025-14 du 12/02/2025</source>
        <translation>e.g. agreement no. 2025-14 of 12/02/2025</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="79"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="80"/>
        <source>Financeur :</source>
        <translation>Funder:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="81"/>
        <source>Montant accordé (€) :</source>
        <translation>Amount granted (€):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="82"/>
        <source>Décision ou convention :</source>
        <translation>Decision or agreement:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="83"/>
        <source>Charges indirectes :</source>
        <translation>Indirect costs:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="86"/>
        <source>Libellés du tableau et questions de l&apos;annexe repris d&apos;une mise en œuvre publique du formulaire, non confirmés sur le formulaire officiel ; les lignes 689, 789, 78, 69 et 79 et l&apos;excédent de l&apos;action sont ajoutés par l&apos;application. Les écarts de plus de 20 % (seuil choisi par l&apos;application, le formulaire n&apos;en fixe pas) sont listés au feuillet 3. L&apos;association, son SIREN, son RNA et le signataire viennent de l&apos;identité du livre.</source>
        <translation>The table&apos;s captions and the annex questions come from a public implementation of the form, not confirmed on the official form; lines 689, 789, 78, 69 and 79 and the action&apos;s surplus are added by the app. Gaps over 20 % (a threshold the app chose, the form sets none) are listed in sheet 3. The association, its SIREN, its RNA and the signatory come from the book&apos;s identity.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="101"/>
        <source>Enregistrer les textes</source>
        <translation>Save the texts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="107"/>
        <source>Exporter {}…</source>
        <translation>Export {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="112"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="186"/>
        <source>Textes non enregistrés.</source>
        <translation>Texts not saved.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="189"/>
        <source>Textes enregistrés.</source>
        <translation>Texts saved.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="190"/>
        <source>Rien à enregistrer : les textes n&apos;ont pas changé.</source>
        <translation>Nothing to save: the texts have not changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="197"/>
        <source>Enregistrer les textes saisis avant de changer d&apos;action ou de financeur ?</source>
        <translation>Save the texts typed before changing action or funder?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="207"/>
        <source>Enregistrer les textes saisis avant de fermer ?</source>
        <translation>Save the texts typed before closing?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="214"/>
        <source>Compte rendu financier</source>
        <translation>Financial report</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="219"/>
        <source>Exporter en {}</source>
        <translation>Export as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="235"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="237"/>
        <location filename="../../src/assocompta/ui/dialogs/compte_rendu_dialog.py" line="238"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="37"/>
        <source>La clôture est définitive : un exercice clos ne peut jamais être rouvert ni modifié.</source>
        <translation>Closing is final: a closed fiscal year can never be reopened or changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="141"/>
        <source>Résultat et à-nouveaux</source>
        <translation>Result and opening entries (à-nouveaux)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="143"/>
        <source>&amp;Terminer la clôture</source>
        <translation>&amp;Finish closing</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="148"/>
        <source>Lignes des à-nouveaux</source>
        <translation>Opening entry lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="150"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="150"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="150"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="150"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="162"/>
        <source>J&apos;ai compris : clôturer définitivement l&apos;exercice {}</source>
        <translation>I understand: close fiscal year {} for good</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="175"/>
        <source>Excédent de {} (compte 120)</source>
        <translation>Surplus of {} (account 120)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="176"/>
        <source>Déficit de {} (compte 129)</source>
        <translation>Deficit of {} (account 129)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="177"/>
        <source>Résultat nul ({})</source>
        <translation>Zero result ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="178"/>
        <source>L&apos;exercice {} sera créé et ouvrira avec ces à-nouveaux (journal AN, au {}).</source>
        <translation>Fiscal year {} will be created and will open with these opening entries (AN journal, on {}).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="180"/>
        <source>L&apos;exercice {} ouvrira avec ces à-nouveaux (journal AN, au {}).</source>
        <translation>Fiscal year {} will open with these opening entries (AN journal, on {}).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="181"/>
        <source>Résultat de l&apos;exercice {} : {}</source>
        <translation>Result for fiscal year {}: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="183"/>
        <source>Les comptes de charges et de produits repartent à zéro.</source>
        <translation>Expense and income accounts start again from zero.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="190"/>
        <source>La clôture extourne aussi la régularisation de l&apos;exercice au {} :</source>
        <translation>The closing also reverses the fiscal year&apos;s adjustment on {}:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="192"/>
        <source>La clôture extourne aussi les {0} régularisations de l&apos;exercice au {1} :</source>
        <translation>The closing also reverses the fiscal year&apos;s {0} adjustments on {1}:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="197"/>
        <source>Comptes repris sous un autre numéro ou créés :</source>
        <translation>Accounts carried over under another number or created:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="224"/>
        <source>La clôture valide la dernière écriture en brouillard : elle recevra son numéro définitif et ne pourra plus être modifiée.</source>
        <translation>Closing validates the last draft entry: it will get its final number and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="227"/>
        <source>La clôture valide les {} écritures encore en brouillard : elles recevront leur numéro définitif et ne pourront plus être modifiées.</source>
        <translation>Closing validates the {} entries still in draft: they will get their final numbers and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="231"/>
        <source>L&apos;écriture sans référence de pièce recevra un numéro automatique</source>
        <translation>The entry without a voucher reference will get an automatic number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="233"/>
        <source>Les {} écritures sans référence de pièce recevront un numéro automatique</source>
        <translation>The {} entries without a voucher reference will get automatic numbers</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="37"/>
        <source>&lt;h3&gt;AssoCompta&lt;/h3&gt;
&lt;p&gt;Chaque action est enregistrée aussitôt dans le fichier du livre : il n&apos;y a rien à
« enregistrer » et rien ne se perd à la fermeture.&lt;/p&gt;
&lt;table&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+D, Ctrl+R, Ctrl+T, Ctrl+B, Ctrl+L&lt;/td&gt;&lt;td&gt;dépense, recette, virement,
contribution volontaire, écriture libre&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Entrée / Échap&lt;/td&gt;&lt;td&gt;enregistrer et saisir la suivante / fermer&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Maj+Z&lt;/td&gt;&lt;td&gt;annuler / rétablir&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;rechercher dans le journal&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;exporter la vue (Excel, PDF, CSV)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+9&lt;/td&gt;&lt;td&gt;changer de vue&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <translation>&lt;h3&gt;AssoCompta&lt;/h3&gt;
&lt;p&gt;Every action is saved at once in the book&apos;s file: there is nothing to
“save” and nothing is lost on closing.&lt;/p&gt;
&lt;table&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+D, Ctrl+R, Ctrl+T, Ctrl+B, Ctrl+L&lt;/td&gt;&lt;td&gt;expense, receipt, transfer,
contribution in kind, free entry&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Enter / Esc&lt;/td&gt;&lt;td&gt;save and type the next one / close&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;search the journal&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+E&lt;/td&gt;&lt;td&gt;export the view (Excel, PDF, CSV)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+9&lt;/td&gt;&lt;td&gt;switch views&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="86"/>
        <source>&amp;Nouvelle association…</source>
        <translation>&amp;New association…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="88"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="89"/>
        <source>Ouvrir une base &amp;partagée (PostgreSQL)…</source>
        <translation>Open a &amp;shared database (PostgreSQL)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="91"/>
        <source>Ouvrir l&apos;e&amp;xemple</source>
        <translation>Open the e&amp;xample</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="92"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="94"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="95"/>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="118"/>
        <source>Impossible d&apos;ouvrir {}.</source>
        <translation>Cannot open {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="148"/>
        <source>Ouvrir un livre</source>
        <translation>Open a book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="150"/>
        <source>Livre AssoCompta (*.assocompta)</source>
        <translation>AssoCompta book (*.assocompta)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="179"/>
        <source>Aide d&apos;AssoCompta</source>
        <translation>AssoCompta help</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="182"/>
        <source>À propos d&apos;AssoCompta</source>
        <translation>About AssoCompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="183"/>
        <source>&lt;b&gt;AssoCompta {}&lt;/b&gt;&lt;p&gt;Comptabilité et budgets des associations loi 1901 (plan comptable ANC 2018-06).&lt;/p&gt;</source>
        <translation>&lt;b&gt;AssoCompta {}&lt;/b&gt;&lt;p&gt;Accounts and budgets for French non-profit associations (loi 1901; ANC 2018-06 chart of accounts).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CopyBudgetDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="38"/>
        <source>Copier le budget {}</source>
        <translation>Copy the {} budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="42"/>
        <source>Exercice copié</source>
        <translation>Fiscal year copied</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="43"/>
        <source>son &amp;budget</source>
        <translation>its &amp;budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="44"/>
        <source>son &amp;réalisé (les comptes de l&apos;exercice)</source>
        <translation>its &amp;actuals (the accounts of the fiscal year)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="53"/>
        <source>Variation en pourcentage</source>
        <translation>Change in per cent</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="57"/>
        <source>%  (ex. 3 pour +3 %, -10 pour −10 %)</source>
        <translation>%  (e.g. 3 for +3%, -10 for −10%)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="60"/>
        <source>Copier l&apos;exercice</source>
        <translation>Copy the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="61"/>
        <source>en reprenant</source>
        <translation>taking</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="63"/>
        <source>&amp;Variation</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="66"/>
        <source>Le budget {} actuel est remplacé en entier (Ctrl+Z pour revenir en arrière).</source>
        <translation>The current {} budget is replaced entirely (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="74"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="75"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="89"/>
        <source>Variation : {}</source>
        <translation>Change: {}</translation>
    </message>
</context>
<context>
    <name>CutoffDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="56"/>
        <source>Régularisations de l&apos;exercice {}</source>
        <translation>Adjustments of fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="61"/>
        <source>Régularisations proposées</source>
        <translation>Proposed adjustments</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="64"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="66"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="67"/>
        <source>&amp;Passer les écritures cochées</source>
        <translation>&amp;Book the ticked entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="91"/>
        <source>Aucune proposition : rien dans les écritures de l&apos;exercice ne nomme une période qui dépasse sa fin (ou c&apos;est déjà passé).</source>
        <translation>Nothing proposed: no entry of the fiscal year names a period reaching past its end (or it is booked already).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="95"/>
        <source>{} régularisation déjà passée.</source>
        <translation>{} adjustment booked already.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="96"/>
        <source>{} régularisations déjà passées.</source>
        <translation>{} adjustments booked already.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="117"/>
        <source>{} régularisation passée en brouillard (journal OD)</source>
        <translation>{} adjustment booked as a draft (journal OD)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="118"/>
        <source>{} régularisations passées en brouillard (journal OD)</source>
        <translation>{} adjustments booked as drafts (journal OD)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="164"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="164"/>
        <source>Caisse</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="165"/>
        <source>Produits</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="166"/>
        <source>Charges</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="167"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="178"/>
        <source>Trésorerie au fil de l&apos;exercice</source>
        <translation>Bank and cash over the year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="180"/>
        <source>Produits et charges par mois, face au budget</source>
        <translation>Income and expenses by month, against the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="198"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="216"/>
        <source>Aucun exercice</source>
        <translation>No fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="217"/>
        <source>Ajoutez un exercice dans la vue Exercices.</source>
        <translation>Add a fiscal year in the Fiscal years view.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="222"/>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="266"/>
        <source>Exercice {}</source>
        <translation>Fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="223"/>
        <source>calcul des chiffres…</source>
        <translation>working out the figures…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="253"/>
        <source>Chiffres indisponibles : {}</source>
        <translation>Figures unavailable: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="267"/>
        <source>du {} au {}</source>
        <translation>from {} to {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="269"/>
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="271"/>
        <source>terminé, pas encore clôturé : chiffres au {}</source>
        <translation>ended, not yet closed: figures at {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="274"/>
        <source>pas encore commencé</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="276"/>
        <source>en cours : chiffres au {}</source>
        <translation>in progress: figures at {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="288"/>
        <source>aucun mouvement</source>
        <translation>no transactions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="292"/>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="320"/>
        <source>pas de budget pour cet exercice</source>
        <translation>no budget for this fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="293"/>
        <source>{} des {} prévus</source>
        <translation>{} of {} budgeted</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="295"/>
        <source>soldes de {} pas encore reportés</source>
        <translation>balances of {} not yet carried forward</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="311"/>
        <source>Excédent {}</source>
        <translation>Surplus {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="311"/>
        <source>Déficit {}</source>
        <translation>Deficit {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="317"/>
        <source>budget : excédent de {}</source>
        <translation>budget: surplus of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="318"/>
        <source>budget : déficit de {}</source>
        <translation>budget: deficit of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="319"/>
        <source>budget équilibré</source>
        <translation>balanced budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="325"/>
        <source>Dernière écriture de l&apos;exercice : {}</source>
        <translation>Last entry of the year: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="326"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="327"/>
        <source>Dernier relevé importé : {}</source>
        <translation>Last statement imported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="329"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="333"/>
        <source>1 ligne de relevé à catégoriser</source>
        <translation>1 statement line to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="334"/>
        <source>{} lignes de relevé à catégoriser</source>
        <translation>{} statement lines to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="335"/>
        <source>Relevés importés, pas encore passés en écritures</source>
        <translation>Imported statements, not yet posted</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="337"/>
        <source>Aucune ligne de relevé à catégoriser</source>
        <translation>No statement line to categorise</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="342"/>
        <source>Compte {} rapproché jusqu&apos;au {}</source>
        <translation>Account {} reconciled up to {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="344"/>
        <source>Compte {} jamais rapproché</source>
        <translation>Account {} never reconciled</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="349"/>
        <source>1 opération en attente à la banque</source>
        <translation>1 transaction waiting at the bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="350"/>
        <source>{} opérations en attente à la banque</source>
        <translation>{} transactions waiting at the bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="352"/>
        <source>1 opération bancaire à rapprocher</source>
        <translation>1 bank transaction to reconcile</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="353"/>
        <source>{} opérations bancaires à rapprocher</source>
        <translation>{} bank transactions to reconcile</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="357"/>
        <source>Exercice clos : les relevés de l&apos;exercice suivant les pointeront</source>
        <translation>Fiscal year closed: next year&apos;s statements will tick them</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="359"/>
        <source>Postérieures au dernier relevé : le prochain relevé les pointera</source>
        <translation>After the last statement: the next statement will tick them</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="361"/>
        <source>Aucune opération bancaire à rapprocher</source>
        <translation>No bank transaction to reconcile</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="366"/>
        <source>1 reçu fiscal à émettre</source>
        <translation>1 donation receipt to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="367"/>
        <source>{} reçus fiscaux à émettre</source>
        <translation>{} donation receipts to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="368"/>
        <source>{} de dons sans reçu</source>
        <translation>{} of gifts without a receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="371"/>
        <source>Aucun reçu fiscal à émettre</source>
        <translation>No donation receipt to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="376"/>
        <source>1 dépense sans justificatif</source>
        <translation>1 expense with no attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="377"/>
        <source>{} dépenses sans justificatif</source>
        <translation>{} expenses with no attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="378"/>
        <source>Joignez la facture ou le ticket à l&apos;écriture</source>
        <translation>Attach the invoice or till receipt to the entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="380"/>
        <source>Aucune dépense sans justificatif</source>
        <translation>Every expense has its attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="385"/>
        <source>Clôturer l&apos;exercice {}…</source>
        <translation>Close fiscal year {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="386"/>
        <source>Terminé le {}, toujours ouvert</source>
        <translation>Ended on {}, still open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="389"/>
        <source>Exercice {} clos</source>
        <translation>Fiscal year {} closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="391"/>
        <source>Rien à clôturer</source>
        <translation>Nothing to close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/dashboard_view.py" line="392"/>
        <source>L&apos;exercice {} se termine le {}</source>
        <translation>Fiscal year {} ends on {}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="256"/>
        <source>Exercice clos</source>
        <translation>Fiscal year closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="259"/>
        <source>Enregistrer l&apos;&amp;affectation du résultat…</source>
        <translation>Record the &amp;allocation of the result…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="268"/>
        <source>L&apos;exercice {} est clos : ses écritures ne changeront plus.</source>
        <translation>Fiscal year {} is closed: its entries will not change any more.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="271"/>
        <source>{} écriture en brouillard validée par la clôture.</source>
        <translation>{} draft entry validated by the closing.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="273"/>
        <source>{} écritures en brouillard validées par la clôture.</source>
        <translation>{} draft entries validated by the closing.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="276"/>
        <source>{} pièce numérotée automatiquement.</source>
        <translation>{} voucher numbered automatically.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="277"/>
        <source>{} pièces numérotées automatiquement.</source>
        <translation>{} vouchers numbered automatically.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="280"/>
        <source>À-nouveaux : écriture n°{} de l&apos;exercice {} ({}).</source>
        <translation>Opening entries: entry no. {} of fiscal year {} ({}).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="282"/>
        <source>{} ligne</source>
        <translation>{} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="283"/>
        <source>{} lignes</source>
        <translation>{} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_wizard.py" line="284"/>
        <source>Après l&apos;assemblée générale qui approuve les comptes, enregistrez sa décision sur le résultat : report à nouveau ou réserves.</source>
        <translation>After the general meeting that approves the accounts, record its decision on the result: carry it forward or put it into reserves.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="49"/>
        <source>Une dépense payée par la banque ou la caisse : compte de charge (6…).</source>
        <translation>An expense paid from the bank or the cash box: an expense account (6…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="51"/>
        <source>Une recette reçue en banque ou en caisse : compte de produit (7…).</source>
        <translation>A receipt into the bank or the cash box: an income account (7…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="53"/>
        <source>Un mouvement entre deux comptes de trésorerie (banque vers caisse…).</source>
        <translation>A transfer between two cash accounts (bank to cash box…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="55"/>
        <source>Bénévolat ou don en nature : le même montant en emploi (86) et en ressource (87).</source>
        <translation>Volunteer time or a donation in kind: the same amount as use (86) and resource (87).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="57"/>
        <source>Une écriture de plusieurs lignes ; elle s&apos;enregistre quand débit = crédit.</source>
        <translation>An entry of several lines; it can be saved when debit = credit.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="62"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="63"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="121"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="123"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="154"/>
        <source>un nom de la liste, ou un nouveau (il sera créé)</source>
        <translation>a name from the list, or a new one (it will be created)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="164"/>
        <location filename="../../forms/entry_dialog.ui" line="218"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="195"/>
        <source>Compte de &amp;charge</source>
        <translation>&amp;Expense account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="195"/>
        <location filename="../../forms/entry_dialog.ui" line="118"/>
        <source>&amp;Payé par</source>
        <translation>&amp;Paid from</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="196"/>
        <source>Compte de &amp;produit</source>
        <translation>&amp;Income account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="196"/>
        <source>&amp;Reçu sur</source>
        <translation>&amp;Received into</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="197"/>
        <source>&amp;De</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="197"/>
        <source>&amp;Emploi (86)</source>
        <translation>&amp;Use (86)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="364"/>
        <source>ligne {} : plusieurs tiers commencent par « {} » : tapez le nom entier ou le code</source>
        <translation>line {}: several parties start with “{}”: type the whole name or the code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="449"/>
        <source>plusieurs tiers commencent par « {} » : choisissez le vôtre dans la liste</source>
        <translation>several parties start with “{}”: pick yours in the list</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="453"/>
        <source>tiers « {} » inconnu : choisissez-le dans la liste ou créez-le (Entrée)</source>
        <translation>unknown party “{}”: choose it from the list or create it (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="503"/>
        <source>Écriture n° {} corrigée (« {} ») : Ctrl+Z pour revenir en arrière.</source>
        <translation>Entry no. {} corrected (“{}”): Ctrl+Z to go back.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="536"/>
        <source>Écriture n° {} enregistrée sur {}.</source>
        <translation>Entry no. {} saved on {}.</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="140"/>
        <source>&amp;Ressource (87)</source>
        <translation>&amp;Resource (87)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="297"/>
        <source>Compte ligne {}</source>
        <translation>Account, line {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="327"/>
        <source>ligne {}</source>
        <translation>line {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="332"/>
        <source>{} : {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="336"/>
        <source>{} : choisissez un compte</source>
        <translation>{}: choose an account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="370"/>
        <source>ligne {} : tiers « {} » inconnu : tapez un nom de vos tiers, ou créez-le</source>
        <translation>line {}: unknown party “{}”: type the name of one of your parties, or create it</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="389"/>
        <source>Débit {} · Crédit {}</source>
        <translation>Debit {} · Credit {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="392"/>
        <source> · écart {}</source>
        <translation> · difference {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="394"/>
        <source> · équilibrée</source>
        <translation> · balanced</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="420"/>
        <source>libellé vide : décrivez l&apos;opération</source>
        <translation>empty description: describe the transaction</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="425"/>
        <source>choisissez un compte (tapez son numéro ou un mot de son libellé)</source>
        <translation>choose an account (type its number or a word of its name)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="538"/>
        <source>Écriture n° {} enregistrée.</source>
        <translation>Entry no. {} saved.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="593"/>
        <source>Modifications de l&apos;écriture n° {} « {} » non enregistrées</source>
        <translation>Changes to entry no. {} “{}” not saved</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="598"/>
        <source>{} de {}</source>
        <translation>{} of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="600"/>
        <source>{} « {} »</source>
        <translation>{} “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="602"/>
        <source>{} non enregistré</source>
        <translation>{} not saved</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="603"/>
        <source>{} non enregistrée</source>
        <translation>{} not saved</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="631"/>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="632"/>
        <source>Abandonner cette saisie ?</source>
        <translation>Discard this entry?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="634"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="635"/>
        <source>Continuer la saisie</source>
        <translation>Keep typing</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="648"/>
        <source>Lecture seule : l&apos;écriture ne peut pas être modifiée</source>
        <translation>Read-only: the entry cannot be changed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="656"/>
        <source>Exercice {} clos : cette écriture ne change plus. Passez une écriture de correction dans l&apos;exercice ouvert.</source>
        <translation>Fiscal year {} is closed: this entry can no longer change. Post a correcting entry in the open fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="666"/>
        <source>Cette écriture ne peut pas être modifiée.</source>
        <translation>This entry cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="679"/>
        <source>Écriture n° {} ({})</source>
        <translation>Entry no. {} ({})</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="9"/>
        <source>Saisie d&apos;une écriture</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="15"/>
        <source>Type d&apos;écriture</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="33"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="39"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="40"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="45"/>
        <source>&amp;Heures × taux</source>
        <translation>&amp;Hours × rate</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="58"/>
        <source>12,5</source>
        <translation>12.5</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="59"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="64"/>
        <source>h  ×</source>
        <translation>h  ×</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="69"/>
        <source>11,88</source>
        <translation>11.88</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="70"/>
        <source>Taux horaire</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="75"/>
        <source>€ de l&apos;heure = montant</source>
        <translation>€ an hour = amount</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="83"/>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="89"/>
        <source>1 234,56</source>
        <translation>1,234.56</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="90"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="95"/>
        <source>&amp;Libellé</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="61"/>
        <location filename="../../forms/entry_dialog.ui" line="101"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="106"/>
        <source>&amp;Compte</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="112"/>
        <source>numéro ou mot du libellé (ex. tél)</source>
        <translation>number or a word of its name (e.g. tél)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="60"/>
        <location filename="../../forms/entry_dialog.ui" line="113"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="124"/>
        <source>Compte de trésorerie</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="129"/>
        <source>&amp;Vers</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="135"/>
        <source>Compte destinataire</source>
        <translation>Destination account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="146"/>
        <source>Second compte</source>
        <translation>Second account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="151"/>
        <source>&amp;Pièce</source>
        <translation>&amp;Voucher</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="157"/>
        <source>n° de facture, de chèque…</source>
        <translation>invoice or cheque number…</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="158"/>
        <source>Pièce</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="163"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="64"/>
        <location filename="../../forms/entry_dialog.ui" line="169"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="174"/>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="65"/>
        <location filename="../../forms/entry_dialog.ui" line="180"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="185"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="191"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="198"/>
        <source>Lignes de l&apos;écriture</source>
        <translation>Lines of the entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="205"/>
        <source>Ajouter une &amp;ligne</source>
        <translation>Add a &amp;line</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="210"/>
        <source>Écart débit crédit</source>
        <translation>Debit credit difference</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/assocompta/ui/errors.py" line="62"/>
        <source>Une erreur inattendue s&apos;est produite ; le livre n&apos;a pas été modifié par cette action. Détails dans le journal : {}</source>
        <translation>An unexpected error occurred; the book was not changed by this action. Details in the log: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/errors.py" line="69"/>
        <source>Une erreur inattendue s&apos;est produite.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/errors.py" line="70"/>
        <source>Vos écritures enregistrées sont intactes (chaque action est enregistrée à part). Le détail est dans le journal : {}</source>
        <translation>Your saved entries are intact (each action is saved separately). Details in the log: {}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="66"/>
        <source>du jj/mm/aaaa</source>
        <translation>from dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="67"/>
        <source>au jj/mm/aaaa</source>
        <translation>to dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="69"/>
        <source>compte (62, tél…)</source>
        <translation>account (62, tél…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="71"/>
        <source>Rechercher (libellé, pièce, tiers)</source>
        <translation>Search (description, voucher, party)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="73"/>
        <source>montant min</source>
        <translation>min amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="74"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="75"/>
        <source>Non rapprochées</source>
        <translation>Unreconciled</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="76"/>
        <source>Les écritures dont une ligne de banque (51…) n&apos;est sur aucun relevé rapproché</source>
        <translation>Entries with a bank line (51…) that is on no reconciled statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="78"/>
        <source>Sans justificatif</source>
        <translation>No attachment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="79"/>
        <source>Les écritures sans pièce jointe (facture, ticket…)</source>
        <translation>Entries with no attachment (invoice, till receipt…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="83"/>
        <source>Brouillards</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="84"/>
        <source>Seulement les écritures en brouillard : pas encore validées, encore modifiables</source>
        <translation>Only the draft entries: not validated yet, still editable</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="86"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="95"/>
        <source>Période du</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="95"/>
        <source>Période au</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="96"/>
        <source>Filtre compte</source>
        <translation>Account filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="96"/>
        <source>Filtre journal</source>
        <translation>Journal filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="97"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="97"/>
        <source>Montant minimum</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="98"/>
        <source>Montant maximum</source>
        <translation>Maximum amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="123"/>
        <source>Tous les journaux</source>
        <translation>All journals</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="169"/>
        <source>compte « {} » : tapez un numéro ou choisissez un compte</source>
        <translation>account “{}”: type a number or choose an account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="178"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>FinishedActionsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="35"/>
        <source>Actions terminées</source>
        <translation>Finished actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="36"/>
        <source>Cochez les actions terminées au {} : leurs fonds dédiés restants reviennent en produits à la clôture, et plus rien n&apos;est reporté pour elles.</source>
        <translation>Tick the actions finished on {}: their remaining dedicated funds come back as income at closing, and nothing more is carried over for them.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="41"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="48"/>
        <source>(terminée le {})</source>
        <translation>(finished on {})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="57"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="58"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/finished_actions_dialog.py" line="76"/>
        <source>Les actions n&apos;ont pas été enregistrées.</source>
        <translation>The actions were not saved.</translation>
    </message>
</context>
<context>
    <name>GiftDetailDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="61"/>
        <source>Détails du don</source>
        <translation>Gift details</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="73"/>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="83"/>
        <source>Selon l&apos;écriture ({})</source>
        <translation>As the entry says ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="74"/>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="84"/>
        <source>à préciser</source>
        <translation>to be stated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="78"/>
        <source>Selon le compte ({})</source>
        <translation>As the account says ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="97"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="103"/>
        <source>Forme du don</source>
        <translation>Form of the gift</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="104"/>
        <source>Nature du don</source>
        <translation>Nature of the gift</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="105"/>
        <source>Mode de versement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="106"/>
        <source>Description du don</source>
        <translation>Description of the gift</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="107"/>
        <source>Date de la renonciation</source>
        <translation>Date of the renunciation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="110"/>
        <source>&amp;Forme du don :</source>
        <translation>&amp;Form of the gift:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="111"/>
        <source>&amp;Nature du don :</source>
        <translation>&amp;Nature of the gift:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="112"/>
        <source>&amp;Mode de versement :</source>
        <translation>Payment &amp;method:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="113"/>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="183"/>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="116"/>
        <source>&amp;Renonciation signée le :</source>
        <translation>&amp;Renunciation signed on:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="118"/>
        <source>&lt;b&gt;Abandon de frais&lt;/b&gt; (CGI art. 200) : les frais qu&apos;un bénévole engage pour l&apos;objet de l&apos;association ouvrent droit à la réduction d&apos;impôt s&apos;ils sont justifiés, constatés dans les comptes (la dépense en charge contre 4681, puis 4681 contre 75412) et si le bénévole renonce expressément à leur remboursement, par écrit : « Je soussigné(e) … certifie renoncer au remboursement des frais ci-dessus et les laisser à l&apos;association en tant que don ». Gardez la note de frais, les justificatifs et la renonciation ; décrivez ici les frais (dates, trajets, montants).</source>
        <translation>&lt;b&gt;Volunteer&apos;s expenses given up&lt;/b&gt; (abandon de frais, CGI art. 200): expenses a volunteer incurs for the association&apos;s purpose give a tax reduction when they are proven, booked in the accounts (the expense against 4681, then 4681 against 75412) and the volunteer expressly gives up their refund, in writing: « Je soussigné(e) … certifie renoncer au remboursement des frais ci-dessus et les laisser à l&apos;association en tant que don ». Keep the expense claim, the receipts and the renunciation; describe the expenses here (dates, trips, amounts).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="135"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="164"/>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="198"/>
        <source>Cette ligne d&apos;écriture n&apos;existe plus.</source>
        <translation>This entry line no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="165"/>
        <source>&lt;b&gt;{donor}&lt;/b&gt; — {amount} € le {date}&lt;br&gt;Écriture n°{number}, compte {account}</source>
        <translation>&lt;b&gt;{donor}&lt;/b&gt; — €{amount} on {date}&lt;br&gt;Entry no. {number}, account {account}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="167"/>
        <source>donateur non indiqué</source>
        <translation>donor not given</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="182"/>
        <source>&amp;Description * :</source>
        <translation>&amp;Description *:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="185"/>
        <source>les frais : dates, trajets, kilomètres, montants</source>
        <translation>the expenses: dates, trips, kilometres, amounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="187"/>
        <source>ce qui a été donné : nature, quantité, valeur</source>
        <translation>what was given: nature, quantity, value</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="188"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="200"/>
        <source>Le compte {} n&apos;est pas un don ouvrant droit à réduction d&apos;impôt : pas de détail de don.</source>
        <translation>Account {} is not a gift that gives a tax reduction: no gift details.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="203"/>
        <source>Ce don figure sur le reçu fiscal n° {} : ce que le reçu en dit ne change plus.</source>
        <translation>This gift is on tax receipt no. {}: what the receipt says of it no longer changes.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="206"/>
        <source>Livre en lecture seule.</source>
        <translation>Read-only book.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/gift_detail_dialog.py" line="223"/>
        <source>date de renonciation : {}</source>
        <translation>date of the renunciation: {}</translation>
    </message>
</context>
<context>
    <name>GrandLivreView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="27"/>
        <source>Compte du grand livre</source>
        <translation>General ledger account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="29"/>
        <source>Compte : numéro ou mot du libellé (ex. 512, banque)</source>
        <translation>Account: number or a word of its name (e.g. 512, banque)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="34"/>
        <source>Lignes du compte</source>
        <translation>Lines of the account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="44"/>
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="82"/>
        <source>chargement…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="87"/>
        <source>{} lignes · solde débiteur {}</source>
        <translation>{} lines · debit balance {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="88"/>
        <source>{} lignes · solde créditeur {}</source>
        <translation>{} lines · credit balance {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="89"/>
        <source>{} ligne · solde débiteur {}</source>
        <translation>{} line · debit balance {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="90"/>
        <source>{} ligne · solde créditeur {}</source>
        <translation>{} line · credit balance {}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="49"/>
        <source>Guide de l&apos;utilisateur — AssoCompta</source>
        <translation>User guide — AssoCompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="50"/>
        <source>◀ &amp;Précédent</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="51"/>
        <source>&amp;Suivant ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="52"/>
        <source>S&amp;ommaire</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="53"/>
        <location filename="../../src/assocompta/ui/help_window.py" line="54"/>
        <source>Rechercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="57"/>
        <source>Pages du guide</source>
        <translation>Guide pages</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="61"/>
        <source>Page du guide</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="64"/>
        <source>Aucune page ne contient ces mots.</source>
        <translation>No page contains these words.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/help_window.py" line="124"/>
        <source># Guide introuvable

Les pages du guide ne sont pas installées avec l&apos;application. Elles sont aussi en ligne, dans le dossier docs/guide du projet.</source>
        <translation># Guide not found

The guide&apos;s pages are not installed with the application. They are also online, in the project&apos;s docs/guide folder.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="39"/>
        <source>Identité de l&apos;association</source>
        <translation>Identity of the association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="46"/>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="48"/>
        <source>14 chiffres (facultatif)</source>
        <translation>14 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="52"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="53"/>
        <source>Adresse du siège</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="54"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="55"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="56"/>
        <source>Objet</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="59"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="60"/>
        <source>&amp;Adresse du siège :</source>
        <translation>Registered &amp;address:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="61"/>
        <source>&amp;SIREN :</source>
        <translation>&amp;SIREN:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="62"/>
        <source>SI&amp;RET :</source>
        <translation>SI&amp;RET:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="63"/>
        <source>&amp;Objet :</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="64"/>
        <source>Un reçu fiscal (CERFA 11580 ou 16216) indique le nom, l&apos;adresse du siège et l&apos;objet de l&apos;association bénéficiaire.</source>
        <translation>A tax receipt (CERFA 11580 or 16216) states the name, registered address and purpose of the receiving association.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="73"/>
        <source>&amp;Enregistrer</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="89"/>
        <source>W suivi de 9 chiffres (facultatif)</source>
        <translation>W followed by 9 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="91"/>
        <source>— à choisir —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="98"/>
        <source>ce que le reçu écrit après « Autres (précisez) »</source>
        <translation>what the receipt writes after « Autres (précisez) »</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="103"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="105"/>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="111"/>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="112"/>
        <source>Catégorie de l&apos;association</source>
        <translation>Category of the association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="113"/>
        <source>Précision de la catégorie</source>
        <translation>Category detail</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="114"/>
        <source>Date du décret</source>
        <translation>Date of the decree</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="115"/>
        <source>Date du Journal officiel</source>
        <translation>Date of the Journal officiel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="116"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="117"/>
        <source>Qualité du signataire</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="119"/>
        <source>Reçus fiscaux</source>
        <translation>Donation receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="121"/>
        <source>R&amp;NA :</source>
        <translation>R&amp;NA:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="122"/>
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="123"/>
        <source>&amp;Précision :</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="124"/>
        <source>&amp;Décret du :</source>
        <translation>D&amp;ecree of:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="125"/>
        <source>Publié au &amp;JO du :</source>
        <translation>Published in the &amp;JO of:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="126"/>
        <source>Si&amp;gnataire :</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="127"/>
        <source>&amp;Qualité :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="129"/>
        <source>La case cochée sous « Organisme bénéficiaire » du reçu. Reconnue d&apos;utilité publique : la date du décret et celle de sa publication au Journal officiel. Le reçu est signé par une personne habilitée (président, trésorier…).</source>
        <translation>The box ticked under « Organisme bénéficiaire » on the receipt. Recognised as being of public utility (RUP): the date of the decree and of its publication in the Journal officiel. The receipt is signed by an authorised person (president, treasurer…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="164"/>
        <source>date du décret</source>
        <translation>date of the decree</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/identity_dialog.py" line="165"/>
        <source>date du Journal officiel</source>
        <translation>date of the Journal officiel</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="32"/>
        <source>L&apos;association</source>
        <translation>The association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="33"/>
        <source>Son nom, son premier exercice dans AssoCompta et le fichier du livre.</source>
        <translation>Its name, its first fiscal year in AssoCompta and the book file.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="68"/>
        <source>Fichier du livre</source>
        <translation>Book file</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="70"/>
        <source>Livre AssoCompta (*.assocompta)</source>
        <translation>AssoCompta book (*.assocompta)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="93"/>
        <source>Nom de l&apos;association : obligatoire.</source>
        <translation>Name of the association: required.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="104"/>
        <source>{} existe déjà : choisissez un autre nom de fichier.</source>
        <translation>{} already exists: choose another file name.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="109"/>
        <source>Le dossier {} n&apos;existe pas : choisissez-en un autre.</source>
        <translation>The folder {} does not exist: choose another one.</translation>
    </message>
</context>
<context>
    <name>ImportStatementDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="64"/>
        <source>Importer un relevé sur le compte {}</source>
        <translation>Import a statement into account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="73"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="74"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="78"/>
        <source>Relevé (CSV, OFX ou QIF) :</source>
        <translation>Statement (CSV, OFX or QIF):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="82"/>
        <source>Colonnes du fichier CSV</source>
        <translation>Columns of the CSV file</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="84"/>
        <source>Présentation</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="85"/>
        <source>Reconnaître les colonnes par leur nom</source>
        <translation>Recognise the columns by their names</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="88"/>
        <source>Colonnes choisies à la main</source>
        <translation>Columns chosen by hand</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="91"/>
        <source>Ligne d&apos;en-tête</source>
        <translation>Header line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="95"/>
        <source>Présentation :</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="96"/>
        <source>Ligne d&apos;en-tête :</source>
        <translation>Header line:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="113"/>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="264"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="40"/>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="41"/>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="113"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="42"/>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="114"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="43"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="44"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="45"/>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="114"/>
        <source>Date de valeur</source>
        <translation>Value date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="71"/>
        <source>« Parcourir… » pour choisir le fichier téléchargé de votre banque</source>
        <translation>“Browse…” to choose the file downloaded from your bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="117"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="124"/>
        <source>Début du fichier</source>
        <translation>Start of the file</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="131"/>
        <source>Opérations lues</source>
        <translation>Transactions read</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="132"/>
        <source>Début du fichier (ligne d&apos;en-tête en gras)</source>
        <translation>Start of the file (header line in bold)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="136"/>
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="143"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="144"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="163"/>
        <source>Relevé bancaire</source>
        <translation>Bank statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="164"/>
        <source>Relevés (*.csv *.txt *.ofx *.qfx *.qif);;Tous les fichiers (*)</source>
        <translation>Statements (*.csv *.txt *.ofx *.qfx *.qif);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="179"/>
        <source>Format {} : les colonnes sont celles du format.</source>
        <translation>{} format: the columns are the format&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="188"/>
        <source>CSV ({}, séparateur « {} »)</source>
        <translation>CSV ({}, separator “{}”)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="255"/>
        <source>(colonne {})</source>
        <translation>(column {})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="331"/>
        <source>Choisissez au moins les colonnes Date, Libellé et Montant (ou Débit et Crédit).</source>
        <translation>Choose at least the Date, Description and Amount columns (or Debit and Credit).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="340"/>
        <source>… et {} autre</source>
        <translation>… and {} more</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="341"/>
        <source>… et {} autres</source>
        <translation>… and {} more</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="353"/>
        <source>{}, total {}</source>
        <translation>{}, total {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="354"/>
        <source>{} opération lue</source>
        <translation>{} transaction read</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="355"/>
        <source>{} opérations lues</source>
        <translation>{} transactions read</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/import_statement_dialog.py" line="363"/>
        <source>Ce fichier ne peut pas être importé tel quel :</source>
        <translation>This file cannot be imported as it is:</translation>
    </message>
</context>
<context>
    <name>InventaireView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="308"/>
        <source>Chaque section concorde avec le bilan ({} sections)</source>
        <translation>Each section agrees with the balance sheet ({} sections)</translation>
    </message>
</context>
<context>
    <name>IssuedReceipts</name>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="32"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="33"/>
        <source>Donateur</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="34"/>
        <source>Modèle</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="35"/>
        <source>Dons du</source>
        <translation>Gifts of</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="36"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="37"/>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="38"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="54"/>
        <source>Reçus émis</source>
        <translation>Issued receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="59"/>
        <source>Ann&amp;uler le reçu…</source>
        <translation>Can&amp;cel receipt…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="60"/>
        <source>Rempla&amp;cer le reçu…</source>
        <translation>Rep&amp;lace receipt…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="61"/>
        <source>Réim&amp;primer (duplicata)…</source>
        <translation>Re&amp;print (duplicate)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="62"/>
        <source>Déclaration annue&amp;lle…</source>
        <translation>Yearly declarati&amp;on…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="68"/>
        <source>Un reçu émis ne se modifie pas : s&apos;il est faux, annulez-le (il reste, marqué « annulé », avec le motif) et remplacez-le par un nouveau reçu. La déclaration annuelle (CGI art. 222 bis) donne le nombre de reçus et le montant des dons.</source>
        <translation>An issued receipt never changes: if it is wrong, cancel it (it stays, marked &quot;annulé&quot;, with the reason) and replace it by a new receipt. The yearly declaration (CGI art. 222 bis) gives the number of receipts and the amount of gifts.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="94"/>
        <source>annulé le {} : {}</source>
        <translation>cancelled on {}: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="97"/>
        <source>remplace le n° {}</source>
        <translation>replaces no. {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="99"/>
        <source>émis</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="127"/>
        <source>Motif de l&apos;annulation du reçu n° {} (ex. « adresse erronée ») :</source>
        <translation>Reason for cancelling receipt no. {} (e.g. &quot;wrong address&quot;):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="138"/>
        <source>Annuler le reçu</source>
        <translation>Cancel receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="144"/>
        <source>Le reçu n&apos;a pas été annulé.</source>
        <translation>The receipt was not cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="157"/>
        <source>Remplacer le reçu</source>
        <translation>Replace receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="161"/>
        <source>Enregistrer le reçu de remplacement</source>
        <translation>Save the replacing receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="162"/>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="185"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="170"/>
        <source>Aucun reçu émis.</source>
        <translation>No receipt issued.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="173"/>
        <source>Reçu {} émis, qui annule et remplace le reçu {} : {}</source>
        <translation>Receipt {} issued, cancelling and replacing receipt {}: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="185"/>
        <source>Réimprimer les reçus</source>
        <translation>Reprint receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="192"/>
        <source>Réimpression impossible.</source>
        <translation>Cannot reprint.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="202"/>
        <source>Enregistrer la déclaration des reçus</source>
        <translation>Save the declaration of receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="204"/>
        <source>PDF (*.pdf);;Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="210"/>
        <source>{} : l&apos;extension dit le format : .pdf, .xlsx ou .csv</source>
        <translation>{}: the extension tells the format: .pdf, .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="215"/>
        <source>La déclaration n&apos;a pas été écrite.</source>
        <translation>The declaration was not written.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="217"/>
        <source>Déclaration des reçus : {}, {} ; {}</source>
        <translation>Declaration of receipts: {}, {}; {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="218"/>
        <source>{} reçu</source>
        <translation>{} receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_issued.py" line="218"/>
        <source>{} reçus</source>
        <translation>{} receipts</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="5"/>
        <source>Dépense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="6"/>
        <source>Recette</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="7"/>
        <source>Virement</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="8"/>
        <source>Contribution volontaire</source>
        <translation>Contribution in kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="9"/>
        <source>Écriture libre</source>
        <translation>Free entry</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="43"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="44"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="46"/>
        <source>Pièce</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="47"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="48"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="50"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="52"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="54"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="55"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="57"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="62"/>
        <source>Rapp.</source>
        <translation>Rec.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="64"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="379"/>
        <source>Justificatifs joints : double-cliquez le trombone (Ctrl+J)</source>
        <translation>Attachments: double-click the paperclip (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="423"/>
        <source>Brouillard</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="424"/>
        <source>Validée le {}</source>
        <translation>Validated {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="429"/>
        <source>Brouillard : modifiable et supprimable ; son numéro (n°{}) est provisoire jusqu&apos;à la validation (Saisie › Valider les écritures…)</source>
        <translation>Draft: can be edited and deleted; its number (no. {}) is provisional until validation (Entries › Validate entries…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="432"/>
        <source>Validée le {} : numéro définitif, ne peut plus être modifiée ni supprimée ; on la corrige par une contre-passation (Saisie › Contre-passer et corriger…)</source>
        <translation>Validated {}: final number, can no longer be edited or deleted; correct it with a reversing entry (Entries › Reverse and correct…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="441"/>
        <source>Pointée sur le relevé en cours du {}</source>
        <translation>Ticked on the statement in progress of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="442"/>
        <source>Rapprochée : relevé bancaire du {}</source>
        <translation>Reconciled: bank statement of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="462"/>
        <source>(supprimée)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="199"/>
        <source>Journal des écritures</source>
        <translation>Journal of entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="210"/>
        <source>Brouillards de l&apos;exercice</source>
        <translation>Drafts of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="220"/>
        <source>&amp;Modifier</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="222"/>
        <source>&amp;Valider…</source>
        <translation>Va&amp;lidate…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="224"/>
        <source>Valider les brouillards jusqu&apos;à une date (ou les lignes choisies) : numéro définitif, plus de modification possible</source>
        <translation>Validate the drafts up to a date (or the selected lines): final number, no more changes</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="276"/>
        <source>{} lignes</source>
        <translation>{} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="276"/>
        <source>{} ligne</source>
        <translation>{} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="279"/>
        <source>{} écriture</source>
        <translation>{} entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="280"/>
        <source>{} écritures</source>
        <translation>{} entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="281"/>
        <source> (chargement…)</source>
        <translation> (loading…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="284"/>
        <source>{} brouillard</source>
        <translation>{} draft</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="285"/>
        <source>{} brouillards</source>
        <translation>{} drafts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="288"/>
        <source>Écritures de l&apos;exercice {} pas encore validées : numéro provisoire, encore modifiables. Saisie › Valider les écritures… les valide.</source>
        <translation>Entries of fiscal year {} not validated yet: provisional number, still editable. Entries › Validate entries… validates them.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="307"/>
        <source>Exercice clos : les corrections sont de nouvelles écritures dans l&apos;exercice ouvert</source>
        <translation>Closed fiscal year: corrections are new entries in the open year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="310"/>
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="364"/>
        <source>&amp;Contre-passer et corriger…</source>
        <translation>&amp;Reverse and correct…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="370"/>
        <source>&amp;Valider la sélection</source>
        <translation>&amp;Validate the selection</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="377"/>
        <source>Détails du &amp;don…</source>
        <translation>Gift &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="439"/>
        <source>Choisissez d&apos;abord les écritures à valider dans le journal.</source>
        <translation>First select the entries to validate in the journal.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="449"/>
        <source>Choisissez d&apos;abord dans le journal l&apos;écriture validée à corriger.</source>
        <translation>First select the validated entry to correct in the journal.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="482"/>
        <source>Supprimer ce brouillard ? Les brouillards suivants sont renumérotés. Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Delete this draft? The following drafts are renumbered. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="489"/>
        <source>Supprimer l&apos;écriture</source>
        <translation>Delete the entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="221"/>
        <source>Su&amp;pprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="349"/>
        <source>&amp;Justificatifs…</source>
        <translation>&amp;Attachments…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="368"/>
        <source>&amp;Modifier…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="487"/>
        <source>Ses justificatifs ({}) sont supprimés avec elle (Ctrl+Z les remet aussi).</source>
        <translation>Its attachments ({}) are deleted with it (Ctrl+Z brings them back too).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="495"/>
        <source>Suppression refusée.</source>
        <translation>Deletion refused.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="38"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="40"/>
        <source>Saisie</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="41"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="42"/>
        <source>Rapprochement</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="44"/>
        <source>Grand livre</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="46"/>
        <source>Compte de résultat</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="48"/>
        <source>Bilan</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="49"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="50"/>
        <source>Budget vs réalisé</source>
        <translation>Budget vs actual</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="51"/>
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="52"/>
        <source>Tiers et actions</source>
        <translation>Parties and actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="54"/>
        <source>Adhérents</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="55"/>
        <source>Reçus fiscaux</source>
        <translation>Donation receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="56"/>
        <source>Exercices</source>
        <translation>Fiscal years</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="59"/>
        <source>Livre d&apos;inventaire</source>
        <translation>Inventory book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="105"/>
        <source>Navigation</source>
        <extracomment>the book must be opened again in a new window (after a restore)</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="127"/>
        <source>Solde de la banque</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="128"/>
        <source>Résultat de l&apos;exercice</source>
        <translation>Result of the year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="130"/>
        <location filename="../../src/assocompta/ui/main_window.py" line="138"/>
        <source>·</source>
        <translation>·</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="135"/>
        <source>Base partagée : {}</source>
        <translation>Shared database: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="136"/>
        <source>Base partagée</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="152"/>
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="155"/>
        <source> Exercice : </source>
        <translation> Fiscal year: </translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="157"/>
        <source>Exercice affiché</source>
        <translation>Fiscal year shown</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="162"/>
        <location filename="../../src/assocompta/ui/main_window.py" line="170"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="164"/>
        <location filename="../../src/assocompta/ui/main_window.py" line="174"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="184"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="189"/>
        <source>&amp;Importer un FEC…</source>
        <translation>&amp;Import a FEC…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="193"/>
        <source>&amp;Exporter la vue…</source>
        <translation>&amp;Export the view…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="198"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="201"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="208"/>
        <source>Fermer le livre</source>
        <translation>Close the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="216"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="219"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="224"/>
        <source>&amp;Saisie</source>
        <translation>E&amp;ntries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="238"/>
        <source>&amp;Valider les écritures…</source>
        <translation>&amp;Validate entries…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="240"/>
        <source>Les brouillards d&apos;un exercice jusqu&apos;à une date : numéro définitif, plus de modification possible</source>
        <translation>The drafts of a fiscal year up to a date: final number, no more changes</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="244"/>
        <source>Valider la &amp;sélection</source>
        <translation>Validate the &amp;selection</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="246"/>
        <source>Les brouillards parmi les lignes choisies dans le journal</source>
        <translation>The drafts among the lines selected in the journal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="249"/>
        <source>&amp;Contre-passer et corriger…</source>
        <translation>&amp;Reverse and correct…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="251"/>
        <source>Annuler l&apos;écriture validée choisie par une écriture de sens contraire, et passer l&apos;écriture corrigée</source>
        <translation>Cancel the selected validated entry with an opposite entry, and post the corrected entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="260"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="270"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="281"/>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="297"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage.</source>
        <translation>The chosen language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="351"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="351"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="352"/>
        <source>CSV pour tableur (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="355"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="367"/>
        <source>Export de {}…</source>
        <translation>Exporting {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="369"/>
        <location filename="../../src/assocompta/ui/main_window.py" line="373"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="379"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="383"/>
        <source>Importer un FEC</source>
        <translation>Import a FEC</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="384"/>
        <source>Fichier des écritures comptables (*.txt *.csv)</source>
        <translation>FEC file (*.txt *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="403"/>
        <source>{} : {} ({})</source>
        <translation>{}: {} ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="404"/>
        <source>{} écriture importée</source>
        <translation>{} entry imported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="405"/>
        <source>{} écritures importées</source>
        <translation>{} entries imported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="408"/>
        <source>dont {} en brouillard, à valider</source>
        <translation>including {} in draft, to be validated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="454"/>
        <source>La sauvegarde du {} est remise en place ({}). Le livre remplacé est gardé à part ({}) : Fichier › Restaurer une sauvegarde… le remet en place si besoin.</source>
        <translation>The backup of {} is back in place ({}). The replaced book is kept aside ({}): File › Restore a backup… puts it back if needed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="458"/>
        <source>{} écriture</source>
        <translation>{} entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="459"/>
        <source>{} écritures</source>
        <translation>{} entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="413"/>
        <source>Import de {} refusé : rien n&apos;a été écrit.</source>
        <translation>Import of {} refused: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="279"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="416"/>
        <source>Import de {}…</source>
        <translation>Importing {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="424"/>
        <source>Enregistrer une copie du livre</source>
        <translation>Save a copy of the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="425"/>
        <source>{} (copie).assocompta</source>
        <translation>{} (copy).assocompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="426"/>
        <source>Livre AssoCompta (*.assocompta)</source>
        <translation>AssoCompta book (*.assocompta)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="432"/>
        <source>Copie impossible.</source>
        <translation>Could not copy.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="435"/>
        <source>Copie enregistrée : {} (le livre entier, dans ce seul fichier)</source>
        <translation>Copy saved: {} (the whole book, in this one file)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="450"/>
        <source>Restauration impossible.</source>
        <translation>Could not restore.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="453"/>
        <source>Sauvegarde restaurée</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="469"/>
        <source>{} (clos)</source>
        <translation>{} (closed)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="488"/>
        <source>Aucun exercice</source>
        <translation>No fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="492"/>
        <source>Banque : {}</source>
        <translation>Bank: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="493"/>
        <source>Excédent {} à ce jour : {}</source>
        <translation>Surplus {} to date: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="494"/>
        <source>Déficit {} à ce jour : {}</source>
        <translation>Deficit {} to date: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="503"/>
        <source>Lecture seule : {}</source>
        <translation>Read-only: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="510"/>
        <source>Livre inutilisable</source>
        <translation>Book unusable</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="40"/>
        <source>à jour</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="41"/>
        <source>partiel</source>
        <translation>part paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="42"/>
        <source>non payée</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="52"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="56"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="56"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="175"/>
        <source>Cotisation attendue</source>
        <translation>Expected fee</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="57"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="57"/>
        <source>Reste dû</source>
        <translation>Still due</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="58"/>
        <source>Dernier paiement</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="58"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="61"/>
        <source>Adhérents</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="66"/>
        <source>&amp;Inscrire un adhérent…</source>
        <translation>&amp;Add a member…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="67"/>
        <source>&amp;Cotisation attendue…</source>
        <translation>&amp;Change the expected fee…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="54"/>
        <source>Seulement ceux qui n&apos;ont pas tout &amp;payé</source>
        <translation>Only those who have not &amp;paid in full</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="68"/>
        <source>Retirer de la lis&amp;te</source>
        <translation>Remove from the lis&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="69"/>
        <source>I&amp;mporter une liste…</source>
        <translation>I&amp;mport a list…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="70"/>
        <source>Exporter &amp;la liste…</source>
        <translation>Export the &amp;list…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="88"/>
        <source>Payé : les cotisations (comptes 756…) au nom de l&apos;adhérent dans l&apos;exercice, remboursements déduits. Un adhérent qui a payé sans être inscrit figure aussi dans la liste.</source>
        <translation>Paid: the membership fees (accounts 756…) in the member&apos;s name in the financial year, refunds deducted. Someone who paid without being listed is shown too.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="109"/>
        <source>Aucun exercice.</source>
        <translation>No financial year.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="117"/>
        <source>Aucun adhérent dans l&apos;exercice {} : inscrivez-les un à un, ou importez la liste du secrétariat (CSV ou XLSX).</source>
        <translation>No members in financial year {}: add them one by one, or import the secretary&apos;s list (CSV or XLSX).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="121"/>
        <source>Exercice {} : {} — {}, {}, {}</source>
        <translation>Financial year {}: {} — {}, {}, {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="122"/>
        <source>{} adhérent</source>
        <translation>{} member</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="122"/>
        <source>{} adhérents</source>
        <translation>{} members</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="123"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="124"/>
        <source>{} à jour</source>
        <translation>{} paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="125"/>
        <source>{} partiel</source>
        <translation>{} part paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="126"/>
        <source>{} partiels</source>
        <translation>{} part paid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="127"/>
        <source>{} non payée</source>
        <translation>{} unpaid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="128"/>
        <source>{} non payées</source>
        <translation>{} unpaid</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="133"/>
        <source>Pas inscrit dans la liste de l&apos;exercice : trouvé par sa cotisation</source>
        <translation>Not on the year&apos;s list: found through their fee</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="188"/>
        <source>Tous les tiers sont déjà inscrits : ajoutez d&apos;abord le tiers (Tiers et actions).</source>
        <translation>Every party is already a member: add the party first (Parties and actions).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="190"/>
        <source>Rien à inscrire.</source>
        <translation>Nobody to add.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="193"/>
        <source>Inscrire un adhérent en {}</source>
        <translation>Add a member in {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="194"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="223"/>
        <source>&amp;Cotisation attendue</source>
        <translation>Expected &amp;fee</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="194"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="225"/>
        <source>ex. 20,00 (vide : non précisée)</source>
        <translation>e.g. 20.00 (empty: not stated)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="196"/>
        <source>&amp;Date d&apos;adhésion</source>
        <translation>&amp;Joined on</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="196"/>
        <source>jj/mm/aaaa (facultatif)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="197"/>
        <source>Le tiers devient adhérent de l&apos;exercice {} ; ce qu&apos;il a payé se lit dans ses cotisations (756…).</source>
        <translation>The party becomes a member in financial year {}; what they paid is read from their fees (756…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="199"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="208"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="211"/>
        <source>Inscription refusée.</source>
        <translation>Member not added.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="222"/>
        <source>Cotisation attendue de {}</source>
        <translation>Expected fee of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="232"/>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="235"/>
        <source>Modification refusée.</source>
        <translation>Change refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="245"/>
        <source>Retrait refusé.</source>
        <translation>Removal refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="260"/>
        <source>Exporter la liste des cotisations</source>
        <translation>Export the list of fees</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="262"/>
        <source>Classeur Excel (*.xlsx);;CSV pour tableur (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="271"/>
        <source>Export refusé.</source>
        <translation>Export refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/members_view.py" line="273"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="114"/>
        <source>inscription de l&apos;adhérent {}</source>
        <translation>adding member {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="134"/>
        <source>retrait de l&apos;adhérent « {} »</source>
        <translation>removing member “{}”</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="85"/>
        <source>Compte de &amp;résultat…</source>
        <extracomment>command of ``assocompta`` (with its KIND for ``report``) → key in ``window.command_actions``</extracomment>
        <translation>&amp;Income statement…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="86"/>
        <source>Compte de résultat</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="87"/>
        <source>&amp;Bilan…</source>
        <translation>&amp;Balance sheet…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="87"/>
        <source>Bilan</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="88"/>
        <source>B&amp;alance…</source>
        <translation>Trial b&amp;alance…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="88"/>
        <source>Balance</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="89"/>
        <source>&amp;Grand livre…</source>
        <translation>&amp;General ledger…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="90"/>
        <source>Grand livre</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="91"/>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="91"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="92"/>
        <source>Livre d&apos;&amp;inventaire…</source>
        <translation>Inventor&amp;y book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="93"/>
        <source>Livre d&apos;inventaire</source>
        <translation>Inventory book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="97"/>
        <source>Classeur Excel (*.xlsx)</source>
        <extracomment>the reports the app shows with their accounts under each line are exported so too</extracomment>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="98"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="99"/>
        <source>CSV pour tableur (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="100"/>
        <source>Fichier des écritures comptables (*.txt)</source>
        <translation>FEC accounting entries file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="175"/>
        <source>Iden&amp;tité de l&apos;association…</source>
        <translation>Associa&amp;tion identity…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="177"/>
        <source>Nom, adresse du siège, SIREN, objet : ce que disent les reçus fiscaux et les rapports</source>
        <translation>Name, registered address, SIREN, purpose: what the tax receipts and reports say</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="181"/>
        <source>Importer un relevé &amp;bancaire…</source>
        <translation>Import a &amp;bank statement…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="183"/>
        <source>Relevé CSV, OFX ou QIF : ses opérations vont dans les lignes à catégoriser de la vue Banque</source>
        <translation>A CSV, OFX or QIF statement: its transactions go to the lines to categorise in the Bank view</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="186"/>
        <source>Importer un bu&amp;dget (CSV)…</source>
        <translation>Import a bu&amp;dget (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="191"/>
        <source>Une liste de donateurs ou d&apos;adhérents tenue dans un tableur (CSV ou XLSX), tout ou rien</source>
        <translation>A list of donors or members kept in a spreadsheet (CSV or XLSX), all or nothing</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="194"/>
        <source>Exporter &amp;les tiers…</source>
        <translation>Export the party &amp;list…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="196"/>
        <source>Les tiers et leurs coordonnées en CSV ou XLSX, réimportables</source>
        <translation>Parties and their details as CSV or XLSX, ready to import again</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="200"/>
        <source>Enregistrer une copie dans un &amp;fichier…</source>
        <translation>Save a copy to a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="202"/>
        <source>Copier dans une base Postgre&amp;SQL…</source>
        <translation>Copy to a &amp;PostgreSQL database…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="205"/>
        <source>Le livre entier, vérifié table par table</source>
        <translation>The whole book, checked table by table</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="208"/>
        <source>E&amp;xercice</source>
        <translation>Fiscal &amp;year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="209"/>
        <source>&amp;Ajouter un exercice…</source>
        <translation>&amp;Add a fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="212"/>
        <source>&amp;Vérifier le livre</source>
        <translation>Chec&amp;k the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="214"/>
        <source>Ré&amp;gularisations de fin d&apos;exercice…</source>
        <translation>Year-end ad&amp;justments…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="216"/>
        <source>Charges payées d&apos;avance (486), produits reçus pour l&apos;exercice suivant (487), proposés d&apos;après les écritures ; extournés à la clôture</source>
        <translation>Expenses paid ahead (486), income received for the next fiscal year (487), proposed from the entries; reversed at closing</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="219"/>
        <source>&amp;Provisions et dépréciations…</source>
        <translation>&amp;Provisions and impairments…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="221"/>
        <source>Provisions pour risques ou charges, dépréciations de créances, et leurs reprises, avec leur raison</source>
        <translation>Provisions for risks or charges, impairment of receivables, and their reversals, with their reason</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="223"/>
        <source>&amp;Clôturer l&apos;exercice…</source>
        <translation>&amp;Close the fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="226"/>
        <source>Affecter le &amp;résultat (après l&apos;AG)…</source>
        <translation>Allocate the &amp;result (after the AGM)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="228"/>
        <source>Registre des i&amp;mmobilisations…</source>
        <translation>Fi&amp;xed-asset register…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="230"/>
        <source>Les biens durables, leurs amortissements, leur sortie</source>
        <translation>Durable assets, their depreciation, their disposal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="233"/>
        <source>Copier le &amp;budget d&apos;un autre exercice…</source>
        <translation>Copy the &amp;budget of another fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="236"/>
        <source>Exporter le &amp;FEC…</source>
        <translation>Export the &amp;FEC…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="239"/>
        <source>Fichier des écritures comptables de l&apos;exercice, pour l&apos;administration</source>
        <translation>The fiscal year&apos;s accounting entries file (FEC), for the tax authorities</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="245"/>
        <source>&amp;Rapports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="246"/>
        <source>&amp;Dossier de l&apos;assemblée générale…</source>
        <translation>General &amp;meeting pack…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="248"/>
        <source>Compte de résultat, bilan, annexe, livre d&apos;inventaire, budget et réalisé, budget de l&apos;exercice suivant : un classeur ou un PDF</source>
        <translation>Income statement, balance sheet, annexe, inventory book, budget and actual, next year&apos;s budget: one workbook or one PDF</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="260"/>
        <source>Budget &amp;prévisionnel (CERFA 12156)…</source>
        <translation>&amp;Forecast budget (CERFA 12156)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="270"/>
        <source>É&amp;tat de rapprochement…</source>
        <translation>Bank re&amp;conciliation statement…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="273"/>
        <source>Émettre les reçus &amp;fiscaux…</source>
        <translation>Issue &amp;donation receipts…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="275"/>
        <source>Réimprimer les reçus (d&amp;uplicata)…</source>
        <translation>Reprint receipts (d&amp;uplicates)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="277"/>
        <source>Reçus émis : annuler, rempla&amp;cer…</source>
        <translation>Issued receipts: cancel, rep&amp;lace…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="279"/>
        <source>Déclaration annuelle des reçus (222 bis)…</source>
        <translation>Yearly declaration of receipts (222 bis)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="295"/>
        <source>Aucun exercice : ajoutez-en un (Exercice › Ajouter un exercice…).</source>
        <translation>No fiscal year: add one (Fiscal year › Add a fiscal year…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="322"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="325"/>
        <source>Vérifications du rapport</source>
        <translation>Report checks</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="326"/>
        <source>Le fichier {} est écrit, mais une vérification échoue :</source>
        <translation>The file {} is written, but a check fails:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="343"/>
        <source>Clôturer l&apos;exercice</source>
        <translation>Close the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="344"/>
        <source>L&apos;exercice {} est déjà clos : choisissez l&apos;exercice à clôturer dans la liste « Exercice » de la barre d&apos;outils.</source>
        <translation>Fiscal year {} is already closed: choose the fiscal year to close in the “Fiscal year” list of the toolbar.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="357"/>
        <source>Exercice clos</source>
        <translation>Fiscal year closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="358"/>
        <source>L&apos;exercice {} est clos : ses travaux de fin d&apos;exercice ne changent plus. Choisissez un exercice ouvert dans la liste « Exercice » de la barre d&apos;outils.</source>
        <translation>Fiscal year {} is closed: its year-end work no longer changes. Choose an open fiscal year in the toolbar&apos;s &quot;Fiscal year&quot; list.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="384"/>
        <source>Affecter le résultat</source>
        <translation>Allocate the result</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="385"/>
        <source>Aucun exercice n&apos;est clos : le résultat s&apos;affecte après la clôture (Exercice › Clôturer l&apos;exercice…) et le vote de l&apos;assemblée générale.</source>
        <translation>No fiscal year is closed: the result is allocated after the closing (Fiscal year › Close the fiscal year…) and the vote of the general meeting.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="406"/>
        <location filename="../../src/assocompta/ui/menus.py" line="415"/>
        <location filename="../../src/assocompta/ui/menus.py" line="418"/>
        <source>Vérifier le livre</source>
        <translation>Check the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="407"/>
        <location filename="../../src/assocompta/ui/menus.py" line="416"/>
        <source>Livre cohérent : aucun problème.</source>
        <translation>The book is consistent: no problems.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="420"/>
        <source>{} problème dans le livre :</source>
        <translation>{} problem in the book:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="421"/>
        <source>{} problèmes dans le livre :</source>
        <translation>{} problems in the book:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="428"/>
        <source>Vérification du livre…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="429"/>
        <source>Vérification impossible.</source>
        <translation>Could not check the book.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="444"/>
        <source>Exporter le FEC de l&apos;exercice {}</source>
        <translation>Export the FEC of fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="456"/>
        <source>FEC écrit : {} ({} lignes)</source>
        <translation>FEC written: {} ({} lines)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="460"/>
        <source>Export du FEC {}…</source>
        <translation>Exporting the FEC {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="461"/>
        <source>Export du FEC impossible.</source>
        <translation>Could not export the FEC.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="465"/>
        <source>Exporter le FEC</source>
        <translation>Export the FEC</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="466"/>
        <source>Ce livre n&apos;a pas de numéro SIREN : le FEC ne peut pas porter son nom légal (le SIREN, « FEC » puis la date de clôture, ex. 123456789FEC20251231.txt), et AssoCompta n&apos;invente pas de SIREN.</source>
        <translation>This book has no SIREN number: the FEC cannot carry its legal name (the SIREN, “FEC”, then the closing date, e.g. 123456789FEC20251231.txt), and AssoCompta does not make up a SIREN.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="471"/>
        <source>Saisissez-le dans Fichier › Identité de l&apos;association…, puis exportez à nouveau. Vous pouvez aussi enregistrer le FEC sous un nom de votre choix, puis lui donner le nom légal avant de le remettre.</source>
        <translation>Enter it in File › Association identity…, then export again. You can also save the FEC under a name of your choice, then give it the legal name before handing it over.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="474"/>
        <source>Choisir un nom de fichier…</source>
        <translation>Choose a file name…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="499"/>
        <source>Export de {}…</source>
        <translation>Exporting {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="500"/>
        <source>Export impossible.</source>
        <translation>Could not export.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="506"/>
        <source>Exporter : {}</source>
        <translation>Export: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="514"/>
        <source>Dossier de l&apos;assemblée générale</source>
        <translation>General meeting pack</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="515"/>
        <source>Dossier AG</source>
        <translation>AGM pack</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="546"/>
        <source>Budget et réalisé</source>
        <translation>Budget vs actual</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="546"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="587"/>
        <source>Aucun don de {} sans reçu.</source>
        <translation>No {} gift without a receipt.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="590"/>
        <location filename="../../src/assocompta/ui/menus.py" line="595"/>
        <source>Reçus fiscaux</source>
        <translation>Donation receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="591"/>
        <source>Aucun reçu à émettre : {}</source>
        <translation>No receipt to issue: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="596"/>
        <source>Émettre les reçus des dons de {} ?</source>
        <translation>Issue the receipts for the {} gifts?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="633"/>
        <source>Importer un budget dans l&apos;exercice {}</source>
        <translation>Import a budget into fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="634"/>
        <source>Budget CSV (*.csv)</source>
        <translation>CSV budget (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="639"/>
        <source>Importer un budget</source>
        <translation>Import a budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="640"/>
        <source>Le budget de l&apos;exercice {} (et des actions que le fichier nomme) sera remplacé par celui de {}. Continuer ?</source>
        <translation>The budget of fiscal year {} (and of the actions the file names) will be replaced by that of {}. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="651"/>
        <source>Budget {} : {} lignes importées</source>
        <translation>Budget {}: {} lines imported</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="654"/>
        <location filename="../../src/assocompta/ui/menus.py" line="702"/>
        <source>Import de {}…</source>
        <translation>Importing {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="656"/>
        <location filename="../../src/assocompta/ui/menus.py" line="704"/>
        <source>Import de {} refusé : rien n&apos;a été écrit.</source>
        <translation>Import of {} refused: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="665"/>
        <location filename="../../src/assocompta/ui/menus.py" line="672"/>
        <source>Importer des tiers</source>
        <translation>Import parties</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="666"/>
        <source>Listes (*.csv *.xlsx);;CSV (*.csv);;Classeur Excel (*.xlsx)</source>
        <translation>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="673"/>
        <source>Les personnes de {} sont-elles les adhérents de l&apos;exercice {} ?</source>
        <translation>Are the people of {} the members of financial year {}?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="678"/>
        <source>Oui : chacun devient adhérent de l&apos;exercice, avec la cotisation attendue de la colonne Cotisation si elle existe. Non : les tiers sont seulement créés ou mis à jour (une liste de donateurs).</source>
        <translation>Yes: each becomes a member in the financial year, with the expected fee of the Cotisation column if there is one. No: the parties are only created or updated (a list of donors).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="692"/>
        <source>{} : {} tiers créés, {} mis à jour</source>
        <translation>{}: {} parties created, {} updated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="695"/>
        <source> ; {} adhérents de l&apos;exercice {}</source>
        <translation>; {} members in financial year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="698"/>
        <source> (colonnes laissées de côté : {})</source>
        <translation> (columns left aside: {})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="710"/>
        <source>Exporter les tiers</source>
        <translation>Export parties</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="710"/>
        <source>Tiers</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="715"/>
        <source>Export des tiers…</source>
        <translation>Exporting parties…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="717"/>
        <source>Export des tiers refusé.</source>
        <translation>Export of parties refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="733"/>
        <source>Livre copié vers {} : {} écritures, copie vérifiée table par table.</source>
        <translation>Book copied to {}: {} entries, copy checked table by table.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="736"/>
        <source>Copie du livre…</source>
        <translation>Copying the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="737"/>
        <source>Copie impossible : rien n&apos;a été enregistré.</source>
        <translation>Could not copy: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="741"/>
        <source>Enregistrer une copie du livre</source>
        <translation>Save a copy of the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="742"/>
        <source>{} (copie).assocompta</source>
        <translation>{} (copy).assocompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="744"/>
        <source>Livre AssoCompta (*.assocompta)</source>
        <translation>AssoCompta book (*.assocompta)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="752"/>
        <source>Copier le livre dans une base PostgreSQL</source>
        <translation>Copy the book to a PostgreSQL database</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="754"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="410"/>
        <source>{} point d&apos;attention :</source>
        <translation>{} point to look at:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="189"/>
        <source>I&amp;mporter des tiers…</source>
        <translation>I&amp;mport parties…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="255"/>
        <source>Anne&amp;xe des comptes annuels…</source>
        <translation>No&amp;tes to the annual accounts…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="257"/>
        <source>Les textes de l&apos;annexe à écrire, ses tableaux calculés du livre, son export en PDF ou XLSX</source>
        <translation>The texts of the notes to write, their tables computed from the book, their export as PDF or XLSX</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="263"/>
        <source>Budget et réa&amp;lisé (présentation CERFA 12156)…</source>
        <translation>Budget &amp;vs actual (CERFA 12156 layout)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="266"/>
        <source>Compte re&amp;ndu financier (CERFA 15059)…</source>
        <translation>Fi&amp;nancial report (CERFA 15059)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="268"/>
        <source>Par action et financeur : bilan qualitatif, tableau et annexe, avec vos textes</source>
        <translation>Per action and funder: qualitative report, table and annex, with your texts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/menus.py" line="411"/>
        <source>{} points d&apos;attention :</source>
        <translation>{} points to look at:</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <location filename="../../src/assocompta/ui/delegates/cells.py" line="27"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>MonthsChart</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="194"/>
        <source>Produits et charges par mois, et le budget</source>
        <translation>Income and expenses by month, and the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="195"/>
        <source>Produits</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="196"/>
        <source>Charges</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="197"/>
        <source>Budget mensuel</source>
        <translation>Monthly budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="241"/>
        <source>{} {}
Produits : {} (budget {})
Charges : {} (budget {})</source>
        <translation>{} {}
Income: {} (budget {})
Expenses: {} (budget {})</translation>
    </message>
</context>
<context>
    <name>NewBookDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="123"/>
        <location filename="../../forms/new_book_dialog.ui" line="9"/>
        <source>Nouvelle association</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="126"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="127"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="130"/>
        <source>&amp;Créer l&apos;association</source>
        <translation>&amp;Create the association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="33"/>
        <source>9 chiffres (facultatif)</source>
        <translation>9 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="97"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="16"/>
        <source>&amp;Nom de l&apos;association</source>
        <translation>&amp;Name of the association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="22"/>
        <source>Nom de l&apos;association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="27"/>
        <source>&amp;SIREN</source>
        <translation>&amp;SIREN</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="34"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="39"/>
        <source>&amp;Adresse du siège</source>
        <translation>&amp;Registered address</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="45"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="50"/>
        <source>&amp;Début du premier exercice</source>
        <translation>&amp;Start of the first fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="56"/>
        <location filename="../../forms/new_book_dialog.ui" line="68"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="57"/>
        <source>Début d&apos;exercice</source>
        <translation>Start of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="62"/>
        <source>&amp;Fin du premier exercice</source>
        <translation>&amp;End of the first fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="69"/>
        <source>Fin d&apos;exercice</source>
        <translation>End of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="74"/>
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="84"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="107"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="128"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="92"/>
        <source>Fichier du livre</source>
        <translation>Book file</translation>
    </message>
</context>
<context>
    <name>NewPartyDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="26"/>
        <source>création du tiers « {} »</source>
        <translation>creating party “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="29"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="30"/>
        <source>Financeur (subvention)</source>
        <translation>Funder (grant)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="32"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="33"/>
        <source>Autre (donateur, client…)</source>
        <translation>Other (donor, customer…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="63"/>
        <source>Nouveau tiers</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="66"/>
        <source>« {} » n&apos;est pas encore dans vos tiers : créez-le ici, avec son type.</source>
        <translation>“{}” is not one of your parties yet: create it here, with its type.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="70"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="73"/>
        <source>Un code court, sans espace, pour les fichiers de budget et les imports</source>
        <translation>A short code, with no spaces, for budget files and imports</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="77"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="82"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="88"/>
        <source>Catégorie de financeur</source>
        <translation>Funder category</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="89"/>
        <source>(à préciser plus tard)</source>
        <translation>(to be set later)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="95"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="98"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="99"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="100"/>
        <source>N&amp;ature</source>
        <translation>N&amp;ature</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="101"/>
        <source>&amp;Catégorie de financeur</source>
        <translation>Funder &amp;category</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="102"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="106"/>
        <source>&amp;Créer le tiers</source>
        <translation>Create the &amp;party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="107"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="113"/>
        <source>Un financeur range ses subventions (74) dans le budget CERFA ; l&apos;adresse d&apos;un donateur se complète dans Tiers et actions.</source>
        <translation>A funder&apos;s grants (74) go into the CERFA budget; a donor&apos;s address is filled in under Parties and actions.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="121"/>
        <source>Vos tiers comptent déjà : {}. S&apos;il s&apos;agit de l&apos;un d&apos;eux, annulez et choisissez-le dans la liste.</source>
        <translation>Your parties already include: {}. If it is one of them, cancel and choose it from the list.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_party_dialog.py" line="125"/>
        <source>Tiers ressemblants</source>
        <translation>Similar parties</translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <location filename="../../src/assocompta/ui/open_failure.py" line="29"/>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/open_failure.py" line="42"/>
        <source>Restauration impossible.</source>
        <translation>Could not restore.</translation>
    </message>
</context>
<context>
    <name>OpeningWizard</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="38"/>
        <source>Soldes d&apos;ouverture de l&apos;exercice {}</source>
        <translation>Opening balances of fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="40"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="41"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="42"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="43"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="46"/>
        <source>Le solde de chaque compte la veille du premier jour de l&apos;exercice (relevé bancaire), et l&apos;argent de la caisse.</source>
        <translation>Each account&apos;s balance on the day before the fiscal year&apos;s first day (bank statement), and the money in the cash box.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_wizard.py" line="79"/>
        <source>Soldes d&apos;ouverture enregistrés : écriture n°1 de l&apos;exercice {}</source>
        <translation>Opening balances saved: entry no. 1 of fiscal year {}</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="29"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="30"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="31"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="32"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="58"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="236"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="58"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="52"/>
        <source>Catégorie de financeur (CERFA)</source>
        <translation>Funder category (CERFA)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="53"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="53"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="56"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="82"/>
        <source>Tiers</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="58"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="60"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="86"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="62"/>
        <source>Ajouter un &amp;tiers…</source>
        <translation>Add a &amp;party…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="63"/>
        <source>&amp;Modifier…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="64"/>
        <source>Im&amp;porter des tiers…</source>
        <translation>I&amp;mport parties…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="65"/>
        <source>Une liste de donateurs ou d&apos;adhérents tenue dans un tableur (CSV ou XLSX)</source>
        <translation>A list of donors or members kept in a spreadsheet (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="126"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="126"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="128"/>
        <source>Inactive : plus proposée à la saisie</source>
        <translation>Inactive: no longer offered for entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="70"/>
        <source>A&amp;jouter une action…</source>
        <translation>Add an &amp;action…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="67"/>
        <source>Exporter &amp;les tiers…</source>
        <translation>E&amp;xport parties…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="71"/>
        <source>M&amp;odifier…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="72"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="145"/>
        <source>Désact&amp;iver</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="144"/>
        <source>Réact&amp;iver</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="167"/>
        <source>Ajouter un tiers</source>
        <translation>Add a party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="217"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="218"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="237"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="178"/>
        <source>Tiers refusé.</source>
        <translation>Party refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="190"/>
        <source>Modifier le tiers {}</source>
        <translation>Edit party {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="201"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="241"/>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="251"/>
        <source>Modification refusée.</source>
        <translation>Change refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="216"/>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="219"/>
        <source>Le code sert à la saisie et dans les fichiers de budget (ex. FETE).</source>
        <translation>The code is used for entries and in budget files (e.g. FETE).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="225"/>
        <source>Action refusée.</source>
        <translation>Action refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="235"/>
        <source>Modifier l&apos;action {}</source>
        <translation>Edit action {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="57"/>
        <source>modification du tiers « {} »</source>
        <translation>editing the party “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="76"/>
        <source>création de l&apos;action « {} »</source>
        <translation>creating the action “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="93"/>
        <source>modification de l&apos;action « {} »</source>
        <translation>editing the action “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="95"/>
        <source>réactivation de l&apos;action « {} »</source>
        <translation>reactivating the action “{}”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/party_commands.py" line="97"/>
        <source>désactivation de l&apos;action « {} »</source>
        <translation>deactivating the action “{}”</translation>
    </message>
</context>
<context>
    <name>ProvisionsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="131"/>
        <source>Provisions et dépréciations — exercice {}</source>
        <translation>Provisions and impairments — fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="137"/>
        <source>Provisions ouvertes</source>
        <translation>Open provisions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="141"/>
        <source>Nouvelle provision</source>
        <translation>New provision</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="146"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="148"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="149"/>
        <source>ce que la provision couvre (l&apos;annexe le cite)</source>
        <translation>what the provision covers (the annexe quotes it)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="152"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="153"/>
        <source>code du débiteur (dépréciation de créance)</source>
        <translation>debtor&apos;s code (impairment of a receivable)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="156"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="157"/>
        <source>facultatif : un sous-compte (ex. 1511)</source>
        <translation>optional: a sub-account (e.g. 1511)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="159"/>
        <source>&amp;Nature</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="160"/>
        <source>&amp;Montant</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="161"/>
        <source>&amp;Raison</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="162"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="163"/>
        <source>&amp;Compte</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="164"/>
        <source>&amp;Passer la provision</source>
        <translation>&amp;Book the provision</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="168"/>
        <source>Reprise de la provision choisie dans la liste</source>
        <translation>Reversal of the provision chosen in the list</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="170"/>
        <source>Montant repris</source>
        <translation>Amount reversed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="172"/>
        <source>Raison de la reprise</source>
        <translation>Reason for the reversal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="174"/>
        <source>Montant de la repris&amp;e</source>
        <translation>Amount r&amp;eversed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="175"/>
        <source>Moti&amp;f de la reprise</source>
        <translation>Reason for the reversa&amp;l</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="176"/>
        <source>Enregistrer la repr&amp;ise</source>
        <translation>Record the rever&amp;sal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="180"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="182"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="208"/>
        <source>Aucune provision ouverte à la fin de l&apos;exercice.</source>
        <translation>No provision open at the end of the fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="232"/>
        <source>Provision passée en brouillard (journal OD)</source>
        <translation>Provision booked as a draft (journal OD)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="237"/>
        <source>Choisissez dans la liste la provision à reprendre.</source>
        <translation>Choose in the list the provision to reverse.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/year_end_dialogs.py" line="249"/>
        <source>Reprise passée en brouillard (journal OD)</source>
        <translation>Reversal booked as a draft (journal OD)</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="42"/>
        <source>Donateur</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="43"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="44"/>
        <source>Dons</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="45"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="46"/>
        <source>Reçu(s)</source>
        <translation>Receipt(s)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="60"/>
        <source>Remise d&apos;espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="61"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="62"/>
        <source>Virement, prélèvement, carte bancaire</source>
        <translation>Transfer, direct debit, bank card</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="101"/>
        <source>Mode de versement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="104"/>
        <source>Un reçu par don (sinon un reçu annuel par donateur)</source>
        <translation>One receipt per gift (otherwise one yearly receipt per donor)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="105"/>
        <source>É&amp;mettre les reçus…</source>
        <translation>&amp;Issue the receipts…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="125"/>
        <source>Mode de versement :</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="211"/>
        <source>à émettre ({})</source>
        <translation>to issue ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="216"/>
        <source>(adresse manquante)</source>
        <translation>(address missing)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="226"/>
        <source>{}, {} de dons ; {}</source>
        <translation>{}, {} in gifts; {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="227"/>
        <source>{} donateur</source>
        <translation>{} donor</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="227"/>
        <source>{} donateurs</source>
        <translation>{} donors</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="229"/>
        <source>{} reçu à émettre</source>
        <translation>{} receipt to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="229"/>
        <source>{} reçus à émettre</source>
        <translation>{} receipts to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="318"/>
        <source>{} reçu</source>
        <translation>{} receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="318"/>
        <source>{} reçus</source>
        <translation>{} receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="339"/>
        <source>{} ({} à {}) : {}</source>
        <translation>{} ({} to {}): {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="340"/>
        <source>{} reçu émis</source>
        <translation>{} receipt issued</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="340"/>
        <source>{} reçus émis</source>
        <translation>{} receipts issued</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="297"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="313"/>
        <source>Émettre les reçus</source>
        <translation>Issue the receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="323"/>
        <source>Enregistrer les reçus</source>
        <translation>Save the receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="309"/>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="344"/>
        <source>Aucun reçu émis.</source>
        <translation>No receipt issued.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="47"/>
        <source>Modèle</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="49"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="50"/>
        <source>Écriture</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="51"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="52"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="53"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="54"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="55"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="57"/>
        <source>Lu dans l&apos;écriture (caisse 53 : espèces ; banque 51 : virement ou chèque)</source>
        <translation>Read from the entry (cash 53: cash; bank 51: transfer or cheque)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="74"/>
        <source>Donateurs de l&apos;année</source>
        <translation>The year&apos;s donors</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="82"/>
        <source>Dons du donateur</source>
        <translation>The donor&apos;s gifts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="89"/>
        <source>Année civile des dons</source>
        <translation>Calendar year of the gifts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="106"/>
        <source>Dé&amp;tails du don…</source>
        <translation>Gift de&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="113"/>
        <source>Dons de l&apos;année civile (la réduction d&apos;impôt est annuelle) : dons manuels 7541…, abandons de frais 75412, mécénat 7542, donation notariée 75432, dons en nature 870, le donateur en tiers. Un particulier reçoit le Cerfa 11580, une entreprise le Cerfa 16216. Sans sélection, les reçus sont émis pour tous les donateurs.</source>
        <translation>Gifts of the calendar year (the tax reduction is yearly): gifts 7541…, expenses given up 75412, sponsorship 7542, notarial donation 75432, gifts in kind 870, with the donor as party. A person gets Cerfa 11580, a company Cerfa 16216. Without a selection, receipts are issued for every donor.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="120"/>
        <source>Année ci&amp;vile :</source>
        <translation>C&amp;alendar year:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="145"/>
        <source>&amp;Donateurs et dons</source>
        <translation>&amp;Donors and gifts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="146"/>
        <source>&amp;Reçus émis</source>
        <translation>&amp;Issued receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="231"/>
        <source> ; {} à compléter d&apos;abord</source>
        <translation>; {} to complete first</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="254"/>
        <source> (annulé)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="256"/>
        <source>exclu</source>
        <translation>excluded</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="256"/>
        <source>à émettre</source>
        <translation>to issue</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="271"/>
        <source>Aucun don de {0} sans reçu. Des dons de {1} attendent encore leur reçu : &lt;a href=&quot;{1}&quot;&gt;afficher l&apos;année {1}&lt;/a&gt;.</source>
        <translation>No gift of {0} without a receipt. Gifts of {1} still wait for their receipt: &lt;a href=&quot;{1}&quot;&gt;show year {1}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="314"/>
        <source>Émettre {} pour les dons de {} ({}) ? Un reçu émis est numéroté et ne se modifie plus.</source>
        <translation>Issue {} for the gifts of {} ({})? An issued receipt is numbered and never changes.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="346"/>
        <source>Émission des reçus fiscaux…</source>
        <translation>Issuing donation receipts…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="358"/>
        <source>Réimprimer les reçus</source>
        <translation>Reprint the receipts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/receipts_view.py" line="365"/>
        <source>Réimpression impossible.</source>
        <translation>Could not reprint.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="19"/>
        <source>Pointée</source>
        <translation>Ticked</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="20"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="21"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="22"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="23"/>
        <source>Pièce</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="24"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="25"/>
        <source>Encaissement</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/reconciliation_model.py" line="26"/>
        <source>Décaissement</source>
        <translation>Money out</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="39"/>
        <source>Relevé du</source>
        <translation>Statement of</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="40"/>
        <source>Solde initial</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="41"/>
        <source>Solde final</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="42"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="53"/>
        <source>Compte bancaire</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="57"/>
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="63"/>
        <source>&amp;Nouveau relevé…</source>
        <translation>New &amp;statement…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="64"/>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="353"/>
        <source>Abandonner le relevé</source>
        <translation>Abandon the statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="65"/>
        <source>Corriger le solde final…</source>
        <translation>Correct the closing balance…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="67"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="68"/>
        <source>Tout pointer jusqu&apos;au…</source>
        <translation>Tick everything up to…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="69"/>
        <source>&amp;Terminer</source>
        <translation>Fin&amp;ish</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="70"/>
        <source>Relevé en cours</source>
        <translation>Statement in progress</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="86"/>
        <source>Lignes à pointer</source>
        <translation>Lines to tick</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="95"/>
        <source>Relevés rapprochés</source>
        <translation>Reconciled statements</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="101"/>
        <source>État de rapprochement (PDF/XLSX)…</source>
        <translation>Reconciliation statement (PDF/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="103"/>
        <source>Relevés :</source>
        <translation>Statements:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="149"/>
        <source>Rapproché jusqu&apos;au {}</source>
        <translation>Reconciled up to {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="150"/>
        <source>Aucun relevé rapproché</source>
        <translation>No reconciled statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="151"/>
        <source>Aucun compte bancaire (51…) n&apos;a d&apos;écriture</source>
        <translation>No bank account (51…) has entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="157"/>
        <source>terminé le {}</source>
        <translation>finished on {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="158"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="175"/>
        <source>Pas de relevé en cours. « Nouveau relevé… » : sa date et son solde final, puis cochez les lignes qui y figurent.</source>
        <translation>No statement in progress. “New statement…”: its date and closing balance, then tick the lines that appear on it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="181"/>
        <source>Relevé du {} — solde initial {} — solde final {} — pointé {}</source>
        <translation>Statement of {} — opening balance {} — closing balance {} — ticked {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="186"/>
        <source>Écart : {}</source>
        <translation>Difference: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="201"/>
        <source>Le relevé se termine quand l&apos;écart est nul</source>
        <translation>The statement can be finished when the difference is zero</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="234"/>
        <source>&amp;Date du relevé</source>
        <translation>Statement &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="235"/>
        <source>jj/mm/aaaa, imprimée en haut du relevé</source>
        <translation>dd/mm/yyyy, printed at the top of the statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="236"/>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="332"/>
        <source>Solde &amp;final (nouveau solde)</source>
        <translation>&amp;Closing balance (new balance)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="237"/>
        <source>en bas du relevé, ex. 1 234,56</source>
        <translation>at the bottom of the statement, e.g. 1,234.56</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="239"/>
        <source>Solde &amp;initial (ancien solde)</source>
        <translation>&amp;Opening balance (previous balance)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="240"/>
        <source>l&apos;« ancien solde » en haut du relevé</source>
        <translation>the “previous balance” at the top of the statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="242"/>
        <source>Nouveau relevé du compte {}</source>
        <translation>New statement for account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="243"/>
        <source>Recopiez le relevé de la banque : sa date (jj/mm/aaaa) et son solde final ; pour le premier relevé du compte, aussi son ancien solde. Les suivants partent du solde final du précédent.</source>
        <translation>Copy from the bank statement: its date (dd/mm/yyyy) and closing balance; for the account&apos;s first statement, its opening balance too. Later statements start from the previous closing balance.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="254"/>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="259"/>
        <source>Relevé refusé.</source>
        <translation>Statement refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="284"/>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="305"/>
        <source>Pointage refusé.</source>
        <translation>Tick refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="298"/>
        <source>Tout pointer</source>
        <translation>Tick everything</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="299"/>
        <source>Pointer les lignes jusqu&apos;au</source>
        <translation>Tick the lines up to</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="316"/>
        <source>Rapprochement non terminé.</source>
        <translation>Reconciliation not finished.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="320"/>
        <source>Relevé du {} rapproché</source>
        <translation>Statement of {} reconciled</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="331"/>
        <source>Solde final du relevé du {}</source>
        <translation>Closing balance of the statement of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="339"/>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="344"/>
        <source>Solde refusé.</source>
        <translation>Balance refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="354"/>
        <source>Abandonner le relevé du {} et ses pointages ?</source>
        <translation>Abandon the statement of {} and its ticks?</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="361"/>
        <source>Abandon refusé.</source>
        <translation>Abandon refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="376"/>
        <source>Rapprochement</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="378"/>
        <source>Rapprochement {} au {}</source>
        <translation>Reconciliation {} at {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/reconciliation_view.py" line="383"/>
        <source>aucun relevé : commencez par « Nouveau relevé… »</source>
        <translation>no statement: start with “New statement…”</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/reconciliation_commands.py" line="26"/>
        <source>pointage de {} ligne</source>
        <translation>ticking {} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/reconciliation_commands.py" line="27"/>
        <source>pointage de {} lignes</source>
        <translation>ticking {} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/reconciliation_commands.py" line="28"/>
        <source>dépointage de {} ligne</source>
        <translation>unticking {} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/reconciliation_commands.py" line="29"/>
        <source>dépointage de {} lignes</source>
        <translation>unticking {} lines</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="217"/>
        <source>Libellé</source>
        <extracomment>(account row, limit) → (its first ``limit`` lines in date order, how many there are)</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="287"/>
        <source>Double-clic : grand livre de ce compte</source>
        <translation>Double-click: general ledger of this account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="291"/>
        <source>Double-clic : modifier l&apos;écriture</source>
        <translation>Double-click: edit the entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="293"/>
        <source>Les écritures suivantes sont au grand livre (double-clic sur le compte)</source>
        <translation>The following entries are in the general ledger (double-click the account)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="305"/>
        <source>{}  n° {}  {}</source>
        <translation>{}  no. {}  {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="309"/>
        <source>… {} autres écritures</source>
        <translation>… {} more entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="308"/>
        <source>… {} autre écriture</source>
        <translation>… {} more entry</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="33"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="34"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="35"/>
        <source>CSV pour tableur (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="65"/>
        <source>Exporter {}…</source>
        <translation>Export {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="67"/>
        <source>Enregistrer le rapport affiché en {}</source>
        <translation>Save the report shown as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="112"/>
        <source>Exporter en {}</source>
        <translation>Export as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="124"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="126"/>
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="146"/>
        <source>Détail par compte</source>
        <translation>Detail by account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="148"/>
        <source>Montrer les comptes sous chaque ligne ; déplier un compte montre ses écritures</source>
        <translation>Show the accounts under each line; expanding an account shows its entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="78"/>
        <source>Écritures validées seulement</source>
        <translation>Validated entries only</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="80"/>
        <source>Laisser de côté les brouillards (écritures pas encore validées). Sans cette case, un rapport qui en inclut est marqué « Document provisoire ».</source>
        <translation>Leave out the drafts (entries not yet validated). Without this box, a report that includes some is marked « Document provisoire » (provisional).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="31"/>
        <source>Restaurer une sauvegarde de {}</source>
        <translation>Restore a backup of {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="35"/>
        <source>Sauvegardes de {}, de la plus récente à la plus ancienne. Le livre actuel sera gardé à part comme une sauvegarde de plus : une restauration peut toujours être défaite par ce même menu.</source>
        <translation>Backups of {}, newest first. The current book will be kept aside as one more backup: a restore can always be undone from this same menu.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="38"/>
        <source>Aucune sauvegarde de {} : une copie est faite à chaque ouverture en écriture après un changement.</source>
        <translation>No backup of {}: a copy is made each time the book is opened for writing after a change.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="42"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Écritures</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="45"/>
        <source>Dernière écriture</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="45"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="53"/>
        <source>livre remplacé par une restauration</source>
        <translation>book replaced by a restore</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="67"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="69"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="82"/>
        <source>Choisissez une sauvegarde dans la liste.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="86"/>
        <source>Cette sauvegarde ne peut pas être restaurée : {}</source>
        <translation>This backup cannot be restored: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="90"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="91"/>
        <source>Remettre la sauvegarde du {} ({}, dernière : {}) à la place de {} ?

Le livre actuel est d&apos;abord gardé à part comme une sauvegarde (« livre remplacé par une restauration ») : vous pourrez y revenir par ce même menu. Le livre est fermé puis rouvert.</source>
        <translation>Put the backup of {} ({}, last: {}) in place of {}?

The current book is first kept aside as a backup (“book replaced by a restore”): you can come back to it from this same menu. The book is closed, then opened again.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="96"/>
        <source>{} écriture</source>
        <translation>{} entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/restore_dialog.py" line="96"/>
        <source>{} écritures</source>
        <translation>{} entries</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="52"/>
        <source>L&apos;écriture n°{} est validée depuis le {} : elle ne peut plus être modifiée ni supprimée. Corrigez-la par une contre-passation (Saisie › Contre-passer et corriger…), qui l&apos;annule par une écriture de sens contraire et propose l&apos;écriture corrigée.</source>
        <translation>Entry no. {} has been validated since {}: it can no longer be edited or deleted. Correct it with a reversing entry (Entries › Reverse and correct…), which cancels it with an opposite entry and proposes the corrected entry.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="66"/>
        <source>Écriture validée</source>
        <translation>Validated entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="70"/>
        <source>&amp;Contre-passer et corriger…</source>
        <translation>&amp;Reverse and correct…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="73"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="121"/>
        <source>Contre-passer et corriger l&apos;écriture n° {} ({})</source>
        <translation>Reverse and correct entry no. {} ({})</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="125"/>
        <source>&lt;b&gt;L&apos;écriture n° {} du {} ({}, {}) est validée depuis le {}&lt;/b&gt; : elle ne change plus. La contre-passation l&apos;annule par la même écriture, débit et crédit inversés, libellée « Contre-passation n°{} : {} ». Corrigez ci-dessous l&apos;écriture telle qu&apos;elle aurait dû être : elle sera passée à côté, en brouillard.</source>
        <translation>&lt;b&gt;Entry no. {} of {} ({}, {}) has been validated since {}&lt;/b&gt;: it no longer changes. The reversal cancels it with the same entry, debit and credit swapped, described “Contre-passation n°{} : {}”. Correct below the entry as it should have been: it is posted beside it, as a draft.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="136"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="137"/>
        <source>Date de la contre-passation</source>
        <translation>Date of the reversal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="139"/>
        <source>Contre-passation d&amp;atée du</source>
        <translation>Reversal d&amp;ated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="144"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="163"/>
        <source>Contre-passer et c&amp;orriger</source>
        <translation>Reverse and c&amp;orrect</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="165"/>
        <source>Contre-passer &amp;seulement</source>
        <translation>Reverse &amp;only</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="166"/>
        <source>Annuler l&apos;écriture sans la remplacer (un doublon, une opération qui n&apos;a pas eu lieu)</source>
        <translation>Cancel the entry without replacing it (a duplicate, an operation that never happened)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="196"/>
        <source>Écriture n° {} contre-passée (n° {}) et corrigée (n° {}), en brouillard : Ctrl+Z pour revenir en arrière.</source>
        <translation>Entry no. {} reversed (no. {}) and corrected (no. {}), as drafts: Ctrl+Z to go back.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="200"/>
        <source>Écriture n° {} contre-passée (n° {}), en brouillard : Ctrl+Z pour revenir en arrière.</source>
        <translation>Entry no. {} reversed (no. {}), as a draft: Ctrl+Z to go back.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="226"/>
        <source>Lecture seule : l&apos;écriture ne peut pas être contre-passée</source>
        <translation>Read-only: the entry cannot be reversed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="230"/>
        <source>Cette écriture est un brouillard : modifiez-la directement (double-clic).</source>
        <translation>This entry is a draft: edit it directly (double-click).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="239"/>
        <source>L&apos;écriture n° {} est déjà contre-passée par l&apos;écriture n° {}. Pour une nouvelle correction, passez une écriture de correction, ou contre-passez l&apos;écriture corrigée.</source>
        <translation>Entry no. {} is already reversed by entry no. {}. For a further correction, post a correcting entry, or reverse the corrected entry.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="244"/>
        <source>Déjà contre-passée</source>
        <translation>Already reversed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/reversal_dialog.py" line="252"/>
        <source>Cette écriture ne peut pas être contre-passée.</source>
        <translation>This entry cannot be reversed.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="587"/>
        <source>Règles de catégorisation</source>
        <translation>Categorisation rules</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="589"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="589"/>
        <source>Le libellé contient</source>
        <translation>Description contains</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="590"/>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="590"/>
        <source>Compte de banque</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="591"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="591"/>
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="591"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="594"/>
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="599"/>
        <source>&amp;Supprimer la règle</source>
        <translation>&amp;Delete the rule</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="601"/>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="602"/>
        <source>Les règles sont essayées de haut en bas</source>
        <translation>Rules are tried from top to bottom</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="604"/>
        <source>&amp;Descendre</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/bank_view.py" line="622"/>
        <source>tous</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="26"/>
        <source>Ouvrir une base partagée (PostgreSQL)</source>
        <translation>Open a shared database (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="28"/>
        <source>Un livre tenu dans un serveur PostgreSQL peut être ouvert par plusieurs personnes à la fois (trésorier, comptable, fédération). Indiquez l&apos;adresse que vous a donnée la personne qui gère le serveur.</source>
        <translation>A book kept on a PostgreSQL server can be open by several people at once (treasurer, accountant, federation). Enter the address given to you by the person who runs the server.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="34"/>
        <source>Adresse de la base</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="37"/>
        <source>Le mot de passe n&apos;est jamais retenu par AssoCompta : mettez-le dans le fichier .pgpass (ou la variable PGPASSWORD) plutôt que dans l&apos;adresse.</source>
        <translation>AssoCompta never remembers the password: put it in the .pgpass file (or the PGPASSWORD variable) rather than in the address.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="46"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="47"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="61"/>
        <source>L&apos;adresse commence par postgresql:// (par exemple postgresql://tresorier@serveur.example.org/amis).</source>
        <translation>The address starts with postgresql:// (for example postgresql://treasurer@server.example.org/friends).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/shared_book_dialog.py" line="79"/>
        <source>Le serveur ne répond pas ou refuse la connexion : {}
Vérifiez l&apos;adresse, le réseau et le mot de passe, puis réessayez.</source>
        <translation>The server does not answer or refuses the connection: {}
Check the address, the network and the password, then try again.</translation>
    </message>
</context>
<context>
    <name>SuiviView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="83"/>
        <source>Action suivie</source>
        <translation>Action followed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="87"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="93"/>
        <source>Compte rendu financier (CERFA 15059)…</source>
        <translation>Financial report (CERFA 15059)…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="95"/>
        <source>Le compte rendu d&apos;une subvention, pour l&apos;action choisie : bilan qualitatif, tableau avec charges indirectes et ressources propres, annexe</source>
        <translation>The report on a subsidy, for the chosen action: qualitative report, table with indirect costs and own resources, annex</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="106"/>
        <source>Budget et réalisé par ligne du CERFA</source>
        <translation>Budget and actual by CERFA line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="115"/>
        <source>Graphique budget et réalisé par rubrique</source>
        <translation>Chart of budget and actual by heading</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="166"/>
        <source>Toute l&apos;association</source>
        <translation>The whole association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="194"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="195"/>
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="209"/>
        <source>Rubriques du CERFA (60 à 69 : charges ; 70 à 79 : produits)</source>
        <translation>CERFA headings (60 to 69: expenses; 70 to 79: income)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="227"/>
        <source>{}
Budget : {}
Réalisé : {}</source>
        <translation>{}
Budget: {}
Actual: {}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="518"/>
        <source>Écriture d&apos;ouverture</source>
        <translation>Opening entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="519"/>
        <source>Vérifiez-la : elle est enregistrée avec le livre, en une fois (rien n&apos;est écrit avant).</source>
        <translation>Check it: it is saved with the book, all at once (nothing is written before).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="524"/>
        <source>Lignes de l&apos;écriture d&apos;ouverture</source>
        <translation>Lines of the opening entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="525"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="525"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="526"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="536"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="568"/>
        <source>Aucune écriture d&apos;ouverture : l&apos;association part de zéro. Les comptes bancaires nommés sont créés.</source>
        <translation>No opening entry: the association starts from zero. The bank accounts named are created.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="571"/>
        <source>Aucune écriture d&apos;ouverture : l&apos;association part de zéro.</source>
        <translation>No opening entry: the association starts from zero.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="575"/>
        <source>Une écriture dans le journal AN (à-nouveaux), datée du {}, équilibrée : {} au débit et au crédit. Pièce : « {} », datée du {}.</source>
        <translation>One entry in the AN journal (opening entries), dated {}, balanced: {} in debit and in credit. Voucher: “{}”, dated {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="580"/>
        <source>Contrepartie : {} « Première situation nette établie » (banques et caisse, plus les créances, moins les dettes).</source>
        <translation>Counterpart: {} “Première situation nette établie” (banks and cash, plus receivables, less debts).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/opening_pages.py" line="584"/>
        <source>Contrepartie de la trésorerie : {} « Première situation nette établie ».</source>
        <translation>Counterpart of bank and cash: {} “Première situation nette établie”.</translation>
    </message>
</context>
<context>
    <name>TextFieldsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/text_fields_dialog.py" line="60"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/text_fields_dialog.py" line="61"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="36"/>
        <source>Financeur (subvention)</source>
        <translation>Funder (grant)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="37"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="38"/>
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="39"/>
        <source>Autre (donateur, client…)</source>
        <translation>Other (donor, customer…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="40"/>
        <source>Non précisée</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="41"/>
        <source>Particulier</source>
        <translation>Private person</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="42"/>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="184"/>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="257"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="43"/>
        <source>Association, fondation</source>
        <translation>Association, foundation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="45"/>
        <source>Collectivité, organisme public</source>
        <translation>Local authority, public body</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="47"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="91"/>
        <source>Code</source>
        <extracomment>natures that may have a SIREN (a company, an association, a public body)</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="93"/>
        <source>Un code court, sans espace : il ne change plus une fois créé (écritures, budgets, imports)</source>
        <translation>A short code, without spaces: it never changes once created (entries, budgets, imports)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="95"/>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="96"/>
        <source>Le nom des listes, des écritures et des reçus (« Marie Dupont », « Boulangerie Martin »)</source>
        <translation>The name in lists, entries and receipts (“Marie Dupont”, “Boulangerie Martin”)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="99"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="110"/>
        <source>Catégorie de financeur</source>
        <translation>Funder category</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="111"/>
        <source>(aucune : pas une subvention)</source>
        <translation>(none: not a grant)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="119"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="121"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="124"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="125"/>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="161"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="129"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="131"/>
        <source>numéro et rue ; complément sur la ligne suivante</source>
        <translation>number and street; more on the next line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="134"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="136"/>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="137"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="138"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="139"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="140"/>
        <source>nom@exemple.fr</source>
        <translation>name@example.fr</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="141"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="144"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="145"/>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="146"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="147"/>
        <source>SARL, SAS, EURL…</source>
        <translation>SARL, SAS, EURL…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="149"/>
        <source>Fin d&apos;exercice</source>
        <translation>Year end</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="151"/>
        <source>Jour et mois de clôture de l&apos;exercice de l&apos;entreprise : un reçu de mécénat ne couvre jamais deux de ses exercices</source>
        <translation>Day and month the company&apos;s financial year ends: a sponsorship receipt never spans two of its years</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="156"/>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="162"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="163"/>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="255"/>
        <source>&amp;Personne</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="166"/>
        <source>Nom a&amp;ffiché</source>
        <translation>Display na&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="168"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="169"/>
        <source>&amp;Catégorie de financeur</source>
        <translation>Funder &amp;category</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="172"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="177"/>
        <source>Code postal, &amp;ville</source>
        <translation>Postcode, &amp;town</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="180"/>
        <source>Pa&amp;ys</source>
        <translation>Countr&amp;y</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="181"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="182"/>
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="186"/>
        <source>&amp;SIREN</source>
        <translation>&amp;SIREN</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="187"/>
        <source>&amp;Forme juridique</source>
        <translation>&amp;Legal form</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="190"/>
        <source>Fin d&apos;e&amp;xercice</source>
        <translation>Year en&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="194"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="201"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="205"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="206"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="222"/>
        <source>La nature choisit le reçu fiscal d&apos;un donateur : particulier (Cerfa 11580), entreprise (Cerfa 16216, avec son SIREN). L&apos;adresse figure sur les reçus.</source>
        <translation>The nature chooses a donor&apos;s tax receipt: private person (Cerfa 11580), company (Cerfa 16216, with its SIREN). The address is printed on receipts.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="255"/>
        <source>&amp;Interlocuteur</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/tiers_dialog.py" line="257"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>TreasuryChart</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="120"/>
        <source>Courbe de la trésorerie sur l&apos;exercice</source>
        <translation>Bank and cash balances over the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="121"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="122"/>
        <source>Caisse</source>
        <translation>Cash box</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="155"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/widgets/dashboard_charts.py" line="184"/>
        <source>Au {}
Banque : {}
Caisse : {}</source>
        <translation>On {}
Bank: {}
Cash box: {}</translation>
    </message>
</context>
<context>
    <name>ValidateDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="55"/>
        <source>Valider la sélection</source>
        <extracomment>the journal the checkbox&apos;s example names (the bank&apos;s, the one most entries are in)</extracomment>
        <translation>Validate the selection</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="56"/>
        <source>Valider les écritures</source>
        <translation>Validate entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="58"/>
        <source>Les écritures choisies qui sont en brouillard reçoivent leur numéro définitif, à la suite des écritures déjà validées, et la date de validation d&apos;aujourd&apos;hui.</source>
        <translation>The selected entries that are drafts get their final numbers, after the entries already validated, and today as their validation date.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="61"/>
        <source>Les écritures en brouillard datées jusqu&apos;au jour choisi reçoivent leur numéro définitif, à la suite des écritures déjà validées, et la date de validation d&apos;aujourd&apos;hui.</source>
        <translation>The draft entries dated up to the chosen day get their final numbers, after the entries already validated, and today as their validation date.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="66"/>
        <source>Exercice à valider</source>
        <translation>Fiscal year to validate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="68"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="69"/>
        <source>Valider jusqu&apos;au</source>
        <translation>Validate up to</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="74"/>
        <source>&amp;Exercice :</source>
        <translation>Fiscal &amp;year:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="76"/>
        <source>&amp;Jusqu&apos;au :</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="87"/>
        <source>Une écriture validée ne peut plus être modifiée ni supprimée (PCG, art. 921-3) : on la corrige par une contre-passation. La validation ne s&apos;annule pas avec Ctrl+Z, et ce qui a été fait avant ne pourra plus être annulé.</source>
        <translation>A validated entry can no longer be edited or deleted (PCG, art. 921-3): it is corrected with a reversing entry. Validation cannot be undone with Ctrl+Z, and what was done before it can no longer be undone.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="96"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="100"/>
        <source>&amp;Valider</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="101"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="147"/>
        <source>Numéroter automatiquement les pièces manquantes ({}-{}-0001…)</source>
        <translation>Number the missing vouchers automatically ({}-{}-0001…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="181"/>
        <source>Aucun exercice ouvert : rien à valider.</source>
        <translation>No open fiscal year: nothing to validate.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="194"/>
        <source>Aucun brouillard parmi les écritures choisies : elles sont déjà validées.</source>
        <translation>No draft among the selected entries: they are already validated.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="196"/>
        <source>Aucune écriture en brouillard jusqu&apos;au {} dans l&apos;exercice {}.</source>
        <translation>No draft entry up to {} in fiscal year {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="199"/>
        <source>{} écriture en brouillard sera validée</source>
        <translation>{} draft entry will be validated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="200"/>
        <source>{} écritures en brouillard seront validées</source>
        <translation>{} draft entries will be validated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="201"/>
        <source>du {}</source>
        <translation>on {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="202"/>
        <source>du {} au {}</source>
        <translation>from {} to {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="206"/>
        <source>Dont {} sans référence de pièce : cochez la numérotation automatique ci-dessous, ou saisissez sa référence avant de valider.</source>
        <translation>{} of them without a voucher reference: tick the automatic numbering below, or type its reference before validating.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="209"/>
        <source>Dont {} sans référence de pièce : cochez la numérotation automatique ci-dessous, ou saisissez leurs références avant de valider.</source>
        <translation>{} of them without a voucher reference: tick the automatic numbering below, or type their references before validating.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="213"/>
        <source>Dont {} sans référence de pièce : elle recevra un numéro automatique.</source>
        <translation>{} of them without a voucher reference: it will get an automatic number.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="215"/>
        <source>Dont {} sans référence de pièce : elles recevront un numéro automatique.</source>
        <translation>{} of them without a voucher reference: they will get automatic numbers.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="243"/>
        <source>{} écriture validée</source>
        <translation>{} entry validated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="244"/>
        <source>{} écritures validées</source>
        <translation>{} entries validated</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="245"/>
        <source>n°{}</source>
        <translation>no. {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="246"/>
        <source>n°{} à n°{}</source>
        <translation>no. {} to no. {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="247"/>
        <source>{} ({}, exercice {}).</source>
        <translation>{} ({}, fiscal year {}).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="250"/>
        <source>{} pièce numérotée automatiquement.</source>
        <translation>{} voucher numbered automatically.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="251"/>
        <source>{} pièces numérotées automatiquement.</source>
        <translation>{} vouchers numbered automatically.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="261"/>
        <source>Aucun exercice ouvert : toutes les écritures sont validées.</source>
        <translation>No open fiscal year: every entry is validated.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/validation_dialog.py" line="265"/>
        <source>Exercice clos : ses écritures sont toutes validées.</source>
        <translation>Closed fiscal year: its entries are all validated.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="30"/>
        <location filename="../../src/assocompta/ui/welcome.py" line="31"/>
        <source>AssoCompta</source>
        <translation>AssoCompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="36"/>
        <source>La comptabilité et les budgets de votre association, sur votre ordinateur.</source>
        <translation>Your association&apos;s books and budgets, on your computer.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="40"/>
        <source>Livres récents</source>
        <translation>Recent books</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="42"/>
        <source>Aucun livre ouvert récemment.</source>
        <translation>No book opened recently.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="45"/>
        <source>Nouvelle association…</source>
        <translation>New association…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="46"/>
        <source>Ouvrir un livre…</source>
        <translation>Open a book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="47"/>
        <source>Ouvrir une base partagée…</source>
        <translation>Open a shared database…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="48"/>
        <source>Ouvrir l&apos;exemple</source>
        <translation>Open the example</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="59"/>
        <source>&lt;b&gt;Livres récents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent books&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="79"/>
        <source>{} (base partagée)</source>
        <translation>{} (shared database)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="90"/>
        <source>{} (introuvable)</source>
        <translation>{} (not found)</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="35"/>
        <source>Immobilisations et amortissements</source>
        <translation>Fixed assets and depreciation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="36"/>
        <source>Provisions et dépréciations</source>
        <translation>Provisions and impairments</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="37"/>
        <source>Régularisations (charges et produits de l&apos;exercice)</source>
        <translation>Adjustments (the year&apos;s expenses and income)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="39"/>
        <source>Fonds dédiés</source>
        <translation>Dedicated funds</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="43"/>
        <source>&amp;Registre des immobilisations…</source>
        <translation>Fixed-asset &amp;register…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="44"/>
        <source>Passer une provision ou une &amp;reprise…</source>
        <translation>Book a provision or a &amp;reversal…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="45"/>
        <source>&amp;Actions terminées…</source>
        <translation>&amp;Finished actions…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="62"/>
        <source>Écriture proposée / compte</source>
        <translation>Proposed entry / account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="62"/>
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="63"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="64"/>
        <source>Écritures proposées</source>
        <translation>Proposed entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="78"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="81"/>
        <source>&amp;Passer les écritures cochées</source>
        <translation>&amp;Book the ticked entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="175"/>
        <source>{} écriture de cette étape est déjà passée dans l&apos;exercice (en brouillard : supprimez-la dans la saisie pour la refaire) :</source>
        <translation>{} entry of this step is booked in the fiscal year already (as a draft: delete it in Entries to redo it):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="178"/>
        <source>{} écritures de cette étape sont déjà passées dans l&apos;exercice (en brouillard : supprimez-les dans la saisie pour les refaire) :</source>
        <translation>{} entries of this step are booked in the fiscal year already (as drafts: delete them in Entries to redo them):</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="185"/>
        <source>Rien à passer pour cette étape : vous pouvez continuer.</source>
        <translation>Nothing to book for this step: you may go on.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="187"/>
        <source>Décochez ce qui ne vous concerne pas ; vous pouvez aussi continuer sans rien passer.</source>
        <translation>Untick what does not apply; you may also go on without booking anything.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="223"/>
        <source>Les écritures n&apos;ont pas été passées.</source>
        <translation>The entries were not booked.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="227"/>
        <source>{} écriture de clôture passée en brouillard</source>
        <translation>{} year-end entry booked as a draft</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/closing_work_page.py" line="228"/>
        <source>{} écritures de clôture passées en brouillard</source>
        <translation>{} year-end entries booked as drafts</translation>
    </message>
</context>
<context>
    <name>YearCommands</name>
    <message>
        <location filename="../../src/assocompta/ui/year_commands.py" line="18"/>
        <source>ajout d&apos;un exercice</source>
        <translation>adding a fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/year_commands.py" line="26"/>
        <source>ajout de l&apos;exercice {}</source>
        <translation>adding fiscal year {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/year_commands.py" line="36"/>
        <source>Annulation impossible : {}.</source>
        <translation>Cannot undo: {}.</translation>
    </message>
</context>
<context>
    <name>YearsView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="33"/>
        <source>ANC 2018-06</source>
        <translation>ANC 2018-06</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="34"/>
        <source>ANC 2018-06 modifié (2025)</source>
        <translation>ANC 2018-06 amended (2025)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="35"/>
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="35"/>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="203"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="36"/>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="205"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="36"/>
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="37"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="37"/>
        <source>Écritures</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="52"/>
        <source>Exercices du livre</source>
        <translation>Fiscal years of the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="39"/>
        <source>Clôture guidée : vérifications, à-nouveaux de l&apos;exercice suivant, puis verrouillage définitif de l&apos;exercice choisi.</source>
        <translation>Guided closing: checks, opening entries (à-nouveaux) of the next fiscal year, then final locking of the chosen fiscal year.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="57"/>
        <source>A&amp;jouter un exercice…</source>
        <translation>&amp;Add a fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="59"/>
        <source>&amp;Clôturer l&apos;exercice…</source>
        <translation>&amp;Close the fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="62"/>
        <source>Affecter le résul&amp;tat…</source>
        <translation>Allocate the resul&amp;t…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="65"/>
        <source>Saisir les soldes d&apos;&amp;ouverture…</source>
        <translation>Enter the &amp;opening balances…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="69"/>
        <source>Le plan comptable d&apos;un exercice suit sa date de début : le plan modifié de 2025 s&apos;applique aux exercices ouverts à partir du 1er janvier 2025.</source>
        <translation>A fiscal year&apos;s chart of accounts follows its start date: the 2025 amended chart applies to fiscal years starting on or after 1 January 2025.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="93"/>
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="93"/>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="96"/>
        <source>Exercice affiché</source>
        <translation>Fiscal year shown</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="105"/>
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="119"/>
        <source>L&apos;exercice {} est clos : une clôture est définitive.</source>
        <translation>Fiscal year {} is closed: closing is final.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="140"/>
        <source>Les soldes des comptes bancaires et de la caisse au premier jour de l&apos;exercice (et le bilan précédent) : une écriture d&apos;à-nouveaux.</source>
        <translation>The balances of the bank accounts and the cash box on the fiscal year&apos;s first day (and the previous balance sheet): one opening entry.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="194"/>
        <source>Ajouter un exercice</source>
        <translation>Add a fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="195"/>
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="196"/>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="197"/>
        <source>Dates au format jj/mm/aaaa. Par défaut : le lendemain de la fin du dernier exercice, pour un an. Le plan comptable suit la date de début.</source>
        <translation>Dates as dd/mm/yyyy. By default: the day after the end of the last fiscal year, for one year. The chart of accounts follows the start date.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="208"/>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="215"/>
        <source>Exercice refusé.</source>
        <translation>Fiscal year refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="209"/>
        <source>{} : {}.</source>
        <translation>{}: {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="219"/>
        <source>Exercice ajouté</source>
        <translation>Fiscal year added</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="220"/>
        <source>L&apos;exercice {} est ajouté. À vérifier :</source>
        <translation>Fiscal year {} is added. To check:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="227"/>
        <source>Exercice {} ajouté, plan comptable : {}</source>
        <translation>Fiscal year {} added, chart of accounts: {}</translation>
    </message>
</context>
</TS>
