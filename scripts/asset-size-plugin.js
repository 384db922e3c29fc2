// Webpack plugin that prints what the build emitted: each page's scripts (raw and gzip, which is what
// Excel downloads from a server that compresses), other files, and the copied office.js folder as one
// line — it is large but served by Microsoft's loader on demand, never downloaded whole.
"use strict";

const zlib = require("zlib");

const KIB = 1024;
const kib = (bytes) => (bytes < KIB ? `${bytes} B` : `${(bytes / KIB).toFixed(1)} KiB`);

class AssetSizePlugin {
  constructor({ skipPrefix = "office-js/" } = {}) {
    this.skipPrefix = skipPrefix;
  }

  apply(compiler) {
    let lines = [];
    // Measured at "emit": after writing, webpack keeps only the size of each source, not its bytes.
    compiler.hooks.emit.tap("AssetSizePlugin", (compilation) => {
      lines = this.measure(compilation);
    });
    compiler.hooks.done.tap("AssetSizePlugin", (stats) => {
      if (stats.hasErrors()) return;
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      console.log(
        `\nRà soát thi đua — ${compiler.options.mode} build in ${seconds} s:\n${lines.join("\n")}\n`
      );
    });
  }

  measure(compilation) {
    const lines = [];
    for (const [name, entry] of compilation.entrypoints) {
      let raw = 0;
      let gzip = 0;
      for (const file of entry.getFiles()) {
        if (!file.endsWith(".js")) continue;
        const buffer = compilation.getAsset(file).source.buffer();
        raw += buffer.length;
        gzip += zlib.gzipSync(buffer, { level: 9 }).length;
      }
      lines.push(
        `  ${`${name}.js (entry)`.padEnd(34)} ${kib(raw).padStart(12)}  (gzip ${kib(gzip)})`
      );
    }
    let skipped = { count: 0, bytes: 0 };
    for (const asset of compilation.getAssets()) {
      if (asset.name.startsWith(this.skipPrefix)) {
        skipped = { count: skipped.count + 1, bytes: skipped.bytes + asset.source.size() };
      } else if (!asset.name.endsWith(".js") && !asset.name.endsWith(".map")) {
        lines.push(`  ${asset.name.padEnd(34)} ${kib(asset.source.size()).padStart(12)}`);
      }
    }
    if (skipped.count > 0) {
      const total = kib(skipped.bytes).padStart(12);
      lines.push(
        `  ${this.skipPrefix.padEnd(34)} ${total}  (${skipped.count} files, copied as is)`
      );
    }
    return lines;
  }
}

module.exports = AssetSizePlugin;
