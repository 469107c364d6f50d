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


# --- Moderation, freshness, problem reports and statutory coverage (officers) -----------------

from django.templatetags.static import static  # noqa: E402
from django.urls import path, reverse  # noqa: E402
from django.utils.html import format_html  # noqa: E402
from wagtail import hooks  # noqa: E402

from portal.pages.admin_views import OfficersOnlyChooserViewSet, OfficersOnlyMenuItem  # noqa: E402

from . import approval, draft_reminders, moderation, review_changes  # noqa: E402
from .models import ProblemReport  # noqa: E402
from .officer_reports import CoverageReportView, FreshnessReportView  # noqa: E402


class ProblemReportViewSet(SnippetViewSet):
    model = ProblemReport
    icon = "warning"
    menu_label = "Problem reports"
    chooser_viewset_class = OfficersOnlyChooserViewSet  # reports hold reporters' addresses
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["page", "kind", "status", "times_reported", "created_at"]
    list_filter = ["status", "kind"]
    list_export = ["page", "kind", "details", "status", "times_reported", "officer_notes",
                   "created_at", "last_reported_at", "updated_at"]
    search_fields = ["details"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("kind", read_only=True),
        FieldPanel("details", read_only=True),
        FieldPanel("contact_email", read_only=True),
        FieldPanel("times_reported", read_only=True),
        FieldPanel("last_reported_at", read_only=True),
        FieldPanel("status"),
        FieldPanel("officer_notes"),
    ]


register_snippet(ProblemReportViewSet)


@hooks.register("register_admin_urls")
def register_officer_report_urls():
    return [
        path(
            "reports/listing-freshness/",
            FreshnessReportView.as_view(),
            name="local_offer_freshness_report",
        ),
        path(
            "reports/statutory-coverage/",
            CoverageReportView.as_view(),
            name="local_offer_coverage_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_freshness_report_menu_item():
    return OfficersOnlyMenuItem(
        "Listing freshness", reverse("local_offer_freshness_report"), icon_name="time", order=810
    )


@hooks.register("register_reports_menu_item")
def register_coverage_report_menu_item():
    return OfficersOnlyMenuItem(
        "Statutory coverage",
        reverse("local_offer_coverage_report"),
        icon_name="doc-full",
        order=820,
    )


# --- Moderation in the editor and on the dashboard (providers and officers) -------------------


@hooks.register("construct_page_action_menu")
def put_submit_first_for_providers(menu_items, request, context):
    moderation.submit_comes_first(menu_items)


@hooks.register("after_edit_page")
def say_what_saving_or_approving_did(request, page):
    moderation.warn_if_only_saved(request, page)
    approval.tell_officer_after_approving_in_editor(request, page)


@hooks.register("after_create_page")
def say_a_new_draft_is_not_sent(request, page):
    moderation.warn_if_only_saved(request, page)


@hooks.register("construct_homepage_panels")
def review_before_approving(request, panels):
    review_changes.use_review_panel(request, panels)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "local-offer/review/<int:page_id>/",
            review_changes.ReviewChangesView.as_view(),
            name="local_offer_review_changes",
        ),
    ]


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(
        draft_reminders.REMINDER_ACTION,
        "Draft reminder",
        "Reminder sent: these changes were never sent to the council",
    )
    actions.register_action(
        approval.CHECKED_ACTION, "Checked on approval", "Approved change counted as a check"
    )


# --- The editor, for screen reader and phone users (axe-core: tests/e2e) ------------------------


@hooks.register("insert_editor_js")
def name_rich_text_boxes():
    return format_html('<script src="{}"></script>', static("local_offer/admin/rich_text_names.js"))


@hooks.register("insert_global_admin_css")
def rich_text_box_grows_on_phones():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("local_offer/admin/rich_text.css")
    )
