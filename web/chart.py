"""Articles per site over time as plain SVG geometry, drawn on the server.

No chart library and nothing fetched: the page draws polylines from these numbers, so the
chart works without JavaScript and under a Content-Security-Policy that allows no inline code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

WIDTH, HEIGHT = 640, 220
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 16, 12, 28
# distinguishable on white and for the common colour-vision deficiencies (Okabe–Ito)
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")


@dataclass
class Line:
    site: str
    colour: str
    points: str  # "x,y x,y ..." for <polyline points>
    last: int  # articles at the last day
    end_x: float
    end_y: float


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    lines: list[Line] = field(default_factory=list)
    first_day: str = ""
    last_day: str = ""
    y_max: int = 0
    y_axis: float = PAD_LEFT
    x_axis: float = HEIGHT - PAD_BOTTOM


def articles_chart(growth: dict[str, list[tuple[str, int]]], max_lines: int = 8) -> Chart:
    """Step lines of live articles per site (the largest `max_lines` sites), day by day."""
    chart = Chart()
    series = {s: pts for s, pts in growth.items() if pts}
    if not series:
        return chart
    ranked = sorted(series, key=lambda s: -series[s][-1][1])[:max_lines]
    days = sorted({d for s in ranked for d, _ in series[s]})
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = max((last - first).days, 1)
    y_max = max(max(n for _, n in series[s]) for s in ranked) or 1
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def xy(day: str, n: int) -> tuple[float, float]:
        x = PAD_LEFT + inner_w * (date.fromisoformat(day) - first).days / span
        return round(x, 1), round(PAD_TOP + inner_h * (1 - n / y_max), 1)

    for i, site in enumerate(ranked):
        pts: list[tuple[float, float]] = []
        for day, n in series[site]:
            x, y = xy(day, n)
            if pts:
                pts.append((x, pts[-1][1]))  # hold the previous count until this day
            pts.append((x, y))
        if len(pts) == 1 or pts[-1][0] < PAD_LEFT + inner_w:
            pts.append((PAD_LEFT + inner_w, pts[-1][1]))  # and carry it to the chart's end
        chart.lines.append(
            Line(
                site=site,
                colour=COLOURS[i % len(COLOURS)],
                points=" ".join(f"{x},{y}" for x, y in pts),
                last=series[site][-1][1],
                end_x=pts[-1][0],
                end_y=pts[-1][1],
            )
        )
    chart.first_day, chart.last_day, chart.y_max = days[0], days[-1], y_max
    return chart
