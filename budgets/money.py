"""Pounds and pence as people read and type them. Amounts are whole pence everywhere else."""

import re
from decimal import Decimal, InvalidOperation

TYPED = re.compile(r"^-?\d+(\.\d{1,2})?$")


def pounds(pence: int) -> str:
    """12345 -> "£123.45"; -500 -> "minus £5.00" (a word, so it is read out and not missed)."""
    sign = "minus " if pence < 0 else ""
    whole, part = divmod(abs(int(pence)), 100)
    return f"{sign}£{whole:,}.{part:02d}"


def parse_pounds(typed: str) -> int | None:
    """"£1,234.5" -> 123450; None when it is not an amount of money."""
    cleaned = typed.strip().replace(",", "").replace("£", "").replace(" ", "")
    if not TYPED.match(cleaned):
        return None
    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation:
        return None
