"""Public pages about one listing that are not Wagtail pages: report a problem with it, and
the provider's one-click "still accurate" confirmation from the reminder email."""

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from .freshness_confirm import confirm_from_link
from .freshness_links import CONFIRM_LINK_DAYS, check_link
from .listing import MONTHS
from .models import ServicePage
from .reports import Outcome, ProblemReportForm, count_report, file_report, over_rate_limit

RATE_LIMIT_MESSAGE = (
    "You have sent a lot of reports in the last hour. Wait an hour and try again, "
    "or phone the council. What you typed is still below."
)
LISTING_PAUSED_MESSAGE = (
    "A lot of problems have been reported with this page in the last hour, so we are not "
    "taking new reports about it for now. Try again in an hour, or phone the council. "
    "What you typed is still below."
)


def _listing(page_id: int) -> ServicePage:
    return get_object_or_404(
        ServicePage.objects.live().public().select_related("provider"), pk=page_id
    )


@require_http_methods(["GET", "POST"])
def report_problem(request, page_id: int):
    page = _listing(page_id)
    status = 200
    if request.method == "POST":
        form = ProblemReportForm(request.POST)
        if form.filled_by_a_script:
            # Thanked as usual, so the script learns nothing; nothing is saved or sent.
            return redirect("local_offer:report_problem_sent", page_id=page.pk)
        if over_rate_limit(request):
            form.is_valid()  # show any field errors as well, and keep everything typed
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
        elif form.is_valid():
            if file_report(page, form).outcome is Outcome.PAUSED:
                form.add_error(None, LISTING_PAUSED_MESSAGE)
                status = 429
            else:
                count_report(request)
                return redirect("local_offer:report_problem_sent", page_id=page.pk)
    else:
        form = ProblemReportForm()
    return render(
        request, "local_offer/report_problem.html", {"listing": page, "form": form}, status=status
    )


def report_problem_sent(request, page_id: int):
    return render(request, "local_offer/report_problem_sent.html", {"listing": _listing(page_id)})


@require_http_methods(["GET", "POST"])
def still_accurate(request, token: str):
    """GET only shows a button: email scanners open links, and must not confirm anything."""
    check = check_link(token)
    if check.problem:
        return render(
            request,
            "local_offer/still_accurate_unusable.html",
            {"problem": check.problem, "link_days": CONFIRM_LINK_DAYS},
            status=410 if check.problem == "expired" else 404,
        )
    if request.method == "POST":
        confirm_from_link(check.reminder)
        return redirect("local_offer:still_accurate", token=token)
    page = check.reminder.page
    page.refresh_from_db(fields=["last_reviewed"])
    return render(
        request,
        "local_offer/still_accurate.html",
        {"listing": page, "done": check.already_confirmed, "listing_months": MONTHS},
    )
