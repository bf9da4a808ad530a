"""Every page of both languages, as headless Chromium shows it to a reader.

Each test is parametrized per page (zh/…, en/…): a failing page is named with its reason and the
other pages are still checked. A page is opened once per colour scheme and every check of that
page runs on it (the `views` fixture: pytest runs a page's checks together, in the order they
are written here): the checks that only look come first; the palette toggle is switched back;
the language switcher, which navigates, comes last.
"""

from __future__ import annotations

import re

import pytest
from test_math_geometry import OFF_COLOUR, faults, measured

from browsing import OTHER, PAGE_IDS, PAGE_PARAMS, reveal, url_of
from conftest import PHONE, SCREENSHOTS, PageViews, visitor
from gradbook import DOCS
from gradbook.benchmark import MAX_PAGE_BYTES
from gradbook.built_site import chapter_of
from gradbook.page_model import without_annotation_markers
from gradbook.pages import fences, without_fences_and_comments
from gradbook.snippets import INCLUDE_LINE, SnippetError, includes_in, shown_text

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=PAGE_PARAMS, ids=PAGE_IDS)
def views(request, browser, base_url) -> PageViews:
    contexts = []
    yield PageViews(visitor(browser, base_url, contexts), base_url, *request.param, screenshots=SCREENSHOTS)
    for context in contexts:
        context.close()


def problems(items: list[str]) -> str:
    return "\n".join(f"  - {item}" for item in items)


def test_page_loads_cleanly(views):
    """No console error, no uncaught exception, no failed request, nothing from another host."""
    seen = views["light"]
    assert seen.status == 200, f"{seen.url} answered HTTP {seen.status}"
    assert not seen.at_load, f"{seen.url}:\n{seen.report(seen.at_load)}"


MATH_SIZES = """() => [...document.querySelectorAll("article math")].map((m, i) => {
  const box = m.getBoundingClientRect();
  return {i, width: box.width, height: box.height, display: getComputedStyle(m).display,
          block: m.getAttribute("display") === "block", errors: m.querySelectorAll("merror").length,
          tex: (m.querySelector('annotation[encoding="application/x-tex"]') || m).textContent.trim().slice(0, 60)};
})"""

# Prose text outside code and math: leftover TeX here means math that was not converted.
PROSE_TEXT = """() => {
  const article = document.querySelector("article").cloneNode(true);
  article.querySelectorAll("pre, code, math, script, style").forEach(e => e.remove());
  return article.textContent;
}"""
TEX_LEFT = re.compile(
    r"\$\$|\\\(|\\\[|\\(?:frac|partial|mathbf|mathrm|begin|end|sum|cdot|times|nabla|left|right|hat|alpha|eta|theta)\b"
)


