"""Data only: regular-expression fragments the phrase tables of every language share."""

from __future__ import annotations

from typing import Final

W: Final = r"\w*"  # a stem's inflections: звільн|или, liberat|ed
NOT_COUNT: Final = r"(?!\s+(?:до|около|свыше|более|понад|близько|майже|up\s+to|about|over|more|nearly|almost)\b|\s+\d)"
# Numerals that end as verbs do («дев’ять», «п'ять», «двадцять», «пять», «десять»): never a finite verb.
NUMERAL_WORD: Final = (
    r"(?:п[’'ʼ]?ять|дев[’'ʼ]?ять|шість|сім|вісім|пять|шесть|семь|восемь|девять|\w*десят\w*|\w*дцят\w*|\w*дцат\w*)"
)
