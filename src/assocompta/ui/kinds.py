"""The kinds of entry the forms offer, in the order of the tabs and the Saisie menu."""

KINDS = (("depense", "Dépense"), ("recette", "Recette"), ("virement", "Virement"),
         ("contribution", "Contribution volontaire"), ("libre", "Écriture libre"))
