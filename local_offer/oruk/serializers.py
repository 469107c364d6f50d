"""Local Offer records as Open Referral UK 3.0 JSON.

Shapes follow the official validator's V3.0-UK schemas. Optional fields that are empty are
left out (never null). A few HSDS 3.0 fields the UK profile dropped (language names, phones,
contact email, address_2, eligibility) are still included: the schemas allow extra fields and
a family-facing directory needs them.

Hidden addresses (childminders, family homes): the location's name becomes "Near RV1", its
point is rounded to about a kilometre (as in search), and no address object is sent at all, so
no street, house or full postcode leaves the portal.
"""

from django.urls import reverse

from local_offer.models import CostType, Need, ServicePage, ServiceStatus, Taxonomy, TaxonomyTerm
from local_offer.services import public_coordinate

from . import html_text, ids

VERSION = "HSDS-UK-3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"
STATE_PROVINCE = "England"  # required by ORUK; an English council's Local Offer
COUNTRY = "GB"
STATUS = {
    ServiceStatus.ACTIVE: "active",
    ServiceStatus.TEMPORARILY_CLOSED: "temporarily closed",
    ServiceStatus.CLOSED: "inactive",
}
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
NEEDS_TAXONOMY = {
    "name": "SEN2 primary need",
    "description": (
        "Types of special educational need used in the Department for Education's SEN2 return "
        "(SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH, NSA)."
    ),
    "uri": "https://www.gov.uk/government/collections/special-educational-needs-send-statistics",
}
# ISO 639-1 codes for languages services commonly list; others are sent by name only.
LANGUAGE_CODES = {
    "english": "en",
    "welsh": "cy",
    "polish": "pl",
    "urdu": "ur",
    "punjabi": "pa",
    "bengali": "bn",
    "gujarati": "gu",
    "arabic": "ar",
    "romanian": "ro",
    "portuguese": "pt",
    "spanish": "es",
    "french": "fr",
    "somali": "so",
    "lithuanian": "lt",
    "slovak": "sk",
    "czech": "cs",
    "turkish": "tr",
    "tamil": "ta",
    "chinese": "zh",
    "mandarin": "zh",
    "cantonese": "yue",
    "italian": "it",
    "russian": "ru",
    "ukrainian": "uk",
    "farsi": "fa",
    "persian": "fa",
    "pashto": "ps",
    "kurdish": "ku",
    "tigrinya": "ti",
    "hindi": "hi",
    "british sign language": "bfi",
    "bsl": "bfi",
    "makaton": "",
}


def compact(record: dict) -> dict:
    """Leave out empty optional fields: the standard says omit, never null."""
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def years(months: int | None, upper: bool = False) -> float | int | None:
    """Months as ORUK years. An upper bound of 18 years 11 months is "maximum_age 18"."""
    if months is None:
        return None
    if upper and (months + 1) % 12 == 0:
        return (months + 1) // 12 - 1
    if months % 12 == 0:
        return months // 12
    return round(months / 12, 2)


def pounds(pence: int) -> int | float:
    return pence // 100 if pence % 100 == 0 else pence / 100


# -- ids ---------------------------------------------------------------------------------------


def service_id(page) -> str:
    return ids.public_id("service", page.pk, page.external_id)


def organization_id(provider) -> str:
    return ids.public_id("organization", provider.pk, provider.external_id)


def term_id(term) -> str:
    if isinstance(term, Need):
        return ids.encode("need", term.pk)
    return ids.public_id("taxonomy_term", term.pk, term.code)


def taxonomy_id(taxonomy) -> str:
    if taxonomy is None:
        return ids.encode("taxonomy", 0)  # the SEN2 need codes
    return ids.encode("taxonomy", taxonomy.pk)


# -- api details -----------------------------------------------------------------------------


def api_details(request) -> dict:
    return {
        "version": VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri(reverse("oruk:openapi")),
    }


# -- organisations -----------------------------------------------------------------------------


def organization(provider, full: bool = False, services=()) -> dict:
    record = compact(
        {
            "id": organization_id(provider),
            "name": provider.name,
            # Required by the schema: fall back to the name rather than send nothing.
            "description": provider.description or provider.name,
            "email": provider.email,
            "website": provider.website,
        }
    )
    if full:
        identifiers = []
        if provider.charity_number:
            identifiers.append(("GB-CHC", "Charity number", provider.charity_number))
        if provider.ofsted_number:
            identifiers.append(("", "Ofsted or registration number", provider.ofsted_number))
        record["organization_identifiers"] = [
            compact(
                {
                    "id": ids.nested(record["id"], "identifier", index),
                    "organization_id": record["id"],
                    "identifier_scheme": scheme,
                    "identifier_type": kind,
                    "identifier": value,
                }
            )
            for index, (scheme, kind, value) in enumerate(identifiers)
        ]
        record["services"] = [service_basic(page, with_organization=False) for page in services]
        record = compact(record)
        record.setdefault("services", [])
    return record


