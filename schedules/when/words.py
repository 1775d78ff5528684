"""The vocabulary: number words, months, weekdays, parts of day, ordinals, units, and the
normalised (lower-cased, accent-folded) text every rule scans."""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRANS = str.maketrans(
    {
        "é": "e",
        "è": "e",
        "ë": "e",
        "ê": "e",
        "ó": "o",
        "ò": "o",
        "ö": "o",
        "ô": "o",
        "á": "a",
        "à": "a",
        "ä": "a",
        "â": "a",
        "í": "i",
        "ì": "i",
        "ï": "i",
        "î": "i",
        "ú": "u",
        "ù": "u",
        "ü": "u",
        "û": "u",
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)

_UNITS_NL = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_NUMW: dict[str, int] = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
for _i, _u in enumerate(_UNITS_NL, start=1):
    for _t, _tv in (("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50)):
        _NUMW[f"{_u}en{_t}"] = _tv + _i


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMW_RE = _alt(_NUMW)
_HOURW = {k: v for k, v in _NUMW.items() if 1 <= v <= 24}
_HOURW_RE = _alt(_HOURW)
_HOURW_NOEEN_RE = _alt(k for k in _HOURW if k not in ("een", "one"))
_DAYW_RE = _alt(k for k, v in _NUMW.items() if 2 <= v <= 31)

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "febr"),
        ("maart", "march", "mrt", "maa", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("augustus", "august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _nm in _names:
        _MONTHS[_nm] = _n
_MON_RE = _alt(_MONTHS)
_MON_FULL = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "january february march june july august october".split()
)
# month-first ("December 3") only for names that are not also common words/names
_MON_FIRST_RE = _alt(k for k in _MONTHS if k not in ("jan", "mar", "maa", "mei"))

_WD_FULL: dict[str, int] = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WD_ABBR: dict[str, int] = {
    "ma": 0,
    "maa": 0,
    "di": 1,
    "din": 1,
    "wo": 2,
    "woe": 2,
    "do": 3,
    "don": 3,
    "vr": 4,
    "za": 5,
    "zat": 5,
    "zo": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_WD: dict[str, int] = {**_WD_FULL, **_WD_ABBR}
_WD_ABBR_RE = _alt(_WD_ABBR)
_WD_RE = _alt(_WD)
_WD_FULL_RE = _alt(_WD_FULL)

# part of day -> (code, default hour)
_POD: dict[str, str] = {
    "ochtend": "o",
    "morgen": "o",
    "ochtends": "o",
    "morgens": "o",
    "vroeg": "o",
    "morning": "o",
    "middag": "m",
    "middags": "m",
    "namiddag": "m",
    "namiddags": "m",
    "afternoon": "m",
    "avond": "a",
    "avonds": "a",
    "evening": "a",
    "tonight": "a",
    "nacht": "n",
    "nachts": "n",
    "night": "a",
}
_POD_HOUR = {"o": 9, "m": 14, "a": 20, "n": 23}
_POD_NL_RE = "ochtend|morgen|namiddag|middag|avond|nacht"
_POD_EN_RE = "morning|afternoon|evening|night"

_ORD: dict[str, int] = {
    "eerste": 1,
    "1e": 1,
    "1ste": 1,
    "first": 1,
    "1st": 1,
    "tweede": 2,
    "2e": 2,
    "2de": 2,
    "second": 2,
    "2nd": 2,
    "derde": 3,
    "3e": 3,
    "3de": 3,
    "third": 3,
    "3rd": 3,
    "vierde": 4,
    "4e": 4,
    "4de": 4,
    "fourth": 4,
    "4th": 4,
    "vijfde": 5,
    "5e": 5,
    "5de": 5,
    "fifth": 5,
    "5th": 5,
    "laatste": -1,
    "last": -1,
}
_ORD_RE = _alt(_ORD)

_UNIT_RE = (
    r"werkdagen|werkdag|dagen|dagjes|dagje|dag|weken|weekjes|weekje|week|wkn|wk|maanden|maandje|"
    r"maand|mnd|halfjaar|jaren|jaartje|jaar|jr|uren|uurtjes|uurtje|uur|minuten|minuutje|minuut|"
    r"mins|min|kwartiertje|kwartier|days|day|weeks|week|months|month|years|year|hours|hour|hrs|"
    r"hr|minutes|minute"
)
_AMOUNT_RE = (
    r"(?:\d{1,2}|" + _NUMW_RE + r")\s+en\s+een\s+hal(?:f|ve)|"
    r"\d{1,4}(?:[.,]\d{1,2})?|anderhalve|anderhalf|een\s+halve|een\s+half|a\s+half|half|halve|"
    r"an|a|" + _NUMW_RE
)

_SEP_WORDS = (
    r"t/m|tot\s+en\s+met|om|op|at|on|van|vanaf|tot|rond|omstreeks|around|de|het|the|in|en|and|t"
)
_GAP_RE = re.compile(r"(?:[\s,;:\-/()]|\b(?:" + _SEP_WORDS + r")\b)*")
_CONNECT_RE = re.compile(
    r"(?:\b(?:uiterlijk|voor|op|om|per|tot\s+en\s+met|t/m|tot|vanaf|on|at|by|before|until|"
    r"from|rond|omstreeks|around|na|after|in|deadline)\b[\s:]*)+$"
)
_BLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:nummer|nr|no|huisnummer|punt|agendapunt|bus|buslijn|lijn|tram|kamer|pagina|blz|"
    r"artikel|hoofdstuk|paragraaf|par|sectie|lid|versie|bijlage|paal|item|nummers|score|stand|"
    r"fase|stap|motie|amendement|besluit|klas|lokaal|zaal)|straat|laan|weg|plein|"
    r"kade|gracht|dijk|singel|steeg|pad|hof|€|eur|euro)\.?\s*$"
)
_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")


def _normalize(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_TRANS)


# Convention 31: after these words a period means its end ("uiterlijk volgende week"); a
# deadline may name what is due before a colon ("Deadline voor de stukken: volgende week")
_DEADLINE_BEFORE = re.compile(
    r"\b(?:uiterlijk|ten\s+laatste|deadline(?:\s+[^\W\d_]+){0,5}(?=\s*:)|deadline|af\s+op|"
    r"klaar\s+op)\s*[:\-]?\s*(?:(?:is|op|per)\s+)?$"
)


def _in_deadline(norm: str, start: int) -> bool:
    """Whether the date at ``start`` follows a deadline word (convention 31)."""
    return _DEADLINE_BEFORE.search(norm, max(0, start - 60), start) is not None
