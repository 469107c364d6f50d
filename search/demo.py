"""Demo seed step: build the search index from every registered source (the demo Local Offer),
so `make run` can search.

Runs after local_offer.demo (see DEMO_MODULES in seed_demo), which creates its pages in bulk
without one index task per page; one rebuild at the end is much faster.
"""

from . import api


def seed(stdout) -> int:
    written = api.rebuild_from_sources()
    stdout.write(f"  search: indexed {written} services\n")
    return written