# -- taxonomies --------------------------------------------------------------------------------


def taxonomy(value: Taxonomy | None, terms=None) -> dict:
    if value is None:
        record = {"id": taxonomy_id(None), **NEEDS_TAXONOMY}
    else:
        record = compact(
            {
                "id": taxonomy_id(value),
                "name": value.name,
                "description": value.description or value.name,
                "uri": value.url,
            }
        )
    if terms is not None:
        record["taxonomy_terms"] = [taxonomy_term(term) for term in terms]
    return record


def taxonomy_term(term: TaxonomyTerm | Need) -> dict:
    if isinstance(term, Need):
        return compact(
            {
                "id": term_id(term),
                "name": term.label,
                "description": term.plain_english or term.label,
                "code": term.code,
                "taxonomy": NEEDS_TAXONOMY["name"],
                "taxonomy_id": taxonomy_id(None),
                "term": term.code,
            }
        )
    return compact(
        {
            "id": term_id(term),
            "name": term.label,
            "description": term.description or term.label,
            "code": term.code,
            "parent_id": term_id(term.parent) if term.parent_id else None,
            "taxonomy": term.taxonomy.name,
            "taxonomy_id": taxonomy_id(term.taxonomy),
            "term": term.label,
        }
    )


# -- services ----------------------------------------------------------------------------------


def service_basic(page: ServicePage, with_organization: bool = True) -> dict:
    """The one-to-one fields of a service (what /services lists)."""
    provider = page.provider
    record = {
        "id": service_id(page),
        "organization_id": organization_id(provider) if provider else None,
        "name": page.title,
        "description": html_text.paragraphs(page.description) or page.summary,
        "url": page.website,
        "email": page.email,
        "status": STATUS.get(page.status, "active"),
        "minimum_age": years(page.min_age_months),
        "maximum_age": years(page.max_age_months, upper=True),
        "assured_date": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "alert": _alert(page),
        "last_modified": _last_modified(page),
    }
    if with_organization and provider:
        record["organization"] = organization(provider)
    return compact(record)


def _alert(page: ServicePage) -> str:
    if page.status == ServiceStatus.TEMPORARILY_CLOSED:
        return "This service is temporarily closed."
    if page.shows_stale_notice():
        return "These details have not been checked for over 9 months and may be out of date."
    return ""


def _last_modified(page: ServicePage) -> str | None:
    moment = page.last_published_at or page.latest_revision_created_at
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def service_full(page: ServicePage) -> dict:
    """A fully nested service (/services/{id}). Reads prefetched relations only."""
    record = service_basic(page)
    sid = record["id"]
    record.update(
        compact(
            {
                "eligibility_description": page.eligibility,
                "application_process": page.referral_details,
                "phones": _phones(sid, page.phone),
                "schedules": schedules(page, sid),
                "service_areas": _service_areas(page, sid),
                "service_at_locations": [
                    service_at_location(location, page, nested=True)
                    for location in page.locations.all()
                ],
                "languages": _languages(page, sid),
                "cost_options": _cost_options(page, sid),
                "contacts": _contacts(page, sid),
                "attributes": _attributes(page, sid),
            }
        )
    )
    return record


def _phones(parent_id: str, number: str) -> list[dict]:
    if not number:
        return []
    return [{"id": ids.nested(parent_id, "phone", 0), "number": number}]


def schedules(page: ServicePage, sid: str) -> list[dict]:
    """Weekly opening times, one schedule per distinct pair of times (byday lists the days)."""
    groups: dict[tuple, list[int]] = {}
    for slot in page.opening_times.all():
        groups.setdefault((slot.opens, slot.closes), []).append(slot.weekday)
    result = []
    for index, ((opens, closes), days) in enumerate(groups.items()):
        result.append(
            compact(
                {
                    "id": ids.nested(sid, "schedule", index),
                    "service_id": sid,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": ",".join(WEEKDAY_CODES[day] for day in sorted(set(days))),
                    "opens_at": opens.strftime("%H:%M:%S"),
                    "closes_at": closes.strftime("%H:%M:%S"),
                    "description": page.schedule_notes if index == 0 else "",
                }
            )
        )
    if not result and page.schedule_notes:
        result.append(
            {
                "id": ids.nested(sid, "schedule", 0),
                "service_id": sid,
                "description": page.schedule_notes,
            }
        )
    if page.runs_in_school_holidays and page.holiday_schedule:
        result.append(
            compact(
                {
                    "id": ids.nested(sid, "schedule", "holidays"),
                    "service_id": sid,
                    "description": page.holiday_schedule,
                    "notes": "School holidays",
                }
            )
        )
    return result


