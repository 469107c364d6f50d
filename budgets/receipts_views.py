"""A spend's receipts: the family adds one to a spend already recorded, and whoever may see
the spend downloads them. Who may is policy.py's answer (another family's receipt is a 404 for
every method); the file's checks, scan and encryption are receipts.py's."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header

from portal import private_files

from . import policy, receipts, spending
from .forms import ReceiptForm
from .models import Receipt
from .views import _reading_only


@login_required
@transaction.atomic  # the sharing policy logs an outsider's look in the page's transaction
def receipt_new(request, child_id, spend_id):
    child = policy.child_or_404(request, child_id, policy.Action.ADD)
    found = policy.spend_of_child_or_404(child, spend_id)
    form = ReceiptForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            spending.add_receipt(found, form.receipt, by=request.user)
        except receipts.Refused as refused:
            form.add_error("file", str(refused))
        else:
            messages.success(request, "The receipt has been added to the spend.")
            return redirect("budgets:spend", child.pk, found.pk)
    return render(request, "budgets/receipt_new.html",
                  {"child": child, "spend": found, "form": form})


@login_required
@transaction.atomic
def receipt(request, child_id, spend_id, receipt_id):
    child = policy.child_or_404(request, child_id)
    found = policy.spend_of_child_or_404(child, spend_id)
    item = get_object_or_404(found.receipts, pk=receipt_id)  # another family's: 404, any method
    if refused := _reading_only(request):
        return refused
    return _download(request, item, child)


@login_required
@transaction.atomic
def officer_receipt(request, budget_id, spend_id, receipt_id):
    budget = policy.officer_budget_or_404(request.user, budget_id)
    item = get_object_or_404(
        Receipt.objects.select_related("spend"), pk=receipt_id, spend_id=spend_id,
        spend__budget=budget,
    )
    if refused := _reading_only(request):
        return refused
    policy.log_officer(request, budget)
    return _download(request, item, budget.child)


def _download(request, item: Receipt, child) -> HttpResponse:
    """The decrypted receipt as a download the browser will not try to open or guess at; one a
    virus was found in is never served."""
    if not item.may_be_served:
        return render(request, "budgets/receipt_infected.html",
                      {"child": child, "receipt": item}, status=403)
    try:
        data = receipts.contents(item)
    except (private_files.PrivateFileMissing, private_files.PrivateFileUnreadable) as exc:
        raise Http404("Page not found") from exc
    filename = f"receipt-{item.spend.spent_on:%Y-%m-%d}.{receipts.extension_for(item)}"
    response = HttpResponse(data, content_type=item.content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Content-Length"] = str(len(data))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
