"""A minus that is a sign is set as a sign: `= −1`, `(−1)`, never `= − 1` spaced as subtraction.

MathML Core spaces an <mo> by its form: infix (binary, a medium space on each side) unless it is
the first or last child of its row, or says `form="prefix"`. So a `−` right after a relation
sign, an opening fence or a separator, inside a longer row, is drawn as subtraction unless it
says it is a prefix; latex2mathml's markup did not (`<mo>=</mo><mo>−</mo><mn>1</mn>`), Temml's
does (`<mo form="prefix">−</mo>`). Checked in the built HTML of every page of both languages.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from itertools import pairwise

import pytest

pytestmark = pytest.mark.build

SIGNS = {"−", "+", "±", "∓"}
# After these a sign starts an operand: relations, opening fences, separators.
BEFORE_AN_OPERAND = {"=", "≈", "≤", "≥", "<", ">", "≠", "←", "→", "≡", "∝", "(", "[", "{", "|", ",", ";", ":"}
MATH = re.compile(r"<math\b.*?</math>", re.DOTALL)


def binary_signs(page_html: str) -> list[str]:
    """Each sign in the page's MathML that stands where an operand starts but is spaced as binary."""
    found = []
    for number, source in enumerate(MATH.findall(page_html)):
        try:
            math = ElementTree.fromstring(source)
        except ElementTree.ParseError as error:
            found.append(f"math #{number}: not well-formed MathML ({error}): {source[:80]!r}")
            continue
        for parent in math.iter():
            children = list(parent)
            for previous, mo in pairwise(children):
                if (
                    mo.tag == "mo"
                    and (mo.text or "").strip() in SIGNS
                    and mo.get("form") != "prefix"
                    and previous.tag == "mo"
                    and (previous.text or "").strip() in BEFORE_AN_OPERAND
                ):
                    text = "".join(math.itertext()).strip()[:60]
                    found.append(f"math #{number} {text!r}: {previous.text.strip()} {mo.text.strip()} spaced as binary")
    return found


def test_signs_are_set_as_signs(site):
    found = []
    for page in sorted(site.rglob("*.html")):
        found += [f"{page.relative_to(site)}: {f}" for f in binary_signs(page.read_text(encoding="utf-8"))]
    assert not found, "a sign spaced as a binary operator:\n" + "\n".join(found[:30])


# latex2mathml's markup of `s = 1 - 2 = -1` and `(-1)^2`, as the site served it.
OLD = (
    "<math><mi>s</mi><mo>=</mo><mn>1</mn><mo>−</mo><mn>2</mn><mo>=</mo><mo>−</mo><mn>1</mn></math>"
    '<math><msup><mrow><mo stretchy="false">(</mo><mo>−</mo><mn>1</mn><mo stretchy="false">)</mo></mrow><mn>2</mn></msup></math>'
)


def test_a_sign_spaced_as_binary_is_reported():
    found = binary_signs(OLD)
    assert found == [
        "math #0 's=1−2=−1': = − spaced as binary",
        "math #1 '(−1)2': ( − spaced as binary",
    ], found
