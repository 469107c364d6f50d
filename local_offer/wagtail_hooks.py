"""Admin screens for the Local Offer's snippets: providers and the vocabularies services use."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BroadArea, Need, Provider, Taxonomy, TaxonomyTerm


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "group"
    menu_label = "Providers"
    list_display = ["name", "organisation", "email", "phone", "ofsted_number"]
    list_filter = ["organisation__kind"]
    list_export = ["name", "organisation", "description", "website", "email", "phone",
                   "ofsted_number", "charity_number", "external_id"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class TaxonomyViewSet(SnippetViewSet):
    model = Taxonomy
    icon = "list-ul"
    menu_label = "Vocabularies"
    list_display = ["name", "code", "url"]
    list_export = ["code", "name", "description", "url"]
    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("description"), FieldPanel("url")]


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = "Categories"
    list_display = ["label", "parent", "taxonomy", "code"]
    list_filter = ["taxonomy"]
    list_export = ["code", "label", "parent", "taxonomy", "description"]
    list_per_page = 50
    search_fields = ["label", "code"]
    panels = [FieldPanel("taxonomy"), FieldPanel("label"), FieldPanel("code"),
              FieldPanel("parent"), FieldPanel("description"), FieldPanel("sort_order")]


class NeedViewSet(SnippetViewSet):
    model = Need
    icon = "help"
    menu_label = "Needs (SEN2)"
    list_display = ["code", "label", "broad_area", "plain_english"]
    list_filter = ["broad_area"]
    list_export = ["code", "label", "broad_area", "plain_english"]
    panels = [FieldPanel("code"), FieldPanel("label"), FieldPanel("broad_area"),
              FieldPanel("plain_english"), FieldPanel("sort_order")]


class BroadAreaViewSet(SnippetViewSet):
    model = BroadArea
    icon = "folder-open-inverse"
    menu_label = "Broad areas of need"
    list_display = ["label", "code"]
    list_export = ["code", "label", "description"]
    panels = [FieldPanel("label"), FieldPanel("code"), FieldPanel("description"),
              FieldPanel("sort_order")]


class LocalOfferSnippets(SnippetViewSetGroup):
    menu_label = "Local Offer"
    menu_icon = "folder-inverse"
    menu_order = 200
    items = (ProviderViewSet, TaxonomyTermViewSet, TaxonomyViewSet, NeedViewSet, BroadAreaViewSet)


register_snippet(LocalOfferSnippets)
