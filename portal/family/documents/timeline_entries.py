"""What the documents add to a child's timeline: each document added and each new version."""

from django.urls import reverse

from portal.family.timeline import TIMELINE_LENGTH, TimelineEntry

from .models import DocumentVersion


def document_entries(child) -> list[TimelineEntry]:
    versions = (
        DocumentVersion.objects.filter(document__child=child)
        .select_related("document")
        .order_by("-created_at")[:TIMELINE_LENGTH]
    )
    entries = []
    for version in versions:
        document = version.document
        url = reverse(
            "family_documents:detail", kwargs={"child_id": child.pk, "document_id": document.pk}
        )
        if version.number == 1:
            title = f"Document added: {document.title}"
        else:
            title = f"New version of {document.title} (version {version.number})"
        entries.append(
            TimelineEntry(
                when=version.created_at, title=title, detail=document.get_kind_display(), url=url
            )
        )
    return entries
