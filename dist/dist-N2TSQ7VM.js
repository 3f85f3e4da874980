import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import "./chunk-GT2QDNZW.js";

// node_modules/@electric-sql/pglite-socket/dist/chunk-4D4OME7M.js
import { createServer as v } from "net";
var C = 6e4;
var p = 80877103;
var c = 8;
var b = 80877102;
var u = 16;
var d = class {
  constructor(i, e = false) {
    this.queue = [];
    this.processing = false;
    this.lastHandlerId = null;
    this.db = i, this.debug = e;
  }
  log(i, ...e) {
    this.debug && console.log(`[QueryQueueManager] ${i}`, ...e);
  }
  async enqueue(i, e, s) {
    return new Promise((t, r) => {
      let n = { handlerId: i, message: e, resolve: t, reject: r, timestamp: Date.now(), onData: s };
      this.queue.push(n), this.log(`enqueued query from handler #${i}, queue size: ${this.queue.length}`), this.processing || this.processQueue();
    });
  }
  async processQueue() {
    if (!(this.processing || this.queue.length === 0)) {
      for (this.processing = true; this.queue.length > 0; ) {
        let i;
        if (this.db.isInTransaction() && this.lastHandlerId) {
          let t = this.queue.findIndex((r) => r.handlerId === this.lastHandlerId);
          t === -1 ? (this.log("transaction started, but no query from the same handler id found in queue", this.lastHandlerId), i = null) : i = this.queue.splice(t, 1)[0];
        } else i = this.queue.shift();
        if (!i) break;
        let e = Date.now() - i.timestamp;
        this.log(`processing query from handler #${i.handlerId} (waited ${e}ms)`);
        let s = 0;
        try {
          await this.db.runExclusive(async () => await this.db.execProtocolRawStream(i.message, { onRawData: (t) => {
            s += t.length, i.onData(t);
          } }));
        } catch (t) {
          this.log(`query from handler #${i.handlerId} failed:`, t), i.reject(t);
          return;
        }
        this.log(`query from handler #${i.handlerId} completed, ${s} bytes`), this.lastHandlerId = i.handlerId, i.resolve(s);
      }
      this.processing = false, this.log("queue processing complete, queue length is", this.queue.length);
    }
  }
  getQueueLength() {
    return this.queue.length;
  }
  clearQueueForHandler(i) {
    let e = this.queue.length;
    this.queue = this.queue.filter((t) => t.handlerId === i ? (t.reject(new Error("Handler disconnected")), false) : true);
    let s = e - this.queue.length;
    s > 0 && this.log(`cleared ${s} queries for handler #${i}`);
  }
  async clearTransactionIfNeeded(i) {
    this.db.isInTransaction() && this.lastHandlerId === i && (await this.db.exec("ROLLBACK"), this.lastHandlerId = null, await this.processQueue());
  }
};
var l = class l2 extends EventTarget {
  constructor(e) {
    super();
    this.socket = null;
    this.active = false;
    this.messageBuffer = Buffer.alloc(0);
    this.lastActivityTime = Date.now();
    this.queryQueue = e.queryQueue, this.closeOnDetach = e.closeOnDetach ?? false, this.inspect = e.inspect ?? false, this.debug = e.debug ?? false, this.idleTimeout = e.idleTimeout ?? 0, this.id = l2.nextHandlerId++, this.log("constructor: created new handler");
  }
  get handlerId() {
    return this.id;
  }
  log(e, ...s) {
    this.debug && console.log(`[PGLiteSocketHandler#${this.id}] ${e}`, ...s);
  }
  async attach(e) {
    if (this.log(`attach: attaching socket from ${e.remoteAddress}:${e.remotePort}`), this.socket) throw new Error("Socket already attached");
    return this.socket = e, this.active = true, this.lastActivityTime = Date.now(), e.setNoDelay(true), this.idleTimeout > 0 && this.resetIdleTimer(), this.log("attach: setting up socket event handlers"), e.on("data", (s) => {
      this.lastActivityTime = Date.now(), this.resetIdleTimer(), setImmediate(async () => {
        try {
          await this.handleData(s);
        } catch (t) {
          this.log("socket on data error: ", t), this.handleError(t);
        }
      });
    }), e.on("error", (s) => {
      setImmediate(() => this.handleError(s));
    }), e.on("close", () => {
      setImmediate(() => this.handleClose());
    }), this.log("attach: socket handler ready"), this;
  }
  resetIdleTimer() {
    this.idleTimeout <= 0 || (this.idleTimer && clearTimeout(this.idleTimer), this.idleTimer = setTimeout(() => {
      let e = Date.now() - this.lastActivityTime;
      this.log(`idle timeout after ${e}ms`), this.handleError(new Error("Idle timeout"));
    }, this.idleTimeout));
  }
  async detach(e) {
    if (this.log(`detach: detaching socket, close=${e ?? this.closeOnDetach}`), this.idleTimer && (clearTimeout(this.idleTimer), this.idleTimer = void 0), !this.socket) return this.log("detach: no socket attached, nothing to do"), this;
    if (this.queryQueue.clearQueueForHandler(this.id), await this.queryQueue.clearTransactionIfNeeded(this.id), !this.socket) return this;
    if (this.socket.removeAllListeners("data"), this.socket.removeAllListeners("error"), this.socket.removeAllListeners("close"), (e ?? this.closeOnDetach) && this.socket.writable) {
      this.log("detach: closing socket");
      try {
        this.socket.end(), this.socket.destroy();
      } catch (s) {
        this.log("detach: error closing socket:", s);
      }
    }
    return this.socket = null, this.active = false, this.messageBuffer = Buffer.alloc(0), this.log("detach: handler cleaned up"), this;
  }
  get isAttached() {
    return this.socket !== null;
  }
  handleSslRequest() {
    if (this.messageBuffer.length < c) return false;
    let e = this.messageBuffer.readInt32BE(0), s = this.messageBuffer.readInt32BE(4);
    return e === c && s === p ? (this.socket?.writable && this.socket.write(Buffer.from("N")), this.messageBuffer = this.messageBuffer.slice(c), true) : false;
  }
  handleCancelRequest() {
    if (this.messageBuffer.length < u) return false;
    let e = this.messageBuffer.readInt32BE(0), s = this.messageBuffer.readInt32BE(4);
    return e === u && s === b ? (this.messageBuffer = this.messageBuffer.slice(u), this.log("handleData: CancelRequest received, ignoring (not supported)"), true) : false;
  }
  async handleData(e) {
    if (!this.socket || !this.active) return this.log("handleData: no active socket, ignoring data"), 0;
    this.log(`handleData: received ${e.length} bytes`), this.messageBuffer = Buffer.concat([this.messageBuffer, e]), this.inspectData("incoming", e);
    try {
      let s = 0;
      for (; this.messageBuffer.length > 0; ) {
        if (this.handleSslRequest() || this.handleCancelRequest()) continue;
        let t = 0, r = false;
        if (this.messageBuffer.length >= 4) {
          let o = this.messageBuffer.readInt32BE(0);
          if (this.messageBuffer.length >= 8) {
            let a = this.messageBuffer.readInt32BE(4);
            (a === 196608 || a === 196608) && (t = o, r = this.messageBuffer.length >= t);
          }
          !r && this.messageBuffer.length >= 5 && (t = 1 + this.messageBuffer.readInt32BE(1), r = this.messageBuffer.length >= t);
        }
        if (!r || t === 0) {
          this.log(`handleData: incomplete message, buffering ${this.messageBuffer.length} bytes`);
          break;
        }
        let n = this.messageBuffer.slice(0, t);
        if (this.messageBuffer = this.messageBuffer.slice(t), this.log(`handleData: processing message of ${n.length} bytes`), !this.active || !this.socket) {
          this.log("handleData: socket no longer active, stopping processing");
          break;
        }
        let h;
        if (await this.queryQueue.enqueue(this.id, new Uint8Array(n), (o) => {
          this.log(`handleData: received ${o.length} bytes from PGlite`), this.inspectData("outgoing", o), o.length > 0 && this.socket && this.socket.writable && this.active && (this.log("handleData: writing response to socket"), this.socket?.writable ? this.socket.write(Buffer.from(o), (a) => {
            a ? (this.log("handleData: error writing to socket:", a), h = a) : this.log(`handleData: socket sent: ${o.length} bytes`);
          }) : this.log("handleData: socket no longer writable")), s += o.length;
        }), h) throw h;
      }
      return this.dispatchEvent(new CustomEvent("data", { detail: { incoming: e.length, outgoing: s } })), s;
    } catch (s) {
      throw this.log("handleData: error processing data:", s), s;
    }
  }
  handleError(e) {
    if (!this.active) {
      this.log("handleError: handler not active, ignoring error");
      return;
    }
    e.message?.includes("ECONNRESET") ? this.log("handleError: client disconnected (ECONNRESET) - normal behavior") : e.message?.includes("Idle timeout") ? this.log("handleError: connection idle timeout") : this.log("handleError:", e), this.active = false, this.dispatchEvent(new CustomEvent("error", { detail: e })), this.detach(true);
  }
  handleClose() {
    this.log("handleClose: socket closed"), this.active = false, this.dispatchEvent(new CustomEvent("close")), this.detach(false);
  }
  inspectData(e, s) {
    if (this.inspect) {
      console.log("-".repeat(75)), console.log(e === "incoming" ? "-> incoming" : "<- outgoing", s.length, "bytes");
      for (let t = 0; t < s.length; t += 16) {
        let r = Math.min(16, s.length - t), n = "";
        for (let o = 0; o < 16; o++) if (o < r) {
          let a = s[t + o];
          n += a.toString(16).padStart(2, "0") + " ";
        } else n += "   ";
        let h = "";
        for (let o = 0; o < r; o++) {
          let a = s[t + o];
          h += a >= 32 && a <= 126 ? String.fromCharCode(a) : ".";
        }
        console.log(`${t.toString(16).padStart(8, "0")}  ${n} ${h}`);
      }
    }
  }
};
l.nextHandlerId = 1;
var g = l;
var f = class extends EventTarget {
  constructor(e) {
    super();
    this.server = null;
    this.active = false;
    this.handlers = /* @__PURE__ */ new Set();
    this.db = e.db, e.path ? this.path = e.path : (typeof e.port == "number" ? this.port = e.port ?? e.port : this.port = 5432, this.host = e.host || "127.0.0.1"), this.inspect = e.inspect ?? false, this.debug = e.debug ?? false, this.idleTimeout = e.idleTimeout ?? 0, this.maxConnections = e.maxConnections ?? 1, this.queryQueue = new d(this.db, this.debug), this.log(`constructor: created server on ${this.getServerConn()}`), this.log(`constructor: max connections: ${this.maxConnections}`), this.idleTimeout > 0 && this.log(`constructor: idle timeout: ${this.idleTimeout}ms`);
  }
  log(e, ...s) {
    this.debug && console.log(`[PGLiteSocketServer] ${e}`, ...s);
  }
  async start() {
    if (this.log(`start: starting server on ${this.getServerConn()}`), this.server) throw new Error("Socket server already started");
    return await this.db.waitReady, this.active = true, this.server = v((e) => {
      setImmediate(() => this.handleConnection(e));
    }), this.server.maxConnections = this.maxConnections, new Promise((e, s) => {
      if (!this.server) return s(new Error("Server not initialized"));
      let t = false;
      if (this.server.on("error", (r) => {
        this.log("start: server error:", r), this.dispatchEvent(new CustomEvent("error", { detail: r })), t || s(r);
      }), this.path) this.server.listen(this.path, () => {
        t = true, this.log(`start: server listening on ${this.getServerConn()}`), this.dispatchEvent(new CustomEvent("listening", { detail: { path: this.path } })), e();
      });
      else {
        let r = this.server;
        r.listen(this.port, this.host, () => {
          t = true;
          let n = r.address();
          if (n === null || typeof n != "object") throw Error("Expected address info");
          this.port = n.port, this.log(`start: server listening on ${this.getServerConn()}`), this.dispatchEvent(new CustomEvent("listening", { detail: { port: this.port, host: this.host } })), e();
        });
      }
    });
  }
  getServerConn() {
    return this.path ? this.path : `${this.host}:${this.port}`;
  }
  async stop() {
    this.log("stop: stopping server"), this.active = false, this.log(`stop: detaching ${this.handlers.size} handlers`);
    for (let e of this.handlers) e.detach(true);
    return this.handlers.clear(), this.server ? new Promise((e) => {
      if (!this.server) return e();
      this.server.close(() => {
        this.log("stop: server closed"), this.server = null, this.dispatchEvent(new CustomEvent("close")), e();
      });
    }) : (this.log("stop: server not running, nothing to do"), Promise.resolve());
  }
  async handleConnection(e) {
    let s = { clientAddress: e.remoteAddress || "unknown", clientPort: e.remotePort || 0 };
    if (this.log(`handleConnection: new connection from ${s.clientAddress}:${s.clientPort}`), this.log(`handleConnection: active connections: ${this.handlers.size}, queued queries: ${this.queryQueue.getQueueLength()}`), !this.active) {
      this.log("handleConnection: server not active, closing connection");
      try {
        e.end();
      } catch (r) {
        this.log("handleConnection: error closing socket:", r);
      }
      return;
    }
    if (this.handlers.size >= this.maxConnections) {
      this.log("handleConnection: max connections reached, rejecting"), e.write(Buffer.from(`Too many connections
`)), e.end();
      return;
    }
    let t = new g({ queryQueue: this.queryQueue, closeOnDetach: true, inspect: this.inspect, debug: this.debug, idleTimeout: this.idleTimeout });
    this.handlers.add(t), t.addEventListener("error", (r) => {
      let n = r.detail;
      this.handlers.delete(t), n?.message?.includes("ECONNRESET") ? this.log(`handler #${t.handlerId}: client disconnected (ECONNRESET)`) : n?.message?.includes("Idle timeout") ? this.log(`handler #${t.handlerId}: idle timeout`) : this.log(`handler #${t.handlerId}: error:`, n);
    }), t.addEventListener("close", () => {
      this.log(`handler #${t.handlerId}: closed`), this.handlers.delete(t), this.log(`handleConnection: active connections: ${this.handlers.size}`);
    });
    try {
      await t.attach(e), this.dispatchEvent(new CustomEvent("connection", { detail: s }));
    } catch (r) {
      this.log("handleConnection: error attaching socket:", r), this.handlers.delete(t), this.dispatchEvent(new CustomEvent("error", { detail: r }));
      try {
        e.end();
      } catch (n) {
        this.log("handleConnection: error closing socket:", n);
      }
    }
  }
  getStats() {
    return { activeConnections: this.handlers.size, queuedQueries: this.queryQueue.getQueueLength(), maxConnections: this.maxConnections };
  }
};
export {
  b as CANCEL_REQUEST_CODE,
  u as CANCEL_REQUEST_LENGTH,
  C as CONNECTION_QUEUE_TIMEOUT,
  g as PGLiteSocketHandler,
  f as PGLiteSocketServer,
  p as SSL_REQUEST_CODE,
  c as SSL_REQUEST_LENGTH
};
