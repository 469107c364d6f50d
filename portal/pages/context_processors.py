"""What every page's header and footer needs."""

from django.utils.functional import SimpleLazyObject

from portal.accounts.policy import is_provider_with_organisation

from . import shell
from .models import CouncilSettings


def site_shell(request):
    council = CouncilSettings.load(request_or_site=request)
    # Lazy, so a template that draws no header (an email, a fragment) runs no page queries.
    return {
        "council": council,
        "council_css_url": SimpleLazyObject(lambda: shell.council_css_url(council)),
        "main_navigation": SimpleLazyObject(lambda: shell.main_navigation(request, council)),
        "footer_links": SimpleLazyObject(lambda: shell.footer_links(request, council)),
        "feedback_url": SimpleLazyObject(lambda: shell.feedback_url(request, council) or ""),
        # A provider's staff member: the header and account page link to "Your listings".
        "is_provider": SimpleLazyObject(lambda: _is_provider(request)),
    }


def _is_provider(request) -> bool:
    user = getattr(request, "user", None)  # absent on a request that failed early (the 500 page)
    return user is not None and is_provider_with_organisation(user)
