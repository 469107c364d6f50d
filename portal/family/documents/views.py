"""A child's documents and profile photo. Access is portal.family.policy's decision alone: the
child is looked up through it first, so another family's document is a 404 for every method
(405 for a wrong method comes only after the policy has said yes)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.text import get_valid_filename, slugify

from portal import private_files
from portal.family.policy import (
    Action,
    Section,
    atomic_for_outsiders,
    child_for_request,
    may,
)

from . import file_types, uploads
from .forms import DocumentForm, PhotoForm, VersionForm
from .models import Document, DocumentVersion, ProfilePhoto

PAGE_SIZE = 20


def _child_view(section: Section, action: Action, methods=("GET",)):
    """Resolve the child through the policy (404 when not allowed), then check the method.
    Atomic, so the access-log row written for anyone outside the family (downloads included)
    stands or falls with the page's own writes."""

    def decorator(view):
        @wraps(view)
        @login_required
        @atomic_for_outsiders
        def wrapped(request, child_id, *args, **kwargs):
            child = child_for_request(request, child_id, section, action)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, child, *args, **kwargs)

        return wrapped

    return decorator


def _posted(request):
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)


def _document(child, document_id) -> Document:
    return get_object_or_404(Document, pk=document_id, child=child)


@_child_view(Section.DOCUMENTS, Action.VIEW)
def document_list(request, child):
    documents = Document.objects.filter(child=child).prefetch_related(
        Prefetch("versions", queryset=DocumentVersion.objects.order_by("-number"))
    )
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "family_documents/document_list.html",
        {
            "child": child,
            "page": page,
            "documents": page.object_list,
            "can_change": may(request.user, child, Section.DOCUMENTS, Action.CHANGE),
        },
    )


@_child_view(Section.DOCUMENTS, Action.CHANGE, methods=("GET", "POST"))
def document_add(request, child):
    data, files = _posted(request)
    form = DocumentForm(data, files, child=child)
    if request.method == "POST" and form.is_valid():
        try:
            document = uploads.add_document(
                child,
                title=form.cleaned_data["title"],
                kind=form.cleaned_data["kind"],
                upload=form.upload,
                user=request.user,
            )
        except uploads.Refused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, f"\u201c{document.title}\u201d has been added.")
            return redirect("family_documents:detail", child_id=child.pk, document_id=document.pk)
    return render(
        request, "family_documents/document_add.html", {"child": child, "form": form}
    )


@_child_view(Section.DOCUMENTS, Action.VIEW)
def document_detail(request, child, document_id):
    document = _document(child, document_id)
    versions = list(document.versions.select_related("uploaded_by").order_by("-number"))
    return render(
        request,
        "family_documents/document_detail.html",
        {
            "child": child,
            "document": document,
            "newest": versions[0] if versions else None,
            "earlier": versions[1:],
            "can_change": may(request.user, child, Section.DOCUMENTS, Action.CHANGE),
        },
    )


@_child_view(Section.DOCUMENTS, Action.CHANGE, methods=("GET", "POST"))
def version_add(request, child, document_id):
    document = _document(child, document_id)
    data, files = _posted(request)
    form = VersionForm(data, files)
    if request.method == "POST" and form.is_valid():
        version = uploads.add_version(document, upload=form.upload, user=request.user)
        messages.success(
            request, f"Version {version.number} of \u201c{document.title}\u201d has been added."
        )
        return redirect("family_documents:detail", child_id=child.pk, document_id=document.pk)
    return render(
        request,
        "family_documents/version_add.html",
        {"child": child, "document": document, "form": form},
    )


def _attachment(stored, filename_stem: str) -> HttpResponse:
    """The decrypted file as a download the browser will not try to open or guess at."""
    try:
        data = uploads.contents(stored)
    except (private_files.PrivateFileMissing, private_files.PrivateFileUnreadable) as exc:
        raise Http404("Page not found") from exc
    stem = get_valid_filename(slugify(filename_stem) or "document")
    filename = f"{stem}.{file_types.extension_for(stored.content_type)}"
    response = HttpResponse(data, content_type=stored.content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Content-Length"] = str(len(data))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _infected(request, child, stored):
    return render(
        request, "family_documents/infected.html", {"child": child, "stored": stored}, status=403
    )


@_child_view(Section.DOCUMENTS, Action.VIEW)
def version_download(request, child, document_id, version_id):
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document"),
        pk=version_id,
        document_id=document_id,
        document__child=child,
    )
    if not version.may_be_served:
        return _infected(request, child, version)
    stem = version.original_filename.rsplit(".", 1)[0] or version.document.title
    return _attachment(version, stem)


@_child_view(Section.PROFILE, Action.CHANGE, methods=("GET", "POST"))
def photo_change(request, child):
    data, files = _posted(request)
    form = PhotoForm(data, files)
    photo = ProfilePhoto.objects.filter(child=child).first()
    if request.method == "POST" and "remove" in request.POST:
        if uploads.remove_photo(child):
            messages.success(request, f"The photo of {child.first_name} has been removed.")
        return redirect("family_documents:photo_change", child_id=child.pk)
    if request.method == "POST" and form.is_valid():
        uploads.set_photo(child, upload=form.upload, user=request.user)
        messages.success(request, f"The photo of {child.first_name} has been saved.")
        return redirect("family_documents:photo_change", child_id=child.pk)
    return render(
        request,
        "family_documents/photo_change.html",
        {"child": child, "form": form, "photo": photo},
    )


@_child_view(Section.PROFILE, Action.VIEW)
def photo_image(request, child):
    """The photo, for an <img> on the profile page. Served inline (an image the browser shows),
    but only the two checked image types, with nosniff, and never cached by anyone else."""
    photo = ProfilePhoto.objects.filter(child=child).first()
    if photo is None or not photo.may_be_served:
        raise Http404("Page not found")
    try:
        data = uploads.contents(photo)
    except (private_files.PrivateFileMissing, private_files.PrivateFileUnreadable) as exc:
        raise Http404("Page not found") from exc
    response = HttpResponse(data, content_type=photo.content_type)
    filename = f"photo.{file_types.extension_for(photo.content_type)}"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response

