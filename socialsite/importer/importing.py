"""``invoke import-text``: legacy news files in, one Markdown article each out.

``convert`` is the whole translation of one text and writes nothing; ``import_files`` reads the
files, writes the articles (never over an existing file) and the draft registry entries, and
says what it did, one line each: the path of every article, then ``path:line: message`` for
what staff must look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from socialsite.errors import ContentError, display_path
from socialsite.importer.article import article_name, as_text, format_article, line_of, write_new
from socialsite.importer.draft import draft_yaml
from socialsite.importer.legacy import parse_legacy
from socialsite.importer.reading import decode
from socialsite.languages import codes, default_lang
from socialsite.registry.pasted import known_blocks
from socialsite.rules.messages import Messages, translator
from socialsite.rules.rules import registry_or_errors
from socialsite.rules.sources import title_slug

SOURCE_SUFFIXES = (".txt", ".html", ".htm")
# The Lithuanian note kept in the article when its date comes from the project block (seed 000).
DATE_BASIS = "Tekste tikslios datos nėra; data paimta iš projekto informacijos („nuo {words}“). Patikrinkite ją."


@dataclass
class Converted:
    name: str  # file name: <YYYY-MM-DD>-<slug>.md
    text: str  # the whole article
    project: str  # "" when none
    block: list[str]  # the removed disclosure block
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line in the article, message)


def convert(raw: bytes | str, src: str, *, settings, registry=None, blocks=(), _: Messages) -> Converted:
    """One legacy text as an article; a ContentError (``src:line:``) when it holds no news."""
    text = decode(raw, src, _) if isinstance(raw, bytes) else raw.replace("\r\n", "\n").replace("\r", "\n")
    news = parse_legacy(
        text, src, categories=list(settings["CATEGORY_NAMES"]), registry=registry, known_blocks=list(blocks), _=_
    )
    slug = title_slug(news.title, settings) or title_slug(Path(src).stem, settings) or "naujiena"
    fields = [
        ("Title", news.title),
        ("Date", news.date.isoformat() if news.date else ""),
        ("Date_basis", DATE_BASIS.format(words=news.date_words) if news.date_from_block else ""),
        ("Slug", slug),
        ("Category", news.category),
        ("Source", news.source),
        ("Posted_by", news.posted_by),
        ("Project", news.project),
    ]
    body = [as_text(paragraph) for paragraph in news.paragraphs]  # text stays text, never live HTML
    result = Converted(article_name(news.date, slug), format_article(fields, body), news.project, news.block)
    if news.date_from_block:
        result.notes.append(
            (
                line_of(fields, "Date"),
                _(
                    "the text gives no date: the Date was taken from the project block ('nuo {words}'); "
                    "check it and correct it if the news was published on another day",
                    words=news.date_words,
                ),
            )
        )
    elif news.date is None:
        result.notes.append(
            (
                line_of(fields, "Date"),
                _("no date found in the text; add the line 'Date: YYYY-MM-DD' with the day the news was published"),
            )
        )
    if news.project_named:
        result.notes.append(
            (
                line_of(fields, "Project"),
                _(
                    "the project was set from its name in the text („{title}“); delete the Project line "
                    "if the news is not about it",
                    title=news.project_named,
                ),
            )
        )
    return result


def import_files(
    sources: list[str], out_dir, *, settings, registry_out=None, lang: str | None = None
) -> tuple[list[str], bool]:
    """Import every file of ``sources`` (files or folders); (lines to print, all went well)."""
    _ = translator(lang)
    registry, problems = registry_or_errors(settings)
    if registry is None:
        return [str(p) for p in problems], False
    blocks = known_blocks(registry, settings)
    out_dir, registry_out = Path(out_dir), Path(registry_out or out_dir)
    printed, ok, drafts = [], True, set()
    files = _expand(sources)
    if not files:
        return [_("nothing to import: name the files or a folder, e.g. make import SRC=/work/shared/seeds")], False
    for src in files:
        try:
            result = convert(_read(src, _), str(src), settings=settings, registry=registry, blocks=blocks, _=_)
            target = out_dir / result.name
            write_new(target, result.text, _)
        except ContentError as error:
            printed.append(str(error))
            ok = False
            continue
        printed.append(display_path(str(target)))
        printed.extend(str(ContentError(str(target), line, message)) for line, message in result.notes)
        if result.project and result.project not in registry:
            printed.append(_draft(result, src, target, registry_out, settings, drafts, _))
    return printed, ok


def _draft(result: Converted, src, target: Path, registry_out: Path, settings, drafts: set, _) -> str:
    """Write the draft registry entry once per code; the line that says so."""
    draft = registry_out / f"{result.project}.yaml"
    line = next((n for n, text in enumerate(result.text.split("\n"), start=1) if text.startswith("Project:")), 1)
    if draft in drafts or draft.exists():
        message = _(
            "project {code} is not in the registry; the draft {draft} is already there: complete it and "
            "move it into content/projects/",
            code=result.project,
            draft=display_path(str(draft)),
        )
    else:
        draft.parent.mkdir(parents=True, exist_ok=True)
        draft.write_text(draft_yaml(result.block, str(src), codes(settings), default_lang(settings)), encoding="utf-8")
        message = _(
            "project {code} is not in the registry; a draft entry was written to {draft}: check it, "
            "write the texts marked TODO and move it into content/projects/",
            code=result.project,
            draft=display_path(str(draft)),
        )
    drafts.add(draft)
    return str(ContentError(str(target), line, message))


def _expand(sources) -> list[Path]:
    """Files as given; a folder stands for its .txt, .html and .htm files."""
    paths = []
    for source in sources:
        if not str(source).strip():
            continue
        path = Path(source)
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES))
        else:
            paths.append(path)
    return paths


def _read(path: Path, _: Messages) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ContentError(
            str(path), 1, _("the file cannot be read ({reason}); check its name", reason=error.strerror or error)
        ) from None
