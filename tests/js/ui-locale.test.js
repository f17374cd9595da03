// node --test: the editor's Lithuanian interface (socialsite/editor/admin/locale-lt.js) is complete
// against Decap's English one and carries our corrections. Run by tests/test_editor.py.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const lt = require("../../socialsite/editor/admin/locale-lt.js");

const LOCALES = path.resolve(__dirname, "..", "..", "node_modules", "decap-cms-locales", "src");

function upstream(lang) {
  // The package's sources are ES modules holding one object literal: evaluate that literal.
  const source = fs.readFileSync(path.join(LOCALES, lang, "index.js"), "utf8");
  return new Function(source.replace(/export default (\w+);/, "return $1;"))();
}

function keys(object, prefix = "") {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

function placeholders(text) {
  return (String(text).match(/%\{\w+\}/g) || []).sort();
}

test("every English key has a Lithuanian text with the same placeholders", () => {
  const en = upstream("en");
  const ltKeys = new Set(keys(lt));
  const missing = keys(en).filter((key) => !ltKeys.has(key));
  assert.deepEqual(missing, []);
  for (const key of keys(en)) {
    const get = (o) => key.split(".").reduce((v, k) => v[k], o);
    assert.deepEqual(placeholders(get(lt)), placeholders(get(en)), key);
  }
});

test("the wrong upstream strings are corrected", () => {
  assert.equal(lt.editor.editorToolbar.publishNow, "Skelbti dabar");
  assert.equal(lt.editor.editorToolbar.deleteUnpublishedChanges, "Ištrinti nepaskelbtus pakeitimus");
  assert.equal(lt.editor.editorToolbar.changesSaved, "Pakeitimai išsaugoti");
  assert.match(lt.editor.editor.onPublishing, /^Ar tikrai/);
  assert.equal(upstream("lt").editor.editorToolbar.publishNow, "Skelbti naują"); // why this file exists
});

test("Decap ships a Russian interface (chosen with /admin/?lang=ru)", () => {
  assert.equal(typeof upstream("ru").editor.editorToolbar.publishNow, "string");
});
