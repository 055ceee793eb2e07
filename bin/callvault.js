#!/usr/bin/env node
// The `callvault` command: the compiled CLI (npm run build:ts writes dist/).
// The libuv pool carries both the record engine's push workers (up to 4) and LevelDB/file I/O; with
// the default 4 threads a burst of store work (a shift's hangups) queues behind encoding. Set before
// anything touches the pool, hence the dynamic import.
process.env.UV_THREADPOOL_SIZE ??= '8';
const { main } = await import('../dist/src/cli/index.js');

process.exitCode = await main(process.argv.slice(2));
