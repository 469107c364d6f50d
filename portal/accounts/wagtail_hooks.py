"""Officers keep the list of organisations in the Wagtail admin; people join them by invitation."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "kind", "created_at"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "created_at"]
    search_fields = ["name"]
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("kind")]


register_snippet(OrganisationViewSet)
