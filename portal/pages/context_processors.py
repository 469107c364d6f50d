"""What every page's header and footer needs."""

from django.utils.functional import SimpleLazyObject

from portal import content_version
from portal.accounts.policy import is_provider_with_organisation

from . import shell


def site_shell(request):
    # The same for every visitor to a site until content changes: kept in memory per worker
    # rather than read again (it was a third of the home page's time).
    token = content_version.for_request(request)
    site_shell = content_version.kept(
        f"shell:{request.get_host()}", lambda: shell.build(request), token
    )
    return {
        "council": site_shell.council,
        "council_css_url": site_shell.css_url,
        "main_navigation": shell.links(site_shell.navigation, request.path),
        "footer_links": shell.links(site_shell.footer, request.path),
        "feedback_url": site_shell.feedback_url,
        "glossary_url": site_shell.glossary_url,
        # A provider's staff member: the header and account page link to "Your listings".
        "is_provider": SimpleLazyObject(lambda: _is_provider(request)),
    }


def _is_provider(request) -> bool:
    user = getattr(request, "user", None)  # absent on a request that failed early (the 500 page)
    return user is not None and is_provider_with_organisation(user)
