"""Charts of stored series with matplotlib (Agg backend, no display, no network).

One line per region and segment; each point is sized by its number of independent sources and
labelled with it; points whose sources disagree get a red ring and a note with the other
values; undated figures (placed at their publication date) are drawn hollow.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storage.series import SeriesRow, format_value


def _matplotlib() -> object:
    try:
        import matplotlib
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'pantau[analysis]'") from None
    matplotlib.use("Agg")
    return matplotlib


def _size(sources: int) -> float:
    return 30.0 + 45.0 * (max(sources, 1) - 1)


def plot_series(
    lines: Sequence[tuple[str, Sequence[SeriesRow]]],
    out: str | Path,
    *,
    title: str,
    ylabel: str,
) -> int:
    """Draw ``(label, rows)`` lines into a PNG at ``out``; return the number of points drawn."""
    _matplotlib()
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(11, 6), dpi=110)
    drawn: list[SeriesRow] = []
    for label, rows in lines:
        if not rows:
            continue
        dates = [float(mdates.date2num(row.as_of_date)) for row in rows]
        (line,) = axes.plot(
            dates, [row.value for row in rows], "-", linewidth=1.4, alpha=0.7, label=label
        )
        for x, row in zip(dates, rows, strict=True):
            _draw_point(axes, x, row, line.get_color())
        drawn.extend(rows)
    _decorate(axes, title, ylabel)
    _legend(
        axes,
        conflicts=any(row.conflict for row in drawn),
        undated=any(_undated(row) for row in drawn),
    )
    if not drawn:
        axes.text(0.5, 0.5, "no figures stored", ha="center", va="center", transform=axes.transAxes)
    figure.autofmt_xdate()
    figure.tight_layout()
    try:
        _save(figure, Path(out))
    finally:
        plt.close(figure)
    return len(drawn)


def _undated(row: SeriesRow) -> bool:
    return row.precision in ("published", "fetched")


def _draw_point(axes: Any, x: float, row: SeriesRow, color: Any) -> None:
    """The point (hollow when undated, sized by sources), its source count and conflicts."""
    size = _size(row.n_sources)
    axes.scatter([x], [row.value], s=size, facecolors="white" if _undated(row) else color,
                 edgecolors=color, linewidths=1.5, zorder=3)  # fmt: skip
    axes.annotate(str(row.n_sources), (x, row.value), textcoords="offset points",
                  xytext=(0, 9), ha="center", fontsize=8, color="#333333")  # fmt: skip
    if not row.conflict:
        return
    axes.scatter([x], [row.value], s=size + 120, facecolors="none", edgecolors="red",
                 linewidths=1.8, zorder=4)  # fmt: skip
    others = ", ".join(
        f"{format_value(v.value, v.unit)} ({v.sources})" for v in row.values if not v.headline
    )
    axes.annotate(f"also: {others}", (x, row.value), textcoords="offset points",
                  xytext=(8, -14), fontsize=7, color="red")  # fmt: skip


def _decorate(axes: Any, title: str, ylabel: str) -> None:
    import matplotlib.dates as mdates

    axes.set_title(title)
    axes.set_ylabel(ylabel)
    axes.grid(True, alpha=0.3)
    locator = mdates.AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.yaxis.set_major_formatter(
        lambda value, _: f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"
    )


def _legend(axes: Any, *, conflicts: bool, undated: bool) -> None:
    from matplotlib.lines import Line2D

    handles, _ = axes.get_legend_handles_labels()
    handles.append(
        Line2D([], [], marker="o", linestyle="", color="grey", label="number = independent sources")
    )
    if conflicts:
        handles.append(
            Line2D([], [], marker="o", linestyle="", markerfacecolor="none",
                   markeredgecolor="red", markersize=10, label="sources disagree")
        )  # fmt: skip
    if undated:
        handles.append(
            Line2D([], [], marker="o", linestyle="", markerfacecolor="white",
                   markeredgecolor="grey", label="undated (publication date)")
        )  # fmt: skip
    axes.legend(handles=handles, loc="best", fontsize=8)


def _save(figure: Any, target: Path) -> None:
    """Write to a temporary file and rename: no half-written chart is left behind."""
    temporary = target.with_name(f".{target.name}.part.png")
    try:
        figure.savefig(temporary, format="png")
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
