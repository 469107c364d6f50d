"""Colour arithmetic for the council's brand colour: WCAG contrast and GOV.UK-style shading."""

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
MINIMUM_TEXT_CONTRAST = 4.5  # WCAG 2.2 success criterion 1.4.3, normal-size text


def _channels(colour: str) -> tuple[int, int, int]:
    if not HEX_COLOUR.match(colour):
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def relative_luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def shade(colour: str, percent: int) -> str:
    """Mix with black, as GOV.UK Frontend's govuk-shade() does for the header's bottom border."""
    return "#" + "".join(f"{round(c * (100 - percent) / 100):02x}" for c in _channels(colour))
