import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  errorMessage,
  oneLine
} from "./chunk-Q2X4TYZN.js";

// src/engine/fixture-cache.ts
import { createHash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { chmod, copyFile } from "node:fs/promises";
import { join as join2, relative, resolve } from "node:path";

// src/util/cache-home.ts
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
function userCacheHome(env = process.env) {
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), ".cache");
  return join(xdg, "pg-plan-gate");
}

// src/engine/fixture-cache.ts
var FIXTURE_FORMAT = 3;
var DEFAULT_CACHE_CAP_BYTES = 2 * 1024 ** 3;
function sourcesDigest(sources) {
  const sortedEntries = (map) => Object.entries(map).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return sha256(
    JSON.stringify({
      extensions: sources.extensions,
      skipExtensions: [...sources.skipExtensions].sort(),
      settings: sortedEntries(sources.settings),
      planner: sortedEntries(sources.planner),
      // Order matters: files run in this order.
      files: sources.files.map((file) => [file.path, file.phase, sha256(file.text)])
    })
  );
}
function digestOf(parts) {
  return sha256(JSON.stringify(parts));
}
function fixtureKey(engine, engineVersion, digest) {
  return sha256(JSON.stringify({ format: FIXTURE_FORMAT, engine, engineVersion, digest }));
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
var SIDE = "{side}: ";
function unlabelled(label, meta) {
  const strip = (message) => message.startsWith(`${label}: `) ? SIDE + message.slice(label.length + 2) : message;
  return { warnings: meta.warnings.map(strip), notes: meta.notes.map(strip) };
}
function labelled(label, meta) {
  const name = (message) => message.startsWith(SIDE) ? `${label}: ${message.slice(SIDE.length)}` : message;
  return { warnings: meta.warnings.map(name), notes: meta.notes.map(name) };
}
function cacheRoot(env = process.env, explicit) {
  const given = explicit || env.PG_PLAN_GATE_CACHE_DIR;
  return given ? resolve(given) : userCacheHome(env);
}
function scopedKey(key, scope) {
  return scope ? sha256(JSON.stringify({ key, scope })) : key;
}
function fixtureCache(root, warn, options = {}) {
  const { capBytes = DEFAULT_CACHE_CAP_BYTES, remote, scope } = options;
  const own = (key) => scopedKey(key, scope);
  const dir = join2(root, "fixtures");
  const entryDir = (key) => join2(dir, key);
  const uploads = [];
  const readManifest = (entry) => {
    try {
      return JSON.parse(readFileSync(join2(entry, "manifest.json"), "utf8"));
    } catch {
      return null;
    }
  };
  const temporaryEntry = (key) => `${entryDir(key)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const commit = (temporary, key, saved) => {
    const entry = entryDir(key);
    const manifest = { format: FIXTURE_FORMAT, key, ...saved };
    writeFileSync(join2(temporary, "manifest.json"), `${JSON.stringify(manifest, null, 2)}
`);
    try {
      renameSync(temporary, entry);
    } catch (error) {
      if (!["ENOTEMPTY", "EEXIST"].includes(error.code ?? "")) throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
    evict(dir, capBytes, key);
    if (remote) uploads.push(remote.push(key, entry));
  };
  const failed = (temporary, error) => {
    try {
      rmSync(temporary, { recursive: true, force: true });
    } catch {
    }
    warn(`fixture cache: could not save to ${dir} (${oneLine(errorMessage(error))}); the next run builds afresh`);
  };
  const restoreExact = async (key, target) => {
    const entry = entryDir(key);
    let manifest = readManifest(entry);
    if (!manifest && remote) {
      mkdirSync(dir, { recursive: true });
      if (await remote.fetch(key, entry)) manifest = readManifest(entry);
    }
    if (!manifest) return null;
    try {
      const { bytes, sha256: sha2562 } = await copyTreeConcurrently(join2(entry, "data"), target);
      if (manifest.format !== FIXTURE_FORMAT || manifest.key !== key || bytes !== manifest.bytes || sha2562 !== manifest.sha256) {
        throw new Error(`checksum mismatch (${bytes} bytes, expected ${manifest.bytes})`);
      }
    } catch (error) {
      emptyDirectory(target);
      if (error.code === "ENOENT") return null;
      warn(`fixture cache: entry ${key.slice(0, 12)} in ${dir} is unreadable or corrupt (${oneLine(errorMessage(error))}): removed, building afresh`);
      rmSync(entry, { recursive: true, force: true });
      return null;
    }
    const now = /* @__PURE__ */ new Date();
    try {
      utimesSync(join2(entry, "manifest.json"), now, now);
    } catch {
    }
    return { warnings: manifest.warnings, notes: manifest.notes };
  };
  const cache = {
    dir,
    async restore(key, target) {
      return scope && await restoreExact(own(key), target) || restoreExact(key, target);
    },
    async save(ownKey, source, meta, keep = () => true) {
      const key = own(ownKey);
      const temporary = temporaryEntry(key);
      try {
        mkdirSync(temporary, { recursive: true });
        const { bytes, sha256: sha2562 } = await copyTreeConcurrently(source, join2(temporary, "data"), (path) => path !== "postmaster.pid" && keep(path));
        commit(temporary, key, { bytes, sha256: sha2562, ...meta });
      } catch (error) {
        failed(temporary, error);
      }
    },
    async adopt(ownKey, source, meta, keep = () => true) {
      const key = own(ownKey);
      const temporary = temporaryEntry(key);
      const data = join2(temporary, "data");
      try {
        mkdirSync(temporary, { recursive: true });
        renameSync(source, data);
      } catch {
        rmSync(temporary, { recursive: true, force: true });
        await cache.save(ownKey, source, meta, keep);
        return;
      }
      try {
        removeUnkept(data, (path) => path !== "postmaster.pid" && keep(path));
        const { bytes, sha256: sha2562 } = await hashTree(data);
        commit(temporary, key, { bytes, sha256: sha2562, ...meta });
      } catch (error) {
        failed(temporary, error);
      }
    },
    discard(ownKey, reason) {
      const key = own(ownKey);
      rmSync(entryDir(key), { recursive: true, force: true });
      warn(`fixture cache: entry ${key.slice(0, 12)} in ${dir} ${reason}: removed, building afresh`);
    },
    warn,
    async settle() {
      await Promise.allSettled(uploads.splice(0));
    }
  };
  return cache;
}
function removeUnkept(root, keep) {
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join2(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!keep(relative(root, path))) rmSync(path, { force: true });
    }
  };
  walk(root);
}
async function copyDirectory(from, to, keep = () => true) {
  await copyTreeConcurrently(from, to, keep, false);
}
var CONCURRENT_FILES = 8;
function listTree(root, keep = () => true) {
  const items = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const path = join2(dir, entry.name);
      const rel = relative(root, path);
      if (!keep(rel)) continue;
      if (entry.isDirectory()) {
        items.push({ rel });
        walk(path);
      } else if (entry.isFile()) items.push({ rel, size: statSync(path).size });
    }
  };
  walk(root);
  return items;
}
async function copyTreeConcurrently(from, to, keep = () => true, hashing = true) {
  const items = listTree(from, keep);
  mkdirSync(to, { recursive: true });
  for (const item of items) if (item.size === void 0) mkdirSync(join2(to, item.rel), { recursive: true });
  const files = items.filter((item) => item.size !== void 0);
  let next = 0;
  const copies = Array.from({ length: CONCURRENT_FILES }, async () => {
    while (next < files.length) {
      const item = files[next++];
      await copyFile(join2(from, item.rel), join2(to, item.rel));
      await chmod(join2(to, item.rel), 384);
    }
  });
  const hashed = hashing ? hashTree(from, items) : Promise.resolve({ bytes: 0, sha256: "" });
  const outcomes = await Promise.allSettled([...copies, hashed]);
  const failed = outcomes.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return hashed;
}
async function hashTree(root, items = listTree(root)) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let bytes = 0;
  for (const { rel, size } of items) {
    if (size === void 0) {
      hash.update(`d ${rel}
`);
      continue;
    }
    hash.update(`f ${rel} ${size}
`);
    const fd = openSync(join2(root, rel), "r");
    try {
      let read = 0;
      for (let n; read < size && (n = readSync(fd, buffer, 0, Math.min(buffer.length, size - read), null)) > 0; read += n) hash.update(buffer.subarray(0, n));
      if (read !== size) throw new Error(`${rel} changed while it was read`);
    } finally {
      closeSync(fd);
    }
    bytes += size;
    await new Promise((resolve2) => setImmediate(resolve2));
  }
  return { bytes, sha256: hash.digest("hex") };
}
function emptyDirectory(path) {
  for (const name of readdirSync(path)) rmSync(join2(path, name), { recursive: true, force: true });
}
function evict(dir, capBytes, keep) {
  const names = readdirSync(dir);
  for (const name of names) {
    const writer = /^[0-9a-f]{64}\.tmp-(\d+)-/.exec(name)?.[1];
    if (writer && !processAlive(Number(writer))) rmSync(join2(dir, name), { recursive: true, force: true });
  }
  const entries = names.filter((name) => /^[0-9a-f]{64}$/.test(name)).flatMap((name) => {
    try {
      const manifestPath = join2(dir, name, "manifest.json");
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
      return [{ name, bytes: manifest.bytes, used: statSync(manifestPath).mtimeMs }];
    } catch {
      return [];
    }
  }).sort((a, b) => a.used - b.used);
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  for (const entry of entries) {
    if (total <= capBytes) break;
    if (entry.name === keep) continue;
    rmSync(join2(dir, entry.name), { recursive: true, force: true });
    total -= entry.bytes;
  }
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

export {
  userCacheHome,
  FIXTURE_FORMAT,
  DEFAULT_CACHE_CAP_BYTES,
  sourcesDigest,
  digestOf,
  fixtureKey,
  unlabelled,
  labelled,
  cacheRoot,
  scopedKey,
  fixtureCache,
  copyDirectory
};