def source_has_math(lang: str, name: str) -> bool:
    """Whether the page's Markdown (a notebook's: its chapter's) has $…$ math in its prose."""
    text = without_fences_and_comments((DOCS / lang / chapter_of(name)).read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return bool(re.search(r"\$[^$\n]+\$", text))


def test_math_is_rendered(views):
    """Every <math> element renders with a non-zero size, as MathML (not as plain text)."""
    seen = views["light"]
    reveal(seen.page)
    maths = seen.page.evaluate(MATH_SIZES)
    if source_has_math(views.lang, views.name):
        assert maths, f"{seen.url}: the page's Markdown has $…$ math but the page has no <math> element"
    bad = []
    for m in maths:
        if m["width"] <= 0 or m["height"] <= 0:
            bad.append(f"math #{m['i']} {m['tex']!r} renders {m['width']}x{m['height']}")
        elif "math" not in m["display"]:
            bad.append(f"math #{m['i']} {m['tex']!r} is not laid out as MathML (display: {m['display']})")
        if m["errors"]:
            bad.append(f"math #{m['i']} {m['tex']!r} contains <merror>")
    leftover = [match.group(0) for match in TEX_LEFT.finditer(seen.page.evaluate(PROSE_TEXT))]
    if leftover:
        bad.append(f"unconverted TeX in the prose: {sorted(set(leftover))}")
    assert not bad, f"{seen.url}:\n{problems(bad)}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_math_is_laid_out_as_written(views, scheme):
    """Aligned blocks aligned at their relation signs, arrow labels above their arrows, every
    formula in the colour of its text (test_math_geometry.py: the measurement and its reasons)."""
    seen = views[scheme]
    found = faults(measured(seen.page)) + seen.page.evaluate(OFF_COLOUR)
    assert not found, f"{seen.url} ({scheme}):\n" + "\n".join(f"  - {f}" for f in found)


FIGURES = """async () => {
  const found = [];
  const figures = [...document.querySelectorAll("article img, article svg")].filter(e => !e.parentElement.closest("svg"));
  for (const [i, e] of figures.entries()) {
    const box = e.getBoundingClientRect();
    const what = e.tagName.toLowerCase() === "img" ? `img ${e.getAttribute("src")}` : `svg #${i} ${(e.getAttribute("aria-label") || e.querySelector("title")?.textContent || e.getAttribute("class") || "").slice(0, 60)}`;
    let broken = "";
    if (e.tagName.toLowerCase() === "img") {
      e.loading = "eager";
      try { await e.decode(); } catch (error) { broken = `does not load or decode (${error.message || error})`; }
      if (!broken && !(e.naturalWidth > 0 || e.getAttribute("src").includes(".svg"))) broken = "has no pixels";
    } else {
      const inner = e.getBBox ? e.getBBox() : {width: 1, height: 1};
      if (!(inner.width > 0 && inner.height > 0)) broken = "draws nothing";
    }
    found.push({what, width: box.width, height: box.height, broken});
  }
  return found;
}"""


def test_every_figure_shows(views):
    """Every image and inline SVG in the content loads, decodes and takes up space."""
    seen = views["light"]
    reveal(seen.page)
    bad = []
    for figure in seen.page.evaluate(FIGURES):
        if figure["broken"]:
            bad.append(f"{figure['what']} {figure['broken']}")
        elif figure["width"] <= 0 or figure["height"] <= 0:
            bad.append(f"{figure['what']} is shown {figure['width']}x{figure['height']}")
    assert not bad, f"{seen.url}:\n{problems(bad)}"


def normalized(code: str) -> str:
    """Code as a reader expects it pasted: annotation markers gone, no trailing blanks."""
    lines = [line.rstrip() for line in without_annotation_markers(code).splitlines()]
    return "\n".join(lines).strip("\n")


def included_code(lang: str, name: str) -> list[tuple[str, str]]:
    """(where, expected text) of each code block made of includes, from the page's Markdown.

    A notebook's cells join a chapter's blocks differently (tests/test_notebooks.py checks what
    they hold); here its copy buttons are checked against the cells they sit on."""
    if not name.endswith(".md"):
        return []
    blocks = []
    for fence in fences(DOCS / lang / name):
        if not includes_in(fence.source):
            continue
        lines = []
        for line in fence.source.splitlines():
            match = INCLUDE_LINE.match(line)
            if match:
                try:
                    lines.append(shown_text(includes_in(line)[0]).rstrip("\n"))
                except SnippetError as error:
                    lines.append(f"<{error}>")
            else:
                lines.append(line.strip())
        blocks.append((fence.where, normalized("\n".join(lines))))
    return blocks


SENTINEL = "(clipboard untouched)"
COPY_TIMEOUT_MS = 5000
# What the clipboard holds once it no longer holds the sentinel, or the sentinel after
# COPY_TIMEOUT_MS: a copy is written asynchronously, later on a busy machine, never by a deadline.
CLIPBOARD_CHANGED = """const clipboardChanged = async sentinel => {
    const deadline = performance.now() + TIMEOUT;
    for (;;) {
      const text = await navigator.clipboard.readText();
      if (text !== sentinel || performance.now() > deadline) return text;
      await new Promise(resolve => requestAnimationFrame(resolve));
    }
  };""".replace("TIMEOUT", str(COPY_TIMEOUT_MS))

# What a code block shows, without its annotation markers, and how many copy buttons it has.
COPY_BUTTON = "button[data-md-type=copy], button.md-clipboard"
BLOCK = """pre => {
  const code = pre.querySelector("code").cloneNode(true);
  code.querySelectorAll(".md-annotation").forEach(a => a.remove());
  return {shown: code.textContent, buttons: pre.querySelectorAll(COPY_BUTTON).length};
}""".replace("COPY_BUTTON", repr(COPY_BUTTON))
# Puts the sentinel on the clipboard, scrolls code block i's copy button to the middle of the
# window and says where it is drawn, for a real mouse click.
AIM = """async ([i, sentinel]) => {
  await navigator.clipboard.writeText(sentinel);
  const button = document.querySelectorAll("article div.highlight pre")[i].querySelector(COPY_BUTTON);
  button.scrollIntoView({block: "center"});
  const box = button.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
}""".replace("COPY_BUTTON", repr(COPY_BUTTON))
# What a copy button put on the clipboard: what the clipboard holds once it no longer holds
# the sentinel (or the sentinel, after COPY_TIMEOUT_MS).
COPIED = "async sentinel => { " + CLIPBOARD_CHANGED + " return await clipboardChanged(sentinel); }"


# The rules whose outcome depends on the colours: the dark theme changes nothing else (the same
# DOM, other CSS custom properties), and every other rule runs on the light view.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
AXE = """async rules => {
  const options = {resultTypes: ["violations"]};
  if (rules) options.runOnly = {type: "rule", values: rules};
  const r = await axe.run(document, options);
  return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => `${n.target.join(" ")}: ${n.html.slice(0, 120)}`)}));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation(views, axe_source, scheme):
    """axe-core, injected into the page, finds no serious or critical violation (answers opened):
    every rule in the light theme, the colour rules in the dark one."""
    seen = views[scheme]
    page = seen.page
    reveal(page)
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate(AXE, None if scheme == "light" else COLOUR_RULES)
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']}; {len(v['nodes'])} element(s): " + " | ".join(v["nodes"][:4])
        for v in result
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{seen.url} ({scheme}):\n{problems(bad)}"


LOOK = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const text = document.querySelector("article p, article li, article h1");
  const background = lum(rgb(getComputedStyle(document.body).backgroundColor));
  const foreground = lum(rgb(getComputedStyle(text).color));
  const [hi, lo] = [Math.max(background, foreground), Math.min(background, foreground)];
  const box = document.querySelector("article").getBoundingClientRect();
  return {scheme: document.body.getAttribute("data-md-color-scheme"), background, contrast: (hi + 0.05) / (lo + 0.05),
          article: [box.width, box.height]};
}"""


PALETTE_TOGGLE = "form[data-md-component=palette] label:visible"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_theme_renders(views, scheme):
    """The reader's light or dark preference gives that palette, with readable text; the toggle
    switches it (and, clicked again, switches it back)."""
    seen = views[scheme]
    page = seen.page
    look = page.evaluate(LOOK)
    expected = {"light": "default", "dark": "slate"}[scheme]
    bad = list(seen.at_load)
    if look["scheme"] != expected:
        bad.append(f"prefers-color-scheme: {scheme} gives the palette {look['scheme']!r}, not {expected!r}")
    if (scheme == "light") != (look["background"] > 0.5):
        bad.append(f"the background's luminance is {look['background']:.2f} in the {scheme} theme")
    if look["contrast"] < 4.5:
        bad.append(f"text contrast {look['contrast']:.1f}:1 < 4.5:1 in the {scheme} theme")
    if min(look["article"]) <= 0:
        bad.append(f"the article is {look['article']}")
    for flip in ("switches", "switches back"):
        toggle = page.locator(PALETTE_TOGGLE)
        if toggle.count() != 1:
            bad.append(f"{toggle.count()} visible palette toggles")
            break
        toggle.click()
        flipped = page.evaluate(LOOK)
        if flipped["scheme"] == look["scheme"] or (flipped["background"] > 0.5) == (look["background"] > 0.5):
            bad.append(f"the palette toggle leaves the {scheme} theme at {flipped['scheme']!r} (it {flip})")
        look = flipped
    assert not bad, f"{seen.url} ({scheme}):\n{problems(bad)}"


def test_copy_button_copies_the_code(views):
    """Each code block's copy button puts exactly the code (without annotation markers) on the clipboard,
    and every included snippet on the page can be copied whole.

    Every button gets a real mouse click, as a reader gives it: a copy needs the user activation
    a click grants, which lasts five seconds; buttons clicked by script after the first real
    click stopped copying once a busy machine took longer than that to reach them."""
    seen = views["light"]
    page = seen.page
    reveal(page)
    blocks = page.locator("article div.highlight pre")
    found = [
        {"i": i, **shown, "copied": None} for i, shown in enumerate(blocks.evaluate_all(f"pres => pres.map({BLOCK})"))
    ]
    for block in found:
        if block["buttons"] == 1:
            x, y = page.evaluate(AIM, [block["i"], SENTINEL])
            page.mouse.click(x, y)  # where the button is drawn: whatever is on top there gets the click
            block["copied"] = page.evaluate(COPIED, SENTINEL)
    copied, bad = [], []
    for block in found:
        shown = normalized(block["shown"])
        if block["buttons"] != 1:
            bad.append(f"code block #{block['i']} ({shown[:40]!r}…) has {block['buttons']} copy buttons")
        elif block["copied"] == SENTINEL:
            bad.append(
                f"code block #{block['i']} ({shown[:40]!r}…): the copy button copied nothing (the clipboard was unchanged {COPY_TIMEOUT_MS / 1000:.0f} s after the click)"
            )
        elif normalized(block["copied"]) != shown:
            bad.append(
                f"code block #{block['i']}: copied {normalized(block['copied'])[:120]!r}, the block shows {shown[:120]!r}"
            )
        else:
            copied.append(shown)
    for where, expected in included_code(views.lang, views.name):
        if expected not in copied:
            bad.append(f"{where}: no copy button copies the included code {expected[:120]!r}")
    assert not bad, f"{seen.url}:\n{problems(bad)}"


MIN_TEXT_PX = 9  # the smallest figure text a reader must read (gradbook/figures/inline_svg.py sizes to it)
# What does not fit a phone's screen, read from the page laid out there (answers and tabs
# opened): each element that reaches past the screen's edges outside any box that scrolls
# sideways (the outermost one only); each box that scrolls sideways without showing it (the
# site's edge shadows, or Material's arrows for a row of tabs); and each figure's text drawn
# smaller than MIN_TEXT_PX CSS px (its font size times the scale it is drawn at).
PHONE_FIT = """([width, least]) => {
  const article = document.querySelector("article");
  const scrolls = e => ["auto", "scroll"].includes(getComputedStyle(e).overflowX);
  const named = e => {
    const math = e.localName === "math" ? (e.querySelector("annotation") || e).textContent : "";
    const label = e.getAttribute("aria-label") || math || e.textContent || "";
    const cls = typeof e.className === "string" ? e.className : (e.className.baseVal || "");
    return `<${e.localName}${cls ? " class=" + JSON.stringify(cls) : ""}> ${JSON.stringify(label.trim().slice(0, 50))}`;
  };
  const cut = [], hidden = [], small = [];
  for (const e of article.querySelectorAll("*")) {
    if (e.closest("svg") && e.localName !== "svg") continue;  // an SVG's parts are laid out with it
    const r = e.getBoundingClientRect();
    if (!r.width || (r.left >= -1 && r.right <= width + 1) || cut.some(c => c.contains(e))) continue;
    let box = e.parentElement;
    while (box && box !== document.body && !scrolls(box)) box = box.parentElement;
    if (!box || box === document.body) cut.push(e);
  }
  for (const e of article.querySelectorAll("*")) {
    if (!scrolls(e) || e.scrollWidth <= e.clientWidth + 1 || !e.getBoundingClientRect().width) continue;
    const style = getComputedStyle(e);
    const shadows = style.backgroundImage.includes("radial-gradient")
      && style.backgroundAttachment.includes("local") && style.backgroundAttachment.includes("scroll");
    const arrows = e.classList.contains("tabbed-labels")
      && [...e.parentElement.children].some(c => c.classList.contains("tabbed-control--next") && !c.hidden);
    if (!shadows && !arrows) hidden.push(`${named(e)} scrolls (${e.scrollWidth} px in ${e.clientWidth}) and shows no sign of it`);
  }
  const figures = [...article.querySelectorAll("svg")].filter(s => !s.parentElement.closest("svg"));
  for (const svg of figures) {
    let smallest = null;
    for (const t of svg.querySelectorAll("text, tspan")) {
      const own = [...t.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const m = own && t.getScreenCTM();
      if (!m) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      if (!smallest || px < smallest.px) smallest = {px, text: t.textContent.trim()};
    }
    if (smallest && smallest.px < least - 0.05)
      small.push(`${named(svg.closest("[role=img]") || svg)}: its text ${JSON.stringify(smallest.text.slice(0, 20))} is ${smallest.px.toFixed(1)} px (drawn ${Math.round(svg.getBoundingClientRect().width)} px wide)`);
  }
  return {page: document.documentElement.scrollWidth, problems: [
    ...cut.map(e => { const r = e.getBoundingClientRect(); return `${named(e)} reaches ${Math.round(r.left)}…${Math.round(r.right)} px, past the screen, and is cut off`; }),
    ...hidden, ...small]};
}"""


def test_page_fits_a_phone(views):
    """On a 360 × 800 phone nothing in the article is cut off: what is wider than the column
    scrolls in its own box and shows that it does, and no figure text is under 9 px. The phone
    screenshots: the light one as the page opened, the dark one after the palette toggle."""
    seen = views["phone"]  # its light screenshot taken as it opened
    page = seen.page
    bad = []
    toggle = page.locator(PALETTE_TOGGLE)
    if toggle.count() == 1:
        toggle.click()
        views.screenshot(seen, "phone", "dark")
    else:
        bad.append(f"{toggle.count()} visible palette toggles on a phone")
    reveal(page)
    width = PHONE["viewport"]["width"]
    fit = page.evaluate(PHONE_FIT, [width, MIN_TEXT_PX])
    bad += fit["problems"]
    if fit["page"] > width:
        bad.append(f"the page is {fit['page']} px wide on a {width} px screen")
    assert not bad, f"{seen.url} (phone, {width} px):\n{problems(bad)}"


def test_language_switcher_lands_on_the_same_page(views):
    """The header's language menu, clicked, opens the same page in the other language (and back)."""
    lang, other = views.lang, OTHER[views.lang]
    seen = views["light"]
    page = seen.page
    page.locator(".md-header .md-select").hover()
    link = page.locator(f".md-header a[data-language-switch][hreflang={other}]")
    assert link.count() == 1, f"{seen.url}: {link.count()} switcher links to {other}"
    with page.expect_navigation(wait_until="load") as navigation:
        link.click()
    response = navigation.value
    expected = views.base_url + url_of(other, views.name)
    assert page.url == expected, f"{seen.url}: the {other} switcher lands on {page.url}, not {expected}"
    assert response is not None and response.status == 200, (
        f"{seen.url}: {expected} answered {response and response.status}"
    )
    assert page.locator("html").get_attribute("lang") == other, f"{expected} is not a {other} page"
    assert page.locator("article h1").count() == 1, f"{expected} has no page title"
    page.locator(".md-header .md-select").hover()
    with page.expect_navigation(wait_until="load"):
        page.locator(f".md-header a[data-language-switch][hreflang={lang}]").click()
    assert page.url == seen.url, f"{expected}: the {lang} switcher lands on {page.url}, not back on {seen.url}"


def test_page_weight_is_within_budget(views):
    """A first visit (fresh profile) downloads at most 400 KB: page, assets, search index (gzip, as hosts serve)."""
    size, raw, requests = views["light"].weight
    assert size <= MAX_PAGE_BYTES, (
        f"{views.url} weighs {size / 1024:.1f} KB ({raw / 1024:.1f} KB uncompressed) "
        f"in {requests} requests > {MAX_PAGE_BYTES / 1024:.0f} KB"
    )
