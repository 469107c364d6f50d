from django.urls import path

from . import views

app_name = "budgets"
FAMILY = "family/children/<uuid:child_id>/budget/"
OFFICER = "budgets/officer/"
urlpatterns = [
    path(FAMILY, views.budget, name="budget"),
    path(FAMILY + "<uuid:budget_id>/", views.budget, name="budget_year"),
    path(FAMILY + "<uuid:budget_id>/spends/", views.spends, name="spends"),
    path(FAMILY + "<uuid:budget_id>/spends/new/", views.spend_new, name="spend_new"),
    path("family/children/<uuid:child_id>/spends/<uuid:spend_id>/", views.spend, name="spend"),
    path("family/children/<uuid:child_id>/spends/<uuid:spend_id>/review/", views.spend_review,
         name="spend_review"),
    path(OFFICER + "<uuid:budget_id>/spends/<uuid:spend_id>/", views.officer_spend,
         name="officer_spend"),
    path(OFFICER, views.officer_find, name="officer_find"),
    path(OFFICER + "children/<uuid:child_id>/new/", views.officer_budget_new,
         name="officer_budget_new"),
    path(OFFICER + "<uuid:budget_id>/", views.officer_budget, name="officer_budget"),
    path(OFFICER + "<uuid:budget_id>/streams/new/", views.officer_stream_new,
         name="officer_stream_new"),
    path(OFFICER + "<uuid:budget_id>/provisions/new/", views.officer_provision_new,
         name="officer_provision_new"),
    path(OFFICER + "<uuid:budget_id>/amendments/new/", views.officer_amendment_new,
         name="officer_amendment_new"),
]
