"""Admin screens of the voice app: the safeguarding lead's screening phrases and their test box."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ScreeningPhrase
from .phrase_admin import ScreeningPhraseForm, try_phrase
from .policy import may_keep_phrases


class ScreeningPhraseViewSet(SnippetViewSet):
    model = ScreeningPhrase
    icon = "warning"
    menu_label = "Safeguarding phrases"
    add_to_admin_menu = True
    list_display = ["phrase", "active", "note", "updated_at"]
    list_filter = ["active", "built_in"]
    list_export = ["phrase", "active", "built_in", "note", "updated_at"]
    search_fields = ["phrase", "note"]
    list_per_page = 100
    edit_handler = ObjectList(
        [FieldPanel("phrase"), FieldPanel("note"), FieldPanel("active")],
        base_form_class=ScreeningPhraseForm,
    )


register_snippet(ScreeningPhraseViewSet)


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("safeguarding/try-a-phrase/", try_phrase, name="youngcommissioners_try_phrase")]


class LeadOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return may_keep_phrases(request.user)


@hooks.register("register_admin_menu_item")
def try_phrase_menu_item():
    return LeadOnlyMenuItem(
        "Try a safeguarding phrase", reverse("youngcommissioners_try_phrase"),
        icon_name="search", order=900,
    )
