"""The safeguarding lead's list of screening phrases in the admin, and the test box that shows
what a phrase would match before it goes on the list."""

from django import forms
from django.http import Http404
from django.views.generic import FormView
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .policy import may_keep_phrases
from .safeguarding import BUILT_IN_PHRASES, WORD_GROUPS, PhraseError, compile_phrase, matches
from .screening_examples import MUST_ALERT, ORDINARY


def _checked_phrase(value: str) -> str:
    value = " ".join(value.split())
    try:
        compile_phrase(value)
    except PhraseError as error:
        raise forms.ValidationError(str(error)) from error
    return value


class ScreeningPhraseForm(WagtailAdminModelForm):
    def clean_phrase(self):
        return _checked_phrase(self.cleaned_data["phrase"])


class TryPhraseForm(forms.Form):
    phrase = forms.CharField(
        label="Phrase", max_length=200,
        help_text="Written as on the list, for example: @adult ... hit|hurt @victim",
    )
    text = forms.CharField(
        label="Text to try it on", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Type something a person might write. It is not saved anywhere.",
    )

    def clean_phrase(self):
        return _checked_phrase(self.cleaned_data["phrase"])


class TryPhraseView(WagtailAdminTemplateMixin, FormView):
    form_class = TryPhraseForm
    template_name = "youngcommissioners/admin/try_phrase.html"
    page_title = "Try a screening phrase"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not may_keep_phrases(request.user):
            raise Http404("Page not found")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        # A GET with ?phrase= tries it at once (links from the list do this).
        kwargs = super().get_form_kwargs()
        if "phrase" in self.request.GET:
            kwargs["data"] = self.request.GET
        return kwargs

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_bound and form.is_valid():
            return self.form_valid(form)
        return self.render_to_response(self.get_context_data(form=form))

    def form_valid(self, form):
        phrase = form.cleaned_data["phrase"]
        result = {
            "in_text": matches(phrase, form.cleaned_data["text"]),
            "must_alert": [(t, m) for t in MUST_ALERT if (m := matches(phrase, t))],
            "ordinary": [(t, m) for t in ORDINARY if (m := matches(phrase, t))],
            "tried_text": bool(form.cleaned_data["text"].strip()),
        }
        return self.render_to_response(self.get_context_data(form=form, result=result))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            word_groups=WORD_GROUPS, built_in_count=len(BUILT_IN_PHRASES),
            must_alert_count=len(MUST_ALERT), ordinary_count=len(ORDINARY),
        )
        return context


try_phrase = require_admin_access(TryPhraseView.as_view())
