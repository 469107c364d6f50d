"""Runs axe-core in a page and fails with a readable list of WCAG 2.2 A/AA violations."""

from pathlib import Path

AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.join(" ")),
    summaries: v.nodes.map((n) => n.failureSummary),
  }));
}"""


def axe_violations(page) -> list[dict]:
    """The page's violations of the WCAG 2.2 A/AA rules, as plain dicts."""
    from playwright.sync_api import Error

    # add_script_tag inlines the file, which our CSP forbids: the page's browser context must be
    # opened with bypass_csp=True (the axe_page fixture), which affects nothing but this check.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    # Staff pages carry Wagtail's userbar, which runs its own axe check as the page loads: ours
    # waits its turn (up to 10 seconds) rather than failing on that.
    for _ in range(40):
        try:
            return page.evaluate(_RUN_AXE, WCAG_TAGS)
        except Error as error:
            if "already running" not in str(error):
                raise
            page.wait_for_timeout(250)
    raise AssertionError("axe-core never had a turn on " + page.url)


def format_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe-core found {len(violations)} WCAG 2.2 A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for target, summary in zip(violation["targets"], violation["summaries"], strict=False):
            lines.append(f"    at {target}")
            for detail in (summary or "").splitlines():
                lines.append(f"       {detail}")
    return "\n".join(lines)


def assert_no_axe_violations(page) -> None:
    violations = axe_violations(page)
    assert not violations, format_violations(page.url, violations)
