"""The association's identity: name and the SIREN/SIRET numbers funders and the FEC ask for."""

from __future__ import annotations

from .errors import ValidationError


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def clean_siren(text: str | None) -> str | None:
    """A SIREN as 9 digits (spaces allowed when typed), checked with its Luhn key."""
    if text is None or not text.strip():
        return None
    digits = "".join(text.split())
    if not (digits.isdigit() and digits.isascii() and len(digits) == 9):
        raise ValidationError(f"SIREN « {text} » : il faut 9 chiffres", field="SIREN")
    if not _luhn_ok(digits):
        raise ValidationError(f"SIREN « {text} » : numéro invalide (clé de contrôle fausse) ; "
                              "recopiez-le depuis l'avis de situation INSEE", field="SIREN")
    return digits


def clean_siret(text: str | None) -> str | None:
    """A SIRET as 14 digits (the SIREN then the establishment number)."""
    if text is None or not text.strip():
        return None
    digits = "".join(text.split())
    if not (digits.isdigit() and digits.isascii() and len(digits) == 14):
        raise ValidationError(f"SIRET « {text} » : il faut 14 chiffres", field="SIRET")
    # La Poste's establishments use a different key (sum of digits divisible by 5).
    if not (_luhn_ok(digits) or (digits.startswith("356000000")
                                 and sum(map(int, digits)) % 5 == 0)):
        raise ValidationError(f"SIRET « {text} » : numéro invalide (clé de contrôle fausse)",
                              field="SIRET")
    return digits


def clean_rna(text: str | None) -> str:
    """An RNA number (répertoire national des associations) as « W » and 9 digits, or ''
    when none is given (an association of Alsace-Moselle, registered at the tribunal, has
    none)."""
    if text is None or not text.strip():
        return ""
    kept = "".join(text.split()).upper()
    if not (len(kept) == 10 and kept[0] == "W" and kept[1:].isdigit() and kept[1:].isascii()):
        raise ValidationError(f"RNA « {text.strip()} » : il faut W suivi de 9 chiffres "
                              "(par exemple W352001234), comme sur le récépissé de la "
                              "préfecture", field="RNA")
    return kept
