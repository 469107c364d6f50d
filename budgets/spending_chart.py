"""Spending month by month as an SVG bar chart drawn on the server: no JavaScript, readable
without colour (bars are one colour, each labelled with its amount, and months are named under
them), with an accessible name and description (role="img", <title>, <desc>). The budget page
shows the same months in a table beside it, as the goals' progress chart does.
"""

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

from .figures import Month
from .money import pounds

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 16, WIDTH - 16, 40, HEIGHT - 48
TEXT, BAR, GRID = "#0b0c0c", "#1d70b8", "#b1b4b6"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class Bar:
    month: Month
    x: float
    height: float


@dataclass(frozen=True)
class SpendingChart:
    bars: tuple[Bar, ...]
    svg: SafeString


def spending_chart(months: list[Month], *, title: str, chart_id: str) -> SpendingChart:
    highest = max([month.spent for month in months] + [1])
    slot = (RIGHT - LEFT) / max(len(months), 1)
    bars = tuple(
        Bar(month, round(LEFT + slot * number + slot * 0.15, 1),
            round(max(month.spent, 0) / highest * (BOTTOM - TOP), 1))
        for number, month in enumerate(months)
    )
    total = sum(month.spent for month in months)
    description = (
        f"Spending in each month from {months[0].first_day:%B %Y} to "
        f"{months[-1].first_day:%B %Y}, {pounds(total)} in all. The table below gives each "
        "month's amount." if months else "No months to show."
    )
    cid = escape(chart_id)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="spending-chart" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" focusable="false" '
        f'aria-labelledby="{cid}-title {cid}-desc" font-size="14" fill="{TEXT}" '
        f'font-family="{FONT}">',
        f'<title id="{cid}-title">{escape(title)}</title>',
        f'<desc id="{cid}-desc">{escape(description)}</desc>',
        f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="{TEXT}"/>',
    ]
    width = round(slot * 0.7, 1)
    for bar in bars:
        top = round(BOTTOM - bar.height, 1)
        middle = round(bar.x + width / 2, 1)
        parts.append(
            f'<rect class="spending-chart__bar" x="{bar.x}" y="{top}" width="{width}" '
            f'height="{bar.height}" fill="{BAR}" stroke="{TEXT}" stroke-width="1" '
            f'data-month="{bar.month.first_day:%Y-%m}" data-pence="{bar.month.spent}"/>'
        )
        # Whole pounds above each bar: the table has the pence.
        label = f"£{(bar.month.spent + 50) // 100:,}"  # to the nearest pound, halves up
        parts.append(f'<text x="{middle}" y="{top - 6}" text-anchor="middle" '
                     f'font-size="12">{escape(label)}</text>')
        parts.append(f'<text x="{middle}" y="{BOTTOM + 20}" text-anchor="middle">'
                     f'{bar.month.first_day:%b}</text>')
        if bar.month.first_day.month in (1,) or bar is bars[0]:
            parts.append(f'<text x="{middle}" y="{BOTTOM + 38}" text-anchor="middle" '
                         f'font-size="12">{bar.month.first_day:%Y}</text>')
    parts.append("</svg>")
    # Every word in the markup went through escape() above.
    return SpendingChart(bars, mark_safe("".join(parts)))  # noqa: S308
