"""Writes membres_2025.xlsx (made-up members, as a secretary keeps them in Excel):
a title row, the header on row 3, postcodes and phones typed as numbers (Excel dropped their
leading 0), dates as dates, cotisations as numbers, a blank row and a total formula."""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "Adhérents 2025"
ws.append(["Adhérents saison 2025"])
ws.append([])
ws.append(["Civ.", "Nom", "Prénom", "Adresse", "CP", "Commune", "E-mail", "Tél.",
           "Montant (€)", "Adhésion", "Membre"])
ws.append(["Mme", "Le Goff", "Anne", "12 rue de Brest", 29000, "Quimper",
           "anne.legoff@example.fr", 612345678, 20, dt.datetime(2024, 9, 14), "oui"])
ws.append(["M", "Bernard", "Luc", "1 chemin du Moulin", 1000, "Bourg-en-Bresse",
           "luc.bernard@example.fr", None, 25.5, dt.datetime(2025, 1, 8), "x"])
ws.append([])
ws.append(["Mme", "Petit", "Camille", "5 rue Haute", 35000, "Rennes", None, None, 20, None,
           "non"])
ws.append([None, "Total", None, None, None, None, None, None, "=SUM(I4:I7)"])
wb.save(Path(__file__).with_name("membres_2025.xlsx"))
