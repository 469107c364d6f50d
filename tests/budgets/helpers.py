"""A budget with one stream of each kind and a provision in each, for the budgets tests."""

from datetime import date

from budgets import ledger

YEAR = {"starts_on": date(2026, 4, 1), "ends_on": date(2027, 3, 31)}


def make_budget(child, by=None):
    budget = ledger.open_budget(child, by=by, **YEAR)
    streams = {
        "education": ledger.add_stream(
            budget, kind="education", delivery="managed", cost_centre="ED100",
            amount_pence=300_000, by=by,
        ),
        "social_care": ledger.add_stream(
            budget, kind="social_care", delivery="direct_payment", cost_centre="SC200",
            amount_pence=500_000, by=by,
        ),
    }
    therapy = ledger.add_provision(
        streams["education"], description="Speech and language therapy, 40 sessions at £55",
        planned_cost_pence=220_000, outcome="Ada can ask for help in class", by=by,
    )
    breaks = ledger.add_provision(
        streams["social_care"], description="Short breaks, 120 hours",
        planned_cost_pence=360_000, outcome="Ada spends time with friends", by=by,
    )
    return budget, streams, {"therapy": therapy, "breaks": breaks}
