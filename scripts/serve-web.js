// `npm run web`: serves the standalone page (dist/web, made by `npm run build:web`) on 127.0.0.1 only.
// PORT=… chooses the port (default 3001). The page also works opened straight from disk: dist/web/index.html.
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.resolve(__dirname, "..", "dist", "web");
const port = Number(process.env.PORT || 3001);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

if (!fs.existsSync(path.join(root, "index.html"))) {
  console.error(
    "dist/web/index.html không có: hãy chạy npm run build:web trước. / Run npm run build:web first."
  );
  process.exit(1);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url || "/", "http://127.0.0.1");
    const rel =
      decodeURIComponent(url.pathname) === "/" ? "index.html" : decodeURIComponent(url.pathname);
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  })
  .listen(port, "127.0.0.1", () => {
    console.log(`Rà soát thi đua — trang độc lập / standalone page: http://127.0.0.1:${port}/`);
  });
