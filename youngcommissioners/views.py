"""Public pages of the voice app: leaving feedback (everyone's form and the young person's),
the thank-you page with its reference, and what people told us. The filing and its limits
live in feedback.py; these views only connect them to forms and templates."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from portal.pagination import paginate

from . import feedback
from .feedback import FeedbackForm, Subject, YoungPersonForm
from .models import Feedback, new_reference

PUBLISHED_PER_PAGE = 20


def _subject(page_id: int | None) -> Subject:
    if page_id is None:
        return Subject()
    subject = feedback.service_subject(page_id)
    if subject is None:
        raise Http404("Page not found")
    return subject


def _leave(request, page_id, form_class, template, young):
    subject = _subject(page_id)
    status = 200
    if request.method == "POST":
        kwargs = {} if young else {"subject": subject}
        form = form_class(request.POST, **kwargs)
        if form.filled_by_a_script:
            # Thanked as usual, so the script learns nothing; nothing is saved.
            return redirect("youngcommissioners:sent", reference=new_reference())
        if feedback.refused(request):
            form.is_valid()  # show any field errors too, and keep everything typed
            form.add_error(None, feedback.REFUSED_MESSAGE)
            status = 429
        elif form.is_valid():
            item = feedback.receive(form, subject, young=young)
            feedback.count(request)
            return redirect("youngcommissioners:sent", reference=item.reference)
    else:
        form = form_class() if young else form_class(subject=subject)
    return render(request, template, {"form": form, "subject": subject}, status=status)


@require_http_methods(["GET", "POST"])
def leave_feedback(request, page_id: int | None = None):
    return _leave(request, page_id, FeedbackForm, "youngcommissioners/feedback_form.html", False)


@require_http_methods(["GET", "POST"])
def young_persons_feedback(request, page_id: int | None = None):
    return _leave(
        request, page_id, YoungPersonForm, "youngcommissioners/young_persons_form.html", True
    )


@require_http_methods(["GET", "HEAD"])
def sent(request, reference: str):
    # The reference is the person's own: the page shows nothing else, so guessing one shows
    # nothing about anybody.
    return render(request, "youngcommissioners/sent.html", {"reference": reference})


@require_http_methods(["GET", "HEAD"])
def what_people_told_us(request):
    items = Feedback.objects.filter(status=Feedback.Status.PUBLISHED).order_by("-decided_at")
    page = Paginator(items, PUBLISHED_PER_PAGE).get_page(request.GET.get("page"))
    pagination = paginate(
        page.number, page.paginator.num_pages, lambda number: f"?page={number}"
    )
    return render(
        request, "youngcommissioners/what_people_told_us.html",
        {"page": page, "pagination": pagination, "total": page.paginator.count},
    )


