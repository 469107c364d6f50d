"""The progress chart, read back from its SVG as a screen reader or a test would: its name,
its description, and the values it plots where it says it plots them."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from portal.family.goals.progress import RatingPoint, summarise
from portal.family.goals.progress_chart import BOTTOM, TOP, progress_chart

NS = {"svg": "http://www.w3.org/2000/svg"}


def chart_for(scale, points, chart_id="goal-1"):
    return progress_chart(
        scale,
        points,
        title="Progress chart: Get dressed on my own",
        description=summarise(scale, points).text,
        chart_id=chart_id,
    )


def parse(chart):
    return ET.fromstring(str(chart.svg))  # noqa: S314 (our own markup, not untrusted input)


def plotted(svg, series):
    """(date, value) pairs of one series' markers, in drawing order."""
    return [
        (element.get("data-date"), int(element.get("data-value")))
        for element in svg.iter()
        if element.get("class") == "progress-chart__point" and element.get("data-series") == series
    ]


def labels(svg, series):
    return [
        element.text
        for element in svg.iter()
        if element.get("class") == "progress-chart__value" and element.get("data-series") == series
    ]


COPM_POINTS = [
    RatingPoint(date(2026, 3, 2), performance=3, satisfaction=4),
    RatingPoint(date(2026, 6, 1), performance=6, satisfaction=5),
    RatingPoint(date(2026, 4, 20), performance=4, satisfaction=4),
]


def test_the_chart_has_an_accessible_name_and_description():
    chart = chart_for("copm", COPM_POINTS)
    svg = parse(chart)

    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"svg:title[@id='{title_id}']", NS).text == (
        "Progress chart: Get dressed on my own"
    )
    assert svg.find(f"svg:desc[@id='{desc_id}']", NS).text.startswith(
        "Performance went from 3 to 6 since March: a meaningful change."
    )


def test_copm_plots_both_series_in_date_order_with_their_values_written_on():
    svg = parse(chart_for("copm", COPM_POINTS))

    assert plotted(svg, "performance") == [
        ("2026-03-02", 3), ("2026-04-20", 4), ("2026-06-01", 6)
    ]
    assert plotted(svg, "satisfaction") == [
        ("2026-03-02", 4), ("2026-04-20", 4), ("2026-06-01", 5)
    ]
    assert labels(svg, "performance") == ["3", "4", "6"]
    assert labels(svg, "satisfaction") == ["4", "4", "5"]


def test_the_series_differ_by_shape_and_dash_not_only_colour():
    svg = parse(chart_for("copm", COPM_POINTS))

    shapes = {
        element.get("data-series"): element.tag.split("}")[1]
        for element in svg.iter()
        if element.get("class") == "progress-chart__point"
    }
    lines = svg.findall("svg:polyline", NS)
    assert shapes == {"performance": "circle", "satisfaction": "rect"}
    assert [line.get("stroke-dasharray") for line in lines] == [None, "8 5"]
    legend = [text.text for text in svg.findall("svg:text", NS)]
    assert "Performance (solid line, circles)" in legend
    assert "Satisfaction (dashed line, squares)" in legend


def test_a_higher_score_is_drawn_higher_on_a_one_to_ten_axis():
    chart = chart_for("copm", COPM_POINTS)

    performance = chart.series[0].points
    assert [point.value for point in performance] == [3, 4, 6]
    assert performance[0].y > performance[1].y > performance[2].y
    assert performance[0].x < performance[1].x < performance[2].x
    # 1 sits on the bottom of the plot and 10 on its top: 3 is 2/9 of the way up.
    assert performance[0].y == pytest.approx(BOTTOM - (BOTTOM - TOP) * 2 / 9, abs=0.1)


def test_gas_plots_one_series_with_signed_levels_and_the_expected_line():
    points = [RatingPoint(date(2026, 3, 2), level=-2), RatingPoint(date(2026, 6, 2), level=0)]
    chart = chart_for("gas", points)
    svg = parse(chart)

    assert plotted(svg, "level") == [("2026-03-02", -2), ("2026-06-02", 0)]
    assert labels(svg, "level") == ["-2", "0"]
    assert [point.y for point in chart.series[0].points] == [BOTTOM, (BOTTOM + TOP) / 2]
    assert svg.find("svg:line[@class='progress-chart__expected']", NS) is not None
    assert svg.find("svg:desc", NS).text.endswith("The goal has reached the expected outcome.")


def test_one_rating_is_a_marker_without_a_line():
    svg = parse(chart_for("copm", [RatingPoint(date(2026, 3, 2), performance=3, satisfaction=4)]))

    assert plotted(svg, "performance") == [("2026-03-02", 3)]
    assert svg.findall("svg:polyline", NS) == []


def test_no_ratings_draws_nothing():
    chart = chart_for("copm", [])

    assert chart.empty
    assert str(chart.svg) == ""


def test_words_in_the_chart_are_escaped():
    chart = progress_chart(
        "gas", [RatingPoint(date(2026, 3, 2), level=1)],
        title="Say <hello> & wave", description="d", chart_id="x",
    )

    assert parse(chart).find("svg:title", NS).text == "Say <hello> & wave"


def test_many_dates_are_labelled_every_few_always_with_the_latest():
    from datetime import timedelta

    points = [
        RatingPoint(date(2026, 1, 5) + timedelta(days=14 * n), performance=5, satisfaction=5)
        for n in range(12)
    ]
    svg = parse(chart_for("copm", points))

    dates = [t.text for t in svg.iter() if t.get("class") == "progress-chart__date"]
    assert dates == ["5 Jan 2026", "16 Feb", "30 Mar", "8 Jun"]
    assert len(plotted(svg, "performance")) == 12  # every rating is still plotted
