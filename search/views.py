"""The public search page and its suggestions-as-you-type endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from . import page, places, suggestions
from .backends import get_backend
from .query import ServiceQuery
from .search_log import record_search


@require_GET
def search_page(request):
    query, errors = ServiceQuery.from_params(request.GET, find_places=places.find)
    results = get_backend().search(query)  # a bad filter is dropped; the rest still runs
    record_search(query, results)
    return render(
        request, "search/search_page.html", page.context(request.GET, query, errors, results)
    )


@require_GET
@cache_control(public=True, max_age=suggestions.KEEP_SECONDS)
def suggest(request):
    text = request.GET.get("q", "")
    return JsonResponse({"query": text[: suggestions.MAX_INPUT],
                         "suggestions": suggestions.for_text(text)})
