"""The OpenAPI document served at /api/oruk/openapi.json: the ORUK UK profile's own
(schemas/uk_profile_openapi.json, kept as published) with what this server does written in.

The published file is not valid OpenAPI 3.0 ("type": "time"), and it says nothing about
errors, so tools that read it (schemathesis, client generators) refuse it or guess. The
corrections are made here, on a copy, so the upstream file stays comparable with its source;
tests/local_offer/oruk/test_openapi.py checks the result against the OpenAPI 3.0 meta-schema.
"""

import copy

from search.api import MAX_RADIUS

from . import schemas
from .params import (
    CLOCK,
    DEFAULT_PER_PAGE,
    MAX_AGE,
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_PROXIMITY_METRES,
)

LISTS_OF_SERVICES = ("/services", "/service_at_locations")
# Parameters these two lists read that the profile defines but leaves off their operations.
SERVICE_LIST_EXTRAS = ("modified_after", "organization_id", "full", "age")

AGE_PARAMETER = {
    "name": "age",
    "in": "query",
    "required": False,
    "description": (
        "Extension: services suitable for someone of this age in whole years (0-25): the "
        "service's age range includes it. Unlike minimum_age and maximum_age, which compare "
        "the service's own limits, this answers a parent's question 'what is there for my 7 "
        "year old?'. Open-ended limits count as 0 and 25."
    ),
    "schema": {"type": "integer", "minimum": 0, "maximum": MAX_AGE},
}

CORRECTED_HEADER = "X-Search-Corrected-To"
# /services and /service_at_locations (the profile's only users of `search`) search as the public
# search page does, typo correction included; the profile's "Full text search." would let a
# client take corrected results for matches of its own words.
SEARCH_PARAMETER = {
    "name": "search",
    "in": "query",
    "required": False,
    "description": (
        "Words, read as the public search page reads them: the same services in the same "
        "order, synonyms included. When search takes a word for a misspelling and searches "
        "another instead (the page's 'Showing results for autism instead of autisim'), the "
        f"results are for the corrected words and the {CORRECTED_HEADER} header gives them. "
        "Without that header, the results are for the words as sent."
    ),
    "schema": {"type": "string"},
}
CORRECTED_HEADER_SPEC = {
    "description": (
        "Sent only when `search` was taken for a misspelling: the words searched instead, "
        "which the results are for. Readable from browsers (Access-Control-Expose-Headers)."
    ),
    "schema": {"type": "string"},
}

PROXIMITY_DESCRIPTION = (
    "Return services that exist within meters from the centroid of the provided postcode. "
    "Here it is the public search page's question: the metres are rounded up to whole miles "
    "(1000 is 1 mile, 4000 is 3 miles), so nothing within the metres is left out, and the "
    f"most is {MAX_PROXIMITY_METRES} ({MAX_RADIUS} miles); more is a 400."
)

ERROR_SCHEMA = {
    "type": "object",
    "required": ["status", "error", "message"],
    "properties": {
        "status": {"type": "integer", "description": "The HTTP status code again."},
        "error": {"type": "string", "description": "The status in words, like Bad Request."},
        "message": {"type": "string", "description": "What went wrong, in plain English."},
        "parameter": {"type": "string", "description": "The query parameter at fault."},
    },
}


def _error_response(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def build(server_url: str) -> dict:
    document = copy.deepcopy(schemas.load("uk_profile_openapi.json"))
    document["servers"] = [{"url": server_url}]
    components = document.setdefault("components", {})
    parameters = components.setdefault("parameters", {})
    parameters["age"] = AGE_PARAMETER
    parameters["search"] = SEARCH_PARAMETER
    parameters["proximity"]["description"] = PROXIMITY_DESCRIPTION
    # The profile writes "type": "time", which OpenAPI does not have; say what params.py reads.
    for name in ("start_time", "end_time"):
        parameters[name]["schema"] = {"type": "string", "pattern": f"^{CLOCK}$", "example": "09:30"}
    # "datetime" is no format any tool knows; ISO 8601 date-times are what is meant and read.
    parameters["modified_after"]["schema"] = {"type": "string", "format": "date-time"}
    # page=0 and per_page=101 are refused (400): the ranges belong in the contract.
    parameters["page"]["schema"] = {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}
    parameters["per_page"]["schema"] = {
        "type": "integer",
        "minimum": 1,
        "maximum": MAX_PER_PAGE,
        "default": DEFAULT_PER_PAGE,
    }

    components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    components["responses"] = {
        "BadRequest": _error_response("A query parameter the API cannot use; it is named."),
        "NotFound": _error_response("No record has this id, or it is not published."),
    }
    for path, item in document["paths"].items():
        operation = item["get"]
        if path in LISTS_OF_SERVICES:
            operation["parameters"] += [
                {"$ref": f"#/components/parameters/{name}"} for name in SERVICE_LIST_EXTRAS
            ]
            headers = operation["responses"]["200"].setdefault("headers", {})
            headers[CORRECTED_HEADER] = CORRECTED_HEADER_SPEC
        if "{id}" in path:
            operation["responses"]["404"] = {"$ref": "#/components/responses/NotFound"}
        elif operation.get("parameters"):
            operation["responses"]["400"] = {"$ref": "#/components/responses/BadRequest"}
    return document
