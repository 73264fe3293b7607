import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  TASKS,
  allMetricNamesFor,
  isMetricFor,
  metricNamesFor,
  parseDisparity,
  valueRange
} from "./chunk-3XEZIFGU.js";
import {
  dataRecordFrom
} from "./chunk-GWICTQE2.js";
import {
  closestName
} from "./chunk-64SREERL.js";
import {
  ConfigError
} from "./chunk-NHNGL3H4.js";

// shared/config/load.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
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
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
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
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
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
    } else if (isPair(node)) {
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
  if (isDocument(node)) {
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
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
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
    } else if (isPair(node)) {
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
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
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
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
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

// node_modules/yaml/browser/dist/doc/anchors.js
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
  visit(root, {
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
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
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

// node_modules/yaml/browser/dist/doc/applyReviver.js
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

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
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

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
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
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
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
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
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
      anchorIsValid(this.source);
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
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
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

// node_modules/yaml/browser/dist/doc/createNode.js
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
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
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
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
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
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
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
      if (isCollection(node))
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
    if (isCollection(node))
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
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
    return isCollection(node) ? node.hasIn(rest) : false;
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
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
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

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
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
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
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
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
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
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
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
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
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
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
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

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
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
  if (isScalar(item)) {
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
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
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
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
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
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
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
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
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
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
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
    str += "\n" + indentComment(commentString(comment), indent);
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
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
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
    let str = stringify(item, itemCtx, () => comment = null);
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
      str += lineComment(str, itemIndent, commentString(comment));
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
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
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
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
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
    return !keepScalar && isScalar(it) ? it.value : it;
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
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
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

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
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
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
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
  stringify: stringifyNumber
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

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
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
    createNode: () => new Scalar(null),
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
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
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
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
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
    if (typeof atob === "function") {
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
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
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
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
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
      pairs2.items.push(createPair(key, value, ctx));
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

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
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
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
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
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
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
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
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
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
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
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
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
    return stringifyNumber(node);
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

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
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
    tags = tags.concat(merge);
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

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
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
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
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
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
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
      this.directives = new Directives({ version });
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
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
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
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
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
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
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
    return new Pair(k, v);
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
    if (isEmptyPath(path)) {
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
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
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
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
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
      this.schema = new Schema(Object.assign(opt, options));
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
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
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
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
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

// node_modules/yaml/browser/dist/compose/resolve-props.js
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

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
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

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
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
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
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
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
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
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
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
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
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

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
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
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
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
      if (!isMap2 && ctx.options.strict && containsNewline(key))
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
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
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
          if (sep)
            for (const st of sep) {
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
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
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
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
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

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
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
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
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
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
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
  let sep = "";
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
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
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

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
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
  const re = resolveEnd(end, valueEnd, strict, onError);
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
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
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

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range2;
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
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
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
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
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

// node_modules/yaml/browser/dist/compose/compose-node.js
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
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
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
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
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
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
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
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
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
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
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
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
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
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
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
        const doc = composeDoc(this.options, this.directives, token, this.onError);
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
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
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
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
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
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
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
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
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

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
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

// node_modules/yaml/browser/dist/parse/lexer.js
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
    if (line[0] === BOM) {
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
    yield DOCUMENT;
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
        yield FLOW_END;
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
    yield SCALAR2;
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
    yield SCALAR2;
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

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
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

// node_modules/yaml/browser/dist/parse/parser.js
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
    this.lexer = new Lexer();
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
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
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
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
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
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
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
              if (st.indent > map2.indent)
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
            map2.items.push({ start });
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
            map2.items.push({ start, explicitKey: true });
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
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
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
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
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
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
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
            map2.items.push({ start, key: fs, sep: [] });
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
          const bv = this.startBlockValue(map2);
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
              map2.items.push({ start });
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
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
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
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
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

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// schema/modelgate.schema.json
var modelgate_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schema/v1/modelgate.schema.json",
  title: "modelgate configuration (.modelgate.yml)",
  description: "One file describes every modelgate gate of a repository: which data to read, how its columns map to roles, and the rules a model must pass. The GitHub actions, the GitLab templates and the `modelgate` CLI read the same file; action inputs and CLI flags override its keys.",
  type: "object",
  required: ["version"],
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON Schema this file follows, for editors. Ignored by modelgate.",
      type: "string",
      examples: ["https://modelgate.dev/schema/v1/modelgate.schema.json"]
    },
    version: {
      description: "Version of the config format. Only `1` exists.",
      const: 1,
      examples: [1]
    },
    data: {
      $ref: "#/$defs/data",
      description: "The data a gate reads and which column plays which role. `evaluate` and `train` need it, with `label`; `shadow_compare` reads its column bindings as defaults; `drift` and `canary` do not use it."
    },
    evaluate: {
      $ref: "#/$defs/evaluate",
      description: "The evaluate gate: rules on metrics, fairness and the baseline.",
      default: {}
    },
    train: {
      $ref: "#/$defs/train",
      description: "The train gate: sample the dataset deterministically, train the model on the sample (built-in TensorFlow.js model or your own command), and hold its held-out predictions to the `evaluate` rules."
    },
    shadow_compare: {
      $ref: "#/$defs/shadow_compare",
      description: "The shadow-compare gate: how the shadow model's answers differ from production's on the same requests."
    },
    canary: {
      $ref: "#/$defs/canary",
      description: "The canary gate: shift traffic to the new model in steps, and hold each step's live metrics to the rules."
    },
    drift: {
      $ref: "#/$defs/drift",
      description: "The drift gate: compare the current data's feature distributions with a reference's."
    }
  },
  $defs: {
    paths: {
      type: ["string", "array"],
      minLength: 1,
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    column: {
      type: "string",
      minLength: 1
    },
    columns: {
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1 }
    },
    data: {
      type: "object",
      additionalProperties: false,
      properties: {
        predictions: {
          $ref: "#/$defs/paths",
          description: "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.",
          examples: ["eval/predictions.csv", ["shards/part-*.parquet"]]
        },
        baseline: {
          $ref: "#/$defs/paths",
          description: "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.",
          examples: ["eval/baseline.csv"]
        },
        dataset: {
          $ref: "#/$defs/paths",
          description: "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.",
          examples: ["data/test.csv"]
        },
        format: {
          description: "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).",
          enum: ["csv", "jsonl", "parquet"]
        },
        delimiter: {
          description: "CSV field delimiter, one character. When absent, `,`.",
          type: "string",
          minLength: 1,
          maxLength: 1,
          examples: [",", ";", "	"]
        },
        task: {
          description: "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).",
          enum: ["binary", "multiclass", "regression"],
          default: "binary"
        },
        label: {
          $ref: "#/$defs/column",
          description: "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.",
          examples: ["label"]
        },
        score: {
          $ref: "#/$defs/paths",
          description: "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.",
          examples: ["score", ["p_cat", "p_dog", "p_bird"]]
        },
        prediction: {
          $ref: "#/$defs/column",
          description: "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.",
          examples: ["predicted"]
        },
        threshold: {
          description: "Binary: a score at or above this is a positive prediction.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.5
        },
        positive_label: {
          description: "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).",
          type: ["string", "number", "boolean"],
          minLength: 1,
          examples: ["fraud", 1]
        },
        classes: {
          description: "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.",
          type: "array",
          minItems: 2,
          uniqueItems: true,
          items: { type: ["string", "number"], minLength: 1 },
          examples: [["cat", "dog", "bird"]]
        },
        id: {
          $ref: "#/$defs/column",
          description: "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.",
          examples: ["request_id"]
        },
        groups: {
          $ref: "#/$defs/columns",
          description: "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.",
          default: [],
          examples: [["sex", "race"]]
        },
        missing_group: {
          description: "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).",
          type: "string",
          minLength: 1,
          maxLength: 1e3,
          examples: ["unknown"]
        },
        slices: {
          $ref: "#/$defs/columns",
          description: "Other columns to break metrics down by (not sensitive attributes).",
          default: [],
          examples: [["country", "device"]]
        },
        weight: {
          $ref: "#/$defs/column",
          description: "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.",
          examples: ["weight"]
        },
        max_bad_rows: {
          description: "How many malformed rows may be skipped (and counted in the report) before the gate errors.",
          type: "integer",
          minimum: 0,
          default: 0
        },
        max_line_bytes: {
          description: "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.",
          type: "integer",
          minimum: 1024,
          default: 16777216
        },
        max_field_bytes: {
          description: "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.",
          type: "integer",
          minimum: 64,
          default: 1048576
        },
        max_group_values: {
          description: "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.",
          type: "integer",
          minimum: 1,
          default: 500
        },
        allow_outside_workspace: {
          description: "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.",
          type: "boolean",
          default: false
        }
      }
    },
    evaluate: {
      type: "object",
      additionalProperties: false,
      properties: {
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.",
          default: []
        },
        min_group_size: {
          description: "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.",
          type: "integer",
          minimum: 1,
          default: 30
        },
        inconclusive: {
          description: "What an inconclusive check (too little data to decide) counts as.",
          enum: ["fail", "warn", "pass"],
          default: "fail"
        },
        intersect: {
          description: "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).",
          type: "boolean",
          default: false
        },
        bootstrap: {
          description: "Poisson bootstrap confidence intervals for the gated metrics.",
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            replicates: {
              description: "Number of bootstrap replicates; 0 turns confidence intervals off.",
              type: "integer",
              minimum: 0,
              maximum: 1e4,
              default: 0,
              examples: [1e3]
            },
            level: {
              description: "Confidence level of the intervals.",
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.95
            },
            seed: {
              description: "Seed of the replicate weights; the same seed and data give the same intervals.",
              type: "integer",
              default: 0
            }
          }
        },
        calibration_bins: {
          description: "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.",
          type: "integer",
          minimum: 2,
          maximum: 100,
          default: 10
        },
        beta: {
          description: "The beta of the `fbeta` metric (recall is beta times as important as precision).",
          type: "number",
          exclusiveMinimum: 0,
          default: 1
        },
        model: {
          $ref: "#/$defs/scoring_model",
          description: "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`."
        },
        behavioral: {
          description: "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).",
          type: "array",
          default: [],
          items: { $ref: "#/$defs/behavioral_test" },
          examples: [[{ name: "race-swap-invariance", type: "INV", perturb: { swap: "race" }, tolerance: 0.05 }]]
        }
      }
    },
    behavioral_test: {
      type: "object",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$",
          description: "The test's name, which its check is named after.",
          examples: ["race-swap-invariance"]
        },
        type: {
          enum: ["MFT", "INV", "DIR"],
          description: "`MFT`: each case's expected label (the `data.label` column) must be predicted. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way."
        },
        cases: {
          type: ["string", "array"],
          minLength: 1,
          minItems: 1,
          items: { type: "object", minProperties: 1, additionalProperties: { type: ["string", "number", "boolean"] } },
          description: "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.",
          examples: ["tests/behavioral/mft.csv", [{ income: 9, debt: 0, age: 40, label: 1 }]]
        },
        max_cases: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 1e3,
          description: "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows."
        },
        perturb: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          description: "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.",
          properties: {
            set: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: ["string", "number", "boolean"] },
              description: "Set columns to values.",
              examples: [{ region: "north" }]
            },
            swap: {
              type: "string",
              minLength: 1,
              description: "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.",
              examples: ["race"]
            },
            swap_values: {
              type: "array",
              minItems: 2,
              maxItems: 2,
              uniqueItems: true,
              items: { type: ["string", "number"] },
              description: "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.",
              examples: [["A", "B"]]
            },
            noise: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number", minimum: 0 },
              description: "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.",
              examples: [{ age: 1 }]
            },
            scale: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number" },
              description: "Multiply numeric columns by factors.",
              examples: [{ income: 1.5 }]
            },
            add: {
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "number" },
              description: "Add amounts to numeric columns.",
              examples: [{ income: 1 }]
            }
          }
        },
        expect: {
          enum: ["increase", "decrease"],
          description: "`DIR`: the direction the perturbation must move the score."
        },
        tolerance: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes."
        },
        max_fail_rate: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0,
          description: "The share of cases that may fail before the check fails."
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed of `noise`: the same seed and cases give the same perturbations."
        },
        severity: {
          enum: ["fail", "warn"],
          default: "fail",
          description: "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes."
        }
      }
    },
    scoring_model: {
      type: "object",
      required: ["spec"],
      additionalProperties: false,
      properties: {
        spec: {
          type: "string",
          minLength: 1,
          description: "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.",
          examples: ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).",
          examples: [["income", "debt_ratio", "age"]]
        },
        batch_size: {
          type: "integer",
          minimum: 1,
          maximum: 1e5,
          default: 64,
          description: "Rows per request."
        },
        concurrency: {
          type: "integer",
          minimum: 1,
          maximum: 256,
          default: 4,
          description: "Requests in flight at once (a command model answers one at a time)."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: 30,
          description: "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows."
        },
        retries: {
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: 2,
          description: "Retries of a request that failed for a transient reason (a 5xx answer, no answer)."
        },
        headers: {
          type: "object",
          propertyNames: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" },
          additionalProperties: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          default: {},
          description: "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.",
          examples: [{ Authorization: "MODEL_AUTHORIZATION" }]
        },
        env: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          default: [],
          description: "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.",
          examples: [["HF_HOME"]]
        }
      }
    },
    gates: {
      description: "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.",
      type: "array",
      items: { $ref: "#/$defs/rule" }
    },
    duration: {
      description: "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).",
      type: "string",
      pattern: "^[1-9][0-9]{0,5}(s|m|h)$",
      examples: ["30s", "10m", "1h"]
    },
    rule: {
      description: "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.",
      type: "object",
      required: ["metric"],
      additionalProperties: false,
      anyOf: [
        { required: ["min"] },
        { required: ["max"] },
        { required: ["max_drop"] },
        { required: ["max_relative_drop"] }
      ],
      properties: {
        metric: {
          description: "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.",
          type: "string",
          minLength: 1,
          examples: ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"]
        },
        id: {
          description: "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.",
          type: "string",
          minLength: 1,
          examples: ["auc-floor"]
        },
        min: {
          description: "The value must be at least this.",
          type: "number",
          examples: [0.8]
        },
        max: {
          description: "The value must be at most this.",
          type: "number",
          examples: [0.1]
        },
        max_drop: {
          description: "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.",
          type: "number",
          minimum: 0,
          examples: [0.01]
        },
        max_relative_drop: {
          description: "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.",
          type: "number",
          minimum: 0,
          examples: [0.05]
        },
        on: {
          description: "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.",
          enum: ["point", "lower_bound", "upper_bound"],
          default: "point"
        },
        over: {
          description: "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          examples: [["sex", "race"]]
        },
        intersect: {
          description: "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.",
          type: "boolean"
        },
        where: {
          description: "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: ["string", "number"] },
          examples: [{ sex: "F" }]
        },
        relative_to: {
          description: "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.",
          enum: ["between_groups", "overall"]
        },
        agg: {
          description: "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.",
          enum: ["worst_case", "mean"]
        },
        privileged: {
          description: "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).",
          type: "object",
          minProperties: 1,
          additionalProperties: { type: ["string", "number"] },
          examples: [{ sex: "M" }]
        },
        severity: {
          description: "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.",
          enum: ["fail", "warn"],
          default: "fail"
        }
      }
    },
    train: {
      type: "object",
      additionalProperties: false,
      properties: {
        dataset: {
          $ref: "#/$defs/paths",
          description: "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.",
          examples: ["data/train.csv"]
        },
        sample: {
          $ref: "#/$defs/sample",
          description: "How the rows to train on are drawn from the dataset, in one pass.",
          default: {}
        },
        holdout: {
          $ref: "#/$defs/holdout",
          description: "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.",
          default: {}
        },
        model: {
          $ref: "#/$defs/model",
          description: "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`."
        },
        command: {
          type: "string",
          minLength: 1,
          description: "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.",
          examples: ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"]
        },
        env: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          default: [],
          description: "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.",
          examples: [["HF_HOME", "CUDA_VISIBLE_DEVICES"]]
        },
        timeout_minutes: {
          type: "number",
          exclusiveMinimum: 0,
          default: 60,
          description: "Longest time the external trainer may run; past it, it is stopped and the gate errors."
        },
        reproducible: {
          type: "boolean",
          default: false,
          description: "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor."
        },
        cache: {
          type: "boolean",
          default: true,
          description: "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit."
        },
        artifact: {
          type: ["string", "boolean"],
          minLength: 1,
          default: "modelgate-model",
          description: "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.",
          examples: ["modelgate-model", false]
        },
        baseline_manifest: {
          type: "string",
          minLength: 1,
          description: "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.",
          examples: ["main-model/manifest.json"]
        }
      }
    },
    sample: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: {
          enum: ["uniform", "stratified", "reservoir", "time"],
          default: "uniform",
          description: "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)."
        },
        fraction: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          description: "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.",
          examples: [0.1]
        },
        n: {
          type: "integer",
          minimum: 1,
          description: "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.",
          examples: [1e5]
        },
        by: {
          $ref: "#/$defs/columns",
          description: "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.",
          examples: [
            ["label", "sex"]
          ]
        },
        min_per_stratum: {
          type: "integer",
          minimum: 0,
          default: 30,
          description: "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)."
        },
        column: {
          $ref: "#/$defs/column",
          description: "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).",
          examples: ["event_time"]
        },
        days: {
          type: "number",
          exclusiveMinimum: 0,
          description: "`time`: keep the rows at most this many days older than the newest row.",
          examples: [30]
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks."
        },
        format: {
          enum: ["csv", "jsonl"],
          default: "csv",
          description: "Format the sample is written in for the trainer and the artifacts."
        }
      }
    },
    holdout: {
      type: "object",
      additionalProperties: false,
      properties: {
        fraction: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          default: 0.2,
          description: "Share of the sample held out for evaluation, drawn per stratum like the sample."
        },
        seed: {
          type: "integer",
          description: "Seed of the held-out draw. When absent: `sample.seed`."
        },
        file: {
          $ref: "#/$defs/paths",
          description: "Evaluate on this separate file instead of a share of the sample.",
          examples: ["data/test.csv"]
        }
      }
    },
    model: {
      type: "object",
      required: ["features"],
      additionalProperties: false,
      properties: {
        type: {
          enum: ["logistic_regression", "mlp"],
          default: "logistic_regression",
          description: "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit."
        },
        features: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.",
          examples: [
            ["income", "debt_ratio", "region"]
          ]
        },
        categorical: {
          $ref: "#/$defs/columns",
          description: "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).",
          examples: [
            ["branch_code"]
          ]
        },
        max_categories: {
          type: "integer",
          minimum: 1,
          default: 50,
          description: "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket."
        },
        impute: {
          enum: ["error", "mean", "zero"],
          default: "error",
          description: "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0."
        },
        layers: {
          type: "array",
          items: {
            $ref: "#/$defs/layer"
          },
          default: [],
          description: "`mlp`: the hidden layers, in order.",
          examples: [
            [
              {
                units: 16,
                activation: "relu"
              }
            ]
          ]
        },
        optimizer: {
          enum: ["sgd", "adam", "rmsprop", "adagrad"],
          default: "adam",
          description: "Optimizer of the training loss (binary cross-entropy)."
        },
        learning_rate: {
          type: "number",
          exclusiveMinimum: 0,
          default: 0.05,
          description: "Learning rate of the optimizer."
        },
        epochs: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 10,
          description: "Passes over the training rows."
        },
        batch_size: {
          type: "integer",
          minimum: 1,
          default: 64,
          description: "Rows per gradient step."
        },
        l2: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "L2 penalty on the weights."
        },
        early_stopping: {
          type: "object",
          additionalProperties: false,
          description: "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.",
          properties: {
            patience: {
              type: "integer",
              minimum: 1,
              default: 3,
              description: "Epochs without improvement before training stops."
            },
            min_delta: {
              type: "number",
              minimum: 0,
              default: 0,
              description: "Smallest decrease of the validation loss that counts as an improvement."
            },
            validation_fraction: {
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.1,
              description: "Share of the training rows used for the validation loss."
            }
          }
        }
      }
    },
    layer: {
      type: "object",
      required: ["units"],
      additionalProperties: false,
      description: "One hidden layer.",
      properties: {
        units: {
          type: "integer",
          minimum: 1,
          maximum: 4096,
          description: "Number of units of the layer.",
          examples: [16]
        },
        activation: {
          enum: ["relu", "tanh", "sigmoid", "elu", "selu", "linear"],
          default: "relu",
          description: "Activation function of the layer."
        }
      }
    },
    shadow_compare: {
      type: "object",
      additionalProperties: false,
      properties: {
        production: {
          $ref: "#/$defs/paths",
          description: "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.",
          examples: ["logs/production-*.jsonl.gz"]
        },
        shadow: {
          $ref: "#/$defs/paths",
          description: "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.",
          examples: ["logs/shadow-*.jsonl.gz"]
        },
        labels: {
          $ref: "#/$defs/paths",
          description: "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.",
          examples: ["labels/2026-12-*.csv"]
        },
        replay: {
          $ref: "#/$defs/paths",
          description: "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.",
          examples: ["requests/2026-12-01.jsonl.gz"]
        },
        production_model: {
          description: "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`). The `--production-model` flag overrides it.",
          type: "string",
          minLength: 1,
          examples: ["oip+http://127.0.0.1:8080/credit@1"]
        },
        shadow_model: {
          description: "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides it.",
          type: "string",
          minLength: 1,
          examples: ["oip+http://127.0.0.1:8081/credit@2"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).",
          examples: [["income", "debt", "age"]]
        },
        batch_size: {
          description: "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.",
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 1
        },
        concurrency: {
          description: "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).",
          type: "integer",
          minimum: 1,
          maximum: 256,
          default: 8
        },
        max_requests: {
          description: "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.",
          type: "integer",
          minimum: 1,
          examples: [1e4]
        },
        timeout_ms: {
          description: "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.",
          type: "integer",
          minimum: 1,
          default: 3e4
        },
        retries: {
          description: "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed.",
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: 2
        },
        id: {
          $ref: "#/$defs/column",
          description: "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.",
          examples: ["request_id"]
        },
        score: {
          $ref: "#/$defs/column",
          description: "Column with each side's score. When absent: `data.score`.",
          examples: ["score"]
        },
        prediction: {
          $ref: "#/$defs/column",
          description: "Column with each side's hard prediction. When absent: `data.prediction`.",
          examples: ["predicted"]
        },
        label: {
          $ref: "#/$defs/column",
          description: "Column with the true label in `labels`. When absent: `data.label`.",
          examples: ["label"]
        },
        latency: {
          $ref: "#/$defs/column",
          description: "Column with each request's latency in milliseconds.",
          examples: ["latency_ms"]
        },
        error: {
          $ref: "#/$defs/column",
          description: "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.",
          examples: ["error"]
        },
        segments: {
          $ref: "#/$defs/columns",
          description: "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.",
          examples: [["country", "device"]]
        },
        min_join_rate: {
          description: "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.95
        },
        max_error_rate: {
          description: "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.01
        },
        correction: {
          description: "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).",
          enum: ["holm", "bh"],
          default: "holm"
        },
        psi_bins: {
          description: "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.",
          type: "integer",
          minimum: 2,
          maximum: 100,
          default: 10
        },
        level: {
          description: "Confidence level of every interval (agreement, flip rate, score and latency deltas).",
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          default: 0.95
        },
        inconclusive: {
          description: "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.",
          enum: ["fail", "warn", "pass"],
          default: "fail"
        },
        redact: {
          $ref: "#/$defs/columns",
          description: "Columns that never leave the runner: not in any report, log or list of top disagreements.",
          default: [],
          examples: [["email", "user_id"]]
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the shadow-compare metrics (see `rule.metric`).",
          default: [],
          examples: [[{ metric: "agreement", min: 0.98, on: "lower_bound" }]]
        }
      }
    },
    drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        reference: {
          $ref: "#/$defs/paths",
          description: "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.",
          examples: ["data/train.parquet"]
        },
        current: {
          $ref: "#/$defs/paths",
          description: "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.",
          examples: ["logs/requests-*.jsonl.gz"]
        },
        features: {
          $ref: "#/$defs/columns",
          description: "The columns compared. When absent: every column both datasets have.",
          examples: [["income", "age", "region"]]
        },
        tests: {
          description: "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.",
          type: "object",
          additionalProperties: { enum: ["ks", "psi", "wasserstein", "chi_square", "js"] },
          default: {},
          examples: [{ income: "psi", region: "chi_square" }]
        },
        bins: {
          description: "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.",
          type: "integer",
          minimum: 2,
          maximum: 1e3,
          default: 10
        },
        max_drifted_share: {
          description: "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.",
          type: "number",
          minimum: 0,
          maximum: 1,
          examples: [0.25]
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).",
          default: [],
          examples: [[{ metric: "psi", max: 0.2 }]]
        },
        trigger: {
          description: "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.",
          type: "object",
          additionalProperties: false,
          properties: {
            workflow: {
              type: "string",
              minLength: 1,
              description: "GitHub: the workflow file to dispatch.",
              examples: ["retrain.yml"]
            },
            event_type: {
              type: "string",
              minLength: 1,
              maxLength: 100,
              description: "GitHub: the `repository_dispatch` event type to send.",
              examples: ["model-drift"]
            },
            ref: {
              type: "string",
              minLength: 1,
              description: "The branch or tag the pipeline runs on. When absent: the default branch.",
              examples: ["main"]
            },
            on: {
              enum: ["fail", "warn"],
              default: "fail",
              description: "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)."
            }
          }
        }
      }
    },
    canary: {
      type: "object",
      additionalProperties: false,
      properties: {
        provider: {
          description: "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.",
          type: "object",
          required: ["command"],
          additionalProperties: false,
          properties: {
            command: {
              type: "string",
              minLength: 1,
              description: "The command that sets the new model's share of traffic.",
              examples: ["kubectl argo rollouts set weight my-model {weight}"]
            }
          }
        },
        steps: {
          description: "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/canary_step" },
          examples: [[{ weight: 10, bake: "10m" }, { weight: 50, bake: "30m" }]]
        },
        metrics: {
          description: "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.",
          type: "object",
          required: ["source"],
          additionalProperties: false,
          properties: {
            source: {
              enum: ["prometheus", "command"],
              description: "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`."
            },
            url: {
              type: "string",
              pattern: "^https?://",
              description: "`prometheus`: the server's base URL.",
              examples: ["http://prometheus.monitoring:9090"]
            },
            command: {
              type: "string",
              minLength: 1,
              description: "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.",
              examples: ["python3 metrics.py --weight {weight}"]
            },
            queries: {
              description: "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).",
              type: "object",
              minProperties: 1,
              propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" },
              additionalProperties: { type: "string" },
              examples: [{ error_rate: 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }]
            }
          }
        },
        gates: {
          $ref: "#/$defs/gates",
          description: "The rules, on the names of `metrics.queries`.",
          default: [],
          examples: [[{ metric: "error_rate", max: 0.01 }]]
        }
      }
    },
    canary_step: {
      type: "object",
      required: ["weight"],
      additionalProperties: false,
      description: "One traffic step.",
      properties: {
        weight: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          description: "The new model's share of traffic, in percent.",
          examples: [10]
        },
        bake: {
          $ref: "#/$defs/duration",
          description: "How long the step runs before its metrics are judged. When absent: `5m`.",
          examples: ["10m"]
        },
        max_duration: {
          $ref: "#/$defs/duration",
          description: "Longest time the step may take, shifting and judging included; past it the gate errors.",
          examples: ["1h"]
        }
      }
    }
  }
};