def _service_areas(page: ServicePage, sid: str) -> list[dict]:
    if not page.service_areas:
        return []
    return [
        {
            "id": ids.nested(sid, "service_area", 0),
            "service_id": sid,
            "name": page.service_areas,
            "service_area": page.service_areas,
        }
    ]


def _languages(page: ServicePage, sid: str) -> list[dict]:
    return [
        compact(
            {
                "id": ids.nested(sid, "language", name.lower()),
                "service_id": sid,
                "name": name,
                "code": LANGUAGE_CODES.get(name.lower(), ""),
            }
        )
        for name in page.language_list
    ]


def _cost_options(page: ServicePage, sid: str) -> list[dict]:
    option_id = ids.nested(sid, "cost_option", 0)
    if page.cost_type == CostType.FREE:
        return [
            compact(
                {
                    "id": option_id,
                    "service_id": sid,
                    "option": page.cost_notes or "Free",
                    "amount": 0,
                }
            )
        ]
    if page.cost_type == CostType.CHARGE and page.cost_pence:
        return [
            compact(
                {
                    "id": option_id,
                    "service_id": sid,
                    "option": page.cost_notes,
                    "amount": pounds(page.cost_pence),
                    "amount_description": page.get_cost_unit_display() if page.cost_unit else "",
                    "currency": "GBP",
                }
            )
        ]
    return [
        compact({"id": option_id, "service_id": sid, "option": page.cost_notes or "Cost varies"})
    ]


def _contacts(page: ServicePage, sid: str) -> list[dict]:
    result = []
    for contact in page.contacts.all():
        cid = ids.nested(sid, "contact", contact.pk)
        result.append(
            compact(
                {
                    "id": cid,
                    "service_id": sid,
                    "name": contact.name,
                    "title": contact.role,
                    "email": contact.email,
                    "phones": _phones(cid, contact.phone),
                }
            )
        )
    return result


def _attributes(page: ServicePage, sid: str) -> list[dict]:
    terms = list(page.categories.all()) + list(page.needs.all())
    return [
        {
            "id": ids.nested(sid, "attribute", term_id(term)),
            "link_id": sid,
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": term_id(term),
            "taxonomy_term": taxonomy_term(term),
        }
        for term in terms
    ]


def accessibility(page: ServicePage, location_id: str) -> list[dict]:
    """The premises' access features, then the provider's own notes (first paragraph as the
    description, the rest as details)."""
    items = [
        {
            "id": ids.nested(location_id, "accessibility", code),
            "location_id": location_id,
            "description": label,
        }
        for code, label in zip(
            page.premises_access or [], page.premises_access_labels, strict=False
        )
    ]
    notes = (page.accessibility_notes or "").strip()
    if notes:
        first, _, rest = notes.partition("\n\n")
        items.append(
            compact(
                {
                    "id": ids.nested(location_id, "accessibility", "notes"),
                    "location_id": location_id,
                    "description": first.strip(),
                    "details": rest.strip(),
                }
            )
        )
    return items


def location(place, page: ServicePage) -> dict:
    lid = ids.encode("location", place.pk)
    hidden = place.hide_exact_address
    record = {
        "id": lid,
        "location_type": "physical",
        "name": place.public_label if hidden else place.name,
        "description": "The exact address is given when you book." if hidden else "",
        "latitude": public_coordinate(place.latitude, hidden),
        "longitude": public_coordinate(place.longitude, hidden),
        "accessibility": accessibility(page, lid),
    }
    if not hidden and place.postcode:
        record["addresses"] = [
            compact(
                {
                    "id": ids.nested(lid, "address", 0),
                    "location_id": lid,
                    "address_1": place.address_1 or place.name,
                    "address_2": place.address_2,
                    "city": place.town,
                    "state_province": STATE_PROVINCE,
                    "postal_code": place.postcode,
                    "country": COUNTRY,
                    "address_type": "physical",
                }
            )
        ]
        # city and address_1 are required: send them even when we only know the postcode.
        record["addresses"][0].setdefault("address_1", "")
        record["addresses"][0].setdefault("city", "")
    return compact(record)


def service_at_location(place, page: ServicePage, nested: bool = False, full: bool = False) -> dict:
    record = {
        "id": ids.encode("service_at_location", place.pk),
        "service_id": service_id(page),
        "location_id": ids.encode("location", place.pk),
        "location": location(place, page),
    }
    if not nested:
        if full:
            service = service_full(page)
            service.pop("service_at_locations", None)
        else:
            service = service_basic(page)
        record["service"] = service
    return record
