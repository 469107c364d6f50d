"""Who a service or event is for and what it costs: the same fields, checks and words on both.

Ages are whole months (0 to 25 years 11 months; empty means no limit); money is integer pence.
"""

from django.db import models

from ..fields import MAX_AGE_MONTHS, AgeMonthsField, PenceField, describe_age, format_pence
from .choices import CostType, CostUnit


def _upper_age(max_months: int) -> str:
    """An oldest age of 18 years 11 months is what people mean by "up to 18". Under a year
    there is no whole year to round down to: 11 months stays "11 months"."""
    if max_months % 12 == 11 and max_months >= 12:
        return describe_age(max_months - 11)
    return describe_age(max_months)


def age_range_text(min_months: int | None, max_months: int | None) -> str:
    if min_months is None and max_months is None:
        return "All ages (0 to 25 years)"
    if min_months is None:
        return f"Up to {_upper_age(max_months)}"
    if max_months is None:
        return f"From {describe_age(min_months)}"
    lower, upper = describe_age(min_months), _upper_age(max_months)
    if lower == upper:
        return f"Aged {lower}"  # 12 to 23 months: "Aged 1 year", not "1 year to 1 year"
    if min_months % 12 == 0 and upper.endswith("years") and " month" not in upper:
        return f"{min_months // 12} to {upper}"
    if min_months == 0:
        return f"Birth to {upper}"  # not "0 months to 13 months"
    return f"{lower} to {upper}"


def age_errors(min_months: int | None, max_months: int | None) -> dict[str, str]:
    errors = {}
    for name, value in (("min_age_months", min_months), ("max_age_months", max_months)):
        if value is not None and not 0 <= value <= MAX_AGE_MONTHS:
            errors[name] = "Ages must be between 0 and 25 years"
    if not errors and min_months is not None and max_months is not None and min_months > max_months:
        errors["max_age_months"] = (
            "The oldest age must be the same as or older than the youngest age"
        )
    return errors


def cost_errors(cost_type: str, cost_pence: int | None) -> dict[str, str]:
    if cost_pence is not None and cost_pence < 0:
        return {"cost_pence": "The cost must be £0 or more"}
    if cost_type == CostType.CHARGE and not cost_pence:
        return {"cost_pence": "Enter how much it costs, or choose 'Cost varies'"}
    if cost_type == CostType.FREE and cost_pence:
        return {"cost_pence": "You chose 'Free'. Remove the amount or choose 'There is a charge'"}
    return {}


def cost_text(cost_type: str, cost_pence: int | None, cost_unit: str) -> str:
    if cost_type == CostType.FREE:
        return "Free"
    if cost_type == CostType.CHARGE and cost_pence:
        unit = CostUnit(cost_unit).label if cost_unit in CostUnit.values else ""
        return f"{format_pence(cost_pence)} {unit}".strip()
    return "Cost varies"


class AgesAndCost(models.Model):
    min_age_months = AgeMonthsField(
        "youngest age", help_text="Leave empty if there is no lower age limit."
    )
    max_age_months = AgeMonthsField(
        "oldest age", help_text="Leave empty if there is no upper age limit (up to 25)."
    )
    cost_type = models.CharField(max_length=10, choices=CostType.choices, default=CostType.FREE)
    cost_pence = PenceField("cost in pounds", help_text="For example 12.50")
    cost_unit = models.CharField(max_length=10, choices=CostUnit.choices, blank=True)
    accepts_personal_budget = models.BooleanField("accepts personal budgets", default=False)

    class Meta:
        abstract = True

    def ages_and_cost_errors(self) -> dict[str, str]:
        return {
            **age_errors(self.min_age_months, self.max_age_months),
            **cost_errors(self.cost_type, self.cost_pence),
        }

    @property
    def age_range(self) -> str:
        return age_range_text(self.min_age_months, self.max_age_months)

    @property
    def cost(self) -> str:
        return cost_text(self.cost_type, self.cost_pence, self.cost_unit)
