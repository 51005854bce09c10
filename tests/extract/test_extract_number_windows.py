"""The number classifier's fast window patterns against the readable patterns they stand for.

``extract.numbers`` reads the words before a number with reversed patterns matched once at the
number, and the words after it with one combined pattern. Each is checked here, on text built to
exercise it, against the patterns as they are naturally written (searched in the 30/25/20
characters either side, as the classifier reads them).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import numbers
from extract.textutil import fold

_SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# the words before a number, as written (on the lower-cased text, "$" also before a final "\n")
MONEY_BEFORE = re.compile(r"(?:\brp\.?|\bidr|\busd|\$|us\$)\s*$")
REF_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(numbers._REF_WORDS)})\.?\s*:?\s*|[/:#+]|[A-Za-z]-)$")
APPROX_BEFORE = re.compile(
    r"\b(?:sekitar|sekira|kurang lebih|kira-kira|lebih kurang|hampir|nyaris|±|\+/-)\s*$"
)
LOWER_BEFORE = re.compile(
    r"\b(?:lebih dari|lebih|di atas|diatas|minimal|sedikitnya|setidaknya|paling sedikit)\s*$"
)
UPPER_BEFORE = re.compile(
    r"\b(?:hampir|nyaris|kurang dari|belum mencapai|belum sampai|di bawah|dibawah|maksimal|"
    r"tidak sampai)\s*$"
)
# the words after it: at most one of these matches the 20 characters after a number
AFTER = {
    "money": re.compile(r"\s*(?:rupiah|dolar|dollar|usd)\b"),
    "percent": re.compile(r"\s*(?:persen(?:nya)?\b|prosen\b|%)"),
    "ref": re.compile(r"\s*[/:]\s*\d|\.\d|\s*(?:wib|wita|wit)\b"),
    "person": re.compile(
        r"\s*(?:orang|pekerja|peserta|tenaga|jiwa|buruh|karyawan|perusahaan|pemberi|badan)\b"
    ),
    "range": re.compile(r"\s*(?:-|–|hingga|sampai)\s*\d[\d.,]*\s*(?:ribu|juta)?\s*(persen|%)?"),
}
PERCENT_AFTER = AFTER["percent"]
PERSON_WORD = re.compile(r"^\s*(?:orang|pekerja|peserta)\b", re.IGNORECASE)
LOWER_AFTER = re.compile(r"^\s*(?:lebih|lebih banyak|ke atas)\b")


def _lower_after(after: str) -> bool:
    """ "500 orang lebih", "50 persen ke atas": past a percent sign, then a person word."""
    percent = PERCENT_AFTER.match(after)
    if percent is not None:
        after = after[percent.end() :]
    person = PERSON_WORD.match(after)
    if person is not None:
        after = after[person.end() :]
    return LOWER_AFTER.match(after) is not None


def _words(line: str) -> list[str]:
    return line.split()


_BEFORE_WORDS = _words(
    "rp rp. Rp idr usd $ us$ no no. nomor nmr pasal ayat uu pp inpres tahun thn th pukul jam ke "
    "tel telp hp wa rt rw km jalan jl jl. kode hotline call center nip nik : / # + a- X- sekitar "
    "sekira kurang lebih kira-kira ± +/- hampir nyaris lebih dari di atas diatas minimal "
    "sedikitnya setidaknya paling sedikit belum mencapai sampai di bawah dibawah maksimal tidak "
    "sebanyak mencapai peserta x . , ( 12"
)
_AFTER_WORDS = _words(
    "rupiah dolar dollar usd USD persen persennya prosen % / /2 : :3 .5 . 5 wib wita wit WITA "
    "orang Orang pekerja peserta tenaga jiwa buruh karyawan perusahaan pemberi badan - – — "
    "hingga sampai dengan ribu juta lebih banyak ke atas x , ( 2.000 35,5"
)
_GAPS = st.sampled_from(["", " ", "  ", "\n", "\t", " \n "])


def _pieces(words: tuple[str, ...] | list[str]) -> st.SearchStrategy[str]:
    word = st.sampled_from(words)
    return st.lists(st.tuples(word, _GAPS), max_size=8).map(
        lambda parts: "".join(w + g for w, g in parts)
    )


def _number_in(before: str, after: str) -> tuple[str, str, int, int]:
    """The lower-cased text with a number between ``before`` and ``after``, its reversed text
    and the number's offsets (as ``find_numbers`` reads them)."""
    text = fold(f"{before}4.321{after}")
    start = len(before)
    return text, text[::-1], start, start + len("4.321")


@_SETTINGS
@given(_pieces(_BEFORE_WORDS))
def test_money_and_references_before_are_those_of_the_written_patterns(before: str) -> None:
    text, rtext, start, _ = _number_in(before, "")
    window = text[max(0, start - 30) : start]
    at = len(text) - start
    got = numbers._BEFORE_REV.match(rtext, at, at + 30)
    if MONEY_BEFORE.search(window):
        assert got is not None and got.lastgroup == "money"
    elif REF_BEFORE.search(window):
        assert got is not None and got.lastgroup == "ref"
    else:
        assert got is None


@_SETTINGS
@given(_pieces(_BEFORE_WORDS), _pieces(_AFTER_WORDS))
def test_qualifiers_are_those_of_the_written_patterns(before: str, after: str) -> None:
    text, rtext, start, end = _number_in(before, after)
    window = text[max(0, start - 25) : start]
    upper = UPPER_BEFORE.search(window) is not None
    lower = LOWER_BEFORE.search(window) is not None or _lower_after(text[end : end + 25])
    expected_bound = "upper" if upper else ("lower" if lower else None)
    approx = APPROX_BEFORE.search(window) is not None
    assert numbers._qualifiers(text, rtext, start, end) == (approx, expected_bound)


@_SETTINGS
@given(_pieces(_AFTER_WORDS))
def test_what_follows_a_number_is_read_by_one_match(after: str) -> None:
    text, _, _, end = _number_in("", after)
    window = text[end : end + 20]
    found = {name for name, rx in AFTER.items() if rx.match(window)}
    assert len(found) <= 1, found  # the alternatives of the combined pattern exclude each other
    got = numbers._AFTER_RE.match(text, end, end + 20)
    assert (got.lastgroup if got else None) == (found.pop() if found else None)
    if got is not None and got.lastgroup == "range":
        written = AFTER["range"].match(window)
        assert written is not None and got.group("range_pct") == written.group(1)
