"""The PE chart under /punten: matplotlib, imported only when a chart is asked for."""

from __future__ import annotations

import io
from datetime import date

from bot.dates import month_year
from bot.ledger import Activity, Progress
from bot.rules import NolocRules

COLOURS = ("#1b6ca8", "#f28e2b", "#76b7b2", "#e15759", "#59a14f")


def progress_chart(activities: list[Activity], progress: Progress, rules: NolocRules, today: date) -> bytes:
    """A PNG: points over time against the steady pace, and points per category stacked toward the total."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    period = progress.period
    counted = sorted((a for a in activities if a.done_on in period), key=lambda a: a.done_on)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 6.4), dpi=120, gridspec_kw={"height_ratios": [3, 1.3]})
    try:
        days, totals, running = [period.start], [0.0], 0.0
        for a in counted:
            running += a.points
            days.append(a.done_on)
            totals.append(running)
        days.append(min(today, period.end))
        totals.append(running)
        top.step(days, totals, where="post", color=COLOURS[0], linewidth=2.5, label="Jouw punten")
        top.plot([period.start, period.end], [0, rules.pe_total], "--", color="grey", label="Gelijkmatig tempo")
        top.axhline(rules.pe_total, color="black", linewidth=0.8)
        top.axvline(today, color=COLOURS[3], linewidth=1, linestyle=":", label="Vandaag")
        top.set_ylim(0, max(rules.pe_total, running) * 1.1)
        top.set_title(f"PE-punten {month_year(period.start)} – {month_year(period.end)}", fontsize=13)
        top.set_ylabel("punten", fontsize=11)
        top.legend(loc="upper left", fontsize=10)
        top.xaxis.set_major_locator(mdates.YearLocator())  # type: ignore[no-untyped-call]
        top.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))  # type: ignore[no-untyped-call]
        top.tick_params(labelsize=10)

        left = 0.0
        for colour, row in zip(COLOURS, progress.categories, strict=False):
            if row.counted:
                bottom.barh([0], [row.counted], left=left, color=colour, label=f"{row.category.short}")
                left += row.counted
        bottom.set_xlim(0, max(rules.pe_total, left) * 1.05)
        bottom.axvline(rules.pe_total, color="black", linewidth=1.5)
        bottom.text(rules.pe_total, 0, f"{rules.pe_total} ", va="center", ha="right", fontsize=11,
                    fontweight="bold")
        first = progress.categories[0].category if progress.categories else None
        if first is not None and first.min is not None:
            bottom.axvline(first.min, color=COLOURS[3], linewidth=2, linestyle="--",
                           label=f"minimum cat. {first.id} ({first.min})")
        bottom.set_yticks([])
        bottom.set_xlabel("punten per categorie", fontsize=11)
        bottom.legend(loc="upper center", bbox_to_anchor=(0.5, -0.45), ncol=2, fontsize=9, frameon=False)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
