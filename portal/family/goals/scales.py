"""The two ways a goal is rated, and what counts as progress on each (DOMAIN.md, "Goals rated
over time"). Pure rules: the models, forms, chart and summary all ask here.

- COPM (Canadian Occupational Performance Measure): importance 1-10 set once on the goal;
  each rating scores performance and satisfaction 1-10. A change of 2 points or more is the
  measure's own threshold for a meaningful change.
- GAS (Goal Attainment Scaling): five levels, -2 (where things started) to +2; 0 is the
  outcome the family expects, and each level is described in the family's own words.
"""

from django.db import models


class Scale(models.TextChoices):
    COPM = "copm", "Scores out of 10 for how well it goes and how happy you are with it (COPM)"
    GAS = "gas", "Five steps you describe in your own words (GAS)"


COPM_LOWEST = 1
COPM_HIGHEST = 10
MEANINGFUL_COPM_CHANGE = 2

GAS_LOWEST = -2
GAS_HIGHEST = 2
GAS_EXPECTED = 0
GAS_LEVELS = (-2, -1, 0, 1, 2)
# What each level means whatever the goal: the family's own words go beside these.
GAS_LEVEL_MEANINGS = {
    -2: "where things started",
    -1: "some progress",
    0: "the expected outcome",
    1: "better than expected",
    2: "much better than expected",
}


def gas_number(level: int) -> str:
    """-2, -1, 0, +1, +2: the plus sign says "above expected" without colour."""
    return f"+{level}" if level > 0 else str(level)


def is_meaningful_copm_change(first: int, last: int) -> bool:
    return abs(last - first) >= MEANINGFUL_COPM_CHANGE


def reached_expected(level: int) -> bool:
    return level >= GAS_EXPECTED
