from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.accounts.views import activate_totp, admin_login, other_login
from portal.pages import admin_views
from portal.pages import views as shell_views

urlpatterns = [
    # One way in: the Wagtail admin's sign-in page hands over to allauth (rate limits, MFA).
    path("admin/login/", admin_login, name="admin_login_redirect"),
    # ...and so does Wagtail's front-end sign-in (served by wagtail.urls below). Any login view
    # an app adds must be routed the same way: tests/accounts/test_one_way_in.py walks them all.
    path("_util/login/", other_login, name="wagtail_login_redirect"),
    # Wagtail admin views that would show people more than portal/pages/admin_access.py allows.
    path("admin/choose-page/<int:parent_page_id>/", admin_views.page_chooser_browse),
    path("admin/reports/site-history/", admin_views.site_history),
    path("admin/reports/site-history/results/", admin_views.site_history_results),
    path("admin/", include(wagtailadmin_urls)),
    path("council.css", shell_views.council_css, name="council_css"),
    path("documents/", include(wagtaildocs_urls)),
    # Before allauth's own, at the same address (so `mfa_activate_totp` still names it).
    path("accounts/2fa/totp/activate/", activate_totp),
    path("accounts/", include("allauth.urls")),
    path("", include("portal.accounts.urls")),
    path("local-offer/search/", include("search.urls")),
    path("local-offer/", include("local_offer.urls")),
    path("api/oruk/", include("local_offer.oruk.urls")),
    path("family/", include("portal.family.urls")),
    path("family/", include("portal.family.goals.urls")),
    path("family/children/<uuid:child_id>/", include("portal.family.documents.urls")),
    path("", include("budgets.urls")),  # the family's budget pages and the officer's
    path("voice/", include("youngcommissioners.urls")),
    path("sharing/", include("portal.sharing.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler500 = "portal.pages.views.server_error"

# Wagtail's page tree serves everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
