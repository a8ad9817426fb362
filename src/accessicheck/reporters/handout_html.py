"""The "Words we use in this meeting" handout as an accessible web page.

A complete HTML page in British English (`lang="en-GB"`), with a title, one
top heading and the words as a definition list (`<dl>`), so screen readers
announce each word with its meaning. Large print: 18pt body text, 1.5 line
spacing, left aligned, a plain sans-serif font, near-black on white (contrast
above 15:1), no italics and no meaning carried by colour alone. Every value
is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..glossary.handout import Handout

TEMPLATE = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ handout.title }}</title>
<style>
  body {
    font-family: Arial, Verdana, "Helvetica Neue", sans-serif;
    font-size: 18pt;
    line-height: 1.5;
    color: #1a1a1a;
    background: #ffffff;
    max-width: 38em;
    margin: 1em auto;
    padding: 0 1em;
    text-align: left;
  }
  h1 { font-size: 1.6em; margin-bottom: 0.5em; }
  dt { font-weight: bold; font-size: 1.2em; margin-top: 1.2em; }
  dd { margin: 0.2em 0 0 0; }
  .long-form { font-weight: bold; }
  @media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<main>
<h1>{{ handout.title }}</h1>
<p>{{ handout.intro }}</p>
{% if handout.items %}
<dl>
{% for item in handout.items %}
  <dt>{{ item.term }}</dt>
  <dd>
    {%- if item.expansion %}<span class="long-form">{{ item.expansion }}.</span> {% endif -%}
    {{ item.explanation }}</dd>
{% endfor %}
</dl>
{% else %}
<p>None of the glossary's words are in these papers.</p>
{% endif %}
</main>
</body>
</html>
"""


def render(handout: Handout) -> str:
    """The handout as a complete HTML page."""
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(TEMPLATE).render(handout=handout)
