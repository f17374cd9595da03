// node --test: the editor's file format (socialsite/editor/admin/pelican-format.js) on real files.
// Run by tests/test_editor_js.py, so `make test` runs it.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const format = require("../../socialsite/editor/admin/pelican-format.js");

const ROOT = path.resolve(__dirname, "..", "..");
const NEWS = path.join(ROOT, "content", "news");

function articles() {
  const out = [];
  for (const lang of fs.readdirSync(NEWS)) {
    for (const name of fs.readdirSync(path.join(NEWS, lang))) {
      if (name.endsWith(".md")) out.push(path.join(NEWS, lang, name));
    }
  }
  return out;
}

function changedLines(a, b) {
  const x = a.split("\n"), y = b.split("\n");
  assert.equal(x.length, y.length, "the number of lines changed");
  return x.map((line, i) => [line, y[i]]).filter(([p, q]) => p !== q);
}

test("every article reads and writes back byte for byte", () => {
  const files = articles();
  assert.ok(files.length >= 15);
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    assert.equal(format.toFile(format.fromFile(text)), text, file);
  }
});

test("the fields the form shows come from the header", () => {
  const text = fs.readFileSync(path.join(NEWS, "lt", "2023-11-09-senjoru-bendradarbiavimas.md"), "utf8");
  const data = format.fromFile(text);
  assert.equal(data.title, "Senjorų bendradarbiavimas");
  assert.equal(data.date, "2023-11-09");
  assert.equal(data.category, "Naujienos");
  assert.deepEqual(data.project, ["07-003-P-0001"]);
  assert.equal(data.draft, false);
  assert.ok(data.body.startsWith("2023 m. lapkričio 9 d."));
});

test("one field edited is one line changed; unknown keys and continuation lines survive", () => {
  const text = "Title: Senas\nDate: 2023-01-02\nPosted_by: Du-evaldui\nDate_basis: viena\n" +
               "    dvi eilutės\nProject: 07-003-P-0001\n\nTekstas su {static}/images/a.jpg.\n\n- punktas\n";
  const data = format.fromFile(text);
  data.title = "Ilgas pavadinimas: „Senjorų popietė“ – Visagino socialinių paslaugų centro bendruomenė";
  const out = format.toFile(data);
  assert.deepEqual(changedLines(text, out),
    [["Title: Senas", "Title: Ilgas pavadinimas: „Senjorų popietė“ – Visagino socialinių paslaugų centro bendruomenė"]]);
  assert.equal(format.fromFile(out).title, data.title);
});

test("a new article gets the header in the order `make new` writes", () => {
  const out = format.toFile({
    title: "Nauja „žinia“", date: "2026-12-06", category: "Naujienos", project: ["07-003-P-0001"],
    summary: "", cover: [{ image: "images/foto.jpg", alt: "Senjorai prie stalo" }], draft: true,
    body: "Pirmoji pastraipa.\n",
  });
  assert.equal(out, "Title: Nauja „žinia“\nDate: 2026-12-06\nCategory: Naujienos\nProject: 07-003-P-0001\n" +
    "Image: images/foto.jpg\nImage_alt: Senjorai prie stalo\nStatus: draft\n\nPirmoji pastraipa.\n");
});

test("draft on and off, cover added and removed: only those lines move", () => {
  const text = "Title: A\nDate: 2024-06-14\n\nBody.\n";
  const data = format.fromFile(text);
  data.draft = true;
  const draft = format.toFile(data);
  assert.equal(draft, "Title: A\nDate: 2024-06-14\nStatus: draft\n\nBody.\n");
  const again = format.fromFile(draft);
  assert.equal(again.draft, true);
  again.draft = false;
  assert.equal(format.toFile(again), text);
  const withPhoto = format.fromFile("Title: A\nImage: images/x.jpg\nImage_alt: Vaikai\nDate: 2024-06-14\n\nBody.\n");
  assert.deepEqual(withPhoto.cover, [{ image: "images/x.jpg", alt: "Vaikai" }]);
  withPhoto.cover = [];
  assert.equal(format.toFile(withPhoto), text);
});

test("a value typed on two lines stays one header line", () => {
  const data = format.fromFile("Title: A\n\nB\n");
  data.summary = "pirma\nantra";
  assert.equal(format.toFile(data), "Title: A\nSummary: pirma antra\n\nB\n");
});

test("a file without a header is all body and is not given an empty header", () => {
  const data = format.fromFile("Just text\n");
  assert.equal(data.body, "Just text\n");
});
