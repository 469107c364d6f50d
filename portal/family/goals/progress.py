"""A goal's progress in plain words: "Performance went from 3 to 6 since March: a meaningful
change." Pure: takes the ratings as RatingPoints (oldest first), so the goal page, the goals
list and the tests all get the same sentence from the same numbers.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import scales
from .scales import Scale


@dataclass(frozen=True)
class RatingPoint:
    """One rating's numbers: performance and satisfaction for COPM, level for GAS."""

    rated_on: date
    performance: int | None = None
    satisfaction: int | None = None
    level: int | None = None


@dataclass(frozen=True)
class ProgressSummary:
    sentences: tuple[str, ...]
    # Words for the highlight ("Meaningful change"), shown as text, never as colour alone;
    # empty when there is nothing to highlight.
    highlight: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def highlighted(self) -> bool:
        return bool(self.highlight)


MEANINGFUL = "Meaningful change"
EXPECTED_REACHED = "Expected outcome reached"
NO_RATINGS = "No ratings yet. Add the first rating to start the chart."


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _since(first: date, last: date) -> str:
    # "since March" reads naturally within a year; across a new year the year is needed.
    return f"since {first:%B}" if first.year == last.year else f"since {first:%B %Y}"


def summarise(scale: str, points: Sequence[RatingPoint]) -> ProgressSummary:
    points = sorted(points, key=lambda point: point.rated_on)
    if not points:
        return ProgressSummary((NO_RATINGS,))
    if scale == Scale.GAS:
        return _summarise_gas(points)
    return _summarise_copm(points)


def _summarise_copm(points: list[RatingPoint]) -> ProgressSummary:
    first, last = points[0], points[-1]
    if len(points) == 1:
        return ProgressSummary((
            f"Performance is {first.performance} and satisfaction is {first.satisfaction} "
            f"out of {scales.COPM_HIGHEST}, from the first rating on {long_date(first.rated_on)}.",
            "Add another rating to see the change.",
        ))
    since = _since(first.rated_on, last.rated_on)
    sentences, meaningful = [], False
    for name, before, after in (
        ("Performance", first.performance, last.performance),
        ("Satisfaction", first.satisfaction, last.satisfaction),
    ):
        if before == after:
            sentences.append(f"{name} stayed at {after} {since}.")
        elif scales.is_meaningful_copm_change(before, after):
            meaningful = True
            sentences.append(f"{name} went from {before} to {after} {since}: a meaningful change.")
        else:
            sentences.append(
                f"{name} went from {before} to {after} {since}: not yet a meaningful change "
                f"(that takes {scales.MEANINGFUL_COPM_CHANGE} points or more)."
            )
    return ProgressSummary(tuple(sentences), MEANINGFUL if meaningful else "")


def _level(level: int) -> str:
    return f"{scales.gas_number(level)} ({scales.GAS_LEVEL_MEANINGS[level]})"


def _summarise_gas(points: list[RatingPoint]) -> ProgressSummary:
    first, last = points[0], points[-1]
    reached = scales.reached_expected(last.level)
    if len(points) == 1:
        sentences = [
            f"Rated {_level(first.level)} on {long_date(first.rated_on)}, the first rating."
        ]
    elif first.level == last.level:
        sentences = [f"Stayed at {_level(last.level)} {_since(first.rated_on, last.rated_on)}."]
    else:
        sentences = [
            f"Went from {_level(first.level)} to {_level(last.level)} "
            f"{_since(first.rated_on, last.rated_on)}."
        ]
    if reached:
        sentences.append(
            "The goal has reached the expected outcome."
            if last.level == scales.GAS_EXPECTED
            else "The goal has gone beyond the expected outcome."
        )
    else:
        sentences.append(f"The expected outcome is {scales.gas_number(scales.GAS_EXPECTED)}.")
    return ProgressSummary(tuple(sentences), EXPECTED_REACHED if reached else "")
