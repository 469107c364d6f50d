"""The demo's words that state facts, written from the facts, so a listing never says one thing in
its text and another in its fields. A newcomer found "aged 5 to 18" on a team whose age fields
said 11 to 17, and "contact the service yourself" beside "must refer you".

- Who a service is for: content.py writes {who} where it names them, and `fill` puts in words
  made from the listing's ages ("young people aged 16 to 25", "babies and young children
  under 5"), in phrases local_offer/age_mentions.py reads back as the same ages.
- How to get it: `how_to_get_it` turns the routes a kind offers into the routes a listing
  stores and the sentences that explain them. A service families may contact themselves *or*
  be referred to stores "self" and says a professional can also refer them: the listing page
  words each stored route on its own, and "a professional must refer you" beside "you can
  contact the service yourself" contradicts itself.
- Who may use it: `eligibility_choices` offers only sentences that agree with those routes.
"""

from . import content
from .records import Ages

WHO = "{who}"
MAX_AGE_MONTHS = 311  # 25 years 11 months, the oldest any listing serves


def _noun(ages: Ages) -> str:
    youngest = ages.min_months or 0
    oldest = MAX_AGE_MONTHS if ages.max_months is None else ages.max_months
    if oldest < 72:
        return "babies and young children" if youngest < 12 else "young children"
    if youngest >= 132:
        return "young people"
    if oldest < 144:
        return "children"
    return "children and young people"


def _years(months: int) -> int:
    return months // 12


def who(ages: Ages) -> str:
    """Who a service is for, in words that say exactly what its age fields say."""
    noun = _noun(ages)
    youngest, oldest = ages.min_months, ages.max_months
    if oldest is not None and oldest % 12 != 11:
        raise ValueError(f"the demo's oldest ages end a year of age, not {oldest} months")
    if not youngest and oldest is None:
        return noun if youngest is None else f"{noun} from birth to 25"
    if not youngest:
        if oldest == MAX_AGE_MONTHS:
            return f"{noun} up to the age of 25"
        if youngest is None:
            return f"{noun} up to the age of {_years(oldest)}"
        return f"{noun} under {_years(oldest) + 1}"
    start = f"{_years(youngest)}" if youngest % 12 == 0 else f"{youngest} months"
    if oldest is None:
        return f"{noun} from the age of {start}" if youngest % 12 == 0 else f"{noun} from {start}"
    if youngest % 12:
        return f"{noun} from {start} to {_years(oldest)} years"
    if _years(youngest) == _years(oldest):
        return f"{noun} aged {start}"
    return f"{noun} aged {start} to {_years(oldest)}"


def fill(text: str, ages: Ages) -> str:
    """Text with {who} written out for these ages. A sentence may start with it."""
    if not text.startswith(WHO):
        return text.replace(WHO, who(ages))
    phrase = who(ages)
    return (phrase[:1].upper() + phrase[1:] + text[len(WHO) :]).replace(WHO, phrase)


def how_to_get_it(offered: list[str], rng, in_person: bool = True) -> tuple[list[str], str]:
    """The referral routes a listing stores, and the sentences on how to get it, drawing one
    sentence for each route offered (in the order the demo has always drawn them)."""
    routes = [route for route in offered if not (route == "professional" and "self" in offered)]
    sentences = []
    for route, bank in (
        ("self", content.SELF_REFERRAL_DETAILS),
        ("professional", content.PROFESSIONAL_DETAILS),
        ("ehc_plan", content.EHC_DETAILS),
    ):
        if route not in offered:
            continue
        if route == "self" and not in_person:
            bank = [sentence for sentence in bank if "turn up" not in sentence.lower()]
        if route == "professional" and "self" in offered:
            bank = content.ALSO_PROFESSIONAL_DETAILS
        sentences.append(rng.choice(bank))
    return routes, " ".join(sentences)


def eligibility_choices(routes: list[str]) -> list[str]:
    """Who may use a service, for a kind that does not say: sentences that agree with how it
    is reached (no "without a referral" for a service a professional must refer you to)."""
    if "ehc_plan" in routes:
        return content.EHC_PLAN_ELIGIBILITY
    if "self" in routes:
        return content.OPEN_TO_ALL
    return content.REFERRED_ELIGIBILITY
