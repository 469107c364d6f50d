"""Ages in whole months, one rule for every app: a child "aged N" is N years 0 months up to
N years 11 months, so "up to 18" includes the year they are 18. Services, events, search and
the ORUK API all store and compare months, and turn years into months only here."""

MONTHS_PER_YEAR = 12
DAYS_PER_MONTH = 365.25 / MONTHS_PER_YEAR


def first_month(years: int) -> int:
    """The first month of being `years` old (their birthday)."""
    return years * MONTHS_PER_YEAR


def last_month(years: int) -> int:
    """The last month of being `years` old (the month before the next birthday)."""
    return years * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1


def months_of(youngest: int, oldest: int | None = None) -> tuple[int, int]:
    """Aged `youngest` to `oldest` (or just `youngest`), inclusive, as (first, last) months."""
    return first_month(youngest), last_month(youngest if oldest is None else oldest)


def month_of_week(weeks: int) -> int:
    """The whole month a baby `weeks` old is in: 6 weeks is in its second month, month 1."""
    return int(weeks * 7 / DAYS_PER_MONTH)
