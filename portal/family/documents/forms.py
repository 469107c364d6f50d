"""Upload forms. The file's checks live in uploads.py / file_types.py; these only turn their
refusals into GOV.UK error messages on the right field."""

from django import forms

from . import uploads
from .models import Document

FILE_HINT = (
    "A PDF, a Word document (.docx), or a photo or scan saved as PNG or JPEG, smaller than {mb} MB."
)


class _FileField(forms.FileField):
    def __init__(self, label, hint, **kwargs):
        super().__init__(
            label=label,
            help_text=hint,
            error_messages={
                "required": "Select a file to upload",
                "empty": "The selected file is empty. Choose a file that has something in it.",
                "invalid": "Select a file to upload",
            },
            # Django's own "empty" check would run first with its own wording; ours is above.
            allow_empty_file=True,
            **kwargs,
        )


def _megabytes(size: int) -> int:
    return max(size // (1024 * 1024), 1)


class _UploadForm(forms.Form):
    # What the file must be: a document (or, for the photo form, an image) within its limits.
    check_upload = staticmethod(uploads.check_document)
    limits = staticmethod(uploads.document_limits)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        upload = uploads.Upload.from_file(uploaded, self.limits().max_bytes)
        try:
            self.check_upload(upload)
        except uploads.Refused as refused:
            raise forms.ValidationError(str(refused)) from refused
        self.upload = upload
        return uploaded


class DocumentForm(_UploadForm):
    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="For example, \"Speech and language therapy report, March 2026\".",
        error_messages={
            "required": "Enter a title for the document",
            "max_length": "The title must be 200 characters or fewer",
        },
    )
    kind = forms.ChoiceField(
        label="What kind of document is it?",
        choices=Document.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select what kind of document it is",
            "invalid_choice": "Select what kind of document it is",
        },
    )

    def __init__(self, *args, child, **kwargs):
        super().__init__(*args, **kwargs)
        self.child = child
        self.fields["file"] = _FileField(
            "Upload a file", FILE_HINT.format(mb=_megabytes(uploads.document_limits().max_bytes))
        )

    def clean(self):
        cleaned = super().clean()
        try:
            uploads.check_room_for_another(self.child)
        except uploads.Refused as refused:
            raise forms.ValidationError(str(refused)) from refused
        return cleaned


class VersionForm(_UploadForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"] = _FileField(
            "Upload the new version",
            FILE_HINT.format(mb=_megabytes(uploads.document_limits().max_bytes))
            + " The earlier versions are kept.",
        )


class PhotoForm(_UploadForm):
    check_upload = staticmethod(uploads.check_photo)
    limits = staticmethod(uploads.photo_limits)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"] = _FileField(
            "Upload a photo",
            f"A PNG or JPEG, smaller than {_megabytes(uploads.photo_limits().max_bytes)} MB.",
        )
