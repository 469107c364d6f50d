"""A goal's ratings drawn as an SVG line chart on the server: no JavaScript, readable without
colour (each series has its own marker shape and dash pattern, and every point is labelled
with its value), with an accessible name and description (role="img" with <title> and <desc>).
The goal page puts the same ratings in a table beside it.

Pure: ratings in (RatingPoints), a ProgressChart out, whose `series` hold the plotted values
and positions, so tests can compare them with what the SVG says.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from math import ceil

from django.utils.safestring import SafeString, mark_safe

from . import scales
from .progress import RatingPoint
from .scales import Scale

WIDTH, HEIGHT = 560, 340
LEFT, RIGHT, TOP, BOTTOM = 72, WIDTH - 24, 72, HEIGHT - 72  # the plot area
INSET = 24  # keeps the first and last markers off the axes
MOST_DATE_LABELS = 5  # beyond this the dates would overlap: label every few
TEXT = "#0b0c0c"
GRID = "#b1b4b6"
# The page's own font (GOV.UK Frontend sets it on its classes, not on the body).
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class SeriesStyle:
    key: str
    name: str
    marker: str  # circle, square or diamond: shape, not colour, tells the series apart
    dash: str  # SVG stroke-dasharray; "" is a solid line
    colour: str
    legend: str


PERFORMANCE = SeriesStyle("performance", "Performance", "circle", "", "#1d70b8",
                          "Performance (solid line, circles)")
SATISFACTION = SeriesStyle("satisfaction", "Satisfaction", "square", "8 5", "#4c2c92",
                           "Satisfaction (dashed line, squares)")
LEVEL = SeriesStyle("level", "Level", "diamond", "", "#00703c", "Level (solid line, diamonds)")


@dataclass(frozen=True)
class PlottedPoint:
    rated_on: date
    value: int
    x: float
    y: float


@dataclass(frozen=True)
class PlottedSeries:
    style: SeriesStyle
    points: tuple[PlottedPoint, ...]


@dataclass(frozen=True)
class ProgressChart:
    chart_id: str
    title: str
    description: str
    lowest: int
    highest: int
    series: tuple[PlottedSeries, ...]
    svg: SafeString

    @property
    def empty(self) -> bool:
        return not self.series


def progress_chart(
    scale: str, points: Sequence[RatingPoint], *, title: str, description: str, chart_id: str
) -> ProgressChart:
    points = sorted(points, key=lambda point: point.rated_on)
    if scale == Scale.GAS:
        lowest, highest, styles = scales.GAS_LOWEST, scales.GAS_HIGHEST, (LEVEL,)
    else:
        lowest, highest = scales.COPM_LOWEST, scales.COPM_HIGHEST
        styles = (PERFORMANCE, SATISFACTION)
    if not points:
        return ProgressChart(chart_id, title, description, lowest, highest, (), mark_safe(""))
    x_of = _x_scale([point.rated_on for point in points])

    def y_of(value: int) -> float:
        return round(BOTTOM - (value - lowest) / (highest - lowest) * (BOTTOM - TOP), 1)

    series = tuple(
        PlottedSeries(style, tuple(
            PlottedPoint(point.rated_on, value, x_of(point.rated_on), y_of(value))
            for point in points
            if (value := getattr(point, style.key)) is not None
        ))
        for style in styles
    )
    chart = ProgressChart(chart_id, title, description, lowest, highest, series, mark_safe(""))
    svg = _draw(chart, scale, y_of, sorted({point.rated_on for point in points}), x_of)
    # Every word in the markup went through escape() in _draw.
    return ProgressChart(
        chart_id, title, description, lowest, highest, series, mark_safe(svg)  # noqa: S308
    )


def _x_scale(days: list[date]):
    first, last = min(days), max(days)
    span = (last - first).days
    left, right = LEFT + INSET, RIGHT - INSET

    def x_of(day: date) -> float:
        if span == 0:
            return round((left + right) / 2, 1)
        return round(left + (day - first).days / span * (right - left), 1)

    return x_of


def _marker(style: SeriesStyle, x: float, y: float, attributes: str) -> str:
    common = f'fill="{style.colour}" stroke="{TEXT}" stroke-width="1" {attributes}'
    if style.marker == "circle":
        return f'<circle cx="{x}" cy="{y}" r="6" {common}/>'
    if style.marker == "square":
        return f'<rect x="{x - 5.5}" y="{y - 5.5}" width="11" height="11" {common}/>'
    diamond = f"{x},{y - 8} {x + 8},{y} {x},{y + 8} {x - 8},{y}"
    return f'<polygon points="{diamond}" {common}/>'


def _date_label(day: date, previous: date | None) -> str:
    # The year only where it starts or changes, so labels stay short.
    same_year = previous is not None and previous.year == day.year
    return f"{day.day} {day:%b}" + ("" if same_year else f" {day.year}")


def _draw(chart: ProgressChart, scale: str, y_of, days: list[date], x_of) -> str:
    cid = escape(chart.chart_id)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="progress-chart" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" focusable="false" '
        f'aria-labelledby="{cid}-title {cid}-desc" font-size="16" fill="{TEXT}" '
        f'font-family="{FONT}">',
        f'<title id="{cid}-title">{escape(chart.title)}</title>',
        f'<desc id="{cid}-desc">{escape(chart.description)}</desc>',
    ]
    # Axis values and grid lines.
    axis_name = "Level" if scale == Scale.GAS else f"Score out of {chart.highest}"
    parts.append(f'<text x="{LEFT - 56}" y="{TOP - 16}">{axis_name}</text>')
    for value in range(chart.lowest, chart.highest + 1):
        y = y_of(value)
        label = scales.gas_number(value) if scale == Scale.GAS else str(value)
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{RIGHT}" y2="{y}" stroke="{GRID}" '
                     f'stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 10}" y="{y + 5}" text-anchor="end" '
                     f'class="progress-chart__axis-value">{label}</text>')
    if scale == Scale.GAS:
        y = y_of(scales.GAS_EXPECTED)
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{RIGHT}" y2="{y}" stroke="{TEXT}" '
                     f'stroke-width="2" stroke-dasharray="2 4" class="progress-chart__expected"/>')
    parts.append(f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="{TEXT}"/>')
    parts.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{BOTTOM}" stroke="{TEXT}"/>')
    step = ceil(len(days) / MOST_DATE_LABELS)
    shown = list(range(0, len(days), step))
    # The latest date is always labelled, in place of the neighbour it would crowd.
    shown[-1] = len(days) - 1
    labelled = {days[index] for index in shown}
    previous = None
    for day in days:
        if day in labelled:
            parts.append(f'<text x="{x_of(day)}" y="{BOTTOM + 44}" text-anchor="middle" '
                         f'class="progress-chart__date">{_date_label(day, previous)}</text>')
            previous = day
    # The series: a line, then a labelled marker at each rating.
    for number, series in enumerate(chart.series):
        style = series.style
        dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
        if len(series.points) > 1:
            line = " ".join(f"{point.x},{point.y}" for point in series.points)
            parts.append(f'<polyline points="{line}" fill="none" stroke="{style.colour}" '
                         f'stroke-width="3"{dash}/>')
        for point in series.points:
            data = (f'class="progress-chart__point" data-series="{style.key}" '
                    f'data-date="{point.rated_on.isoformat()}" data-value="{point.value}"')
            parts.append(_marker(style, point.x, point.y, data))
            above = _label_above(chart, number, point)
            label_y = point.y - 12 if above else point.y + 22
            shown = scales.gas_number(point.value) if scale == Scale.GAS else str(point.value)
            parts.append(f'<text x="{point.x}" y="{label_y}" text-anchor="middle" '
                         f'font-weight="bold" class="progress-chart__value" '
                         f'data-series="{style.key}">{shown}</text>')
    parts.extend(_legend(chart, scale))
    parts.append("</svg>")
    return "".join(parts)


def _label_above(chart: ProgressChart, number: int, point: PlottedPoint) -> bool:
    """With two series the higher value's label goes above its marker and the other's below,
    so labels on the same date do not overlap."""
    if len(chart.series) == 1:
        return True
    other = chart.series[1 - number]
    same_day = [p.value for p in other.points if p.rated_on == point.rated_on]
    if not same_day:
        return True
    return point.value > same_day[0] or (point.value == same_day[0] and number == 0)


def _legend(chart: ProgressChart, scale: str) -> list[str]:
    """One row per series (a row each keeps the words whole on a narrow screen)."""
    rows = [(series.style.colour, series.style.dash, series.style, series.style.legend)
            for series in chart.series]
    if scale == Scale.GAS:
        rows.append((TEXT, "2 4", None, "Expected outcome (0, dotted line)"))
    parts, x = [], LEFT - 56
    for number, (colour, dash, style, words) in enumerate(rows):
        y = 16 + 22 * number
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<line x1="{x}" y1="{y}" x2="{x + 36}" y2="{y}" stroke="{colour}" '
                     f'stroke-width="3"{dashed}/>')
        if style is not None:
            parts.append(_marker(style, x + 18, y, 'class="progress-chart__legend-marker"'))
        parts.append(f'<text x="{x + 46}" y="{y + 5}">{escape(words)}</text>')
    return parts
