from django.urls import path

from . import audit_export_views, overview_views, reclaim_views, statements_views, views
from .receipts_views import officer_receipt, receipt, receipt_new

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
    # A spend's receipts: the family adds one later; downloads only through the policy.
    path("family/children/<uuid:child_id>/spends/<uuid:spend_id>/receipts/new/",
         receipt_new, name="receipt_new"),
    path("family/children/<uuid:child_id>/spends/<uuid:spend_id>/receipts/<uuid:receipt_id>/",
         receipt, name="receipt"),
    path(OFFICER + "<uuid:budget_id>/spends/<uuid:spend_id>/receipts/<uuid:receipt_id>/",
         officer_receipt, name="officer_receipt"),
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
    # Monthly statements: the page, and the same statement as a CSV and a PDF.
    path(FAMILY + "<uuid:budget_id>/statement/", statements_views.statement, name="statement"),
    path(FAMILY + "<uuid:budget_id>/statement/csv/", statements_views.statement,
         {"fmt": "csv"}, name="statement_csv"),
    path(FAMILY + "<uuid:budget_id>/statement/pdf/", statements_views.statement,
         {"fmt": "pdf"}, name="statement_pdf"),
    path(OFFICER + "<uuid:budget_id>/statement/", statements_views.officer_statement,
         name="officer_statement"),
    path(OFFICER + "<uuid:budget_id>/statement/csv/", statements_views.officer_statement,
         {"fmt": "csv"}, name="officer_statement_csv"),
    path(OFFICER + "<uuid:budget_id>/statement/pdf/", statements_views.officer_statement,
         {"fmt": "pdf"}, name="officer_statement_pdf"),
    # The council's views across budgets: every ledger entry as CSV, and all budgets' sums.
    path(OFFICER + "audit/", audit_export_views.audit_export_page, name="audit_export"),
    path(OFFICER + "overview/", overview_views.budgets_overview, name="overview"),
    # Year-end reclaim of unspent direct-payment money.
    path(FAMILY + "<uuid:budget_id>/reclaim/", reclaim_views.family_reclaim, name="reclaim"),
    path(OFFICER + "reclaims/", reclaim_views.officer_reclaims, name="officer_reclaims"),
    path(OFFICER + "<uuid:budget_id>/reclaim/", reclaim_views.officer_reclaim,
         name="officer_reclaim"),
]
