"""Article pages written by two processes: the second core renders most of them.

Pelican renders one page after another on one core. Once the site model is built (every file
read, every plugin's context ready), the render process forks: the child writes two of every
three article pages (child_share) (the costliest part, one page per article and translation) while the parent
writes the rest and then everything else (lists, categories, feeds, pages, sitemap).

What crosses back from the child:
- its exit status: a failure (our ContentError, Pelican's fatal warning) is printed by the child
  in the one-line form and fails the build;
- what it recorded while rendering: every ``collections.Counter`` attribute of the articles
  generator (the disclosure plugin counts its blocks per page there) is added to the parent's,
  and every dict and set attribute of the writer (the multilingual writer's ``pages``, which the
  sitemap lists; Pelican's record of written files) merged into the parent's, so checks run on
  ``article_writer_finalized`` and the sitemap see every page;
- the pages it wrote, on a stream of its own (``sitebuild.render``): the search index takes two
  of the child's pages, then one of the parent's, and so on, then the rest of the parent's: the
  order one process writes them in, so the index is the same on every run and with one process.

Used only with at least two CPUs and enough articles to be worth a fork.
"""

from __future__ import annotations

import os
import pickle
import sys
import traceback
from collections import Counter
from itertools import chain

from pelican.generators import ArticlesGenerator

MIN_ARTICLES = 50  # below this a fork costs more than it saves
# The child writes two thirds of the article pages (child_share). The parent also writes every
# list page after its share (the per-language lists alone were 14 % of the Pelican step at
# N=5000, articles 30 %: results/profile-n5000.txt), so an even split left the child idle.


class ChildFailed(Exception):
    """The second process failed; it has printed why."""


def child_share(items: list) -> list:
    """Two of every three article pages, interleaved (items 0, 1, 3, 4, …): the two processes then
    write the pages in nearly the order one process would, and the search index, which takes
    two of the child's pages for each of the parent's (sitebuild.search), gets them in exactly
    that order while both are still writing."""
    return [item for number, item in enumerate(items) if number % 3 != 2]


def parent_share(items: list) -> list:
    return items[2::3]


def split_article_writing(on_child_start=None, on_forked=None, on_no_fork=None) -> None:
    """Patch Pelican's ArticlesGenerator (in this render process) to write articles in two processes.

    ``on_child_start`` runs in the child right after the fork, ``on_forked`` in the parent (they
    point each process's "page written" lines at its own stream); ``on_no_fork`` when the site
    is too small to fork.
    """
    write_articles = ArticlesGenerator.generate_articles
    write_pages = ArticlesGenerator.generate_pages

    def generate_articles(self, write):
        items = list(chain(self.translations, self.articles, self.hidden_translations, self.hidden_articles))
        if len(items) < MIN_ARTICLES or (os.cpu_count() or 1) < 2:
            if on_no_fork:
                on_no_fork()
            return write_articles(self, write)
        read, answer = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: its share, then what it recorded, then gone without cleanup
            os.close(read)
            _child(self, write, child_share(items), answer, on_child_start)
        os.close(answer)
        self._forked = (pid, read)
        if on_forked:
            on_forked()
        _write(self, write, parent_share(items))

    def generate_pages(self, writer):
        try:
            write_pages(self, writer)
        except BaseException:
            forked = getattr(self, "_forked", None)
            if forked:  # the parent failed: its error is the one to show
                os.kill(forked[0], 9)
                os.waitpid(forked[0], 0)
                os.close(forked[1])
            raise
        forked, self._forked = getattr(self, "_forked", None), None
        if forked:
            _join(self, writer, *forked)

    ArticlesGenerator.generate_articles = generate_articles
    ArticlesGenerator.generate_pages = generate_pages


def _write(generator, write, articles) -> None:
    """Pelican's own loop (ArticlesGenerator.generate_articles) over ``articles``."""
    from pelican import signals

    for article in articles:
        signals.article_generator_write_article.send(generator, content=article)
        write(article.save_as, generator.get_template(article.template), generator.context,
              article=article, category=getattr(article, "category", None),
              override_output=hasattr(article, "override_save_as"), url=article.url, blog=True)


def _child(generator, write, articles, answer: int, on_child_start) -> None:
    code = 1
    try:
        if on_child_start:
            on_child_start()
        _write(generator, write, articles)
        writer = getattr(write, "func", write).__self__  # write is partial(writer.write_file, …)
        recorded = {
            "generator": {name: value for name, value in vars(generator).items() if isinstance(value, Counter)},
            "writer": {name: value for name, value in vars(writer).items()
                       if isinstance(value, (dict, set)) and name != "settings"},
        }
        with os.fdopen(answer, "wb") as stream:
            pickle.dump(recorded, stream)
        code = 0
    except BaseException as error:  # printed as the parent would print it (sitebuild.render)
        from sitebuild.render import describe

        print(describe(error) or traceback.format_exc(), file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # no atexit, no Pelican finalisation, no second cache write


def _join(generator, writer, pid: int, read: int) -> None:
    with os.fdopen(read, "rb") as stream:
        data = stream.read()
    _pid, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not data:
        raise ChildFailed()
    recorded = pickle.loads(data)
    for owner, values in ((generator, recorded["generator"]), (writer, recorded["writer"])):
        for name, value in values.items():
            getattr(owner, name).update(value)  # Counter: counts added; dict, set: merged
