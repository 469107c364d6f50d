"""Your data: ask for a copy of everything the portal holds about you, then download it once.
The work lives in data_export.py; these views only connect it to the account page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from . import data_export
from .models import DataExport


@login_required
def your_data(request):
    if request.method == "POST":
        data_export.request_export(request.user)
        return redirect("accounts:your_data")
    data_export.forget_expired()
    exports = DataExport.objects.filter(user=request.user)
    current = exports.filter(
        status__in=[DataExport.Status.WAITING, DataExport.Status.READY]
    ).first()
    return render(
        request,
        "accounts/your_data.html",
        {
            "current": current,
            "failed": exports.filter(status=DataExport.Status.FAILED).first(),
            "kept_days": data_export.EXPORT_KEPT_FOR.days,
        },
    )


@require_POST
@login_required
def your_data_download(request, export_id):
    # Only the person who asked: anyone else's export is a 404, as if it were not there.
    export = get_object_or_404(DataExport, pk=export_id, user=request.user)
    try:
        chunks = data_export.take_download(export)
    except DataExport.DoesNotExist:
        messages.info(request, "That download has already been used. Ask for a new one below.")
        return redirect("accounts:your_data")
    filename = f"your-data-{timezone.localdate().isoformat()}.zip"
    response = StreamingHttpResponse(chunks, content_type="application/zip")
    response["Content-Length"] = str(export.size)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
