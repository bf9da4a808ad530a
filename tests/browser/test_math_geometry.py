"""Formulas are laid out as a mathematician writes them, measured in Chromium in both themes.

MathML can be well-formed and still drawn wrong: Chromium implements MathML Core, which ignores
`columnalign`, so the `=` signs of an `align*` block drifted apart, and the label of an
`\\xrightarrow` sat beside or across its arrow (the latex2mathml markup the site had). What a
reader sees is geometry, so that is what is checked, on every page of both languages
(`test_math_is_laid_out_as_written` in test_pages.py, on the page views the other checks share):

- in every aligned block (a display table whose rows have two cells or more) the relation sign
  that starts each row's right-hand side (=, ≈, ≤, ←, …) stands at one x position, within 1 px;
- every formula is drawn in the colour of the text around it, so it follows the theme;
- every labelled arrow (an arrow under an <mover>) has its label above it: the label's lowest
  glyph no lower than the arrow's top (with a small tolerance), and its middle over the arrow
  (latex2mathml's labels overlapped their arrows' ends by a pixel or two, set after them).

`test_misaligned_math_is_reported` feeds the same measurement the old markup of two of the
backprop page's formulas and asserts that it names both faults.
"""

from __future__ import annotations

import pytest

from browsing import reveal, url_of

pytestmark = pytest.mark.browser

ALIGN_TOLERANCE = 1.0  # px: one device pixel at the test's zoom
LABEL_TOLERANCE = 2.0  # px: the label's glyph box may reach into the arrow's by a hair, not across it

# The measurement, run in the page. A row aligns at a cell (after its first) whose first glyph is
# a relation sign at the top level of the cell (in the cell or in <mrow>s directly inside it), so
# the `=` of a subscript such as `\Big|_{w=0}` is not taken for it. A label's extent is the union
# of its glyphs' boxes (the token elements with text): padding elements such as <mpadded> and
# <mspace> can sit where the glyphs do not.
GEOMETRY = """() => {
  const RELATIONS = new Set(["=", "≈", "≤", "≥", "<", ">", "≠", "←", "→", "≡", "∝", ":="]);
  const ARROWS = /^[←→⟵⟶↦⟼⇐⇒⟸⟹↔⟷]$/;
  const TOKENS = "mi, mn, mo, mtext, ms";
  const box = e => e.getBoundingClientRect();
  const texOf = m => (m.querySelector('annotation[encoding="application/x-tex"]') || m).textContent.trim().slice(0, 50);
  const topLevel = (mo, cell) => {
    for (let e = mo.parentElement; e !== cell; e = e.parentElement) {
      if (e.localName !== "mrow") return false;
    }
    return true;
  };
  const maths = [...document.querySelectorAll("article math")];
  const aligned = [], arrows = [];
  for (const [i, math] of maths.entries()) {
    for (const table of math.querySelectorAll("mtable")) {
      const rows = [...table.children].filter(r => r.localName === "mtr" || r.localName === "mlabeledtr");
      if (rows.length < 2 || !rows.every(r => r.querySelectorAll(":scope > mtd").length >= 2)) continue;
      const signs = [];
      for (const [r, row] of rows.entries()) {
        // The cell (after the first) whose first glyph is a relation sign: where the row aligns.
        const sign = [...row.querySelectorAll(":scope > mtd")].slice(1)
          .map(cell => [[...cell.querySelectorAll(TOKENS)].find(e => e.textContent.trim()), cell])
          .find(([first, cell]) => first && first.localName === "mo" && topLevel(first, cell)
                                  && RELATIONS.has(first.textContent.trim()));
        if (sign) signs.push({row: r, sign: sign[0].textContent.trim(), x: box(sign[0]).left});
      }
      // A table no row of which aligns at a relation sign is a matrix, not an aligned block.
      if (signs.length) aligned.push({math: i, tex: texOf(math), rows: rows.length, signs});
    }
    for (const over of math.querySelectorAll("mover")) {
      const [base, label] = over.children;
      if (!base || !label || !ARROWS.test(base.textContent.trim())) continue;
      const glyphs = [...label.querySelectorAll(TOKENS)].filter(t => t.textContent.trim()).map(box);
      if (label.matches(TOKENS) && label.textContent.trim()) glyphs.push(box(label));
      if (!glyphs.length) continue;
      const arrow = box(base);
      const ink = {top: Math.min(...glyphs.map(g => g.top)), bottom: Math.max(...glyphs.map(g => g.bottom)),
                   left: Math.min(...glyphs.map(g => g.left)), right: Math.max(...glyphs.map(g => g.right))};
      arrows.push({math: i, tex: texOf(math), label: label.textContent.trim(),
                   arrow: {top: arrow.top, bottom: arrow.bottom, left: arrow.left, right: arrow.right}, ink});
    }
  }
  return {aligned, arrows};
}"""


