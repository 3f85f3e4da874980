import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  formatCost,
  formatFactor,
  formatMegabytes,
  formatPct,
  formatRows,
  isPlan
} from "./chunk-CYI5VO3F.js";

// src/report/counts.ts
function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
function severityCounts(report) {
  return {
    errors: report.findings.filter((finding) => finding.severity === "error").length,
    warnings: report.findings.filter((finding) => finding.severity === "warning").length
  };
}
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

// src/report/endpoint-cells.ts
var arrow = (base, head) => `${base ?? "\u2014"} \u2192 ${head ?? "\u2014"}`;
function endpointCells(endpoint) {
  const captured = endpoint.captured;
  const costOf = (side) => {
    const declared = endpoint.source === "captured" ? void 0 : endpoint[side]?.totalCost;
    const fromCapture = captured?.[side]?.costPerRequest ?? void 0;
    if (declared === void 0 && fromCapture === void 0) return null;
    return (declared ?? 0) + (fromCapture ?? 0);
  };
  const baseCost = costOf("base");
  const headCost = costOf("head");
  const perRequest = (side) => {
    const totals = captured?.[side];
    if (!totals) return null;
    return totals.queriesPerRequest ?? `${totals.queries}/run`;
  };
  return {
    declared: endpoint.source === "captured" ? "\u2014" : arrow(endpoint.base?.queries, endpoint.head?.queries),
    requests: captured ? arrow(captured.base?.requests, captured.head?.requests) : "\u2014",
    boundaries: captured ? boundariesText(captured) : "",
    perRequest: captured ? arrow(perRequest("base"), perRequest("head")) : "\u2014",
    distinct: captured ? arrow(captured.base?.distinctQueries, captured.head?.distinctQueries) : "\u2014",
    cost: arrow(baseCost === null ? null : formatCost(baseCost), headCost === null ? null : formatCost(headCost)),
    change: baseCost !== null && headCost !== null ? formatPct(baseCost, headCost) : ""
  };
}
function boundariesText(captured) {
  const kinds = [captured.base?.boundaries, captured.head?.boundaries].filter((kind) => kind !== void 0);
  if (kinds.every((kind) => kind === "none")) return "no boundaries";
  return kinds.includes("tags") ? "by tags" : "";
}
function endpointHasChange(endpoint, queries) {
  if (endpoint.findings.length > 0) return true;
  if (queries.some((query) => query.endpoint === endpoint.endpoint && query.status !== "unchanged")) return true;
  const side = (name) => JSON.stringify([endpoint[name], endpoint.captured?.[name] ?? null]);
  return side("base") !== side("head");
}

