"""What every page's header and footer needs."""

from .models import CouncilSettings


def site_shell(request):
    council = CouncilSettings.load(request_or_site=request)
    return {"council": council}
