"""The Riverside demo Local Offer, all invented: 44 providers, 331 services, 12 guides, the short
breaks statement and 6 events. `manage.py seed_demo` runs `seed(stdout)`; the app itself never
imports this package.

- records.py: the named records the demo is written in
- content.py: the words (providers, venues, kinds of service, guides, events)
- geography.py: the invented places RV1-RV9 (and EM1-EM2 nearby) and their postcodes
- service_specs.py: every service, built from the kinds with a fixed random seed (no database)
- wording.py: the words that state a fact (who a service is for, how to get it), written from
  the fact so the text and the fields never disagree
- writer.py: writing pages in bulk, indexed once at the end
- seeding.py: `seed`, which writes whatever part of the demo is missing
"""

from .seeding import seed

__all__ = ["seed"]
