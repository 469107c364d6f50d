"""Money is shown and typed one way; the spending chart says what the table says."""

from datetime import date

import pytest

from budgets.figures import Month
from budgets.money import parse_pounds, pounds
from budgets.spending_chart import spending_chart


@pytest.mark.parametrize(("pence", "shown"), [
    (0, "£0.00"), (5, "£0.05"), (123_456, "£1,234.56"), (-2_000, "minus £20.00"),
])
def test_pounds(pence, shown):
    assert pounds(pence) == shown


@pytest.mark.parametrize(("typed", "pence"), [
    ("55", 5_500), ("£1,250.5", 125_050), (" 0.99 ", 99), ("-250", -25_000),
    ("12.345", None), ("lots", None), ("1e3", None), ("", None),
])
def test_parse_pounds(typed, pence):
    assert parse_pounds(typed) == pence


def test_each_bar_is_labelled_with_its_amount_and_month():
    months = [Month(date(2026, 4, 1), 12_050), Month(date(2026, 5, 1), 0),
              Month(date(2026, 6, 1), 30_000)]

    chart = spending_chart(months, title="Spending", chart_id="c")

    assert [bar.month.spent for bar in chart.bars] == [12_050, 0, 30_000]
    assert chart.bars[2].height > chart.bars[0].height > chart.bars[1].height == 0
    svg = str(chart.svg)
    assert 'role="img"' in svg and "£420.50 in all" in svg
    assert ">£121<" in svg and ">£300<" in svg and ">Apr<" in svg and ">Jun<" in svg


def test_words_in_the_chart_are_escaped():
    chart = spending_chart([Month(date(2026, 4, 1), 1)], title="<b>Ada</b>", chart_id="x")

    assert "<b>" not in str(chart.svg)
