"""The Open Referral UK 3.0 read API: open to anyone (CORS *, no key), JSON only, GET only.

Views are thin: params.py checks the query; visible.py (what may be shown), lookup.py (one
record by its id) and paging.py (a page of a list, through filters.py, search_bridge.py and
distance.py) choose the records; serializers.py shapes them. Bad parameters get a 400 with a
message, unknown ids and paths a 404, other methods a 405 and our own mistakes a 500, all as
JSON.
"""

import logging
from functools import wraps
from http import HTTPStatus

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt

from local_offer.models import Need, TaxonomyTerm

from . import lookup, paging, serializers, visible
from .openapi import build as build_openapi
from .params import BadParameter, Params

logger = logging.getLogger(__name__)

ALLOWED_METHODS = "GET, HEAD, OPTIONS"

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
    "Access-Control-Expose-Headers": "X-Search-Corrected-To",
}


# `search=` finds what the public search page finds. When that page would say "Showing results
# for autism instead of autisim", this header says it to an API client (the ORUK envelope has
# no field for it), so corrected results are never passed off as matches for the words sent.
CORRECTED_HEADER = "X-Search-Corrected-To"


def _corrected(response: JsonResponse, result) -> JsonResponse:
    if result.corrected_to:
        response[CORRECTED_HEADER] = result.corrected_to
    return response


def _json(data, status=200) -> JsonResponse:
    response = JsonResponse(
        data, status=status, safe=False, json_dumps_params={"ensure_ascii": False}
    )
    for header, value in CORS_HEADERS.items():
        response[header] = value
    return response


def _error(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    body = {"status": status, "error": HTTPStatus(status).phrase, "message": message}
    if parameter:
        body["parameter"] = parameter
    return _json(body, status=status)


def endpoint(view):
    """CORS on every answer (errors too), preflight handled, and every error as JSON: bad
    parameters 400, other methods 405, anything unexpected 500. Never Django's HTML pages,
    whatever DEBUG is: an API client cannot read them."""

    # CSRF protects forms that change something; nothing here does, and without the exemption
    # a POST or QUERY would get the CSRF failure page instead of this API's 405.
    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return _json({}, status=200)
        if request.method not in ("GET", "HEAD"):
            response = _error(405, f"This API is read only: use {ALLOWED_METHODS}")
            response["Allow"] = ALLOWED_METHODS
            return response
        try:
            return view(request, *args, **kwargs)
        except BadParameter as problem:
            return _error(400, problem.message, problem.parameter)
        except Exception:
            # The traceback goes to our logs; the client gets no detail of our code.
            logger.exception("ORUK API error on %s", request.path)
            return _error(500, "Something went wrong on our side. Try again later.")

    return wrapper


def not_found(kind: str, value: str) -> JsonResponse:
    return _error(404, f"No {kind} has the id {value[:100]}")


def envelope(result, contents: list) -> dict:
    return {
        "total_items": result.total,
        "total_pages": result.total_pages,
        "page_number": result.paging.page,
        "size": len(contents),
        "first_page": result.paging.page == 1,
        "last_page": result.paging.page >= result.total_pages,
        "empty": not contents,
        "contents": contents,
    }


# -- endpoints ---------------------------------------------------------------------------------


@endpoint
def api_details(request):
    return _json(serializers.api_details(request))


@endpoint
def openapi(request):
    """The ORUK UK-profile OpenAPI, corrected, with this server and our extensions."""
    return _json(build_openapi(request.build_absolute_uri("/api/oruk")))


@endpoint
def unknown_path(request):
    """Anything under /api/oruk/ that is not an endpoint: a 404 a client can read."""
    listing = reverse("oruk:openapi")
    return _error(404, f"There is nothing at {request.path[:200]}. The paths are in {listing}")


@endpoint
def service_list(request):
    query = Params(request.GET)
    filters = query.service_filters()
    result = paging.page_services(filters, query.paging())
    shape = serializers.service_full if filters.full else serializers.service_basic
    return _corrected(_json(envelope(result, [shape(page) for page in result.items])), result)


@endpoint
def service_detail(request, service_id):
    page = lookup.find_service(service_id)
    if page is None:
        return not_found("service", service_id)
    return _json(serializers.service_full(page))


@endpoint
def organization_list(request):
    query = Params(request.GET)
    query.check_format()
    full_service = query.boolean("full_service") or query.boolean("full")
    result = paging.page_providers(query.text("search"), query.paging())
    services = visible.services_by_provider(result.items) if full_service else {}
    contents = [
        serializers.organization(
            provider, full=full_service, services=services.get(provider.pk, [])
        )
        for provider in result.items
    ]
    return _json(envelope(result, contents))


@endpoint
def organization_detail(request, organization_id):
    provider = lookup.find_provider(organization_id)
    if provider is None or not visible.has_listed_service(provider):
        return not_found("organization", organization_id)
    services = visible.services_by_provider([provider])[provider.pk]
    return _json(serializers.organization(provider, full=True, services=services))


@endpoint
def taxonomy_list(request):
    query = Params(request.GET)
    query.check_format()
    result = paging.page_taxonomies(query.text("search"), query.paging())
    return _json(envelope(result, [serializers.taxonomy(item) for item in result.items]))


@endpoint
def taxonomy_detail(request, taxonomy_id):
    found = lookup.find_taxonomy(taxonomy_id)
    if found is None:
        return not_found("taxonomy", taxonomy_id)
    if found == lookup.NEEDS:
        return _json(serializers.taxonomy(None, terms=Need.objects.order_by("sort_order", "code")))
    terms = TaxonomyTerm.objects.filter(taxonomy=found).select_related("taxonomy", "parent")
    return _json(serializers.taxonomy(found, terms=terms.order_by("sort_order", "label")))


@endpoint
def taxonomy_term_list(request):
    query = Params(request.GET)
    query.check_format()
    result = paging.page_terms(
        search=query.text("search"),
        taxonomy_id=query.uuid_or_code("taxonomy_id"),
        parent_id=query.uuid_or_code("parent_id"),
        top_only=query.boolean("top_only"),
        paging=query.paging(),
    )
    return _json(envelope(result, [serializers.taxonomy_term(term) for term in result.items]))


@endpoint
def taxonomy_term_detail(request, term_id):
    term = lookup.find_term(term_id)
    if term is None:
        return not_found("taxonomy term", term_id)
    return _json(serializers.taxonomy_term(term))


@endpoint
def service_at_location_list(request):
    query = Params(request.GET)
    filters = query.service_filters(place=True)
    result = paging.page_locations(filters, query.paging())
    contents = [
        serializers.service_at_location(place, place.page, full=filters.full)
        for place in result.items
    ]
    return _corrected(_json(envelope(result, contents)), result)


@endpoint
def service_at_location_detail(request, sal_id):
    place = lookup.find_location(sal_id)
    if place is None:
        return not_found("service_at_location", sal_id)
    return _json(serializers.service_at_location(place, place.page, full=True))
