"""Data only: regular-expression fragments the phrase tables of every language share."""

from __future__ import annotations

from typing import Final

W: Final = r"\w*"  # a stem's inflections: звільн|или, liberat|ed
NOT_COUNT: Final = r"(?!\s+(?:до|около|свыше|более|понад|близько|майже|up\s+to|about|over|more|nearly|almost)\b|\s+\d)"
# Numerals that end as verbs do («дев’ять», «п'ять», «двадцять», «пять», «десять»): never a finite verb.
NUMERAL_WORD: Final = (
    r"(?:п[’'ʼ]?ять|дев[’'ʼ]?ять|шість|сім|вісім|пять|шесть|семь|восемь|девять|\w*десят\w*|\w*дцят\w*|\w*дцат\w*)"
)
# A count that shares out the attacks the sentence before told («Було чотири атаки. Три в бік X і одна в бік Y», "Three
# towards X and one towards Y"): at a sentence's opening, or after «і», a comma or a dash inside it.
COUNT_SHARE_BEFORE: Final = (
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s[«\"“])|(?<=\sі\s)|(?<=\sи\s)|(?<=\sта\s)|(?<=\sand\s)|(?<=,\s))"
)
