"""What a message catalog is: a key's text, or its plural forms by Babel's plural categories.

A plural entry names the forms the language has ("one" and "other" for Dutch and English):
``"advice.workdays": {"one": "{count} werkdag", "other": "{count} werkdagen"}``; `t(..., count=n)`
picks the form with `babel.Locale.plural_form`, so no text reads "1 werkdagen" or "punt(en)".
"""

from __future__ import annotations

Plural = dict[str, str]
Catalog = dict[str, "str | Plural"]
