"""Officers' pages: the comments waiting for a decision, and one comment with the anonymised
text suggested for them to check. Flagged comments are not here until the safeguarding lead
clears them: to an officer they do not exist (404)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render

from portal.pagination import paginate

from . import moderation
from .anonymise import findings, masked
from .models import MAX_TEXT, Feedback, SafeguardingContacts
from .policy import may_moderate

PER_PAGE = 20


class Decision(forms.Form):
    PUBLISH, MERGE, COMPLAINT, WITHHOLD = "publish", "merge", "complaint", "withhold"
    decision = forms.ChoiceField(
        label="What happens to this comment?", widget=forms.RadioSelect,
        choices=[
            (PUBLISH, "Publish the checked text below"),
            (MERGE, "It says the same as an earlier comment: merge it"),
            (COMPLAINT, "It is a complaint: handle it through the complaints process"),
            (WITHHOLD, "Do not publish it"),
        ],
        error_messages={"required": "Select what happens to this comment"},
    )
    published_better = forms.CharField(
        label="What would make it better, as published", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    published_comments = forms.CharField(
        label="Comment, as published", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Names, schools, addresses, phone numbers, emails and postcodes we found are "
        "masked. Check the text: put back anything that is not personal, mask anything missed.",
    )
    merge_into = forms.CharField(
        label="Reference of the earlier comment", required=False, max_length=12,
        help_text="For example, FB-7K3M9Q",
    )
    reason = forms.CharField(
        label="Reason or note", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Why it is not published, or the complaint's reference.",
    )

    def __init__(self, *args, item: Feedback, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == self.PUBLISH and not (
            cleaned.get("published_better", "").strip()
            or cleaned.get("published_comments", "").strip()
            or self.item.rating
        ):
            self.add_error("published_comments", "Enter the text to publish")
        if decision == self.MERGE:
            reference = cleaned.get("merge_into", "").strip().upper()
            into = Feedback.objects.filter(reference=reference).exclude(pk=self.item.pk).first()
            if into is None or into.status == Feedback.Status.SAFEGUARDING:
                self.add_error("merge_into", "Enter the reference of another comment")
            cleaned["merge_target"] = into
        if decision == self.WITHHOLD and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Enter why it is not published")
        return cleaned


def _officers_only(request, methods=("GET", "HEAD", "POST")):
    """404 to anyone but an officer, whatever the method; then 405 for a method not used."""
    if not may_moderate(request.user):
        raise Http404("Page not found")
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    return None


@login_required
def queue(request):
    if refused := _officers_only(request, ("GET", "HEAD")):
        return refused
    page = Paginator(moderation.waiting_for_officers(), PER_PAGE).get_page(request.GET.get("page"))
    pagination = paginate(page.number, page.paginator.num_pages, lambda n: f"?page={n}")
    return render(
        request, "youngcommissioners/moderation_queue.html",
        {"page": page, "pagination": pagination, "total": page.paginator.count},
    )


@login_required
def decide(request, item_id):
    if refused := _officers_only(request):
        return refused
    item = get_object_or_404(Feedback.objects.exclude(status=Feedback.Status.SAFEGUARDING),
                             pk=item_id)
    if item.status != Feedback.Status.NEW:
        return render(request, "youngcommissioners/moderation_done.html", {"item": item})
    suggested = {
        "published_better": masked(item.better), "published_comments": masked(item.comments),
    }
    form = Decision(request.POST if request.method == "POST" else None, item=item,
                    initial=suggested)
    if request.method == "POST" and form.is_valid():
        data, user = form.cleaned_data, request.user
        match data["decision"]:
            case Decision.PUBLISH:
                moderation.publish(item, user, data["published_better"],
                                   data["published_comments"])
            case Decision.MERGE:
                moderation.merge(item, user, data["merge_target"])
            case Decision.COMPLAINT:
                moderation.complaint(item, user, data["reason"])
            case Decision.WITHHOLD:
                moderation.not_for_publication(item, user, data["reason"])
        messages.success(request, f"{item.reference}: {item.get_status_display().lower()}.")
        return redirect("youngcommissioners:moderation")
    return render(
        request, "youngcommissioners/moderation_item.html",
        {"item": item, "form": form,
         "found": findings(item.better) + findings(item.comments),
         "complaints_url": SafeguardingContacts.load().complaints_url},
        status=400 if form.errors else 200,
    )
