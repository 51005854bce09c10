"""The topic gate."""

import pytest

from crawler.topic import TopicGate


@pytest.mark.parametrize(
    "text",
    [
        "BPJS Ketenagakerjaan Kendari",
        "bpjs   KETENAGAKERJAAN",
        "BPJamsostek Sultra",
        "kantor BP Jamsostek",
        "program Jamsostek",
    ],
)
def test_matches_keywords(text: str) -> None:
    assert TopicGate().matches(text)


@pytest.mark.parametrize("text", ["BPJS Kesehatan", "Festival Budaya Kendari", "", None])
def test_rejects_other_topics(text: str | None) -> None:
    assert not TopicGate().matches(text)


def test_custom_keywords_and_empty_list() -> None:
    gate = TopicGate(["pekerja migran"])
    assert gate.matches(None, "Pekerja  Migran Indonesia")
    assert not gate.matches("BPJS Ketenagakerjaan")
    with pytest.raises(ValueError, match="at least one keyword"):
        TopicGate(["  "])
