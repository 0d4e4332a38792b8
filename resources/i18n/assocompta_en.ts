<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../src/assocompta/ui/delegates/cells.py" line="44" />
        <source>Compte</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>BookSession</name>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="109" />
        <source>Livre vérifié et sauvegardé : prêt pour la saisie</source>
        <extracomment>what the last action changed (entry ids, a BudgetChange…); empty tuple: everything. (Never None through a PySide6 signal of ``object``: on Python 3.11 PySide 6.12 drops one reference to None per queued delivery, and the interpreter aborts at exit.) the background writer open failed so that the book cannot be used (damaged file)</extracomment>
        <translation>Book checked and backed up: ready for entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="112" />
        <source>Lecture seule : {}</source>
        <translation>Read-only: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/session.py" line="117" />
        <source>ouverture impossible : {!r}</source>
        <translation>could not open: {!r}</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="31" />
        <source>budget : {}</source>
        <translation>budget: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="44" />
        <source>budget : ajout {}</source>
        <translation>budget: add {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="60" />
        <source>budget : suppression {}</source>
        <translation>budget: delete {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/budget_commands.py" line="79" />
        <source>budget {} copié de {}</source>
        <translation>budget {} copied from {}</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="21" />
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="22" />
        <source>Poste du plan</source>
        <translation>Chart heading</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="23" />
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="24" />
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="25" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="26" />
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="27" />
        <source>Type de financeur</source>
        <translation>Funder type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="154" />
        <source>Le type de financeur se règle sur le tiers, dans Tiers et actions</source>
        <extracomment>the service field each editable column changes</extracomment>
        <translation>The funder type is set on the party, in Parties and actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/budget_model.py" line="179" />
        <source>champ {} : {}</source>
        <translation>field {}: {}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="56" />
        <source>Lignes du budget</source>
        <extracomment>the action filter's entry for lines of the association as a whole</extracomment>
        <translation>Budget lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="72" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="73" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="80" />
        <source>Filtre action</source>
        <translation>Action filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="83" />
        <source>&amp;Ajouter une ligne</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="84" />
        <source>&amp;Supprimer la ligne</source>
        <translation>&amp;Delete the line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="85" />
        <source>&amp;Copier depuis l'année précédente…</source>
        <translation>&amp;Copy from the previous year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="90" />
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="105" />
        <source>Totaux du budget</source>
        <translation>Budget totals</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="106" />
        <source>Équilibre charges et produits</source>
        <translation>Balance of expenses and income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="108" />
        <source>Équilibre des contributions volontaires</source>
        <translation>Balance of contributions in kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="151" />
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="152" />
        <source>Hors actions (association)</source>
        <translation>No action (association)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="173" />
        <source>{} lignes</source>
        <translation>{} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="173" />
        <source>{} ligne</source>
        <translation>{} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="175" />
        <source>Total des charges : {}   ·   Total des produits : {}   ·   {}</source>
        <translation>Total expenses: {}   ·   Total income: {}   ·   {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="178" />
        <source>✔ Charges = produits ({}) : budget équilibré</source>
        <translation>✔ Expenses = income ({}): balanced budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="182" />
        <source>✘ Excédent prévisionnel de {} : les produits dépassent les charges (ligne « Excédent prévisionnel » du CERFA)</source>
        <translation>✘ Budgeted surplus of {}: income exceeds expenses (CERFA line “Excédent prévisionnel”)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="187" />
        <source>✘ Insuffisance prévisionnelle de {} : les charges dépassent les produits (ligne « Insuffisance prévisionnelle » du CERFA)</source>
        <translation>✘ Budgeted deficit of {}: expenses exceed income (CERFA line “Insuffisance prévisionnelle”)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="193" />
        <source>{} Contributions volontaires : emplois (86) {} {} ressources (87) {}</source>
        <translation>{} Contributions in kind: uses (86) {} {} resources (87) {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="203" />
        <source>Exercice clos : son budget ne change plus</source>
        <translation>Closed fiscal year: its budget can no longer change</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="205" />
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="211" />
        <source>Aucun exercice avant celui-ci</source>
        <translation>No fiscal year before this one</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="236" />
        <source>Ligne de budget refusée.</source>
        <translation>Budget line refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="253" />
        <source>Suppression refusée.</source>
        <translation>Deletion refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="265" />
        <source>Copier le budget</source>
        <translation>Copy the budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="266" />
        <source>Remplacer les {} lignes du budget {} par la copie de {} ? Ctrl+Z revient en arrière.</source>
        <translation>Replace the {} lines of the {} budget with the copy of {}? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/budget_view.py" line="275" />
        <source>Copie du budget impossible.</source>
        <translation>The budget could not be copied.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="24" />
        <source>Fonds propres</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="25" />
        <source>Dettes</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="26" />
        <source>Actif</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="27" />
        <source>Charge</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="28" />
        <source>Produit</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="30" />
        <source>Contribution volontaire (emploi)</source>
        <translation>Contribution in kind (use)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="32" />
        <source>Contribution volontaire (ressource)</source>
        <translation>Contribution in kind (resource)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="34" />
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="35" />
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="36" />
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="37" />
        <source>Solde de l'exercice</source>
        <translation>Balance for the year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="55" />
        <source>Comptes de l'exercice</source>
        <translation>Accounts of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="63" />
        <source>Rechercher un compte (numéro ou mot du libellé)</source>
        <translation>Search for an account (number or word of the description)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="65" />
        <source>Rechercher un compte</source>
        <translation>Search for an account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="67" />
        <source>Afficher les comptes masqués</source>
        <translation>Show hidden accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="69" />
        <source>&amp;Ajouter un sous-compte…</source>
        <translation>&amp;Add a sub-account…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="70" />
        <source>&amp;Renommer…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="71" />
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="143" />
        <source>&amp;Masquer</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="84" />
        <source>Solde : D débiteur, C créditeur. Les comptes du plan officiel gardent leur libellé ; créez un sous-compte (ex. 7411 Subvention Ville) pour un libellé à vous.</source>
        <translation>Balance: D debit, C credit. Accounts of the official chart keep their description; create a sub-account (e.g. 7411 Town grant) for a description of your own.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="111" />
        <source>Sous-compte créé par l'association</source>
        <translation>Sub-account created by the association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="112" />
        <source>Compte du plan comptable officiel</source>
        <translation>Account of the official chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="114" />
        <source> ; masqué dans les listes de saisie</source>
        <translation>; hidden from the entry lists</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="120" />
        <source>{} comptes</source>
        <translation>{} accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="120" />
        <source>{} compte</source>
        <translation>{} account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="140" />
        <source>Les comptes du plan officiel gardent leur libellé : créez un sous-compte</source>
        <translation>Accounts of the official chart keep their description: create a sub-account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="142" />
        <source>Ré&amp;afficher</source>
        <translation>Un&amp;hide</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="144" />
        <source>Masquer : le compte n'est plus proposé à la saisie ; refusé s'il a des écritures sur l'exercice</source>
        <translation>Hide: the account is no longer offered for entries; refused if it has entries in the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="160" />
        <source>Ajouter un sous-compte</source>
        <translation>Add a sub-account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="161" />
        <source>&amp;Numéro</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="161" />
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="184" />
        <source>&amp;Libellé</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="162" />
        <source>Le numéro commence par celui d'un compte du plan (ex. 7411 sous 741) : le sous-compte en prend la place dans le compte de résultat et le bilan.</source>
        <translation>The number starts with that of an account of the chart (e.g. 7411 under 741): the sub-account takes its place in the income statement and the balance sheet.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="171" />
        <source>Sous-compte refusé.</source>
        <translation>Sub-account refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="182" />
        <source>Renommer le compte {}</source>
        <translation>Rename account {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="183" />
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="191" />
        <source>Renommage refusé.</source>
        <translation>Renaming refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/chart_view.py" line="204" />
        <source>Ce compte ne peut pas être masqué.</source>
        <translation>This account cannot be hidden.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/assocompta/ui/widgets/checks_panel.py" line="19" />
        <source>Contrôles du rapport</source>
        <translation>Report checks</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="75" />
        <source>&amp;Nouvelle association…</source>
        <translation>&amp;New association…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="77" />
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="78" />
        <source>Ouvrir l'&amp;exemple</source>
        <translation>Open the &amp;example</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="79" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="80" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="81" />
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/app.py" line="153" />
        <source>Aide d'AssoCompta</source>
        <translation>AssoCompta help</translation>
    </message>
</context>
<context>
    <name>CopyBudgetDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="28" />
        <source>Copier le budget {}</source>
        <translation>Copy the {} budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="32" />
        <source>Exercice copié</source>
        <translation>Fiscal year copied</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="33" />
        <source>son &amp;budget</source>
        <translation>its &amp;budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="34" />
        <source>son &amp;réalisé (les comptes de l'exercice)</source>
        <translation>its &amp;actuals (the accounts of the fiscal year)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="43" />
        <source>Variation en pourcentage</source>
        <translation>Change in per cent</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="47" />
        <source>%  (ex. 3 pour +3 %, -10 pour −10 %)</source>
        <translation>%  (e.g. 3 for +3%, -10 for −10%)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="50" />
        <source>Copier l'exercice</source>
        <translation>Copy the fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="51" />
        <source>en reprenant</source>
        <translation>taking</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="52" />
        <source>&amp;Variation</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="53" />
        <source>Le budget {} actuel est remplacé en entier (Ctrl+Z pour revenir en arrière).</source>
        <translation>The current {} budget is replaced entirely (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="61" />
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="62" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/copy_budget_dialog.py" line="76" />
        <source>Variation : {}</source>
        <translation>Change: {}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="28" />
        <source>Une dépense payée par la banque ou la caisse : compte de charge (6…).</source>
        <translation>An expense paid from the bank or the cash box: an expense account (6…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="30" />
        <source>Une recette reçue en banque ou en caisse : compte de produit (7…).</source>
        <translation>A receipt into the bank or the cash box: an income account (7…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="32" />
        <source>Un mouvement entre deux comptes de trésorerie (banque vers caisse…).</source>
        <translation>A transfer between two cash accounts (bank to cash box…).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="34" />
        <source>Bénévolat ou don en nature : le même montant en emploi (86) et en ressource (87).</source>
        <translation>Volunteer time or a donation in kind: the same amount as use (86) and resource (87).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="36" />
        <source>Une écriture de plusieurs lignes ; elle s'enregistre quand débit = crédit.</source>
        <translation>An entry of several lines; it can be saved when debit = credit.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="84" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="86" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="128" />
        <location filename="../../forms/entry_dialog.ui" line="170" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="154" />
        <source>Compte de &amp;charge</source>
        <translation>&amp;Expense account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="154" />
        <location filename="../../forms/entry_dialog.ui" line="80" />
        <source>&amp;Payé par</source>
        <translation>&amp;Paid from</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="155" />
        <source>Compte de &amp;produit</source>
        <translation>&amp;Income account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="155" />
        <source>&amp;Reçu sur</source>
        <translation>&amp;Received into</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="156" />
        <source>&amp;De</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="156" />
        <source>&amp;Emploi (86)</source>
        <translation>&amp;Use (86)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/entry_dialog.py" line="162" />
        <source>&amp;Ressource (87)</source>
        <translation>&amp;Resource (87)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="9" />
        <source>Saisie d'une écriture</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="15" />
        <source>Type d'écriture</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="33" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="39" />
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="40" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="45" />
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="51" />
        <source>1 234,56</source>
        <translation>1 234,56</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="52" />
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="57" />
        <source>&amp;Libellé</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="63" />
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="68" />
        <source>&amp;Compte</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="74" />
        <source>numéro ou mot du libellé (ex. tél)</source>
        <translation>number or a word of its name (e.g. tél)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="75" />
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="86" />
        <source>Compte de trésorerie</source>
        <translation>Cash account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="91" />
        <source>&amp;Vers</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="97" />
        <source>Second compte</source>
        <translation>Second account</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="102" />
        <source>&amp;Pièce</source>
        <translation>&amp;Voucher</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="108" />
        <source>n° de facture, de chèque…</source>
        <translation>invoice or cheque number…</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="109" />
        <source>Pièce</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="114" />
        <source>&amp;Tiers</source>
        <translation>&amp;Party</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="121" />
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="126" />
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="132" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="137" />
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="143" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="150" />
        <source>Lignes de l'écriture</source>
        <translation>Lines of the entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="157" />
        <source>Ajouter une &amp;ligne</source>
        <translation>Add a &amp;line</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="162" />
        <source>Écart débit crédit</source>
        <translation>Debit credit difference</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="57" />
        <source>du jj/mm/aaaa</source>
        <translation>from dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="58" />
        <source>au jj/mm/aaaa</source>
        <translation>to dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="60" />
        <source>compte (62, tél…)</source>
        <translation>account (62, tél…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="62" />
        <source>Rechercher (libellé, pièce, tiers)</source>
        <translation>Search (description, voucher, party)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="64" />
        <source>montant min</source>
        <translation>min amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="65" />
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="66" />
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="75" />
        <source>Période du</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="75" />
        <source>Période au</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="76" />
        <source>Filtre compte</source>
        <translation>Account filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="76" />
        <source>Filtre journal</source>
        <translation>Journal filter</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="77" />
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="77" />
        <source>Montant minimum</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="78" />
        <source>Montant maximum</source>
        <translation>Maximum amount</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="97" />
        <source>Tous les journaux</source>
        <translation>All journals</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="136" />
        <source>compte « {} » : tapez un numéro ou choisissez un compte</source>
        <translation>account “{}”: type a number or choose an account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="142" />
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>GrandLivreView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="26" />
        <source>Compte du grand livre</source>
        <translation>General ledger account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="28" />
        <source>Compte : numéro ou mot du libellé (ex. 512, banque)</source>
        <translation>Account: number or a word of its name (e.g. 512, banque)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="33" />
        <source>Lignes du compte</source>
        <translation>Lines of the account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="40" />
        <source>Compte :</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/grand_livre_view.py" line="78" />
        <source>chargement…</source>
        <translation>loading…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="5" />
        <source>Dépense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="6" />
        <source>Recette</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="7" />
        <source>Virement</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="8" />
        <source>Contribution volontaire</source>
        <translation>Contribution in kind</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/kinds.py" line="9" />
        <source>Écriture libre</source>
        <translation>Free entry</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="37" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="38" />
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="39" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="41" />
        <source>Pièce</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="42" />
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="43" />
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="45" />
        <source>Tiers</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="47" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="49" />
        <source>Débit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="50" />
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/ledger_model.py" line="52" />
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="158" />
        <source>Journal des écritures</source>
        <translation>Journal of entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="175" />
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="176" />
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="210" />
        <source>{} lignes</source>
        <translation>{} lines</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="210" />
        <source>{} ligne</source>
        <translation>{} line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="212" />
        <source> (chargement…)</source>
        <translation> (loading…)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="220" />
        <source>Exercice clos : les corrections sont de nouvelles écritures dans l'exercice ouvert</source>
        <translation>Closed fiscal year: corrections are new entries in the open year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="223" />
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="257" />
        <source>Cette écriture ne peut pas être modifiée.</source>
        <translation>This entry cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="269" />
        <source>Supprimer l'écriture</source>
        <translation>Delete the entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="270" />
        <source>Supprimer cette écriture ? Les écritures suivantes sont renumérotées. Vous pourrez annuler avec Ctrl+Z.</source>
        <translation>Delete this entry? The following entries are renumbered. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/ledger_view.py" line="277" />
        <source>Suppression refusée.</source>
        <translation>Deletion refused.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="27" />
        <source>Saisie</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="28" />
        <source>Grand livre</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="30" />
        <source>Compte de résultat</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="32" />
        <source>Bilan</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="33" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="34" />
        <source>Budget vs réalisé</source>
        <translation>Budget vs actual</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="35" />
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="36" />
        <source>Tiers et actions</source>
        <translation>Parties and actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="38" />
        <source>Exercices</source>
        <translation>Fiscal years</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="66" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="87" />
        <source>Solde de la banque</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="88" />
        <source>Résultat de l'exercice</source>
        <translation>Result of the year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="90" />
        <source>·</source>
        <translation>·</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="111" />
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="114" />
        <source> Exercice : </source>
        <translation> Fiscal year: </translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="116" />
        <source>Exercice affiché</source>
        <translation>Fiscal year shown</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="121" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="123" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="131" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="136" />
        <source>&amp;Importer un FEC…</source>
        <translation>&amp;Import a FEC…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="140" />
        <source>&amp;Exporter la vue…</source>
        <translation>&amp;Export the view…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="144" />
        <source>Fermer le livre</source>
        <translation>Close the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="152" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="155" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="160" />
        <source>&amp;Saisie</source>
        <translation>E&amp;ntries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="172" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="179" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="187" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="195" />
        <source>La langue choisie s'appliquera au prochain démarrage.</source>
        <translation>The chosen language applies from the next start.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="240" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="240" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="241" />
        <source>CSV pour tableur (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="243" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="254" />
        <source>Export de {}…</source>
        <translation>Exporting {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="256" />
        <location filename="../../src/assocompta/ui/main_window.py" line="260" />
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="266" />
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="270" />
        <source>Importer un FEC</source>
        <translation>Import a FEC</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="271" />
        <source>Fichier des écritures comptables (*.txt *.csv)</source>
        <translation>FEC file (*.txt *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="323" />
        <source>Aucun exercice</source>
        <translation>No fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="327" />
        <source>Banque : {}</source>
        <translation>Bank: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="328" />
        <source>Excédent {} à ce jour : {}</source>
        <translation>Surplus {} to date: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/main_window.py" line="329" />
        <source>Déficit {} à ce jour : {}</source>
        <translation>Deficit {} to date: {}</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <location filename="../../src/assocompta/ui/delegates/cells.py" line="22" />
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>NewBookDialog</name>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="9" />
        <source>Nouvelle association</source>
        <translation>New association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="33" />
        <source>9 chiffres (facultatif)</source>
        <translation>9 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="97" />
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="16" />
        <source>&amp;Nom de l'association</source>
        <translation>&amp;Name of the association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="22" />
        <source>Nom de l'association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="27" />
        <source>&amp;SIREN</source>
        <translation>&amp;SIREN</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="34" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="39" />
        <source>&amp;Adresse du siège</source>
        <translation>&amp;Registered address</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="45" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="50" />
        <source>&amp;Début du premier exercice</source>
        <translation>&amp;Start of the first fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="56" />
        <location filename="../../forms/new_book_dialog.ui" line="68" />
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="57" />
        <source>Début d'exercice</source>
        <translation>Start of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="62" />
        <source>&amp;Fin du premier exercice</source>
        <translation>&amp;End of the first fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="69" />
        <source>Fin d'exercice</source>
        <translation>End of the fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="74" />
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="84" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/new_book_dialog.ui" line="107" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="31" />
        <source>Créer</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="32" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="49" />
        <location filename="../../forms/new_book_dialog.ui" line="92" />
        <source>Fichier du livre</source>
        <translation>Book file</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="51" />
        <source>Livre AssoCompta (*.assocompta)</source>
        <translation>AssoCompta book (*.assocompta)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/new_book_dialog.py" line="67" />
        <source>Nom de l'association : obligatoire.</source>
        <translation>Name of the association: required.</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="28" />
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="29" />
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="30" />
        <source>Adhérent</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="31" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="54" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="177" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="215" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="54" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="51" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="52" />
        <source>Catégorie de financeur (CERFA)</source>
        <translation>Funder category (CERFA)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="53" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="71" />
        <source>Tiers</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="54" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="56" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="73" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="57" />
        <source>Ajouter un &amp;tiers…</source>
        <translation>Add a &amp;party…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="58" />
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="59" />
        <source>Ajouter une &amp;action…</source>
        <translation>Add an &amp;action…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="60" />
        <source>Mo&amp;difier…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="61" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="125" />
        <source>Dé&amp;sactiver</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="107" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="107" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="109" />
        <source>Inactive : plus proposée à la saisie</source>
        <translation>Inactive: no longer offered for entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="124" />
        <source>Ré&amp;activer</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="144" />
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="145" />
        <source>&amp;Catégorie de financeur</source>
        <translation>Funder &amp;category</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="146" />
        <source>(aucune : pas une subvention)</source>
        <translation>(none: not a grant)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="150" />
        <source>La catégorie range les subventions (74) du tiers dans le budget CERFA n° 12156 : État, région, commune…</source>
        <translation>The category files the party's grants (74) in the CERFA no. 12156 budget: State, region, municipality…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="156" />
        <source>Ajouter un tiers</source>
        <translation>Add a party</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="157" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="194" />
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="157" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="177" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="195" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="216" />
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="165" />
        <source>Tiers refusé.</source>
        <translation>Party refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="176" />
        <source>Modifier le tiers {}</source>
        <translation>Edit party {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="185" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="222" />
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="234" />
        <source>Modification refusée.</source>
        <translation>Change refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="193" />
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="196" />
        <source>Le code sert à la saisie et dans les fichiers de budget (ex. FETE).</source>
        <translation>The code is used for entries and in budget files (e.g. FETE).</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="204" />
        <source>Action refusée.</source>
        <translation>Action refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/parties_view.py" line="214" />
        <source>Modifier l'action {}</source>
        <translation>Edit action {}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="193" />
        <source>Libellé</source>
        <extracomment>(account row, limit) → (its first ``limit`` lines in date order, how many there are)</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="256" />
        <source>Double-clic : grand livre de ce compte</source>
        <translation>Double-click: general ledger of this account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="258" />
        <source>Double-clic : modifier l'écriture</source>
        <translation>Double-click: edit the entry</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="260" />
        <source>Les écritures suivantes sont au grand livre (double-clic sur le compte)</source>
        <translation>The following entries are in the general ledger (double-click the account)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="270" />
        <source>{}  n° {}  {}</source>
        <translation>{}  no. {}  {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="272" />
        <source>… {} autres écritures</source>
        <translation>… {} more entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/models/report_model.py" line="274" />
        <source>… {} autre écriture</source>
        <translation>… {} more entry</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="23" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="24" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="25" />
        <source>CSV pour tableur (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="55" />
        <source>Exporter {}…</source>
        <translation>Export {}…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="57" />
        <source>Enregistrer le rapport affiché en {}</source>
        <translation>Save the report shown as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="67" />
        <source>Exporter en {}</source>
        <translation>Export as {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="79" />
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="81" />
        <source>Exporté : {}</source>
        <translation>Exported: {}</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="98" />
        <source>Détail par compte</source>
        <translation>Detail by account</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="100" />
        <source>Montrer les comptes sous chaque ligne ; déplier un compte montre ses écritures</source>
        <translation>Show the accounts under each line; expanding an account shows its entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="214" />
        <source>Lecture seule : l'écriture ne peut pas être modifiée</source>
        <translation>Read-only: the entry cannot be changed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/report_view.py" line="219" />
        <source>Cette écriture ne peut pas être modifiée.</source>
        <translation>This entry cannot be changed.</translation>
    </message>
</context>
<context>
    <name>SuiviView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="79" />
        <source>Action suivie</source>
        <translation>Action followed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="84" />
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="90" />
        <source>Budget et réalisé par ligne du CERFA</source>
        <translation>Budget and actual by CERFA line</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="99" />
        <source>Graphique budget et réalisé par rubrique</source>
        <translation>Chart of budget and actual by heading</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="144" />
        <source>Toute l'association</source>
        <translation>The whole association</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="161" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="162" />
        <source>Réalisé</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="176" />
        <source>Rubriques du CERFA (60 à 69 : charges ; 70 à 79 : produits)</source>
        <translation>CERFA headings (60 to 69: expenses; 70 to 79: income)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/suivi_view.py" line="193" />
        <source>{}
Budget : {}
Réalisé : {}</source>
        <translation>{}
Budget: {}
Actual: {}</translation>
    </message>
</context>
<context>
    <name>TextFieldsDialog</name>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/text_fields_dialog.py" line="46" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/dialogs/text_fields_dialog.py" line="47" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="22" />
        <location filename="../../src/assocompta/ui/welcome.py" line="23" />
        <source>AssoCompta</source>
        <translation>AssoCompta</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="28" />
        <source>La comptabilité et les budgets de votre association, sur votre ordinateur.</source>
        <translation>Your association's books and budgets, on your computer.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="32" />
        <source>Livres récents</source>
        <translation>Recent books</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="34" />
        <source>Aucun livre ouvert récemment.</source>
        <translation>No book opened recently.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="37" />
        <source>Nouvelle association…</source>
        <translation>New association…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="38" />
        <source>Ouvrir un livre…</source>
        <translation>Open a book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="39" />
        <source>Ouvrir l'exemple</source>
        <translation>Open the example</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="48" />
        <source>&lt;b&gt;Livres récents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent books&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/welcome.py" line="69" />
        <source>{} (introuvable)</source>
        <translation>{} (not found)</translation>
    </message>
</context>
<context>
    <name>YearsView</name>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="23" />
        <source>ANC 2018-06</source>
        <translation>ANC 2018-06</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="24" />
        <source>ANC 2018-06 modifié (2025)</source>
        <translation>ANC 2018-06 amended (2025)</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="25" />
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="25" />
        <location filename="../../src/assocompta/ui/views/years_view.py" line="102" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="26" />
        <location filename="../../src/assocompta/ui/views/years_view.py" line="104" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="26" />
        <source>Plan comptable</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="27" />
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="27" />
        <source>Écritures</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="29" />
        <source>La clôture d'exercice (à-nouveaux, verrouillage des écritures) arrive dans une prochaine version.</source>
        <translation>Year-end closing (opening balances, locking of entries) is coming in a future version.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="42" />
        <source>Exercices du livre</source>
        <translation>Fiscal years of the book</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="49" />
        <source>&amp;Ajouter un exercice…</source>
        <translation>&amp;Add a fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="51" />
        <source>&amp;Clore l'exercice…</source>
        <translation>&amp;Close the fiscal year…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="54" />
        <source>Le plan comptable d'un exercice suit sa date de début : le plan modifié de 2025 s'applique aux exercices ouverts à partir du 1er janvier 2025.</source>
        <translation>A fiscal year's chart of accounts follows its start date: the 2025 amended chart applies to fiscal years starting on or after 1 January 2025.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="76" />
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="76" />
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="79" />
        <source>Exercice affiché</source>
        <translation>Fiscal year shown</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="85" />
        <source>Vérification du livre en cours…</source>
        <translation>Checking the book…</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="93" />
        <source>Ajouter un exercice</source>
        <translation>Add a fiscal year</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="94" />
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="95" />
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="96" />
        <source>Dates au format jj/mm/aaaa. Par défaut : le lendemain de la fin du dernier exercice, pour un an. Le plan comptable suit la date de début.</source>
        <translation>Dates as dd/mm/yyyy. By default: the day after the end of the last fiscal year, for one year. The chart of accounts follows the start date.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="107" />
        <location filename="../../src/assocompta/ui/views/years_view.py" line="113" />
        <source>Exercice refusé.</source>
        <translation>Fiscal year refused.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="108" />
        <source>{} : {}.</source>
        <translation>{}: {}.</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="117" />
        <source>Exercice ajouté</source>
        <translation>Fiscal year added</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="118" />
        <source>L'exercice {} est ajouté. À vérifier :</source>
        <translation>Fiscal year {} is added. To check:</translation>
    </message>
    <message>
        <location filename="../../src/assocompta/ui/views/years_view.py" line="125" />
        <source>Exercice {} ajouté, plan comptable : {}</source>
        <translation>Fiscal year {} added, chart of accounts: {}</translation>
    </message>
</context>
</TS>