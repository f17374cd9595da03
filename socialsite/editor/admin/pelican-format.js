/* Pelican's Markdown file both ways for Decap CMS: a "Key: value" header, a blank line, the body.
 *
 * Decap's own front-matter formats want YAML between "---" lines; they show our files empty and
 * write a second header. This format reads the header the way socialsite/frontmatter.py
 * does (continuation lines indented by four spaces or a tab) and writes it back line for line:
 * a field whose value did not change keeps its original line(s), so one edit in the form is one
 * changed line in git, and keys the form does not know survive in their place.
 *
 * Runs in the browser (window.PelicanFormat, registered in editor.js) and in node (module.exports)
 * for tests/js/pelican-format.test.js.
 */
(function (root) {
  "use strict";

  var FIELD = /^([A-Za-z0-9_-]+):\s*(.*)$/;
  var CONTINUATION = /^(?: {4,}|\t)(.*)$/;
  // Header keys of a new file, in the order `make new` writes them; form field name -> header key.
  var ORDER = ["Title", "Date", "Slug", "Translation_of", "Category", "Project", "Summary",
               "Image", "Image_alt", "Status"];
  var HIDDEN = "__pelican"; // where the original header travels inside the entry's data

  function parse(text) {
    if (text.charAt(0) === "\ufeff") text = text.slice(1);
    var lines = text.split("\n");
    var header = [];
    var i = 0;
    for (; i < lines.length; i++) {
      var line = lines[i];
      if (!line.trim()) break;
      var cont = CONTINUATION.exec(line);
      if (cont && header.length) {
        var last = header[header.length - 1];
        last.lines.push(line);
        last.value = (last.value + " " + cont[1].trim()).trim();
        continue;
      }
      var m = FIELD.exec(line);
      if (!m) return null; // not our header: the whole file is body
      header.push({ key: m[1], lines: [line], value: m[2].trim() });
    }
    var body = i < lines.length ? lines.slice(i + 1).join("\n") : "";
    var hasBlank = i < lines.length;
    return { header: header, body: body, hasBlank: hasBlank };
  }

  function codes(value) {
    var out = [];
    String(value || "").split(",").forEach(function (part) {
      var code = part.trim();
      if (code && out.indexOf(code) < 0) out.push(code);
    });
    return out;
  }

  function fromFile(text) {
    var parsed = parse(String(text || ""));
    if (!parsed) return { body: String(text || "") };
    var data = {};
    var byKey = {};
    parsed.header.forEach(function (field) {
      byKey[field.key.toLowerCase()] = field.value;
      data[field.key.toLowerCase()] = field.value;
    });
    if ("project" in byKey) data.project = codes(byKey.project);
    delete data.image;
    delete data.image_alt;
    if (byKey.image) data.cover = [{ image: byKey.image, alt: byKey.image_alt || "" }];
    delete data.status;
    data.draft = (byKey.status || "").toLowerCase() === "draft";
    // The body without its final newlines: the Markdown widget need not keep them, we do.
    var tail = /\n*$/.exec(parsed.body)[0];
    data.body = parsed.body.slice(0, parsed.body.length - tail.length);
    data[HIDDEN] = JSON.stringify({
      header: parsed.header.map(function (f) { return [f.key, f.lines]; }),
      tail: tail,
      blank: parsed.hasBlank,
    });
    return data;
  }

  function dateString(value) {
    if (value instanceof Date) {
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      return value.getFullYear() + "-" + pad(value.getMonth() + 1) + "-" + pad(value.getDate());
    }
    return value;
  }

  function oneLine(value) {
    // A header value is one line: newlines typed into a field become spaces.
    return String(value).replace(/\s*\n\s*/g, " ").trim();
  }

  /* The header value each key should have now, from the form's data; "" removes the line. */
  function wanted(data, originalStatus) {
    var out = {};
    Object.keys(data).forEach(function (name) {
      if (name === "body" || name === HIDDEN || name === "cover" || name === "draft" ||
          name === "project") return;
      var value = data[name];
      if (value === null || value === undefined) value = "";
      if (typeof value === "object" && !(value instanceof Date)) return; // not a header value
      out[name] = oneLine(dateString(value));
    });
    if ("project" in data) {
      var project = data.project;
      out.project = Array.isArray(project) ? project.join(", ")
        : (project && typeof project.toJS === "function") ? project.toJS().join(", ")
        : oneLine(project || "");
    }
    var cover = data.cover;
    if (cover && typeof cover.toJS === "function") cover = cover.toJS();
    var first = Array.isArray(cover) && cover.length ? cover[0] || {} : {};
    out.image = oneLine(first.image || "");
    out.image_alt = first.image ? oneLine(first.alt || "") : "";
    if ("draft" in data) {
      if (data.draft) out.status = "draft";
      else out.status = (originalStatus || "").toLowerCase() === "draft" ? "" : (originalStatus || "");
    }
    return out;
  }

  function keyName(name) {
    for (var i = 0; i < ORDER.length; i++) if (ORDER[i].toLowerCase() === name) return ORDER[i];
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  function toFile(data) {
    data = data || {};
    var kept = { header: [], tail: "\n", blank: true };
    try { if (data[HIDDEN]) kept = JSON.parse(data[HIDDEN]); } catch (e) { /* a new file */ }
    var original = {};
    kept.header.forEach(function (pair) {
      var value = pair[1].map(function (line, n) {
        return n === 0 ? FIELD.exec(line)[2].trim() : CONTINUATION.exec(line)[1].trim();
      }).join(" ").trim();
      original[pair[0].toLowerCase()] = value;
    });
    var want = wanted(data, original.status);
    var lines = [];
    var done = {};
    kept.header.forEach(function (pair) {
      var name = pair[0].toLowerCase();
      done[name] = true;
      if (!(name in want)) { lines.push.apply(lines, pair[1]); return; } // a key the form lacks
      if (want[name] === original[name]) { lines.push.apply(lines, pair[1]); return; }
      if (want[name] !== "") lines.push(pair[0] + ": " + want[name]);
    });
    var added = Object.keys(want).filter(function (name) { return !done[name] && want[name] !== ""; });
    added.sort(function (a, b) {
      var ia = ORDER.map(function (k) { return k.toLowerCase(); }).indexOf(a);
      var ib = ORDER.map(function (k) { return k.toLowerCase(); }).indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    });
    added.forEach(function (name) { lines.push(keyName(name) + ": " + want[name]); });
    var body = data.body === undefined || data.body === null ? "" : String(data.body);
    body = body.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
    var text = lines.join("\n") + "\n";
    if (!body && !kept.blank) return text;
    return text + "\n" + body + (body ? kept.tail || "\n" : "");
  }

  var format = { fromFile: fromFile, toFile: toFile, HIDDEN: HIDDEN };
  if (typeof module !== "undefined" && module.exports) module.exports = format;
  else root.PelicanFormat = format;
})(typeof window !== "undefined" ? window : this);
