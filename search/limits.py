"""What a search may ask for: the bound on every input and the values each filter takes.

The query, its parser, the backends and the page all read these, so a bound or a choice is
changed in one place.
"""

MAX_TEXT = 200
MAX_AGE = 25
MIN_RADIUS, MAX_RADIUS, DEFAULT_RADIUS = 1, 50, 5
DEFAULT_PER_PAGE, MAX_PER_PAGE = 20, 50
MAX_PAGE = 500  # nobody reads page 501; deep offsets only cost the database
MAX_VALUES = 20  # per filter: more than every code we have
MAX_CODE = 64

COSTS = {"free": "Free", "charge": "Has a charge", "varies": "Cost varies"}
DELIVERY = {"in_person": "In person", "online": "Online", "home_visit": "Home visits"}
SORTS = {"relevance": "Best match", "distance": "Nearest first"}
# Bands for the age facet, in whole years (inclusive). Overlap rule as for the age filter.
AGE_BANDS: tuple[tuple[str, str, int, int], ...] = (
    ("0-4", "Under 5", 0, 4),
    ("5-10", "5 to 10", 5, 10),
    ("11-15", "11 to 15", 11, 15),
    ("16-25", "16 to 25", 16, 25),
)
# Each filter's GET parameter -> its name, as the page's filter tags and the messages say it.
FILTER_NAMES = {
    "need": "Need", "category": "Category", "age": "Age", "postcode": "Distance",
    "cost": "Cost", "pb": "Personal budgets", "delivery": "How it is delivered",
    "open_now": "Opening times", "holidays": "School holidays",
}
