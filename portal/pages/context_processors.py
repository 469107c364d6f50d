"""What every page's header and footer needs."""

from django.utils.functional import SimpleLazyObject

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
    }
