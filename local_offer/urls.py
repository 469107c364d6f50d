from django.urls import path

from . import listing_views, provider_listings

app_name = "local_offer"
# These sit under /local-offer/ ahead of Wagtail's pages, so each starts with a word no Local
# Offer page uses as its slug.
urlpatterns = [
    path("report-a-problem/<int:page_id>/", listing_views.report_problem, name="report_problem"),
    path(
        "report-a-problem/<int:page_id>/sent/",
        listing_views.report_problem_sent,
        name="report_problem_sent",
    ),
    path("still-accurate/<str:token>/", listing_views.still_accurate, name="still_accurate"),
    path("your-listings/", provider_listings.your_listings_view, name="your_listings"),
]
