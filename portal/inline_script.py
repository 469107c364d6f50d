"""The page's one inline script, and the CSP hash that allows exactly it.

GOV.UK Frontend needs `js-enabled` on <body> before the page paints. A per-request nonce would
make every response different, so a cached page could not be served to the next visitor; a
hash of this fixed text allows it on every response, cached or not.
"""

import base64
import hashlib

JS_ENABLED = (
    "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype"
    " ? ' govuk-frontend-supported' : '');"
)

_DIGEST = base64.b64encode(hashlib.sha256(JS_ENABLED.encode()).digest()).decode()
CSP_HASH = f"'sha256-{_DIGEST}'"
