"""Render Django forms with GOV.UK Frontend markup: `{% govuk_error_summary form %}` and
`{% govuk_field form.field %}`. Every form in the portal uses these so errors look the same."""

from django import forms, template
from django.template.loader import render_to_string

register = template.Library()

_INPUT_CLASS = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.SelectMultiple: "govuk-select",
    forms.FileInput: "govuk-file-upload",
    forms.ClearableFileInput: "govuk-file-upload",
}


def _kind(widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.simple_tag
def govuk_field(bound_field, hint=None, label_class="govuk-label", width=None, autocomplete=None):
    widget = bound_field.field.widget
    kind = _kind(widget)
    css = _INPUT_CLASS.get(type(widget), "govuk-input")
    if width:
        css += f" govuk-input--width-{width}"
    if bound_field.errors:
        css += f" {css.split()[0]}--error"
    attrs = {"class": css}
    describedby = []
    help_text = hint if hint is not None else bound_field.help_text
    if help_text:
        describedby.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        describedby.append(f"{bound_field.auto_id}-error")
    if describedby and kind == "input":
        attrs["aria-describedby"] = " ".join(describedby)
    if autocomplete:
        attrs["autocomplete"] = autocomplete
    # Radios and checkboxes are drawn by their own templates; only text inputs use the widget.
    widget_html = bound_field.as_widget(attrs=attrs) if kind == "input" else ""
    return render_to_string(
        f"govuk/field_{kind}.html",
        {
            "field": bound_field,
            "widget_html": widget_html,
            "hint": help_text,
            "label_class": label_class,
            "describedby": " ".join(describedby),
        },
    )


@register.inclusion_tag("govuk/error_summary.html")
def govuk_error_summary(*forms_to_check):
    errors = []
    for form in forms_to_check:
        if form is None or not form.is_bound:
            continue
        for message in form.non_field_errors():
            errors.append({"href": "#main-content", "message": message})
        for bound_field in form:
            for message in bound_field.errors:
                anchor = bound_field.auto_id
                if _kind(bound_field.field.widget) in {"checkboxes", "radios"}:
                    anchor = f"{bound_field.auto_id}_0"
                errors.append({"href": f"#{anchor}", "message": message})
    return {"errors": errors}
