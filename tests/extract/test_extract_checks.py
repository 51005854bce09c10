"""Consistency flags: kept and marked, never dropped."""

from __future__ import annotations

from extract.checks import WORKFORCE_CEILING, apply_checks
from extract.figures import extract_figures
from extract.model import Figure


def _fig(
    metric: str,
    value: float,
    segment: str | None = None,
    region: str | None = "74.71",
    as_of: str | None = "2025-06",
) -> Figure:
    unit = "percent" if metric == "coverage_pct" else "persons"
    return Figure(
        region, "Kota Kendari", metric, segment, value, unit, as_of, "month", "x", 0, 1, 0.9
    )


def test_segments_exceeding_total_are_flagged() -> None:
    figs = [
        _fig("active_participants", 1000),
        _fig("active_participants", 700, "PU"),
        _fig("active_participants", 500, "BPU"),
    ]
    apply_checks(figs)
    assert all("segments_exceed_total" in f.flags for f in figs)


def test_segments_within_total_are_not_flagged() -> None:
    figs = [
        _fig("active_participants", 1000),
        _fig("active_participants", 600, "PU"),
        _fig("active_participants", 400, "BPU"),
    ]
    apply_checks(figs)
    assert all(f.flags == [] for f in figs)


def test_a_part_of_a_segment_is_not_added_to_it() -> None:
    figs = [
        _fig("active_participants", 1000),
        _fig("active_participants", 600, "PU"),
        _fig("active_participants", 400, "BPU"),
        _fig("active_participants", 150, "BPU"),  # "150 pekerja rentan", of the 400
    ]
    apply_checks(figs)
    assert all(f.flags == [] for f in figs)


def test_one_segment_beside_the_total_is_no_sum() -> None:
    figs = [
        _fig("active_participants", 1000),
        _fig("active_participants", 900, "BPU"),
        _fig("active_participants", 300, "BPU"),
    ]
    apply_checks(figs)
    assert all(f.flags == [] for f in figs)


def test_percentage_disagreeing_with_count_over_labor_force() -> None:
    figs = [
        _fig("active_participants", 400),
        _fig("labor_force", 1000),
        _fig("coverage_pct", 45.0),
    ]
    apply_checks(figs)
    assert figs[2].flags == ["pct_mismatch"]
    ok = [_fig("active_participants", 400), _fig("labor_force", 1000), _fig("coverage_pct", 40.5)]
    apply_checks(ok)
    assert ok[2].flags == []


def test_percentage_agreeing_with_one_of_several_counts_is_not_flagged() -> None:
    # a subgroup's count ("dari 1.847 perangkat desa, yang terdaftar 1.102 orang") beside the
    # region's total: the percentage agrees with the total, so the article is consistent
    figs = [
        _fig("active_participants", 1102),
        _fig("active_participants", 142_561),
        _fig("labor_force", 373_490),
        _fig("coverage_pct", 38.17),
    ]
    apply_checks(figs)
    assert figs[3].flags == []
    figs[3] = _fig("coverage_pct", 45.0)  # agrees with neither count
    apply_checks(figs)
    assert figs[3].flags == ["pct_mismatch"]


def test_coverage_over_100() -> None:
    figs = [_fig("coverage_pct", 150.0)]
    apply_checks(figs)
    assert figs[0].flags == ["coverage_over_100"]


def test_count_above_plausible_workforce() -> None:
    city = _fig("active_participants", WORKFORCE_CEILING["city"] + 1)
    nation = _fig("active_participants", 45_000_000, region="ID")
    apply_checks([city, nation])
    assert city.flags == ["exceeds_workforce"]
    assert nation.flags == []


def test_flags_from_an_article_are_kept() -> None:
    text = (
        "KENDARI - Peserta aktif BPJS Ketenagakerjaan di Kota Kendari per Juni 2025 sebanyak "
        "50.000 orang, terdiri dari 40.000 orang penerima upah dan 20.000 orang bukan penerima "
        "upah. Jumlah itu setara 80 persen dari total 100.000 angkatan kerja di Kota Kendari."
    )
    figs = extract_figures(text)
    by_value = {f.value: f for f in figs}
    assert "segments_exceed_total" in by_value[50000].flags
    assert "segments_exceed_total" in by_value[40000].flags
    assert by_value[80.0].flags == ["pct_mismatch"]
    assert len(figs) == 5