// shared/config/ajv-options.json
var ajv_options_default = {
  allErrors: true,
  useDefaults: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true
};

// shared/config/issue.ts
function childPointer(parent, key) {
  return `${parent}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function pointerSegments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parentPointer(pointer) {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}
function displayPath(pointer, root) {
  let text = "";
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    text += Array.isArray(node) ? `[${segment}]` : `${text ? "." : ""}${segment}`;
    node = node !== null && typeof node === "object" ? node[segment] : void 0;
  }
  return text;
}
function showValue(value) {
  if (value === null || value === void 0) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function listNames(names) {
  return names.map((name) => `\`${name}\``).join(", ");
}

// shared/config/positions.ts
function documentPositions(doc, lineCounter) {
  const values = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const visit3 = (node, pointer, keyPosition) => {
    const isCollection2 = isMap(node) || isSeq(node);
    const isEmpty2 = isScalar(node) && node.range !== void 0 && node.range !== null && node.range[0] === node.range[1];
    const own = node.range ? at(node.range[0]) : void 0;
    const position = keyPosition && (isCollection2 || isEmpty2 || !own) ? keyPosition : own;
    if (position) values.set(pointer, position);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = childPointer(pointer, key);
        const keyNode = pair.key;
        const keyAt = keyNode?.range ? at(keyNode.range[0]) : void 0;
        if (keyAt) keys.set(child, keyAt);
        if (pair.value) visit3(pair.value, child, keyAt);
        else if (keyAt) values.set(child, keyAt);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item) visit3(item, childPointer(pointer, index));
      });
    }
  };
  if (doc.contents) visit3(doc.contents, "");
  if (!values.has("")) values.set("", { line: 1, column: 1 });
  return { values, keys };
}

// shared/config/schema-issues.ts
var VALUE_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "const",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties"
]);
function schemaIssues(errors, root) {
  const anyOfs = errors.filter((e) => e.keyword === "anyOf");
  const isBranchError = (e) => anyOfs.some((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));
  const isExplainedByTypo = (e) => e.keyword === "anyOf" && errors.some((other) => {
    if (other.keyword !== "additionalProperties" || other.instancePath !== e.instancePath) return false;
    const known = (e.schema ?? []).flatMap((b) => b.required ?? []);
    return closestName(String(other.params.additionalProperty), known) !== void 0;
  });
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (isBranchError(error) || isExplainedByTypo(error)) continue;
    const issue = describe(error, root);
    const key = `${issue.path}\0${issue.at}\0${VALUE_KEYWORDS.has(error.keyword) ? "value" : issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function describe(error, root) {
  const path = error.instancePath;
  const parentSchema = error.parentSchema ?? {};
  const name = displayPath(path, root);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const guess = closestName(key, known);
      return {
        path: childPointer(path, key),
        at: "key",
        message: `unknown key \`${key}\` ${name ? `in ${name}` : "at the top level"}`,
        hint: guess ? `did you mean \`${guess}\`?` : `known keys: ${listNames(known)}`
      };
    }
    case "required": {
      const key = String(error.params.missingProperty);
      const property = (parentSchema.properties ?? {})[key];
      return {
        path: childPointer(path, key),
        at: "parent",
        message: `missing required key \`${key}\` ${name ? `in ${name}` : "at the top level"}`,
        hint: key === "version" ? "add `version: 1`" : typeof property?.description === "string" ? `\`${key}\`: ${property.description}` : void 0
      };
    }
    case "anyOf": {
      const branches = error.schema ?? [];
      const keys = branches.flatMap((b) => Array.isArray(b.required) ? b.required : []);
      return { path, at: "value", message: `\`${name}\` needs at least one of ${listNames(keys)}` };
    }
    case "uniqueItems": {
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const value = error.data[later];
      return { path: childPointer(path, later), at: "value", message: `\`${name}\` lists ${showValue(value)} more than once` };
    }
    default:
      if (VALUE_KEYWORDS.has(error.keyword)) {
        const issue = {
          path,
          at: "value",
          message: `\`${name || "the config"}\` must be ${expected(parentSchema)}, got ${showValue(error.data)}`
        };
        if (Array.isArray(parentSchema.enum)) {
          const allowed = parentSchema.enum.map(String);
          const guess = typeof error.data === "string" ? closestName(error.data, allowed) : void 0;
          issue.hint = `${guess ? `did you mean \`${guess}\`? ` : ""}allowed: ${listNames(allowed)}`;
        }
        return issue;
      }
      return { path, at: "value", message: `\`${name || "the config"}\` ${error.message ?? "is invalid"}` };
  }
}
var PLURALS = {
  string: "strings",
  number: "numbers",
  integer: "integers",
  boolean: "booleans",
  object: "mappings",
  array: "lists"
};
function expected(schema4) {
  if (schema4.const !== void 0) return JSON.stringify(schema4.const);
  if (Array.isArray(schema4.enum)) return `one of ${listNames(schema4.enum)}`;
  const types = Array.isArray(schema4.type) ? schema4.type : typeof schema4.type === "string" ? [schema4.type] : [];
  const words = types.map((type) => {
    switch (type) {
      case "number":
      case "integer":
        return `${type === "integer" ? "an integer" : "a number"}${range(schema4)}`;
      case "string":
        if (schema4.minLength === 1 && schema4.maxLength === 1) return "a single character";
        return schema4.minLength === 1 ? "a non-empty string" : "a string";
      case "array": {
        const items = schema4.items ?? {};
        const itemTypes = Array.isArray(items.type) ? items.type : typeof items.type === "string" ? [items.type] : [];
        const of = itemTypes.length ? ` of ${itemTypes.map((t) => PLURALS[t] ?? t).join(" or ")}` : "";
        const min = typeof schema4.minItems === "number" && schema4.minItems > 1 ? ` with at least ${schema4.minItems} items` : "";
        return `${schema4.minItems === 1 ? "a non-empty list" : "a list"}${of}${min}`;
      }
      case "boolean":
        return "true or false";
      case "object":
        return "a mapping";
      default:
        return type;
    }
  });
  return words.join(" or ") || "valid";
}
function range(schema4) {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema4;
  if (minimum !== void 0 && maximum !== void 0) return ` between ${minimum} and ${maximum}`;
  const parts = [];
  if (minimum !== void 0) parts.push(`>= ${minimum}`);
  if (exclusiveMinimum !== void 0) parts.push(`> ${exclusiveMinimum}`);
  if (maximum !== void 0) parts.push(`<= ${maximum}`);
  if (exclusiveMaximum !== void 0) parts.push(`< ${exclusiveMaximum}`);
  return parts.length ? ` ${parts.join(" and ")}` : "";
}

// shared/config/rules.ts
var EVALUATE_ONLY = ["max_drop", "max_relative_drop", "intersect", "relative_to", "agg", "privileged"];
function commonRuleIssues(gate, rules) {
  const issues = [];
  const ids = /* @__PURE__ */ new Map();
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (rule.min !== void 0 && rule.max !== void 0 && rule.min > rule.max) {
      issues.push({
        path: `${at}/min`,
        at: "value",
        message: `${name} has \`min\` ${rule.min} above \`max\` ${rule.max}: no value can pass`
      });
    }
    if (rule.id !== void 0) {
      const first = ids.get(rule.id);
      if (first !== void 0)
        issues.push({
          path: `${at}/id`,
          at: "value",
          message: `rule id \`${rule.id}\` in ${name} is already used by ${gate}.gates[${first}]`
        });
      else ids.set(rule.id, index);
    }
  });
  return issues;
}
function gateRuleIssues(gate, rules, metrics) {
  const issues = [];
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (!metrics.includes(rule.metric)) {
      const guess = closestName(rule.metric, metrics);
      issues.push({
        path: `${at}/metric`,
        at: "value",
        message: `unknown metric \`${rule.metric}\` for ${gate}`,
        hint: guess ? `did you mean \`${guess}\`?` : metrics.length ? `${gate} metrics: ${listNames(metrics)}` : void 0
      });
    }
    for (const key of EVALUATE_ONLY) {
      if (rule[key] !== void 0)
        issues.push({ path: `${at}/${key}`, at: "key", message: `\`${key}\` in ${name} applies only to evaluate's rules` });
    }
  });
  issues.push(...commonRuleIssues(gate, rules));
  return issues;
}
function unlisted(path, where, value, listName, list) {
  const guess = closestName(value, list);
  return {
    path,
    at: "value",
    message: `\`${value}\` in ${where} is not in ${listName}`,
    hint: guess ? `did you mean \`${guess}\`?` : list.length ? `${listName}: ${listNames(list)}` : `add \`${value}\` to ${listName.split(" or ")[0]}`
  };
}

// shared/config/canary.ts
var SECONDS = { s: 1, m: 60, h: 3600 };
function durationSeconds(duration) {
  return Number(duration.slice(0, -1)) * SECONDS[duration.slice(-1)];
}
function canaryIssues(section) {
  const issues = [];
  for (const key of ["provider", "steps", "metrics"]) {
    if (section[key] === void 0) issues.push({ path: `/canary/${key}`, at: "parent", message: `canary needs \`canary.${key}\`` });
  }
  section.steps?.forEach((step, i) => {
    const previous = section.steps?.[i - 1];
    if (previous && step.weight <= previous.weight) {
      issues.push({
        path: `/canary/steps/${i}/weight`,
        at: "value",
        message: `canary.steps[${i}] has weight ${step.weight}, not more than the step before (${previous.weight}): traffic only moves forward`
      });
    }
    if (step.bake !== void 0 && step.max_duration !== void 0 && durationSeconds(step.bake) > durationSeconds(step.max_duration)) {
      issues.push({
        path: `/canary/steps/${i}/max_duration`,
        at: "value",
        message: `canary.steps[${i}] bakes for ${step.bake}, longer than its \`max_duration\` ${step.max_duration}`
      });
    }
  });
  const metrics = section.metrics;
  if (metrics) {
    const needs = metrics.source === "prometheus" ? "url" : "command";
    const other = needs === "url" ? "command" : "url";
    if (metrics[needs] === void 0)
      issues.push({
        path: `/canary/metrics/${needs}`,
        at: "parent",
        message: `canary.metrics with \`source: ${metrics.source}\` needs \`${needs}\``
      });
    if (metrics[other] !== void 0)
      issues.push({
        path: `/canary/metrics/${other}`,
        at: "key",
        message: `\`${other}\` in canary.metrics applies only to \`source: ${other === "url" ? "prometheus" : "command"}\``
      });
  }
  issues.push(...gateRuleIssues("canary", section.gates, Object.keys(metrics?.queries ?? {})));
  section.gates.forEach((rule, index) => {
    for (const key of ["over", "where"]) {
      if (rule[key] !== void 0)
        issues.push({
          path: `/canary/gates/${index}/${key}`,
          at: "key",
          message: `\`${key}\` in canary.gates[${index}] does not apply: a canary metric is one number per step`
        });
    }
  });
  return issues;
}

// shared/config/data.ts
function requiredDataIssues(gate, data) {
  if (data === void 0)
    return [
      {
        path: "/data",
        at: "parent",
        message: `${gate} needs \`data\`: the columns of the predictions and the label`,
        hint: "add `data:` with at least `label` (see the README)"
      }
    ];
  if (data.label === void 0)
    return [
      {
        path: "/data/label",
        at: "parent",
        message: `${gate} needs \`data.label\``,
        hint: "`label`: Column with the true label (binary, multiclass) or the true value (regression)."
      }
    ];
  return [];
}
function sharedColumnIssues(data) {
  const scores = data.score === void 0 ? [] : Array.isArray(data.score) ? data.score.map((column, i) => [`/data/score/${i}`, column]) : [["/data/score", data.score]];
  const roles = [
    ["/data/label", data.label],
    ...scores,
    ["/data/prediction", data.prediction],
    ["/data/weight", data.weight],
    ["/data/id", data.id]
  ];
  const attributes = [
    ...data.groups.map((column, i) => [`/data/groups/${i}`, column]),
    ...data.slices.map((column, i) => [`/data/slices/${i}`, column])
  ];
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  const role = (pointer) => `\`data.${pointer.slice("/data/".length).replace(/\/(\d+)$/, "[$1]")}\``;
  for (const [pointer, column] of roles) {
    if (column === void 0) continue;
    const first = seen.get(column);
    if (first !== void 0)
      issues.push({
        path: pointer,
        at: "value",
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: "each of label, score, prediction, weight and id needs a column of its own"
      });
    else seen.set(column, pointer);
  }
  for (const [pointer, column] of attributes) {
    const first = seen.get(column);
    if (first !== void 0 && first !== "/data/id")
      issues.push({
        path: pointer,
        at: "value",
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: "groups and slices are attributes of the rows, not the label, scores, prediction or weight"
      });
  }
  return issues;
}
function dataIssues(data) {
  const issues = [];
  if (data.classes) {
    const strings = data.classes.map(String);
    const duplicate = strings.findIndex((value, index) => strings.indexOf(value) !== index);
    if (duplicate >= 0) {
      issues.push({
        path: `/data/classes/${duplicate}`,
        at: "value",
        message: `\`data.classes\` lists "${strings[duplicate]}" more than once (values are compared as text)`
      });
    }
  }
  if (data.task === "multiclass" && !data.classes) {
    issues.push({
      path: "/data/classes",
      at: "parent",
      message: "`data.classes` is required when `data.task` is multiclass",
      hint: "list the class labels in score-column order"
    });
  }
  if (data.task === "binary" && data.classes && data.classes.length !== 2) {
    issues.push({
      path: "/data/classes",
      at: "value",
      message: `\`data.classes\` must name exactly 2 labels [negative, positive] for a binary task, got ${data.classes.length}`,
      hint: "for more classes set `data.task: multiclass`"
    });
  }
  issues.push(...sharedColumnIssues(data));
  return issues;
}
function completeData(data) {
  if (data.positive_label !== void 0) data.positive_label = String(data.positive_label);
  if (data.classes) data.classes = data.classes.map(String);
}

// shared/config/drift.ts
var DRIFT_TESTS = ["ks", "psi", "wasserstein", "chi_square", "js"];
var DRIFT_METRICS = ["drifted_share", ...DRIFT_TESTS];
function driftIssues(section) {
  const issues = [];
  const features = section.features;
  if (features) {
    for (const feature of Object.keys(section.tests)) {
      if (!features.includes(feature))
        issues.push({ ...unlisted(childPointer("/drift/tests", feature), "drift.tests", feature, "drift.features", features), at: "key" });
    }
  }
  section.gates.forEach((rule, index) => {
    const at = `/drift/gates/${index}`;
    const name = `drift.gates[${index}]`;
    if (rule.over !== void 0)
      issues.push({
        path: `${at}/over`,
        at: "key",
        message: `\`over\` in ${name} does not apply to drift: a drift rule is about features, chosen with \`where: {feature: name}\``
      });
    for (const [key, value] of Object.entries(rule.where ?? {})) {
      const path = childPointer(`${at}/where`, key);
      if (key !== "feature")
        issues.push({
          path,
          at: "key",
          message: `\`${key}\` in ${name}.where is not \`feature\`, the one key a drift rule can be restricted by`
        });
      else if (features && !features.includes(String(value)))
        issues.push(unlisted(path, `${name}.where`, String(value), "drift.features", features));
    }
    if (rule.where?.feature !== void 0 && rule.metric === "drifted_share") {
      issues.push({
        path: `${at}/where`,
        at: "key",
        message: `\`drifted_share\` in ${name} is a share of all features; it cannot be restricted to one`
      });
    }
  });
  const trigger = section.trigger;
  if (trigger?.workflow !== void 0 && trigger.event_type !== void 0) {
    issues.push({
      path: "/drift/trigger/event_type",
      at: "key",
      message: "`drift.trigger` sets both `workflow` (workflow_dispatch) and `event_type` (repository_dispatch); set one"
    });
  }
  issues.push(...gateRuleIssues("drift", section.gates, DRIFT_METRICS));
  return issues;
}

