from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.accounts.views import admin_login
from portal.pages import views as shell_views

urlpatterns = [
    # One way in: the Wagtail admin's sign-in page hands over to allauth (rate limits, MFA).
    path("admin/login/", admin_login, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("council.css", shell_views.council_css, name="council_css"),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("", include("portal.accounts.urls")),
    path("local-offer/search/", include("search.urls")),
    path("local-offer/", include("local_offer.urls")),
    path("api/oruk/", include("local_offer.oruk.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler500 = "portal.pages.views.server_error"

# Wagtail's page tree serves everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