# Math drawn in its surroundings' colour (currentColor), so it follows the light and dark themes:
# each <math> and each of its glyphs has the colour of the text the formula stands in.
OFF_COLOUR = """() => [...document.querySelectorAll("article math")].flatMap((m, i) => {
  const expected = getComputedStyle(m.parentElement).color;
  return [m, ...m.querySelectorAll("mi, mn, mo, mtext")].filter(e => getComputedStyle(e).color !== expected)
    .slice(0, 1).map(e => `math #${i} ${m.textContent.trim().slice(0, 40)}: <${e.localName}> drawn in ${getComputedStyle(e).color}, the text around it in ${expected}`);
})"""


def faults(geometry: dict) -> list[str]:
    """What the measurement shows drawn wrong, one line per formula."""
    found = []
    for block in geometry["aligned"]:
        signs = block["signs"]
        if len(signs) < block["rows"]:  # a row that starts with no relation sign breaks the column
            found.append(
                f"math #{block['math']} {block['tex']!r}: only {len(signs)} of {block['rows']} rows start with a relation sign"
            )
        xs = [sign["x"] for sign in signs]
        if xs and max(xs) - min(xs) > ALIGN_TOLERANCE:
            where = ", ".join(f"row {s['row'] + 1} {s['sign']} at {s['x']:.1f}" for s in signs)
            found.append(f"math #{block['math']} {block['tex']!r}: relation signs not aligned ({where})")
    for arrow in geometry["arrows"]:
        a, ink = arrow["arrow"], arrow["ink"]
        if ink["bottom"] > a["top"] + LABEL_TOLERANCE:
            found.append(
                f"math #{arrow['math']} {arrow['tex']!r}: the label {arrow['label']!r} reaches down to "
                f"{ink['bottom']:.1f} px, below its arrow's top {a['top']:.1f} px"
            )
        middle = (ink["left"] + ink["right"]) / 2
        if not a["left"] <= middle <= a["right"]:
            found.append(
                f"math #{arrow['math']} {arrow['tex']!r}: the label {arrow['label']!r} spans "
                f"{ink['left']:.1f}-{ink['right']:.1f} px, its middle not over its arrow at {a['left']:.1f}-{a['right']:.1f} px"
            )
    return found


def measured(page) -> dict:
    reveal(page)
    return page.evaluate(GEOMETRY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_measurement_finds_the_backprop_formulas(visit, lang):
    """The backprop page has aligned blocks and labelled arrows: a measurement that found none of
    them would pass every page without looking."""
    geometry = measured(visit(url_of(lang, "backprop.md")).page)
    assert len(geometry["aligned"]) >= 4, geometry["aligned"]
    assert {arrow["label"] for arrow in geometry["arrows"]} >= {"a", "b", "×", "−y", "(⋅)2"}, geometry["arrows"]


# latex2mathml's markup of two formulas of the backprop page, as the site served it: the forward
# pass (`\begin{align*} \hat{y} &= w \cdot x … \end{align*}`) and the graph
# `w,\ x \xrightarrow{\;\times\;} \hat{y}`.
OLD_MATHML = """<article>
<math display="block"><mrow><mtable displaystyle="true" rowspacing="3pt" columnspacing="0em 2em">
<mtr><mtd columnalign="right"><mover accent="true"><mi>y</mi><mo>^</mo></mover></mtd><mtd columnalign="left"><mi></mi><mo>=</mo><mi>w</mi><mo>·</mo><mi>x</mi><mo>=</mo><mn>1</mn><mo>·</mo><mn>1</mn><mo>=</mo><mn>1</mn></mtd></mtr>
<mtr><mtd columnalign="right"><mi>s</mi></mtd><mtd columnalign="left"><mi></mi><mo>=</mo><mover accent="true"><mi>y</mi><mo>^</mo></mover><mo>−</mo><mi>y</mi><mo>=</mo><mn>1</mn><mo>−</mo><mn>2</mn><mo>=</mo><mo>−</mo><mn>1</mn></mtd></mtr>
<mtr><mtd columnalign="right"><mtext>loss</mtext></mtd><mtd columnalign="left"><mi></mi><mo>=</mo><msup><mi>s</mi><mn>2</mn></msup><mo>=</mo><msup><mrow><mo stretchy="false">(</mo><mo>−</mo><mn>1</mn><mo stretchy="false">)</mo></mrow><mn>2</mn></msup><mo>=</mo><mn>1</mn></mtd></mtr>
</mtable></mrow></math>
<math display="block"><mrow><mi>w</mi><mo>,</mo><mtext> </mtext><mi>x</mi><mover><mstyle scriptlevel="0"><mo>→</mo></mstyle><mpadded width="+0.833em" lspace="0.556em" voffset="-.2em" height="-.2em"><mrow><mspace width="0.278em" /><mo>×</mo><mspace width="0.278em" /></mrow><mspace depth=".25em" /></mpadded></mover><mover accent="true"><mi>y</mi><mo>^</mo></mover></mrow></math>
</article>"""


def test_misaligned_math_is_reported(browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(OLD_MATHML)
        found = faults(measured(page))
    finally:
        context.close()
    assert any("relation signs not aligned" in f and "row 3 =" in f for f in found), found
    assert any("the label '×'" in f for f in found), found