// shared/config/evaluate.ts
function evaluateIssues(config) {
  const issues = [];
  const { data } = config;
  const groups = data.groups;
  const columns = [...data.groups, ...data.slices];
  config.evaluate.gates.forEach((rule, index) => {
    const at = `/evaluate/gates/${index}`;
    const name = `evaluate.gates[${index}]`;
    const disparity = parseDisparity(rule.metric);
    const task = data.task;
    if (!isMetricFor(rule.metric, task)) {
      const otherTask = TASKS.find((t) => isMetricFor(rule.metric, t));
      if (otherTask) {
        issues.push({
          path: `${at}/metric`,
          at: "value",
          message: `metric \`${rule.metric}\` is not available for a ${task} task (it is for ${otherTask})`,
          hint: `${task} metrics: ${listNames(metricNamesFor(task))}`
        });
      } else {
        const guess = closestName(rule.metric, allMetricNamesFor(task));
        issues.push({
          path: `${at}/metric`,
          at: "value",
          message: `unknown metric \`${rule.metric}\` for a ${task} task`,
          hint: guess ? `did you mean \`${guess}\`?` : `${task} metrics: ${listNames(metricNamesFor(task))}, their \`_difference\`/\`_ratio\` across groups, and the named disparities`
        });
      }
    }
    rule.over?.forEach((attribute, j) => {
      if (!groups.includes(attribute)) issues.push(unlisted(`${at}/over/${j}`, `${name}.over`, attribute, "data.groups", groups));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!columns.includes(key))
        issues.push({
          ...unlisted(childPointer(`${at}/where`, key), `${name}.where`, key, "data.groups or data.slices", columns),
          at: "key"
        });
    }
    if (disparity) {
      if (!rule.over && groups.length === 0) {
        issues.push({
          path: at,
          at: "value",
          message: `\`${rule.metric}\` in ${name} compares groups, but the rule has no \`over\` and \`data.groups\` is empty`,
          hint: "list the sensitive attributes in `data.groups`, or set `over` on the rule"
        });
      }
      if (rule.privileged) {
        if (!rule.over) {
          issues.push({
            path: `${at}/privileged`,
            at: "key",
            message: `\`privileged\` in ${name} needs \`over\`: the attributes whose privileged groups it names`
          });
        } else {
          for (const key of Object.keys(rule.privileged)) {
            if (!rule.over.includes(key))
              issues.push({
                ...unlisted(childPointer(`${at}/privileged`, key), `${name}.privileged`, key, `${name}.over`, rule.over),
                at: "key"
              });
          }
        }
        if (rule.relative_to === "overall") {
          issues.push({
            path: `${at}/relative_to`,
            at: "value",
            message: `${name} sets both \`privileged\` and \`relative_to: overall\`; a disparity is relative to one of them`
          });
        }
      }
      if (rule.agg && disparity.base !== "equalized_odds") {
        issues.push({
          path: `${at}/agg`,
          at: "key",
          message: `\`agg\` in ${name} applies only to equalized_odds_difference and equalized_odds_ratio`
        });
      }
    } else {
      for (const key of ["relative_to", "agg", "privileged"]) {
        if (rule[key] !== void 0) {
          issues.push({
            path: `${at}/${key}`,
            at: "key",
            message: `\`${key}\` in ${name} applies only to disparity metrics, and \`${rule.metric}\` is not one`,
            hint: `for a disparity use \`${rule.metric}_difference\` or \`${rule.metric}_ratio\``
          });
        }
      }
    }
    if (isMetricFor(rule.metric, task)) issues.push(...boundRangeIssues(rule, at, name));
  });
  issues.push(...commonRuleIssues("evaluate", config.evaluate.gates));
  return issues;
}
var showRange = (range2) => `[${range2.min === -Infinity ? "-\u221E" : range2.min}, ${range2.max === Infinity ? "\u221E" : range2.max}]`;
function boundRangeIssues(rule, at, name) {
  const relativeTo = rule.privileged !== void 0 || rule.metric === "disparate_impact" ? "privileged" : rule.relative_to ?? "between_groups";
  const range2 = valueRange(rule.metric, relativeTo);
  const qualifier = parseDisparity(rule.metric) && relativeTo !== "between_groups" ? ` (relative to ${relativeTo === "overall" ? "overall" : "a privileged group"})` : "";
  const issues = [];
  for (const key of ["min", "max"]) {
    const bound = rule[key];
    if (bound === void 0 || bound >= range2.min && bound <= range2.max) continue;
    issues.push({
      path: `${at}/${key}`,
      at: "value",
      message: `\`${key}: ${bound}\` in ${name} is outside the range of \`${rule.metric}\`${qualifier}, ${showRange(range2)}: ${key === "min" === bound < range2.min ? "every model" : "no model"} would pass it`,
      hint: `bound ${rule.metric} with a value in ${showRange(range2)}${range2.max === 1 && bound > 1 && bound <= 100 ? " (a rate is a fraction, not a percentage: 0.15, not 15)" : ""}`
    });
  }
  const width = range2.max - range2.min;
  if (rule.max_drop !== void 0 && Number.isFinite(width) && rule.max_drop > width) {
    issues.push({
      path: `${at}/max_drop`,
      at: "value",
      message: `\`max_drop: ${rule.max_drop}\` in ${name} is more than \`${rule.metric}\` can move within its range ${showRange(range2)}: every model would pass it`,
      hint: `a drop of ${rule.metric} is at most ${width}; bound it with a value in [0, ${width}]${width === 1 && rule.max_drop <= 100 ? " (0.05, not 5)" : ""}`
    });
  }
  return issues;
}
function completeEvaluate(config) {
  const { data } = config;
  for (const rule of config.evaluate.gates) {
    if (!rule.over && parseDisparity(rule.metric)) rule.over = [...data.groups];
    if (rule.where) rule.where = stringValues(rule.where);
    if (rule.privileged) rule.privileged = stringValues(rule.privileged);
  }
}
function stringValues(record) {
  return dataRecordFrom(Object.entries(record).map(([key, value]) => [key, String(value)]));
}

// shared/config/shadow-compare.ts
var SHADOW_COMPARE_METRICS = [
  "agreement",
  "flip_rate",
  "cohen_kappa",
  "mcnemar",
  "score_delta",
  "wilcoxon",
  "ks",
  "psi",
  "latency_p50_delta",
  "latency_p95_delta",
  "latency_p99_delta",
  "error_rate_delta",
  "join_rate"
];
function completeShadowCompare(config) {
  const section = config.shadow_compare;
  const data = config.data;
  if (!data) return;
  section.id ??= data.id;
  if (section.score === void 0 && typeof data.score === "string") section.score = data.score;
  section.prediction ??= data.prediction;
  section.label ??= data.label;
  section.segments ??= [...data.groups, ...data.slices];
}
function shadowCompareIssues(section) {
  const issues = [];
  if (section.id === void 0) {
    issues.push({
      path: "/shadow_compare/id",
      at: "parent",
      message: "shadow_compare needs the request id column both logs are joined by: set `shadow_compare.id` or `data.id`"
    });
  }
  issues.push(...replayIssues(section));
  if (section.replay === void 0 && section.score === void 0 && section.prediction === void 0) {
    issues.push({
      path: "/shadow_compare/score",
      at: "parent",
      message: "shadow_compare needs a `score` or a `prediction` column to compare (under `shadow_compare:` or `data:`)"
    });
  }
  if (section.labels !== void 0 && section.label === void 0) {
    issues.push({
      path: "/shadow_compare/labels",
      at: "value",
      message: "`shadow_compare.labels` is set, but no label column is: set `shadow_compare.label` or `data.label`"
    });
  }
  const segments = section.segments ?? [];
  section.redact.forEach((column, i) => {
    if (segments.includes(column))
      issues.push({
        path: `/shadow_compare/redact/${i}`,
        at: "value",
        message: `\`${column}\` is both redacted and a segment of shadow_compare, whose values the report shows`,
        hint: "remove it from `segments` (or from `data.groups` / `data.slices`)"
      });
  });
  const usesLabels = (metric) => metric === "mcnemar";
  section.gates.forEach((rule, index) => {
    const at = `/shadow_compare/gates/${index}`;
    rule.over?.forEach((column, j) => {
      if (!segments.includes(column))
        issues.push(unlisted(`${at}/over/${j}`, `shadow_compare.gates[${index}].over`, column, "shadow_compare.segments", segments));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!segments.includes(key))
        issues.push({
          ...unlisted(`${at}/where`, `shadow_compare.gates[${index}].where`, key, "shadow_compare.segments", segments),
          at: "key"
        });
    }
    if (usesLabels(rule.metric) && section.label === void 0) {
      issues.push({
        path: `${at}/metric`,
        at: "value",
        message: `\`mcnemar\` in shadow_compare.gates[${index}] compares correctness, which needs labels: set \`shadow_compare.labels\` and a label column`
      });
    }
  });
  issues.push(...gateRuleIssues("shadow_compare", section.gates, SHADOW_COMPARE_METRICS));
  return issues;
}
function replayIssues(section) {
  const issues = [];
  if (section.replay === void 0) {
    for (const key of ["production_model", "shadow_model"])
      if (section[key] !== void 0)
        issues.push({
          path: `/shadow_compare/${key}`,
          at: "key",
          message: `\`shadow_compare.${key}\` is for replay mode, and no \`replay\` file of recorded requests is set`,
          hint: "set shadow_compare.replay (or pass --replay), or drop the model"
        });
    return issues;
  }
  for (const key of ["production_model", "shadow_model"])
    if (section[key] === void 0)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: "parent",
        message: `replay mode needs \`shadow_compare.${key}\`: the model the recorded requests are sent to`,
        hint: `set it in the config, or pass --${key.replace("_", "-")}`
      });
  for (const key of ["production", "shadow"])
    if (section[key] !== void 0)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: "key",
        message: `\`shadow_compare.${key}\` is a log to compare, and \`replay\` asks the models instead: give one or the other`
      });
  return issues;
}

// shared/config/semantics.ts
var DEFAULTED_SECTIONS = {
  evaluate: [],
  train: [],
  shadow_compare: ["shadow_compare"],
  drift: ["drift"],
  canary: ["canary"]
};
function semanticIssues(config, gate = "evaluate") {
  const issues = [];
  if (gate === "evaluate" || gate === "train") {
    const required = requiredDataIssues(gate, config.data);
    if (required.length > 0) return required;
  }
  if (config.data) issues.push(...dataIssues(config.data));
  if (gate === "evaluate" || gate === "train") issues.push(...evaluateIssues(config));
  if (gate === "shadow_compare") issues.push(...shadowCompareIssues(config.shadow_compare));
  if (gate === "drift") issues.push(...driftIssues(config.drift));
  if (gate === "canary") issues.push(...canaryIssues(config.canary));
  return issues;
}
function completeBeforeChecks(config, gate) {
  if (gate === "shadow_compare") completeShadowCompare(config);
}
function completeConfig(config, gate = "evaluate") {
  if (config.data) completeData(config.data);
  if (gate === "evaluate" || gate === "train") {
    completeEvaluate(config);
    return;
  }
  for (const rule of config[gate]?.gates ?? []) if (rule.where) rule.where = stringValues(rule.where);
  if (config.drift) config.drift.tests = dataRecordFrom(Object.entries(config.drift.tests));
  if (config.canary?.metrics?.queries) config.canary.metrics.queries = dataRecordFrom(Object.entries(config.canary.metrics.queries));
}