// src/report/importance.ts
var STATUS_ORDER = ["error", "regressed", "new", "improved", "changed", "removed", "unchanged"];
var SEVERITY_ORDER = ["error", "warning", "info"];
function byImportance(a, b) {
  const rank = (query) => worstSeverity(query.findings) * 10 + STATUS_ORDER.indexOf(query.status);
  return rank(a) - rank(b);
}
function bySeverity(findings) {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
function worstSeverity(findings) {
  return Math.min(2, ...findings.map((finding) => severityRank(finding.severity)));
}
function severityRank(severity) {
  const index = SEVERITY_ORDER.indexOf(severity);
  return index < 0 ? SEVERITY_ORDER.length : index;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/plan-diff.ts
function planDiff(query) {
  const base = isPlan(query.base) ? query.base.shape : "";
  const head = isPlan(query.head) ? query.head.shape : "";
  const patch = createTwoFilesPatch("base", "head", `${base}
`, `${head}
`, "", "", { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? wholeReplacement(base, head);
  return patch.split("\n").filter((line) => !line.startsWith("=====")).join("\n").trimEnd();
}
var MAX_DIFF_EDITS = 500;
function wholeReplacement(base, head) {
  const lines = (text, sign) => text ? text.split("\n").map((line) => `${sign}${line}`) : [];
  const baseLines = lines(base, "-");
  const headLines = lines(head, "+");
  return ["--- base", "+++ head", `@@ -1,${baseLines.length} +1,${headLines.length} @@`, ...baseLines, ...headLines].join("\n");
}
function hasPlanChange(query) {
  return isPlan(query.base) && isPlan(query.head) && query.base.shape !== query.head.shape;
}

// src/report/query-cells.ts
function costText(result) {
  if (result === null) return "\u2014";
  return isPlan(result) ? formatCost(result.totalCost) : "error";
}
function changeText(query) {
  if (!isPlan(query.base) || !isPlan(query.head)) return "";
  return formatPct(query.base.totalCost, query.head.totalCost);
}
function seqScanEntries(query) {
  if (!isPlan(query.head)) return [];
  const onBase = /* @__PURE__ */ new Map();
  for (const scan of isPlan(query.base) ? query.base.seqScans : [])
    onBase.set(scan.partitionOf ?? scan.relation, (onBase.get(scan.partitionOf ?? scan.relation) ?? 0) + 1);
  const entries = /* @__PURE__ */ new Map();
  for (const scan of query.head.seqScans) {
    const key = scan.partitionOf ?? scan.relation;
    const entry = entries.get(key) ?? { relation: key, rows: scan.rows, count: 0, newCount: 0, names: /* @__PURE__ */ new Set(), summed: 0 };
    entry.count++;
    if (scan.partitionOf) {
      if (!entry.names.has(scan.relation)) entry.summed += scan.rows;
      entry.names.add(scan.relation);
      entry.rows = scan.partitionOfRows ?? entry.summed;
      entry.partitions = entry.names.size;
    }
    entries.set(key, entry);
  }
  return [...entries.values()].map(({ names: _names, summed: _summed, ...entry }) => ({
    ...entry,
    newCount: query.base === null ? entry.count : Math.max(0, entry.count - (onBase.get(entry.relation) ?? 0))
  }));
}
function seqScanText(query, markNew = (text) => `${text} new`, max = 5) {
  const entries = seqScanEntries(query);
  const shown = entries.slice(0, max).map((entry) => {
    const partitions = entry.partitions ? `, ${entry.partitions} ${entry.partitions === 1 ? "partition" : "partitions"}` : "";
    const text = `${entry.relation} (~${formatRows(entry.rows)}${partitions})${entry.count > 1 ? ` \xD7${entry.count}` : ""}`;
    if (entry.newCount === 0) return text;
    return markNew(entry.newCount === entry.count ? text : `${text}, ${entry.newCount} new`);
  });
  const more = entries.length - shown.length;
  return [...shown, ...more > 0 ? [`\u2026 ${more} more`] : []].join(", ");
}
function adviceLines(query, sql = (text) => text) {
  const headCost = costText(query.head);
  const headMisestimate = isPlan(query.head) && query.head.work ? query.head.work.maxMisestimate : null;
  return (query.advice ?? []).map(
    (entry) => (
      // Statistics advice answers a misestimate: show it before and after, not the cost.
      entry.maxMisestimate !== void 0 ? `try: ${sql(entry.sql)} \u2192 misestimate \xD7${headMisestimate ?? "?"} \u2192 \xD7${entry.maxMisestimate}` : `try: ${sql(entry.sql)} \u2192 ${headCost} \u2192 ${formatCost(entry.cost)}`
    )
  );
}
function plannerText(planner) {
  return Object.entries(planner ?? {}).map(([name, value]) => `${name}=${value}`).join(", ");
}
function planModeText(query) {
  if (!query.planMode) return "";
  if (query.planMode === "generic") return query.genericReason ? `generic plan: ${query.genericReason}` : "generic plan";
  if (!query.params?.length) return "";
  const values = `[${query.params.map((value) => JSON.stringify(value)).join(", ")}]`;
  const shown = values.length > 120 ? `${values.slice(0, 119)}\u2026]` : values;
  return query.planMode === "inferred" ? `inferred params ${shown}` : `params ${shown}`;
}
function skippedText(skipped) {
  const kinds = /* @__PURE__ */ new Map();
  for (const entry of skipped) {
    const kind = entry.reason.startsWith("a schema or seed file") ? "schema files" : entry.reason.split(":")[0].replace(/ ×\d+/g, "").split(", ")[0];
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
  const shown = byKind.length > 4 ? [...byKind.slice(0, 4), "\u2026"] : byKind;
  return `${skipped.length} ${skipped.length === 1 ? "statement" : "statements"} skipped, not queries EXPLAIN takes (${shown.join(", ")})`;
}

// src/report/work-text.ts
function workText(query, unit = "") {
  const base = blocksOf(query.base);
  const head = blocksOf(query.head);
  if (base === null && head === null) return "";
  const arrow2 = `${base === null ? "\u2014" : base.toLocaleString("en-US")} \u2192 ${head === null ? "\u2014" : head.toLocaleString("en-US")}${unit}`;
  return base !== null && head !== null && base !== head ? `${arrow2} (${formatFactor(base, head)})` : arrow2;
}
function spillText(result) {
  if (!isPlan(result) || !result.work || result.work.tempBlocks === 0) return "";
  return `spills ${formatMegabytes(result.work.tempBlocks)}`;
}
function workExplanation(query) {
  if (query.status !== "regressed" || !isPlan(query.base) || !isPlan(query.head)) return null;
  const rules = new Set(query.findings.filter((finding) => finding.severity === "error").map((finding) => finding.rule));
  if (rules.has("cost-regression") || !rules.has("work-regression") && !rules.has("spill")) return null;
  const { base, head } = query;
  const cost = base.totalCost === head.totalCost ? "estimated cost unchanged" : `estimated cost ${formatPct(base.totalCost, head.totalCost)}, within budget`;
  const parts = [];
  if (rules.has("work-regression") && base.work && head.work) parts.push(`measured work ${formatFactor(base.work.blocks, head.work.blocks)}`);
  else if (rules.has("work-regression")) parts.push("measured run past its time bound");
  if (rules.has("spill") && head.work) parts.push(`spills ${formatMegabytes(head.work.tempBlocks)} to disk`);
  return `${cost}; ${parts.join("; ")}`;
}
function blocksOf(result) {
  return isPlan(result) && result.work ? result.work.blocks : null;
}

export {
  countBy,
  severityCounts,
  plural,
  endpointCells,
  endpointHasChange,
  STATUS_ORDER,
  byImportance,
  bySeverity,
  planDiff,
  hasPlanChange,
  costText,
  changeText,
  seqScanText,
  adviceLines,
  plannerText,
  planModeText,
  skippedText,
  workText,
  spillText,
  workExplanation
};
