"""`save_service_url` for every page: the address of the "Save to your child's record" page
for a signed-in person with a child's record, else "". The Local Offer's service page and the
search results show the link when it is set, knowing nothing of the family apps."""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from portal.family import policy


def save_service_link(request):
    # Lazy: only a page that shows the link pays its one query.
    return {"save_service_url": SimpleLazyObject(lambda: _url(request))}


def _url(request) -> str:
    user = getattr(request, "user", None)  # absent on a request that failed early
    if user is None or not user.is_authenticated or not policy.children_for(user).exists():
        return ""
    return reverse("family_goals:save_service")