// shared/config/validate.generated.js
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schema/v1/modelgate.schema.json", "title": "modelgate configuration (.modelgate.yml)", "description": "One file describes every modelgate gate of a repository: which data to read, how its columns map to roles, and the rules a model must pass. The GitHub actions, the GitLab templates and the `modelgate` CLI read the same file; action inputs and CLI flags override its keys.", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema this file follows, for editors. Ignored by modelgate.", "type": "string", "examples": ["https://modelgate.dev/schema/v1/modelgate.schema.json"] }, "version": { "description": "Version of the config format. Only `1` exists.", "const": 1, "examples": [1] }, "data": { "$ref": "#/$defs/data", "description": "The data a gate reads and which column plays which role. `evaluate` and `train` need it, with `label`; `shadow_compare` reads its column bindings as defaults; `drift` and `canary` do not use it." }, "evaluate": { "$ref": "#/$defs/evaluate", "description": "The evaluate gate: rules on metrics, fairness and the baseline.", "default": {} }, "train": { "$ref": "#/$defs/train", "description": "The train gate: sample the dataset deterministically, train the model on the sample (built-in TensorFlow.js model or your own command), and hold its held-out predictions to the `evaluate` rules." }, "shadow_compare": { "$ref": "#/$defs/shadow_compare", "description": "The shadow-compare gate: how the shadow model's answers differ from production's on the same requests." }, "canary": { "$ref": "#/$defs/canary", "description": "The canary gate: shift traffic to the new model in steps, and hold each step's live metrics to the rules." }, "drift": { "$ref": "#/$defs/drift", "description": "The drift gate: compare the current data's feature distributions with a reference's." } }, "$defs": { "paths": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "column": { "type": "string", "minLength": 1 }, "columns": { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "data": { "type": "object", "additionalProperties": false, "properties": { "predictions": { "$ref": "#/$defs/paths", "description": "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.", "examples": ["eval/predictions.csv", ["shards/part-*.parquet"]] }, "baseline": { "$ref": "#/$defs/paths", "description": "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.", "examples": ["eval/baseline.csv"] }, "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/test.csv"] }, "format": { "description": "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).", "enum": ["csv", "jsonl", "parquet"] }, "delimiter": { "description": "CSV field delimiter, one character. When absent, `,`.", "type": "string", "minLength": 1, "maxLength": 1, "examples": [",", ";", "	"] }, "task": { "description": "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).", "enum": ["binary", "multiclass", "regression"], "default": "binary" }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.", "examples": ["label"] }, "score": { "$ref": "#/$defs/paths", "description": "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.", "examples": ["score", ["p_cat", "p_dog", "p_bird"]] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.", "examples": ["predicted"] }, "threshold": { "description": "Binary: a score at or above this is a positive prediction.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5 }, "positive_label": { "description": "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).", "type": ["string", "number", "boolean"], "minLength": 1, "examples": ["fraud", 1] }, "classes": { "description": "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.", "type": "array", "minItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"], "minLength": 1 }, "examples": [["cat", "dog", "bird"]] }, "id": { "$ref": "#/$defs/column", "description": "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.", "examples": ["request_id"] }, "groups": { "$ref": "#/$defs/columns", "description": "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.", "default": [], "examples": [["sex", "race"]] }, "missing_group": { "description": "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).", "type": "string", "minLength": 1, "maxLength": 1e3, "examples": ["unknown"] }, "slices": { "$ref": "#/$defs/columns", "description": "Other columns to break metrics down by (not sensitive attributes).", "default": [], "examples": [["country", "device"]] }, "weight": { "$ref": "#/$defs/column", "description": "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.", "examples": ["weight"] }, "max_bad_rows": { "description": "How many malformed rows may be skipped (and counted in the report) before the gate errors.", "type": "integer", "minimum": 0, "default": 0 }, "max_line_bytes": { "description": "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.", "type": "integer", "minimum": 1024, "default": 16777216 }, "max_field_bytes": { "description": "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.", "type": "integer", "minimum": 64, "default": 1048576 }, "max_group_values": { "description": "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.", "type": "integer", "minimum": 1, "default": 500 }, "allow_outside_workspace": { "description": "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.", "type": "boolean", "default": false } } }, "evaluate": { "type": "object", "additionalProperties": false, "properties": { "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.", "default": [] }, "min_group_size": { "description": "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.", "type": "integer", "minimum": 1, "default": 30 }, "inconclusive": { "description": "What an inconclusive check (too little data to decide) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "intersect": { "description": "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).", "type": "boolean", "default": false }, "bootstrap": { "description": "Poisson bootstrap confidence intervals for the gated metrics.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 turns confidence intervals off.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 0, "examples": [1e3] }, "level": { "description": "Confidence level of the intervals.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "seed": { "description": "Seed of the replicate weights; the same seed and data give the same intervals.", "type": "integer", "default": 0 } } }, "calibration_bins": { "description": "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "beta": { "description": "The beta of the `fbeta` metric (recall is beta times as important as precision).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "model": { "$ref": "#/$defs/scoring_model", "description": "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`." }, "behavioral": { "description": "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).", "type": "array", "default": [], "items": { "$ref": "#/$defs/behavioral_test" }, "examples": [[{ "name": "race-swap-invariance", "type": "INV", "perturb": { "swap": "race" }, "tolerance": 0.05 }]] } } }, "behavioral_test": { "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "description": "The test's name, which its check is named after.", "examples": ["race-swap-invariance"] }, "type": { "enum": ["MFT", "INV", "DIR"], "description": "`MFT`: each case's expected label (the `data.label` column) must be predicted. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way." }, "cases": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "description": "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.", "examples": ["tests/behavioral/mft.csv", [{ "income": 9, "debt": 0, "age": 40, "label": 1 }]] }, "max_cases": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3, "description": "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows." }, "perturb": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.", "properties": { "set": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Set columns to values.", "examples": [{ "region": "north" }] }, "swap": { "type": "string", "minLength": 1, "description": "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.", "examples": ["race"] }, "swap_values": { "type": "array", "minItems": 2, "maxItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"] }, "description": "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.", "examples": [["A", "B"]] }, "noise": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number", "minimum": 0 }, "description": "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.", "examples": [{ "age": 1 }] }, "scale": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Multiply numeric columns by factors.", "examples": [{ "income": 1.5 }] }, "add": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Add amounts to numeric columns.", "examples": [{ "income": 1 }] } } }, "expect": { "enum": ["increase", "decrease"], "description": "`DIR`: the direction the perturbation must move the score." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes." }, "max_fail_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0, "description": "The share of cases that may fail before the check fails." }, "seed": { "type": "integer", "default": 0, "description": "Seed of `noise`: the same seed and cases give the same perturbations." }, "severity": { "enum": ["fail", "warn"], "default": "fail", "description": "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes." } } }, "scoring_model": { "type": "object", "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.", "examples": ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"] }, "features": { "$ref": "#/$defs/columns", "description": "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).", "examples": [["income", "debt_ratio", "age"]] }, "batch_size": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64, "description": "Rows per request." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 256, "default": 4, "description": "Requests in flight at once (a command model answers one at a time)." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 30, "description": "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows." }, "retries": { "type": "integer", "minimum": 0, "maximum": 10, "default": 2, "description": "Retries of a request that failed for a transient reason (a 5xx answer, no answer)." }, "headers": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": {}, "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.", "examples": [{ "Authorization": "MODEL_AUTHORIZATION" }] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.", "examples": [["HF_HOME"]] } } }, "gates": { "description": "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.", "type": "array", "items": { "$ref": "#/$defs/rule" } }, "duration": { "description": "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).", "type": "string", "pattern": "^[1-9][0-9]{0,5}(s|m|h)$", "examples": ["30s", "10m", "1h"] }, "rule": { "description": "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.", "type": "object", "required": ["metric"], "additionalProperties": false, "anyOf": [{ "required": ["min"] }, { "required": ["max"] }, { "required": ["max_drop"] }, { "required": ["max_relative_drop"] }], "properties": { "metric": { "description": "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.", "type": "string", "minLength": 1, "examples": ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"] }, "id": { "description": "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.", "type": "string", "minLength": 1, "examples": ["auc-floor"] }, "min": { "description": "The value must be at least this.", "type": "number", "examples": [0.8] }, "max": { "description": "The value must be at most this.", "type": "number", "examples": [0.1] }, "max_drop": { "description": "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.01] }, "max_relative_drop": { "description": "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.05] }, "on": { "description": "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.", "enum": ["point", "lower_bound", "upper_bound"], "default": "point" }, "over": { "description": "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "examples": [["sex", "race"]] }, "intersect": { "description": "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.", "type": "boolean" }, "where": { "description": "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "F" }] }, "relative_to": { "description": "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.", "enum": ["between_groups", "overall"] }, "agg": { "description": "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.", "enum": ["worst_case", "mean"] }, "privileged": { "description": "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "M" }] }, "severity": { "description": "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.", "enum": ["fail", "warn"], "default": "fail" } } }, "train": { "type": "object", "additionalProperties": false, "properties": { "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/train.csv"] }, "sample": { "$ref": "#/$defs/sample", "description": "How the rows to train on are drawn from the dataset, in one pass.", "default": {} }, "holdout": { "$ref": "#/$defs/holdout", "description": "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.", "default": {} }, "model": { "$ref": "#/$defs/model", "description": "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`." }, "command": { "type": "string", "minLength": 1, "description": "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.", "examples": ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.", "examples": [["HF_HOME", "CUDA_VISIBLE_DEVICES"]] }, "timeout_minutes": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Longest time the external trainer may run; past it, it is stopped and the gate errors." }, "reproducible": { "type": "boolean", "default": false, "description": "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor." }, "cache": { "type": "boolean", "default": true, "description": "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit." }, "artifact": { "type": ["string", "boolean"], "minLength": 1, "default": "modelgate-model", "description": "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.", "examples": ["modelgate-model", false] }, "baseline_manifest": { "type": "string", "minLength": 1, "description": "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.", "examples": ["main-model/manifest.json"] } } }, "sample": { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["uniform", "stratified", "reservoir", "time"], "default": "uniform", "description": "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)." }, "fraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.", "examples": [0.1] }, "n": { "type": "integer", "minimum": 1, "description": "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.", "examples": [1e5] }, "by": { "$ref": "#/$defs/columns", "description": "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.", "examples": [["label", "sex"]] }, "min_per_stratum": { "type": "integer", "minimum": 0, "default": 30, "description": "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)." }, "column": { "$ref": "#/$defs/column", "description": "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).", "examples": ["event_time"] }, "days": { "type": "number", "exclusiveMinimum": 0, "description": "`time`: keep the rows at most this many days older than the newest row.", "examples": [30] }, "seed": { "type": "integer", "default": 0, "description": "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks." }, "format": { "enum": ["csv", "jsonl"], "default": "csv", "description": "Format the sample is written in for the trainer and the artifacts." } } }, "holdout": { "type": "object", "additionalProperties": false, "properties": { "fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2, "description": "Share of the sample held out for evaluation, drawn per stratum like the sample." }, "seed": { "type": "integer", "description": "Seed of the held-out draw. When absent: `sample.seed`." }, "file": { "$ref": "#/$defs/paths", "description": "Evaluate on this separate file instead of a share of the sample.", "examples": ["data/test.csv"] } } }, "model": { "type": "object", "required": ["features"], "additionalProperties": false, "properties": { "type": { "enum": ["logistic_regression", "mlp"], "default": "logistic_regression", "description": "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit." }, "features": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.", "examples": [["income", "debt_ratio", "region"]] }, "categorical": { "$ref": "#/$defs/columns", "description": "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).", "examples": [["branch_code"]] }, "max_categories": { "type": "integer", "minimum": 1, "default": 50, "description": "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket." }, "impute": { "enum": ["error", "mean", "zero"], "default": "error", "description": "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0." }, "layers": { "type": "array", "items": { "$ref": "#/$defs/layer" }, "default": [], "description": "`mlp`: the hidden layers, in order.", "examples": [[{ "units": 16, "activation": "relu" }]] }, "optimizer": { "enum": ["sgd", "adam", "rmsprop", "adagrad"], "default": "adam", "description": "Optimizer of the training loss (binary cross-entropy)." }, "learning_rate": { "type": "number", "exclusiveMinimum": 0, "default": 0.05, "description": "Learning rate of the optimizer." }, "epochs": { "type": "integer", "minimum": 1, "maximum": 1e4, "default": 10, "description": "Passes over the training rows." }, "batch_size": { "type": "integer", "minimum": 1, "default": 64, "description": "Rows per gradient step." }, "l2": { "type": "number", "minimum": 0, "default": 0, "description": "L2 penalty on the weights." }, "early_stopping": { "type": "object", "additionalProperties": false, "description": "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.", "properties": { "patience": { "type": "integer", "minimum": 1, "default": 3, "description": "Epochs without improvement before training stops." }, "min_delta": { "type": "number", "minimum": 0, "default": 0, "description": "Smallest decrease of the validation loss that counts as an improvement." }, "validation_fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.1, "description": "Share of the training rows used for the validation loss." } } } } }, "layer": { "type": "object", "required": ["units"], "additionalProperties": false, "description": "One hidden layer.", "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 4096, "description": "Number of units of the layer.", "examples": [16] }, "activation": { "enum": ["relu", "tanh", "sigmoid", "elu", "selu", "linear"], "default": "relu", "description": "Activation function of the layer." } } }, "shadow_compare": { "type": "object", "additionalProperties": false, "properties": { "production": { "$ref": "#/$defs/paths", "description": "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.", "examples": ["logs/production-*.jsonl.gz"] }, "shadow": { "$ref": "#/$defs/paths", "description": "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.", "examples": ["logs/shadow-*.jsonl.gz"] }, "labels": { "$ref": "#/$defs/paths", "description": "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.", "examples": ["labels/2026-12-*.csv"] }, "replay": { "$ref": "#/$defs/paths", "description": "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.", "examples": ["requests/2026-12-01.jsonl.gz"] }, "production_model": { "description": "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`). The `--production-model` flag overrides it.", "type": "string", "minLength": 1, "examples": ["oip+http://127.0.0.1:8080/credit@1"] }, "shadow_model": { "description": "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides it.", "type": "string", "minLength": 1, "examples": ["oip+http://127.0.0.1:8081/credit@2"] }, "features": { "$ref": "#/$defs/columns", "description": "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).", "examples": [["income", "debt", "age"]] }, "batch_size": { "description": "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 1 }, "concurrency": { "description": "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).", "type": "integer", "minimum": 1, "maximum": 256, "default": 8 }, "max_requests": { "description": "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.", "type": "integer", "minimum": 1, "examples": [1e4] }, "timeout_ms": { "description": "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.", "type": "integer", "minimum": 1, "default": 3e4 }, "retries": { "description": "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 }, "id": { "$ref": "#/$defs/column", "description": "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.", "examples": ["request_id"] }, "score": { "$ref": "#/$defs/column", "description": "Column with each side's score. When absent: `data.score`.", "examples": ["score"] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with each side's hard prediction. When absent: `data.prediction`.", "examples": ["predicted"] }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label in `labels`. When absent: `data.label`.", "examples": ["label"] }, "latency": { "$ref": "#/$defs/column", "description": "Column with each request's latency in milliseconds.", "examples": ["latency_ms"] }, "error": { "$ref": "#/$defs/column", "description": "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.", "examples": ["error"] }, "segments": { "$ref": "#/$defs/columns", "description": "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.", "examples": [["country", "device"]] }, "min_join_rate": { "description": "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.95 }, "max_error_rate": { "description": "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.01 }, "correction": { "description": "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).", "enum": ["holm", "bh"], "default": "holm" }, "psi_bins": { "description": "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "level": { "description": "Confidence level of every interval (agreement, flip rate, score and latency deltas).", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "inconclusive": { "description": "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "redact": { "$ref": "#/$defs/columns", "description": "Columns that never leave the runner: not in any report, log or list of top disagreements.", "default": [], "examples": [["email", "user_id"]] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the shadow-compare metrics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "agreement", "min": 0.98, "on": "lower_bound" }]] } } }, "drift": { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "#/$defs/paths", "description": "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.", "examples": ["data/train.parquet"] }, "current": { "$ref": "#/$defs/paths", "description": "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.", "examples": ["logs/requests-*.jsonl.gz"] }, "features": { "$ref": "#/$defs/columns", "description": "The columns compared. When absent: every column both datasets have.", "examples": [["income", "age", "region"]] }, "tests": { "description": "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.", "type": "object", "additionalProperties": { "enum": ["ks", "psi", "wasserstein", "chi_square", "js"] }, "default": {}, "examples": [{ "income": "psi", "region": "chi_square" }] }, "bins": { "description": "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.", "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "max_drifted_share": { "description": "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "examples": [0.25] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "psi", "max": 0.2 }]] }, "trigger": { "description": "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.", "type": "object", "additionalProperties": false, "properties": { "workflow": { "type": "string", "minLength": 1, "description": "GitHub: the workflow file to dispatch.", "examples": ["retrain.yml"] }, "event_type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "GitHub: the `repository_dispatch` event type to send.", "examples": ["model-drift"] }, "ref": { "type": "string", "minLength": 1, "description": "The branch or tag the pipeline runs on. When absent: the default branch.", "examples": ["main"] }, "on": { "enum": ["fail", "warn"], "default": "fail", "description": "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)." } } } } }, "canary": { "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.", "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1, "description": "The command that sets the new model's share of traffic.", "examples": ["kubectl argo rollouts set weight my-model {weight}"] } } }, "steps": { "description": "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/canary_step" }, "examples": [[{ "weight": 10, "bake": "10m" }, { "weight": 50, "bake": "30m" }]] }, "metrics": { "description": "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.", "type": "object", "required": ["source"], "additionalProperties": false, "properties": { "source": { "enum": ["prometheus", "command"], "description": "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`." }, "url": { "type": "string", "pattern": "^https?://", "description": "`prometheus`: the server's base URL.", "examples": ["http://prometheus.monitoring:9090"] }, "command": { "type": "string", "minLength": 1, "description": "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.", "examples": ["python3 metrics.py --weight {weight}"] }, "queries": { "description": "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, "additionalProperties": { "type": "string" }, "examples": [{ "error_rate": 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }] } } }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the names of `metrics.queries`.", "default": [], "examples": [[{ "metric": "error_rate", "max": 0.01 }]] } } }, "canary_step": { "type": "object", "required": ["weight"], "additionalProperties": false, "description": "One traffic step.", "properties": { "weight": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "The new model's share of traffic, in percent.", "examples": [10] }, "bake": { "$ref": "#/$defs/duration", "description": "How long the step runs before its metrics are judged. When absent: `5m`.", "examples": ["10m"] }, "max_duration": { "$ref": "#/$defs/duration", "description": "Longest time the step may take, shifting and judging included; past it the gate errors.", "examples": ["1h"] } } } } };
var schema32 = { "type": "object", "additionalProperties": false, "properties": { "predictions": { "$ref": "#/$defs/paths", "description": "File(s) with the candidate model's predictions: a path, a glob, or a list of them, read as one dataset. The action input / `--predictions` flag overrides it.", "examples": ["eval/predictions.csv", ["shards/part-*.parquet"]] }, "baseline": { "$ref": "#/$defs/paths", "description": "File(s) with the baseline model's predictions on the same examples, for `max_drop` and `max_relative_drop` rules. The action input / `--baseline` flag overrides it.", "examples": ["eval/baseline.csv"] }, "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with labelled rows and the model's features, scored through `evaluate.model` when no predictions are given; the scores are written to `predictions.csv` in the output directory (with the id, label, weight, group and slice columns) and gated as predictions are. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/test.csv"] }, "format": { "description": "File format. By default it is chosen by extension (`.csv`, `.jsonl`, `.parquet`, each optionally `.gz`).", "enum": ["csv", "jsonl", "parquet"] }, "delimiter": { "description": "CSV field delimiter, one character. When absent, `,`.", "type": "string", "minLength": 1, "maxLength": 1, "examples": [",", ";", "	"] }, "task": { "description": "What the model predicts: `binary` (one positive-class score), `multiclass` (one score per class) or `regression` (a number).", "enum": ["binary", "multiclass", "regression"], "default": "binary" }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label (binary, multiclass) or the true value (regression). `evaluate` and `train` need it.", "examples": ["label"] }, "score": { "$ref": "#/$defs/paths", "description": "Score column(s). Binary: the positive-class probability. Multiclass: one column per class in `classes` order, or one column holding a JSON array. Regression: the predicted value.", "examples": ["score", ["p_cat", "p_dog", "p_bird"]] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with the hard prediction. Binary: when absent, `score >= threshold` is the prediction.", "examples": ["predicted"] }, "threshold": { "description": "Binary: a score at or above this is a positive prediction.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5 }, "positive_label": { "description": "Binary: the label value that counts as positive. When absent: `1` (also `true`, `yes`).", "type": ["string", "number", "boolean"], "minLength": 1, "examples": ["fraud", 1] }, "classes": { "description": "Class labels: multiclass, in score-column order (required); binary, the two label values `[negative, positive]` when they are not 0/1.", "type": "array", "minItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"], "minLength": 1 }, "examples": [["cat", "dog", "bird"]] }, "id": { "$ref": "#/$defs/column", "description": "Column with a stable example id. It seeds the bootstrap so that shards give the same result as one pass, and joins predictions to the baseline.", "examples": ["request_id"] }, "groups": { "$ref": "#/$defs/columns", "description": "Sensitive attributes: columns whose groups are compared by fairness rules and reported separately.", "default": [], "examples": [["sex", "race"]] }, "missing_group": { "description": "A group value for rows whose group column is empty or null, so that they form a group of their own instead of being bad rows (a value already in the column merges with them). When absent, such a row is a bad row (`missing_value`).", "type": "string", "minLength": 1, "maxLength": 1e3, "examples": ["unknown"] }, "slices": { "$ref": "#/$defs/columns", "description": "Other columns to break metrics down by (not sensitive attributes).", "default": [], "examples": [["country", "device"]] }, "weight": { "$ref": "#/$defs/column", "description": "Column with an example weight: 0, or a number from 1e-12 to 1e6 (a row outside that range is a bad row). Metrics do not depend on the weights' scale, so rescale larger or smaller ones.", "examples": ["weight"] }, "max_bad_rows": { "description": "How many malformed rows may be skipped (and counted in the report) before the gate errors.", "type": "integer", "minimum": 0, "default": 0 }, "max_line_bytes": { "description": "Longest line (or CSV record, across the lines of quoted fields) in bytes; a longer one is an error naming its line. Guards the runner's memory against one huge line.", "type": "integer", "minimum": 1024, "default": 16777216 }, "max_field_bytes": { "description": "Longest field (CSV), value (JSONL) or text value (Parquet) in bytes; a longer one is an error naming its line and column.", "type": "integer", "minimum": 64, "default": 1048576 }, "max_group_values": { "description": "Most distinct values one `groups` or `slices` column may take; each is a population with its own metrics (about 20 KB of memory, more with bootstrap). Past it the gate errors: bucket the column into fewer values.", "type": "integer", "minimum": 1, "default": 500 }, "allow_outside_workspace": { "description": "Read data files outside the workspace (GITHUB_WORKSPACE, CI_PROJECT_DIR, else the working directory), symlinks resolved. Off: a path leaving the checkout is an error, so a pull request cannot point the gate at the runner's own files. Files under /proc, /sys and /dev are refused either way.", "type": "boolean", "default": false } } };
var schema33 = { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "string", "minLength": 1 } };
var schema36 = { "type": "string", "minLength": 1 };
var schema40 = { "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
});
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.task === void 0) {
      data.task = "binary";
    }
    if (data.threshold === void 0) {
      data.threshold = 0.5;
    }
    if (data.groups === void 0) {
      data.groups = [];
    }
    if (data.slices === void 0) {
      data.slices = [];
    }
    if (data.max_bad_rows === void 0) {
      data.max_bad_rows = 0;
    }
    if (data.max_line_bytes === void 0) {
      data.max_line_bytes = 16777216;
    }
    if (data.max_field_bytes === void 0) {
      data.max_field_bytes = 1048576;
    }
    if (data.max_group_values === void 0) {
      data.max_group_values = 500;
    }
    if (data.allow_outside_workspace === void 0) {
      data.allow_outside_workspace = false;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.predictions !== void 0) {
      let data0 = data.predictions;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/predictions", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/predictions/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/predictions/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data2 = data.baseline;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataset !== void 0) {
      let data4 = data.dataset;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err11 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err13 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/dataset/" + i2, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/dataset/" + i2, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.format !== void 0) {
      let data6 = data.format;
      if (!(data6 === "csv" || data6 === "jsonl" || data6 === "parquet")) {
        const err16 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.format.enum, parentSchema: schema32.properties.format, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.delimiter !== void 0) {
      let data7 = data.delimiter;
      if (typeof data7 === "string") {
        if (func2(data7) > 1) {
          const err17 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema32.properties.delimiter, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err18 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.delimiter, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.delimiter.type, parentSchema: schema32.properties.delimiter, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    let data8 = data.task;
    if (!(data8 === "binary" || data8 === "multiclass" || data8 === "regression")) {
      const err20 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema32.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.task.enum, parentSchema: schema32.properties.task, data: data8 };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.label !== void 0) {
      let data9 = data.label;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err21 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data10 = data.score;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err23 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err24 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err25 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err26 = { instancePath: instancePath + "/score/" + i3, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/score/" + i3, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      }
    }
    if (data.prediction !== void 0) {
      let data12 = data.prediction;
      if (typeof data12 === "string") {
        if (func2(data12) < 1) {
          const err28 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    let data13 = data.threshold;
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 1 || isNaN(data13)) {
        const err30 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.threshold, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data13 < 0 || isNaN(data13)) {
        const err31 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.threshold, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    } else {
      const err32 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.threshold.type, parentSchema: schema32.properties.threshold, data: data13 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.positive_label !== void 0) {
      let data14 = data.positive_label;
      if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14)) && typeof data14 !== "boolean") {
        const err33 = { instancePath: instancePath + "/positive_label", schemaPath: "#/properties/positive_label/type", keyword: "type", params: { type: schema32.properties.positive_label.type }, message: "must be string,number,boolean", schema: schema32.properties.positive_label.type, parentSchema: schema32.properties.positive_label, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func2(data14) < 1) {
          const err34 = { instancePath: instancePath + "/positive_label", schemaPath: "#/properties/positive_label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.positive_label, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.classes !== void 0) {
      let data15 = data.classes;
      if (Array.isArray(data15)) {
        if (data15.length < 2) {
          const err35 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema32.properties.classes, data: data15 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len4 = data15.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data16 = data15[i4];
          if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16))) {
            const err36 = { instancePath: instancePath + "/classes/" + i4, schemaPath: "#/properties/classes/items/type", keyword: "type", params: { type: schema32.properties.classes.items.type }, message: "must be string,number", schema: schema32.properties.classes.items.type, parentSchema: schema32.properties.classes.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err37 = { instancePath: instancePath + "/classes/" + i4, schemaPath: "#/properties/classes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.classes.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        let i5 = data15.length;
        let j0;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data15[i5];
            if (typeof item0 !== "string" && !(typeof item0 == "number" && isFinite(item0))) {
              continue;
            }
            if (typeof item0 == "string") {
              item0 += "_";
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err38 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema32.properties.classes, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.classes.type, parentSchema: schema32.properties.classes, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data17 = data.id;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err40 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data17 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data17 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    let data18 = data.groups;
    if (Array.isArray(data18)) {
      const len5 = data18.length;
      for (let i6 = 0; i6 < len5; i6++) {
        let data19 = data18[i6];
        if (typeof data19 === "string") {
          if (func2(data19) < 1) {
            const err42 = { instancePath: instancePath + "/groups/" + i6, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        } else {
          const err43 = { instancePath: instancePath + "/groups/" + i6, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      let i7 = data18.length;
      let j1;
      if (i7 > 1) {
        const indices1 = {};
        for (; i7--; ) {
          let item1 = data18[i7];
          if (typeof item1 !== "string") {
            continue;
          }
          if (typeof indices1[item1] == "number") {
            j1 = indices1[item1];
            const err44 = { instancePath: instancePath + "/groups", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)", schema: true, parentSchema: schema40, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
            break;
          }
          indices1[item1] = i7;
        }
      }
    } else {
      const err45 = { instancePath: instancePath + "/groups", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data18 };
      if (vErrors === null) {
        vErrors = [err45];
      } else {
        vErrors.push(err45);
      }
      errors++;
    }
    if (data.missing_group !== void 0) {
      let data20 = data.missing_group;
      if (typeof data20 === "string") {
        if (func2(data20) > 1e3) {
          const err46 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema32.properties.missing_group, data: data20 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (func2(data20) < 1) {
          const err47 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.missing_group, data: data20 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/missing_group", schemaPath: "#/properties/missing_group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.missing_group.type, parentSchema: schema32.properties.missing_group, data: data20 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    let data21 = data.slices;
    if (Array.isArray(data21)) {
      const len6 = data21.length;
      for (let i8 = 0; i8 < len6; i8++) {
        let data22 = data21[i8];
        if (typeof data22 === "string") {
          if (func2(data22) < 1) {
            const err49 = { instancePath: instancePath + "/slices/" + i8, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        } else {
          const err50 = { instancePath: instancePath + "/slices/" + i8, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data22 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      let i9 = data21.length;
      let j2;
      if (i9 > 1) {
        const indices2 = {};
        for (; i9--; ) {
          let item2 = data21[i9];
          if (typeof item2 !== "string") {
            continue;
          }
          if (typeof indices2[item2] == "number") {
            j2 = indices2[item2];
            const err51 = { instancePath: instancePath + "/slices", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema40, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
            break;
          }
          indices2[item2] = i9;
        }
      }
    } else {
      const err52 = { instancePath: instancePath + "/slices", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data21 };
      if (vErrors === null) {
        vErrors = [err52];
      } else {
        vErrors.push(err52);
      }
      errors++;
    }
    if (data.weight !== void 0) {
      let data23 = data.weight;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err53 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data23 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data23 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    let data24 = data.max_bad_rows;
    if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
      const err55 = { instancePath: instancePath + "/max_bad_rows", schemaPath: "#/properties/max_bad_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_bad_rows.type, parentSchema: schema32.properties.max_bad_rows, data: data24 };
      if (vErrors === null) {
        vErrors = [err55];
      } else {
        vErrors.push(err55);
      }
      errors++;
    }
    if (typeof data24 == "number" && isFinite(data24)) {
      if (data24 < 0 || isNaN(data24)) {
        const err56 = { instancePath: instancePath + "/max_bad_rows", schemaPath: "#/properties/max_bad_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.max_bad_rows, data: data24 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    let data25 = data.max_line_bytes;
    if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
      const err57 = { instancePath: instancePath + "/max_line_bytes", schemaPath: "#/properties/max_line_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_line_bytes.type, parentSchema: schema32.properties.max_line_bytes, data: data25 };
      if (vErrors === null) {
        vErrors = [err57];
      } else {
        vErrors.push(err57);
      }
      errors++;
    }
    if (typeof data25 == "number" && isFinite(data25)) {
      if (data25 < 1024 || isNaN(data25)) {
        const err58 = { instancePath: instancePath + "/max_line_bytes", schemaPath: "#/properties/max_line_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: schema32.properties.max_line_bytes, data: data25 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    let data26 = data.max_field_bytes;
    if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
      const err59 = { instancePath: instancePath + "/max_field_bytes", schemaPath: "#/properties/max_field_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_field_bytes.type, parentSchema: schema32.properties.max_field_bytes, data: data26 };
      if (vErrors === null) {
        vErrors = [err59];
      } else {
        vErrors.push(err59);
      }
      errors++;
    }
    if (typeof data26 == "number" && isFinite(data26)) {
      if (data26 < 64 || isNaN(data26)) {
        const err60 = { instancePath: instancePath + "/max_field_bytes", schemaPath: "#/properties/max_field_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 64 }, message: "must be >= 64", schema: 64, parentSchema: schema32.properties.max_field_bytes, data: data26 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    let data27 = data.max_group_values;
    if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
      const err61 = { instancePath: instancePath + "/max_group_values", schemaPath: "#/properties/max_group_values/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_group_values.type, parentSchema: schema32.properties.max_group_values, data: data27 };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
    if (typeof data27 == "number" && isFinite(data27)) {
      if (data27 < 1 || isNaN(data27)) {
        const err62 = { instancePath: instancePath + "/max_group_values", schemaPath: "#/properties/max_group_values/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.max_group_values, data: data27 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    let data28 = data.allow_outside_workspace;
    if (typeof data28 !== "boolean") {
      const err63 = { instancePath: instancePath + "/allow_outside_workspace", schemaPath: "#/properties/allow_outside_workspace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allow_outside_workspace.type, parentSchema: schema32.properties.allow_outside_workspace, data: data28 };
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "type": "object", "additionalProperties": false, "properties": { "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the metrics of `data.task` and their disparities. Each yields one check; the verdict is the worst check after severities.", "default": [] }, "min_group_size": { "description": "Groups with fewer examples make a check inconclusive; they are reported, never silently dropped.", "type": "integer", "minimum": 1, "default": 30 }, "inconclusive": { "description": "What an inconclusive check (too little data to decide) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "intersect": { "description": "Also compute metrics for every intersection of the `data.groups` attributes (such as sex x race).", "type": "boolean", "default": false }, "bootstrap": { "description": "Poisson bootstrap confidence intervals for the gated metrics.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "replicates": { "description": "Number of bootstrap replicates; 0 turns confidence intervals off.", "type": "integer", "minimum": 0, "maximum": 1e4, "default": 0, "examples": [1e3] }, "level": { "description": "Confidence level of the intervals.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "seed": { "description": "Seed of the replicate weights; the same seed and data give the same intervals.", "type": "integer", "default": 0 } } }, "calibration_bins": { "description": "Number of equal-width bins for the calibration error (`ece`) and the reliability diagram.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "beta": { "description": "The beta of the `fbeta` metric (recall is beta times as important as precision).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "model": { "$ref": "#/$defs/scoring_model", "description": "A model to score `data.dataset` through, when no predictions are given: where it is and how to ask it. The `--model` flag / `model` action input overrides `spec`." }, "behavioral": { "description": "Behavioral tests of the model (`evaluate.model`): named suites of cases, each a check held to its `max_fail_rate` like every rule. `MFT` (minimum functionality): fixed inputs whose `data.label` column is the expected label. `INV` (invariance): a perturbation must not move the score by more than `tolerance`. `DIR` (directional): a perturbation must move the score in the `expect`ed direction (by no more than `tolerance` the other way).", "type": "array", "default": [], "items": { "$ref": "#/$defs/behavioral_test" }, "examples": [[{ "name": "race-swap-invariance", "type": "INV", "perturb": { "swap": "race" }, "tolerance": 0.05 }]] } } };
var schema48 = { "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "description": "The test's name, which its check is named after.", "examples": ["race-swap-invariance"] }, "type": { "enum": ["MFT", "INV", "DIR"], "description": "`MFT`: each case's expected label (the `data.label` column) must be predicted. `INV`: the perturbed case's score stays within `tolerance` of the case's. `DIR`: the perturbed case's score moves the `expect`ed way." }, "cases": { "type": ["string", "array"], "minLength": 1, "minItems": 1, "items": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] } }, "description": "The cases: a CSV or JSON Lines file, or rows written inline (column -> value). When absent: the first `max_cases` rows of `data.dataset`.", "examples": ["tests/behavioral/mft.csv", [{ "income": 9, "debt": 0, "age": 40, "label": 1 }]] }, "max_cases": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3, "description": "Most cases the test runs; a case file with more rows is an error, the dataset gives its first rows." }, "perturb": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "`INV` and `DIR`: how each case is changed. Each column must be one the model reads.", "properties": { "set": { "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Set columns to values.", "examples": [{ "region": "north" }] }, "swap": { "type": "string", "minLength": 1, "description": "A column whose two values trade places in every case (a counterfactual: the same applicant of the other group). Cases with neither value are left out.", "examples": ["race"] }, "swap_values": { "type": "array", "minItems": 2, "maxItems": 2, "uniqueItems": true, "items": { "type": ["string", "number"] }, "description": "The two values `swap` trades. When absent: the column's values in the cases, which must be exactly two.", "examples": [["A", "B"]] }, "noise": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number", "minimum": 0 }, "description": "Add uniform noise in [-a, a] to numeric columns, drawn from `seed`.", "examples": [{ "age": 1 }] }, "scale": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Multiply numeric columns by factors.", "examples": [{ "income": 1.5 }] }, "add": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "number" }, "description": "Add amounts to numeric columns.", "examples": [{ "income": 1 }] } } }, "expect": { "enum": ["increase", "decrease"], "description": "`DIR`: the direction the perturbation must move the score." }, "tolerance": { "type": "number", "minimum": 0, "default": 0, "description": "`INV`: the largest score change that passes. `DIR`: the largest move against `expect` that passes." }, "max_fail_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0, "description": "The share of cases that may fail before the check fails." }, "seed": { "type": "integer", "default": 0, "description": "Seed of `noise`: the same seed and cases give the same perturbations." }, "severity": { "enum": ["fail", "warn"], "default": "fail", "description": "What a failed test does to the verdict: `fail` fails the gate, `warn` reports it and passes." } } };
var schema44 = { "description": "A gate's rules; every gate's rules have the same keys. Each yields one check; the verdict is the worst check after severities.", "type": "array", "items": { "$ref": "#/$defs/rule" } };
var schema45 = { "description": "A rule: a metric, the bound it is held to, and how to read it. Set at least one of `min`, `max`, `max_drop`, `max_relative_drop`.", "type": "object", "required": ["metric"], "additionalProperties": false, "anyOf": [{ "required": ["min"] }, { "required": ["max"] }, { "required": ["max_drop"] }, { "required": ["max_relative_drop"] }], "properties": { "metric": { "description": "The metric to check; each gate has its own names. evaluate and train, by `data.task`. Binary: accuracy balanced_accuracy precision recall tpr specificity tnr fpr fnr f1 fbeta mcc selection_rate roc_auc average_precision log_loss brier ece. Multiclass: accuracy macro_precision macro_recall macro_f1 weighted_precision weighted_recall weighted_f1 micro_precision micro_recall micro_f1 log_loss roc_auc_ovr. Regression: mae mse rmse r2 mape. Disparities between the groups of `over`: demographic_parity_difference demographic_parity_ratio equalized_odds_difference equalized_odds_ratio equal_opportunity_difference equal_opportunity_ratio disparate_impact, and `<metric>_difference` / `<metric>_ratio` for any metric above. shadow_compare: agreement flip_rate cohen_kappa mcnemar wilcoxon score_delta ks psi latency_p50_delta latency_p95_delta latency_p99_delta error_rate_delta join_rate. drift: drifted_share, and ks psi wasserstein chi_square js (the largest over the features, or one feature's with `where: {feature: name}`). canary: a name from `canary.metrics.queries`.", "type": "string", "minLength": 1, "examples": ["roc_auc", "f1", "demographic_parity_ratio", "equalized_odds_difference", "recall_ratio"] }, "id": { "description": "A stable id for the check in reports and annotations. When absent, one is derived from the metric and its scope.", "type": "string", "minLength": 1, "examples": ["auc-floor"] }, "min": { "description": "The value must be at least this.", "type": "number", "examples": [0.8] }, "max": { "description": "The value must be at most this.", "type": "number", "examples": [0.1] }, "max_drop": { "description": "The value may be at most this much worse than the baseline's (absolute, in the metric's units). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.01] }, "max_relative_drop": { "description": "The value may be at most this fraction worse than the baseline's (0.05 = 5%). Needs baseline predictions.", "type": "number", "minimum": 0, "examples": [0.05] }, "on": { "description": "Which number the bound applies to: the point estimate, or the lower or upper bound of its confidence interval.", "enum": ["point", "lower_bound", "upper_bound"], "default": "point" }, "over": { "description": "Sensitive attributes, from `data.groups`. For a disparity: the attributes it is computed over (default: all of `data.groups`). For a plain metric: check it in every group of these attributes. shadow_compare: columns from its `segments`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "examples": [["sex", "race"]] }, "intersect": { "description": "Treat the intersection of the `over` attributes (such as sex x race) as one attribute. When absent: `evaluate.intersect`.", "type": "boolean" }, "where": { "description": "Restrict the rule to one population: a group of a `data.groups` attribute or a value of a `data.slices` column, such as `{sex: F}`.", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "F" }] }, "relative_to": { "description": "Disparities: compare groups with each other (`between_groups`: max - min, min / max) or each group with the whole population (`overall`). When absent: `between_groups`.", "enum": ["between_groups", "overall"] }, "agg": { "description": "Equalized odds: combine the TPR and FPR disparities by the worse of the two (`worst_case`) or their mean. When absent: `worst_case`.", "enum": ["worst_case", "mean"] }, "privileged": { "description": "Disparities: the privileged group's value for each `over` attribute; each other group is compared with it (AIF360's disparate impact).", "type": "object", "minProperties": 1, "additionalProperties": { "type": ["string", "number"] }, "examples": [{ "sex": "M" }] }, "severity": { "description": "What a failed check does to the verdict: `fail` fails the gate, `warn` reports it and passes.", "enum": ["fail", "warn"], "default": "fail" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs4 = errors;
      let valid3 = false;
      const _errs5 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.min === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema45.anyOf[0].required, parentSchema: schema45.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid3 = valid3 || _valid0;
      const _errs6 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema45.anyOf[1].required, parentSchema: schema45.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs6 === errors;
      valid3 = valid3 || _valid0;
      const _errs7 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max_drop === void 0) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/2/required", keyword: "required", params: { missingProperty: "max_drop" }, message: "must have required property 'max_drop'", schema: schema45.anyOf[2].required, parentSchema: schema45.anyOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs7 === errors;
      valid3 = valid3 || _valid0;
      const _errs8 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.max_relative_drop === void 0) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf/3/required", keyword: "required", params: { missingProperty: "max_relative_drop" }, message: "must have required property 'max_relative_drop'", schema: schema45.anyOf[3].required, parentSchema: schema45.anyOf[3], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema45.anyOf, parentSchema: schema45, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.on === void 0) {
          data0.on = "point";
        }
        if (data0.severity === void 0) {
          data0.severity = "fail";
        }
        if (data0.metric === void 0) {
          const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema45.required, parentSchema: schema45, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func1.call(schema45.properties, key0)) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.metric !== void 0) {
          let data1 = data0.metric;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/metric", schemaPath: "#/$defs/rule/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.metric, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/metric", schemaPath: "#/$defs/rule/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.metric.type, parentSchema: schema45.properties.metric, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.id !== void 0) {
          let data2 = data0.id;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err9 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/$defs/rule/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.id, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/$defs/rule/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.id.type, parentSchema: schema45.properties.id, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.min !== void 0) {
          let data3 = data0.min;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err11 = { instancePath: instancePath + "/" + i0 + "/min", schemaPath: "#/$defs/rule/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.min.type, parentSchema: schema45.properties.min, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.max !== void 0) {
          let data4 = data0.max;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err12 = { instancePath: instancePath + "/" + i0 + "/max", schemaPath: "#/$defs/rule/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max.type, parentSchema: schema45.properties.max, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.max_drop !== void 0) {
          let data5 = data0.max_drop;
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err13 = { instancePath: instancePath + "/" + i0 + "/max_drop", schemaPath: "#/$defs/rule/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.max_drop, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + i0 + "/max_drop", schemaPath: "#/$defs/rule/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max_drop.type, parentSchema: schema45.properties.max_drop, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.max_relative_drop !== void 0) {
          let data6 = data0.max_relative_drop;
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err15 = { instancePath: instancePath + "/" + i0 + "/max_relative_drop", schemaPath: "#/$defs/rule/properties/max_relative_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.max_relative_drop, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/" + i0 + "/max_relative_drop", schemaPath: "#/$defs/rule/properties/max_relative_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.max_relative_drop.type, parentSchema: schema45.properties.max_relative_drop, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        let data7 = data0.on;
        if (!(data7 === "point" || data7 === "lower_bound" || data7 === "upper_bound")) {
          const err17 = { instancePath: instancePath + "/" + i0 + "/on", schemaPath: "#/$defs/rule/properties/on/enum", keyword: "enum", params: { allowedValues: schema45.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.on.enum, parentSchema: schema45.properties.on, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data0.over !== void 0) {
          let data8 = data0.over;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err18 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.over, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err19 = { instancePath: instancePath + "/" + i0 + "/over/" + i1, schemaPath: "#/$defs/rule/properties/over/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.over.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/" + i0 + "/over/" + i1, schemaPath: "#/$defs/rule/properties/over/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.over.items.type, parentSchema: schema45.properties.over.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i2 = data8.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data8[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err21 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema45.properties.over, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/" + i0 + "/over", schemaPath: "#/$defs/rule/properties/over/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.over.type, parentSchema: schema45.properties.over, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.intersect !== void 0) {
          let data10 = data0.intersect;
          if (typeof data10 !== "boolean") {
            const err23 = { instancePath: instancePath + "/" + i0 + "/intersect", schemaPath: "#/$defs/rule/properties/intersect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.intersect.type, parentSchema: schema45.properties.intersect, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0.where !== void 0) {
          let data11 = data0.where;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (Object.keys(data11).length < 1) {
              const err24 = { instancePath: instancePath + "/" + i0 + "/where", schemaPath: "#/$defs/rule/properties/where/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.where, data: data11 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key1 in data11) {
              let data12 = data11[key1];
              if (typeof data12 !== "string" && !(typeof data12 == "number" && isFinite(data12))) {
                const err25 = { instancePath: instancePath + "/" + i0 + "/where/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rule/properties/where/additionalProperties/type", keyword: "type", params: { type: schema45.properties.where.additionalProperties.type }, message: "must be string,number", schema: schema45.properties.where.additionalProperties.type, parentSchema: schema45.properties.where.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/" + i0 + "/where", schemaPath: "#/$defs/rule/properties/where/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.where.type, parentSchema: schema45.properties.where, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.relative_to !== void 0) {
          let data13 = data0.relative_to;
          if (!(data13 === "between_groups" || data13 === "overall")) {
            const err27 = { instancePath: instancePath + "/" + i0 + "/relative_to", schemaPath: "#/$defs/rule/properties/relative_to/enum", keyword: "enum", params: { allowedValues: schema45.properties.relative_to.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.relative_to.enum, parentSchema: schema45.properties.relative_to, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0.agg !== void 0) {
          let data14 = data0.agg;
          if (!(data14 === "worst_case" || data14 === "mean")) {
            const err28 = { instancePath: instancePath + "/" + i0 + "/agg", schemaPath: "#/$defs/rule/properties/agg/enum", keyword: "enum", params: { allowedValues: schema45.properties.agg.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.agg.enum, parentSchema: schema45.properties.agg, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data0.privileged !== void 0) {
          let data15 = data0.privileged;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (Object.keys(data15).length < 1) {
              const err29 = { instancePath: instancePath + "/" + i0 + "/privileged", schemaPath: "#/$defs/rule/properties/privileged/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.privileged, data: data15 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key2 in data15) {
              let data16 = data15[key2];
              if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16))) {
                const err30 = { instancePath: instancePath + "/" + i0 + "/privileged/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rule/properties/privileged/additionalProperties/type", keyword: "type", params: { type: schema45.properties.privileged.additionalProperties.type }, message: "must be string,number", schema: schema45.properties.privileged.additionalProperties.type, parentSchema: schema45.properties.privileged.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/" + i0 + "/privileged", schemaPath: "#/$defs/rule/properties/privileged/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.privileged.type, parentSchema: schema45.properties.privileged, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let data17 = data0.severity;
        if (!(data17 === "fail" || data17 === "warn")) {
          const err32 = { instancePath: instancePath + "/" + i0 + "/severity", schemaPath: "#/$defs/rule/properties/severity/enum", keyword: "enum", params: { allowedValues: schema45.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.severity.enum, parentSchema: schema45.properties.severity, data: data17 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/rule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data0 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "type": "object", "required": ["spec"], "additionalProperties": false, "properties": { "spec": { "type": "string", "minLength": 1, "description": "Where the model is: `oip+http(s)://HOST:PORT/NAME[@VERSION]` or `http(s)://HOST:PORT/v2/models/NAME` (Open Inference Protocol v2: KServe, Triton, MLServer), `tfserving+http(s)://HOST:PORT/NAME[@VERSION]` (TensorFlow Serving REST), `command:PROGRAM ARG...` (a program speaking JSON Lines on stdin and stdout, run without a shell) or `tfjs:DIR` (a TensorFlow.js model directory, such as the train gate's). Credentials in a URL become a Basic Authorization header and never reach a log or report.", "examples": ["oip+http://127.0.0.1:8080/credit@2", "tfjs:model", "command:python3 score.py"] }, "features": { "$ref": "#/$defs/columns", "description": "The dataset columns sent to the model, in order. When absent: the input names the model declares (OIP and TF Serving metadata, the TF.js model's preprocessing).", "examples": [["income", "debt_ratio", "age"]] }, "batch_size": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 64, "description": "Rows per request." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 256, "default": 4, "description": "Requests in flight at once (a command model answers one at a time)." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 30, "description": "Longest time one request (one batch, for a command) may take, retries excluded; past it the gate errors naming the request's rows." }, "retries": { "type": "integer", "minimum": 0, "maximum": 10, "default": 2, "description": "Retries of a request that failed for a transient reason (a 5xx answer, no answer)." }, "headers": { "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, "additionalProperties": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": {}, "description": "Request headers whose values come from environment variables, by header name: the config names the variable, never the secret. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be named.", "examples": [{ "Authorization": "MODEL_AUTHORIZATION" }] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Command models: environment variables the program gets from the job, beyond PATH, HOME and the locale. The platform's tokens cannot be listed.", "examples": [["HF_HOME"]] } } };
var pattern4 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", "u");
var pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_size === void 0) {
      data.batch_size = 64;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 4;
    }
    if (data.timeout_seconds === void 0) {
      data.timeout_seconds = 30;
    }
    if (data.retries === void 0) {
      data.retries = 2;
    }
    if (data.headers === void 0) {
      data.headers = {};
    }
    if (data.env === void 0) {
      data.env = [];
    }
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "spec" || key0 === "features" || key0 === "batch_size" || key0 === "concurrency" || key0 === "timeout_seconds" || key0 === "retries" || key0 === "headers" || key0 === "env")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.spec.type, parentSchema: schema46.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data1 = data.features;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data3 = data.batch_size;
    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
      const err8 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.batch_size.type, parentSchema: schema46.properties.batch_size, data: data3 };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (typeof data3 == "number" && isFinite(data3)) {
      if (data3 > 1e5 || isNaN(data3)) {
        const err9 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema46.properties.batch_size, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err10 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema46.properties.batch_size, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data4 = data.concurrency;
    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
      const err11 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.concurrency.type, parentSchema: schema46.properties.concurrency, data: data4 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data4 == "number" && isFinite(data4)) {
      if (data4 > 256 || isNaN(data4)) {
        const err12 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema46.properties.concurrency, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data4 < 1 || isNaN(data4)) {
        const err13 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema46.properties.concurrency, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    let data5 = data.timeout_seconds;
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 <= 0 || isNaN(data5)) {
        const err14 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/properties/timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema46.properties.timeout_seconds, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    } else {
      const err15 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/properties/timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema46.properties.timeout_seconds.type, parentSchema: schema46.properties.timeout_seconds, data: data5 };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data6 = data.retries;
    if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
      const err16 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.retries.type, parentSchema: schema46.properties.retries, data: data6 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (typeof data6 == "number" && isFinite(data6)) {
      if (data6 > 10 || isNaN(data6)) {
        const err17 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema46.properties.retries, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data6 < 0 || isNaN(data6)) {
        const err18 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.retries, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    let data7 = data.headers;
    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
      for (const key1 in data7) {
        const _errs19 = errors;
        if (typeof key1 === "string") {
          if (!pattern4.test(key1)) {
            const err19 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }, message: 'must match pattern "^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$"', schema: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", parentSchema: schema46.properties.headers.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        var valid5 = _errs19 === errors;
        if (!valid5) {
          const err20 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema46.properties.headers.propertyNames, parentSchema: schema46.properties.headers, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      for (const key2 in data7) {
        let data8 = data7[key2];
        if (typeof data8 === "string") {
          if (!pattern5.test(data8)) {
            const err21 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema46.properties.headers.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.headers.additionalProperties.type, parentSchema: schema46.properties.headers.additionalProperties, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    } else {
      const err23 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.headers.type, parentSchema: schema46.properties.headers, data: data7 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    let data9 = data.env;
    if (Array.isArray(data9)) {
      const len1 = data9.length;
      for (let i2 = 0; i2 < len1; i2++) {
        let data10 = data9[i2];
        if (typeof data10 === "string") {
          if (!pattern5.test(data10)) {
            const err24 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema46.properties.env.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        } else {
          const err25 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.env.items.type, parentSchema: schema46.properties.env.items, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      let i3 = data9.length;
      let j1;
      if (i3 > 1) {
        const indices1 = {};
        for (; i3--; ) {
          let item1 = data9[i3];
          if (typeof item1 !== "string") {
            continue;
          }
          if (typeof indices1[item1] == "number") {
            j1 = indices1[item1];
            const err26 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema46.properties.env, data: data9 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
            break;
          }
          indices1[item1] = i3;
        }
      }
    } else {
      const err27 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.env.type, parentSchema: schema46.properties.env, data: data9 };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gates === void 0) {
      data.gates = [];
    }
    if (data.min_group_size === void 0) {
      data.min_group_size = 30;
    }
    if (data.inconclusive === void 0) {
      data.inconclusive = "fail";
    }
    if (data.intersect === void 0) {
      data.intersect = false;
    }
    if (data.bootstrap === void 0) {
      data.bootstrap = {};
    }
    if (data.calibration_bins === void 0) {
      data.calibration_bins = 10;
    }
    if (data.beta === void 0) {
      data.beta = 1;
    }
    if (data.behavioral === void 0) {
      data.behavioral = [];
    }
    for (const key0 in data) {
      if (!func1.call(schema43.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    let data1 = data.min_group_size;
    if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
      const err1 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.min_group_size.type, parentSchema: schema43.properties.min_group_size, data: data1 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == "number" && isFinite(data1)) {
      if (data1 < 1 || isNaN(data1)) {
        const err2 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.min_group_size, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data2 = data.inconclusive;
    if (!(data2 === "fail" || data2 === "warn" || data2 === "pass")) {
      const err3 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema43.properties.inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.inconclusive.enum, parentSchema: schema43.properties.inconclusive, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data3 = data.intersect;
    if (typeof data3 !== "boolean") {
      const err4 = { instancePath: instancePath + "/intersect", schemaPath: "#/properties/intersect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.intersect.type, parentSchema: schema43.properties.intersect, data: data3 };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data4 = data.bootstrap;
    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      if (data4.replicates === void 0) {
        data4.replicates = 0;
      }
      if (data4.level === void 0) {
        data4.level = 0.95;
      }
      if (data4.seed === void 0) {
        data4.seed = 0;
      }
      for (const key1 in data4) {
        if (!(key1 === "replicates" || key1 === "level" || key1 === "seed")) {
          const err5 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.bootstrap, data: data4 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      let data5 = data4.replicates;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err6 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.bootstrap.properties.replicates.type, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1e4 || isNaN(data5)) {
          const err7 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err8 = { instancePath: instancePath + "/bootstrap/replicates", schemaPath: "#/properties/bootstrap/properties/replicates/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema43.properties.bootstrap.properties.replicates, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      let data6 = data4.level;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 >= 1 || isNaN(data6)) {
          const err9 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err10 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/bootstrap/level", schemaPath: "#/properties/bootstrap/properties/level/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.bootstrap.properties.level.type, parentSchema: schema43.properties.bootstrap.properties.level, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      let data7 = data4.seed;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err12 = { instancePath: instancePath + "/bootstrap/seed", schemaPath: "#/properties/bootstrap/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.bootstrap.properties.seed.type, parentSchema: schema43.properties.bootstrap.properties.seed, data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = { instancePath: instancePath + "/bootstrap", schemaPath: "#/properties/bootstrap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.bootstrap.type, parentSchema: schema43.properties.bootstrap, data: data4 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data8 = data.calibration_bins;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err14 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.calibration_bins.type, parentSchema: schema43.properties.calibration_bins, data: data8 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 100 || isNaN(data8)) {
        const err15 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema43.properties.calibration_bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data8 < 2 || isNaN(data8)) {
        const err16 = { instancePath: instancePath + "/calibration_bins", schemaPath: "#/properties/calibration_bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema43.properties.calibration_bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    let data9 = data.beta;
    if (typeof data9 == "number" && isFinite(data9)) {
      if (data9 <= 0 || isNaN(data9)) {
        const err17 = { instancePath: instancePath + "/beta", schemaPath: "#/properties/beta/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties.beta, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    } else {
      const err18 = { instancePath: instancePath + "/beta", schemaPath: "#/properties/beta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.beta.type, parentSchema: schema43.properties.beta, data: data9 };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.model !== void 0) {
      if (!validate26(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    let data11 = data.behavioral;
    if (Array.isArray(data11)) {
      const len0 = data11.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data12 = data11[i0];
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          if (data12.max_cases === void 0) {
            data12.max_cases = 1e3;
          }
          if (data12.tolerance === void 0) {
            data12.tolerance = 0;
          }
          if (data12.max_fail_rate === void 0) {
            data12.max_fail_rate = 0;
          }
          if (data12.seed === void 0) {
            data12.seed = 0;
          }
          if (data12.severity === void 0) {
            data12.severity = "fail";
          }
          if (data12.name === void 0) {
            const err19 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema48.required, parentSchema: schema48, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data12.type === void 0) {
            const err20 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema48.required, parentSchema: schema48, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          for (const key2 in data12) {
            if (!func1.call(schema48.properties, key2)) {
              const err21 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data12.name !== void 0) {
            let data13 = data12.name;
            if (typeof data13 === "string") {
              if (!pattern7.test(data13)) {
                const err22 = { instancePath: instancePath + "/behavioral/" + i0 + "/name", schemaPath: "#/$defs/behavioral_test/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$", parentSchema: schema48.properties.name, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/behavioral/" + i0 + "/name", schemaPath: "#/$defs/behavioral_test/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.name.type, parentSchema: schema48.properties.name, data: data13 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data12.type !== void 0) {
            let data14 = data12.type;
            if (!(data14 === "MFT" || data14 === "INV" || data14 === "DIR")) {
              const err24 = { instancePath: instancePath + "/behavioral/" + i0 + "/type", schemaPath: "#/$defs/behavioral_test/properties/type/enum", keyword: "enum", params: { allowedValues: schema48.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.type.enum, parentSchema: schema48.properties.type, data: data14 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data12.cases !== void 0) {
            let data15 = data12.cases;
            if (typeof data15 !== "string" && !Array.isArray(data15)) {
              const err25 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/type", keyword: "type", params: { type: schema48.properties.cases.type }, message: "must be string,array", schema: schema48.properties.cases.type, parentSchema: schema48.properties.cases, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (typeof data15 === "string") {
              if (func2(data15) < 1) {
                const err26 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.cases, data: data15 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (Array.isArray(data15)) {
              if (data15.length < 1) {
                const err27 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases", schemaPath: "#/$defs/behavioral_test/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.cases, data: data15 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              const len1 = data15.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data16 = data15[i1];
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                  if (Object.keys(data16).length < 1) {
                    const err28 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1, schemaPath: "#/$defs/behavioral_test/properties/cases/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.cases.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  for (const key3 in data16) {
                    let data17 = data16[key3];
                    if (typeof data17 !== "string" && !(typeof data17 == "number" && isFinite(data17)) && typeof data17 !== "boolean") {
                      const err29 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1 + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/cases/items/additionalProperties/type", keyword: "type", params: { type: schema48.properties.cases.items.additionalProperties.type }, message: "must be string,number,boolean", schema: schema48.properties.cases.items.additionalProperties.type, parentSchema: schema48.properties.cases.items.additionalProperties, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/behavioral/" + i0 + "/cases/" + i1, schemaPath: "#/$defs/behavioral_test/properties/cases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.cases.items.type, parentSchema: schema48.properties.cases.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
          }
          let data18 = data12.max_cases;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err31 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.max_cases.type, parentSchema: schema48.properties.max_cases, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 1e5 || isNaN(data18)) {
              const err32 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema48.properties.max_cases, data: data18 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data18 < 1 || isNaN(data18)) {
              const err33 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_cases", schemaPath: "#/$defs/behavioral_test/properties/max_cases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema48.properties.max_cases, data: data18 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data12.perturb !== void 0) {
            let data19 = data12.perturb;
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              if (Object.keys(data19).length < 1) {
                const err34 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.perturb, data: data19 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              for (const key4 in data19) {
                if (!(key4 === "set" || key4 === "swap" || key4 === "swap_values" || key4 === "noise" || key4 === "scale" || key4 === "add")) {
                  const err35 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.perturb, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data19.set !== void 0) {
                let data20 = data19.set;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  if (Object.keys(data20).length < 1) {
                    const err36 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.perturb.properties.set, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  for (const key5 in data20) {
                    let data21 = data20[key5];
                    if (typeof data21 !== "string" && !(typeof data21 == "number" && isFinite(data21)) && typeof data21 !== "boolean") {
                      const err37 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/additionalProperties/type", keyword: "type", params: { type: schema48.properties.perturb.properties.set.additionalProperties.type }, message: "must be string,number,boolean", schema: schema48.properties.perturb.properties.set.additionalProperties.type, parentSchema: schema48.properties.perturb.properties.set.additionalProperties, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err38 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/set", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.perturb.properties.set.type, parentSchema: schema48.properties.perturb.properties.set, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (data19.swap !== void 0) {
                let data22 = data19.swap;
                if (typeof data22 === "string") {
                  if (func2(data22) < 1) {
                    const err39 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.perturb.properties.swap, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.perturb.properties.swap.type, parentSchema: schema48.properties.perturb.properties.swap, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
              if (data19.swap_values !== void 0) {
                let data23 = data19.swap_values;
                if (Array.isArray(data23)) {
                  if (data23.length > 2) {
                    const err41 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema48.properties.perturb.properties.swap_values, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (data23.length < 2) {
                    const err42 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema48.properties.perturb.properties.swap_values, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  const len2 = data23.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data24 = data23[i2];
                    if (typeof data24 !== "string" && !(typeof data24 == "number" && isFinite(data24))) {
                      const err43 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values/" + i2, schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/items/type", keyword: "type", params: { type: schema48.properties.perturb.properties.swap_values.items.type }, message: "must be string,number", schema: schema48.properties.perturb.properties.swap_values.items.type, parentSchema: schema48.properties.perturb.properties.swap_values.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                  let i3 = data23.length;
                  let j0;
                  if (i3 > 1) {
                    const indices0 = {};
                    for (; i3--; ) {
                      let item0 = data23[i3];
                      if (typeof item0 !== "string" && !(typeof item0 == "number" && isFinite(item0))) {
                        continue;
                      }
                      if (typeof item0 == "string") {
                        item0 += "_";
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err44 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema48.properties.perturb.properties.swap_values, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i3;
                    }
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/swap_values", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/swap_values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.perturb.properties.swap_values.type, parentSchema: schema48.properties.perturb.properties.swap_values, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data19.noise !== void 0) {
                let data25 = data19.noise;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  if (Object.keys(data25).length < 1) {
                    const err46 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.perturb.properties.noise, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  for (const key6 in data25) {
                    let data26 = data25[key6];
                    if (typeof data26 == "number" && isFinite(data26)) {
                      if (data26 < 0 || isNaN(data26)) {
                        const err47 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.perturb.properties.noise.additionalProperties, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    } else {
                      const err48 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.perturb.properties.noise.additionalProperties.type, parentSchema: schema48.properties.perturb.properties.noise.additionalProperties, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err49 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/noise", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/noise/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.perturb.properties.noise.type, parentSchema: schema48.properties.perturb.properties.noise, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (data19.scale !== void 0) {
                let data27 = data19.scale;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  if (Object.keys(data27).length < 1) {
                    const err50 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.perturb.properties.scale, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  for (const key7 in data27) {
                    let data28 = data27[key7];
                    if (!(typeof data28 == "number" && isFinite(data28))) {
                      const err51 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.perturb.properties.scale.additionalProperties.type, parentSchema: schema48.properties.perturb.properties.scale.additionalProperties, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/scale", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/scale/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.perturb.properties.scale.type, parentSchema: schema48.properties.perturb.properties.scale, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              if (data19.add !== void 0) {
                let data29 = data19.add;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                  if (Object.keys(data29).length < 1) {
                    const err53 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema48.properties.perturb.properties.add, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  for (const key8 in data29) {
                    let data30 = data29[key8];
                    if (!(typeof data30 == "number" && isFinite(data30))) {
                      const err54 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.perturb.properties.add.additionalProperties.type, parentSchema: schema48.properties.perturb.properties.add.additionalProperties, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err55 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb/add", schemaPath: "#/$defs/behavioral_test/properties/perturb/properties/add/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.perturb.properties.add.type, parentSchema: schema48.properties.perturb.properties.add, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            } else {
              const err56 = { instancePath: instancePath + "/behavioral/" + i0 + "/perturb", schemaPath: "#/$defs/behavioral_test/properties/perturb/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.perturb.type, parentSchema: schema48.properties.perturb, data: data19 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data12.expect !== void 0) {
            let data31 = data12.expect;
            if (!(data31 === "increase" || data31 === "decrease")) {
              const err57 = { instancePath: instancePath + "/behavioral/" + i0 + "/expect", schemaPath: "#/$defs/behavioral_test/properties/expect/enum", keyword: "enum", params: { allowedValues: schema48.properties.expect.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.expect.enum, parentSchema: schema48.properties.expect, data: data31 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          let data32 = data12.tolerance;
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err58 = { instancePath: instancePath + "/behavioral/" + i0 + "/tolerance", schemaPath: "#/$defs/behavioral_test/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.tolerance, data: data32 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/behavioral/" + i0 + "/tolerance", schemaPath: "#/$defs/behavioral_test/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.tolerance.type, parentSchema: schema48.properties.tolerance, data: data32 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          let data33 = data12.max_fail_rate;
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 > 1 || isNaN(data33)) {
              const err60 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema48.properties.max_fail_rate, data: data33 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err61 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties.max_fail_rate, data: data33 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/behavioral/" + i0 + "/max_fail_rate", schemaPath: "#/$defs/behavioral_test/properties/max_fail_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema48.properties.max_fail_rate.type, parentSchema: schema48.properties.max_fail_rate, data: data33 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          let data34 = data12.seed;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err63 = { instancePath: instancePath + "/behavioral/" + i0 + "/seed", schemaPath: "#/$defs/behavioral_test/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.seed.type, parentSchema: schema48.properties.seed, data: data34 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          let data35 = data12.severity;
          if (!(data35 === "fail" || data35 === "warn")) {
            const err64 = { instancePath: instancePath + "/behavioral/" + i0 + "/severity", schemaPath: "#/$defs/behavioral_test/properties/severity/enum", keyword: "enum", params: { allowedValues: schema48.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.severity.enum, parentSchema: schema48.properties.severity, data: data35 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        } else {
          const err65 = { instancePath: instancePath + "/behavioral/" + i0, schemaPath: "#/$defs/behavioral_test/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data12 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
    } else {
      const err66 = { instancePath: instancePath + "/behavioral", schemaPath: "#/properties/behavioral/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.behavioral.type, parentSchema: schema43.properties.behavioral, data: data11 };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
  } else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err67];
    } else {
      vErrors.push(err67);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema49 = { "type": "object", "additionalProperties": false, "properties": { "dataset": { "$ref": "#/$defs/paths", "description": "File(s) with the training data (features and the `data.label` column): a path, a glob, or a list of them, read as one dataset. The `--dataset` flag / `dataset` action input overrides it.", "examples": ["data/train.csv"] }, "sample": { "$ref": "#/$defs/sample", "description": "How the rows to train on are drawn from the dataset, in one pass.", "default": {} }, "holdout": { "$ref": "#/$defs/holdout", "description": "The held-out rows the trained model is evaluated on: a seeded fraction of the sample (stratified like the sample), or a separate file.", "default": {} }, "model": { "$ref": "#/$defs/model", "description": "The built-in TensorFlow.js model: its type, features and training settings. Set either `model` or `command`." }, "command": { "type": "string", "minLength": 1, "description": "An external trainer, run without a shell: `{sample}`, `{holdout}`, `{predictions}`, `{model_dir}`, `{out}` and `{seed}` are replaced by paths and values, each as one whole argument. It must write one row per held-out row, in order, with a `score` column, to `{predictions}`. Set either `model` or `command`.", "examples": ["python3 train.py --data {sample} --test {holdout} --out {predictions} --model {model_dir}"] }, "env": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "default": [], "description": "Environment variables the external trainer gets from the job, beyond PATH, HOME, LANG, LC_*, TZ, TMPDIR, PYTHONPATH, VIRTUAL_ENV and CONDA_PREFIX; no other variable (tokens included) reaches it. The platform's tokens (GITHUB_TOKEN, CI_JOB_TOKEN and the like) cannot be listed.", "examples": [["HF_HOME", "CUDA_VISIBLE_DEVICES"]] }, "timeout_minutes": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Longest time the external trainer may run; past it, it is stopped and the gate errors." }, "reproducible": { "type": "boolean", "default": false, "description": "Train the built-in model twice with the same seed and compare the weight hashes; a difference fails the gate and names the first differing tensor." }, "cache": { "type": "boolean", "default": true, "description": "Cache the sample by the content hash of the dataset, the sampling settings and the config (GitHub: `@actions/cache`; elsewhere a local directory), and reuse it on a hit." }, "artifact": { "type": ["string", "boolean"], "minLength": 1, "default": "modelgate-model", "description": "Name of the artifact the model directory, manifest and report are uploaded as after a successful run (GitHub: `@actions/artifact`; elsewhere copied to a local directory); `false` uploads nothing.", "examples": ["modelgate-model", false] }, "baseline_manifest": { "type": "string", "minLength": 1, "description": "A previous run's `manifest.json` (for example from the main branch's train artifact, downloaded with the `predictions.csv` beside it). When its dataset hashes, sampling and held-out split match this run's, the held-out predictions it records (path relative to the manifest, checked against the recorded sha256) are the baseline of `max_drop` and `max_relative_drop` rules; otherwise those rules are errors that say why. Cannot be combined with `data.baseline`. The `baseline-manifest` action input overrides it.", "examples": ["main-model/manifest.json"] } } };
var schema51 = { "type": "object", "additionalProperties": false, "properties": { "method": { "enum": ["uniform", "stratified", "reservoir", "time"], "default": "uniform", "description": "`uniform`: every row equally likely (`fraction` or `n`). `stratified`: the same fraction of every stratum of the `by` columns, at least `min_per_stratum` rows each. `reservoir`: exactly `n` rows from any number of rows, in one pass. `time`: the rows of the last `days` days by `column` (optionally thinned by `fraction`)." }, "fraction": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of the rows (of each stratum, for `stratified`) to keep, in (0, 1]. When neither `fraction` nor `n` is set: all rows.", "examples": [0.1] }, "n": { "type": "integer", "minimum": 1, "description": "Number of rows to keep (`uniform`, `reservoir`). More than the dataset has keeps them all, with a warning.", "examples": [1e5] }, "by": { "$ref": "#/$defs/columns", "description": "`stratified`: the columns whose value combinations are the strata, such as the label and the sensitive groups. When absent: the label and `data.groups`.", "examples": [["label", "sex"]] }, "min_per_stratum": { "type": "integer", "minimum": 0, "default": 30, "description": "`stratified`: the floor, so that small groups are not sampled away: every stratum keeps at least this many rows (or all it has)." }, "column": { "$ref": "#/$defs/column", "description": "`time`: the timestamp column (ISO 8601 text or epoch milliseconds).", "examples": ["event_time"] }, "days": { "type": "number", "exclusiveMinimum": 0, "description": "`time`: keep the rows at most this many days older than the newest row.", "examples": [30] }, "seed": { "type": "integer", "default": 0, "description": "Seed of the per-row draw: the same data and seed give the same rows in the same order, however the input is split into files or chunks." }, "format": { "enum": ["csv", "jsonl"], "default": "csv", "description": "Format the sample is written in for the trainer and the artifacts." } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === void 0) {
      data.method = "uniform";
    }
    if (data.min_per_stratum === void 0) {
      data.min_per_stratum = 30;
    }
    if (data.seed === void 0) {
      data.seed = 0;
    }
    if (data.format === void 0) {
      data.format = "csv";
    }
    for (const key0 in data) {
      if (!func1.call(schema51.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.method;
    if (!(data0 === "uniform" || data0 === "stratified" || data0 === "reservoir" || data0 === "time")) {
      const err1 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema51.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.method.enum, parentSchema: schema51.properties.method, data: data0 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fraction !== void 0) {
      let data1 = data.fraction;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema51.properties.fraction, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema51.properties.fraction, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.fraction.type, parentSchema: schema51.properties.fraction, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data2 = data.n;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.n.type, parentSchema: schema51.properties.n, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 1 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.n, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err7 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema40, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data5 = data.min_per_stratum;
    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
      const err11 = { instancePath: instancePath + "/min_per_stratum", schemaPath: "#/properties/min_per_stratum/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.min_per_stratum.type, parentSchema: schema51.properties.min_per_stratum, data: data5 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 < 0 || isNaN(data5)) {
        const err12 = { instancePath: instancePath + "/min_per_stratum", schemaPath: "#/properties/min_per_stratum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.min_per_stratum, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.column !== void 0) {
      let data6 = data.column;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err13 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 <= 0 || isNaN(data7)) {
          const err15 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema51.properties.days, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.properties.days.type, parentSchema: schema51.properties.days, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    let data8 = data.seed;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err17 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.seed.type, parentSchema: schema51.properties.seed, data: data8 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data9 = data.format;
    if (!(data9 === "csv" || data9 === "jsonl")) {
      const err18 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema51.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.format.enum, parentSchema: schema51.properties.format, data: data9 };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "type": "object", "additionalProperties": false, "properties": { "fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.2, "description": "Share of the sample held out for evaluation, drawn per stratum like the sample." }, "seed": { "type": "integer", "description": "Seed of the held-out draw. When absent: `sample.seed`." }, "file": { "$ref": "#/$defs/paths", "description": "Evaluate on this separate file instead of a share of the sample.", "examples": ["data/test.csv"] } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fraction === void 0) {
      data.fraction = 0.2;
    }
    for (const key0 in data) {
      if (!(key0 === "fraction" || key0 === "seed" || key0 === "file")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.fraction;
    if (typeof data0 == "number" && isFinite(data0)) {
      if (data0 >= 1 || isNaN(data0)) {
        const err1 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema54.properties.fraction, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data0 <= 0 || isNaN(data0)) {
        const err2 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema54.properties.fraction, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.fraction.type, parentSchema: schema54.properties.fraction, data: data0 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.seed !== void 0) {
      let data1 = data.seed;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.seed.type, parentSchema: schema54.properties.seed, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err5 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema56 = { "type": "object", "required": ["features"], "additionalProperties": false, "properties": { "type": { "enum": ["logistic_regression", "mlp"], "default": "logistic_regression", "description": "`logistic_regression`: one sigmoid unit on the features. `mlp`: the hidden `layers`, then a sigmoid unit." }, "features": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 }, "description": "Columns the model reads. A column whose sample values are all numbers is standardised; any other is one-hot encoded with an unknown bucket. Statistics come from the training rows only and are saved with the model.", "examples": [["income", "debt_ratio", "region"]] }, "categorical": { "$ref": "#/$defs/columns", "description": "Feature columns to one-hot encode even when their values look like numbers (codes, zip codes).", "examples": [["branch_code"]] }, "max_categories": { "type": "integer", "minimum": 1, "default": 50, "description": "Most distinct values one-hot encoded per categorical column; rarer values share the unknown bucket." }, "impute": { "enum": ["error", "mean", "zero"], "default": "error", "description": "A missing or non-numeric value in a numeric feature: `error` stops the gate naming the row, `mean` uses the training mean, `zero` uses 0." }, "layers": { "type": "array", "items": { "$ref": "#/$defs/layer" }, "default": [], "description": "`mlp`: the hidden layers, in order.", "examples": [[{ "units": 16, "activation": "relu" }]] }, "optimizer": { "enum": ["sgd", "adam", "rmsprop", "adagrad"], "default": "adam", "description": "Optimizer of the training loss (binary cross-entropy)." }, "learning_rate": { "type": "number", "exclusiveMinimum": 0, "default": 0.05, "description": "Learning rate of the optimizer." }, "epochs": { "type": "integer", "minimum": 1, "maximum": 1e4, "default": 10, "description": "Passes over the training rows." }, "batch_size": { "type": "integer", "minimum": 1, "default": 64, "description": "Rows per gradient step." }, "l2": { "type": "number", "minimum": 0, "default": 0, "description": "L2 penalty on the weights." }, "early_stopping": { "type": "object", "additionalProperties": false, "description": "Stop when the validation loss has not improved for `patience` epochs; the validation rows are a seeded share of the training rows.", "properties": { "patience": { "type": "integer", "minimum": 1, "default": 3, "description": "Epochs without improvement before training stops." }, "min_delta": { "type": "number", "minimum": 0, "default": 0, "description": "Smallest decrease of the validation loss that counts as an improvement." }, "validation_fraction": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.1, "description": "Share of the training rows used for the validation loss." } } } } };
var schema58 = { "type": "object", "required": ["units"], "additionalProperties": false, "description": "One hidden layer.", "properties": { "units": { "type": "integer", "minimum": 1, "maximum": 4096, "description": "Number of units of the layer.", "examples": [16] }, "activation": { "enum": ["relu", "tanh", "sigmoid", "elu", "selu", "linear"], "default": "relu", "description": "Activation function of the layer." } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      data.type = "logistic_regression";
    }
    if (data.max_categories === void 0) {
      data.max_categories = 50;
    }
    if (data.impute === void 0) {
      data.impute = "error";
    }
    if (data.layers === void 0) {
      data.layers = [];
    }
    if (data.optimizer === void 0) {
      data.optimizer = "adam";
    }
    if (data.learning_rate === void 0) {
      data.learning_rate = 0.05;
    }
    if (data.epochs === void 0) {
      data.epochs = 10;
    }
    if (data.batch_size === void 0) {
      data.batch_size = 64;
    }
    if (data.l2 === void 0) {
      data.l2 = 0;
    }
    if (data.features === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema56.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let data0 = data.type;
    if (!(data0 === "logistic_regression" || data0 === "mlp")) {
      const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema56.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.type.enum, parentSchema: schema56.properties.type, data: data0 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.features !== void 0) {
      let data1 = data.features;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.features, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/properties/features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.features.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/features/" + i0, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.features.items.type, parentSchema: schema56.properties.features.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema56.properties.features, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.features.type, parentSchema: schema56.properties.features, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.categorical !== void 0) {
      let data3 = data.categorical;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/categorical/" + i2, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/categorical/" + i2, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data3[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err10 = { instancePath: instancePath + "/categorical", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema40, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/categorical", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data5 = data.max_categories;
    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
      const err12 = { instancePath: instancePath + "/max_categories", schemaPath: "#/properties/max_categories/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.max_categories.type, parentSchema: schema56.properties.max_categories, data: data5 };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (typeof data5 == "number" && isFinite(data5)) {
      if (data5 < 1 || isNaN(data5)) {
        const err13 = { instancePath: instancePath + "/max_categories", schemaPath: "#/properties/max_categories/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.max_categories, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    let data6 = data.impute;
    if (!(data6 === "error" || data6 === "mean" || data6 === "zero")) {
      const err14 = { instancePath: instancePath + "/impute", schemaPath: "#/properties/impute/enum", keyword: "enum", params: { allowedValues: schema56.properties.impute.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.impute.enum, parentSchema: schema56.properties.impute, data: data6 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data7 = data.layers;
    if (Array.isArray(data7)) {
      const len2 = data7.length;
      for (let i4 = 0; i4 < len2; i4++) {
        let data8 = data7[i4];
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (data8.activation === void 0) {
            data8.activation = "relu";
          }
          if (data8.units === void 0) {
            const err15 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/required", keyword: "required", params: { missingProperty: "units" }, message: "must have required property 'units'", schema: schema58.required, parentSchema: schema58, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          for (const key1 in data8) {
            if (!(key1 === "units" || key1 === "activation")) {
              const err16 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data8.units !== void 0) {
            let data9 = data8.units;
            if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
              const err17 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema58.properties.units.type, parentSchema: schema58.properties.units, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (typeof data9 == "number" && isFinite(data9)) {
              if (data9 > 4096 || isNaN(data9)) {
                const err18 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema58.properties.units, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (data9 < 1 || isNaN(data9)) {
                const err19 = { instancePath: instancePath + "/layers/" + i4 + "/units", schemaPath: "#/$defs/layer/properties/units/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema58.properties.units, data: data9 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
          let data10 = data8.activation;
          if (!(data10 === "relu" || data10 === "tanh" || data10 === "sigmoid" || data10 === "elu" || data10 === "selu" || data10 === "linear")) {
            const err20 = { instancePath: instancePath + "/layers/" + i4 + "/activation", schemaPath: "#/$defs/layer/properties/activation/enum", keyword: "enum", params: { allowedValues: schema58.properties.activation.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.activation.enum, parentSchema: schema58.properties.activation, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/layers/" + i4, schemaPath: "#/$defs/layer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data: data8 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.layers.type, parentSchema: schema56.properties.layers, data: data7 };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data11 = data.optimizer;
    if (!(data11 === "sgd" || data11 === "adam" || data11 === "rmsprop" || data11 === "adagrad")) {
      const err23 = { instancePath: instancePath + "/optimizer", schemaPath: "#/properties/optimizer/enum", keyword: "enum", params: { allowedValues: schema56.properties.optimizer.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.optimizer.enum, parentSchema: schema56.properties.optimizer, data: data11 };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    let data12 = data.learning_rate;
    if (typeof data12 == "number" && isFinite(data12)) {
      if (data12 <= 0 || isNaN(data12)) {
        const err24 = { instancePath: instancePath + "/learning_rate", schemaPath: "#/properties/learning_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema56.properties.learning_rate, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    } else {
      const err25 = { instancePath: instancePath + "/learning_rate", schemaPath: "#/properties/learning_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.learning_rate.type, parentSchema: schema56.properties.learning_rate, data: data12 };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    let data13 = data.epochs;
    if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
      const err26 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.epochs.type, parentSchema: schema56.properties.epochs, data: data13 };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 1e4 || isNaN(data13)) {
        const err27 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema56.properties.epochs, data: data13 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (data13 < 1 || isNaN(data13)) {
        const err28 = { instancePath: instancePath + "/epochs", schemaPath: "#/properties/epochs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.epochs, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    let data14 = data.batch_size;
    if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
      const err29 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.batch_size.type, parentSchema: schema56.properties.batch_size, data: data14 };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (typeof data14 == "number" && isFinite(data14)) {
      if (data14 < 1 || isNaN(data14)) {
        const err30 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.batch_size, data: data14 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    let data15 = data.l2;
    if (typeof data15 == "number" && isFinite(data15)) {
      if (data15 < 0 || isNaN(data15)) {
        const err31 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.l2, data: data15 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    } else {
      const err32 = { instancePath: instancePath + "/l2", schemaPath: "#/properties/l2/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.l2.type, parentSchema: schema56.properties.l2, data: data15 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.early_stopping !== void 0) {
      let data16 = data.early_stopping;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.patience === void 0) {
          data16.patience = 3;
        }
        if (data16.min_delta === void 0) {
          data16.min_delta = 0;
        }
        if (data16.validation_fraction === void 0) {
          data16.validation_fraction = 0.1;
        }
        for (const key2 in data16) {
          if (!(key2 === "patience" || key2 === "min_delta" || key2 === "validation_fraction")) {
            const err33 = { instancePath: instancePath + "/early_stopping", schemaPath: "#/properties/early_stopping/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.early_stopping, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        let data17 = data16.patience;
        if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
          const err34 = { instancePath: instancePath + "/early_stopping/patience", schemaPath: "#/properties/early_stopping/properties/patience/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.early_stopping.properties.patience.type, parentSchema: schema56.properties.early_stopping.properties.patience, data: data17 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (typeof data17 == "number" && isFinite(data17)) {
          if (data17 < 1 || isNaN(data17)) {
            const err35 = { instancePath: instancePath + "/early_stopping/patience", schemaPath: "#/properties/early_stopping/properties/patience/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56.properties.early_stopping.properties.patience, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        let data18 = data16.min_delta;
        if (typeof data18 == "number" && isFinite(data18)) {
          if (data18 < 0 || isNaN(data18)) {
            const err36 = { instancePath: instancePath + "/early_stopping/min_delta", schemaPath: "#/properties/early_stopping/properties/min_delta/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.early_stopping.properties.min_delta, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        } else {
          const err37 = { instancePath: instancePath + "/early_stopping/min_delta", schemaPath: "#/properties/early_stopping/properties/min_delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.early_stopping.properties.min_delta.type, parentSchema: schema56.properties.early_stopping.properties.min_delta, data: data18 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        let data19 = data16.validation_fraction;
        if (typeof data19 == "number" && isFinite(data19)) {
          if (data19 >= 1 || isNaN(data19)) {
            const err38 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema56.properties.early_stopping.properties.validation_fraction, data: data19 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data19 <= 0 || isNaN(data19)) {
            const err39 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema56.properties.early_stopping.properties.validation_fraction, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        } else {
          const err40 = { instancePath: instancePath + "/early_stopping/validation_fraction", schemaPath: "#/properties/early_stopping/properties/validation_fraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.early_stopping.properties.validation_fraction.type, parentSchema: schema56.properties.early_stopping.properties.validation_fraction, data: data19 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/early_stopping", schemaPath: "#/properties/early_stopping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.early_stopping.type, parentSchema: schema56.properties.early_stopping, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sample === void 0) {
      data.sample = {};
    }
    if (data.holdout === void 0) {
      data.holdout = {};
    }
    if (data.env === void 0) {
      data.env = [];
    }
    if (data.timeout_minutes === void 0) {
      data.timeout_minutes = 60;
    }
    if (data.reproducible === void 0) {
      data.reproducible = false;
    }
    if (data.cache === void 0) {
      data.cache = true;
    }
    if (data.artifact === void 0) {
      data.artifact = "modelgate-model";
    }
    for (const key0 in data) {
      if (!func1.call(schema49.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/dataset/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/dataset/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (!validate30(data.sample, { instancePath: instancePath + "/sample", parentData: data, parentDataProperty: "sample", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    if (!validate32(data.holdout, { instancePath: instancePath + "/holdout", parentData: data, parentDataProperty: "holdout", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
      errors = vErrors.length;
    }
    if (data.model !== void 0) {
      if (!validate34(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.command !== void 0) {
      let data5 = data.command;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err6 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.command, data: data5 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.command.type, parentSchema: schema49.properties.command, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data6 = data.env;
    if (Array.isArray(data6)) {
      const len1 = data6.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data7 = data6[i1];
        if (typeof data7 === "string") {
          if (!pattern5.test(data7)) {
            const err8 = { instancePath: instancePath + "/env/" + i1, schemaPath: "#/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema49.properties.env.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/env/" + i1, schemaPath: "#/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.env.items.type, parentSchema: schema49.properties.env.items, data: data7 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      let i2 = data6.length;
      let j0;
      if (i2 > 1) {
        const indices0 = {};
        for (; i2--; ) {
          let item0 = data6[i2];
          if (typeof item0 !== "string") {
            continue;
          }
          if (typeof indices0[item0] == "number") {
            j0 = indices0[item0];
            const err10 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema49.properties.env, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
            break;
          }
          indices0[item0] = i2;
        }
      }
    } else {
      const err11 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.env.type, parentSchema: schema49.properties.env, data: data6 };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    let data8 = data.timeout_minutes;
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 <= 0 || isNaN(data8)) {
        const err12 = { instancePath: instancePath + "/timeout_minutes", schemaPath: "#/properties/timeout_minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema49.properties.timeout_minutes, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = { instancePath: instancePath + "/timeout_minutes", schemaPath: "#/properties/timeout_minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.timeout_minutes.type, parentSchema: schema49.properties.timeout_minutes, data: data8 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data9 = data.reproducible;
    if (typeof data9 !== "boolean") {
      const err14 = { instancePath: instancePath + "/reproducible", schemaPath: "#/properties/reproducible/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.reproducible.type, parentSchema: schema49.properties.reproducible, data: data9 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data10 = data.cache;
    if (typeof data10 !== "boolean") {
      const err15 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema49.properties.cache.type, parentSchema: schema49.properties.cache, data: data10 };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data11 = data.artifact;
    if (typeof data11 !== "string" && typeof data11 !== "boolean") {
      const err16 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: schema49.properties.artifact.type }, message: "must be string,boolean", schema: schema49.properties.artifact.type, parentSchema: schema49.properties.artifact, data: data11 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (typeof data11 === "string") {
      if (func2(data11) < 1) {
        const err17 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.artifact, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.baseline_manifest !== void 0) {
      let data12 = data.baseline_manifest;
      if (typeof data12 === "string") {
        if (func2(data12) < 1) {
          const err18 = { instancePath: instancePath + "/baseline_manifest", schemaPath: "#/properties/baseline_manifest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.baseline_manifest, data: data12 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/baseline_manifest", schemaPath: "#/properties/baseline_manifest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.baseline_manifest.type, parentSchema: schema49.properties.baseline_manifest, data: data12 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema59 = { "type": "object", "additionalProperties": false, "properties": { "production": { "$ref": "#/$defs/paths", "description": "Production's prediction log(s): CSV, JSONL or Parquet (optionally gzip), globs, or Seldon / KServe CloudEvents as JSON Lines. The `--production` flag overrides it.", "examples": ["logs/production-*.jsonl.gz"] }, "shadow": { "$ref": "#/$defs/paths", "description": "The shadow model's prediction log(s), in the same forms as `production`. The `--shadow` flag overrides it.", "examples": ["logs/shadow-*.jsonl.gz"] }, "labels": { "$ref": "#/$defs/paths", "description": "Optional delayed ground truth, joined to both logs by `id`. The `--labels` flag overrides it.", "examples": ["labels/2026-12-*.csv"] }, "replay": { "$ref": "#/$defs/paths", "description": "Replay mode, instead of `production` and `shadow` logs: recorded requests (an `id` column and the feature columns, in any reader format) sent to both `production_model` and `shadow_model`, whose answers are compared as the logs would be. Streamed in blocks, never held whole. The `--replay` flag overrides it.", "examples": ["requests/2026-12-01.jsonl.gz"] }, "production_model": { "description": "Replay mode: the production model, as `evaluate --model` takes it (`oip+http://host:port/NAME@VERSION`, `tfserving+http://\u2026`, `command:PROGRAM ARGS`, `tfjs:DIR`). The `--production-model` flag overrides it.", "type": "string", "minLength": 1, "examples": ["oip+http://127.0.0.1:8080/credit@1"] }, "shadow_model": { "description": "Replay mode: the shadow model, in the same forms as `production_model`. The `--shadow-model` flag overrides it.", "type": "string", "minLength": 1, "examples": ["oip+http://127.0.0.1:8081/credit@2"] }, "features": { "$ref": "#/$defs/columns", "description": "Replay mode: the feature columns sent to each model, in order. When absent: the inputs each model's metadata declares (a command model needs them).", "examples": [["income", "debt", "age"]] }, "batch_size": { "description": "Replay mode: recorded requests per model request; 1 replays each as it was made. A batched request's latency is spread evenly over its rows.", "type": "integer", "minimum": 1, "maximum": 1e4, "default": 1 }, "concurrency": { "description": "Replay mode: requests in flight at once to each model (a command or TF.js model takes one at a time).", "type": "integer", "minimum": 1, "maximum": 256, "default": 8 }, "max_requests": { "description": "Replay mode: the request budget, the most requests sent to each model. The replay stops there and the report says so; when absent, the whole file is replayed.", "type": "integer", "minimum": 1, "examples": [1e4] }, "timeout_ms": { "description": "Replay mode: bound on one request in milliseconds; a request that takes longer counts as failed.", "type": "integer", "minimum": 1, "default": 3e4 }, "retries": { "description": "Replay mode: retries of a request that failed for a transient reason (5xx, no answer) before it counts as failed.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 }, "id": { "$ref": "#/$defs/column", "description": "Column with the request id both logs are joined by. When absent: `data.id`; one of them is required.", "examples": ["request_id"] }, "score": { "$ref": "#/$defs/column", "description": "Column with each side's score. When absent: `data.score`.", "examples": ["score"] }, "prediction": { "$ref": "#/$defs/column", "description": "Column with each side's hard prediction. When absent: `data.prediction`.", "examples": ["predicted"] }, "label": { "$ref": "#/$defs/column", "description": "Column with the true label in `labels`. When absent: `data.label`.", "examples": ["label"] }, "latency": { "$ref": "#/$defs/column", "description": "Column with each request's latency in milliseconds.", "examples": ["latency_ms"] }, "error": { "$ref": "#/$defs/column", "description": "Column that is true (`1`, `true`, `yes`) when the request failed on that side, for `error_rate_delta`. When absent: no request counts as failed.", "examples": ["error"] }, "segments": { "$ref": "#/$defs/columns", "description": "Columns whose values split the requests into segments, compared one by one (flips by segment, the worst named). When absent: `data.groups` and `data.slices`.", "examples": [["country", "device"]] }, "min_join_rate": { "description": "Least share of requests found in both logs; below it the gate errors, since the comparison would rest on a biased subset.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.95 }, "max_error_rate": { "description": "Replay mode: most share of requests an endpoint may fail (HTTP error, timeout, unreadable answer); past it the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.01 }, "correction": { "description": "Multiple-testing correction of the p-values of many segments at once: Holm (family-wise error) or Benjamini-Hochberg (`bh`, false discovery rate).", "enum": ["holm", "bh"], "default": "holm" }, "psi_bins": { "description": "Number of bins of the score distributions for `psi`, cut at production's score quantiles; an empty bin counts as a share of 1e-4.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "level": { "description": "Confidence level of every interval (agreement, flip rate, score and latency deltas).", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95 }, "inconclusive": { "description": "What an inconclusive check (too few paired requests to detect the configured effect, or nothing to measure) counts as.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "redact": { "$ref": "#/$defs/columns", "description": "Columns that never leave the runner: not in any report, log or list of top disagreements.", "default": [], "examples": [["email", "user_id"]] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the shadow-compare metrics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "agreement", "min": 0.98, "on": "lower_bound" }]] } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batch_size === void 0) {
      data.batch_size = 1;
    }
    if (data.concurrency === void 0) {
      data.concurrency = 8;
    }
    if (data.timeout_ms === void 0) {
      data.timeout_ms = 3e4;
    }
    if (data.retries === void 0) {
      data.retries = 2;
    }
    if (data.min_join_rate === void 0) {
      data.min_join_rate = 0.95;
    }
    if (data.max_error_rate === void 0) {
      data.max_error_rate = 0.01;
    }
    if (data.correction === void 0) {
      data.correction = "holm";
    }
    if (data.psi_bins === void 0) {
      data.psi_bins = 10;
    }
    if (data.level === void 0) {
      data.level = 0.95;
    }
    if (data.inconclusive === void 0) {
      data.inconclusive = "fail";
    }
    if (data.redact === void 0) {
      data.redact = [];
    }
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!func1.call(schema59.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.production !== void 0) {
      let data0 = data.production;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/production", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/production/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/production/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.shadow !== void 0) {
      let data2 = data.shadow;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/shadow", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/shadow/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/shadow/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/labels/" + i2, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/labels/" + i2, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.replay !== void 0) {
      let data6 = data.replay;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err16 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err17 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err18 = { instancePath: instancePath + "/replay", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err19 = { instancePath: instancePath + "/replay/" + i3, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/replay/" + i3, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
    }
    if (data.production_model !== void 0) {
      let data8 = data.production_model;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err21 = { instancePath: instancePath + "/production_model", schemaPath: "#/properties/production_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.production_model, data: data8 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/production_model", schemaPath: "#/properties/production_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.production_model.type, parentSchema: schema59.properties.production_model, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.shadow_model !== void 0) {
      let data9 = data.shadow_model;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err23 = { instancePath: instancePath + "/shadow_model", schemaPath: "#/properties/shadow_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.shadow_model, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/shadow_model", schemaPath: "#/properties/shadow_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.shadow_model.type, parentSchema: schema59.properties.shadow_model, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data10 = data.features;
      if (Array.isArray(data10)) {
        const len4 = data10.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data11 = data10[i4];
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err25 = { instancePath: instancePath + "/features/" + i4, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/features/" + i4, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i5 = data10.length;
        let j0;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data10[i5];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err27 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)", schema: true, parentSchema: schema40, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    let data12 = data.batch_size;
    if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
      const err29 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.batch_size.type, parentSchema: schema59.properties.batch_size, data: data12 };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (typeof data12 == "number" && isFinite(data12)) {
      if (data12 > 1e4 || isNaN(data12)) {
        const err30 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema59.properties.batch_size, data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data12 < 1 || isNaN(data12)) {
        const err31 = { instancePath: instancePath + "/batch_size", schemaPath: "#/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.batch_size, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    let data13 = data.concurrency;
    if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
      const err32 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.concurrency.type, parentSchema: schema59.properties.concurrency, data: data13 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (typeof data13 == "number" && isFinite(data13)) {
      if (data13 > 256 || isNaN(data13)) {
        const err33 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema59.properties.concurrency, data: data13 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data13 < 1 || isNaN(data13)) {
        const err34 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.concurrency, data: data13 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.max_requests !== void 0) {
      let data14 = data.max_requests;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err35 = { instancePath: instancePath + "/max_requests", schemaPath: "#/properties/max_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.max_requests.type, parentSchema: schema59.properties.max_requests, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 1 || isNaN(data14)) {
          const err36 = { instancePath: instancePath + "/max_requests", schemaPath: "#/properties/max_requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.max_requests, data: data14 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    let data15 = data.timeout_ms;
    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
      const err37 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.timeout_ms.type, parentSchema: schema59.properties.timeout_ms, data: data15 };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    if (typeof data15 == "number" && isFinite(data15)) {
      if (data15 < 1 || isNaN(data15)) {
        const err38 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.timeout_ms, data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    let data16 = data.retries;
    if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
      const err39 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.retries.type, parentSchema: schema59.properties.retries, data: data16 };
      if (vErrors === null) {
        vErrors = [err39];
      } else {
        vErrors.push(err39);
      }
      errors++;
    }
    if (typeof data16 == "number" && isFinite(data16)) {
      if (data16 > 10 || isNaN(data16)) {
        const err40 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema59.properties.retries, data: data16 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data16 < 0 || isNaN(data16)) {
        const err41 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.retries, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data17 = data.id;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err42 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data17 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data17 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data18 = data.score;
      if (typeof data18 === "string") {
        if (func2(data18) < 1) {
          const err44 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data18 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.prediction !== void 0) {
      let data19 = data.prediction;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err46 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data19 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data19 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data20 = data.label;
      if (typeof data20 === "string") {
        if (func2(data20) < 1) {
          const err48 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data20 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/label", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data20 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.latency !== void 0) {
      let data21 = data.latency;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err50 = { instancePath: instancePath + "/latency", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data21 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/latency", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data21 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data22 = data.error;
      if (typeof data22 === "string") {
        if (func2(data22) < 1) {
          const err52 = { instancePath: instancePath + "/error", schemaPath: "#/$defs/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36, data: data22 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/error", schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data22 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.segments !== void 0) {
      let data23 = data.segments;
      if (Array.isArray(data23)) {
        const len5 = data23.length;
        for (let i6 = 0; i6 < len5; i6++) {
          let data24 = data23[i6];
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err54 = { instancePath: instancePath + "/segments/" + i6, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/segments/" + i6, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        let i7 = data23.length;
        let j1;
        if (i7 > 1) {
          const indices1 = {};
          for (; i7--; ) {
            let item1 = data23[i7];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err56 = { instancePath: instancePath + "/segments", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i7 + " are identical)", schema: true, parentSchema: schema40, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
              break;
            }
            indices1[item1] = i7;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/segments", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data23 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    let data25 = data.min_join_rate;
    if (typeof data25 == "number" && isFinite(data25)) {
      if (data25 > 1 || isNaN(data25)) {
        const err58 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema59.properties.min_join_rate, data: data25 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      if (data25 < 0 || isNaN(data25)) {
        const err59 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.min_join_rate, data: data25 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    } else {
      const err60 = { instancePath: instancePath + "/min_join_rate", schemaPath: "#/properties/min_join_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.min_join_rate.type, parentSchema: schema59.properties.min_join_rate, data: data25 };
      if (vErrors === null) {
        vErrors = [err60];
      } else {
        vErrors.push(err60);
      }
      errors++;
    }
    let data26 = data.max_error_rate;
    if (typeof data26 == "number" && isFinite(data26)) {
      if (data26 > 1 || isNaN(data26)) {
        const err61 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema59.properties.max_error_rate, data: data26 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      if (data26 < 0 || isNaN(data26)) {
        const err62 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema59.properties.max_error_rate, data: data26 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    } else {
      const err63 = { instancePath: instancePath + "/max_error_rate", schemaPath: "#/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.max_error_rate.type, parentSchema: schema59.properties.max_error_rate, data: data26 };
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    }
    let data27 = data.correction;
    if (!(data27 === "holm" || data27 === "bh")) {
      const err64 = { instancePath: instancePath + "/correction", schemaPath: "#/properties/correction/enum", keyword: "enum", params: { allowedValues: schema59.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.correction.enum, parentSchema: schema59.properties.correction, data: data27 };
      if (vErrors === null) {
        vErrors = [err64];
      } else {
        vErrors.push(err64);
      }
      errors++;
    }
    let data28 = data.psi_bins;
    if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
      const err65 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.psi_bins.type, parentSchema: schema59.properties.psi_bins, data: data28 };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (typeof data28 == "number" && isFinite(data28)) {
      if (data28 > 100 || isNaN(data28)) {
        const err66 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema59.properties.psi_bins, data: data28 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      if (data28 < 2 || isNaN(data28)) {
        const err67 = { instancePath: instancePath + "/psi_bins", schemaPath: "#/properties/psi_bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema59.properties.psi_bins, data: data28 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    let data29 = data.level;
    if (typeof data29 == "number" && isFinite(data29)) {
      if (data29 >= 1 || isNaN(data29)) {
        const err68 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema59.properties.level, data: data29 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      if (data29 <= 0 || isNaN(data29)) {
        const err69 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema59.properties.level, data: data29 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    } else {
      const err70 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema59.properties.level.type, parentSchema: schema59.properties.level, data: data29 };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    let data30 = data.inconclusive;
    if (!(data30 === "fail" || data30 === "warn" || data30 === "pass")) {
      const err71 = { instancePath: instancePath + "/inconclusive", schemaPath: "#/properties/inconclusive/enum", keyword: "enum", params: { allowedValues: schema59.properties.inconclusive.enum }, message: "must be equal to one of the allowed values", schema: schema59.properties.inconclusive.enum, parentSchema: schema59.properties.inconclusive, data: data30 };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    let data31 = data.redact;
    if (Array.isArray(data31)) {
      const len6 = data31.length;
      for (let i8 = 0; i8 < len6; i8++) {
        let data32 = data31[i8];
        if (typeof data32 === "string") {
          if (func2(data32) < 1) {
            const err72 = { instancePath: instancePath + "/redact/" + i8, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data32 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        } else {
          const err73 = { instancePath: instancePath + "/redact/" + i8, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data32 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      }
      let i9 = data31.length;
      let j2;
      if (i9 > 1) {
        const indices2 = {};
        for (; i9--; ) {
          let item2 = data31[i9];
          if (typeof item2 !== "string") {
            continue;
          }
          if (typeof indices2[item2] == "number") {
            j2 = indices2[item2];
            const err74 = { instancePath: instancePath + "/redact", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)", schema: true, parentSchema: schema40, data: data31 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
            break;
          }
          indices2[item2] = i9;
        }
      }
    } else {
      const err75 = { instancePath: instancePath + "/redact", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data31 };
      if (vErrors === null) {
        vErrors = [err75];
      } else {
        vErrors.push(err75);
      }
      errors++;
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
  } else {
    const err76 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err76];
    } else {
      vErrors.push(err76);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema73 = { "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "How traffic is shifted: a command run without a shell, `{weight}` replaced by the step's percentage as one whole argument.", "type": "object", "required": ["command"], "additionalProperties": false, "properties": { "command": { "type": "string", "minLength": 1, "description": "The command that sets the new model's share of traffic.", "examples": ["kubectl argo rollouts set weight my-model {weight}"] } } }, "steps": { "description": "The traffic steps, in order; the gate judges the rules after each step's bake time and stops at the first failure.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/canary_step" }, "examples": [[{ "weight": 10, "bake": "10m" }, { "weight": 50, "bake": "30m" }]] }, "metrics": { "description": "Where the live metrics come from: a Prometheus server's instant queries, or a command that prints one JSON object of numbers.", "type": "object", "required": ["source"], "additionalProperties": false, "properties": { "source": { "enum": ["prometheus", "command"], "description": "`prometheus`: each query is PromQL run against `url`. `command`: `command` is run and prints `{name: number}`." }, "url": { "type": "string", "pattern": "^https?://", "description": "`prometheus`: the server's base URL.", "examples": ["http://prometheus.monitoring:9090"] }, "command": { "type": "string", "minLength": 1, "description": "`command`: the command run without a shell; `{step}` and `{weight}` are replaced.", "examples": ["python3 metrics.py --weight {weight}"] }, "queries": { "description": "The metrics by name, which the rules name: `prometheus`, a PromQL query each; `command`, the key in its output (value ignored when empty).", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, "additionalProperties": { "type": "string" }, "examples": [{ "error_rate": 'sum(rate(http_requests_total{code=~"5..",version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))' }] } } }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on the names of `metrics.queries`.", "default": [], "examples": [[{ "metric": "error_rate", "max": 0.01 }]] } } };
var schema74 = { "type": "object", "required": ["weight"], "additionalProperties": false, "description": "One traffic step.", "properties": { "weight": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "description": "The new model's share of traffic, in percent.", "examples": [10] }, "bake": { "$ref": "#/$defs/duration", "description": "How long the step runs before its metrics are judged. When absent: `5m`.", "examples": ["10m"] }, "max_duration": { "$ref": "#/$defs/duration", "description": "Longest time the step may take, shifting and judging included; past it the gate errors.", "examples": ["1h"] } } };
var schema75 = { "description": "A duration: a whole number of seconds (`s`), minutes (`m`) or hours (`h`).", "type": "string", "pattern": "^[1-9][0-9]{0,5}(s|m|h)$", "examples": ["30s", "10m", "1h"] };
var pattern9 = new RegExp("^[1-9][0-9]{0,5}(s|m|h)$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema74.required, parentSchema: schema74, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weight" || key0 === "bake" || key0 === "max_duration")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data0 = data.weight;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema74.properties.weight, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema74.properties.weight, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema74.properties.weight.type, parentSchema: schema74.properties.weight, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.bake !== void 0) {
      let data1 = data.bake;
      if (typeof data1 === "string") {
        if (!pattern9.test(data1)) {
          const err5 = { instancePath: instancePath + "/bake", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m|h)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m|h)$"', schema: "^[1-9][0-9]{0,5}(s|m|h)$", parentSchema: schema75, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/bake", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max_duration !== void 0) {
      let data2 = data.max_duration;
      if (typeof data2 === "string") {
        if (!pattern9.test(data2)) {
          const err7 = { instancePath: instancePath + "/max_duration", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}(s|m|h)$" }, message: 'must match pattern "^[1-9][0-9]{0,5}(s|m|h)$"', schema: "^[1-9][0-9]{0,5}(s|m|h)$", parentSchema: schema75, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/max_duration", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern11 = new RegExp("^https?://", "u");
var pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,63}$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!(key0 === "provider" || key0 === "steps" || key0 === "metrics" || key0 === "gates")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.command === void 0) {
          const err1 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema73.properties.provider.required, parentSchema: schema73.properties.provider, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "command")) {
            const err2 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73.properties.provider, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data1 = data0.command;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err3 = { instancePath: instancePath + "/provider/command", schemaPath: "#/properties/provider/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73.properties.provider.properties.command, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/provider/command", schemaPath: "#/properties/provider/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.provider.properties.command.type, parentSchema: schema73.properties.provider.properties.command, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.properties.provider.type, parentSchema: schema73.properties.provider, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.steps !== void 0) {
      let data2 = data.steps;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema73.properties.steps, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate41(data2[i0], { instancePath: instancePath + "/steps/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.properties.steps.type, parentSchema: schema73.properties.steps, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data4 = data.metrics;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.source === void 0) {
          const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema73.properties.metrics.required, parentSchema: schema73.properties.metrics, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "source" || key2 === "url" || key2 === "command" || key2 === "queries")) {
            const err9 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73.properties.metrics, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.source !== void 0) {
          let data5 = data4.source;
          if (!(data5 === "prometheus" || data5 === "command")) {
            const err10 = { instancePath: instancePath + "/metrics/source", schemaPath: "#/properties/metrics/properties/source/enum", keyword: "enum", params: { allowedValues: schema73.properties.metrics.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.metrics.properties.source.enum, parentSchema: schema73.properties.metrics.properties.source, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.url !== void 0) {
          let data6 = data4.url;
          if (typeof data6 === "string") {
            if (!pattern11.test(data6)) {
              const err11 = { instancePath: instancePath + "/metrics/url", schemaPath: "#/properties/metrics/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema73.properties.metrics.properties.url, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metrics/url", schemaPath: "#/properties/metrics/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.metrics.properties.url.type, parentSchema: schema73.properties.metrics.properties.url, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.command !== void 0) {
          let data7 = data4.command;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err13 = { instancePath: instancePath + "/metrics/command", schemaPath: "#/properties/metrics/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73.properties.metrics.properties.command, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metrics/command", schemaPath: "#/properties/metrics/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.metrics.properties.command.type, parentSchema: schema73.properties.metrics.properties.command, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.queries !== void 0) {
          let data8 = data4.queries;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (Object.keys(data8).length < 1) {
              const err15 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema73.properties.metrics.properties.queries, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key3 in data8) {
              const _errs20 = errors;
              if (typeof key3 === "string") {
                if (!pattern12.test(key3)) {
                  const err16 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,63}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,63}$"', schema: "^[A-Za-z_][A-Za-z0-9_]{0,63}$", parentSchema: schema73.properties.metrics.properties.queries.propertyNames, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var valid5 = _errs20 === errors;
              if (!valid5) {
                const err17 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema73.properties.metrics.properties.queries.propertyNames, parentSchema: schema73.properties.metrics.properties.queries, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key4 in data8) {
              let data9 = data8[key4];
              if (typeof data9 !== "string") {
                const err18 = { instancePath: instancePath + "/metrics/queries/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/properties/queries/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.metrics.properties.queries.additionalProperties.type, parentSchema: schema73.properties.metrics.properties.queries.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/metrics/queries", schemaPath: "#/properties/metrics/properties/queries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.properties.metrics.properties.queries.type, parentSchema: schema73.properties.metrics.properties.queries, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.properties.metrics.type, parentSchema: schema73.properties.metrics, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema77 = { "type": "object", "additionalProperties": false, "properties": { "reference": { "$ref": "#/$defs/paths", "description": "File(s) with the reference data (such as the training data). The `--reference` flag overrides it.", "examples": ["data/train.parquet"] }, "current": { "$ref": "#/$defs/paths", "description": "File(s) with the current data (such as last week's requests). The `--current` flag overrides it.", "examples": ["logs/requests-*.jsonl.gz"] }, "features": { "$ref": "#/$defs/columns", "description": "The columns compared. When absent: every column both datasets have.", "examples": [["income", "age", "region"]] }, "tests": { "description": "The test of a feature, by name: `ks` (two-sample Kolmogorov-Smirnov), `psi` (population stability index), `wasserstein`, `chi_square` (test of independence on the categories) or `js` (Jensen-Shannon distance). A feature not listed: `ks` when its values are numbers, else `chi_square`.", "type": "object", "additionalProperties": { "enum": ["ks", "psi", "wasserstein", "chi_square", "js"] }, "default": {}, "examples": [{ "income": "psi", "region": "chi_square" }] }, "bins": { "description": "Number of bins of a numeric feature for `psi` and `js`, by the reference's quantiles.", "type": "integer", "minimum": 2, "maximum": 1e3, "default": 10 }, "max_drifted_share": { "description": "Most share of the features that may drift (their test rejects at the 0.05 level, or exceeds its rule's bound) before the gate fails.", "type": "number", "minimum": 0, "maximum": 1, "examples": [0.25] }, "gates": { "$ref": "#/$defs/gates", "description": "The rules, on `drifted_share` and on the test statistics (see `rule.metric`).", "default": [], "examples": [[{ "metric": "psi", "max": 0.2 }]] }, "trigger": { "description": "A pipeline to start when the gate fails, such as a retraining: a GitHub `workflow_dispatch` (`workflow`) or `repository_dispatch` (`event_type`), or a GitLab pipeline on `ref`.", "type": "object", "additionalProperties": false, "properties": { "workflow": { "type": "string", "minLength": 1, "description": "GitHub: the workflow file to dispatch.", "examples": ["retrain.yml"] }, "event_type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "GitHub: the `repository_dispatch` event type to send.", "examples": ["model-drift"] }, "ref": { "type": "string", "minLength": 1, "description": "The branch or tag the pipeline runs on. When absent: the default branch.", "examples": ["main"] }, "on": { "enum": ["fail", "warn"], "default": "fail", "description": "Trigger on a failed gate only (`fail`), or on a warning too (`warn`)." } } } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tests === void 0) {
      data.tests = {};
    }
    if (data.bins === void 0) {
      data.bins = 10;
    }
    if (data.gates === void 0) {
      data.gates = [];
    }
    for (const key0 in data) {
      if (!(key0 === "reference" || key0 === "current" || key0 === "features" || key0 === "tests" || key0 === "bins" || key0 === "max_drifted_share" || key0 === "gates" || key0 === "trigger")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data0 = data.reference;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err1 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/reference/" + i0, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/reference/" + i0, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.current !== void 0) {
      let data2 = data.current;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err6 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/type", keyword: "type", params: { type: schema33.type }, message: "must be string,array", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/current/" + i1, schemaPath: "#/$defs/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/current/" + i1, schemaPath: "#/$defs/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.items.type, parentSchema: schema33.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.features !== void 0) {
      let data4 = data.features;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err11 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.items.type, parentSchema: schema40.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j0;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data4[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/features", schemaPath: "#/$defs/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    let data6 = data.tests;
    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
      for (const key1 in data6) {
        let data7 = data6[key1];
        if (!(data7 === "ks" || data7 === "psi" || data7 === "wasserstein" || data7 === "chi_square" || data7 === "js")) {
          const err15 = { instancePath: instancePath + "/tests/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tests/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema77.properties.tests.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema77.properties.tests.additionalProperties.enum, parentSchema: schema77.properties.tests.additionalProperties, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    } else {
      const err16 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.properties.tests.type, parentSchema: schema77.properties.tests, data: data6 };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    let data8 = data.bins;
    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
      const err17 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema77.properties.bins.type, parentSchema: schema77.properties.bins, data: data8 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (typeof data8 == "number" && isFinite(data8)) {
      if (data8 > 1e3 || isNaN(data8)) {
        const err18 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema77.properties.bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data8 < 2 || isNaN(data8)) {
        const err19 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema77.properties.bins, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.max_drifted_share !== void 0) {
      let data9 = data.max_drifted_share;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1 || isNaN(data9)) {
          const err20 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema77.properties.max_drifted_share, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err21 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema77.properties.max_drifted_share, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/max_drifted_share", schemaPath: "#/properties/max_drifted_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema77.properties.max_drifted_share.type, parentSchema: schema77.properties.max_drifted_share, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (!validate24(data.gates, { instancePath: instancePath + "/gates", parentData: data, parentDataProperty: "gates", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (data.trigger !== void 0) {
      let data11 = data.trigger;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.on === void 0) {
          data11.on = "fail";
        }
        for (const key2 in data11) {
          if (!(key2 === "workflow" || key2 === "event_type" || key2 === "ref" || key2 === "on")) {
            const err23 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77.properties.trigger, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.workflow !== void 0) {
          let data12 = data11.workflow;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err24 = { instancePath: instancePath + "/trigger/workflow", schemaPath: "#/properties/trigger/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema77.properties.trigger.properties.workflow, data: data12 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/trigger/workflow", schemaPath: "#/properties/trigger/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.trigger.properties.workflow.type, parentSchema: schema77.properties.trigger.properties.workflow, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.event_type !== void 0) {
          let data13 = data11.event_type;
          if (typeof data13 === "string") {
            if (func2(data13) > 100) {
              const err26 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema77.properties.trigger.properties.event_type, data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err27 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema77.properties.trigger.properties.event_type, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/trigger/event_type", schemaPath: "#/properties/trigger/properties/event_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.trigger.properties.event_type.type, parentSchema: schema77.properties.trigger.properties.event_type, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data11.ref !== void 0) {
          let data14 = data11.ref;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err29 = { instancePath: instancePath + "/trigger/ref", schemaPath: "#/properties/trigger/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema77.properties.trigger.properties.ref, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/trigger/ref", schemaPath: "#/properties/trigger/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.properties.trigger.properties.ref.type, parentSchema: schema77.properties.trigger.properties.ref, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let data15 = data11.on;
        if (!(data15 === "fail" || data15 === "warn")) {
          const err31 = { instancePath: instancePath + "/trigger/on", schemaPath: "#/properties/trigger/properties/on/enum", keyword: "enum", params: { allowedValues: schema77.properties.trigger.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema77.properties.trigger.properties.on.enum, parentSchema: schema77.properties.trigger.properties.on, data: data15 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/trigger", schemaPath: "#/properties/trigger/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.properties.trigger.type, parentSchema: schema77.properties.trigger, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.evaluate === void 0) {
      data.evaluate = {};
    }
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "data" || key0 === "evaluate" || key0 === "train" || key0 === "shadow_compare" || key0 === "canary" || key0 === "drift")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate21(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (!validate23(data.evaluate, { instancePath: instancePath + "/evaluate", parentData: data, parentDataProperty: "evaluate", rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    if (data.train !== void 0) {
      if (!validate29(data.train, { instancePath: instancePath + "/train", parentData: data, parentDataProperty: "train", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.shadow_compare !== void 0) {
      if (!validate37(data.shadow_compare, { instancePath: instancePath + "/shadow_compare", parentData: data, parentDataProperty: "shadow_compare", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.canary !== void 0) {
      if (!validate40(data.canary, { instancePath: instancePath + "/canary", parentData: data, parentDataProperty: "canary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.drift !== void 0) {
      if (!validate45(data.drift, { instancePath: instancePath + "/drift", parentData: data, parentDataProperty: "drift", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var fingerprint = "8d3a559ef001f42725ced3dd93af73949ee9b18942752347ccf31584f497ae2b";

// shared/config/load.ts
var MORE_ISSUES = 5;
var validator;
async function validate2() {
  if (validator) return validator;
  const current = createHash("sha256").update(JSON.stringify(modelgate_schema_default)).update("\0").update(JSON.stringify(ajv_options_default)).digest("hex");
  if (current === fingerprint) return validator = validate;
  const { Ajv2020 } = await import("./2020-PZC5A525.js");
  return validator = new Ajv2020(ajv_options_default).compile(modelgate_schema_default);
}
async function loadConfig(file, overrides = {}, gate = "evaluate") {
  const bytes = await readConfigFile(file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ConfigError(`config file ${file} is not valid UTF-8 text`, { file }, { cause });
  }
  const isJson = /\.json$/i.test(file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: isJson ? "json" : "core", prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const position = error.linePos?.[0];
    const reason = error.message.split(/ at line \d+, column \d+/)[0];
    throw new ConfigError(
      `${isJson ? "JSON" : "YAML"} syntax error: ${reason}`,
      { file, line: position?.line, column: position?.col },
      { cause: error }
    );
  }
  rejectNonDecimalNumbers(doc, file, lineCounter);
  let raw;
  try {
    raw = doc.toJS();
  } catch (cause) {
    throw new ConfigError(`cannot read ${file}: ${cause.message}`, { file }, { cause });
  }
  const positions = documentPositions(doc, lineCounter);
  const overridden = applyOverrides(raw, overrides);
  if (isRecord(raw)) {
    for (const section of DEFAULTED_SECTIONS[gate]) if (raw[section] === void 0) raw[section] = {};
  }
  const check = await validate2();
  if (!check(raw)) throw configError(schemaIssues(check.errors ?? [], raw), file, positions, overridden);
  const config = raw;
  completeBeforeChecks(config, gate);
  const issues = semanticIssues(config, gate);
  if (issues.length > 0) throw configError(issues, file, positions, overridden);
  completeConfig(config, gate);
  const sourceMap = positions.values;
  for (const pointer of [...sourceMap.keys()]) {
    if (overridden.some((o) => pointer === o || pointer.startsWith(`${o}/`))) sourceMap.delete(pointer);
  }
  return { config, file, sha256, sourceMap };
}
function rejectNonDecimalNumbers(doc, file, lineCounter) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "number" || node.format !== "HEX" && node.format !== "OCT") return;
      const position = node.range ? lineCounter.linePos(node.range[0]) : void 0;
      const written = String(node.source ?? node.value).slice(0, 40);
      throw new ConfigError(
        `${written} is ${node.format === "HEX" ? "a hexadecimal" : "an octal"} number; write numbers in decimal`,
        { file, line: position?.line, column: position?.col },
        { hint: `write ${node.value}, or quote the value if it is text` }
      );
    }
  });
}
async function readConfigFile(file) {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = cause.code;
    if (code === "ENOENT")
      throw new ConfigError(
        `config file not found: ${file}`,
        { file },
        { hint: "create .modelgate.yml (see the README) or pass the path of your config", cause }
      );
    if (code === "EISDIR") throw new ConfigError(`config path is a directory, not a file: ${file}`, { file }, { cause });
    throw new ConfigError(`cannot read config file ${file}: ${cause.message}`, { file }, { cause });
  }
}
function applyOverrides(raw, overrides) {
  const pointers = [];
  if (!isRecord(raw)) return pointers;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
    const segments = key.includes(".") ? key.split(".") : ["data", key];
    if (segments.some((s) => s === "" || s === "__proto__" || s === "constructor" || s === "prototype")) {
      throw new ConfigError(
        `invalid override key \`${key}\``,
        {},
        { hint: "use a config key such as `threshold` or a dotted path such as `evaluate.min_group_size`" }
      );
    }
    let target = raw;
    let settable = true;
    for (const segment of segments.slice(0, -1)) {
      if (target[segment] === void 0 || target[segment] === null) target[segment] = {};
      const next = target[segment];
      if (!isRecord(next)) {
        settable = false;
        break;
      }
      target = next;
    }
    if (!settable) continue;
    target[segments[segments.length - 1]] = value;
    pointers.push(`/${segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`);
  }
  return pointers;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function configError(issues, file, positions, overridden) {
  const located = issues.map((issue) => {
    const fromOverride = overridden.some((o) => issue.path === o || issue.path.startsWith(`${o}/`));
    const location = { file, path: issue.path };
    if (!fromOverride) Object.assign(location, locate(issue, positions));
    return { ...issue, location, message: fromOverride ? `${issue.message} (set by an override)` : issue.message };
  });
  located.sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || Number(a.location.column ?? 0) - Number(b.location.column ?? 0)
  );
  const [first, ...rest] = located;
  const lines = rest.slice(0, MORE_ISSUES).map((issue) => {
    const where = issue.location.line === void 0 ? "" : ` at line ${issue.location.line}, column ${issue.location.column}`;
    return `  also${where}: ${issue.message}`;
  });
  if (rest.length > MORE_ISSUES) lines.push(`  ... and ${rest.length - MORE_ISSUES} more`);
  const message = [first.message, ...lines].join("\n");
  return new ConfigError(message, first.location, { hint: first.hint });
}
function locate(issue, positions) {
  let pointer = issue.at === "parent" ? parentPointer(issue.path) : issue.path;
  const exact = issue.at === "key" ? positions.keys.get(pointer) : void 0;
  if (exact) return exact;
  for (; ; ) {
    const position = positions.values.get(pointer);
    if (position) return position;
    if (pointer === "") return { line: 1, column: 1 };
    pointer = parentPointer(pointer);
  }
}
function locateInConfig(error, loaded) {
  if (!(error instanceof ConfigError) || error.location.file !== void 0 || error.location.path === void 0) return error;
  let pointer = error.location.path;
  while (!loaded.sourceMap.has(pointer) && pointer !== "") pointer = parentPointer(pointer);
  Object.assign(error.location, { file: loaded.file }, loaded.sourceMap.get(pointer));
  return error;
}

export {
  loadConfig,
  locateInConfig
};
