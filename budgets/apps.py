from django.apps import AppConfig


class BudgetsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "budgets"
    label = "budgets"
    verbose_name = "Personal budgets"

    def ready(self):
        from . import personal_data

        personal_data.register()
