"""Where each Local Offer page type may live, and that each renders and previews."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from local_offer.models import (
    EventIndexPage,
    EventPage,
    GuidePage,
    LocalOfferPage,
    ServiceIndexPage,
    ServicePage,
    ShortBreaksStatementPage,
)
from portal.pages.models import ContentPage, HomePage
from tests.clients import PortalClient

from .page_support import build_page_tree, make_admin


class PageTypeRulesTests(WagtailPageTestCase):
    client_class = PortalClient  # force_login includes the two-factor step

    def test_local_offer_page_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(LocalOfferPage, {HomePage})
        self.assertCanCreateAt(HomePage, LocalOfferPage)
        self.assertCanNotCreateAt(ContentPage, LocalOfferPage)

    def test_services_live_in_a_service_folder_only(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertCanCreateAt(ServiceIndexPage, ServicePage)
        self.assertCanNotCreateAt(LocalOfferPage, ServicePage)
        self.assertCanNotCreateAt(HomePage, ServicePage)
        self.assertAllowedSubpageTypes(ServicePage, {})

    def test_service_folders_nest_so_each_provider_can_have_its_own(self):
        self.assertAllowedParentPageTypes(ServiceIndexPage, {LocalOfferPage, ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage, ServiceIndexPage})

    def test_guides_sit_under_the_local_offer_and_may_have_sub_guides(self):
        self.assertAllowedParentPageTypes(GuidePage, {LocalOfferPage, GuidePage})
        self.assertCanCreateAt(GuidePage, GuidePage)

    def test_short_breaks_statement_and_events_sit_under_the_local_offer(self):
        self.assertAllowedParentPageTypes(ShortBreaksStatementPage, {LocalOfferPage})
        self.assertAllowedParentPageTypes(EventIndexPage, {LocalOfferPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertCanNotCreateAt(LocalOfferPage, EventPage)

    def test_local_offer_children_are_the_four_sections(self):
        self.assertAllowedSubpageTypes(
            LocalOfferPage, {ServiceIndexPage, GuidePage, ShortBreaksStatementPage, EventIndexPage}
        )

    def test_there_is_one_local_offer_and_one_short_breaks_statement(self):
        # Given the tree already has both
        tree = build_page_tree()
        # Then neither can be added again
        self.assertFalse(LocalOfferPage.can_create_at(tree.home))
        self.assertFalse(ShortBreaksStatementPage.can_create_at(tree.local_offer))


class RenderAndPreviewTests(WagtailPageTestCase):
    client_class = PortalClient  # force_login includes the two-factor step

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_page_tree()
        cls.admin = make_admin()

    def pages(self):
        tree = self.tree
        return [
            tree.local_offer,
            tree.services,
            tree.service,
            tree.guide,
            tree.statement,
            tree.events,
            tree.event,
        ]

    def test_every_page_type_renders(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)

    def edit_form_data(self, page):
        """What the editor would submit. A StreamField is drawn by JavaScript, so the HTML holds
        no inputs for it: the guide's body is added the way the browser would post it."""
        self.client.force_login(self.admin)
        html = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        data = querydict_from_html(html, form_id="page-edit-form").copy()
        if isinstance(page, GuidePage):
            body = nested_form_data(
                {"body": streamfield([("paragraph", rich_text("<p>Lots to do.</p>"))])}
            )
            for key, value in body.items():
                data[key] = value
        return data

    def test_every_page_type_previews_from_its_edit_form(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsPreviewable(
                    page, post_data=self.edit_form_data(page), user=self.admin
                )

    def test_every_page_type_opens_in_the_admin_editor(self):
        # Given a site admin with MFA
        self.client.force_login(self.admin)
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                # When they open the page in the editor
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                # Then the form shows
                self.assertEqual(response.status_code, 200)

    def test_a_new_service_form_opens_in_the_admin(self):
        self.client.force_login(self.admin)
        response = self.client.get(
            f"/admin/pages/add/local_offer/servicepage/{self.tree.services.pk}/"
        )
        self.assertContains(response, "Years")
        self.assertContains(response, "Cost in pounds")


@pytest.mark.django_db
def test_home_page_exists_for_the_local_offer_to_hang_from():
    assert Page.objects.type(HomePage).exists()
